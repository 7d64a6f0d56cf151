//! The command-line face of the crate: `parse --help` says it all.
//!
//! ```text
//! cargo install --path . --example parse
//! parse [--format text|json|jsonl|csv|popolo] [--jobs N] [--files-from FILE] [PATH ...]
//! ```
//!
//! Each PATH is a text file, a PDF (through pdftotext), a directory (its
//! `*.txt`, `*.md` and `*.pdf`, recursively, in name order) or `-` for
//! standard input. Documents are parsed on `--jobs` threads; output stays in
//! input order and memory stays flat however many files there are (inputs
//! are streamed, at most a few per thread in flight).
//!
//! Exit status: 0 when every input was used, 1 when a finding reaches
//! `--fail-on` (a validation error by default), 2 when an input could not
//! be used or the command line is wrong (stderr says why, in one line).

/// A faster allocator for the batch: parsing allocates many small strings
/// and vectors, and glibc's malloc spent about a tenth of a run on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod input;
mod output;
mod render;

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use deliberation::{Options, Severity};

use args::{Args, FailOn, Parsed};
use output::Sink;

fn main() -> ExitCode {
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            print!("{}", args::HELP);
            return ExitCode::SUCCESS;
        }
        Ok(Parsed::Version) => {
            println!("parse (deliberation) {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(args::Usage(reason)) => {
            eprintln!("parse: {reason} (see parse --help)");
            return ExitCode::from(2);
        }
    };
    let mut args = args;
    if args.paths.is_empty() && args.files_from.is_none() {
        if std::io::stdin().is_terminal() {
            // Nothing to read: say how, rather than wait for a text typed in.
            eprint!("{}", args::HELP);
            return ExitCode::from(2);
        }
        args.paths.push("-".into());
    }
    if args.files_from.as_deref() == Some("-") && args.paths.iter().any(|p| p == "-") {
        eprintln!(
            "parse: standard input cannot be both --files-from - and an input (see parse --help)"
        );
        return ExitCode::from(2);
    }
    let batch = args.paths.len() > 1
        || args.files_from.is_some()
        || args.paths.iter().any(|p| p != "-" && Path::new(p).is_dir());
    run(args, batch)
}

/// One input to parse, numbered in input order.
struct Job {
    index: usize,
    /// As the user named it (or as found under a directory).
    name: String,
}

/// What a worker made of one input.
enum Outcome {
    /// The text to print, the worst finding, the codes of the findings
    /// reported, the bytes read.
    Parsed {
        out: String,
        worst: Option<Severity>,
        codes: Vec<&'static str>,
        bytes: usize,
    },
    /// Could not be read or used: the reason for stderr.
    Failed { message: String, bytes: usize },
}

/// How many jobs the walker may hand out beyond the last one printed: it
/// bounds the results waiting for their turn, so memory stays flat.
struct Window {
    printed: Mutex<usize>,
    moved: Condvar,
    size: usize,
}

