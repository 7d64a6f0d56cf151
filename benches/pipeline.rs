//! Criterion benches: placeholder until the performance work lands.
use criterion::{Criterion, criterion_group, criterion_main};

fn parse_seed(c: &mut Criterion) {
    let seed = include_str!("../fixtures/grand-besancon-bureau-2023-10-26.txt");
    c.bench_function("parse/seed", |b| {
        b.iter(|| deliberation::parse(seed).unwrap())
    });
}

criterion_group!(benches, parse_seed);
criterion_main!(benches);
