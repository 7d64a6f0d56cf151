//! Stage 1: take extraction noise out of the text, keeping a map back to the
//! original byte offsets.
//!
//! What changes: CRLF and lone CR become LF; tabs, non-breaking and narrow
//! spaces become spaces; curly apostrophes become `'`; en and em dashes
//! become `-`; `ﬁ`-style ligatures are spelled out; Markdown bold and italic
//! stars, `#` headings, `^{ème}` superscripts and HTML formatting tags
//! (`<strong>`, `</b>`) lose their markup; an HTML line break at a line's
//! end (`<br />`) and the blank line after it become one line break; words
//! hyphenated across a line break are joined (`conseil-\nlers` →
//! `conseillers`, but `LABARDOT-\nVALOCHE` → `LABARDOT-VALOCHE`); `Jean- Luc`
//! loses its stray space; two-column `pdftotext -layout` pages are read
//! column by column; a line far longer than a page's (a document a
//! converter flattened onto one line) is broken again after its sentences'
//! ends and before its numbered headings (see `long_lines`); in a text
//! whose extraction dropped its accented letters, the minutes' words so
//! damaged are written again ("Sance" → "Seance", see `accents`). Everything
//! else is kept byte for byte.

use std::ops::Range;

use crate::span::{LineIndex, Span};

/// What normalising gives the later stages: the normalised text, its
/// lower-cased copy, where tabs stood, and the way back to the input (its
/// offsets, lines and columns, and its text as written).
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'a> {
    /// The input as given.
    input: &'a str,
    /// The normalised text, which the grammars read.
    pub(crate) text: String,
    /// `text` with ASCII letters in lower case: the same offsets, and
    /// lower-case patterns searched in it find their literals at memchr
    /// speed, which `(?i)` patterns (every case variant a literal) cannot.
    pub(crate) lower: String,
    /// Offsets in `text` of the spaces that were tabs: the cell boundaries
    /// of tab-separated tables.
    tabs: Vec<usize>,
    /// Offsets in `text` of its line feeds, in order, noted as they were
    /// written (the stages that visit every line need them, and a search
    /// of the written text cost a call a line).
    pub(crate) feeds: Vec<usize>,
    /// How many words whose accents the extraction dropped were written
    /// again ("prsents" read "presents"; see `accents`).
    pub(crate) accents_restored: usize,
    map: OffsetMap,
    index: LineIndex<'a>,
}

impl<'a> Normalized<'a> {
    fn new(input: &'a str, out: Writer, feeds: &[usize]) -> Normalized<'a> {
        let mut map = out.map;
        map.norm_len = out.text.len();
        debug_assert_eq!(
            out.feeds,
            crate::text::line_feeds(&out.text).collect::<Vec<_>>(),
            "the line feeds noted as written"
        );
        Normalized {
            input,
            lower: out.text.to_ascii_lowercase(),
            text: out.text,
            tabs: out.tabs,
            feeds: out.feeds,
            accents_restored: out.repaired,
            map,
            index: LineIndex::with_feeds(input, feeds),
        }
    }

    /// The original byte range a normalised range was read from.
    pub(crate) fn original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.map.start(range.start);
        let end = if range.end > range.start {
            self.map.end(range.end)
        } else {
            start
        };
        start..end.max(start)
    }

    /// The span in the input of a range of the normalised text.
    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        // Within the text and on character boundaries, whatever the caller
        // computed ("pos + 10", "note.end + 1"): the span then maps to
        // boundaries of the input too.
        let text = &self.text;
        let start = text.floor_char_boundary(range.start.min(text.len()));
        let end = text
            .ceil_char_boundary(range.end.min(text.len()))
            .max(start);
        let r = self.original(start..end);
        self.index.span(r.start, r.end)
    }

    /// The span in the input of a range of the normalised text, and the
    /// input's text there: a record as written.
    pub(crate) fn as_written(&self, range: Range<usize>) -> (Span, &'a str) {
        let span = self.span(range);
        (span, span.text(self.input))
    }

    /// The cells of a tab-separated row: `range` cut where tabs stood.
    pub(crate) fn cells(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let first = self.tabs.partition_point(|&t| t < range.start);
        let mut cells = Vec::new();
        let mut start = range.start;
        for &tab in self.tabs[first..].iter().take_while(|&&t| t < range.end) {
            cells.push(start..tab);
            start = tab + 1;
        }
        cells.push(start..range.end);
        cells
    }
}

