//! Stage 3: one small grammar per thing recognised inside a section.
//!
//! Each module reads the normalised text and returns offsets into it; the
//! extract stage maps them back to the input.

/// A lazily compiled regex: compiled once per process, on first use.
macro_rules! regex {
    ($re:expr $(,)?) => {{
        static RE: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($re).expect("valid regex"));
        &*RE
    }};
}
pub(crate) use regex;

/// A lazily compiled regex searched in a lower-cased copy of the text
/// (ASCII letters lowered, same offsets; see `Extractor::lower`). Its
/// literals are then plain lower-case words, which the regex engine finds
/// with its SIMD prefilter, where a `(?i)` pattern (every case variant a
/// literal) makes it step over every byte. An ASCII capital in the pattern
/// could never match: debug builds check there is none.
macro_rules! lower_regex {
    ($re:expr $(,)?) => {{
        static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            debug_assert!(
                $crate::grammar::lower_case_pattern($re),
                "an ASCII capital or (?i) in a pattern for the lower-cased text: {}",
                $re
            );
            regex::Regex::new($re).expect("valid regex")
        });
        &*RE
    }};
}
pub(crate) use lower_regex;

/// Whether a pattern has no ASCII capital outside its escapes (`\S`,
/// `\p{Lu}`) and no `(?i)`: a pattern for the lower-cased text.
pub(crate) fn lower_case_pattern(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            // `\p{Lu}`, `\P{L}`: skip the braces too.
            '\\' if matches!(chars.next(), Some('p' | 'P'))
                && chars.clone().next() == Some('{') =>
            {
                chars.by_ref().find(|&c| c == '}');
            }
            c if c.is_ascii_uppercase() => return false,
            _ => {}
        }
    }
    !pattern.contains("(?i")
}

/// The leftmost captures of `re` in `hay` that `ok` accepts, trying every
/// start in turn: what `re` with a bound written into it (`{0,120}`) would
/// find, when `ok` checks that bound. A counted repetition of a class
/// compiles to as many copies of it (milliseconds at start-up for a
/// Unicode class), so such bounds are checked on the match instead.
pub(crate) fn captures_where<'h>(
    re: &regex::Regex,
    hay: &'h str,
    ok: impl Fn(&regex::Captures<'h>) -> bool,
) -> Option<regex::Captures<'h>> {
    let mut from = 0;
    while let Some(c) = re.captures_at(hay, from) {
        if ok(&c) {
            return Some(c);
        }
        let start = c.get(0).expect("match").start();
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
        if from > hay.len() {
            return None;
        }
    }
    None
}

pub(crate) mod amounts;
pub(crate) mod date;
pub(crate) mod notes;
pub(crate) mod numbers;
pub(crate) mod people;
pub(crate) mod votes;

/// Whether `c` is a word character for a Unicode `\b` (`\w`).
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    regex!(r"\A\w\z").is_match(c.encode_utf8(&mut [0; 4]))
}

/// Whether `text[..start]` does not end and `text[end..]` does not start
/// with a word character: the Unicode `\b` edges of a match whose first and
/// last characters are word characters.
///
/// Hot regexes use an ASCII `(?-u:\b)` and check this on each match: with a
/// Unicode `\b` the lazy DFA gives up on the first non-ASCII byte (every
/// few words in French) and the regex falls back to a far slower engine.
pub(crate) fn unicode_word_edges(text: &str, start: usize, end: usize) -> bool {
    word_starts_at(text, start) && word_ends_at(text, end)
}

/// Whether no word character comes right before `text[at..]`: the Unicode
/// `\b` before a match that starts with a word character.
pub(crate) fn word_starts_at(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(is_word_char)
}

/// Whether no word character comes right after `text[..at]`: the Unicode
/// `\b` after a match that ends with a word character.
pub(crate) fn word_ends_at(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_char)
}

