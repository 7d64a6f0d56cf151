//! The command line: flags, their values and the help text.

use std::ffi::OsString;
use std::io::IsTerminal;

use deliberation::Severity;

pub const HELP: &str = "\
parse: typed, checked records from the extracted text of French deliberations

Usage: parse [OPTIONS] [PATH ...]

Each PATH is a text file (UTF-8, or Windows-1252/Latin-1, decoded with a
finding that says so), a PDF (read through pdftotext, from poppler-utils),
a directory (every *.txt, *.md and *.pdf under it, whatever the case of the
extension, recursively, in name order) or '-' for standard input, the
default when no PATH is given and standard input is not a terminal.

Options:
  -f, --format FORMAT    what to print on standard output:
                           text    a summary for people, findings with their line (default)
                           json    the JSON contract v1; an array of documents, each with
                                   its \"source\", when there may be several inputs
                           jsonl   one document a line, contract field order, then \"source\"
                           csv     SCDL « Délibérations » 2.1.5 rows, one per deliberation
                           popolo  a JSON array of Popolo / Open Civic Data vote events
      --files-from FILE  also read paths from FILE, one a line ('-': standard input)
      --pdf-mode MODE    pdftotext's reading of a PDF: raw (its default; measured the
                         better on real minutes) or layout (its -layout option)
      --no-validate      parse only: no attendance, quorum, proxy and tally checks
  -j, --jobs N           documents parsed at once (default: every core)
      --min-severity S   report only findings of severity S or above: info (default),
                         warning or error (text output, JSON findings, summary)
      --fail-on LEVEL    exit 1 when a finding is this severe: error (default),
                         warning, or never
      --color WHEN       colour the text output and messages: auto (default: on a
                         terminal, unless NO_COLOR is set), always or never
      --siret SIRET      csv: the collectivity's SIRET (COLL_SIRET), never in the text
      --url URL          csv: where the document is published (DELIB_URL)
  -h, --help             this help
  -V, --version          the version

Standard output carries the chosen format only. Standard error carries the
reasons an input was refused (\"parse: FILE: reason\"), warnings, and, with
more than one input, a progress line on a terminal and a closing summary
(documents, failures, findings by code, throughput).

Exit status:
  0  every input parsed, no finding at or above --fail-on
  1  a finding at or above --fail-on (by default: a validation error)
  2  an input could not be used (unreadable, not a deliberation, a PDF
     without a text layer, pdftotext missing) or the command line is wrong

Examples:
  parse minutes.pdf
  parse --format csv --siret 21250056500017 deliberations/ > deliberations.csv
  find . -name '*.pdf' | parse --files-from - --format jsonl > all.jsonl
";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
    Popolo,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PdfMode {
    Raw,
    Layout,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Clone, Debug)]
pub struct Args {
    pub format: Format,
    pub pdf_mode: PdfMode,
    pub validate: bool,
    pub jobs: usize,
    pub min_severity: Severity,
    pub fail_on: FailOn,
    pub color: bool,
    pub siret: Option<String>,
    pub url: Option<String>,
    pub paths: Vec<String>,
    pub files_from: Option<String>,
}

/// What the command line asks.
pub enum Parsed {
    Run(Args),
    Help,
    Version,
}

/// A usage error: the one-line reason.
pub struct Usage(pub String);

fn value<T>(
    parser: &mut lexopt::Parser,
    flag: &str,
    expected: &str,
    read: impl Fn(&str) -> Option<T>,
) -> Result<T, Usage> {
    let raw = parser
        .value()
        .map_err(|_| Usage(format!("{flag} expects {expected}, found nothing")))?;
    let text = raw.to_string_lossy();
    read(&text).ok_or_else(|| Usage(format!("{flag} expects {expected}, found '{text}'")))
}

fn text_value(parser: &mut lexopt::Parser, flag: &str, expected: &str) -> Result<String, Usage> {
    value(parser, flag, expected, |s| Some(s.to_string()))
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, Usage> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut color = None;
    let mut a = Args {
        format: Format::Text,
        pdf_mode: PdfMode::Raw,
        validate: true,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        min_severity: Severity::Info,
        fail_on: FailOn::Error,
        color: false,
        siret: None,
        url: None,
        paths: Vec::new(),
        files_from: None,
    };
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return Err(Usage(e.to_string())),
        };
        match arg {
            Short('f') | Long("format") => {
                a.format = value(
                    &mut parser,
                    "--format",
                    "text, json, jsonl, csv or popolo",
                    |s| match s {
                        "text" => Some(Format::Text),
                        "json" => Some(Format::Json),
                        "jsonl" => Some(Format::Jsonl),
                        "csv" => Some(Format::Csv),
                        "popolo" => Some(Format::Popolo),
                        _ => None,
                    },
                )?
            }
            Long("pdf-mode") => {
                a.pdf_mode = value(&mut parser, "--pdf-mode", "raw or layout", |s| match s {
                    "raw" => Some(PdfMode::Raw),
                    "layout" => Some(PdfMode::Layout),
                    _ => None,
                })?
            }
            Long("no-validate") => a.validate = false,
            Short('j') | Long("jobs") => {
                a.jobs = value(&mut parser, "--jobs", "a number of at least 1", |s| {
                    s.parse::<usize>().ok().filter(|&n| n > 0)
                })?
            }
            Long("min-severity") => {
                a.min_severity = value(
                    &mut parser,
                    "--min-severity",
                    "info, warning or error",
                    |s| match s {
                        "info" => Some(Severity::Info),
                        "warning" => Some(Severity::Warning),
                        "error" => Some(Severity::Error),
                        _ => None,
                    },
                )?
            }
            Long("fail-on") => {
                a.fail_on = value(
                    &mut parser,
                    "--fail-on",
                    "error, warning or never",
                    |s| match s {
                        "error" => Some(FailOn::Error),
                        "warning" => Some(FailOn::Warning),
                        "never" => Some(FailOn::Never),
                        _ => None,
                    },
                )?
            }
            Long("color") | Long("colour") => {
                color = Some(value(
                    &mut parser,
                    "--color",
                    "auto, always or never",
                    |s| match s {
                        "auto" => Some(None),
                        "always" => Some(Some(true)),
                        "never" => Some(Some(false)),
                        _ => None,
                    },
                )?)
            }
            Long("siret") => {
                a.siret = Some(value(&mut parser, "--siret", "14 digits", |s| {
                    (s.len() == 14 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.into())
                })?)
            }
            Long("url") => a.url = Some(text_value(&mut parser, "--url", "an address")?),
            Long("files-from") => {
                a.files_from = Some(text_value(&mut parser, "--files-from", "a file or '-'")?)
            }
            Short('h') | Long("help") => return Ok(Parsed::Help),
            Short('V') | Long("version") => return Ok(Parsed::Version),
            Value(path) => a.paths.push(path.to_string_lossy().into_owned()),
            other => return Err(Usage(other.unexpected().to_string())),
        }
    }
    a.color = match color.flatten() {
        Some(on) => on,
        None => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    Ok(Parsed::Run(a))
}
