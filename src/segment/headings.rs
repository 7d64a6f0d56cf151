//! Item headings at line starts, in five styles tried in order of
//! reliability: keywords ("POINT N°1 –"), deliberation numbers
//! ("Délibération n° 2023-031"), codes ("2022-11-01 – Approbation"),
//! ordinals ("1 – APPROBATION", "1. Procès-verbal") and Roman ordinals
//! ("IV. Subvention"); a text flattened onto few lines has its headings
//! found inside them (`inline`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::inline::{inline_headings, title_in_paragraph};
use crate::grammar::date::month_number;
use crate::grammar::decisions::MarkWords;
use crate::grammar::given_names::is_given_name;
use crate::grammar::notes::roman_value;
use crate::text::{
    AnchoredRegex, accents_optional, fold, fold_regex, lines_where_given, lower_regex, regex,
};
use crate::vocabulary::{ITEM_KEYWORDS, ORDINAL_SEPARATORS};

/// A heading line's title longer than this (in bytes) is a paragraph: the
/// item's text runs on in it.
const PARAGRAPH: usize = 200;

/// An item heading: where a deliberation starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// The heading line(s).
    pub(crate) range: Range<usize>,
    pub(crate) question: Option<u32>,
    pub(crate) number: Option<Range<usize>>,
    pub(crate) title: Option<Range<usize>>,
}

/// A candidate heading: where, its question number, its deliberation number.
pub(super) type Candidate = (usize, Option<u32>, Option<Range<usize>>);

/// How an item heading is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum HeadingStyle {
    /// "POINT N°1 –", "QUESTION N°1 –", "RAPPORT N° 1 –".
    Keyword,
    /// "Délibération n° 2023-031", "N° 2016-031".
    Numbered,
    /// "2022-11-01 – Approbation", "2016.97 : DECISIONS".
    CodeDash,
    /// "1 – APPROBATION", "1. Procès-verbal", "1°) Budget".
    Ordinal,
    /// "IV. Subvention", "XII – Travaux": ordinals in Roman figures.
    Roman,
}

impl HeadingStyle {
    /// Ordinals, Arabic or Roman: runs 1, 2, 3 of which the best is kept.
    fn ordinal(self) -> bool {
        matches!(self, HeadingStyle::Ordinal | HeadingStyle::Roman)
    }
}

/// Item keywords as headings write them, in capitals then capitalised, as a
/// pattern's alternatives: "POINT|...|AFFAIRE|Point|...|Affaire".
pub(super) fn keyword_forms(keywords: &[&str]) -> String {
    let capitalised = keywords.iter().map(|k| {
        let mut chars = k.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    });
    keywords
        .iter()
        .map(|k| k.to_uppercase())
        .chain(capitalised)
        .collect::<Vec<_>>()
        .join("|")
}

/// Whether `line` starts with an item keyword in any case (the pattern then
/// decides: capitals or capitalised only).
fn starts_with_keyword(line: &[u8]) -> bool {
    // The first letters of the keywords, in either case: most lines turn
    // away on their first byte, with no keyword compared.
    const FIRST: [bool; 256] = {
        let mut table = [false; 256];
        let mut k = 0;
        while k < ITEM_KEYWORDS.len() {
            let b = ITEM_KEYWORDS[k].as_bytes()[0];
            table[b as usize] = true;
            table[b.to_ascii_uppercase() as usize] = true;
            k += 1;
        }
        table
    };
    line.first().is_some_and(|&b| FIRST[b as usize])
        && ITEM_KEYWORDS.iter().any(|k| {
            line.get(..k.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(k.as_bytes()))
        })
}

/// Whether `line` can start a Roman heading: up to seven of I, V, X, L,
/// then a separator or a space ("IV. Subvention", "II/ Vote"; not "Il",
/// "Le", "Vu").
fn roman_start(line: &[u8]) -> bool {
    let n = line
        .iter()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        .count();
    (1..=7).contains(&n)
        && matches!(
            line.get(n),
            Some(b'.' | b')' | b'/' | b'-' | b' ' | b'\t' | 0xE2 | 0xC2)
        )
}

/// Whether `line` can start a code heading: up to five capitals, a space
/// or a hyphen, then a digit ("2022-11-01", "CP 2022-10").
fn code_start(line: &[u8]) -> bool {
    let caps = line.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let mut rest = &line[caps.min(line.len())..];
    // "CP 2022-10", "DE-2015/69", "DE- 2015/46".
    for _ in 0..2 {
        if caps > 0
            && let [b' ' | b'-', tail @ ..] = rest
        {
            rest = tail;
        }
    }
    caps <= 5 && rest.first().is_some_and(u8::is_ascii_digit)
}

