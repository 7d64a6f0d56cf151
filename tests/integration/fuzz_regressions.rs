//! Inputs the fuzzers found, each once a panic.

use deliberation::Options;

#[test]
fn fuzz_regressions() {
    // No label and no heading: the header was cut at byte 3000, inside "é".
    let mut text = String::from("Séance du 26 octobre 2023\n");
    while text.len() < 2999 {
        text.push('a');
    }
    text.push_str("é et la suite du conseil");
    assert!(!text.is_char_boundary(3000));
    let doc = Options::new().validate(true).parse(&text).expect("usable");
    assert!(doc.meeting.span.is_some_and(|s| s.end <= text.len()));
}

#[test]
fn fuzz_regression_superscript_near_a_multibyte_char() {
    // "^{" looked for its "}" in the next 22 bytes, cut inside "é".
    let text = format!(
        "Séance du 2 juin 2016\nPrésents : M. Jean DUPONT 2^{{{}é}} et Mme Anne VIGNOT\nPour : 2",
        "a".repeat(21)
    );
    let at = text.find("^{").unwrap();
    assert!(!text.is_char_boundary(at + 24));
    deliberation::parse(&text).expect("usable");
}
