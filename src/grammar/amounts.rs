//! Euro amounts: "19 800 €", "6 500€", "1 380 000,00 €", "18 243.50 € TTC",
//! "1.250.000,00 euros HT", "15 k€", "3,2 M€", "85 000 euros".
//!
//! The scan starts from each currency mark and reads the number backwards, so
//! a year or an article number before the figure is never swallowed:
//! "BP 2023 : 510 000 €" is 510 000 €.

use std::ops::Range;

/// An amount found in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundAmount {
    pub(crate) cents: i64,
    pub(crate) range: Range<usize>,
}

/// Every euro amount in `text`, in order.
pub(crate) fn amounts(text: &str) -> Vec<FoundAmount> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(rel) = find_currency(&text[from..]) {
        let (mark_start, mark_len) = (from + rel.0, rel.1);
        from = mark_start + mark_len;
        // "k€", "M€", "millions d'euros" multipliers written before the mark.
        let (mut end, wrapped) = before_blanks(bytes, mark_start);
        let mut multiplier: i64 = 1;
        if end > 0 && (bytes[end - 1] == b'k' || bytes[end - 1] == b'K' || bytes[end - 1] == b'M') {
            let before = end - 1;
            if before > 0 && (bytes[before - 1] == b' ' || bytes[before - 1].is_ascii_digit()) {
                multiplier = if bytes[end - 1] == b'M' {
                    1_000_000
                } else {
                    1000
                };
                end = before;
                while end > 0 && bytes[end - 1] == b' ' {
                    end -= 1;
                }
            }
        }
        // "1,5 millions d'euros", "4.6 MILLIONS €", "2 milliards d'€".
        if multiplier == 1
            && let Some((scale, at)) = scale_word_before(text, end)
        {
            multiplier = scale;
            end = at;
        }
        if let Some((cents, start)) = number_before(text, end)
            && !(wrapped && year_before(text, end) && start + 4 == end)
            && let Some(cents) = cents.checked_mul(multiplier)
        {
            found.push(FoundAmount {
                cents,
                range: start..mark_start + mark_len,
            });
        }
    }
    found
}

/// Where the blanks before a currency mark begin, and whether they hold a
/// line break: a wrapped line leaves "25 000" at one line's end and "euros"
/// (or "€") at the next one's start, a blank line at most between them.
fn before_blanks(bytes: &[u8], mark_start: usize) -> (usize, bool) {
    let spaces = |mut at: usize| {
        while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
            at -= 1;
        }
        at
    };
    let end = spaces(mark_start);
    let mut at = end;
    let mut breaks = 0;
    while at > 0 && bytes[at - 1] == b'\n' && breaks < 2 {
        breaks += 1;
        at = spaces(at - 1);
    }
    // The number must end the line before: a mark opening a line after a
    // line of words is no amount of that line.
    if breaks > 0 && at > 0 && bytes[at - 1].is_ascii_digit() {
        (at, true)
    } else {
        (end, false)
    }
}

/// "millions d'", "MILLIONS ", "milliard de " ending at `end`: the scale
/// and where the number before it ends.
fn scale_word_before(text: &str, end: usize) -> Option<(i64, usize)> {
    let before = text[..end].trim_end();
    // "d'", "de " between the word and the mark.
    let before = before
        .strip_suffix("d'")
        .or_else(|| before.strip_suffix(" de"))
        .unwrap_or(before)
        .trim_end();
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let scale = match before[word_start..].to_ascii_lowercase().as_str() {
        "million" | "millions" => 1_000_000,
        "milliard" | "milliards" => 1_000_000_000,
        _ => return None,
    };
    let number_end = before[..word_start].trim_end().len();
    (number_end < word_start).then_some((scale, number_end))
}