/// The heading patterns, one per style in order of reliability. Each is
/// anchored at a line start and holds to its line.
fn heading_patterns() -> [(HeadingStyle, &'static Regex); 5] {
    [
        (
            HeadingStyle::Keyword,
            regex!(&format!(
                r"(?m)^[ \t]*(?:#+[ \t]*)?(?:{})[ \t]+(?:[nN][ \t]?[°o]?[ \t]*)?(\d{{1,3}})[ \t]*(?:[-:.)]|$)",
                keyword_forms(&ITEM_KEYWORDS)
            )),
        ),
        (
            HeadingStyle::Numbered,
            fold_regex!(
                r"(?mi)^[ \t]*(?:#+[ \t]*)?(?:(?:délibération|décision)[ \t]+(?:n[ \t]?°[ \t]*)?|n[ \t]?°[ \t]*)([A-Z]{0,4}[ -]?\d[\w/.-]*)"
            ),
        ),
        (
            HeadingStyle::CodeDash,
            regex!(
                r"(?m)^[ \t]*((?:[A-Z]{1,5}[ -]{0,2})?\d{2,4}[-./]\d{1,4}(?:[-./]\d{1,4}){0,2})(?:[ \t]*[-:][ \t]+\S|[ \t]+\p{Lu}\p{Lu})"
            ),
        ),
        (
            HeadingStyle::Ordinal,
            regex!(&format!(
                r"(?m)^[ \t]*(\d{{1,3}})(?:[ \t]?(?:{ORDINAL_SEPARATORS})(?:[ \t]+(\S)|[ \t]*$)|[ \t](\p{{Lu}}\p{{Ll}}))"
            )),
        ),
        (
            HeadingStyle::Roman,
            regex!(&format!(
                r"(?m)^[ \t]*([IVXL]{{1,7}})[ \t]?(?:{ORDINAL_SEPARATORS})(?:[ \t]+(\S)|[ \t]*$)"
            )),
        ),
    ]
}

/// [`heading_patterns`] as [`candidates`] runs them, on one line at a
/// time: each anchored at the line's start (`\A` for its `(?m)^`), where
/// an unanchored search read every line a pattern may start to its end.
/// A line holds one line feed, at its end, and no pattern matches after it:
/// every match starts the line, the one the anchored pattern finds.
fn line_patterns() -> &'static [(HeadingStyle, Regex); 5] {
    static PATTERNS: LazyLock<[(HeadingStyle, Regex); 5]> = LazyLock::new(|| {
        heading_patterns().map(|(style, re)| {
            // As compiled (Latin classes, optional accents), re-anchored.
            let pattern = re.as_str();
            let caret = pattern.find('^').expect("a line start");
            assert!(
                matches!(&pattern[..caret], "(?m)" | "(?mi)"),
                "flags then the line start: {pattern}"
            );
            let anchored = format!("{}\\A{}", &pattern[..caret], &pattern[caret + 1..]);
            (style, Regex::new(&anchored).expect("valid regex"))
        })
    });
    &PATTERNS
}

/// The candidate headings of each style after `from`, in text order.
///
/// The patterns are not run over the whole text (no literal prefix lets the
/// regex engine skip ahead, so that costs a step of its automaton per byte):
/// only on the lines whose first bytes can start them.
fn candidates(text: &str, from: usize, words: &MarkWords) -> Vec<(HeadingStyle, Vec<Candidate>)> {
    let patterns = line_patterns();
    let mut by_style: Vec<(HeadingStyle, Vec<Candidate>)> =
        patterns.iter().map(|&(s, _)| (s, Vec::new())).collect();
    // A bullet's first byte: a control character, a symbol font's private
    // character, "•", "▪", "■", "►", "➢", "✓".
    let may_start =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'#' | 0x01..=0x08 | 0xE2 | 0xEF);
    let feeds = words.feeds_in(from..text.len());
    for (at, line) in lines_where_given(&text[from..], feeds, may_start) {
        // "\u{f0d8} 2008/44 – Title": a heading behind a bullet is read
        // from its first word.
        // (The heading still starts its line, bullet and all.)
        let line_start = from + at;
        let (at, line) = match after_bullet(line) {
            Some(rest) => (at + line.len() - rest.len(), rest),
            None => (at, line),
        };
        let lead = line.trim_start_matches([' ', '\t']);
        let bare = lead.trim_start_matches(['#', ' ', '\t']).as_bytes();
        let may = [
            starts_with_keyword(bare),
            matches!(
                bare,
                [b'd' | b'D', b'e' | b'E' | 0xC3, ..] | [b'n' | b'N', ..]
            ),
            code_start(lead.as_bytes()),
            lead.starts_with(|c: char| c.is_ascii_digit()),
            roman_start(bare),
        ];
        for (k, (style, re)) in patterns.iter().enumerate() {
            let style = *style;
            if may[k]
                && let Some(c) = re.captures(line)
                && let Some(mut candidate) = candidate(style, &c, from + at, text)
            {
                // (Anchored, a match starts the line it is given.)
                candidate.0 = line_start;
                by_style[k].1.push(candidate);
            }
        }
    }
    by_style
}

