//! The instructions of a seed parse + validate, counted with callgrind:
//! one parse to compile the patterns, then `N` parses (10 by default) in
//! `steady`, the only function counted.
//!
//! ```sh
//! cargo bench --bench instructions --no-run
//! valgrind --tool=callgrind --toggle-collect='instructions::steady' \
//!     --callgrind-out-file=/dev/null target/release/deps/instructions-HASH 10
//! ```
//!
//! callgrind's "Collected" divided by `N` is one parse. Run by `cargo
//! bench` it only parses the seed `N` times.

use std::hint::black_box;

const SEED: &str = include_str!("../fixtures/grand-besancon-bureau-2023-10-26.txt");

fn parse_validate() {
    let doc = deliberation::Options::new()
        .validate(true)
        .parse(black_box(SEED))
        .expect("usable");
    black_box(doc);
}

#[inline(never)]
fn steady(n: usize) {
    for _ in 0..n {
        parse_validate();
    }
}

fn main() {
    let n = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10);
    parse_validate();
    steady(n);
}