/// The lines of `hay` whose first byte after spaces and tabs passes
/// `first`: each as its offset in `hay` and its text, line feed included.
///
/// A gate in front of a `(?m)^[ \t]*...` regex that cannot cross a line:
/// running it on the few lines that can start a match gives the same
/// matches as a scan of the whole text, at a fraction of the cost (such a
/// pattern has no literal prefix for the regex engine to skip ahead with).
pub(crate) fn lines_where(
    hay: &str,
    first: impl Fn(u8) -> bool,
) -> impl Iterator<Item = (usize, &str)> {
    let bytes = hay.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let start = pos;
            // `str::find` of a `char` runs `memchr`.
            let end = hay[start..]
                .find('\n')
                .map_or(bytes.len(), |p| start + p + 1);
            pos = end;
            let lead = bytes[start..end]
                .iter()
                .position(|&b| b != b' ' && b != b'\t')
                .map_or(end, |p| start + p);
            if lead < end && first(bytes[lead]) {
                return Some((start, &hay[start..end]));
            }
        }
        None
    })
}

/// Letters folded for comparison: lower case, accents removed.
pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().filter_map(fold_char));
    out
}

/// Whether `text` folds to `target` (as [`fold`] would give it), without
/// allocating: for comparisons with word lists. `target` is ASCII.
pub(crate) fn folds_to(text: &str, target: &str) -> bool {
    // One character folds to one: `text` has as many, of 1 to 4 bytes.
    if text.len() < target.len() || text.len() > 4 * target.len() {
        return false;
    }
    let mut expected = target.chars();
    text.chars()
        .filter_map(fold_char)
        .all(|c| expected.next() == Some(c))
        && expected.next().is_none()
}

/// One letter folded: lower case without accent (`É` → `e`).
pub(crate) fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let c = match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'Ç' | 'ç' => 'c',
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' => 'e',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => 'y',
        'Œ' | 'œ' => 'o',
        'Æ' | 'æ' => 'a',
        c => c.to_lowercase().next().unwrap_or(c),
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_where_gives_the_lines_whose_first_byte_passes() {
        let text = "a\n  1. b\n\t2) c\n3";
        let digits: Vec<_> = lines_where(text, |b| b.is_ascii_digit()).collect();
        assert_eq!(digits, [(2, "  1. b\n"), (9, "\t2) c\n"), (15, "3")]);
        assert_eq!(lines_where("", |_| true).count(), 0);
        assert_eq!(
            lines_where(" \n\n", |b| b.is_ascii_alphanumeric()).count(),
            0
        );
    }

    #[test]
    fn lower_case_patterns() {
        assert!(lower_case_pattern(r"(?-u:\b)pour\S+\p{Lu}[éÉe]\P{L}"));
        assert!(!lower_case_pattern("Pour"));
        assert!(!lower_case_pattern("(?i)pour"));
        assert!(!lower_case_pattern(r"\d+ ADOPTE"));
    }

    #[test]
    fn folds_to_agrees_with_fold() {
        let words = [
            "Présents",
            "PRESENTS",
            "présent",
            "Œuvre",
            "d'",
            "D'",
            "",
            "élu",
            "ÉLUS",
            "ﬁn",
        ];
        let targets = [
            "presents", "present", "oeuvre", "ouvre", "d'", "", "elu", "elus", "fin",
        ];
        for w in words {
            for t in targets {
                assert_eq!(folds_to(w, t), fold(w) == t, "{w:?} / {t:?}");
            }
        }
    }

    const PIECES: &[&str] = &[
        "secrétaire de séance",
        "Secrétaire de Séance",
        ".",
        " ",
        "  ",
        "é",
        "abc",
        "désigné",
        "désignée",
        "M. Paul DORANGE",
        "\n",
        "x",
    ];

    proptest::proptest! {
        /// `captures_where` with a bound checked on the match finds what the
        /// pattern with the bound written into it finds.
        #[test]
        fn captures_where_is_the_bounded_pattern(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..60),
        ) {
            let hay: String = pieces.iter().map(|&i| PIECES[i]).collect();
            let bounded = regex::Regex::new(
                r"(?i)secr[ée]taire de s[ée]ance[^.]{0,12}\.\s*([^.]{0,20}?d[ée]sign[ée]e?)",
            ).unwrap();
            let open = regex::Regex::new(
                r"(?i)secr[ée]taire de s[ée]ance([^.]*)\.\s*([^.]*?)d[ée]sign[ée]e?",
            ).unwrap();
            let want = bounded.captures(&hay).map(|c| c.get(0).unwrap().range());
            let got = captures_where(&open, &hay, |c| {
                c[1].chars().count() <= 12 && c[2].chars().count() <= 20
            })
            .map(|c| c.get(0).unwrap().range());
            proptest::prop_assert_eq!(got, want);
        }
    }
}
