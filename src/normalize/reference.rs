//! A deliberate test oracle: the straightforward scans that the fast
//! normaliser replaced, swapped back into the same driver, so that tests
//! can check that both normalise every text the same way.

use std::ops::Range;

use super::layout::{line_gaps, reading_order_with, table_columns};
use super::{Normalized, Scans, Writer, after_hyphen, letter_spaced_words, normalize_with};

/// The straightforward scans: a byte at a time, no fast exits.
struct Reference;

impl Scans for Reference {
    fn reading_order(input: &str) -> Vec<Range<usize>> {
        table_columns(input).unwrap_or_else(|| {
            reading_order_with(input, |b| b.windows(3).any(|w| w == b"   "), line_gaps)
        })
    }

    fn unchanged(input: &str, i: usize, _: usize, out: &Writer, run: usize) -> usize {
        // ASCII letters and digits, and spaces not after a hyphen.
        let b = input.as_bytes()[i];
        if b.is_ascii_alphanumeric() || (b == b' ' && !after_hyphen(out, input, run, i)) {
            i + 1
        } else {
            i
        }
    }

    fn letter_spaced(line: &str) -> Option<(String, usize)> {
        letter_spaced_words(line)
    }
}

/// [`super::normalize`], the slow way.
pub(super) fn normalize(input: &str) -> Normalized<'_> {
    normalize_with::<Reference>(input)
}
