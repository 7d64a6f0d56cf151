//! Byte-offset spans into the input as given, and their line and column.

use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Where a record was read: byte offsets into the input the caller gave.
///
/// `&input[span.start..span.end]` is the text that was read. `line` and
/// `column` locate `start` for people: both start at 1 and the column counts
/// characters, not bytes.
///
/// ```
/// let input = "Secrétaire de séance : M. Denis MONOUZE";
/// let doc = deliberation::parse(input).unwrap();
/// let secretary = doc.meeting.secretary.unwrap();
/// assert_eq!(&input[secretary.span.start..secretary.span.end], "M. Denis MONOUZE");
/// assert_eq!((secretary.span.line, secretary.span.column), (1, 24));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte of the text read.
    pub start: usize,
    /// One past the last byte of the text read.
    pub end: usize,
    /// Line of `start`, from 1.
    pub line: usize,
    /// Column of `start` in characters, from 1.
    pub column: usize,
}

impl Span {
    /// The text this span covers in `input`, or `""` if it does not fit.
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.start..self.end).unwrap_or("")
    }
}

/// Turns byte offsets into line and column numbers in one input.
///
/// Built once per document; each lookup costs a binary search plus a scan of
/// at most [`LineIndex::CHECKPOINT`] bytes, so a ten-megabyte single-line
/// document costs no more per span than a short one.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex<'a> {
    input: &'a str,
    line_starts: Vec<usize>,
    /// Characters before each multiple of `CHECKPOINT` bytes, counted on
    /// the first look-up that needs them (a line longer than a checkpoint):
    /// most texts have none, and counting them cost a pass over the text.
    chars_before: OnceLock<Vec<usize>>,
    /// The last column counted on a short line: its line's start, the
    /// offset and the characters from the one to the other. The people of
    /// a list are looked up in order along its line, each counted on from
    /// the one before rather than from the line's start.
    last: Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    const CHECKPOINT: usize = 1024;

    pub(crate) fn new(input: &'a str) -> Self {
        let feeds: Vec<usize> = crate::text::line_feeds(input).collect();
        LineIndex::with_feeds(input, &feeds)
    }

    /// The index of `input`, the offsets of its line feeds given.
    pub(crate) fn with_feeds(input: &'a str, feeds: &[usize]) -> Self {
        let mut line_starts = Vec::with_capacity(feeds.len() + 1);
        line_starts.push(0);
        line_starts.extend(feeds.iter().map(|i| i + 1));
        LineIndex {
            input,
            line_starts,
            chars_before: OnceLock::new(),
            last: Cell::new((0, 0, 0)),
        }
    }

    /// Characters before each multiple of `CHECKPOINT` bytes, and in the
    /// whole input.
    fn chars_before(&self) -> &[usize] {
        self.chars_before.get_or_init(|| {
            let input = self.input;
            let mut chars_before = Vec::with_capacity(input.len() / Self::CHECKPOINT + 2);
            let mut count = 0;
            for from in (0..input.len()).step_by(Self::CHECKPOINT) {
                chars_before.push(count);
                count += count_chars(input, from..input.len().min(from + Self::CHECKPOINT));
            }
            chars_before.push(count);
            chars_before
        })
    }

    /// Characters in `input[..offset]`.
    fn chars_to(&self, offset: usize) -> usize {
        let block = offset / Self::CHECKPOINT;
        self.chars_before()[block] + count_chars(self.input, block * Self::CHECKPOINT..offset)
    }

    /// Line and column (both from 1) of a byte offset.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.input.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        // Most lines are short: count their characters rather than two
        // stretches from checkpoints.
        let column = if offset - start <= Self::CHECKPOINT {
            // (A count of the bytes that start a character: the counts of
            // two stretches add up.)
            let (last_start, last_offset, last_column) = self.last.get();
            let column = if last_start == start && (start..=offset).contains(&last_offset) {
                last_column + count_chars(self.input, last_offset..offset)
            } else {
                count_chars(self.input, start..offset)
            };
            self.last.set((start, offset, column));
            column
        } else {
            self.chars_to(offset) - self.chars_to(start)
        };
        (line, column + 1)
    }

    /// A span for `start..end`, with its line and column.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let (line, column) = self.line_column(start);
        Span {
            start,
            end: end.max(start),
            line,
            column,
        }
    }
}

/// Characters in `input[range]`, counting bytes that start one when the
/// range cuts a character.
fn count_chars(input: &str, range: Range<usize>) -> usize {
    if let Some(text) = input.get(range.clone()) {
        return text.chars().count();
    }
    // A cut character: the continuation bytes before the first whole one
    // start none, and the last character cut at the end starts one. The
    // whole characters in between are counted by the vector count.
    let (start, end) = (
        input.ceil_char_boundary(range.start),
        input.floor_char_boundary(range.end),
    );
    if start <= end {
        input[start..end].chars().count() + usize::from(end < range.end)
    } else {
        input.as_bytes()[range]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "é\nabc déf\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(0), (1, 1));
        assert_eq!(index.line_column(3), (2, 1));
        let d = text.find('d').unwrap();
        assert_eq!(index.line_column(d), (2, 5));
        assert_eq!(index.line_column(text.len()), (3, 1));
    }

    #[test]
    fn a_cut_range_counts_the_bytes_that_start_a_character() {
        let text = "aé€𝄞b€";
        for start in 0..=text.len() {
            for end in start..=text.len() {
                let bytes = text.as_bytes()[start..end]
                    .iter()
                    .filter(|&&b| !is_continuation(b))
                    .count();
                assert_eq!(count_chars(text, start..end), bytes, "{start}..{end}");
            }
        }
    }

    const PIECES: &[&str] = &["a", " ", "\n", "\r\n", "é", "€", "𝄞", "abcdefghijklmnop"];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 64, ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn every_offset_as_a_plain_count_says(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..100),
            long_line in proptest::option::of(0..PIECES.len()),
            long_len in 1000usize..2200,
        ) {
            let mut text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            // A line longer than a checkpoint, or lines across one.
            if let Some(i) = long_line {
                text += &PIECES[i].repeat(long_len / PIECES[i].len());
            }
            let index = LineIndex::new(&text);
            // Line feeds before, bytes starting a character since the line's
            // start (offsets inside a character included).
            let (mut line, mut column) = (1, 1);
            for offset in 0..=text.len() {
                proptest::prop_assert_eq!(index.line_column(offset), (line, column));
                match text.as_bytes().get(offset) {
                    Some(b'\n') => (line, column) = (line + 1, 1),
                    Some(&b) if !is_continuation(b) => column += 1,
                    _ => {}
                }
            }
            proptest::prop_assert_eq!(index.line_column(text.len() + 1), (line, column));
        }
    }

    #[test]
    fn long_lines_cross_checkpoints() {
        let text = "é".repeat(3000) + "x";
        let index = LineIndex::new(&text);
        assert_eq!(index.line_column(text.len() - 1), (1, 3001));
    }
}
