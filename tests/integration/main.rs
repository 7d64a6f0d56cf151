//! All integration tests, in one binary.

mod api;
mod bad_input;
mod cli;
mod example;
mod export;
mod fixtures;
mod fuzz_regressions;
mod hostile;
mod labels;
mod properties;
mod schema;
mod seed;
mod validate;

/// The family names of a document's present members, in their order.
fn present_family_names(doc: &deliberation::Document) -> Vec<&str> {
    doc.attendance
        .present
        .iter()
        .map(|p| p.person.family_name.as_str())
        .collect()
}