fn run(args: Args, batch: bool) -> ExitCode {
    let started = Instant::now();
    let args = Arc::new(args);
    let jobs = args.jobs;
    let window = Arc::new(Window {
        printed: Mutex::new(0),
        moved: Condvar::new(),
        size: jobs * 4,
    });
    let found = Arc::new(AtomicUsize::new(0));
    let walking = Arc::new(AtomicBool::new(true));
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(jobs * 2);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (out_tx, out_rx) = mpsc::channel::<(usize, String, Outcome)>();

    // The walker: reads --files-from and expands directories lazily, in
    // name order.
    let walker = {
        let mut feed = Feed {
            index: 0,
            window: Arc::clone(&window),
            found: Arc::clone(&found),
            jobs: job_tx,
            results: out_tx.clone(),
        };
        let walking = Arc::clone(&walking);
        let args = Arc::clone(&args);
        std::thread::spawn(move || {
            let _ = walk_all(&args, &mut feed);
            walking.store(false, Ordering::Relaxed);
        })
    };

    // The workers.
    let options = Options::new().validate(args.validate);
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let job_rx = Arc::clone(&job_rx);
        let out_tx = out_tx.clone();
        let options = options.clone();
        let args = Arc::clone(&args);
        workers.push(std::thread::spawn(move || {
            let mut buf = Vec::new();
            loop {
                let job = match job_rx.lock().expect("lock").recv() {
                    Ok(job) => job,
                    Err(_) => break,
                };
                // A bug of the parser on one document fails that document,
                // not the run: the others are still read and reported.
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    process(&job.name, &options, &args, batch, &mut buf)
                }))
                .unwrap_or_else(|panic| {
                    let why = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    buf.clear();
                    Outcome::Failed {
                        message: format!(
                            "internal error, a bug of the parser (please report it with the text): {why}"
                        ),
                        bytes: 0,
                    }
                });
                if out_tx.send((job.index, job.name, outcome)).is_err() {
                    break;
                }
            }
        }));
    }
    drop(out_tx);

    // In order: results that come early wait in `pending` (at most the
    // window's size of them).
    let stdout = std::io::stdout();
    let mut sink = Sink::new(std::io::BufWriter::new(stdout.lock()), &args, batch);
    let interactive = std::io::stderr().is_terminal();
    let mut progress = Progress::new(interactive && batch);
    let mut pending: HashMap<usize, (String, Outcome)> = HashMap::new();
    let mut next = 0usize;
    let mut status = 0u8;
    let mut stats = Stats::default();
    let fails = |worst: Option<Severity>| match args.fail_on {
        FailOn::Error => worst == Some(Severity::Error),
        FailOn::Warning => worst >= Some(Severity::Warning),
        FailOn::Never => false,
    };
    for (index, name, outcome) in out_rx {
        pending.insert(index, (name, outcome));
        while let Some((name, outcome)) = pending.remove(&next) {
            match outcome {
                Outcome::Parsed {
                    out,
                    worst,
                    codes,
                    bytes,
                } => {
                    stats.documents += 1;
                    stats.bytes += bytes;
                    for c in codes {
                        *stats.codes.entry(c).or_default() += 1;
                    }
                    if fails(worst) && status == 0 {
                        status = 1;
                    }
                    sink.item(&out);
                }
                Outcome::Failed { message, bytes } => {
                    progress.clear();
                    sink.flush();
                    eprintln!("parse: {name}: {message}");
                    stats.failures += 1;
                    stats.bytes += bytes;
                    status = 2;
                }
            }
            next += 1;
            *window.printed.lock().expect("lock") = next;
            window.moved.notify_all();
            progress.show(
                next,
                found.load(Ordering::Relaxed),
                walking.load(Ordering::Relaxed),
                stats.bytes,
                started,
            );
        }
        if sink.closed() {
            break;
        }
    }
    sink.finish();
    progress.clear();
    if sink.closed() {
        // A closed pipe: unblock and drop the walker and workers, the
        // process ends here.
        return ExitCode::from(status);
    }
    let _ = walker.join();
    for w in workers {
        let _ = w.join();
    }
    if batch {
        stats.report(started.elapsed(), jobs);
    }
    ExitCode::from(status)
}

/// Every input the command line names, in order: PATHs, then the paths
/// listed in --files-from. Returns false when the receiver is gone.
fn walk_all(args: &Args, feed: &mut Feed) -> bool {
    for path in &args.paths {
        if !walk_path(path, feed) {
            return false;
        }
    }
    let Some(list) = &args.files_from else {
        return true;
    };
    let text = if list == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf).map(|_| buf)
    } else {
        std::fs::read_to_string(list)
    };
    match text {
        Ok(text) => {
            for line in text.lines().map(|l| l.trim_end_matches('\r')) {
                if !line.trim().is_empty() && !walk_path(line, feed) {
                    return false;
                }
            }
            true
        }
        Err(e) => feed.failed(list.clone(), format!("cannot read the list of files: {e}")),
    }
}

fn walk_path(path: &str, feed: &mut Feed) -> bool {
    let p = Path::new(path);
    if path != "-" && p.is_dir() {
        let before = feed.index;
        let more = walk(p, feed);
        if more && feed.index == before {
            eprintln!("parse: warning: {path}: no *.txt, *.md or *.pdf file in this directory");
        }
        more
    } else {
        feed.send(path.to_string())
    }
}

/// Hands inputs to the workers in order, no further ahead of the printer
/// than the window allows.
struct Feed {
    index: usize,
    window: Arc<Window>,
    found: Arc<AtomicUsize>,
    jobs: mpsc::SyncSender<Job>,
    results: mpsc::Sender<(usize, String, Outcome)>,
}

impl Feed {
    fn wait_turn(&self) {
        let mut printed = self.window.printed.lock().expect("lock");
        while self.index >= *printed + self.window.size {
            printed = self.window.moved.wait(printed).expect("lock");
        }
    }

    /// Queue one input; false when nobody listens any more.
    fn send(&mut self, name: String) -> bool {
        self.wait_turn();
        self.found.fetch_add(1, Ordering::Relaxed);
        let index = self.index;
        self.index += 1;
        self.jobs.send(Job { index, name }).is_ok()
    }

    /// An input that failed before any worker saw it (an unreadable
    /// directory): reported in order like the others.
    fn failed(&mut self, name: String, message: String) -> bool {
        self.wait_turn();
        self.found.fetch_add(1, Ordering::Relaxed);
        let index = self.index;
        self.index += 1;
        self.results
            .send((index, name, Outcome::Failed { message, bytes: 0 }))
            .is_ok()
    }
}

