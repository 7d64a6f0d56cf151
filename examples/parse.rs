//! The command-line face of the crate.
//!
//! ```text
//! cargo run --release --example parse -- [--format text|json|jsonl] [--no-validate] [--jobs N] [PATH ...]
//! ```
//!
//! Reads each PATH: a file, a directory (every `*.txt` under it,
//! recursively, in name order) or `-` for standard input (the default when
//! no PATH is given). Parses each and prints the contract JSON (`json`), one
//! document per line with its source path (`jsonl`), or a summary for
//! people (`text`, the default), in the order of the inputs, as results
//! come.
//!
//! Documents are parsed on `--jobs` threads (default: every core); output
//! stays in input order and memory stays flat however many files there are
//! (inputs are streamed, at most a few per thread in flight). An unreadable
//! file is reported on stderr and skipped. With more than one input, a
//! closing summary goes to stderr (documents, failures, findings by code,
//! throughput), and a progress line while it runs, when stderr is a
//! terminal and the run is long.
//!
//! Exit status: 0 when every input was read, 1 when a validation finding is
//! an error, 2 when an input could not be used (the message on stderr names
//! it).

use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use deliberation::{Document, Options, Severity, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Jsonl,
}

const USAGE: &str = "usage: parse [--format text|json|jsonl] [--no-validate] [--jobs N] [PATH ...]\n\
     PATH is a file, a directory (every *.txt under it) or '-' for standard input,\n\
     the default when no PATH is given.";

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut validate = true;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut paths: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => match args.next().as_deref() {
                Some("text") => format = Format::Text,
                Some("json") => format = Format::Json,
                Some("jsonl") => format = Format::Jsonl,
                other => {
                    eprintln!("parse: expected --format text, json or jsonl, found {other:?}");
                    return ExitCode::from(2);
                }
            },
            "--no-validate" => validate = false,
            "--jobs" | "-j" => match args.next().as_deref().map(str::parse::<usize>) {
                Some(Ok(n)) if n > 0 => jobs = n,
                other => {
                    eprintln!("parse: expected --jobs N with N at least 1, found {other:?}");
                    return ExitCode::from(2);
                }
            },
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        paths.push("-".into());
    }
    let batch = paths.len() > 1 || paths.iter().any(|p| Path::new(p).is_dir());
    let options = Options::new().validate(validate);
    run(paths, options, format, jobs, batch)
}

/// One input to parse, numbered in input order.
struct Job {
    index: usize,
    /// As the user named it (or as found under a directory).
    name: String,
}

/// What a worker made of one input.
enum Outcome {
    /// The text to print, whether a validation error was found, the
    /// finding codes, the bytes read.
    Parsed {
        out: String,
        has_error: bool,
        codes: Vec<&'static str>,
        bytes: usize,
    },
    /// Could not be read or used: the message for stderr.
    Failed { message: String, bytes: usize },
}

/// How many jobs the walker may hand out beyond the last one printed: it
/// bounds the results waiting for their turn, so memory stays flat.
struct Window {
    printed: Mutex<usize>,
    moved: Condvar,
    size: usize,
}

