//! The `parse` example as a user runs it: flags, formats, inputs, exit
//! codes. The first test to need it builds the example (`cargo build
//! --example parse`, a no-op when it is up to date) into the target
//! directory of this test binary: `cargo test` compiles examples only as
//! tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const SEED: &str = "fixtures/grand-besancon-bureau-2023-10-26.txt";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example's binary, built once per test run.
fn binary() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            // target/<profile>/deps/integration-<hash>: the target directory
            // is two levels up from `deps`.
            let exe = std::env::current_exe().expect("test binary");
            let profile_dir = exe.parent().and_then(Path::parent).expect("profile dir");
            let target = profile_dir.parent().expect("target dir");
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let mut build = Command::new(cargo);
            build
                .args(["build", "--quiet", "--example", "parse", "--target-dir"])
                .arg(target)
                .current_dir(root());
            if !cfg!(debug_assertions) {
                build.arg("--release");
            }
            let status = build.status().expect("cargo runs");
            assert!(status.success(), "cargo build --example parse failed");
            let bin = profile_dir
                .join("examples")
                .join(format!("parse{}", std::env::consts::EXE_SUFFIX));
            assert!(bin.exists(), "{} is missing after the build", bin.display());
            bin
        })
        .clone()
}

/// Runs `parse` in the crate's directory with `args` and `stdin`.
fn run_with(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(root())
        .envs(env.iter().copied())
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parse runs");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("parse ends");
    writer.join().unwrap();
    out
}

