//! All integration tests, in one binary.

mod bad_input;
mod fixtures;
mod labels;
mod seed;
mod validate;
