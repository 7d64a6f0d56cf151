//! The command-line face of the crate.
//!
//! ```text
//! cargo run --example parse -- [--format text|json|jsonl] [--no-validate] [FILE ...]
//! ```
//!
//! Reads each FILE (standard input when none or `-`), parses it and prints
//! the contract JSON (`json`), one document per line with its source path
//! (`jsonl`), or a summary for people (`text`, the default). Exit status: 0
//! when every input was read, 1 when a validation finding is an error, 2
//! when an input could not be used (the message on stderr names it).

use std::io::{Read, Write};
use std::process::ExitCode;

use deliberation::{Document, Options, Severity, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut validate = true;
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
            "--help" | "-h" => {
                println!(
                    "usage: parse [--format text|json|jsonl] [--no-validate] [FILE ...]\n\
                     Reads standard input when no FILE or '-' is given."
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        paths.push("-".into());
    }
    let options = Options::new().validate(validate);
    let mut status = 0u8;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &paths {
        let bytes = match read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("parse: {path}: cannot read: {e}");
                status = 2;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = match options.parse_bytes(&bytes) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("parse: {path}: {e}");
                status = 2;
                continue;
            }
        };
        let has_error = doc
            .validation
            .iter()
            .flat_map(|v| &v.findings)
            .chain(&doc.findings)
            .any(|f| f.severity == Severity::Error);
        if has_error && status == 0 {
            status = 1;
        }
        let written = match format {
            Format::Json => serde_json::to_string_pretty(&doc)
                .map_err(std::io::Error::other)
                .and_then(|s| writeln!(out, "{s}")),
            Format::Jsonl => {
                let mut value = serde_json::to_value(&doc).unwrap_or_default();
                if let Some(obj) = value.as_object_mut() {
                    obj.insert("source".into(), serde_json::Value::String(path.clone()));
                }
                writeln!(out, "{value}")
            }
            Format::Text => writeln!(out, "{}", summary(path, &text, &doc)),
        };
        if written.is_err() {
            // A closed pipe: stop quietly.
            return ExitCode::from(status);
        }
    }
    ExitCode::from(status)
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
        m.body.as_deref().unwrap_or("-"),
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
