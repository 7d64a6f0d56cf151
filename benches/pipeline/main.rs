//! Criterion benches of the pipeline, in bytes per second.
//!
//! ```text
//! cargo bench --bench pipeline                  # everything (a few minutes)
//! cargo bench --bench pipeline -- seed/         # one group
//! ```
//!
//! - `first-parse`: printed before anything else runs, the cost of the very
//!   first parse in the process (lazy regex compilation included) against a
//!   warm one.
//! - `seed/*`: each stage on the seed (normalise, segment, extract,
//!   validate), parse + validate end to end, and the floor: one `regex`
//!   scan for a literal that does not occur, over the same bytes.
//! - `fixtures/*`: parse + validate of every fixture.
//! - `scaling/*`: generated procès-verbaux of 10, 100 and 1,000
//!   deliberations and attendance lists of 10 to 10,000 names.
//! - `summary`: printed at the end, seed MB/s, the ratio to the floor, the
//!   time and peak memory ratios between sizes (10x the input should cost at
//!   most 12x).
//!
//! The stages are reached through `deliberation::bench_api`, hidden,
//! unstable and compiled only with the `bench-api` feature (the crate's
//! dev-dependency on itself turns it on for benches and tests).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use deliberation::Options;
use deliberation::bench_api;

mod generate;

/// Counts live and peak heap bytes, to show that memory grows linearly.
/// Only while [`peak_of`] runs: two atomic updates per allocation would
/// otherwise weigh on every timing (by some 10 % on the seed).
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn count(change: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        let live = LIVE.fetch_add(change, Ordering::Relaxed) + change;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak heap bytes above the level at its start while `f` runs (blocks
/// freed that were allocated before count as negative: the peak is never
/// below the start).
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let out = f();
    COUNTING.store(false, Ordering::Relaxed);
    (out, PEAK.load(Ordering::Relaxed).max(0) as usize)
}

const SEED: &str = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");

fn parse_validate(text: &str) -> deliberation::Document {
    Options::new().validate(true).parse(text).expect("usable")
}

/// The floor: one scan of the bytes for a literal that is not there.
fn floor_regex() -> regex::Regex {
    regex::Regex::new("zqxjv").expect("valid")
}

fn seed_stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    let floor = floor_regex();
    g.bench_function("floor-regex-scan", |b| {
        b.iter(|| floor.find(black_box(SEED)).is_some())
    });
    g.bench_function("normalize", |b| {
        b.iter(|| bench_api::normalize(black_box(SEED)))
    });
    let norm = bench_api::normalize(SEED);
    g.bench_function("segment", |b| {
        b.iter(|| bench_api::segment(black_box(&norm)))
    });
    g.bench_function("extract", |b| {
        b.iter(|| bench_api::extract(black_box(&norm)))
    });
    let doc = bench_api::extract(&norm);
    g.bench_function("validate", |b| {
        b.iter(|| bench_api::validate(black_box(&doc)))
    });
    g.bench_function("parse+validate", |b| {
        b.iter(|| parse_validate(black_box(SEED)))
    });
    g.finish();
}

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    out.sort();
    out
}

fn all_fixtures(c: &mut Criterion) {
    let mut g = c.benchmark_group("fixtures");
    g.sample_size(20);
    g.warm_up_time(Duration::from_millis(300));
    g.measurement_time(Duration::from_secs(1));
    for (name, text) in fixtures() {
        if Options::new().parse(&text).is_err() {
            continue;
        }
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse+validate", &name), &text, |b, t| {
            b.iter(|| parse_validate(black_box(t)))
        });
    }
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(300));
    g.measurement_time(Duration::from_secs(2));
    for n in [10, 100, 1000] {
        let text = generate::proces_verbal(n);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("deliberations", n), &text, |b, t| {
            b.iter(|| parse_validate(black_box(t)))
        });
    }
    for n in [10, 100, 1000, 10_000] {
        let text = generate::attendance(n);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("names", n), &text, |b, t| {
            b.iter(|| parse_validate(black_box(t)))
        });
    }
    g.finish();
}

