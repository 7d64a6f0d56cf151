//! The JSON Schema of the contract: the checked-in file is what the types
//! give (with the `schema` feature), and every fixture's JSON, as the
//! parser writes it, validates against it.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn schema_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/contract-v1.schema.json")
}

#[cfg(feature = "schema")]
#[test]
fn the_checked_in_schema_is_the_generated_one() {
    let file = std::fs::read_to_string(schema_file()).expect("schema file");
    let generated = deliberation::json_schema();
    if std::env::var_os("DELIBERATION_BLESS").is_some() {
        std::fs::write(schema_file(), &generated).unwrap();
        return;
    }
    assert!(
        file == generated,
        "schema/contract-v1.schema.json differs from the types: run \
         `cargo run --features schema --example schema > schema/contract-v1.schema.json`"
    );
}

/// The part of JSON Schema (draft 2020-12) that the generated schema uses:
/// `$ref` into `$defs`, `type`, `const`, `anyOf`, `oneOf`, `properties`,
/// `required`, `items`, `minItems`, `maxItems`, `minimum`, `pattern` and
/// the formats `date`, `uint`, `uint32`, `int64`. Pushes what is wrong.
fn check(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(s) = schema.as_object() else {
        return;
    };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("a local $ref");
        check(root, &root["$defs"][name], value, at, errors);
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let fits = types.iter().any(|t| match *t {
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "string" => value.is_string(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            other => panic!("type {other} not handled"),
        });
        if !fits {
            errors.push(format!("{at}: expected {types:?}, found {value}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && c != value
    {
        errors.push(format!("{at}: expected {c}, found {value}"));
    }
    let matching = |list: &Value| {
        list.as_array()
            .expect("a list of schemas")
            .iter()
            .filter(|sub| {
                let mut e = Vec::new();
                check(root, sub, value, at, &mut e);
                e.is_empty()
            })
            .count()
    };
    if let Some(any) = s.get("anyOf")
        && matching(any) == 0
    {
        errors.push(format!("{at}: {value} matches none of anyOf"));
    }
    if let Some(one) = s.get("oneOf") {
        let n = matching(one);
        if n != 1 {
            errors.push(format!("{at}: {value} matches {n} of oneOf"));
        }
    }
    if let (Some(props), Some(obj)) = (s.get("properties"), value.as_object()) {
        for (k, sub) in props.as_object().expect("properties") {
            if let Some(v) = obj.get(k) {
                check(root, sub, v, &format!("{at}.{k}"), errors);
            }
        }
    }
    if let (Some(required), Some(obj)) = (s.get("required"), value.as_object()) {
        for k in required
            .as_array()
            .expect("required")
            .iter()
            .filter_map(Value::as_str)
        {
            if !obj.contains_key(k) {
                errors.push(format!("{at}: required field {k} missing"));
            }
        }
    }
    if let Some(list) = value.as_array() {
        if let Some(items) = s.get("items") {
            for (i, v) in list.iter().enumerate() {
                check(root, items, v, &format!("{at}[{i}]"), errors);
            }
        }
        let len = list.len() as u64;
        if s.get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| len < m)
            || s.get("maxItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| len > m)
        {
            errors.push(format!("{at}: {len} items, outside minItems/maxItems"));
        }
    }
    if let (Some(min), Some(n)) = (s.get("minimum").and_then(Value::as_f64), value.as_f64())
        && n < min
    {
        errors.push(format!("{at}: {n} below the minimum {min}"));
    }
    if let (Some(p), Some(text)) = (s.get("pattern").and_then(Value::as_str), value.as_str())
        && !regex::Regex::new(p).unwrap().is_match(text)
    {
        errors.push(format!("{at}: {text:?} does not match {p}"));
    }
    let format = s.get("format").and_then(Value::as_str);
    let wrong = match (format, value) {
        (Some("date"), Value::String(d)) => {
            d.len() != 10 || chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err()
        }
        (Some("uint32"), v) if v.is_number() => v.as_u64().is_none_or(|n| n > u64::from(u32::MAX)),
        (Some("uint"), v) if v.is_number() => v.as_u64().is_none(),
        (Some("int64"), v) if v.is_number() => v.as_i64().is_none(),
        (Some(f), _) if !matches!(f, "date" | "uint32" | "uint" | "int64") => {
            panic!("format {f} not handled")
        }
        _ => false,
    };
    if wrong {
        errors.push(format!(
            "{at}: {value} is not of format {}",
            format.unwrap_or("")
        ));
    }
}

#[test]
fn every_fixture_validates_against_the_schema() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_file()).expect("schema file"))
            .expect("JSON");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut errors = Vec::new();
    for p in &paths {
        let doc = crate::fixtures::parse_fixture(p);
        let value = serde_json::to_value(&doc).unwrap();
        check(
            &schema,
            &schema,
            &value,
            &p.display().to_string(),
            &mut errors,
        );
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(paths.len() > 80);
}

#[test]
fn the_validator_catches_what_the_schema_forbids() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_file()).unwrap()).unwrap();
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/grand-besancon-bureau-2023-10-26.txt");
    let good = serde_json::to_value(crate::fixtures::parse_fixture(&seed)).unwrap();
    for (pointer, bad) in [
        ("/schema_version", Value::from("1")),
        ("/meeting/date", Value::from("26/10/2023")),
        ("/meeting/opened_at", Value::from("25:10")),
        ("/deliberations/0/vote/for", Value::from(-1)),
        ("/validation/findings/0/severity", Value::from("fatal")),
        (
            "/validation/questions/0/consistent_questions/0",
            serde_json::json!([1]),
        ),
    ] {
        let mut doc = good.clone();
        *doc.pointer_mut(pointer).expect(pointer) = bad;
        let mut errors = Vec::new();
        check(&schema, &schema, &doc, "", &mut errors);
        assert!(!errors.is_empty(), "{pointer} accepted");
    }
    let mut doc = good.clone();
    doc.as_object_mut().unwrap().remove("meeting");
    let mut errors = Vec::new();
    check(&schema, &schema, &doc, "", &mut errors);
    assert_eq!(errors, [": required field meeting missing"]);
}
