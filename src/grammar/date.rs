//! Dates and times, in figures or in words: "26 octobre 2023", "1er juillet",
//! "16.12.2019", "le vingt-six octobre deux mille vingt-trois", "18h10",
//! "à dix-huit heures trente".

use std::ops::Range;

use chrono::NaiveDate;

use super::numbers::number_words;
use crate::model::ClockTime;
use crate::text::{fold, fold_regex, folds_to, regex, word_ends_at, word_starts_at};
use crate::vocabulary::MONTHS;

/// A date as written, the year possibly missing ("le 16 septembre").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub(crate) year: Option<i32>,
    pub(crate) month: u32,
    pub(crate) day: u32,
    /// Where it is, in the text searched.
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl WrittenDate {
    pub(crate) fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }

    pub(crate) fn with_year(self, year: i32) -> WrittenDate {
        WrittenDate {
            year: Some(year),
            ..self
        }
    }
}

/// The number of a month named in French: "février", "FEVRIER" and
/// "fevrier" are 2.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    let f = fold(name);
    let k = MONTHS.iter().position(|m| folds_to(m, &f))?;
    u32::try_from(k + 1).ok()
}

/// Every date written in `text`, in order.
///
/// ```text
/// "Séance du 26 octobre 2023"                 -> 2023-10-26
/// "le vingt-six octobre deux mille vingt-trois" -> 2023-10-26
/// "Publié le : 15/11/2023"                    -> 2023-11-15
/// "le 16 septembre"                           -> year missing
/// ```
pub(crate) fn dates(text: &str) -> Vec<WrittenDate> {
    let mut found = Vec::new();
    // ASCII `\b` (a Unicode one sends the regex to a slow engine on French
    // text); the Unicode word edges are checked on each match.
    // A month name may be glued to its day by a broken extraction ("16mai",
    // "1ermars": the first of the month, its ordinal glued).
    let months = fold_regex!(&format!(
        r"(?i)(?:(?-u:\b)|[0-9]|1er)({})(?-u:\b)",
        MONTHS.join("|")
    ));
    let words = months.find_iter(text).filter_map(|m| {
        // The month itself, without the day glued before it.
        let glued_ordinal = m
            .as_str()
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("1er"));
        let start = m.start()
            + if glued_ordinal {
                3
            } else {
                usize::from(m.as_str().starts_with(|c: char| c.is_ascii_digit()))
            };
        let glued = start > m.start();
        ((glued || word_starts_at(text, start)) && word_ends_at(text, m.end()))
            .then(|| start..m.end())
    });
    for m in words {
        let Some(month) = month_number(&text[m.clone()]) else {
            continue;
        };
        let Some((day, start)) = day_before(&text[..m.start]) else {
            continue;
        };
        let (year, end) = match year_after(&text[m.end..]) {
            Some((y, len)) => (Some(y), m.end + len),
            None => (None, m.end),
        };
        if NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some() {
            found.push(WrittenDate {
                year,
                month,
                day,
                start,
                end,
            });
        }
    }
    let numeric = regex!(r"(?-u:\b)(\d{1,2}) ?[/.] ?(\d{1,2}) ?[/.] ?(\d{4}|\d{2})(?-u:\b)");
    for c in numeric.captures_iter(text) {
        let whole = c.get(0).expect("match");
        if !crate::text::unicode_word_edges(text, whole.start(), whole.end()) {
            continue;
        }
        // Not the tail of a longer number ("n° 2019.12.05.3").
        if text[..whole.start()].ends_with(|ch: char| ch.is_ascii_digit() || ch == '.')
            || text[whole.end()..].starts_with(['.', '/'])
                && text[whole.end() + 1..].starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        let day: u32 = c[1].parse().unwrap_or(0);
        let month: u32 = c[2].parse().unwrap_or(0);
        let mut year: i32 = c[3].parse().unwrap_or(0);
        if c[3].len() == 2 {
            year += 2000;
        }
        if NaiveDate::from_ymd_opt(year, month, day).is_some() {
            found.push(WrittenDate {
                year: Some(year),
                month,
                day,
                start: whole.start(),
                end: whole.end(),
            });
        }
    }
    found.sort_by_key(|d| d.start);
    found
}

