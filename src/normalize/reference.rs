//! The straightforward implementation the fast one replaced, kept for tests
//! that compare the two.

use std::ops::Range;

use super::{
    Normalized, OffsetMap, Writer, after_hyphen, hyphen_break, next_is_lower, only_spaces_before,
};

/// [`super::normalize`], the slow way.
pub(super) fn normalize(input: &str) -> Normalized {
    let fragments = super::reading_pieces(input, reading_order(input));
    let mut out = Writer {
        text: String::with_capacity(input.len()),
        map: OffsetMap {
            orig_len: input.len(),
            ..OffsetMap::default()
        },
    };
    for (fragment, continues) in fragments {
        if !continues && !out.text.ends_with('\n') {
            out.insert("\n", fragment.start);
        }
        normalize_fragment(input, fragment, &mut out);
    }
    out.map.norm_len = out.text.len();
    Normalized {
        text: out.text,
        map: out.map,
    }
}

fn normalize_fragment(input: &str, range: Range<usize>, out: &mut Writer) {
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
        let b = bytes[i];
        // "C O N S E I L   M U N I C I P A L": a letter-spaced title.
        if (i == range.start || bytes[i - 1] == b'\n')
            && let Some((collapsed, len)) = letter_spaced(&input[i..end])
        {
            flush!(i);
            out.replace(&collapsed, i..i + len);
            i += len;
            run = i;
            continue;
        }
        // Fast path: ASCII bytes that never change.
        if b.is_ascii_alphanumeric() || (b == b' ' && !after_hyphen(out, input, run, i)) {
            i += 1;
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
            '\u{2010}'..='\u{2015}' | '\u{2212}' => Some(("-", len)),
            '\u{fb00}' => Some(("ff", len)),
            '\u{fb01}' => Some(("fi", len)),
            '\u{fb02}' => Some(("fl", len)),
            '\u{fb03}' => Some(("ffi", len)),
            '\u{fb04}' => Some(("ffl", len)),
            '\u{fb05}' | '\u{fb06}' => Some(("st", len)),
            'Œ' => Some((
                if next_is_lower(input, i + len) {
                    "Oe"
                } else {
                    "OE"
                },
                len,
            )),
            'œ' => Some(("oe", len)),
            'Æ' => Some((
                if next_is_lower(input, i + len) {
                    "Ae"
                } else {
                    "AE"
                },
                len,
            )),
            'æ' => Some(("ae", len)),
            '\u{ba}' | '\u{2da}' => Some(("°", len)),
            '\u{2026}' => Some(("...", len)),
            '*' => Some(("", 1)),
            ' ' if after_hyphen(out, input, run, i) => Some(("", 1)),
            '^' if bytes.get(i + 1) == Some(&b'{') => {
                // "^{ème}" -> "ème"; only when closed nearby.
                match input[i + 2..input.floor_char_boundary(end.min(i + 24))].find('}') {
                    Some(close) => {
                        flush!(i);
                        out.replace("", i..i + 2);
                        let inner = i + 2..i + 2 + close;
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
            c if c.is_control() && c != '\n' => Some((" ", len)),
            _ => None,
        };
        match replacement {
            Some((with, consumed)) => {
                flush!(i);
                out.replace(with, i..i + consumed);
                i += consumed;
                run = i;
            }
            None => i += len,
        }
    }
    flush!(end);
}

/// A line of single letters separated by single spaces, words by two or
/// more: its collapsed text and its length (line feed excluded).
fn letter_spaced(line: &str) -> Option<(String, usize)> {
    let len = line.find('\n').unwrap_or(line.len());
    let body = line[..len].trim_end_matches(['\r', ' ']);
    let lead = body.len() - body.trim_start().len();
    // Fast exit, same answer: unless its second character is a space, the
    // line's first word is longer than one letter (most lines: splitting
    // each of them into words made this most of the normalising time).
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

/// [`super::layout::reading_order`] with the straightforward scans.
fn reading_order(input: &str) -> Vec<Range<usize>> {
    super::layout::reading_order_with(input, |b| b.windows(3).any(|w| w == b"   "), gaps)
}

/// Where a line's right-hand text may start: the byte offset and character
/// column just after each gap of three spaces or more that follows text.
fn gaps(line: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut spaces = 0;
    let mut seen_text = false;
    for (col, (byte, ch)) in line.char_indices().enumerate() {
        if ch == ' ' {
            spaces += 1;
        } else {
            if seen_text && spaces >= 3 {
                found.push((byte, col));
            }
            if !ch.is_whitespace() {
                seen_text = true;
            }
            spaces = 0;
        }
    }
    found
}