/// Every `*.txt`, `*.md` and `*.pdf` under `dir` (any case), depth first,
/// in name order. Returns false when the receiver is gone.
fn walk(dir: &Path, feed: &mut Feed) -> bool {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            return feed.failed(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            );
        }
    };
    // One directory's names at a time (sorted for a stable order).
    let mut names: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let path = e.path();
            // Symbolic links to directories are not followed (no loops).
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            (path, is_dir)
        })
        .filter(|(p, is_dir)| *is_dir || input::wanted(p))
        .collect();
    names.sort();
    for (path, is_dir) in names {
        let more = if is_dir {
            walk(&path, feed)
        } else {
            feed.send(path.display().to_string())
        };
        if !more {
            return false;
        }
    }
    true
}

/// Read, parse and format one input (on a worker thread).
fn process(name: &str, options: &Options, args: &Args, batch: bool, buf: &mut Vec<u8>) -> Outcome {
    if let Err(message) = input::read(name, args.pdf_mode, buf) {
        return Outcome::Failed { message, bytes: 0 };
    }
    let bytes = &buf[..];
    let mut doc = match options.parse_bytes(bytes) {
        Ok(d) => d,
        Err(e) => {
            return Outcome::Failed {
                message: e.to_string(),
                bytes: bytes.len(),
            };
        }
    };
    let worst = doc.all_findings().map(|f| f.severity).max();
    let keep = |f: &deliberation::Finding| f.severity >= args.min_severity;
    doc.findings.retain(keep);
    if let Some(v) = &mut doc.validation {
        v.findings.retain(keep);
    }
    let codes = doc.all_findings().map(|f| f.code.as_str()).collect();
    let out = output::render(name, bytes, &doc, args, batch);
    Outcome::Parsed {
        out,
        worst,
        codes,
        bytes: bytes.len(),
    }
}

/// Counts for the closing summary.
#[derive(Default)]
struct Stats {
    documents: usize,
    failures: usize,
    bytes: usize,
    codes: BTreeMap<&'static str, usize>,
}

impl Stats {
    fn report(&self, elapsed: Duration, jobs: usize) {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mut s = format!(
            "parse: {} documents, {} failures, {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} documents/s, {} jobs)\n",
            self.documents,
            self.failures,
            self.bytes as f64 / 1e6,
            secs,
            self.bytes as f64 / 1e6 / secs,
            (self.documents + self.failures) as f64 / secs,
            jobs
        );
        if self.codes.is_empty() {
            s.push_str("parse: no findings\n");
        } else {
            s.push_str("parse: findings by code:");
            for (code, n) in &self.codes {
                s.push_str(&format!(" {code} {n},"));
            }
            s.pop();
            s.push('\n');
        }
        eprint!("{s}");
    }
}

/// A progress line on stderr, for long runs on a terminal only.
struct Progress {
    enabled: bool,
    shown: bool,
    last: Option<Instant>,
}

impl Progress {
    /// Shown only once a run has lasted this long.
    const AFTER: Duration = Duration::from_secs(1);

    fn new(enabled: bool) -> Progress {
        Progress {
            enabled,
            shown: false,
            last: None,
        }
    }

    fn show(&mut self, done: usize, found: usize, walking: bool, bytes: usize, started: Instant) {
        if !self.enabled || started.elapsed() < Self::AFTER {
            return;
        }
        if self
            .last
            .is_some_and(|t| t.elapsed() < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(Instant::now());
        let secs = started.elapsed().as_secs_f64();
        let rate = bytes as f64 / 1e6 / secs;
        if walking {
            // The total is not known while directories are still read.
            eprint!("\r{done} documents, more to come  {rate:.1} MB/s ");
        } else {
            let width = 24;
            let total = found.max(done).max(1);
            let filled = done * width / total;
            let bar: String = (0..width)
                .map(|k| if k < filled { '=' } else { ' ' })
                .collect();
            // Time left at the rate so far.
            let left = secs * (total - done) as f64 / done.max(1) as f64;
            eprint!(
                "\r[{bar}] {done}/{total} documents  {rate:.1} MB/s  {} left   ",
                clock(left)
            );
        }
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r{:78}\r", "");
            self.shown = false;
        }
    }
}

/// "42 s", "3 min 05 s", "1 h 02 min".
fn clock(secs: f64) -> String {
    let s = secs.round() as u64;
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {:02} s", s / 60, s % 60),
        _ => format!("{} h {:02} min", s / 3600, s % 3600 / 60),
    }
}
