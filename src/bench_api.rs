//! **Unstable.** Entry points to each pipeline stage, for the crate's own
//! benches: compiled only with the `bench-api` feature, which the crate
//! enables for its benches and tests.
//!
//! Not part of the public API: hidden from the documentation, not covered
//! by semver, and may change or vanish in any release. Use
//! [`crate::parse`] and [`crate::Options`] instead.

use crate::model::{Document, Validation};

/// The output of the normalise stage, opaque.
#[derive(Debug, Clone)]
pub struct Normalized<'a>(crate::normalize::Normalized<'a>);

impl Normalized<'_> {
    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.0.text
    }
}

/// Stage 1: normalise `input`.
pub fn normalize(input: &str) -> Normalized<'_> {
    Normalized(crate::normalize::normalize(input))
}

/// Stage 2: find the item headings and the labelled sections before the
/// first one. Returns how many of each were found.
pub fn segment(norm: &Normalized) -> (usize, usize) {
    let segments = crate::segment::segment(&norm.0);
    (segments.headings.len(), segments.sections.len())
}

/// Stages 2 to 4: segment and extract the records of a normalised input.
pub fn extract(norm: &Normalized) -> Document {
    crate::extract::extract(&norm.0, &crate::segment::segment(&norm.0))
}

/// Stage 5: validate a document.
pub fn validate(doc: &Document) -> Validation {
    crate::validate::validate(doc)
}
