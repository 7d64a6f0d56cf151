//! Two-column pages (`pdftotext -layout`): read the left column of a block,
//! then its right column. A document that is one two-cell table
//! ("|margin|body|" rows) is read column by column, the body first.
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
    table_columns(input).unwrap_or_else(|| reading_order_with(input, has_three_spaces, gaps))
}

/// A document laid out as a table of two cells a row, "|margin|body|" on
/// every line (a Word page with a margin box, as antiword prints it): the
/// cells of the column with more text (the body), then those of the other
/// (the margin), each cell a line.
/// None unless nine lines in ten are such rows, at least twenty of them.
pub(super) fn table_columns(input: &str) -> Option<Vec<Range<usize>>> {
    if !input.trim_start().starts_with('|') {
        return None;
    }
    let lines = lines(input);
    // Each row's two cells, and its line feed.
    let mut cells: Vec<([Range<usize>; 2], usize)> = Vec::with_capacity(lines.len());
    let mut other = 0;
    for line in &lines {
        let text = input[line.clone()].trim_end_matches('\r');
        if text.trim().is_empty() {
            continue;
        }
        let bars: Vec<usize> = text
            .match_indices('|')
            .map(|(i, _)| line.start + i)
            .collect();
        if text.starts_with('|') && text.ends_with('|') && bars.len() == 3 {
            cells.push(([bars[0] + 1..bars[1], bars[1] + 1..bars[2]], line.end));
        } else {
            other += 1;
        }
    }
    if cells.len() < 20 || other * 10 > cells.len() + other {
        return None;
    }
    // A cell's text, or for an empty cell the row's line feed: an empty
    // line, so that paragraphs stay apart.
    let cell_text = |r: &Range<usize>, feed: usize| {
        let cell = &input[r.clone()];
        let lead = cell.len() - cell.trim_start().len();
        match cell.trim().len() {
            0 if feed < input.len() => feed..feed + 1,
            len => r.start + lead..r.start + lead + len,
        }
    };
    // The body first: the column with more text; the margin after it.
    let text_in = |c: usize| -> usize {
        cells
            .iter()
            .map(|(row, _)| input[row[c].clone()].trim().len())
            .sum()
    };
    let order = if text_in(1) > text_in(0) {
        [1, 0]
    } else {
        [0, 1]
    };
    Some(
        order
            .into_iter()
            .flat_map(|c| {
                cells
                    .iter()
                    .map(move |(row, feed)| cell_text(&row[c], *feed))
            })
            .collect(),
    )
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
    // A table of three columns or more ("Commune  Nom  X"), most of its
    // lines with two gaps or more, is read line by line: its cells are one
    // row's, not two columns of a page. (A table drawn with bars, as
    // antiword gives a document's, has a gap before each bar: its columns
    // are read apart, as before.)
    let drawn = block.iter().any(|r| input[r.clone()].contains('|'));
    let table = !drawn
        && block.len() >= 3
        && per_line.iter().filter(|g| g.len() >= 2).count() * 3 >= block.len() * 2;
    let Some(column) = column.filter(|_| !table) else {
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
    fn a_two_cell_table_is_read_body_first() {
        let row = |l: &str, r: &str| format!("|{l:<12}|{r:<40}|\n");
        let mut input = String::new();
        for k in 0..24 {
            input += &row(
                if k == 3 { "en exercice" } else { "" },
                &format!("ligne {k} du corps"),
            );
        }
        let read = read(&input);
        assert_eq!(read[0], "ligne 0 du corps");
        assert_eq!(read[23], "ligne 23 du corps");
        assert!(read[24..].contains(&"en exercice"));
        // A table among other lines is no page layout.
        let mixed = format!("Présents :\n{}{}", row("a", "b"), "texte\n".repeat(30));
        assert_eq!(reading_order(&mixed), vec![0..mixed.len()]);
    }

    #[test]
    fn a_table_of_three_columns_is_no_page_layout() {
        let input = " AVRILLY                    MARTIN Paul              X\n BESSON                     ROUX Anne                X\n CHAZEUIL                   FABRE Luc                                   X\n";
        assert_eq!(reading_order(input), vec![0..input.len()]);
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
