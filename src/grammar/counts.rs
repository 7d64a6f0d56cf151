//! Counted votes written as pairs of a number and what it counts, in any
//! order and with any separator: "0 contre, 0 abstention, 11 pour",
//! "2 votes contre 1 abstention 9 votes pour", "Vote : 14 pour / 0 contre
//! / 0 abstention", "13 voix « Pour », 2 voix « Contre », 2 « Abstention
//! »", "« Pour » : 12, « Contre » : 1", "onze voix pour et une
//! abstention (M. X)".
//!
//! A small sequential grammar (nom): a pair is a count and a category or a
//! category, a colon and a count; a cluster is pairs apart by separators
//! (commas, slashes, "et", names in brackets).

use std::ops::Range;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::{char, digit1};
use nom::combinator::{map_res, opt, recognize};
use nom::{IResult, Parser};

use super::numbers::number_words;

/// What a count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    For,
    Against,
    Abstentions,
    /// Blank or void ballots: part of a tally, counted in no field.
    Blank,
}

/// One count and what it counts, with where it was read (relative to the
/// text the cluster was read from).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub(crate) category: Category,
    pub(crate) count: u32,
    pub(crate) range: Range<usize>,
    /// Written with "voix", "votes" or "suffrages" ("11 voix pour").
    pub(crate) with_vote_word: bool,
    /// The count written before what it counts ("11 pour", not "pour : 11").
    pub(crate) counted_first: bool,
}

/// Pairs written one after the other: one tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cluster {
    pub(crate) pairs: Vec<Pair>,
    pub(crate) range: Range<usize>,
}

impl Cluster {
    /// The count of a category, the first written.
    pub(crate) fn get(&self, category: Category) -> Option<u32> {
        self.pairs
            .iter()
            .find(|p| p.category == category)
            .map(|p| p.count)
    }

    /// Whether the pairs make a tally rather than numbers in prose ("pour
    /// 2 ans"): two categories at least, or one count of votes for or
    /// against ("12 votes pour").
    fn is_tally(&self) -> bool {
        let mut kinds: Vec<Category> = self.pairs.iter().map(|p| p.category).collect();
        kinds.dedup();
        kinds.len() >= 2
            || self.pairs.iter().any(|p| {
                p.with_vote_word && matches!(p.category, Category::For | Category::Against)
            })
    }
}

/// The first tally written as counted pairs in `lower` (a text with ASCII
/// letters in lower case), if any.
pub(crate) fn first_tally(lower: &str) -> Option<Cluster> {
    first_tally_where(lower, may_start_pair)
}

/// The first tally in `lower`, the grammar tried at the word starts `may_start`
/// lets through; after a cluster that is no tally, from its end.
fn first_tally_where(lower: &str, may_start: impl Fn(&[u8]) -> bool) -> Option<Cluster> {
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80);
        if word_start
            && may_start(&bytes[i..])
            && let Some(c) = cluster_at(lower, i)
        {
            if c.is_tally() || alone_on_its_line(lower, &c) {
                return Some(c);
            }
            i = c.range.end.max(i + 1);
            continue;
        }
        i += 1;
        while i < bytes.len() && !lower.is_char_boundary(i) {
            i += 1;
        }
    }
    None
}