/// The day written just before a month name: "26 ", "1er ", "1 ER ",
/// "vingt-six ", "premier ", "treize du mois de ", or glued to it ("16mai").
fn day_before(before: &str) -> Option<(u32, usize)> {
    let trimmed = before.trim_end();
    let end = trimmed.len();
    if before.len() - end > 3 {
        return None;
    }
    // "le treize du mois de février": the day before "du mois de".
    let tail = &trimmed.as_bytes()[end.saturating_sub(11)..];
    if tail.len() == 11 && tail[..1].eq(b" ") && tail[1..].eq_ignore_ascii_case(b"du mois de") {
        return day_before(&trimmed[..end - 10]);
    }
    // "le six du mois d'octobre": elided before a vowel.
    if tail.len() == 11 && tail[..1].eq(b" ") && tail[1..].eq_ignore_ascii_case(b"du mois d'") {
        return day_before(&trimmed[..end - 10]);
    }
    // Figures, with an optional "er".
    let mut digits_end = end;
    // Only the last two bytes: lower-casing all of `before` at each month
    // name is quadratic in the text.
    if trimmed.len() >= 2 && trimmed.as_bytes()[end - 2..].eq_ignore_ascii_case(b"er") {
        digits_end = trimmed[..end - 2].trim_end().len();
    }
    let digits_start = trimmed[..digits_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    if digits_start < digits_end && digits_end - digits_start <= 2 {
        let day: u32 = trimmed[digits_start..digits_end].parse().ok()?;
        let preceded_ok = !trimmed[..digits_start].ends_with(|c: char| c.is_alphanumeric());
        return (preceded_ok && (1..=31).contains(&day)).then_some((day, digits_start));
    }
    // "DU 141414 AVRIL", "du mercredi 229999 novembre": a day in bold the
    // extraction drew two or three times over.
    if digits_end - digits_start > 2
        && let Some(day) = overdrawn_day(&trimmed[digits_start..digits_end])
    {
        let preceded_ok = !trimmed[..digits_start].ends_with(|c: char| c.is_alphanumeric());
        return preceded_ok.then_some((day, digits_start));
    }
    // Words: the longest run of number words that ends right before.
    // Only the last 40 bytes can start the words (scanning all of `before`
    // at each month name is quadratic in the text).
    let window = trimmed.floor_char_boundary(end.saturating_sub(41));
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            trimmed[window..]
                .char_indices()
                .map(|(i, c)| (window + i, c))
                .filter(|&(_, c)| c == ' ' || c == '-' || c == '\n')
                .map(|(i, _)| i + 1),
        )
        .filter(|&s| s + 40 >= end)
        .collect();
    for &s in &starts {
        if let Some((day, len)) = number_words(&trimmed[s..])
            && s + len == end
            && (1..=31).contains(&day)
        {
            return Some((day, s));
        }
    }
    None
}

/// The day in a run of three to six figures where the extraction drew a
/// day of two figures over itself: the day written three times ("141414";
/// twice is a year: "2020") or each figure doubled or more ("229999",
/// "1122"); `None` for any other run ("2000": its "2" alone).
fn overdrawn_day(run: &str) -> Option<u32> {
    let b = run.as_bytes();
    if !(3..=6).contains(&b.len()) {
        return None;
    }
    let day = |s: &[u8]| -> Option<u32> {
        let d: u32 = std::str::from_utf8(s).ok()?.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    };
    // The day three times over.
    if b.len() == 6 && b.chunks(2).all(|c| c == &b[..2]) {
        return day(&b[..2]);
    }
    // Each figure more than once: two runs of one figure each.
    let first = b.iter().take_while(|&&c| c == b[0]).count();
    let second = b[first..].iter().take_while(|&&c| c == b[first]).count();
    (first >= 2 && second >= 2 && first + second == b.len())
        .then(|| day(&[b[0], b[first]]))
        .flatten()
}

