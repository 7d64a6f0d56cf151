//! Hostile input: huge, repetitive, deeply nested or broken texts parse or
//! fail cleanly, with output bounded by the input.
//!
//! Debug builds run the same shapes at a hundredth of their size to stay
//! quick. Timings belong to release builds:
//! `cargo test --release --test integration hostile -- --nocapture` prints
//! them (the full sizes: a 10 MB line, a million commas, ...);
//! `HOSTILE_CASE=commas` runs only the cases whose name contains `commas`.

use std::time::Instant;

use deliberation::Options;
use deliberation::bench_api::hostile;

#[test]
fn hostile_inputs_parse_or_fail_cleanly() {
    let scale = if cfg!(debug_assertions) { 100 } else { 1 };
    let options = Options::new().validate(true);
    // HOSTILE_CASE=words runs only the cases whose name contains "words".
    let only = std::env::var("HOSTILE_CASE").unwrap_or_default();
    for (name, bytes) in hostile::cases(scale) {
        if !name.contains(only.as_str()) {
            continue;
        }
        let started = Instant::now();
        let result = options.parse_bytes(&bytes);
        let elapsed = started.elapsed();
        let (verdict, out_len) = match &result {
            Ok(doc) => {
                let json = serde_json::to_string(doc).expect("serialises");
                // Bounded: a small multiple of the input.
                assert!(
                    json.len() <= 64 * bytes.len() + 4096,
                    "{name}: {} bytes of JSON for {} bytes of input",
                    json.len(),
                    bytes.len()
                );
                let (decoded, _) = deliberation::decode(&bytes);
                for f in &doc.findings {
                    if let Some(sp) = f.span {
                        assert!(sp.start <= sp.end && sp.end <= decoded.len(), "{name}");
                    }
                }
                ("parsed", json.len())
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                ("refused", 0)
            }
        };
        eprintln!(
            "hostile: {name:<40} {:>10} bytes  {verdict:<8} {:>9.1} ms  json {out_len} bytes",
            bytes.len(),
            elapsed.as_secs_f64() * 1e3
        );
    }
}