/// The rest of a line that opens with a bullet
/// ([`crate::text::is_symbol_bullet`]) and a space; None for a line with
/// no bullet.
fn after_bullet(line: &str) -> Option<&str> {
    let lead = line.trim_start_matches([' ', '\t']);
    let bullet = lead.chars().next()?;
    let rest = lead[bullet.len_utf8()..].strip_prefix([' ', '\t'])?;
    crate::text::is_symbol_bullet(bullet).then_some(rest)
}

/// The line before the one `at` starts (empty on the first line).
fn previous_line(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let Some(before) = before.strip_suffix('\n') else {
        return "";
    };
    let start = before.rfind('\n').map_or(0, |p| p + 1);
    &before[start..]
}

/// Whether a line opens more parentheses than it closes.
fn leaves_open(line: &str) -> bool {
    line.matches('(').count() > line.matches(')').count()
}

/// Whether a code is a date written with slashes: "09/11/11", "9/11/2011".
fn is_slash_date(code: &str) -> bool {
    let parts: Vec<&str> = code.split('/').collect();
    let n = |k: usize| parts[k].parse::<u32>().ok();
    parts.len() == 3
        && n(0).is_some_and(|d| (1..=31).contains(&d))
        && n(1).is_some_and(|m| (1..=12).contains(&m))
        && matches!(parts[2].len(), 2 | 4)
        && n(2).is_some()
}

/// The candidate a heading pattern's match gives, `base` the offset in
/// `text` of the text it matched in.
fn candidate(
    style: HeadingStyle,
    c: &regex::Captures<'_>,
    base: usize,
    text: &str,
) -> Option<Candidate> {
    let hay = &text[base..];
    let m = c.get(0).expect("match");
    let g = c.get(1).expect("group");
    let (q, num) = match style {
        HeadingStyle::Keyword | HeadingStyle::Ordinal => (g.as_str().parse().ok(), None),
        HeadingStyle::Roman => (Some(roman_value(&g.as_str().to_ascii_lowercase())?), None),
        _ => (None, Some(base + g.start()..base + g.end())),
    };
    if style.ordinal() && !ordinal_title_ok(c, hay) {
        return None;
    }
    // "09/11/11 : PV du conseil municipal": a date line, not a code.
    if style == HeadingStyle::CodeDash && is_slash_date(g.as_str()) {
        return None;
    }
    // "... [départ après la\ndélibération n°2016-012], Isabelle X": a
    // reference that closes a bracket, wrapped onto the line's start, is
    // no heading.
    // So is one that closes a parenthesis its previous line left open
    // ("Pascale X (rejoint la séance à partir de la\ndélibération
    // N°2016-067).").
    if matches!(style, HeadingStyle::Numbered | HeadingStyle::CodeDash) {
        let after = hay[g.end()..].trim_start_matches([' ', '\t']);
        if after.starts_with(']')
            || (after.starts_with(')') && leaves_open(previous_line(text, base + m.start())))
        {
            return None;
        }
    }
    Some((base + m.start(), q, num))
}

/// Where decisions are written, roughly ("unanimité", "voix", "vote",
/// "adopté", "après en avoir délibéré", a line opening with the verb of a
/// decision: "DECIDE", "- approuve"), in `lower` (the text with ASCII
/// letters in lower case).
fn decision_marks(lower: &str, words: &MarkWords, from: usize) -> Vec<usize> {
    let lower = &lower[from..];
    // The words, tried anchored where a mark word starts that they start
    // with (a scan of the text found no more: every match starts so), each
    // match consuming its text as a scan would; the verbs that open a
    // line, on the lines whose first bytes can start one (a `(?m:^)`
    // alternative in the same pattern made the engine step over every
    // byte). Neither kind can start inside the other's matches, so the
    // starts are those of the single pattern.
    static WORDS: LazyLock<AnchoredRegex> = LazyLock::new(|| {
        AnchoredRegex::new(&accents_optional(
            r"unanimit|(?-u:\b)(?:voix|vote|votes|adopt[éÉe]e?s?)(?-u:\b)|apr[èÈe]s en avoir d[éÉe]lib[éÉe]r[éÉe]",
            true,
        ))
    });
    let verbs = lower_regex!(
        r"^[ \t]*(?:[-–•][ \t]*)?(?:d[éÉe]cide|d[éÉe]clare|approuve|accepte|autorise|fixe|[éÉe]met)(?-u:\b)"
    );
    let mut marks: Vec<usize> = Vec::new();
    let mut next = 0;
    for (at, word) in words.iter() {
        let Some(at) = at.checked_sub(from) else {
            continue;
        };
        let starts = matches!(
            word,
            "unanim"
                | "voix"
                | "vote"
                | "adopt"
                | "apr\u{e8}s en avoir"
                | "apr\u{c8}s en avoir"
                | "apres en avoir"
        );
        if at < next || !starts {
            continue;
        }
        if let Some(m) = WORDS.at(lower, at) {
            marks.push(m.start);
            next = m.end;
        }
    }
    let opening = |b: u8| matches!(b, b'-' | b'd' | b'a' | b'f' | b'e' | 0xC3 | 0xE2);
    let feeds = words.feeds_in(from..from + lower.len());
    let at_lines: Vec<usize> = lines_where_given(lower, feeds, opening)
        .filter(|(_, line)| opens_with_verb(line.as_bytes()) && verbs.is_match(line))
        .map(|(at, _)| at)
        .collect();
    if !at_lines.is_empty() {
        marks.extend(at_lines);
        marks.sort_unstable();
    }
    marks
}