fn run(args: &[&str]) -> Output {
    run_with(args, b"", &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 messages")
}

#[track_caller]
fn assert_status(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "stderr: {}", stderr(o));
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("deliberation-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn expected_seed() -> Value {
    let json = std::fs::read_to_string(root().join(SEED).with_extension("json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

/// A small PDF made here: one page per entry, each line of text in
/// Helvetica (WinAnsi, so accents work); an empty page has no text at all.
pub(crate) fn pdf(pages: &[&[&str]]) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let page_ids: Vec<usize> = (0..pages.len()).map(|k| 4 + 2 * k).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    for (k, lines) in pages.iter().enumerate() {
        let mut content = Vec::new();
        if !lines.is_empty() {
            content.extend_from_slice(b"BT /F1 10 Tf 12 TL 40 800 Td\n");
            for line in *lines {
                let bytes = crate::bad_input::windows_1252(line).expect("a WinAnsi line");
                content.push(b'(');
                for b in bytes {
                    if matches!(b, b'(' | b')' | b'\\') {
                        content.push(b'\\');
                    }
                    content.push(b);
                }
                content.extend_from_slice(b") Tj T*\n");
            }
            content.extend_from_slice(b"ET\n");
        }
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                page_ids[k] + 1
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(&content);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (k, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", k + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A short sitting in our own words, as lines of a page.
const MINUTES: &[&str] = &[
    "Commune de Trévillac",
    "Séance du conseil municipal du 2 juin 2016",
    "Membres en exercice : 3",
    "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul TRAX",
    "Secrétaire de séance : Mme Anne MARTIN",
    "Délibération n° 2016-12 : Tarifs de la cantine scolaire",
    "Pour : 2 Contre : 1 Abstention : 0",
];

#[test]
fn help_says_formats_streams_and_exit_codes() {
    let o = run(&["--help"]);
    assert_status(&o, 0);
    let help = stdout(&o);
    for words in [
        "Usage: parse [OPTIONS] [PATH ...]",
        "--format FORMAT",
        "csv     SCDL",
        "popolo",
        "--files-from FILE",
        "--pdf-mode MODE",
        "--fail-on LEVEL",
        "--min-severity S",
        "--color WHEN",
        "Standard output carries",
        "Exit status:",
    ] {
        assert!(help.contains(words), "--help lacks {words:?}");
    }
    assert_eq!(stdout(&run(&["-h"])), help);
}

#[test]
fn version() {
    let o = run(&["--version"]);
    assert_status(&o, 0);
    assert_eq!(
        stdout(&o),
        format!("parse (deliberation) {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn command_line_mistakes_exit_2_with_one_line() {
    for (args, message) in [
        (
            &["--bogus"][..],
            "parse: invalid option '--bogus' (see parse --help)\n",
        ),
        (
            &["--format=xml", SEED],
            "parse: --format expects text, json, jsonl, csv or popolo, found 'xml' (see parse --help)\n",
        ),
        (
            &["--jobs", "0", SEED],
            "parse: --jobs expects a number of at least 1, found '0' (see parse --help)\n",
        ),
        (
            &["--jobs"],
            "parse: --jobs expects a number of at least 1, found nothing (see parse --help)\n",
        ),
        (
            &["--fail-on", "maybe"],
            "parse: --fail-on expects error, warning or never, found 'maybe' (see parse --help)\n",
        ),
        (
            &["--siret", "123"],
            "parse: --siret expects 14 digits, found '123' (see parse --help)\n",
        ),
        (
            &["--no-validate=yes"],
            "parse: unexpected argument for option '--no-validate': \"yes\" (see parse --help)\n",
        ),
    ] {
        let o = run(args);
        assert_status(&o, 2);
        assert_eq!(stderr(&o), message, "{args:?}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn json_of_one_input_is_the_contract() {
    let o = run(&["--format=json", SEED]);
    assert_status(&o, 0);
    let got: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(got, expected_seed());
    // After `--`, a dash is standard input, not a flag.
    let text = std::fs::read(root().join(SEED)).unwrap();
    let o = run_with(&["-f", "json", "--", "-"], &text, &[]);
    assert_status(&o, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&o)).unwrap(),
        expected_seed()
    );
}

#[test]
fn json_of_several_inputs_is_an_array_with_sources() {
    let o = run(&["--format", "json", SEED, SEED]);
    assert_status(&o, 0);
    let got: Value = serde_json::from_str(&stdout(&o)).expect("one JSON value");
    let docs = got.as_array().expect("an array");
    assert_eq!(docs.len(), 2);
    for doc in docs {
        let mut doc = doc.clone();
        let source = doc.as_object_mut().unwrap().remove("source");
        assert_eq!(source, Some(Value::String(SEED.into())));
        assert_eq!(doc, expected_seed());
    }
}

#[test]
fn jsonl_keeps_the_contract_order_and_ends_with_the_source() {
    let o = run(&["--format", "jsonl", "--jobs", "2", SEED, SEED, SEED]);
    assert_status(&o, 0);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 3);
    let plain = serde_json::to_string(&crate::fixtures::parse_fixture(&root().join(SEED))).unwrap();
    for line in out.lines() {
        let source = format!(",\"source\":{}}}", serde_json::to_string(SEED).unwrap());
        assert_eq!(
            line.strip_suffix(&source),
            plain.strip_suffix('}'),
            "field order"
        );
    }
    // The closing summary goes to stderr.
    assert!(
        stderr(&o).starts_with("parse: 3 documents, 0 failures"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn csv_is_scdl_with_one_row_per_deliberation() {
    let o = run(&[
        "--format",
        "csv",
        "--siret",
        "12345678901234",
        SEED,
        "fixtures/s01-cm-pv-long.txt",
    ]);
    assert_status(&o, 0);
    let table = crate::export::read_csv(&stdout(&o));
    assert_eq!(table[0], deliberation::export::SCDL_FIELDS);
    let s01 = crate::fixtures::parse_fixture(&root().join("fixtures/s01-cm-pv-long.txt"));
    assert_eq!(table.len(), 1 + 1 + s01.deliberations.len());
    for row in &table[1..] {
        assert_eq!(row[1], "12345678901234");
        assert_eq!(crate::export::scdl_violations(row), Vec::<String>::new());
    }
    assert_eq!(&table[1][11..16], ["32", "22", "22", "0", "0"]);
}

#[test]
fn popolo_is_an_array_of_vote_events() {
    let o = run(&[
        "--format",
        "popolo",
        SEED,
        "fixtures/s11-cm-tally-mismatch.txt",
    ]);
    let events: Value = serde_json::from_str(&stdout(&o)).expect("one JSON value");
    let events = events.as_array().unwrap();
    assert!(events.len() > 2);
    assert_eq!(events[0]["result"], "pass");
    assert_eq!(
        events[0]["organization"]["name"],
        "Bureau — Grand Besançon Métropole"
    );
    assert_eq!(
        events[0]["counts"][0],
        serde_json::json!({"option": "yes", "value": 22})
    );
    assert_eq!(events[0]["sources"][0]["url"], SEED);
    // No event: still an array.
    let o = run_with(
        &["--format", "popolo", "-"],
        b"Seance du 3 mars 2020\nPresents : M. Jean DUPONT\n",
        &[],
    );
    assert_eq!(stdout(&o), "[\n]\n");
}

#[test]
fn a_latin1_file_gives_what_its_utf8_twin_gives() {
    let dir = scratch("latin1");
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    let latin1 = dir.join("seed-latin1.txt");
    std::fs::write(&latin1, crate::bad_input::windows_1252(&seed).unwrap()).unwrap();
    let o = run(&["--format", "json", latin1.to_str().unwrap()]);
    assert_status(&o, 0);
    let mut got: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let note = got["findings"].as_array_mut().unwrap().remove(0);
    assert_eq!(note["code"], "invalid_utf8");
    assert_eq!(note["severity"], "info");
    assert_eq!(got, expected_seed());
    // In the text format, a finding with no place says so.
    let o = run(&[latin1.to_str().unwrap()]);
    assert!(
        stdout(&o)
            .contains(": info[invalid_utf8]: expected UTF-8 text, found invalid bytes from byte"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("(about the whole document, no place in the text)"));
    assert!(!stdout(&o).contains(":0:0:"));
}

#[test]
fn directories_take_txt_md_and_pdf_in_any_case() {
    let dir = scratch("walk");
    let text = MINUTES.join("\n");
    std::fs::write(dir.join("a.TXT"), &text).unwrap();
    std::fs::write(dir.join("b.md"), &text).unwrap();
    std::fs::write(dir.join("c.Pdf"), pdf(&[MINUTES])).unwrap();
    std::fs::write(dir.join("d.doc"), "not read").unwrap();
    std::fs::write(dir.join("notes"), "not read").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/e.txt"), &text).unwrap();
    std::fs::create_dir(dir.join("empty")).unwrap();
    let o = run(&[
        "--format",
        "jsonl",
        dir.to_str().unwrap(),
        dir.join("empty").to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    let docs: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<String> = docs
        .iter()
        .map(|d| {
            let s = d["source"].as_str().unwrap();
            s.strip_prefix(dir.to_str().unwrap()).unwrap().to_string()
        })
        .collect();
    assert_eq!(names, ["/a.TXT", "/b.md", "/c.Pdf", "/sub/e.txt"]);
    for d in &docs {
        assert_eq!(d["meeting"]["date"], "2016-06-02");
        assert_eq!(d["attendance"]["present"].as_array().unwrap().len(), 3);
        assert_eq!(d["deliberations"][0]["vote"]["against"], 1);
    }
    assert!(stderr(&o).contains(&format!(
        "parse: warning: {}: no *.txt, *.md or *.pdf file in this directory\n",
        dir.join("empty").display()
    )));
}

#[test]
fn files_from_a_list_or_standard_input() {
    let dir = scratch("files-from");
    let list = dir.join("list");
    std::fs::write(&list, format!("{SEED}\n\nfixtures/s01-cm-pv-long.txt\n")).unwrap();
    let o = run(&["--format", "jsonl", "--files-from", list.to_str().unwrap()]);
    assert_status(&o, 0);
    let sources: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(sources, [SEED, "fixtures/s01-cm-pv-long.txt"]);
    let o = run_with(
        &["-f", "jsonl", "--files-from", "-"],
        format!("{SEED}\n").as_bytes(),
        &[],
    );
    assert_status(&o, 0);
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn a_pdf_without_text_is_refused_with_a_word_on_ocr() {
    let dir = scratch("scan");
    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, pdf(&[&[], &[]])).unwrap();
    let o = run(&[scan.to_str().unwrap()]);
    assert_status(&o, 2);
    assert_eq!(
        stderr(&o),
        format!(
            "parse: {}: expected a PDF with a text layer, found 2 pages with at most 0 characters each (a scan?): run OCR on it first, e.g. ocrmypdf -l fra IN.pdf OUT.pdf, then parse OUT.pdf\n",
            scan.display()
        )
    );
}

#[test]
fn pdf_modes_both_read_a_pdf() {
    let dir = scratch("modes");
    let file = dir.join("minutes.pdf");
    std::fs::write(&file, pdf(&[MINUTES])).unwrap();
    for mode in ["raw", "layout"] {
        let o = run(&["--format=json", "--pdf-mode", mode, file.to_str().unwrap()]);
        assert_status(&o, 0);
        let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(
            doc["meeting"]["authority"], "Commune de Trévillac",
            "{mode}"
        );
    }
    // A PDF on standard input is recognised by its first bytes.
    let o = run_with(&["--format=json"], &pdf(&[MINUTES]), &[]);
    assert_status(&o, 0);
}

#[test]
fn a_missing_pdftotext_names_the_package() {
    let dir = scratch("no-pdftotext");
    let file = dir.join("minutes.pdf");
    std::fs::write(&file, pdf(&[MINUTES])).unwrap();
    // An empty PATH: no pdftotext to be found.
    let o = run_with(
        &[file.to_str().unwrap()],
        b"",
        &[("PATH", dir.to_str().unwrap())],
    );
    assert_status(&o, 2);
    let message = stderr(&o);
    assert!(
        message.contains("a PDF needs pdftotext, which was not found: install poppler-utils"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1);
}

#[test]
fn exit_status_follows_fail_on() {
    // The seed has a warning and no error; s11 has validation errors.
    let s11 = "fixtures/s11-cm-tally-mismatch.txt";
    assert_status(&run(&["-f", "jsonl", SEED]), 0);
    assert_status(&run(&["-f", "jsonl", "--fail-on", "warning", SEED]), 1);
    assert_status(&run(&["-f", "jsonl", s11]), 1);
    assert_status(&run(&["-f", "jsonl", "--fail-on=never", s11]), 0);
    // An unusable input wins over findings.
    let prose = scratch("status").join("prose.txt");
    std::fs::write(&prose, "Il était une fois un boulanger de province.").unwrap();
    let o = run(&["-f", "jsonl", s11, prose.to_str().unwrap()]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).starts_with(&format!(
            "parse: {}: expected the text of a deliberation",
            prose.display()
        )),
        "{}",
        stderr(&o)
    );
    let o = run(&["no/such/file.txt"]);
    assert_status(&o, 2);
    assert_eq!(
        stderr(&o),
        "parse: no/such/file.txt: cannot read: no such file or directory\n"
    );
}

#[test]
fn min_severity_filters_findings() {
    let o = run(&["--min-severity", "error", SEED]);
    assert!(!stdout(&o).contains("warning[quorum_not_met]"));
    let o = run(&["-f", "json", "--min-severity", "error", SEED]);
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["validation"]["findings"], serde_json::json!([]));
    // The exit status still sees every finding.
    assert_status(
        &run(&["--min-severity", "error", "--fail-on", "warning", SEED]),
        1,
    );
}

#[test]
fn findings_point_with_a_caret_in_a_window_of_the_line() {
    let o = run(&["fixtures/s11-cm-tally-mismatch.txt"]);
    let out = stdout(&o);
    let at = out.find("error[tally_mismatch]").expect("a tally finding");
    let snippet: Vec<&str> = out[at..].lines().skip(1).take(3).collect();
    assert_eq!(snippet[0].trim(), "|");
    assert!(snippet[1].contains(" | Pour : "), "{snippet:?}");
    assert!(snippet[2].trim_start().starts_with("| ^"), "{snippet:?}");
    // On a document flattened onto one line, only a window is shown.
    let flat = std::fs::read_to_string(root().join(SEED))
        .unwrap()
        .replace('\n', " ");
    let o = run_with(&["-"], flat.as_bytes(), &[]);
    let out = stdout(&o);
    let at = out.find("warning[quorum_not_met]").expect("a finding");
    let line = out[at..].lines().nth(2).unwrap();
    assert!(line.starts_with("1 | …") && line.ends_with('…'), "{line}");
    assert!(line.chars().count() < 100, "{line}");
    // Colour only when asked (the output is not a terminal here).
    assert!(!out.contains('\x1b'));
    let o = run(&["--color=always", SEED]);
    assert!(stdout(&o).contains("\x1b[1;33mwarning\x1b[0m"));
}

#[test]
fn on_a_terminal_with_no_input_it_prints_its_usage() {
    // `script` (util-linux) runs it with a terminal as standard input.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("script is not installed: no terminal to test with");
        return;
    }
    let command = format!("'{}'", binary().display());
    let o = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert_status(&o, 2);
    assert!(
        stdout(&o).contains("Usage: parse [OPTIONS] [PATH ...]"),
        "{}",
        stdout(&o)
    );
}
