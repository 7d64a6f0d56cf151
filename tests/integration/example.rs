//! The `parse` example, run as a user runs it, so that it cannot rot.

use std::path::Path;
use std::process::{Command, Output};

/// `cargo run --example parse -- ARGS` from the crate's directory, in the
/// profile the tests were built in.
fn parse(args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--quiet", "--example", "parse"]);
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    cmd.arg("--").args(args).output().expect("cargo runs")
}

const SEED: &str = "fixtures/grand-besancon-bureau-2023-10-26";

#[test]
fn the_parse_example_prints_the_contract() {
    let out = parse(&["--format", "json", &format!("{SEED}.txt")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{SEED}.json"));
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(expected_path).expect("expected JSON"))
            .expect("valid JSON");
    assert_eq!(got, expected);

    let out = parse(&[&format!("{SEED}.txt")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("meeting: Grand Besançon Métropole — Bureau — 2023-10-26"),
        "{text}"
    );
}

#[test]
fn the_parse_example_refuses_an_unusable_input() {
    let out = parse(&["--format", "json", "fixtures/invalid/empty.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("expected the text of a deliberation, found only whitespace")
    );
}