/// One stretch of the normalised text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
    /// Copied byte for byte (so offsets inside map one to one).
    verbatim: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct OffsetMap {
    pieces: Vec<Piece>,
    norm_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    fn copy(&mut self, norm: usize, orig: usize, len: usize) {
        if let Some(last) = self.pieces.last_mut()
            && last.verbatim
            && last.norm + last.norm_len == norm
            && last.orig + last.orig_len == orig
        {
            last.norm_len += len;
            last.orig_len += len;
            return;
        }
        self.pieces.push(Piece {
            norm,
            norm_len: len,
            orig,
            orig_len: len,
            verbatim: true,
        });
    }

    fn replace(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        self.pieces.push(Piece {
            norm,
            norm_len,
            orig,
            orig_len,
            verbatim: false,
        });
    }

    /// The original offset where the character at normalised `pos` starts.
    fn start(&self, pos: usize) -> usize {
        if pos >= self.norm_len {
            return self.orig_len;
        }
        let mut i = self.pieces.partition_point(|p| p.norm <= pos);
        while i > 0 {
            i -= 1;
            let p = self.pieces[i];
            if p.norm_len > 0 {
                return if p.verbatim {
                    p.orig + (pos - p.norm)
                } else {
                    p.orig
                };
            }
        }
        0
    }

    /// The original offset where the character before normalised `end` ends.
    fn end(&self, end: usize) -> usize {
        let mut i = self.pieces.partition_point(|p| p.norm < end);
        while i > 0 {
            i -= 1;
            let p = self.pieces[i];
            if p.norm_len > 0 {
                return if p.verbatim {
                    p.orig + (end.min(p.norm + p.norm_len) - p.norm)
                } else {
                    p.orig + p.orig_len
                };
            }
        }
        0
    }
}

/// Normalise `input` (see the module doc).
pub(crate) fn normalize(input: &str) -> Normalized<'_> {
    normalize_with::<Fast>(input)
}

/// The scans that decide what normalising may skip or collapse. The fast
/// ones skip plain text eight bytes at a time and exit early; the tests'
/// `reference` gives the straightforward ones, and both must normalise
/// every text the same way.
pub(super) trait Scans {
    /// The byte ranges of `input` in reading order (see `layout`).
    fn reading_order(input: &str) -> Vec<Range<usize>>;
    /// Where the run from `i` that normalising copies as it is ends (`i`
    /// when there is none): `run` is the start of the pending verbatim run.
    fn unchanged(input: &str, i: usize, end: usize, out: &Writer, run: usize) -> usize;
    /// A letter-spaced line: its collapsed text and its length.
    fn letter_spaced(line: &str) -> Option<(String, usize)>;
}

/// The scans `normalize` uses.
struct Fast;

impl Scans for Fast {
    fn reading_order(input: &str) -> Vec<Range<usize>> {
        layout::reading_order(input)
    }

    // (Not inlined: inlined into the fragment's loop, the scan cost the
    // seed's parse 0.012 M instructions more.)
    #[inline(never)]
    fn unchanged(input: &str, i: usize, end: usize, _: &Writer, _: usize) -> usize {
        let bytes = input.as_bytes();
        // A space right after a hyphen is left to `after_hyphen` (the
        // hyphen looked for only before a space).
        let hyphen_before = || {
            bytes[..i].ends_with(b"-")
                || bytes[..i].ends_with("\u{2010}".as_bytes())
                || bytes[..i].ends_with("\u{2011}".as_bytes())
        };
        if bytes[i] == b' ' && hyphen_before() {
            i
        } else {
            unchanged_run(bytes, i, end)
        }
    }

    fn letter_spaced(line: &str) -> Option<(String, usize)> {
        letter_spaced(line)
    }
}

/// Normalise `input` with the given scans.
pub(super) fn normalize_with<S: Scans>(input: &str) -> Normalized<'_> {
    // The input's line feeds, found once for the page furniture and the
    // line index.
    let feeds: Vec<usize> = crate::text::line_feeds(input).collect();
    let fragments = reading_pieces(input, S::reading_order(input), &feeds);
    let mut out = Writer {
        text: String::with_capacity(input.len()),
        map: OffsetMap {
            orig_len: input.len(),
            ..OffsetMap::default()
        },
        tabs: Vec::new(),
        // About as many as the input's.
        feeds: Vec::with_capacity(feeds.len() + 1),
        repair: accents::dropped(input),
        repaired: 0,
    };
    for (mut fragment, continues) in fragments {
        if !continues && !out.text.ends_with('\n') {
            match name_goes_on(&out.text, &input[fragment.clone()]) {
                // "Marie-" ends a column's line, "Laure ROGER" starts the
                // next piece: one name, as across a line within a piece.
                Some(lead) => fragment.start += lead,
                None => out.insert("\n", fragment.start),
            }
        }
        normalize_fragment::<S>(input, fragment, &mut out);
    }
    join_run_on_lines(&mut out);
    break_long_lines(&mut out);
    Normalized::new(input, out, &feeds)
}

/// Line feeds a page's width put inside a phrase or a name read as the
/// spaces they stand for (see `run_on`): a line feed becomes a space,
/// every offset stays.
fn join_run_on_lines(out: &mut Writer) {
    let at = run_on::joins(&out.text, &out.feeds);
    if at.is_empty() {
        return;
    }
    for &k in &at {
        // One byte for one: no other byte moves.
        out.text.replace_range(k..k + 1, " ");
    }
    let mut joined = at.iter().peekable();
    out.feeds.retain(|k| {
        while joined.next_if(|&&j| j < *k).is_some() {}
        joined.next_if(|&&j| j == *k).is_none()
    });
}

