//! Item headings inside the lines of a text flattened onto few lines (a
//! whole document on one line, as some extractions give it).

use std::ops::Range;

use regex::Regex;

use super::headings::{Candidate, Heading, best_chain, keyword_forms};
use crate::text::{fold_regex, regex};
use crate::vocabulary::ITEM_KEYWORDS;

/// Headings inside the lines of a text flattened onto few lines ("... à
/// l'unanimité. POINT N°2 - BUDGET ...", "... adopté. 3 - TARIFS 2018 ..."):
/// after the end of a sentence, a keyword heading, or a number, a dash and a
/// title in capitals. Titles run to the end of their sentence.
pub(super) fn inline_headings(text: &str, from: usize) -> Vec<Heading> {
    let hay = &text[from..];
    // Only for flattened texts: a line a few hundred bytes long on average.
    // (Counting stops once there are too many line feeds.)
    if hay.len() < 2000
        || memchr::memchr_iter(b'\n', hay.as_bytes())
            .nth(hay.len() / 400)
            .is_some()
    {
        return Vec::new();
    }
    // After a sentence end or a figure ("Abstention : 0 QUESTION N°2 –").
    let keyword = regex!(&format!(
        r"(?:^|[.:;!?»)\d]\s+)((?:{})\s+[nN]\s?[°o]?\s*(\d{{1,3}})\s*[-:.)]\s*)",
        keyword_forms(&ITEM_KEYWORDS[..4])
    ));
    // After a sentence end, or after a figure ("Abstention : 0 5 – TARIFS":
    // a tally's last count ends the previous item).
    let ordinal = regex!(
        r"(?:[.!?»)]|\d)\s+((\d{1,3})\s?(?:°\)\s+[\p{Lu}]|(?:\)|\s-)\s+[\p{Lu}][\p{Lu}'\- ]{3,}\b))"
    );
    // "1. Procès-verbal de la séance": a title in small letters, too
    // common a shape in prose to be trusted alone (see below).
    let dotted = regex!(r"(?:[.!?»)]|\d)\s+((\d{1,3})\.\s+)[\p{Lu}][\p{Ll}]");
    // "Délibération n° 2023-031 - Title", "--- Délibération n° 2023-031 Objet : ..."
    // (a dash inside the number is no separator)
    let numbered = fold_regex!(
        r"(?:^|[.:;!?»)\-]\s+)((?:Délibération|DÉLIBÉRATION|DELIBERATION)\s+n\s?°\s*[A-Z]{0,4}[ -]?(\d[\w/.-]*?)(?:\s+[-:]|:|\s+Objet\s*:)\s*)"
    );
    // "2022-11-01 – Title": a code, a dash, a capital, after a sentence end.
    let code_dash = regex!(
        r"[.!?»)]\s+(((?:[A-Z]{1,5}[ -]?)?\d{2,4}[-./]\d{1,4}[-./])(\d{1,4})\s*-\s+)[\p{Lu}]"
    );
    // Start, title start, question, deliberation number.
    let mut found: Vec<InlineHeading> = keyword
        .captures_iter(hay)
        .map(|c| {
            let g = c.get(1).expect("group");
            (from + g.start(), from + g.end(), c[2].parse().ok(), None)
        })
        .collect();
    if found.is_empty() {
        // "Délibération n° 2023-031 - Title": numbered in order, no question.
        found = numbered
            .captures_iter(hay)
            .map(|c| {
                let (g, n) = (c.get(1).expect("group"), c.get(2).expect("number"));
                (
                    from + g.start(),
                    from + g.end(),
                    None,
                    Some(from + n.start()..from + n.end()),
                )
            })
            .collect();
    }
    if found.is_empty() {
        found = code_dash_run(hay, from, code_dash);
    }
    if found.is_empty() {
        let candidates: Vec<Candidate> = ordinal
            .captures_iter(hay)
            .map(|c| {
                let g = c.get(1).expect("group");
                // The title starts at its first letter, kept out of the separator.
                let sep_end = g.end()
                    - g.as_str()
                        .chars()
                        .rev()
                        .take_while(|ch| {
                            ch.is_alphabetic() || *ch == '\'' || *ch == '-' || *ch == ' '
                        })
                        .map(char::len_utf8)
                        .sum::<usize>();
                (
                    from + g.start(),
                    c[2].parse().ok(),
                    Some(from + g.start()..from + sep_end),
                )
            })
            .collect();
        let mut chain = best_chain(&candidates, text.len(), &[]);
        if chain.is_empty() {
            // Dotted numbers only as a run of at least three items.
            let dotted: Vec<Candidate> = dotted
                .captures_iter(hay)
                .map(|c| {
                    let g = c.get(1).expect("group");
                    (
                        from + g.start(),
                        c[2].parse().ok(),
                        Some(from + g.start()..from + g.end()),
                    )
                })
                .collect();
            chain = best_chain(&dotted, text.len(), &[]);
            if chain.len() < 3 {
                chain.clear();
            }
        }
        found = chain
            .into_iter()
            .map(|(start, q, sep)| (start, sep.map_or(start, |r| r.end), q, None))
            .collect();
    }
    found
        .iter()
        .enumerate()
        .map(|(k, (start, title_start, question, number))| {
            let (start, title_start, question) = (*start, *title_start, *question);
            let rest = &text[title_start..];
            let title_start = title_start + rest.len()
                - rest
                    .trim_start_matches([' ', '-', ')', '°', ':', '.'])
                    .len();
            let next = found
                .get(k + 1)
                .map_or(text.len(), |n| n.0)
                .max(title_start);
            let (title, heading_end) = title_in_paragraph(text, title_start, next);
            Heading {
                range: start..heading_end,
                question,
                number: number.clone(),
                title,
            }
        })
        .collect()
}