/// A year written just after a month name: " 2023", " deux mille vingt-trois".
fn year_after(after: &str) -> Option<(i32, usize)> {
    // (A line wrapped between the month and its year: "juillet\n2019".)
    let skipped = after.len() - after.trim_start_matches([' ', ',', '\n']).len();
    let rest = &after[skipped..];
    if skipped > 3 {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let year: i32 = rest[..4].parse().ok()?;
        return (1900..=2100).contains(&year).then_some((year, skipped + 4));
    }
    // "2O2O": a zero typed or read as the letter O, in a year of four
    // characters that starts with a figure and ends the word.
    let four = rest.as_bytes().get(..4);
    if let Some(four) = four
        && four[0].is_ascii_digit()
        && four.iter().all(|&b| b.is_ascii_digit() || b == b'O')
        && four.contains(&b'O')
        && !rest
            .as_bytes()
            .get(4)
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        let figures: String = four
            .iter()
            .map(|&b| if b == b'O' { '0' } else { char::from(b) })
            .collect();
        let year: i32 = figures.parse().ok()?;
        return (1900..=2100).contains(&year).then_some((year, skipped + 4));
    }
    if digits > 0 {
        return None;
    }
    let (year, len) = number_words(rest)?;
    (1900..=2100)
        .contains(&year)
        .then_some((year as i32, skipped + len))
}

/// The year of "L'an deux mille vingt-trois" (or "L'an 2023") at the start
/// of `text`, with the bytes read.
pub(crate) fn year_in_words(text: &str) -> Option<(i32, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let y: i32 = text[..4].parse().ok()?;
        return (1900..=2100).contains(&y).then_some((y, 4));
    }
    let (year, len) = number_words(text)?;
    (1900..=2100).contains(&year).then_some((year as i32, len))
}

/// A time of day at the start of `text`: "18h10", "20 h 05", "19 heures 30",
/// "dix-huit heures trente", "20h".
pub(crate) fn time_at(text: &str) -> Option<(ClockTime, usize)> {
    let figures = regex!(r"^(\d{1,2}) ?(?:heures?|h|H)(?: ?(\d{2})\b)?");
    if let Some(c) = figures.captures(text) {
        let hour: u32 = c[1].parse().ok()?;
        let minute: u32 = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
        return ClockTime::new(hour, minute).map(|t| (t, c.get(0).expect("match").end()));
    }
    let (hour, len) = number_words(text)?;
    let rest = &text[len..];
    let heures = regex!(r"^ ?heures?\b ?");
    let m = heures.find(rest)?;
    let mut end = len + m.end();
    let mut minute = 0;
    if let Some((min, mlen)) = number_words(&text[end..]) {
        minute = min;
        end += mlen;
        if let Some(m) = regex!(r"^ minutes?\b").find(&text[end..]) {
            end += m.end();
        }
    } else {
        end = len + m.end() - usize::from(rest[..m.end()].ends_with(' '));
    }
    ClockTime::new(hour, minute).map(|t| (t, end))
}