/// Whether `c` is one count of votes for or against, written before its
/// word and alone on its line but for a bullet or a full stop: "15 pour"
/// under an item's title, a tally as the whole line is one, where in prose
/// ("pour 2 ans", "3 pour cent") a lone pair is none.
fn alone_on_its_line(lower: &str, c: &Cluster) -> bool {
    let [p] = c.pairs.as_slice() else {
        return false;
    };
    if !p.counted_first || !matches!(p.category, Category::For | Category::Against) {
        return false;
    }
    let line_start = lower[..c.range.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = lower[c.range.end..]
        .find('\n')
        .map_or(lower.len(), |k| c.range.end + k);
    let before =
        lower[line_start..c.range.start].trim_start_matches(['-', '–', '•', '*', ' ', '\t']);
    let after = lower[c.range.end..line_end].trim_end_matches(['.', ' ', '\t', '\r']);
    before.is_empty() && after.is_empty() && line_start > 0
}

/// Whether `line` (lower case) holds counted pairs and nothing else but a
/// bullet, separators and names in brackets: "- 17 pour", "Contre : 0",
/// "4 contre (M. X, Mme Y)". A tally's last lines, written under its first.
pub(crate) fn is_count_line(line: &str) -> bool {
    let body = line.trim().trim_start_matches(['-', '–', '•', ' ', '\t']);
    if body.is_empty() {
        return false;
    }
    let start = line.trim_end().len() - body.len();
    cluster_at(line, start).is_some_and(|c| {
        let rest = &line[c.range.end..];
        rest.len() == separators(rest) || rest.trim().is_empty()
    })
}

/// Whether a pair can start at the start of `word` (lower case): a figure,
/// a "«", a number in words or a category. Most words of a text are
/// neither, and trying the grammar at each of them cost more than the rest
/// of reading a tally.
fn may_start_pair(word: &[u8]) -> bool {
    // The ASCII letters a pair's first word starts with: "dix" of
    // "dix-sept", "premi" of "première", "z" of "zéro".
    // Sorted, for a binary search.
    const FIRST_WORDS: [&str; 53] = [
        "abs",
        "absention",
        "absentions",
        "abst",
        "abstention",
        "abstentions",
        "approbation",
        "approbations",
        "blanc",
        "blancs",
        "cent",
        "cents",
        "cinq",
        "cinquante",
        "contre",
        "deux",
        "dix",
        "douze",
        "huit",
        "huitante",
        "mil",
        "mille",
        "million",
        "millions",
        "neuf",
        "nonante",
        "nul",
        "nuls",
        "octante",
        "onze",
        "opposition",
        "oppositions",
        "pour",
        "premi",
        "premier",
        "quarante",
        "quatorze",
        "quatre",
        "quinze",
        "seize",
        "sept",
        "septante",
        "six",
        "soixante",
        "treize",
        "trente",
        "trois",
        "un",
        "une",
        "vingt",
        "vingts",
        "z",
        "zero",
    ];
    match word.first() {
        Some(b) if b.is_ascii_digit() || *b == 0xC2 => true,
        Some(b) if b.is_ascii_lowercase() => {
            let len = word.iter().take_while(|b| b.is_ascii_lowercase()).count();
            // Not ASCII after the letters (an accent): let the grammar say.
            let run = std::str::from_utf8(&word[..len]).unwrap_or("");
            FIRST_WORDS.binary_search(&run).is_ok() || word.get(len).is_some_and(|b| *b >= 0x80)
        }
        Some(b) => *b >= 0x80,
        None => false,
    }
}

/// The cluster of pairs starting at `at`.
fn cluster_at(lower: &str, at: usize) -> Option<Cluster> {
    let (rest, first) = pair(&lower[at..]).ok()?;
    let mut end = lower.len() - rest.len();
    let mut pairs = vec![Pair {
        range: at..end,
        ..first
    }];
    loop {
        let after = separators(&lower[end..]);
        let start = end + after;
        let Ok((rest, next)) = pair(&lower[start..]) else {
            break;
        };
        if after == 0 && start > 0 && lower.as_bytes()[start - 1].is_ascii_alphanumeric() {
            break;
        }
        let stop = lower.len() - rest.len();
        pairs.push(Pair {
            range: start..stop,
            ..next
        });
        end = stop;
    }
    Some(Cluster {
        range: at..end,
        pairs,
    })
}

/// How many bytes of separators start `s`: spaces, punctuation, "et",
/// names in brackets ("(M. X, Mme Y)", wrapped over a line or not), at most
/// 160 bytes.
fn separators(s: &str) -> usize {
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() && i < 160 {
        match bytes[i] {
            b' ' | b'\n' | b'\t' | b',' | b';' | b'.' | b'/' | b'-' | b'+' | b'=' => i += 1,
            b'(' => match s[i..].find(')') {
                // Names wrapped over a line, not a paragraph.
                Some(close) if close < 150 && !s[i..i + close].contains("\n\n") => i += close + 1,
                _ => break,
            },
            b'e' if s[i..].starts_with("et ") => i += 3,
            // "–" (normalised text has none, but an excerpt may).
            0xE2 if s[i..].starts_with('–') => i += '–'.len_utf8(),
            _ => break,
        }
    }
    i
}

/// One pair: "11 voix pour", "0 abstention", "2 « Abstention »", "« Pour »
/// : 12", "contre : 3".
fn pair(s: &str) -> IResult<&str, Pair> {
    alt((count_first, category_first)).parse(s)
}

fn count_first(s: &str) -> IResult<&str, Pair> {
    let (s, count) = count(s)?;
    // "18voix pour": the figures glued to their vote word by the extraction.
    let glued = ["voix", "vote", "suffrages"]
        .iter()
        .any(|w| s.starts_with(w));
    let (s, _) = if glued { (s, s) } else { spaces1(s)? };
    // "14 (quatorze) voix pour": the count again in words.
    let (s, _) = opt((
        char('('),
        take_while1(|c: char| c.is_alphabetic() || c == '-' || c == ' '),
        char(')'),
        spaces1,
    ))
    .parse(s)?;
    let (s, vote_word) = opt((
        alt((
            tag("voix"),
            tag("votes"),
            tag("vote"),
            tag("voies"),
            tag("suffrages"),
        )),
        spaces1,
    ))
    .parse(s)?;
    // "10 votes en faveur de M. X": votes for, with their vote word.
    let (s, category) = match s.strip_prefix("en faveur") {
        Some(rest) if vote_word.is_some() => (rest, Category::For),
        _ => quoted_category(s)?,
    };
    Ok((
        s,
        Pair {
            category,
            count,
            range: 0..0,
            with_vote_word: vote_word.is_some(),
            counted_first: true,
        },
    ))
}

fn category_first(s: &str) -> IResult<&str, Pair> {
    let (s, category) = quoted_category(s)?;
    let (s, _) = (spaces0, char(':'), spaces0).parse(s)?;
    let (s, count) = count(s)?;
    Ok((
        s,
        Pair {
            category,
            count,
            range: 0..0,
            with_vote_word: false,
            counted_first: false,
        },
    ))
}

/// A category, maybe in French quotes: "pour", "« Contre »".
fn quoted_category(s: &str) -> IResult<&str, Category> {
    let (s, _) = opt((char('«'), spaces0)).parse(s)?;
    let (s, c) = category(s)?;
    let (s, _) = opt((spaces0, char('»'))).parse(s)?;
    Ok((s, c))
}

fn category(s: &str) -> IResult<&str, Category> {
    let (rest, word) = take_while1(|c: char| c.is_ascii_alphabetic())(s)?;
    let c = match word {
        // "Approbation : 30", "Opposition : 0" (a syndicat's tally block).
        "pour" | "approbation" | "approbations" => Category::For,
        "contre" | "opposition" | "oppositions" => Category::Against,
        // ("2 ABS (M. X et Mme Y) – 23 POUR": "abs" as "abst".)
        "abstention" | "abstentions" | "absention" | "absentions" | "abst" | "abs" => {
            Category::Abstentions
        }
        "blanc" | "blancs" | "nul" | "nuls" => Category::Blank,
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                s,
                nom::error::ErrorKind::Tag,
            )));
        }
    };
    // "abst." keeps its full stop out of the next separator's way.
    let rest = if word == "abst" || word == "abs" {
        rest.strip_prefix('.').unwrap_or(rest)
    } else {
        rest
    };
    // The word ends here ("pourcentage" is no category).
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            s,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, c))
}

