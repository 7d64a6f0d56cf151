//! Every `fixtures/<id>.txt` is parsed and compared, field by field, with
//! its expected `fixtures/<id>.json`. Set `DELIBERATION_BLESS=1` to write
//! the expected files from today's output (then review the diff).

use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub(crate) fn parse_fixture(path: &Path) -> deliberation::Document {
    let text = std::fs::read_to_string(path).expect("readable fixture");
    deliberation::Options::new()
        .validate(true)
        .parse(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Differences between two JSON values, one line per differing path.
fn diff(path: &str, expected: &Value, got: &Value, out: &mut Vec<String>) {
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => {
            for (k, ev) in e {
                match g.get(k) {
                    Some(gv) => diff(&format!("{path}.{k}"), ev, gv, out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
            for k in g.keys().filter(|k| !e.contains_key(*k)) {
                out.push(format!("{path}.{k}: unexpected {}", g[k]));
            }
        }
        (Value::Array(e), Value::Array(g)) => {
            if e.len() != g.len() {
                out.push(format!(
                    "{path}: expected {} items, found {}",
                    e.len(),
                    g.len()
                ));
            }
            for (i, (ev, gv)) in e.iter().zip(g).enumerate() {
                diff(&format!("{path}[{i}]"), ev, gv, out);
            }
        }
        _ if expected != got => out.push(format!("{path}: expected {expected}, found {got}")),
        _ => {}
    }
}

#[test]
fn every_fixture_matches_its_expected_json() {
    let bless = std::env::var_os("DELIBERATION_BLESS").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    entries.sort();
    for txt in entries {
        count += 1;
        let doc = parse_fixture(&txt);
        let got = serde_json::to_value(&doc).expect("serialisable");
        let expected_path = txt.with_extension("json");
        if bless {
            let pretty = serde_json::to_string_pretty(&got).expect("json") + "\n";
            std::fs::write(&expected_path, pretty).expect("writable fixture");
            continue;
        }
        let expected: Value = match std::fs::read_to_string(&expected_path) {
            Ok(s) => serde_json::from_str(&s).expect("valid expected JSON"),
            Err(_) => {
                failures.push(format!("{}: no expected JSON", txt.display()));
                continue;
            }
        };
        let mut diffs = Vec::new();
        diff("$", &expected, &got, &mut diffs);
        if !diffs.is_empty() {
            diffs.truncate(20);
            failures.push(format!("{}:\n  {}", txt.display(), diffs.join("\n  ")));
        }
        // The expected JSON also reads back into the model.
        let back: deliberation::Document = serde_json::from_value(expected).expect("contract JSON");
        assert_eq!(back.schema_version, 1);
    }
    assert!(
        count >= 45,
        "expected the seed and the corpus in fixtures/, found {count} texts"
    );
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_point_at_what_was_read() {
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("text");
        let doc = parse_fixture(&path);
        let people = doc
            .attendance
            .present
            .iter()
            .map(|p| &p.person)
            .chain(doc.attendance.absent.iter().map(|a| &a.person))
            .chain(
                doc.attendance
                    .proxies
                    .iter()
                    .flat_map(|p| [&p.grantor, &p.holder]),
            );
        for p in people {
            let read = p
                .span
                .text(&text)
                .to_lowercase()
                .replace('œ', "oe")
                .replace('æ', "ae");
            assert_eq!(
                p.span.text(&text),
                p.text,
                "{}: text of {:?}",
                path.display(),
                p.family_name
            );
            // A role ("M. le Maire") stands for the president's name.
            let role = ["le maire", "la maire", "le président", "la présidente"]
                .iter()
                .any(|r| read.contains(r));
            for word in p
                .family_name
                .split([' ', '-'])
                .filter(|w| !role && w.chars().count() > 1)
            {
                assert!(
                    read.contains(&word.to_lowercase()),
                    "{}: span {:?} does not contain the family name {:?}",
                    path.display(),
                    read,
                    p.family_name
                );
            }
        }
        for a in doc.deliberations.iter().flat_map(|d| &d.amounts) {
            assert_eq!(
                a.span.text(&text),
                a.text,
                "{}: amount span",
                path.display()
            );
        }
    }
}
