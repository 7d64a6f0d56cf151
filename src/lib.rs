//! Typed, checked records from the extracted text of French local-government
//! deliberations: the "Extrait du registre des délibérations" and the
//! procès-verbaux that communes, intercommunalités, départements and régions
//! publish.
//!
//! The input is text as PDF extraction gives it (pdftotext, OCR, PDF to
//! Markdown), noise included. The output is a [`Document`]: the meeting,
//! who attended and who voted for whom, each deliberation with its tally and
//! euro amounts, every record with its [`Span`] in the input as given, and
//! [`Finding`]s for whatever the parser doubted. The JSON of a `Document`
//! is the stable contract other tools read.
//!
//! # Stages
//!
//! The stages run one way, each on what the one before gave:
//!
//! 1. `normalize`: extraction noise out (spaces, apostrophes, dashes,
//!    ligatures, Markdown, hyphenated line breaks, two-column layouts), with
//!    a map back to the original offsets, a lower-cased copy and where tabs
//!    stood.
//! 2. `segment`: item headings ("POINT N°1 –") and, before the first, the
//!    labelled sections ("Présents :", "Pouvoirs :").
//! 3. `extract`: the records, with findings, read with `grammar`: one small
//!    grammar per thing recognised (people and lists, notes, proxies,
//!    tables, the header, the council, dates and times, votes, amounts,
//!    numbers in words).
//! 4. `validate`: attendance at each question, quorum, proxies and tallies
//!    checked under the rules in force on the meeting's date.
//!
//! Below every stage: the text toolkit (`text`), the words the grammars
//! look for (`vocabulary`), spans, the records ([`Document`]) and the
//! error.
//!
//! Bytes that are not UTF-8 are read as Windows-1252 ([`decode`],
//! [`Options::parse_bytes`]); [`export`] turns a document into open-data
//! formats (SCDL « Délibérations » rows, Popolo vote events).
//!
//! # Example
//!
//! ```
//! let text = "Séance du 26 octobre 2023\n\
//!             Membres en exercice : 5\n\
//!             Etaient présents : M. Nicolas FENAVEL, Mme Marie CASANARDOT (à partir de la question n°3), M. Yves LAVIGOT\n\
//!             Etaient absents : M. René FENIGOT, Mme Anne CASANELIN\n\
//!             Procurations de vote : M. René FENIGOT à M. Nicolas FENAVEL\n\
//!             Secrétaire de séance : M. Yves LAVIGOT\n\
//!             Rapport adopté à l'unanimité :\nPour : 4 Contre : 0\n";
//! let doc = deliberation::parse(text)?;
//! assert_eq!(doc.meeting.date.unwrap().to_string(), "2023-10-26");
//! assert_eq!(doc.meeting.members_in_office, Some(5));
//! assert_eq!(doc.attendance.present.len(), 3);
//! assert_eq!(doc.attendance.present[1].from_question, Some(3));
//! let holder = doc.attendance.proxies[0].holder.as_ref().unwrap();
//! assert_eq!(holder.family_name, "FENAVEL");
//! let vote = doc.deliberations[0].vote.as_ref().unwrap();
//! assert_eq!((vote.for_, vote.against, vote.unanimous), (Some(4), Some(0), true));
//! // Every record knows where it was read.
//! let zehaf = &doc.attendance.present[1].person;
//! assert_eq!(zehaf.span.text(text), "Mme Marie CASANARDOT");
//! # Ok::<(), deliberation::Error>(())
//! ```

#![deny(missing_docs)]

mod decode;
mod error;
pub mod export;
mod extract;
mod grammar;
mod model;
mod normalize;
#[cfg(feature = "schema")]
mod schema;
mod segment;
mod span;
mod text;
pub mod validate;
mod vocabulary;

pub use decode::{Encoding, decode};
pub use error::{Error, ErrorKind};
pub use model::{
    Absence, Amount, AmountTotal, Attendance, ClockTime, Code, Council, Deliberation, Document,
    Finding, Meeting, Opinion, Outcome, Person, Presence, Proxy, QuestionCheck, QuorumCheck,
    SCHEMA_VERSION, Severity, Substitute, Validation, Vote,
};
#[cfg(feature = "schema")]
pub use schema::json_schema;
pub use span::Span;
pub use validate::validate;

/// How to parse: what is optional.
///
/// ```
/// let doc = deliberation::Options::new()
///     .validate(true)
///     .parse("Séance du 2 juin 2016\nPrésents : M. Jean DUPONT\nPour : 1 Contre : 0")?;
/// assert!(doc.validation.is_some());
/// # Ok::<(), deliberation::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Options {
    validate: bool,
}