/// The title of a heading whose line runs on into the item's text (a
/// flattened text), from `title_start` to at most `next`, and where the
/// heading ends. The title runs to the end of its sentence, within 200
/// bytes; one in capitals ends with them ("TARIFS 2017 Rapporteur : M").
///
/// A title in small letters is a guess: the heading ends before it, so
/// that the item's body starts with it and a vote the guess swallowed ("1.
/// Approbation du procès-verbal ... Le procès-verbal est approuvé à
/// l'unanimité.") is still read. One in capitals ends with them and stays
/// out ("... DE DÉTAIL POUR 2017" is no vote).
pub(super) fn title_in_paragraph(
    text: &str,
    title_start: usize,
    next: usize,
) -> (Option<Range<usize>>, usize) {
    let limit = text.floor_char_boundary((title_start + 200).min(next));
    let title_end = text[title_start..limit]
        .find(". ")
        .map_or(limit, |p| title_start + p);
    let mut title = text[title_start..title_end].trim_end();
    // "Tarifs ; 6. Consultation": the next item's number stays out.
    if title_end < limit {
        let number = title.trim_end_matches(|c: char| c.is_ascii_digit());
        if number.len() < title.len() && number.ends_with([' ', ';', ',']) {
            title = number.trim_end_matches([' ', ';', ',', '-', '–']);
        }
    }
    let caps_end = title
        .split_inclusive(' ')
        .take_while(|w| !w.chars().any(char::is_lowercase))
        .map(str::len)
        .sum::<usize>();
    if caps_end >= 4 && caps_end < title.len() {
        title = title[..caps_end].trim_end();
    }
    let in_capitals = !title.chars().any(char::is_lowercase);
    let heading_end = if in_capitals {
        title_start + title.len()
    } else {
        title_start
    };
    let range = (!title.is_empty()).then(|| title_start..title_start + title.len());
    (range, heading_end)
}

/// An item heading found inside a line: its start, its title's start, its
/// question and its deliberation number.
type InlineHeading = (usize, usize, Option<u32>, Option<Range<usize>>);