/// Whether a line can open with a verb of a decision as the headings'
/// verb pattern reads it: past blanks and a bullet, "décide", "déclare",
/// "approuve", "accepte", "autorise", "fixe", "émet" (accents optional);
/// the pattern is run on those lines only.
fn opens_with_verb(line: &[u8]) -> bool {
    let blanks = |s: &[u8]| s.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    let mut lead = &line[blanks(line)..];
    for bullet in ["-", "\u{2013}", "\u{2022}"] {
        if let Some(rest) = lead.strip_prefix(bullet.as_bytes()) {
            lead = &rest[blanks(rest)..];
            break;
        }
    }
    [
        "d\u{e9}cide",
        "d\u{c9}cide",
        "decide",
        "d\u{e9}clare",
        "d\u{c9}clare",
        "declare",
        "approuve",
        "accepte",
        "autorise",
        "fixe",
        "\u{e9}met",
        "\u{c9}met",
        "emet",
    ]
    .iter()
    .any(|v| lead.starts_with(v.as_bytes()))
}

/// How well a style's headings cut the text into items: each heading whose
/// item records a decision counts two, each one whose item records none
/// costs one (a table's numbered rows, a list inside an item).
fn fit(chosen: &[Candidate], marks: &[usize], text_len: usize) -> i64 {
    let mut score = 0;
    for (k, h) in chosen.iter().enumerate() {
        let end = chosen.get(k + 1).map_or(text_len, |n| n.0);
        let first = marks.partition_point(|&m| m < h.0);
        if marks.get(first).is_some_and(|&m| m < end) {
            score += 2;
        } else {
            score -= 1;
        }
    }
    score
}

/// The deliberation headings of `text`, in order, after `from`; `lower` is
/// `text` with ASCII letters in lower case (same offsets).
pub(super) fn headings(text: &str, lower: &str, from: usize, words: &MarkWords) -> Vec<Heading> {
    let mut by_style = candidates(text, from, words);
    if by_style.iter().all(|(_, v)| v.is_empty()) {
        return inline_headings(text, from);
    }
    let marks = decision_marks(lower, words, from)
        .into_iter()
        .map(|m| from + m)
        .collect::<Vec<_>>();
    // Roman figures number the parts of a report as often as the items of
    // a sitting: their run is items only when it cuts the text into items
    // that record a decision more often than not.
    if let Some((HeadingStyle::Roman, roman)) = by_style.last_mut()
        && !roman.is_empty()
        && fit(&best_chain(roman, text.len(), &marks), &marks, text.len()) <= 0
    {
        roman.clear();
        if by_style.iter().all(|(_, v)| v.is_empty()) {
            return inline_headings(text, from);
        }
    }
    // The first style in order of reliability, unless another's headings
    // cut the text better into items that record a decision. Numbered
    // lines right under keyword headings give their numbers.
    let fits: Vec<(usize, i64)> = by_style
        .iter()
        .enumerate()
        .filter(|(_, (_, v))| !v.is_empty())
        .map(|(k, (style, v))| {
            let chain = if style.ordinal() {
                best_chain(v, text.len(), &marks)
            } else {
                v.clone()
            };
            (k, fit(&chain, &marks, text.len()))
        })
        .collect();
    let first = fits[0];
    let best = fits
        .iter()
        .copied()
        .max_by_key(|&(k, fit)| (fit, std::cmp::Reverse(k)))
        .unwrap_or(first);
    let pos = if best.1 > first.1.max(0) {
        best.0
    } else {
        first.0
    };
    let (mut style, mut chosen) = by_style[pos].clone();
    // "1 – APPROBATION ...\nDélibération n° 2021-001": the ordinal line is the
    // heading, the numbered line under it gives the number.
    if style == HeadingStyle::Numbered {
        let ordinals = best_chain(&by_style[3].1, text.len(), &marks);
        let right_under = |n: usize| {
            ordinals
                .iter()
                .any(|o| o.0 < n && text[o.0..n].matches('\n').count() <= 3)
        };
        if !ordinals.is_empty() && chosen.iter().all(|c| right_under(c.0)) {
            style = HeadingStyle::Ordinal;
            chosen = ordinals;
        }
    }
    if style.ordinal() {
        chosen = best_chain(&chosen, text.len(), &marks);
    }
    let numbers: Vec<(usize, Range<usize>)> = if style == HeadingStyle::Keyword || style.ordinal() {
        by_style[1]
            .1
            .iter()
            .filter_map(|(p, _, n)| n.clone().map(|n| (*p, n)))
            .collect()
    } else {
        Vec::new()
    };
    let mut out: Vec<Heading> = Vec::new();
    for (k, &(start, question, ref number)) in chosen.iter().enumerate() {
        let line_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let next_start = chosen.get(k + 1).map_or(text.len(), |h| h.0);
        // A "Délibération n° ..." on the heading line or the next one.
        let mut number = number.clone();
        let mut heading_end = line_end;
        if number.is_none() {
            let limit = text[line_end.min(text.len())..]
                .char_indices()
                .filter(|&(_, c)| c == '\n')
                .nth(2)
                .map_or(text.len(), |(p, _)| line_end + p);
            if let Some((p, n)) = numbers
                .iter()
                .find(|(p, _)| *p >= start && *p <= limit.min(next_start))
            {
                number = Some(n.clone());
                if *p > line_end {
                    heading_end = text[*p..].find('\n').map_or(text.len(), |e| p + e);
                }
            }
        }
        let mut title = heading_title(
            text,
            start,
            line_end,
            heading_end,
            number.as_ref(),
            next_start,
        );
        // A heading line that runs on into the item's text (each item one
        // paragraph): the title is cut as in a flattened text.
        if let Some(r) = title.clone()
            && r.end <= line_end
            && r.len() > PARAGRAPH
        {
            (title, heading_end) = title_in_paragraph(text, r.start, next_start);
        }
        out.push(Heading {
            range: start..heading_end,
            question,
            number,
            title,
        });
    }
    out
}

