//! All integration tests, in one binary.

mod api;
mod bad_input;
mod example;
mod fixtures;
mod fuzz_regressions;
mod hostile;
mod labels;
mod properties;
mod seed;
mod validate;