impl Options {
    /// Parsing only, no validation.
    pub fn new() -> Options {
        Options::default()
    }

    /// Also run the validator and fill [`Document::validation`].
    pub fn validate(mut self, yes: bool) -> Options {
        self.validate = yes;
        self
    }

    /// Parse one text.
    pub fn parse(&self, input: &str) -> Result<Document, Error> {
        check_usable(input)?;
        let copy = first_copy(input);
        let norm = normalize::normalize(&input[..copy]);
        check_text_left(input, &norm.text)?;
        check_deliberation(&norm.text)?;
        let segments = segment::segment(&norm);
        let mut doc = extract::extract(&norm, &segments);
        if copy < input.len() {
            doc.findings.push(Finding {
                code: Code::RepeatedText,
                severity: Severity::Info,
                message: format!(
                    "expected one copy of the minutes, found the text repeated from byte {copy}: only the first copy was read"
                ),
                span: Some(span::LineIndex::new(input).span(copy, input.len())),
                deliberation: None,
            });
        }
        if norm.accents_restored > 0 {
            doc.findings.push(Finding {
                code: Code::AccentsRestored,
                severity: Severity::Info,
                message: format!(
                    "expected a text with its accented letters, found an extraction that dropped them (\"prsents\"): {} words of the minutes were read without their accents (\"presents\"), names as written",
                    norm.accents_restored
                ),
                span: None,
                deliberation: None,
            });
        }
        if self.validate {
            doc.validation = Some(validate::validate_in(&doc, Some(&input[..copy])));
        }
        Ok(doc)
    }

    /// Parse bytes that may not be UTF-8: they are read as UTF-8 when they
    /// are, else as Windows-1252 (Latin-1's superset, what French office
    /// files use) or, when most of their accents are UTF-8, as UTF-8 with
    /// replacement characters; a finding (`invalid_utf8`) says which. Spans
    /// then point into the decoded text, which [`decode`] gives back.
    ///
    /// ```
    /// let latin1 = b"S\xe9ance du 2 juin 2016\nPr\xe9sents : M. Jean DUPONT\nPour : 1";
    /// let doc = deliberation::Options::new().parse_bytes(latin1)?;
    /// assert_eq!(doc.attendance.present[0].person.family_name, "DUPONT");
    /// assert_eq!(doc.findings[0].code, deliberation::Code::InvalidUtf8);
    /// assert_eq!(doc.findings[0].severity, deliberation::Severity::Info);
    /// # Ok::<(), deliberation::Error>(())
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        let (text, encoding) = decode(bytes);
        let mut doc = self.parse(&text)?;
        let (severity, message) = match encoding {
            Encoding::Utf8 => return Ok(doc),
            Encoding::Utf8Lossy { first_invalid } => (
                Severity::Warning,
                format!(
                    "expected UTF-8 text, found invalid bytes from byte {first_invalid}; decoded with replacement characters"
                ),
            ),
            Encoding::Windows1252 { first_invalid } => (
                Severity::Info,
                format!(
                    "expected UTF-8 text, found invalid bytes from byte {first_invalid}; decoded as Windows-1252 (Latin-1), spans point into the decoded text"
                ),
            ),
        };
        doc.findings.insert(
            0,
            Finding {
                code: Code::InvalidUtf8,
                severity,
                message,
                span: None,
                deliberation: None,
            },
        );
        Ok(doc)
    }
}

/// Parse one deliberation text (no validation; see [`Options`]).
///
/// `Err` only for input that cannot be used at all: empty, binary, or with
/// none of the marks of a deliberation. Everything else the parser doubts is
/// a [`Finding`] in the returned document.
pub fn parse(input: &str) -> Result<Document, Error> {
    Options::new().parse(input)
}

fn check_usable(input: &str) -> Result<(), Error> {
    if input.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty));
    }
    // An input of at most that many bytes is its own head: its characters
    // are counted only if it has control characters to weigh.
    const HEAD: usize = 100_000;
    let (head, chars) = if input.len() <= HEAD {
        (input, None)
    } else {
        let (head, chars) = first_chars(input, HEAD);
        (head, Some(chars))
    };
    let control = binary_chars(head);
    if control == 0 {
        return Ok(());
    }
    let chars = chars.unwrap_or_else(|| head.chars().count());
    if control * 10 > chars {
        return Err(Error::new(ErrorKind::Binary { control, chars }));
    }
    Ok(())
}

