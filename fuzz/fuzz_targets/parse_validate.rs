//! Parse + validate on arbitrary bytes, and the JSON round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = deliberation::Options::new().validate(true).parse_bytes(data) else {
        return;
    };
    let json = serde_json::to_string(&doc).expect("serialises");
    let back: deliberation::Document = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, doc, "JSON round trip");
});