/// The first time of day after one of the phrases in `pattern`, searched in
/// `lower` (`text` with ASCII letters in lower case, same offsets).
pub(crate) fn time_after(
    text: &str,
    lower: &str,
    pattern: &regex::Regex,
) -> Option<(ClockTime, Range<usize>)> {
    for m in pattern.find_iter(lower) {
        let rest = &text[m.end()..];
        let skip = rest.len() - rest.trim_start().len();
        if let Some((t, len)) = time_at(&rest[skip..]) {
            let start = m.end() + skip;
            return Some((t, start..start + len));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn first(text: &str) -> Option<NaiveDate> {
        dates(text).first().and_then(WrittenDate::date)
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dates_in_figures_and_words() {
        assert_eq!(first("Séance du 26 octobre 2023"), ymd(2023, 10, 26));
        assert_eq!(first("CONSEIL MUNICIPAL DU 9 MARS 2O21"), ymd(2021, 3, 9));
        // Lines wrapped inside the date.
        assert_eq!(first("du Lundi 1er Juillet\n2019 à 19h30"), ymd(2019, 7, 1));
        assert_eq!(
            first("L'an deux mille dix-sept, le\nvingt-huit juin deux mille\ndix-sept"),
            ymd(2017, 6, 28)
        );
        assert_eq!(first("le 9 mars 2O21x"), None);
        assert_eq!(first("Publié le : 15/11/2023"), ymd(2023, 11, 15));
        assert_eq!(first("Réunion du 16.12.2019"), ymd(2019, 12, 16));
        assert_eq!(first("SEANCE DU 1 ER JUILLET 2014"), ymd(2014, 7, 1));
        assert_eq!(first("du 1er juillet 2014"), ymd(2014, 7, 1));
        assert_eq!(first("Salle 1ermars 2017 – 20 h"), ymd(2017, 3, 1));
        assert_eq!(first("le 11ERaoût 2017"), ymd(2017, 8, 11));
        assert_eq!(
            first("le vingt-six octobre deux mille vingt-trois"),
            ymd(2023, 10, 26)
        );
        assert_eq!(
            first("Le quinze décembre deux mille seize Le"),
            ymd(2016, 12, 15)
        );
        assert_eq!(first("DU VENDREDI 23 NOVEMBRE 2018"), ymd(2018, 11, 23));
        assert_eq!(first("CM du 29.3.2014"), ymd(2014, 3, 29));
        // A day in bold drawn over itself by the extraction; not a year.
        assert_eq!(first("RÉUNION DU 121212 MAI 2016"), ymd(2016, 5, 12));
        assert_eq!(first("du jeudi 117777 mars 2016"), ymd(2016, 3, 17));
        assert_eq!(first("le 1212 mai 2016"), None);
        assert_eq!(first("budget 2020 mars 2016"), None);
        assert_eq!(first("exercice 2000 mars 2016"), None);
        // "du mois de", and a day glued to its month by the extraction.
        assert_eq!(
            first("l'an deux mille dix-huit, et le neuf du mois de mars deux mille dix-huit"),
            ymd(2018, 3, 9)
        );
        assert_eq!(
            first("L'an deux mille dix-sept, le six du mois d'octobre deux mille dix-sept"),
            ymd(2017, 10, 6)
        );
        assert_eq!(first("du mardi 14avril 2015"), ymd(2015, 4, 14));
        let partial = dates("le 16 septembre à dix-huit heures");
        assert_eq!(
            (partial[0].year, partial[0].month, partial[0].day),
            (None, 9, 16)
        );
    }

    #[test]
    fn not_dates() {
        assert!(dates("n° 2016-031 et 3 500 €").is_empty());
        assert!(dates("le mars").is_empty());
        assert!(dates("en 2019mai").is_empty());
        assert!(dates("les primaires").is_empty());
    }

    #[test]
    fn times() {
        let t = |s: &str| time_at(s).map(|(t, _)| t.to_string());
        assert_eq!(t("18h10 et"), Some("18:10".into()));
        assert_eq!(t("20 h 05"), Some("20:05".into()));
        assert_eq!(t("19 heures 30"), Some("19:30".into()));
        assert_eq!(t("dix-huit heures trente,"), Some("18:30".into()));
        assert_eq!(t("vingt heures quinze."), Some("20:15".into()));
        assert_eq!(t("dix-neuf heures trente minutes"), Some("19:30".into()));
        assert_eq!(t("20h"), Some("20:00".into()));
        assert_eq!(t("vingt et une heures"), Some("21:00".into()));
        assert_eq!(t("la séance"), None);
    }

    #[test]
    fn year_words() {
        assert_eq!(
            year_in_words("deux mille vingt-trois, le"),
            Some((2023, 22))
        );
        assert_eq!(year_in_words("DEUX MILLE NEUF, LE"), Some((2009, 15)));
    }
}