/// Lines run together by a converter broken again (see `long_lines`): a
/// space becomes a line feed, every offset stays.
fn break_long_lines(out: &mut Writer) {
    let at = long_lines::breaks(&out.text, &out.feeds);
    if at.is_empty() {
        return;
    }
    for &k in &at {
        // One byte for one: no other byte moves.
        out.text.replace_range(k..k + 1, "\n");
    }
    let mut feeds = Vec::with_capacity(out.feeds.len() + at.len());
    let (mut i, mut j) = (0, 0);
    while i < out.feeds.len() || j < at.len() {
        if j == at.len() || (i < out.feeds.len() && out.feeds[i] < at[j]) {
            feeds.push(out.feeds[i]);
            i += 1;
        } else {
            feeds.push(at[j]);
            j += 1;
        }
    }
    out.feeds = feeds;
}

pub(super) struct Writer {
    text: String,
    map: OffsetMap,
    /// Where tabs were written (as spaces).
    tabs: Vec<usize>,
    /// Where line feeds were written: by `replace` itself, by the fragment's
    /// loop for those it copies as they are (see `normalize_fragment`).
    feeds: Vec<usize>,
    /// Whether the input dropped its accented letters, its damaged words
    /// written again (see `accents`).
    repair: bool,
    /// How many damaged words were written again.
    repaired: usize,
}

impl Writer {
    fn copy(&mut self, input: &str, range: Range<usize>) {
        let norm = self.text.len();
        self.text.push_str(&input[range.clone()]);
        self.map.copy(norm, range.start, range.len());
    }

    fn replace(&mut self, with: &str, orig: Range<usize>) {
        let norm = self.text.len();
        for (k, b) in with.bytes().enumerate() {
            if b == b'\n' {
                self.feeds.push(norm + k);
            }
        }
        self.text.push_str(with);
        self.map.replace(norm, with.len(), orig.start, orig.len());
    }

    fn insert(&mut self, with: &str, at: usize) {
        self.replace(with, at..at);
    }
}

/// Number words that keep their hyphen across a line break ("vingt-\ntrois").
const HYPHENATED_NUMBERS: &[&str] = &[
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "quatre",
    "cent",
    "mille",
];

