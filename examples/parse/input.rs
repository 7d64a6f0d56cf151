//! Reading one input: a text file, standard input, or a PDF through
//! pdftotext; and which files a directory holds.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::args::PdfMode;

/// Whether `path` names a file this tool reads in a directory: `*.txt`,
/// `*.md` and `*.pdf`, whatever the case of the extension.
pub fn wanted(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
        ["txt", "md", "pdf"]
            .iter()
            .any(|w| x.eq_ignore_ascii_case(w))
    })
}

fn is_pdf(name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
        || Path::new(name)
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
}

/// The bytes of an input's text, into `buf` (cleared first; a worker keeps
/// one buffer for all its inputs): the file itself, or what pdftotext
/// extracts from a PDF. The error is the reason, for "parse: NAME: reason".
pub fn read(name: &str, pdf_mode: PdfMode, buf: &mut Vec<u8>) -> Result<(), String> {
    buf.clear();
    if name == "-" {
        std::io::stdin()
            .read_to_end(buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        std::fs::File::open(name)
            .and_then(|mut f| f.read_to_end(buf))
            .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    }
    if is_pdf(name, buf) {
        *buf = pdf_text(buf, pdf_mode)?;
    }
    Ok(())
}

/// An I/O error without its "(os error 2)" tail.
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(k) => text[..k].to_lowercase(),
        None => text,
    }
}

/// Pages holding fewer characters than this (spaces aside) carry no text
/// layer worth the name: a scan's pages have none, or only the stamp an
/// electronic registry adds ("Envoyé en préfecture le ..."), about a hundred.
const TEXT_PAGE: usize = 200;

/// The text of a PDF, through `pdftotext` (poppler-utils), fed on its
/// standard input.
fn pdf_text(pdf: &[u8], mode: PdfMode) -> Result<Vec<u8>, String> {
    let mut command = Command::new("pdftotext");
    if mode == PdfMode::Layout {
        command.arg("-layout");
    }
    command
        .args(["-enc", "UTF-8", "-q", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            "a PDF needs pdftotext, which was not found: install poppler-utils \
             (Debian, Ubuntu: apt-get install poppler-utils; Fedora: dnf install poppler-utils; \
             macOS: brew install poppler), or give the text instead"
                .to_string()
        } else {
            format!("cannot run pdftotext: {}", io_reason(&e))
        }
    })?;
    // Written from another thread: pdftotext may fill its output pipe
    // before it has read all of its input.
    let mut stdin = child.stdin.take().expect("piped");
    let output = std::thread::scope(|s| {
        s.spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(pdf);
        });
        child.wait_with_output()
    })
    .map_err(|e| format!("cannot run pdftotext: {}", io_reason(&e)))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said.lines().next().unwrap_or("").trim();
        return Err(if said.is_empty() {
            format!(
                "expected a PDF pdftotext can read, found one it refused ({})",
                output.status
            )
        } else {
            format!("expected a PDF pdftotext can read, found one it refused: {said}")
        });
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let pages: Vec<usize> = text
        .split('\u{c}')
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).count())
        .collect();
    let most = pages.iter().copied().max().unwrap_or(0);
    if most < TEXT_PAGE {
        let n = pages
            .iter()
            .filter(|&&c| c > 0)
            .count()
            .max(pages.len().saturating_sub(1))
            .max(1);
        return Err(format!(
            "expected a PDF with a text layer, found {n} page{} with at most {most} characters each \
             (a scan?): run OCR on it first, e.g. ocrmypdf -l fra IN.pdf OUT.pdf, then parse OUT.pdf",
            if n == 1 { "" } else { "s" }
        ));
    }
    Ok(output.stdout)
}
