//! Stage 3: one small grammar per thing recognised inside a section.
//!
//! Each module reads the normalised text and returns offsets into it; the
//! extract stage maps them back to the input.

pub(crate) mod amounts;
pub(crate) mod council;
pub(crate) mod counts;
pub(crate) mod date;
pub(crate) mod decisions;
pub(crate) mod notes;
pub(crate) mod numbers;
pub(crate) mod people;
pub(crate) mod tables;
pub(crate) mod votes;