/// The first `n` characters of `text` (all of it if shorter), counted a
/// block of bytes at a time, and how many characters that is.
fn first_chars(text: &str, n: usize) -> (&str, usize) {
    let (mut end, mut chars) = (0, 0);
    // A block of `n - chars` bytes holds at most `n - chars` characters.
    while n - chars >= 16 && end < text.len() {
        let next = text.floor_char_boundary(end + (n - chars));
        chars += text[end..next].chars().count();
        end = next;
    }
    let rest = &text[end..];
    let len = rest
        .char_indices()
        .nth(n - chars)
        .map_or(rest.len(), |(i, _)| i);
    (&text[..end + len], chars + rest[..len].chars().count())
}

/// Control characters other than line feed, carriage return, tab and form
/// feed, and U+FFFD, in `text`: the C0 controls and DEL counted with
/// comparisons the compiler turns into vector code, the C1 controls (`C2 80`
/// to `C2 9F`) and U+FFFD (`EF BF BD`) found by vector searches for their
/// first bytes (a table looked up per byte cost two instructions a byte of
/// every text).
fn binary_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let c0_and_del = bytes
        .chunks(128)
        .map(|chunk| {
            chunk
                .iter()
                // C0 but line feed (0A), tab (09), form feed (0C) and
                // carriage return (0D), and DEL: four comparisons.
                .map(|&b| {
                    u8::from(b < 0x09)
                        | u8::from(b == 0x0b)
                        | u8::from(b.wrapping_sub(0x0e) < 0x12)
                        | u8::from(b == 0x7f)
                })
                .fold(0u8, u8::wrapping_add) as usize
        })
        .sum::<usize>();
    let c1 = memchr::memchr_iter(0xc2, bytes)
        .filter(|&i| matches!(bytes.get(i + 1), Some(0x80..=0x9f)))
        .count();
    let replacement = memchr::memmem::find_iter(bytes, "\u{fffd}".as_bytes()).count();
    c0_and_del + c1 + replacement
}

/// A text that was all page furniture (a scanned PDF's text layer holds
/// only the préfecture's stamp on each page) has nothing to read.
/// Where the first copy of `input` ends when the whole text is one copy
/// written twice or more (a PDF made of two copies of its minutes, each
/// then read as many times): the offset of the second copy, else the
/// input's length. Whitespace at the ends of the copies does not count.
fn first_copy(input: &str) -> usize {
    let start = input.len() - input.trim_start().len();
    let text = &input[start..input.trim_end().len()];
    if text.len() < 2000 {
        return input.len();
    }
    // The second copy starts with the first one's opening, searched with
    // SIMD (`memmem`; `str::find` steps through the bytes).
    let opening = &text[..text.floor_char_boundary(32)];
    let from_guess = |copies: usize| {
        let guess = text.floor_char_boundary(text.len() / copies);
        text.floor_char_boundary(guess.saturating_sub(100))
    };
    let find = |from: usize| {
        memchr::memmem::find(&text.as_bytes()[from..], opening.as_bytes()).map(|p| from + p)
    };
    // The opening searched once from the third copy's guess: its first
    // place there is the second copy's too when past that guess, and most
    // texts have none (one search of two thirds of the text, not two).
    let from_third = from_guess(3);
    let in_third = find(from_third);
    for copies in [2, 3] {
        let from = from_guess(copies);
        let found = match in_third {
            Some(at) if at >= from => Some(at),
            None if from >= from_third => None,
            _ => find(from),
        };
        let Some(at) = found else {
            continue;
        };
        let first = text[..at].trim_end();
        if text[at..].split(first).all(|rest| rest.trim().is_empty()) {
            return start + at;
        }
    }
    input.len()
}

fn check_text_left(input: &str, text: &str) -> Result<(), Error> {
    // Counted only as far as needed: a text with 40 letters or digits left
    // is never refused.
    let left = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .take(40)
        .count();
    if left >= 40 {
        return Ok(());
    }
    let had = input.chars().filter(|c| c.is_alphanumeric()).count();
    if had >= 2 * left.max(20) {
        return Err(Error::new(ErrorKind::NoText {
            chars: input.chars().count(),
        }));
    }
    Ok(())
}

