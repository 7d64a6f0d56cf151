//! The JSON Schema of the contract, derived from the record types (with
//! the `schema` feature, which brings in `schemars`).

/// The JSON Schema (draft 2020-12) of what serialising a
/// [`Document`](crate::Document) gives: the contract v1, field by field,
/// with the types' documentation as descriptions. Pretty JSON with a final
/// line feed; `schema/contract-v1.schema.json` in the repository is this.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&deliberation::json_schema()).unwrap();
/// assert_eq!(schema["properties"]["schema_version"]["type"], "integer");
/// ```
pub fn json_schema() -> String {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<crate::Document>();
    schema.insert(
        "$id".into(),
        "https://example.invalid/deliberation/contract-v1.schema.json".into(),
    );
    schema.insert(
        "title".into(),
        "deliberation: the JSON contract, version 1".into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}