/// A count in figures or in words at the start of `s`, and its length.
pub(crate) fn count_at(s: &str) -> Option<(u32, usize)> {
    count(s).ok().map(|(rest, n)| (n, s.len() - rest.len()))
}

/// A count in figures (three at most) or in words.
fn count(s: &str) -> IResult<&str, u32> {
    let mut digits = map_res(
        recognize(digit1::<&str, nom::error::Error<&str>>),
        |d: &str| {
            if d.len() <= 3 {
                d.parse::<u32>().map_err(|_| ())
            } else {
                Err(())
            }
        },
    );
    if let Ok(r) = digits.parse(s) {
        // "1 200 euros", "12,5": no count.
        if !r.0.starts_with([',', '.']) || !r.0[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return Ok(r);
        }
    }
    match number_words(s) {
        Some((n, len)) if !s[len..].starts_with(|c: char| c.is_alphanumeric()) => {
            Ok((&s[len..], n))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            s,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

fn spaces0(s: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\u{a0}')(s)
}

fn spaces1(s: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c == ' ' || c == '\u{a0}' || c == '\n')(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Option<(Option<u32>, Option<u32>, Option<u32>)> {
        let c = first_tally(&text.to_ascii_lowercase())?;
        Some((
            c.get(Category::For),
            c.get(Category::Against),
            c.get(Category::Abstentions),
        ))
    }

    #[test]
    fn pairs_in_any_order() {
        assert_eq!(
            counts("Adoption à 0 Contre, 0 abstention, 11 voix pour"),
            Some((Some(11), Some(0), Some(0)))
        );
        assert_eq!(
            counts("Validation du compte rendu – 2 ABS (M. Y et Mme Z) – 23 POUR"),
            Some((Some(23), None, Some(2)))
        );
        assert_eq!(counts("Absents : 3 abs"), None);
        assert_eq!(
            counts("2 votes contre 1 abstention 9 votes pour"),
            Some((Some(9), Some(2), Some(1)))
        );
        assert_eq!(
            counts("Vote : 14 pour / 0 contre / 0 abstention adopté"),
            Some((Some(14), Some(0), Some(0)))
        );
        assert_eq!(
            counts("13 voix « Pour », 2 voix « Contre », 2 « Abstention »"),
            Some((Some(13), Some(2), Some(2)))
        );
        assert_eq!(
            counts("(« Pour » : 12, « Contre » : 1, « Abstention » : 4)"),
            Some((Some(12), Some(1), Some(4)))
        );
        assert_eq!(
            counts("par onze voix pour et une abstention (M. Verdaulet)"),
            Some((Some(11), None, Some(1)))
        );
        assert_eq!(counts("12 votes pour."), Some((Some(12), None, None)));
        // The figures glued to "voix" by the extraction.
        assert_eq!(
            counts("Sont élus avec 18voix pour : M. A, Mme B"),
            Some((Some(18), None, None))
        );
        assert_eq!(
            counts("Ayant obtenu 14 (quatorze) voix pour, M. Durban est proclamé maire"),
            Some((Some(14), None, None))
        );
        assert_eq!(
            counts("2 contre 3 absentions 6 votes pour"),
            Some((Some(6), Some(2), Some(3)))
        );
    }

    /// `first_tally` without its gate: the grammar tried at every word.
    fn first_tally_everywhere(lower: &str) -> Option<Cluster> {
        first_tally_where(lower, |word| {
            word.first()
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == 0xC2)
        })
    }

    #[test]
    fn pairs_start_at_their_first_words() {
        // `may_start_pair` searches its sorted words by halves: each is found.
        let words = [
            "abst",
            "pour",
            "zero",
            "dix",
            "vingt",
            "contre",
            "premi",
            "abstentions",
            "un",
        ];
        assert!(words.iter().all(|w| may_start_pair(w.as_bytes())));
        assert!(!may_start_pair(b"le conseil"));
    }

    #[test]
    fn the_gate_misses_no_tally() {
        let mut compared = 0;
        for text in crate::segment::fixture_texts() {
            let lower = text.to_ascii_lowercase();
            // Each paragraph on its own, as the items' regions are read.
            for part in lower.split("\n\n") {
                let (gated, reference) = (first_tally(part), first_tally_everywhere(part));
                assert_eq!(
                    gated.as_ref().map(|c| c.range.clone()),
                    reference.map(|c| c.range),
                    "{part}"
                );
                compared += usize::from(gated.is_some());
            }
        }
        assert!(compared > 100, "{compared} tallies compared");
    }

    #[test]
    fn other_names_of_the_categories() {
        assert_eq!(
            counts("Abstention : 0 Opposition : 0 Approbation : 30"),
            Some((Some(30), Some(0), Some(0)))
        );
        assert_eq!(
            counts("10 votes en faveur de M. Paul TRAX"),
            Some((Some(10), None, None))
        );
    }

    #[test]
    fn lines_of_counts() {
        assert!(is_count_line("- 17 pour"));
        assert!(is_count_line("contre : 0"));
        assert!(is_count_line("4 contre (m. x, mme y)"));
        assert!(!is_count_line("17 pour le budget de la commune"));
        assert!(!is_count_line("- autorise le maire"));
        assert!(!is_count_line(""));
    }

    #[test]
    fn numbers_in_prose_are_no_tally() {
        assert_eq!(counts("une convention pour 2 ans"), None);
        assert_eq!(counts("le tarif passe à 3 pour cent"), None);
        assert_eq!(counts("1 200 pour la cantine"), None);
        assert_eq!(counts("2 pour"), None);
    }

    #[test]
    fn a_lone_count_on_its_line() {
        assert_eq!(
            counts("Approbation du compte rendu\n\n15 pour\n\nLe conseil approuve"),
            Some((Some(15), None, None))
        );
        assert_eq!(counts("Titre\n- 3 contre.\n"), Some((None, Some(3), None)));
        assert_eq!(counts("Titre\n15 pour la commune\n"), None);
        assert_eq!(counts("Titre\n2 abstentions\n"), None);
    }
}
