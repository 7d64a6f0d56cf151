//! Two-column pages (`pdftotext -layout`): read the left column of a block,
//! then its right column.
//!
//! A block is a run of lines between blank lines. It is two-column when at
//! least two of its lines have text, a gap of three spaces or more, and more
//! text starting at the same column. Lines of the block that start at or
//! after that column belong to the right column; lines with no such gap stay
//! whole in the left one.

use std::ops::Range;

/// Where a line's right-hand text may start, per [`gaps`].
pub(super) type Gaps = fn(&str) -> Vec<(usize, usize)>;

/// Byte ranges of `input` in reading order. Without columns this is the
/// whole input in one range.
pub(crate) fn reading_order(input: &str) -> Vec<Range<usize>> {
    reading_order_with(input, has_three_spaces, gaps)
}

/// [`reading_order`] with its two scans given: whether bytes hold three
/// spaces in a row, and a line's gaps (the tests' reference passes the
/// straightforward versions of the fast ones).
#[allow(clippy::single_range_in_vec_init)]
pub(super) fn reading_order_with(
    input: &str,
    three_spaces: fn(&[u8]) -> bool,
    gaps: Gaps,
) -> Vec<Range<usize>> {
    // Cheap test first: most texts have no wide gaps at all.
    if !three_spaces(input.as_bytes()) {
        return vec![0..input.len()];
    }
    let lines = lines(input);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut split_any = false;
    let mut block_start = 0;
    for i in 0..=lines.len() {
        let blank = i == lines.len() || input[lines[i].clone()].trim().is_empty();
        if blank {
            if block_start < i {
                split_any |= emit_block(input, &lines[block_start..i], gaps, &mut out);
            }
            if i < lines.len() {
                out.push(lines[i].start..line_end(input, lines[i].end));
            }
            block_start = i + 1;
        }
    }
    if !split_any {
        return vec![0..input.len()];
    }
    // Lines that follow each other in the input stay one range, so that
    // what is read across a line break ("Jean-\nClaude") reads the same as
    // on a page without columns.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if last.end == r.start => last.end = r.end,
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether `bytes` holds three spaces in a row: one vector search
/// (`memmem`), where a loop looking at one byte in three cost two
/// instructions a byte of every text without columns.
fn has_three_spaces(bytes: &[u8]) -> bool {
    // Built once: the lines of a `-layout` page are each searched too.
    static THREE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"   "));
    THREE.find(bytes).is_some()
}

/// Line ranges without their line feed (a CR stays, normalisation drops it).
fn lines(input: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in input.bytes().enumerate() {
        if b == b'\n' {
            lines.push(start..i);
            start = i + 1;
        }
    }
    if start < input.len() {
        lines.push(start..input.len());
    }
    lines
}

/// The end of a line including its line feed, if any.
fn line_end(input: &str, end: usize) -> usize {
    if input.as_bytes().get(end) == Some(&b'\n') {
        end + 1
    } else {
        end
    }
}

/// Where a line's right-hand text may start: the byte offset and character
/// column just after each gap of three spaces or more that follows text.
fn gaps(line: &str) -> Vec<(usize, usize)> {
    // Most lines: no gap, no allocation, no character decoding.
    if !has_three_spaces(line.as_bytes()) {
        return Vec::new();
    }
    line_gaps(line)
}

/// [`gaps`] without its fast exit.
pub(super) fn line_gaps(line: &str) -> Vec<(usize, usize)> {
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

fn indent(line: &str) -> usize {
    line.chars().take_while(|&c| c == ' ').count()
}

/// Emit one block; returns whether it was split into two columns.
fn emit_block(
    input: &str,
    block: &[Range<usize>],
    gaps: Gaps,
    out: &mut Vec<Range<usize>>,
) -> bool {
    let per_line: Vec<Vec<(usize, usize)>> =
        block.iter().map(|r| gaps(&input[r.clone()])).collect();
    // The leftmost column at which at least two lines start right-hand text.
    let mut columns: Vec<usize> = per_line.iter().flatten().map(|&(_, c)| c).collect();
    columns.sort_unstable();
    let column = columns
        .windows(2)
        .find(|w| w[1] - w[0] <= 1)
        .map(|w| w[0])
        .filter(|&c| c >= 20);
    let Some(column) = column else {
        for r in block {
            out.push(r.start..line_end(input, r.end));
        }
        return false;
    };
    let mut right: Vec<Range<usize>> = Vec::new();
    for (r, gaps) in block.iter().zip(&per_line) {
        let text = &input[r.clone()];
        if indent(text) + 1 >= column {
            right.push(r.clone());
        } else if let Some(&(byte, _)) = gaps.iter().find(|&&(_, c)| c + 1 >= column) {
            out.push(r.start..r.start + byte);
            right.push(r.start + byte..r.end);
        } else {
            out.push(r.clone());
        }
    }
    out.extend(right);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<&str> {
        reading_order(input)
            .into_iter()
            .map(|r| input[r].trim())
            .collect()
    }

    #[test]
    fn three_spaces_anywhere() {
        // Every text of up to 12 letters and spaces.
        for len in 0..=12 {
            for bits in 0..1u32 << len {
                let text: Vec<u8> = (0..len)
                    .map(|k| if bits >> k & 1 == 1 { b' ' } else { b'a' })
                    .collect();
                let expected = text.windows(3).any(|w| w == b"   ");
                assert_eq!(has_three_spaces(&text), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn single_column_is_one_range() {
        let text = "Présents : M. A B\n\nLe Maire,\n";
        assert_eq!(reading_order(text), vec![0..text.len()]);
    }

    #[test]
    fn two_columns_read_left_then_right() {
        let text = "PRÉSENTS :                      ORDRE DU JOUR :\n\
                    M. Jean DUPONT, Maire           1. Approbation du compte\n\
                    Mme Anne MARTIN                    rendu\n";
        assert_eq!(
            read(text),
            vec![
                "PRÉSENTS :",
                "M. Jean DUPONT, Maire",
                "Mme Anne MARTIN",
                "ORDRE DU JOUR :",
                "1. Approbation du compte",
                "rendu"
            ]
        );
    }
}