/// Median time of `f` over enough runs to fill about `budget`.
fn median_time(budget: Duration, mut f: impl FnMut()) -> Duration {
    f();
    let once = {
        let t = Instant::now();
        f();
        t.elapsed().max(Duration::from_nanos(50))
    };
    let per_sample = ((Duration::from_millis(20).as_nanos() / once.as_nanos()) as u32).max(1);
    let samples =
        ((budget.as_nanos() / (once.as_nanos() * per_sample as u128)) as usize).clamp(5, 200);
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_sample {
                f();
            }
            t.elapsed() / per_sample
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn mbps(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / t.as_secs_f64() / 1e6
}

/// The figures the README quotes, measured in the same run.
fn summary() {
    let budget = Duration::from_millis(1500);
    let floor = floor_regex();
    let t_floor = median_time(budget, || {
        black_box(floor.find(black_box(SEED)));
    });
    let t_parse = median_time(budget, || {
        black_box(parse_validate(black_box(SEED)));
    });
    println!("\nsummary: seed {} bytes", SEED.len());
    println!(
        "summary: parse+validate {:>9.1} µs  {:>7.1} MB/s",
        t_parse.as_secs_f64() * 1e6,
        mbps(SEED.len(), t_parse)
    );
    println!(
        "summary: floor regex    {:>9.2} µs  {:>7.1} MB/s",
        t_floor.as_secs_f64() * 1e6,
        mbps(SEED.len(), t_floor)
    );
    println!(
        "summary: parse+validate / floor = {:.0}x",
        t_parse.as_secs_f64() / t_floor.as_secs_f64()
    );
    type Gen = fn(usize) -> String;
    let series: [(&str, Gen, &[usize]); 2] = [
        ("deliberations", generate::proces_verbal, &[10, 100, 1000]),
        ("names", generate::attendance, &[10, 100, 1000, 10_000]),
    ];
    for (what, gen_fn, sizes) in series {
        let mut prev: Option<(usize, Duration, usize)> = None;
        for &n in sizes {
            let text = gen_fn(n);
            let t = median_time(budget, || {
                black_box(parse_validate(black_box(&text)));
            });
            let (_, peak) = peak_of(|| parse_validate(&text));
            let ratios = prev.map_or(String::new(), |(len, pt, pp)| {
                format!(
                    "  input x{:.1}  time x{:.1}  peak memory x{:.1}",
                    text.len() as f64 / len as f64,
                    t.as_secs_f64() / pt.as_secs_f64(),
                    peak as f64 / pp as f64
                )
            });
            println!(
                "summary: {what:>13} {n:>6}: {:>9} bytes {:>10.1} µs {:>7.1} MB/s peak {:>10} bytes{ratios}",
                text.len(),
                t.as_secs_f64() * 1e6,
                mbps(text.len(), t),
                peak
            );
            prev = Some((text.len(), t, peak));
        }
    }
}

fn main() {
    // `cargo test --all-targets` runs this binary without `--bench`: then
    // criterion runs each bench once, and the timed extras are skipped.
    // `--profile-time` (for perf) also skips them.
    let args: Vec<String> = std::env::args().collect();
    let timed = args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--profile-time");
    if !timed {
        let mut c = Criterion::default().configure_from_args();
        seed_stages(&mut c);
        all_fixtures(&mut c);
        scaling(&mut c);
        return;
    }
    // First: the cold parse (regexes compile on first use), then warm ones.
    let t = Instant::now();
    black_box(parse_validate(SEED));
    let cold = t.elapsed();
    let warm = median_time(Duration::from_millis(300), || {
        black_box(parse_validate(black_box(SEED)));
    });
    println!(
        "first-parse: cold {:.1} µs, warm {:.1} µs (start-up once per process: {:.1} µs)",
        cold.as_secs_f64() * 1e6,
        warm.as_secs_f64() * 1e6,
        (cold.saturating_sub(warm)).as_secs_f64() * 1e6
    );

    let mut c = Criterion::default().configure_from_args();
    seed_stages(&mut c);
    all_fixtures(&mut c);
    scaling(&mut c);
    c.final_summary();
    summary();
}