fn normalize_fragment<S: Scans>(input: &str, range: Range<usize>, out: &mut Writer) {
    let bytes = input.as_bytes();
    let end = range.end;
    let mut i = range.start;
    // Start of the pending verbatim run.
    let mut run = i;
    macro_rules! flush {
        ($at:expr) => {
            if run < $at {
                out.copy(input, run..$at);
            }
        };
    }
    while i < end {
        // A line feed is kept as it is, with no scan nor lookup (a blank
        // line is no letter-spaced title): the next line's start is
        // checked at the next turn. It lands after what was written and
        // the pending run before it.
        if bytes[i] == b'\n' {
            out.feeds.push(out.text.len() + (i - run));
            i += 1;
            continue;
        }
        // "C O N S E I L   M U N I C I P A L": a letter-spaced title.
        if (i == range.start || bytes[i - 1] == b'\n')
            && let Some((collapsed, len)) = S::letter_spaced(&input[i..end])
        {
            flush!(i);
            out.replace(&collapsed, i..i + len);
            i += len;
            run = i;
            continue;
        }
        // "Sance du 3 dcembre": a word whose accents were dropped; the
        // two spaces left where an "à" stood ("donne pouvoir  M. X").
        if out.repair
            && (bytes[i] == b' ' || accents::word_start(bytes, i))
            && let Some((with, len)) = accents::repair(input, i)
        {
            flush!(i);
            out.replace(&with, i..i + len);
            out.repaired += 1;
            i += len;
            run = i;
            continue;
        }
        // Skip what never changes. A run stops before any line feed, so the
        // next line's start is checked above (and, repairing, before a word).
        let next = S::unchanged(input, i, end, out, run);
        let next = if out.repair && next > i {
            accents::next_word_start(bytes, i, next)
        } else {
            next
        };
        if next > i {
            i = next;
            continue;
        }
        let ch = input[i..].chars().next().unwrap_or(' ');
        let len = ch.len_utf8();
        let line_start = i == range.start || bytes[i - 1] == b'\n';
        let replacement: Option<(&str, usize)> = match ch {
            '\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
                ("\n", 2)
            } else {
                ("\n", 1)
            }),
            '\t' | '\u{a0}' | '\u{202f}' | '\u{2000}'..='\u{200a}' | '\u{3000}' => Some((" ", len)),
            '\u{200b}'..='\u{200d}' | '\u{feff}' | '\u{ad}' | '\u{2060}' => Some(("", len)),
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' | '`' | '\u{2032}' => {
                Some(("'", len))
            }
            // "Marie-\u{2010}Agnès": a hyphen written twice inside a word
            // (a converter's soft hyphen made visible) is one.
            '\u{2010}' | '\u{2011}' if doubled_hyphen(input, i, len) => Some(("", len)),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => Some(("-", len)),
            '\u{fb00}' => Some(("ff", len)),
            '\u{fb01}' => Some(("fi", len)),
            '\u{fb02}' => Some(("fl", len)),
            '\u{fb03}' => Some(("ffi", len)),
            '\u{fb04}' => Some(("ffl", len)),
            '\u{fb05}' | '\u{fb06}' => Some(("st", len)),
            // "Œuvre", "ŒUVRE": capitalised or in capitals as what follows.
            'Œ' | 'Æ' => Some((
                match (ch, next_is_lower(input, i + len)) {
                    ('Œ', true) => "Oe",
                    ('Œ', false) => "OE",
                    (_, true) => "Ae",
                    _ => "AE",
                },
                len,
            )),
            'œ' => Some(("oe", len)),
            'æ' => Some(("ae", len)),
            '\u{ba}' | '\u{2da}' => Some(("°", len)),
            '\u{2026}' => Some(("...", len)),
            // "Senlis) * Madame Y": a star between spaces inside a line is a
            // bullet flattened into the line, not emphasis.
            '*' if !line_start
                && !only_spaces_before(bytes, range.start, i)
                && bytes[i - 1] == b' '
                && bytes.get(i + 1) == Some(&b' ') =>
            {
                Some(("•", 1))
            }
            '*' => Some(("", 1)),
            ' ' if after_hyphen(out, input, run, i) => Some(("", 1)),
            '^' if bytes.get(i + 1) == Some(&b'{') => {
                // "^{ème}" -> "ème"; only when closed nearby.
                match input[i + 2..input.floor_char_boundary(end.min(i + 24))].find('}') {
                    Some(close) => {
                        flush!(i);
                        out.replace("", i..i + 2);
                        let inner = i + 2..i + 2 + close;
                        let written = out.text.len();
                        for (k, b) in input[inner.clone()].bytes().enumerate() {
                            if b == b'\n' {
                                out.feeds.push(written + k);
                            }
                        }
                        out.copy(input, inner.clone());
                        out.replace("", inner.end..inner.end + 1);
                        i = inner.end + 1;
                        run = i;
                        continue;
                    }
                    None => None,
                }
            }
            '#' if line_start || only_spaces_before(bytes, range.start, i) => {
                let mut j = i;
                while j < end && bytes[j] == b'#' {
                    j += 1;
                }
                if j < end && bytes[j] == b' ' {
                    Some(("", j + 1 - i))
                } else {
                    None
                }
            }
            '-' => hyphen_break(input, i, end, out, run),
            '<' => inline_tag(&bytes[i..end])
                .map(|len| ("", len))
                .or_else(|| line_break_tag(&bytes[i..end]).map(|len| ("\n", len))),
            c if c.is_control() && c != '\n' => Some((" ", len)),
            _ => None,
        };
        match replacement {
            Some((with, consumed)) => {
                flush!(i);
                if ch == '\t' {
                    out.tabs.push(out.text.len());
                }
                out.replace(with, i..i + consumed);
                i += consumed;
                run = i;
            }
            None => i += len,
        }
    }
    flush!(end);
}

/// HTML formatting tags that carry no text, opening or closing, with no
/// attributes: a web page's text keeps them where a search highlight or
/// bold type stood, inside words as often as around them
/// (`prési<strong>de</strong>nce`).
const INLINE_TAGS: &[&[u8]] = &[b"strong", b"b", b"em", b"i", b"u", b"mark", b"sup", b"sub"];

/// The length of the formatting tag `rest` starts with (see [`INLINE_TAGS`]),
/// in any case.
fn inline_tag(rest: &[u8]) -> Option<usize> {
    let name_at = if rest.get(1) == Some(&b'/') { 2 } else { 1 };
    let close = rest.iter().take(name_at + 7).position(|&b| b == b'>')?;
    let name = rest.get(name_at..close)?;
    INLINE_TAGS
        .iter()
        .any(|tag| tag.eq_ignore_ascii_case(name))
        .then_some(close + 1)
}

/// The length of an HTML line break at a line's end (`<br>`, `<br/>`,
/// `<br />`, in any case) with the line feed after it and the blank line a
/// web page's text puts after each ("Monsieur X -<br />\n\nMadame Y"): the
/// whole is one line break. A tag inside a line is left as written.
fn line_break_tag(rest: &[u8]) -> Option<usize> {
    let tag = [&b"<br>"[..], b"<br/>", b"<br />"]
        .into_iter()
        .find(|t| rest.len() >= t.len() && rest[..t.len()].eq_ignore_ascii_case(t))?
        .len();
    let spaces = |from: usize| {
        from + rest[from..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count()
    };
    let eol = spaces(tag);
    if eol == rest.len() {
        return Some(eol);
    }
    if rest[eol] != b'\n' {
        return None;
    }
    let blank = spaces(eol + 1);
    Some(if rest.get(blank) == Some(&b'\n') {
        blank + 1
    } else {
        eol + 1
    })
}

/// Whether each byte is copied as is wherever it stands: printable ASCII
/// but the markup and dash characters and `<` (a tag's start).
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = b' ';
    while b <= b'~' {
        table[b as usize] = !matches!(b, b'*' | b'^' | b'#' | b'-' | b'`' | b'<');
        b += 1;
    }
    table
};