fn run(paths: Vec<String>, options: Options, format: Format, jobs: usize, batch: bool) -> ExitCode {
    let started = Instant::now();
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

    // The walker: expands directories lazily, in name order.
    let walker = {
        let mut feed = Feed {
            index: 0,
            window: Arc::clone(&window),
            found: Arc::clone(&found),
            jobs: job_tx,
            results: out_tx.clone(),
        };
        let walking = Arc::clone(&walking);
        std::thread::spawn(move || {
            for path in paths {
                let p = Path::new(&path);
                let more = if path != "-" && p.is_dir() {
                    walk(p, &mut feed)
                } else {
                    feed.send(path)
                };
                if !more {
                    break;
                }
            }
            walking.store(false, Ordering::Relaxed);
        })
    };

    // The workers.
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let job_rx = Arc::clone(&job_rx);
        let out_tx = out_tx.clone();
        let options = options.clone();
        workers.push(std::thread::spawn(move || {
            loop {
                let job = match job_rx.lock().expect("lock").recv() {
                    Ok(job) => job,
                    Err(_) => break,
                };
                let outcome = process(&job.name, &options, format);
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
    let mut out = std::io::BufWriter::new(stdout.lock());
    let interactive = std::io::stderr().is_terminal();
    let mut progress = Progress::new(interactive && batch);
    let mut pending: HashMap<usize, (String, Outcome)> = HashMap::new();
    let mut next = 0usize;
    let mut status = 0u8;
    let mut stats = Stats::default();
    let mut closed = false;
    for (index, name, outcome) in out_rx {
        pending.insert(index, (name, outcome));
        while let Some((name, outcome)) = pending.remove(&next) {
            match outcome {
                Outcome::Parsed {
                    out: text,
                    has_error,
                    codes,
                    bytes,
                } => {
                    stats.documents += 1;
                    stats.bytes += bytes;
                    for c in codes {
                        *stats.codes.entry(c).or_default() += 1;
                    }
                    if has_error && status == 0 {
                        status = 1;
                    }
                    if !closed && out.write_all(text.as_bytes()).is_err() {
                        // A closed pipe: stop printing, finish quietly.
                        closed = true;
                    }
                    if format != Format::Text && !closed {
                        // jsonl: a line as soon as it is ready.
                        closed = out.flush().is_err();
                    }
                }
                Outcome::Failed { message, bytes } => {
                    progress.clear();
                    let _ = out.flush();
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
        if closed {
            break;
        }
    }
    let _ = out.flush();
    progress.clear();
    if closed {
        // Unblock and drop the walker and workers: the process ends here.
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

/// Every `*.txt` under `dir`, depth first, in name order. Returns false when
/// the receiver is gone.
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
        .filter(|(p, is_dir)| *is_dir || p.extension().is_some_and(|x| x == "txt"))
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
fn process(name: &str, options: &Options, format: Format) -> Outcome {
    let bytes = match read(name) {
        Ok(b) => b,
        Err(e) => {
            return Outcome::Failed {
                message: format!("cannot read: {e}"),
                bytes: 0,
            };
        }
    };
    let doc = match options.parse_bytes(&bytes) {
        Ok(d) => d,
        Err(e) => {
            return Outcome::Failed {
                message: e.to_string(),
                bytes: bytes.len(),
            };
        }
    };
    let findings = || {
        doc.findings
            .iter()
            .chain(doc.validation.iter().flat_map(|v| &v.findings))
    };
    let has_error = findings().any(|f| f.severity == Severity::Error);
    let codes = findings().map(|f| f.code.as_str()).collect();
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&doc)
            .map(|s| s + "\n")
            .unwrap_or_default(),
        Format::Jsonl => {
            let mut value = serde_json::to_value(&doc).unwrap_or_default();
            if let Some(obj) = value.as_object_mut() {
                obj.insert("source".into(), serde_json::Value::String(name.to_string()));
            }
            value.to_string() + "\n"
        }
        Format::Text => {
            let text = String::from_utf8_lossy(&bytes);
            summary(name, &text, &doc) + "\n"
        }
    };
    Outcome::Parsed {
        out,
        has_error,
        codes,
        bytes: bytes.len(),
    }
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
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
            let width = 30;
            let total = found.max(done).max(1);
            let filled = done * width / total;
            let bar: String = (0..width)
                .map(|k| if k < filled { '=' } else { ' ' })
                .collect();
            eprint!("\r[{bar}] {done}/{total} documents  {rate:.1} MB/s   ");
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

fn person(p: &deliberation::Person) -> String {
    p.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn range(from: Option<u32>, until: Option<u32>) -> String {
    match (from, until) {
        (Some(f), Some(u)) => format!(" (questions {f} to {u})"),
        (Some(f), None) => format!(" (from question {f})"),
        (None, Some(u)) => format!(" (until question {u})"),
        (None, None) => String::new(),
    }
}

fn or_dash<T: ToString>(x: Option<T>) -> String {
    x.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A readable summary: meeting, attendance, votes, then findings as
/// `file:line:column: severity[code]: message` with the line beneath.
fn summary(path: &str, text: &str, doc: &Document) -> String {
    use std::fmt::Write as _;
    let m = &doc.meeting;
    let mut s = String::new();
    let _ = writeln!(s, "== {path}");
    let _ = writeln!(
        s,
        "meeting: {} — {} — {}",
        m.authority.as_deref().unwrap_or("-"),
        m.body.as_ref().map_or("-", |b| b.name()),
        or_dash(m.date)
    );
    let _ = writeln!(s, "place: {}", m.place.as_deref().unwrap_or("-"));
    let _ = writeln!(
        s,
        "president: {}   secretary: {}",
        m.president.as_ref().map_or("-".into(), person),
        m.secretary.as_ref().map_or("-".into(), person)
    );
    let _ = writeln!(
        s,
        "opened {} closed {}   in office {}   stated present {}   stated voters {}",
        or_dash(m.opened_at),
        or_dash(m.closed_at),
        or_dash(m.members_in_office),
        or_dash(m.stated_present),
        or_dash(m.stated_voters)
    );
    if !m.order_of_business.is_empty() {
        let order: Vec<String> = m.order_of_business.iter().map(u32::to_string).collect();
        let _ = writeln!(s, "order of business: {}", order.join(", "));
    }
    let a = &doc.attendance;
    let _ = writeln!(s, "present ({}):", a.present.len());
    for p in &a.present {
        let cond = p
            .condition
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {}{}{}",
            person(&p.person),
            range(p.from_question, p.until_question),
            cond
        );
    }
    let _ = writeln!(s, "absent ({}):", a.absent.len());
    for p in &a.absent {
        let why = match p.excused {
            Some(true) => " (excused)",
            Some(false) => " (not excused)",
            None => "",
        };
        let _ = writeln!(s, "  {}{}", person(&p.person), why);
    }
    let _ = writeln!(s, "proxies ({}):", a.proxies.len());
    for p in &a.proxies {
        let _ = writeln!(
            s,
            "  {} -> {}{}",
            person(&p.grantor),
            person(&p.holder),
            range(p.from_question, p.until_question)
        );
    }
    for sub in &a.substitutes {
        let _ = writeln!(
            s,
            "substitute: {} for {}",
            person(&sub.substitute),
            person(&sub.for_member)
        );
    }
    let _ = writeln!(s, "deliberations ({}):", doc.deliberations.len());
    for (i, d) in doc.deliberations.iter().enumerate() {
        let _ = writeln!(
            s,
            "  [{}] {}{}{}",
            i,
            d.number
                .as_deref()
                .map(|n| format!("n° {n} "))
                .unwrap_or_default(),
            d.question
                .map(|q| format!("(question {q}) "))
                .unwrap_or_default(),
            d.title.as_deref().unwrap_or("-")
        );
        if let Some(v) = &d.vote {
            let _ = writeln!(
                s,
                "      vote: for {} against {} abstentions {} not voting {} voters {}{}{}",
                or_dash(v.for_),
                or_dash(v.against),
                or_dash(v.abstentions),
                or_dash(v.not_voting),
                or_dash(v.voters),
                if v.unanimous { ", unanimous" } else { "" },
                match v.outcome {
                    Some(deliberation::Outcome::Adopted) => ", adopted",
                    Some(deliberation::Outcome::Rejected) => ", rejected",
                    None => "",
                }
            );
        }
        if !d.interested.is_empty() {
            let names: Vec<String> = d.interested.iter().map(person).collect();
            let _ = writeln!(s, "      interested: {}", names.join(", "));
        }
        if !d.amounts.is_empty() {
            let amounts: Vec<&str> = d.amounts.iter().map(|a| a.text.as_str()).collect();
            let _ = writeln!(s, "      amounts: {}", amounts.join("; "));
        }
    }
    if let Some(v) = &doc.validation {
        for q in &v.quorum {
            let _ = writeln!(
                s,
                "quorum{}: {} present of {} in office, {} required: {} ({})",
                range(q.from_question, q.until_question),
                q.present,
                q.in_office,
                q.required,
                if q.met { "met" } else { "NOT met" },
                q.rule
            );
        }
    }
    let findings = doc
        .findings
        .iter()
        .chain(doc.validation.iter().flat_map(|v| &v.findings));
    for f in findings {
        let (line, col) = f.span.map_or((0, 0), |sp| (sp.line, sp.column));
        let _ = writeln!(
            s,
            "{path}:{line}:{col}: {}[{}]: {}",
            f.severity, f.code, f.message
        );
        if let Some(sp) = f.span {
            let _ = writeln!(s, "    {}", line_of(text, sp));
        }
    }
    s
}

fn line_of(text: &str, span: Span) -> &str {
    let start = text[..span.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |p| p + 1);
    let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
    text[start..end].trim_end()
}