/// The next currency mark: "€", "euros", "euro", "EUR".
fn find_currency(text: &str) -> Option<(usize, usize)> {
    // Literals only: the regex engine finds them with SIMD.
    let marks = crate::text::regex!("€|euro|EUR");
    for m in marks.find_iter(text) {
        let at = m.start();
        if m.as_str() == "€" {
            return Some((at, m.len()));
        }
        // A word of its own: "euros", "EUR", not "neuro" or "Europe".
        if text[..at].ends_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        let len = text[at..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        if matches!(
            text[at..at + len].to_lowercase().as_str(),
            "euro" | "euros" | "eur"
        ) {
            return Some((at, len));
        }
    }
    None
}

/// Reads a number ending at `end`: groups of three digits separated by a
/// space or a dot, an optional decimal part after a comma (or a dot followed
/// by two digits). Returns cents and where the number starts.
fn number_before(text: &str, end: usize) -> Option<(i64, usize)> {
    let bytes = text.as_bytes();
    let digits_before = |to: usize| -> usize {
        let mut i = to;
        while i > 0 && bytes[i - 1].is_ascii_digit() {
            i -= 1;
        }
        to - i
    };
    let mut pos = end;
    let last = digits_before(pos);
    if last == 0 {
        return None;
    }
    let mut cents_part: i64 = 0;
    // Decimal part: ",50" or ".50" (one or two digits after the separator),
    // or two digits after a comma and a space in either order ("1097, 98
    // €", a typing slip; "6 362 ,56 €", as a table cell's extraction
    // leaves it).
    if last <= 2 && pos - last >= 2 {
        let sep = bytes[pos - last - 1];
        let spaced = last == 2
            && pos >= last + 3
            && matches!((bytes[pos - last - 2], sep), (b',', b' ') | (b' ', b','))
            && digits_before(pos - last - 2) > 0
            && !year_before(text, pos - last - 2);
        if (sep == b',' || sep == b'.') && digits_before(pos - last - 1) > 0 || spaced {
            let frac = &text[pos - last..pos];
            let value: i64 = frac.parse().ok()?;
            cents_part = if last == 1 { value * 10 } else { value };
            pos -= last + 1 + usize::from(spaced);
        }
    }
    // Integer part, read group by group from the right.
    let mut groups: Vec<&str> = Vec::new();
    loop {
        let n = digits_before(pos);
        if n == 0 {
            return None;
        }
        let group = &text[pos - n..pos];
        groups.push(group);
        pos -= n;
        if n != 3 || groups.len() > 6 {
            break;
        }
        // Another group only across one space or dot and only if 1-3 digits follow.
        if pos >= 2 && matches!(bytes[pos - 1], b' ' | b'.') && bytes[pos - 2].is_ascii_digit() {
            let n2 = digits_before(pos - 1);
            if n2 <= 3 {
                pos -= 1;
                continue;
            }
        }
        break;
    }
    // "2,5" read with a comma: the first group before a decimal comma may be any length.
    if groups.len() == 1 && groups[0].len() > 3 && groups[0].len() > 15 {
        return None;
    }
    // Not the tail of a code ("RD939", "n°12/450"); a word in small letters
    // glued to the figure is a space lost ("un montant de3,00 €").
    if pos > 0 && (bytes[pos - 1].is_ascii_uppercase() || bytes[pos - 1] == b'/') {
        return None;
    }
    let mut units: i64 = 0;
    for g in groups.iter().rev() {
        units = units
            .checked_mul(10i64.pow(g.len() as u32))?
            .checked_add(g.parse::<i64>().ok()?)?;
    }
    units
        .checked_mul(100)?
        .checked_add(cents_part)
        .map(|c| (c, pos))
}

/// Whether a year ends at `end` ("en 2017, 98 euros"): four figures from
/// 1900 to 2099, not part of a longer number.
fn year_before(text: &str, end: usize) -> bool {
    let start = end.saturating_sub(4);
    // (Bytes: four bytes back may fall inside a letter, "à 98 euros".)
    let before = text.as_bytes()[..start].last().copied();
    text.get(start..end)
        .and_then(|y| y.parse::<u32>().ok())
        .is_some_and(|y| (1900..2100).contains(&y))
        && !before.is_some_and(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[(i64, &str)]) {
        let got: Vec<(i64, &str)> = amounts(text)
            .iter()
            .map(|a| (a.cents, &text[a.range.clone()]))
            .collect();
        assert_eq!(got, expected, "reading {text:?}");
    }

    #[test]
    fn a_year_looked_for_inside_a_letter_is_no_panic() {
        // Four bytes before "1, 98 €" fall inside "à": no year there.
        assert_eq!(amounts("àé1, 98 €").len(), 1);
    }

    #[test]
    fn reads_amounts() {
        check("verser 19 800 € sous", &[(1_980_000, "19 800 €")]);
        check(
            "Montant prévu au BP 2023 : 510 000 €",
            &[(51_000_000, "510 000 €")],
        );
        check("budget total de 6 500€, l'action", &[(650_000, "6 500€")]);
        check(
            "un montant de 18 243.50 € TTC",
            &[(1_824_350, "18 243.50 €")],
        );
        check(
            "à hauteur de 1 380 000,00 €.",
            &[(138_000_000, "1 380 000,00 €")],
        );
        check(
            "de 1.250.000,00 euros HT",
            &[(125_000_000, "1.250.000,00 euros")],
        );
        check("amendes ... 15 k€", &[(1_500_000, "15 k€")]);
        check("s'élève à 3,2 M€, dont", &[(320_000_000, "3,2 M€")]);
        check(
            "soit 1,5 millions d'€ et 4.6 MILLIONS € puis 2 milliards d'euros",
            &[
                (150_000_000, "1,5 millions d'€"),
                (460_000_000, "4.6 MILLIONS €"),
                (200_000_000_000, "2 milliards d'euros"),
            ],
        );
        check(
            "abondant de 85 000 euros le",
            &[(8_500_000, "85 000 euros")],
        );
        check("de 3,35 € à 3,45 €", &[(335, "3,35 €"), (345, "3,45 €")]);
        check("2021 est de 7 412 650 €", &[(741_265_000, "7 412 650 €")]);
        check("2016 : 61 200 €", &[(6_120_000, "61 200 €")]);
        check("une somme de 1097, 98€ euros", &[(109_798, "1097, 98€")]);
        check("unmontant de3,00 € ;", &[(300, "3,00 €")]);
        check("section : 6 362 ,56 €", &[(636_256, "6 362 ,56 €")]);
        check("en 2017 ,56 €", &[(5_600, "56 €")]);
        check(
            "de 25 000\neuros et de 3 000\n\n€ au club",
            &[(2_500_000, "25 000\neuros"), (300_000, "3 000\n\n€")],
        );
    }

    #[test]
    fn ignores_non_amounts() {
        check("l'Europe et les euros", &[]);
        check("l'euro numérique", &[]);
        check("€ seul", &[]);
        check("la RD939 €", &[]);
        check("en 2017, 98 euros", &[(9800, "98 euros")]);
        check("le budget 2024\n€ par habitant", &[]);
        check("montant\n\n\n€ 12", &[]);
    }
}
