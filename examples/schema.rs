//! Writes the JSON Schema of the contract (v1), derived from the record
//! types, to standard output:
//!
//! ```text
//! cargo run --features schema --example schema > schema/contract-v1.schema.json
//! ```
//!
//! A test (`cargo test --features schema`) checks that the file in the
//! repository is what this prints; every fixture's JSON is validated
//! against that file by the plain `cargo test`.

fn main() {
    print!("{}", deliberation::json_schema());
}