/// Inline code headings ("2022-11-01 – Title", "2022-11-02 – ..."): the
/// longest run sharing the code's stem ("2022-11-") with rising last
/// numbers, two at least (one alone may be a date in prose).
fn code_dash_run(hay: &str, from: usize, re: &Regex) -> Vec<InlineHeading> {
    // Per stem, its headings with their last numbers (a map: a hostile
    // text may hold as many stems as headings).
    let mut runs: std::collections::HashMap<&str, Vec<(u32, InlineHeading)>> = Default::default();
    for c in re.captures_iter(hay) {
        let (g, stem) = (c.get(1).expect("group"), c.get(2).expect("stem"));
        let last = c.get(3).expect("last number");
        let Ok(n) = last.as_str().parse::<u32>() else {
            continue;
        };
        let code = from + stem.start()..from + last.end();
        let heading = (from + g.start(), from + g.end(), None, Some(code));
        let run = runs.entry(stem.as_str()).or_default();
        if run.last().is_none_or(|l| l.0 < n) {
            run.push((n, heading));
        }
    }
    // The longest run; among equals, the first in the text.
    runs.into_values()
        .filter(|run| run.len() >= 2)
        .max_by_key(|run| (run.len(), std::cmp::Reverse(run[0].1.0)))
        .map(|run| run.into_iter().map(|(_, h)| h).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::headings::tests::headings_of;

    #[test]
    fn headings_inside_a_flattened_text() {
        let filler = "Le conseil municipal en débat longuement avec les services. ".repeat(20);
        let text = format!(
            "Séance du 3 mars 2020. {filler}1 - APPROBATION DU PROCÈS-VERBAL Le procès-verbal est adopté. {filler}2 - BUDGET PRIMITIF Pour : 12 Contre : 3. {filler}"
        );
        let h = headings_of(&text);
        let titles: Vec<&str> = h.iter().map(|h| &text[h.title.clone().unwrap()]).collect();
        assert_eq!(titles, ["APPROBATION DU PROCÈS-VERBAL", "BUDGET PRIMITIF"]);
        assert_eq!(h[1].question, Some(2));
    }

    #[test]
    fn flattened_headings_after_a_count_and_dotted_runs() {
        let filler = "Le conseil municipal en débat longuement avec les services. ".repeat(20);
        // "Contre : 3 2 - BUDGET": a tally's last figure ends the item.
        let text = format!(
            "Séance du 3 mars 2020. {filler}1 - APPROBATION DU PV Pour : 12 Contre : 3 2 - BUDGET PRIMITIF POUR 2020 {filler}"
        );
        let h = headings_of(&text);
        assert_eq!(
            h.iter().map(|h| h.question).collect::<Vec<_>>(),
            [Some(1), Some(2)]
        );
        // A title in capitals ends the heading: "POUR 2020" is no vote.
        assert_eq!(&text[h[1].range.clone()], "2 - BUDGET PRIMITIF POUR 2020");
        // Dotted numbers with titles in small letters: three in a row.
        let text = format!(
            "Séance du 3 mars 2020. {filler}1. Approbation du procès-verbal Le procès-verbal est adopté à l'unanimité. 2. Budget primitif Adopté. 3. Tarifs Adopté. {filler}"
        );
        let h = headings_of(&text);
        assert_eq!(h.len(), 3);
        // The body starts with a title in small letters (its end is a guess).
        assert_eq!(&text[h[0].range.clone()], "1. ");
        assert!(text[h[0].title.clone().unwrap()].starts_with("Approbation du procès-verbal"));
        // Codes sharing a stem, rising: "2022-11-01 – ...", "2022-11-02 – ...".
        let text = format!(
            "Séance du 3 mars 2020. {filler}2022-11-01 - Approbation du PV Adopté. 2022-11-02 - Budget Adopté. Vu la loi du 12/05/2021 - Le conseil. {filler}"
        );
        let h = headings_of(&text);
        let numbers: Vec<&str> = h.iter().map(|h| &text[h.number.clone().unwrap()]).collect();
        assert_eq!(numbers, ["2022-11-01", "2022-11-02"]);
        // "--- Délibération n° 2023-031 Objet : ...", "0 QUESTION N°2 - ...".
        let text = format!(
            "Séance du 3 mars 2020. {filler}--- Délibération n° 2023-031 Objet : PACTE Adopté. {filler}"
        );
        let h = headings_of(&text);
        assert_eq!(&text[h[0].number.clone().unwrap()], "2023-031");
        let text = format!(
            "Séance du 3 mars 2020. {filler}QUESTION N°1 - PV Pour : 19 Contre : 0 QUESTION N°2 - BUDGET {filler}"
        );
        assert_eq!(headings_of(&text).len(), 2);
        // Two are not enough: "article 2. Le ..." is prose.
        let text = format!("Séance du 3 mars 2020. {filler}1. Approbation. 2. Budget. {filler}");
        assert!(headings_of(&text).is_empty());
    }
}