/// [`PLAIN`], and the bytes of `À` to `ÿ` but `Æ` and `æ` (`C3 xx`): its
/// lead `C3`, and the continuation bytes `80` to `BF` but `86` and `A6`.
/// In UTF-8 read from a character's start, eight such bytes not ending on
/// `C3` are plain bytes and whole letters `À` to `ÿ` (no other lead byte
/// is here, so each continuation byte follows a `C3`).
const PLAIN_OR_LATIN1: [bool; 256] = {
    let mut table = PLAIN;
    table[0xC3] = true;
    let mut b = 0x80;
    while b <= 0xBF {
        table[b] = b != 0x86 && b != 0xA6;
        b += 1;
    }
    table
};

/// The end of the run from `i` that normalising leaves as it is: plain
/// ASCII bytes and U+00C0 to U+00FF (`À` to `ÿ`, two-byte `C3 xx`) but `Æ`
/// and `æ`.
fn unchanged_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    let bytes = &bytes[..end];
    loop {
        // Eight bytes at a time, with no branch inside the eight, accented
        // letters too (a French text has one every thirty bytes or so).
        while let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <&[u8; 8]>::try_from(c).ok())
            && chunk[7] != 0xC3
            && chunk
                .iter()
                .fold(true, |all, &b| all & PLAIN_OR_LATIN1[b as usize])
        {
            i += 8;
        }
        while bytes.get(i).is_some_and(|&b| PLAIN[b as usize]) {
            i += 1;
        }
        if bytes.get(i) == Some(&0xC3) && bytes.get(i + 1).is_some_and(|&c| c != 0x86 && c != 0xA6)
        {
            i += 2;
        } else {
            return i;
        }
    }
}

/// A line of single letters separated by single spaces, words by two or
/// more: its collapsed text and its length (line feed excluded).
fn letter_spaced(line: &str) -> Option<(String, usize)> {
    // Fast exits, same answers as below without splitting the line: a line
    // with no text, or with two characters in a row that are not spaces (a
    // word longer than one letter: most lines, at their second character,
    // told on their first two bytes when both are ASCII).
    let blank = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    if let [a, b, ..] = *line.as_bytes()
        && a.is_ascii()
        && b.is_ascii()
        && !blank(a)
        && !blank(b)
    {
        return None;
    }
    let mut seen_text = false;
    let mut after_text = false;
    for c in line.chars().take_while(|&c| c != '\n') {
        let text = !c.is_whitespace();
        if text && after_text {
            return None;
        }
        after_text = text;
        seen_text |= text;
    }
    if !seen_text {
        return None;
    }
    letter_spaced_words(line)
}

/// [`letter_spaced`] without its fast exits.
fn letter_spaced_words(line: &str) -> Option<(String, usize)> {
    let len = line.find('\n').unwrap_or(line.len());
    let body = line[..len].trim_end_matches(['\r', ' ']);
    let lead = body.len() - body.trim_start().len();
    // The first word longer than one letter, or a letter followed by any
    // other space than ' ' (a no-break space): not letter-spaced.
    if body[lead..].chars().nth(1).is_some_and(|c| c != ' ') {
        return None;
    }
    let words: Vec<&str> = body[lead..]
        .split("  ")
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    let mut letters = 0;
    let mut collapsed_words = Vec::new();
    for w in &words {
        let parts: Vec<&str> = w.split(' ').collect();
        if parts.iter().any(|p| {
            p.chars().count() != 1 || !p.chars().all(|c| c.is_alphabetic() || "'-".contains(c))
        }) {
            return None;
        }
        letters += parts.len();
        collapsed_words.push(parts.concat());
    }
    (letters >= 5 && words.iter().any(|w| w.contains(' '))).then(|| {
        (
            " ".repeat(lead.min(1)) + &collapsed_words.join(" "),
            body.len(),
        )
    })
}

fn next_is_lower(input: &str, at: usize) -> bool {
    input[at..].chars().next().is_some_and(char::is_lowercase)
}

fn only_spaces_before(bytes: &[u8], from: usize, i: usize) -> bool {
    let mut j = i;
    while j > from && bytes[j - 1] == b' ' {
        j -= 1;
    }
    j == from || bytes[j - 1] == b'\n'
}

