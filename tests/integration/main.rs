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