/// An ordinal heading needs a title that starts like one (not "1. 2. 3."):
/// on its line, not a month ("25 Mars 2018"), or for a number alone on its
/// line on the next lines ([`title_below`]).
fn ordinal_title_ok(c: &regex::Captures<'_>, hay: &str) -> bool {
    match (c.get(2), c.get(3)) {
        (Some(first), _) => {
            first.as_str().starts_with(|ch: char| ch.is_uppercase())
                && !member_row(&hay[first.start()..])
        }
        (None, Some(title)) => {
            !dated(&hay[title.start()..])
                && !document_title(&hay[title.start()..])
                && !member_row(&hay[title.start()..])
        }
        (None, None) => title_below(&hay[c.get(0).map_or(0, |m| m.end())..]),
    }
}

/// Whether a numbered line names a member, not an item: a civility then a
/// family name in capitals ("12. Mme HUMBERT Sophie, Adjointe X", a row of
/// a presence sheet); or a given name then a family name in capitals, the
/// line holding nothing but capitalised and capital words ("3 Anne MOREL P
/// Paul PLEUN", a row of a table of delegates numbered by sector); or a
/// family name in capitals whose line gives a proxy ("L. GAUVRIT donne
/// pouvoir à P. HASLÉ", an initial read as a Roman figure).
fn member_row(title: &str) -> bool {
    let caps = |w: &str| {
        let letters = w.trim_end_matches(',');
        letters.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && letters
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let mut words = title.split_whitespace();
    let first = words.next().unwrap_or("");
    let civility = matches!(
        first,
        "M." | "Mme" | "Mme." | "MME" | "Mr" | "Mr." | "Mlle" | "Monsieur" | "Madame"
    );
    let family = words.next().is_some_and(caps);
    if civility && family {
        return true;
    }
    let line = title.split('\n').next().unwrap_or("");
    // "1. Commune d'ARVILLE Madame Anne X (DT)", "3. Commune de Monsieur
    // Paul Y": a row of a table of communes and their delegates, the
    // commune's name in capitals (or blanked) then the delegate's civility
    // and a name.
    if matches!(first, "Commune" | "COMMUNE" | "Ville" | "VILLE") {
        let ws: Vec<&str> = line.split_whitespace().skip(1).take(9).collect();
        let link = |w: &str| {
            matches!(w, "de" | "du" | "des" | "d'" | "d’" | "DE" | "DU" | "DES")
                || (w.starts_with("d'") || w.starts_with("d’"))
                    && caps(w.trim_start_matches("d'").trim_start_matches("d’"))
        };
        let is_civility = |w: &str| matches!(w, "M." | "Mme" | "Monsieur" | "Madame");
        if ws.first().is_some_and(|w| link(w))
            && let Some(c) = ws.iter().position(|w| is_civility(w))
            && ws[1..c].iter().all(|w| caps(w) || matches!(*w, "-" | "–"))
            && ws
                .get(c + 1)
                .is_some_and(|w| caps(w) || w.starts_with(char::is_uppercase))
        {
            return true;
        }
    }
    // "L. GAUVRIT donne pouvoir à P. HASLÉ": a proxy's line, the
    // grantor's initial read as a figure; a family name in capitals (its
    // given name maybe after it), then the proxy's verb.
    if caps(first) {
        let after = fold(line[first.len()..].trim_start());
        let proxy = |r: &str| {
            [
                "donne pouvoir",
                "donne procuration",
                "a donne pouvoir",
                "a donne procuration",
            ]
            .iter()
            .any(|p| r.starts_with(p))
        };
        if proxy(&after) || after.split_once(' ').is_some_and(|(_, r)| proxy(r)) {
            return true;
        }
    }
    family
        && first.starts_with(char::is_uppercase)
        && !caps(first)
        && is_given_name(first)
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether the line after a number without a separator is the document's
/// own title running into its text: "1 Extrait du Registre des
/// Délibérations Séance du 15 juillet 2020 Nombre des Membres ...", a page
/// number before a published page flattened onto one line. A short line
/// ("1 Compte rendu du conseil du 2 septembre") is an item.
fn document_title(after: &str) -> bool {
    let line = after.split('\n').next().unwrap_or("");
    if line.len() < PARAGRAPH {
        return false;
    }
    let line = &line[..line.floor_char_boundary(line.len().min(600))];
    fold_regex!(
        r"(?i)compte[ -]rendu|proc[èe]s[ -]verbal|registre d|s[ée]ance du|r[ée]union du|r[ée]publique fran[çc]aise|l'an deux mil"
    )
    .is_match(line)
}

/// Whether a heading's title after its number is a month: "25 Mars 2018"
/// is a date, not item 25.
fn dated(title: &str) -> bool {
    let word = title
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    month_number(word).is_some()
}

/// Whether the lines after a number alone on its line ("3.\n\nTarifs de la
/// cantine") start with a title: a capital letter within two line feeds.
fn title_below(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t', '\r', '\n']);
    after.len() - rest.len() <= 8
        && after[..after.len() - rest.len()].matches('\n').count() <= 3
        && rest.starts_with(|ch: char| ch.is_uppercase())
}

/// Of several runs 1, 2, 3... (an agenda, then the items), the one that
/// best cuts the text into items recording a decision ([`fit`], when
/// `marks` are given), then the one whose items are furthest apart: the
/// items themselves, not the agenda lines nor a short list of a few
/// numbered lines far apart.
pub(super) fn best_chain(found: &[Candidate], text_len: usize, marks: &[usize]) -> Vec<Candidate> {
    let mut chains: Vec<Vec<Candidate>> = Vec::new();
    for h in found {
        let n = h.1.unwrap_or(0);
        // The run this number goes on. A list numbered inside an item
        // ("1. Association X", "2. ...") leaves the items' own run to go on
        // after it: of several runs, the one whose usual gap is most like
        // the gap to this number, the latest on a tie.
        let oddness = |c: &Vec<Candidate>| -> f64 {
            let (first, last) = (c[0].0, c[c.len() - 1].0);
            if c.len() < 2 || h.0 <= last {
                return 0.0;
            }
            let usual = (last - first) as f64 / (c.len() - 1) as f64;
            ((h.0 - last) as f64 / usual.max(1.0)).ln().abs()
        };
        // The run's next number; else, for an item taken out of its order
        // ("point 8 is seen before point 5"), a number the run has skipped,
        // then one a little ahead of it.
        let way = |c: &Vec<Candidate>| -> Option<u8> {
            let top = c.iter().filter_map(|x| x.1).max().unwrap_or(0);
            let skipped = c.len() >= 2 && !c.iter().any(|x| x.1 == Some(n));
            match n {
                _ if n == top + 1 => Some(0),
                _ if skipped && n < top => Some(1),
                _ if skipped && n > top && n <= top + 5 => Some(2),
                _ => None,
            }
        };
        let extends = chains
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(k, c)| way(c).map(|w| (w, oddness(c), k)))
            .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
            .map(|(_, _, k)| k);
        if let Some(k) = extends {
            chains[k].push(h.clone());
        } else if n <= 1 || chains.is_empty() {
            chains.push(vec![h.clone()]);
        }
    }
    chains
        .into_iter()
        .max_by_key(|chain| {
            let first = chain.first().map_or(0, |h| h.0);
            let last = chain.last().map_or(0, |h| h.0);
            let span = if chain.len() > 1 {
                last - first
            } else {
                text_len - first
            };
            let fit = if marks.is_empty() {
                0
            } else {
                fit(chain, marks, text_len)
            };
            (fit, span / chain.len().max(1), chain.len())
        })
        .unwrap_or_default()
}

/// The title of a heading: the rest of its line after the number and
/// separators, else the next non-empty line ("Objet : ...").
fn heading_title(
    text: &str,
    start: usize,
    line_end: usize,
    heading_end: usize,
    number: Option<&Range<usize>>,
    next_start: usize,
) -> Option<Range<usize>> {
    let line = &text[start..line_end];
    let sep = fold_regex!(&format!(
        r"(?i)^[ \t#]*(?:(?i:{})[ \t]+(?:n[ \t]?[°o]?[ \t]*)?\d+|(?:[A-Z]{{1,5}}[ -]?)?\d{{2,4}}[-./]\d{{1,4}}(?:[-./]\d{{1,4}})?|\d{{1,3}}[ \t]?(?:{ORDINAL_SEPARATORS})|[IVXL]{{1,7}}[ \t]?(?:{ORDINAL_SEPARATORS})|\d{{1,3}}[ \t]|(?i:délibération[ \t]+)(?:n[ \t]?°[ \t]*)?[A-Z]{{0,4}}[ -]?\d[\w/.-]*|n[ \t]?°[ \t]*[A-Z]{{0,4}}[ -]?\d[\w/.-]*)[ \t]*(?:[-:.][ \t]*)?",
        ITEM_KEYWORDS.join("|")
    ));
    let mut title_start = start + sep.find(line).map_or(0, |m| m.end());
    // "RAPPORT N° 1 – Délibération n° CP-2022-10-001": the number is not the title.
    if let Some(n) = number
        && n.start >= title_start
        && n.end <= line_end
    {
        title_start = n.end;
        let rest = &text[title_start..line_end];
        title_start += rest.len() - rest.trim_start_matches([' ', '-', ':', '\t']).len();
    }
    let trimmed = |r: Range<usize>| -> Option<Range<usize>> {
        let s = &text[r.clone()];
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        (!t.is_empty()).then(|| r.start + lead..r.start + lead + t.len())
    };
    if let Some(r) = trimmed(title_start..line_end) {
        // A title in capitals wrapped over the next line ("... ET DEMANDE DE\nDETR").
        let next_end = text[line_end.min(text.len())..]
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '\n')
            .map_or(text.len(), |(p, _)| line_end + p);
        let next = text
            .get(line_end + 1..next_end.min(next_start))
            .unwrap_or("")
            .trim();
        let title_caps = text[r.clone()]
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let next_caps = !next.is_empty()
            && next
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            && next.chars().any(char::is_alphabetic);
        if title_caps && next_caps && !fold_regex!(r"(?i)^(?:délibération|n ?°)").is_match(next)
        {
            let s = line_end
                + 1
                + (text[line_end + 1..].len() - text[line_end + 1..].trim_start().len());
            return Some(r.start..s + next.len());
        }
        return Some(r);
    }
    // The next non-empty line, without "Objet :".
    let mut pos = heading_end;
    while pos < next_start {
        let end = text[pos..]
            .find('\n')
            .map_or(text.len(), |p| pos + p)
            .min(next_start);
        let line = text[pos..end].trim_start_matches(['\n', ' ']);
        if !line.trim().is_empty() {
            let lead = end - pos - line.len();
            let mut s = pos + lead;
            if let Some(rest) = strip_objet(&text[s..end]) {
                s = end - rest.len();
            }
            return trimmed(s..end);
        }
        pos = end + 1;
    }
    None
}