/// Whether the space at `i` follows "letter-" and precedes an upper-case
/// letter: "Jean- Luc" loses that space.
/// Whether the hyphen at `input[i..i + len]` comes right after an ASCII
/// hyphen, between two letters ("Marie-\u{2010}Agnès").
fn doubled_hyphen(input: &str, i: usize, len: usize) -> bool {
    let before = &input[..i];
    before.ends_with('-')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && input[i + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

fn after_hyphen(out: &Writer, input: &str, run: usize, i: usize) -> bool {
    // "Lampaul‑ Ploudalmézeau": a non-breaking hyphen too, which is written
    // out as "-".
    let hyphen =
        input.as_bytes()[..i].ends_with(b"-") || input[..i].ends_with(['\u{2010}', '\u{2011}']);
    if i < 2 || !hyphen {
        return false;
    }
    // The hyphen and the letter before it, as already read.
    let before: Option<char> = if run < i {
        input[..i - 1].chars().next_back()
    } else {
        out.text[..out.text.len().saturating_sub(1)]
            .chars()
            .next_back()
    };
    let next = input[i + 1..].chars().next();
    matches!(before, Some(c) if c.is_alphabetic())
        && matches!(next, Some(c) if c.is_uppercase())
        && !(before.is_some_and(char::is_uppercase)
            && closes_initials(out, input, run, i)
            && input[i + 1..]
                .chars()
                .nth(1)
                .is_some_and(char::is_uppercase))
        && !initial_after_caps(out, input, run, i)
}

/// Whether the space at `i` after a hyphen stands between a family name in
/// capitals and the next member's initial ("J.S. LALOY- F. SZYPULA"): the
/// hyphen is a separator that lost its space before, not a compound's.
fn initial_after_caps(out: &Writer, input: &str, run: usize, i: usize) -> bool {
    let mut next = input[i + 1..].chars();
    if !(next.next().is_some_and(char::is_uppercase) && next.next() == Some('.')) {
        return false;
    }
    let mut tail = String::new();
    if run < i {
        let from = input.floor_char_boundary(run.max(i.saturating_sub(48)));
        if from == run {
            tail.push_str(
                &out.text[out
                    .text
                    .floor_char_boundary(out.text.len().saturating_sub(48))..],
            );
        }
        tail.push_str(&input[from..i - 1]);
    } else {
        let written = &out.text[out
            .text
            .floor_char_boundary(out.text.len().saturating_sub(48))..];
        tail.push_str(written.strip_suffix('-').unwrap_or(written));
    }
    let word = tail.rsplit(' ').next().unwrap_or("");
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
}

/// Whether the hyphen before the space at `i` closes a family name's
/// initials and separates the entries of a list ("DUVAL J-P- MARTIN C-"):
/// the word up to the hyphen is capitals alone joined by hyphens ("J",
/// "J-P"), after a word in capitals of two letters or more. That space
/// stays: the hyphen is no compound's ("Jean- Luc").
fn closes_initials(out: &Writer, input: &str, run: usize, i: usize) -> bool {
    // The text before the hyphen, as read: what was written, then what is
    // still to copy (a few words are enough).
    let mut tail = String::new();
    let written = &out.text[out
        .text
        .floor_char_boundary(out.text.len().saturating_sub(48))..];
    if run < i {
        let from = run.max(i.saturating_sub(48));
        if from == run {
            tail.push_str(written);
        }
        tail.push_str(&input[input.floor_char_boundary(from)..i - 1]);
    } else {
        tail.push_str(written.strip_suffix('-').unwrap_or(written));
    }
    let mut words = tail.rsplit(' ');
    let initials = words.next().unwrap_or("");
    let family = words.next().unwrap_or("");
    // "J", "J-P": one capital, then a hyphen and another, and so on.
    let letters_initial = !initials.is_empty()
        && initials
            .split('-')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    letters_initial
        && family.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && family
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
}

/// Whether the text read so far ends with a word cut by its hyphen
/// ("Marie-") and the next piece goes on with a capital ("  Laure
/// ROGER"): the length of the piece's leading blanks, to skip.
fn name_goes_on(read: &str, piece: &str) -> Option<usize> {
    let before = read.strip_suffix('-')?.chars().next_back()?;
    let rest = piece.trim_start_matches(' ');
    (before.is_alphabetic() && rest.starts_with(char::is_uppercase))
        .then_some(piece.len() - rest.len())
}

/// A hyphen at the end of a line: join the word it splits.
fn hyphen_break(
    input: &str,
    i: usize,
    end: usize,
    out: &Writer,
    run: usize,
) -> Option<(&'static str, usize)> {
    let bytes = input.as_bytes();
    // "-" then optional spaces then a newline (CRLF too).
    let mut j = i + 1;
    while j < end && bytes[j] == b' ' {
        j += 1;
    }
    if j < end && bytes[j] == b'\r' {
        j += 1;
    }
    // "dési- gnée", "Gé- néral": a line-end hyphen kept by a text flattened
    // into one line, one space after it, a small letter next; the word
    // before in small letters (its first letter may be a capital).
    if j == i + 2 && j < end && bytes[j].is_ascii_lowercase() {
        let word_before = word_before(input, run, i, out);
        let mut letters = word_before.chars();
        let lower_word = letters.next().is_some_and(char::is_alphabetic)
            && word_before.chars().count() >= 2
            && letters.all(char::is_lowercase);
        let next_is_lower = input[j..end].chars().next().is_some_and(char::is_lowercase);
        return (lower_word
            && next_is_lower
            && !HYPHENATED_NUMBERS.contains(&word_before.to_lowercase().as_str()))
        .then_some(("", 2));
    }
    if j >= end || bytes[j] != b'\n' {
        return None;
    }
    let after_newline = j + 1;
    let mut k = after_newline;
    while k < end && bytes[k] == b' ' {
        k += 1;
    }
    let next = input[k..end].chars().next()?;
    // The word before the hyphen, as already read.
    let word_before = word_before(input, run, i, out);
    if word_before.is_empty() || !word_before.chars().all(char::is_alphabetic) {
        return None;
    }
    if next.is_lowercase()
        && word_before.chars().all(char::is_lowercase)
        && !HYPHENATED_NUMBERS.contains(&word_before.to_lowercase().as_str())
    {
        // Soft hyphen: "conseil-\nlers" -> "conseillers".
        Some(("", k - i))
    } else if next.is_alphabetic() {
        // Real hyphen split at the line end: keep it, drop the break.
        Some(("-", k - i))
    } else {
        None
    }
}

fn word_before(input: &str, run: usize, i: usize, out: &Writer) -> String {
    let source: &str = if run < i { &input[run..i] } else { "" };
    let mut word: Vec<char> = source
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    // Whether the word takes all of `source`, in bytes: counting the
    // characters of the pending run at each hyphen is quadratic.
    let word_bytes: usize = word.iter().map(|c| c.len_utf8()).sum();
    if word_bytes == source.len() {
        word.extend(out.text.chars().rev().take_while(|c| c.is_alphabetic()));
    }
    word.into_iter().rev().collect()
}

/// The pieces of `input` to read, in order: the reading order's fragments
/// less page furniture, each with whether it goes on the line of the piece
/// before (where furniture was cut out of a line or between lines) rather
/// than starting a line of its own (a block or a column).
pub(super) fn reading_pieces(
    input: &str,
    fragments: Vec<Range<usize>>,
    feeds: &[usize],
) -> Vec<(Range<usize>, bool)> {
    let cut = furniture::furniture_with(input, feeds);
    let mut last_end: Option<usize> = None;
    without(fragments, &cut)
        .into_iter()
        .map(|piece| {
            // The first piece, or one whose gap from the piece before is
            // furniture and blanks only.
            let continues = last_end.is_none_or(|e| {
                e < piece.start && {
                    let mut pos = e;
                    for c in cut.iter().filter(|c| c.end > e && c.start < piece.start) {
                        if !input[pos..c.start.max(pos)].trim().is_empty() {
                            return false;
                        }
                        pos = pos.max(c.end);
                    }
                    pos > e && input[pos.min(piece.start)..piece.start].trim().is_empty()
                }
            });
            last_end = Some(piece.end);
            (piece, continues)
        })
        .collect()
}

/// `fragments` less the `cut` ranges (`cut` in order and disjoint).
fn without(fragments: Vec<Range<usize>>, cut: &[Range<usize>]) -> Vec<Range<usize>> {
    if cut.is_empty() {
        return fragments;
    }
    let mut out = Vec::with_capacity(fragments.len() + cut.len());
    for f in fragments {
        let mut start = f.start;
        // Cuts overlapping this fragment (fragments of a -layout page are
        // not in input order, so every cut is looked at).
        let first = cut.partition_point(|c| c.end <= f.start);
        for c in cut[first..].iter().take_while(|c| c.start < f.end) {
            if c.start > start {
                out.push(start..c.start);
            }
            start = start.max(c.end);
        }
        if start < f.end {
            out.push(start..f.end);
        }
    }
    out
}

mod accents;
mod furniture;
pub(crate) mod layout;
mod long_lines;
#[cfg(test)]
mod reference;
mod run_on;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let n = normalize(input);
        assert_eq!(n.text, expected, "normalising {input:?}");
    }

    #[test]
    fn spaces_apostrophes_dashes() {
        check("19\u{a0}800\u{202f}€", "19 800 €");
        check("l\u{2019}an – ici", "l'an - ici");
        check("a\tb\r\nc\rd", "a b\nc\nd");
        check("af\u{fb01}chage", "affichage");
        check("MASSEBŒUF, Cœur", "MASSEBOEUF, Coeur");
    }

    #[test]
    fn markdown_markup() {
        check("**Association Campus**", "Association Campus");
        check("2^{ème} Vice-Président", "2ème Vice-Président");
        check("## Procès-verbal", "Procès-verbal");
        check("Abstention*: 0", "Abstention: 0");
    }

    #[test]
    fn formatting_tags() {
        check(
            "la prési<strong>de</strong>nce de <B>Mme</B> X",
            "la présidence de Mme X",
        );
        check(
            "a < b, <br>, <strongest>, </",
            "a < b, <br>, <strongest>, </",
        );
        check("<em>x</em><", "x<");
        check(
            "Mme X -<br />\n\nM. Y<BR>\nM. Z<br/>  \n  \nM. W<br />",
            "Mme X -\nM. Y\nM. Z\nM. W\n",
        );
        check("a<br />b, <br>c", "a<br />b, <br>c");
    }

    #[test]
    fn letter_spaced_titles() {
        check(
            "C O N S E I L   M U N I C I P A L\nA B C",
            "CONSEIL MUNICIPAL\nA B C",
        );
        check("L ' A N   D E U X", "L'AN DEUX");
    }

    #[test]
    fn hyphenated_line_breaks() {
        check(
            "aux conseil-\nlers municipaux",
            "aux conseillers municipaux",
        );
        check(
            "Mme Marie-Perenot LABARDOT-\nVALOCHE, M.",
            "Mme Marie-Perenot LABARDOT-VALOCHE, M.",
        );
        check(
            "M. Jean-\r\nBaranolle FROASSOU",
            "M. Jean-Baranolle FROASSOU",
        );
        check("vingt-\ntrois", "vingt-trois");
        check("M. Jean- Luc GORANILLOU", "M. Jean-Luc GORANILLOU");
        check("Mme Marie-\u{2010}Agnès FOLDRE", "Mme Marie-Agnès FOLDRE");
        check("a -\u{2010} b", "a -- b");
        check("-\n- Les achats", "-\n- Les achats");
        // A line-end hyphen of a text flattened into one line.
        check(
            "a été dési- gné, Code Gé- néral",
            "a été désigné, Code Général",
        );
        check(
            "vingt- trois, d'une part - d'autre",
            "vingt- trois, d'une part - d'autre",
        );
        check("de Lampaul\u{2011} Plouarzel", "de Lampaul-Plouarzel");
    }

    /// Pieces of text that exercise every branch of the normaliser.
    const TRICKY: &[&str] = &[
        "a",
        "Jean",
        "LUC",
        "conseil",
        "vingt",
        "é",
        "É",
        "à",
        "ÿ",
        "Æ",
        "æ",
        "Œ",
        "œ",
        "ﬁ",
        "ﬀ",
        " ",
        "  ",
        "   ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u{c}",
        "\0",
        "\u{7f}",
        "\u{85}",
        "-",
        "- ",
        "-\n",
        "-  \r\n",
        "\u{2011}",
        "\u{2011} ",
        "–",
        "—",
        "\u{2212}",
        "^{",
        "^{ème}",
        "}",
        "^",
        "#",
        "## ",
        "*",
        "**",
        "`",
        "'",
        "\u{2019}",
        "\u{b4}",
        "\u{a0}",
        "\u{202f}",
        "\u{2009}",
        "\u{3000}",
        "\u{ad}",
        "\u{200b}",
        "\u{feff}",
        "º",
        "°",
        "…",
        "€",
        ".",
        ":",
        "(",
        "1",
        "<",
        "<strong>",
        "</strong>",
        "</B>",
        "<b",
        "</",
        "<em>x</em>",
        "C O N S E I L",
        "L ' A N",
        "É L U S",
        " A B C D E",
        "PRÉSENTS :                      ",
        "ORDRE DU JOUR :",
        "A B C",
        " D E\tF ",
        "G\u{a0}H I\u{a0}",
        "J  K L\r",
        "                         ",
    ];

    fn same_as_reference(input: &str) {
        let fast = normalize(input);
        let slow = reference::normalize(input);
        assert_eq!(fast.text, slow.text, "normalising {input:?}");
        assert_eq!(fast.map, slow.map, "offset map of {input:?}");
        assert_eq!(fast.tabs, slow.tabs, "tabs of {input:?}");
    }

    #[test]
    fn a_no_break_space_after_the_first_letter_is_no_letter_spacing() {
        // Found by the proptest below: the fast exit missed this case.
        same_as_reference(
            "é\u{a0}                         L ' A N A B C D E\n\u{2009}\u{a0}L ' A NORDRE DU JOUR :\u{202f}Éà:",
        );
    }

    #[test]
    fn fixtures_normalise_as_the_reference_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                same_as_reference(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    #[test]
    fn tricky_pieces_normalise_as_the_reference_does() {
        for a in TRICKY {
            for b in TRICKY {
                for sep in ["", " ", "\n"] {
                    same_as_reference(&format!("{a}{sep}{b}"));
                    same_as_reference(&format!("{b}{sep}{a}{sep}{b}\n"));
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 2000, ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn random_texts_normalise_as_the_reference_does(
            pieces in proptest::collection::vec(0..TRICKY.len(), 0..60),
        ) {
            let input: String = pieces.iter().map(|&i| TRICKY[i]).collect();
            same_as_reference(&input);
        }

        #[test]
        fn any_text_normalises_as_the_reference_does(input in "\\PC{0,200}") {
            same_as_reference(&input);
        }
    }

    #[test]
    fn offsets_map_back_to_the_input() {
        let input = "Mme\u{a0}Marie CASANARDOT l\u{2019}a **dit** 2^{ème}";
        let n = normalize(input);
        let at = |needle: &str| {
            let s = n.text.find(needle).unwrap();
            let r = n.original(s..s + needle.len());
            &input[r]
        };
        assert_eq!(at("Mme Marie CASANARDOT"), "Mme\u{a0}Marie CASANARDOT");
        assert_eq!(at("l'a"), "l\u{2019}a");
        assert_eq!(at("dit"), "dit");
        assert_eq!(at("2ème"), "2^{ème");
        assert_eq!(at("ème"), "ème");
    }
}
