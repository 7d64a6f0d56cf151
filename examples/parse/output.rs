//! The output formats: each document's piece (made on a worker thread) and
//! the framing around them (written by the printer, in input order).

use std::io::Write;

use deliberation::Document;
use deliberation::export::{ScdlOptions, scdl_rows, vote_events, write_scdl_csv};

use crate::args::{Args, Format};
use crate::render::{Paint, summary};

/// The piece one document adds to the output.
///
/// JSON is written straight from the records (no `serde_json::Value` in
/// between, which would cost time and sort the fields); the `source` is
/// then added as the last field, so the contract's field order stays.
pub fn render(name: &str, bytes: &[u8], doc: &Document, args: &Args, batch: bool) -> String {
    match args.format {
        Format::Json if !batch => {
            serde_json::to_string_pretty(doc).expect("a document serialises") + "\n"
        }
        Format::Json => {
            let mut s = serde_json::to_string_pretty(doc).expect("a document serialises");
            with_source(&mut s, name, true);
            s
        }
        Format::Jsonl => {
            let mut s = serde_json::to_string(doc).expect("a document serialises");
            with_source(&mut s, name, false);
            s.push('\n');
            s
        }
        Format::Csv => {
            let options = ScdlOptions {
                coll_siret: args.siret.clone(),
                delib_url: args.url.clone(),
            };
            let mut out = Vec::new();
            write_scdl_csv(&mut out, &scdl_rows(doc, &options), false).expect("in memory");
            String::from_utf8(out).expect("UTF-8")
        }
        Format::Popolo => {
            let events = vote_events(doc, name);
            let mut s = String::new();
            for (k, e) in events.iter().enumerate() {
                if k > 0 {
                    s.push_str(",\n");
                }
                s.push_str(&serde_json::to_string_pretty(e).expect("an event serialises"));
            }
            s
        }
        Format::Text => {
            let (text, _) = deliberation::decode(bytes);
            summary(name, &text, doc, Paint(args.color)) + "\n"
        }
    }
}

/// Adds `"source": name` as the last field of the JSON object in `json`,
/// written as `serde_json` writes the others (pretty or compact).
fn with_source(json: &mut String, name: &str, pretty: bool) {
    let end = json.trim_end().len();
    debug_assert!(json[..end].ends_with('}'));
    json.truncate(end - 1);
    let kept = json.trim_end().len();
    json.truncate(kept);
    json.push_str(if pretty {
        ",\n  \"source\": "
    } else {
        ",\"source\":"
    });
    json.push_str(&serde_json::to_string(name).expect("a string serialises"));
    json.push_str(if pretty { "\n}" } else { "}" });
}

/// Standard output, with the framing a format needs around the pieces: a
/// JSON array's brackets and commas, the CSV header.
pub struct Sink<W: Write> {
    out: W,
    format: Format,
    /// Pieces are elements of one JSON array.
    array: bool,
    items: usize,
    closed: bool,
}

impl<W: Write> Sink<W> {
    pub fn new(out: W, args: &Args, batch: bool) -> Sink<W> {
        let mut sink = Sink {
            out,
            format: args.format,
            array: args.format == Format::Popolo || (args.format == Format::Json && batch),
            items: 0,
            closed: false,
        };
        if sink.array {
            sink.write(b"[\n");
        } else if sink.format == Format::Csv {
            let header = deliberation::export::SCDL_FIELDS.join(",") + "\r\n";
            sink.write(header.as_bytes());
        }
        sink
    }

    fn write(&mut self, bytes: &[u8]) {
        if !self.closed && self.out.write_all(bytes).is_err() {
            // A closed pipe: stop printing, finish quietly.
            self.closed = true;
        }
    }

    /// One document's piece.
    pub fn item(&mut self, piece: &str) {
        if piece.is_empty() {
            return;
        }
        if self.array && self.items > 0 {
            self.write(b",\n");
        }
        self.items += 1;
        self.write(piece.as_bytes());
        if matches!(self.format, Format::Jsonl | Format::Csv) {
            // A line as soon as it is ready, for pipelines.
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.closed && self.out.flush().is_err() {
            self.closed = true;
        }
    }

    pub fn closed(&self) -> bool {
        self.closed
    }

    /// The closing bracket, and everything out.
    pub fn finish(&mut self) {
        if self.array {
            self.write(if self.items > 0 { b"\n]\n" } else { b"]\n" });
        }
        self.flush();
    }
}
