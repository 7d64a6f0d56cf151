//! All integration tests, in one binary.

mod bad_input;
mod fixtures;
mod hostile;
mod fuzz_regressions;
mod seed;