fn check_deliberation(text: &str) -> Result<(), Error> {
    let marks = text::fold_regex!(
        r"(?i)délibér|séance|conseil|présents?\s*:|étai(?:en)?t\s+présente?s?|pouvoirs?\s*:|procuration|secrétaire|unanimit|voix pour|(?-u:\b)bureau(?-u:\b)|comité|(?-u:\b)pour\s*:\s*\d|en exercice|procès-verbal|ordre du jour|assemblée|(?-u:\b)réunion|excusée?s?|absente?s?\s*:|délégués|membres\s+présents|(?-u:\b)(?:le|la|du|de la)\s+(?:président|présidente|maire)(?-u:\b)"
    );
    if marks.is_match(text) {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::NotADeliberation {
            chars: text.chars().count(),
        }))
    }
}

#[cfg(feature = "bench-api")]
#[doc(hidden)]
pub mod bench_api;

/// The README's examples run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    #[test]
    fn a_text_written_twice_is_read_once() {
        let minutes = format!(
            "Séance du 3 mars 2024\nPrésents : M. Paul TRAX, Mme Ida PONS\n{}1. Budget\nAdopté à l'unanimité.\n",
            "Le conseil examine le budget de la commune.\n".repeat(60)
        );
        let twice = format!("{minutes}\n\u{c}{minutes}\n");
        assert_eq!(super::first_copy(&twice), minutes.len() + 2);
        assert_eq!(
            super::first_copy(&format!("{minutes}{minutes}{minutes}")),
            minutes.len()
        );
        assert_eq!(super::first_copy(&minutes), minutes.len());
        let doc = super::parse(&twice).unwrap();
        assert_eq!(doc.deliberations.len(), 1);
        assert!(
            doc.findings
                .iter()
                .any(|f| f.code == super::Code::RepeatedText)
        );
        // Two sittings that differ are both read.
        let other = minutes.replace("3 mars", "4 mars");
        assert_eq!(
            super::first_copy(&format!("{minutes}{other}")),
            minutes.len() * 2
        );
    }

    /// What `check_usable` counted before its fast path: characters and
    /// binary characters among the first 100,000.
    fn counts_reference(input: &str) -> (usize, usize) {
        let (mut chars, mut control) = (0usize, 0usize);
        for c in input.chars().take(100_000) {
            chars += 1;
            if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') || c == '\u{fffd}' {
                control += 1;
            }
        }
        (chars, control)
    }

    fn counts(input: &str) -> (usize, usize) {
        let (head, chars) = super::first_chars(input, 100_000);
        assert_eq!(chars, head.chars().count());
        (chars, super::binary_chars(head))
    }

    #[test]
    fn every_latin1_character_counted_as_the_reference_counts_it() {
        for c in '\0'..='\u{ff}' {
            let text = c.to_string().repeat(3);
            assert_eq!(counts(&text), counts_reference(&text), "{c:?}");
        }
    }

    const PIECES: &[&str] = &[
        "a", " ", "\n", "\r", "\t", "\u{c}", "\0", "\u{1b}", "\u{7f}", "\u{80}", "\u{9f}",
        "\u{a0}", "\u{c2}", "é", "\u{fffd}", "\u{fffc}", "\u{ffbd}", "\u{2028}", "€", "𝄞",
        "abcdefgh",
    ];

    proptest! {
        #[test]
        fn usable_counts_as_the_reference_does(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..80),
        ) {
            let input: String = pieces.iter().map(|&i| PIECES[i]).collect();
            prop_assert_eq!(counts(&input), counts_reference(&input));
        }

        #[test]
        fn any_text_counts_as_the_reference_does(input in "\\PC{0,100}") {
            prop_assert_eq!(counts(&input), counts_reference(&input));
        }

        #[test]
        fn long_texts_stop_at_the_same_character(
            filler in 0..PIECES.len(),
            tail in proptest::collection::vec(0..PIECES.len(), 0..40),
            len in 99_900usize..100_100,
        ) {
            let mut input = PIECES[filler].repeat(len / PIECES[filler].chars().count());
            input.extend(tail.iter().map(|&i| PIECES[i]));
            prop_assert_eq!(counts(&input), counts_reference(&input));
        }
    }

    #[test]
    fn first_chars_of_mixed_widths() {
        for width in ["a", "é", "€", "𝄞"] {
            let text = width.repeat(100_050) + "x";
            assert_eq!(
                super::first_chars(&text, 100_000).0.chars().count(),
                100_000
            );
            assert_eq!(super::first_chars(&text, 100_000).1, 100_000);
            assert_eq!(super::first_chars(&text, 200_000).0, text);
        }
        assert_eq!(super::first_chars("", 5), ("", 0));
        assert_eq!(super::first_chars("aé€𝄞b", 4), ("aé€𝄞", 4));
    }

    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<crate::Document>();
        check::<crate::Error>();
        check::<crate::Options>();
    }
}