fn strip_objet(line: &str) -> Option<&str> {
    let lower = line.to_lowercase();
    lower
        .starts_with("objet")
        .then(|| line.split_once(':').map(|(_, r)| r.trim_start()))
        .flatten()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::segment::fixture_texts;

    /// The headings of `text`, from its start.
    pub(in crate::segment) fn headings_of(text: &str) -> Vec<Heading> {
        let lower = text.to_ascii_lowercase();
        headings(text, &lower, 0, &MarkWords::find(&lower))
    }

    #[test]
    fn a_proxy_line_on_an_initial_is_no_roman_heading() {
        assert!(member_row(
            "GAUVRIT donne pouvoir à P. HASLÉ\nSecrétaire : B. X"
        ));
        assert!(member_row("MOREAU Anne a donné pouvoir à Paul Y"));
        assert!(!member_row(
            "BUDGET PRIMITIF 2016\nLe Conseil adopte à l'unanimité"
        ));
        let text = "Présents : A. X, B. Y.\nL. GAUVRIT donne pouvoir à B. Y\nSecrétaire de séance : B. Y\nCette demande est acceptée à l'unanimité.\n";
        assert!(headings_of(text).is_empty());
    }

    /// `text` with each line's bullet ([`after_bullet`]) written as spaces,
    /// byte for byte.
    fn blank_bullets(text: &str) -> String {
        text.split_inclusive('\n')
            .map(|line| match after_bullet(line) {
                Some(rest) => " ".repeat(line.len() - rest.len()) + rest,
                None => line.to_string(),
            })
            .collect()
    }

    #[test]
    fn heading_candidates_are_those_of_a_whole_text_scan() {
        let mut compared = 0;
        for text in fixture_texts() {
            // A bullet before a heading is read as blanks.
            let blanked = blank_bullets(&text);
            let expected: Vec<(HeadingStyle, Vec<Candidate>)> = heading_patterns()
                .iter()
                .map(|&(style, re)| {
                    let found = re
                        .captures_iter(&blanked)
                        .filter_map(|c| candidate(style, &c, 0, &text))
                        .collect();
                    (style, found)
                })
                .collect();
            let words = MarkWords::find(&text.to_ascii_lowercase());
            assert_eq!(candidates(&text, 0, &words), expected);
            compared += expected.iter().map(|(_, v)| v.len()).sum::<usize>();
        }
        assert!(compared > 200, "{compared} candidates compared");
    }

    #[test]
    fn headings_of_each_style() {
        let text = "ORDRE DU JOUR\n1. Approbation\n2. Budget\n\nPOINT N°1 - APPROBATION DU PV\nDélibération n°D2019-021\n\ntexte\n\nPOINT N°2 - BUDGET\n";
        let h = headings_of(text);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].question, Some(1));
        assert_eq!(&text[h[0].number.clone().unwrap()], "D2019-021");
        assert_eq!(&text[h[0].title.clone().unwrap()], "APPROBATION DU PV");
        let text = "ORDRE DU JOUR\n1. Approbation du compte\n2. Budget\n\n1. APPROBATION\nbla bla\nbla\n\n2. BUDGET\nbla bla bla\nbla\n";
        let h = headings_of(text);
        assert_eq!(
            h.iter()
                .map(|h| &text[h.title.clone().unwrap()])
                .collect::<Vec<_>>(),
            ["APPROBATION", "BUDGET"]
        );
        let text = "N° 2016-031\nObjet : AMENAGEMENT DU BOURG\n";
        let h = headings_of(text);
        assert_eq!(&text[h[0].title.clone().unwrap()], "AMENAGEMENT DU BOURG");
    }

    #[test]
    fn ordinals_with_a_hyphen_and_a_bracket() {
        let text = "3-) Délibération : vente du tracteur\nexposé\nApprobation à l'unanimité.\n4- Délibération : tarifs\nexposé\nApprobation à l'unanimité.\n";
        let h = headings_of(text);
        assert_eq!(
            h.iter().map(|h| h.question).collect::<Vec<_>>(),
            [Some(3), Some(4)]
        );
    }

    #[test]
    fn decision_marks_are_those_of_one_whole_text_pattern() {
        let one = regex::Regex::new(
            r"unanimit|(?-u:\b)(?:voix|vote|votes|adopt[éÉe]e?s?)(?-u:\b)|apr[èÈe]s en avoir d[éÉe]lib[éÉe]r[éÉe]|(?m:^)[ \t]*(?:[-–•][ \t]*)?(?:d[éÉe]cide|d[éÉe]clare|approuve|accepte|autorise|fixe|[éÉe]met)(?-u:\b)",
        )
        .unwrap();
        let mut texts = crate::segment::fixture_texts();
        texts.push("  - décide\n\tadopté\n• approuve la vote unanimité\nÉmet un avis".into());
        for text in texts {
            let lower = text.to_ascii_lowercase();
            let expected: Vec<usize> = one.find_iter(&lower).map(|m| m.start()).collect();
            assert_eq!(
                decision_marks(&lower, &MarkWords::find(&lower), 0),
                expected
            );
        }
    }

    #[test]
    fn ordinals_without_a_separator_and_alone_on_their_line() {
        let text = "25 Mars 2018\nOrdre du jour :\n1. Subventions\n2. Cimetière\n\n1 Subventions aux associations\nVote : 14 pour / 0 contre\n2 Tarifs du cimetière\nVote : 13 pour / 1 contre\n3.\n\nQuestions diverses\nRien.\n";
        let h = headings_of(text);
        let titles: Vec<&str> = h.iter().map(|h| &text[h.title.clone().unwrap()]).collect();
        assert_eq!(
            titles,
            [
                "Subventions aux associations",
                "Tarifs du cimetière",
                "Questions diverses"
            ]
        );
        // A page number before a page flattened onto one line.
        let text = "Titre\n\n1 Extrait du Registre des Délibérations Séance du 15 juillet 2020 Nombre des membres en exercice : 27 Le Conseil Communautaire, régulièrement convoqué, s'est réuni à la salle des fêtes sous la présidence de M. Paul TRAX.\n";
        assert!(headings_of(text).is_empty());
    }

    #[test]
    fn the_items_run_is_the_one_that_records_decisions() {
        // Items whose decisions open with their verb, then a table of staff
        // numbered 1, 2, 3 far apart: the items are the run, not the table.
        let mut text = String::new();
        for n in 1..=6 {
            text += &format!(
                "{n}. TAUX D'IMPOSITION {n}\nexposé du maire\nDECIDE de fixer le taux.\n\n"
            );
        }
        for n in 1..=3 {
            text += &format!("{n}- Agent\n{}\n", "ligne du tableau\n".repeat(200));
        }
        let h = headings_of(&text);
        assert_eq!(h.len(), 6);
    }
}
