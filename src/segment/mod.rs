//! Stage 2: cut the normalised text into what the grammars read: the
//! item headings where deliberations start ("POINT N°1 –", "RAPPORT N° 3
//! –", "Délibération n° 2023-031", "2 – ..."), and before the first one the
//! labelled sections of the head ("Etaient présents :", "Absents excusés :",
//! "Procurations de vote :", "Secrétaire de séance :").
//!
//! A section runs from its label to the next; the list grammar then stops at
//! the first thing that is not part of the list, so one-line documents and
//! layouts without blank lines segment the same way.
//!
//! - `labels`: the labels and the sections they open.
//! - `headings`: item headings at line starts, in five styles.
//! - `inline`: item headings inside the lines of flattened texts.

mod headings;
mod inline;
mod labels;

use crate::grammar::decisions::MarkWords;
use crate::normalize::Normalized;

pub(crate) use headings::Heading;
pub(crate) use labels::{Label, Section};

/// What segmenting a text finds: the items and the labelled sections of
/// the head before them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segments {
    /// The item headings, in order, with their question numbers.
    pub(crate) headings: Vec<Heading>,
    /// Where the first item starts (the text's end when there is none):
    /// the head holds the meeting's header and the attendance.
    pub(crate) head_end: usize,
    /// The labelled sections of the head, in order.
    pub(crate) sections: Vec<Section>,
    /// Where the words of decision marks stand: the headings' fit and the
    /// decision marks both start from them.
    pub(crate) mark_words: MarkWords,
}

/// Segment a normalised text: its item headings, then the labelled
/// sections before the first one.
pub(crate) fn segment(norm: &Normalized) -> Segments {
    let text = &norm.text;
    let mark_words = MarkWords::with_feeds(&norm.lower, norm.feeds.clone());
    let mut headings = headings::headings(text, &norm.lower, 0, &mark_words);
    infer_questions(text, &mut headings);
    let mut head_end = headings.first().map_or(text.len(), |h| h.range.start);
    let mut sections = labels::sections(text, &norm.lower, mark_words.feeds(), 0..head_end);
    // Headings before the minutes' own opening: a web page's title on the
    // text's first line ("04/ Approbation des statuts"), or an agenda's
    // numbered lines ("1. TRAVAUX 1.1 ...") before "Le Conseil s'est réuni
    // ... Etaient présents :". No attendance label before them, the
    // members present after them, and no decision said in between: they
    // are no items, and the head runs on to the first heading after the
    // attendance.
    let attendance = |s: &Section| matches!(s.label, Label::Present | Label::Absent(_));
    if let Some(first) = headings.first()
        && !sections.iter().any(attendance)
    {
        // (A word in an agenda's title, "Adoption du règlement", decides
        // nothing.)
        let in_heading = |at: usize| headings.iter().any(|h| h.range.contains(&at));
        let decided = mark_words
            .iter()
            .find(|&(at, w)| {
                at > first.range.end
                    && matches!(w, "unanim" | "voix" | "adopt" | "approuv")
                    && !in_heading(at)
            })
            .map_or(text.len(), |(at, _)| at);
        let later = labels::sections(
            text,
            &norm.lower,
            mark_words.feeds(),
            first.range.end..decided,
        );
        // A list, not a count restated for an item ("Présents : 25"), nor
        // the list of another body's minutes read out in an item ("4)
        // Monsieur le Président donne lecture du compte rendu du bureau du
        // 9 décembre\n\nMembres présents : ...").
        // "Ordre du jour\n\n1) ...\n\n12) ...\n\nLe Président ouvre la
        // séance. Il donne lecture des procurations parvenues : - M. X à M.
        // Y": after an agenda under its own label, the sitting's absent or
        // proxies may be its only attendance.
        let agenda = sections.iter().any(|s| {
            s.label == Label::Stop
                && crate::text::fold_starts_with(&text[s.label_range.clone()], "ordre du jour")
        });
        // ("Etaient présents, Mesdames, Messieurs X Y ... Etaient excusés
        // : Z": the present list without its colon, no label; the absent
        // label after it tells the attendance as well.)
        let present_unlabelled = |s: &Section| {
            matches!(s.label, Label::Absent(_))
                && s.count.is_none()
                && crate::text::lower_regex!(r"(?:étaient|sont)\s+présents?\s*,")
                    .is_match(&norm.lower[first.range.end..s.label_range.start])
        };
        if let Some(present) = later
            .iter()
            .find(|s| {
                s.count.is_none()
                    && (s.label == Label::Present
                        || agenda && matches!(s.label, Label::Absent(_) | Label::Proxies))
            })
            .or_else(|| later.iter().find(|s| present_unlabelled(s)))
            .filter(|s| !reported_minutes_before(&norm.lower, s.label_range.start))
        {
            // The items are looked for again after the attendance: their
            // style may differ from the agenda's ("1.1 Réfection ...").
            let at = present.label_range.start;
            headings = headings::headings(text, &norm.lower, at, &mark_words);
            infer_questions(text, &mut headings);
            head_end = headings.first().map_or(text.len(), |h| h.range.start);
            sections = labels::sections(text, &norm.lower, mark_words.feeds(), 0..head_end);
        }
    }
    // "2 Sur convocation ..., le Conseil d'administration s'est réuni le
    // jeudi 4 juin, ..., sous la présidence de ...": a page's number kept
    // by a transcription before the preamble of the sitting, read as an
    // item's number. The preamble opens no item: the head runs on.
    if let Some(first) = headings.first() {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[first.range.start..])
            .map_or(text.len(), |p| first.range.start + p);
        let line = &norm.lower[first.range.start..line_end];
        // (Its apostrophe may be lost, "s est réuni"; where no presidency
        // is told, the preamble tells the sitting's day.)
        if crate::text::lower_regex!(r"s['’ ]est réunie?\b|se sont réunie?s\b").is_match(line)
            && (line.contains("sous la présidence")
                || crate::text::lower_regex!(
                    r"réunie?s?\s+le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|[0-9])"
                )
                .is_match(line))
        {
            headings.remove(0);
            head_end = headings.first().map_or(text.len(), |h| h.range.start);
            sections = labels::sections(text, &norm.lower, mark_words.feeds(), 0..head_end);
        }
    }
    // "N°106\n\nPROCÈS-VERBAL DU CONSEIL ...": a register's folio number
    // alone on its line, before the minutes' own title, read as an item's
    // number; "1/\n\nCOMPTE-RENDU DU CONSEIL ...", a page's number the same
    // way, before any attendance (after it, "1/" then "Procès-verbal de la
    // séance du ..." is the item approving the last minutes). A title
    // saying what the text is opens no item: the head runs on.
    if let Some(first) = headings.first() {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[first.range.start..])
            .map_or(text.len(), |p| first.range.start + p);
        let after = &norm.lower[line_end
            ..norm
                .lower
                .floor_char_boundary((line_end + 80).min(text.len()))];
        let number = norm.lower[first.range.start..line_end].trim();
        let folio = crate::text::lower_regex!(r"^n\s*°\s*[0-9]+$").is_match(number);
        let page = || {
            crate::text::lower_regex!(r"^[0-9]{1,3}\s*[/.)\-–]?$").is_match(number)
                && !sections.iter().any(attendance)
        };
        // "2018/141  PROCÈS-VERBAL DU CONSEIL ..." on the text's first
        // line (a text flattened onto one line): a number opening the
        // text, then the minutes' own title on its line.
        let titled = || {
            text[..first.range.start].trim().is_empty()
                && first.number.as_ref().is_some_and(|n| {
                    crate::text::lower_regex!(
                        r"^\s*(?:procès[- ]verbal|compte[- ]rendu)\s+(?:de la |du |de l')?(?:séance|réunion|conseil|comité|bureau|assemblée)"
                    )
                    .is_match(norm.lower.get(n.end..line_end).unwrap_or(""))
                })
        };
        if ((folio || page())
            && crate::text::lower_regex!(
                r"^\s*(?:procès[- ]verbal|compte[- ]rendu|registre des délibérations|extrait du registre)"
            )
            .is_match(after))
            || titled()
        {
            headings.remove(0);
            head_end = headings.first().map_or(text.len(), |h| h.range.start);
            sections = labels::sections(text, &norm.lower, mark_words.feeds(), 0..head_end);
        }
    }
    // "Etaient présents :\n\n1- Edouard X 2- Pascal Y ...": a numbered
    // list of members read as item headings. A list label with nothing
    // after it but the first heading, whose line reads as names: the
    // headings inside that list are none.
    if let Some(last) = sections.last()
        && matches!(last.label, Label::Present | Label::Absent(_))
        && text[last.content.clone()].trim().is_empty()
        && headings
            .first()
            .is_some_and(|h| h.range.start == last.content.end)
    {
        let start = last.content.end;
        let (entries, stop) = crate::grammar::people::list(text, start..text.len());
        if entries.len() >= 3 {
            headings.retain(|h| h.range.start >= stop);
            head_end = headings.first().map_or(text.len(), |h| h.range.start);
            sections = labels::sections(text, &norm.lower, mark_words.feeds(), 0..head_end);
        }
    }
    // "1/ Secrétaire de séance : Mme X": the first item's heading names the
    // secretary after the label, on its line. The head has no secretary
    // label of its own: that one is read as the head's.
    if let Some(first) = headings.first()
        && !sections.iter().any(|s| s.label == Label::Secretary)
    {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[first.range.start..])
            .map_or(text.len(), |p| first.range.start + p);
        if memchr::memmem::find(&norm.lower.as_bytes()[first.range.start..line_end], b"secr")
            .is_some()
        {
            sections.extend(
                labels::sections(
                    text,
                    &norm.lower,
                    mark_words.feeds(),
                    first.range.start..line_end,
                )
                .into_iter()
                .filter(|s| s.label == Label::Secretary && s.label_range.start > first.range.start)
                .take(1),
            );
        }
    }
    Segments {
        headings,
        head_end,
        sections,
        mark_words,
    }
}

/// Whether the 300 bytes before `at` in the lower-cased text announce the
/// minutes of another sitting read out ("donne lecture du compte rendu du
/// bureau du 9 décembre", "procès-verbal de la commission des finances"):
/// a list after them is that sitting's.
fn reported_minutes_before(lower: &str, at: usize) -> bool {
    let from = lower.floor_char_boundary(at.saturating_sub(300));
    crate::text::lower_regex!(
        r"(?:lecture|connaissance) d(?:u|e la|es) (?:compte[- ]rendu|procès[- ]verbal|relevé)|(?:compte[- ]rendu|procès[- ]verbal|relevé de décisions) (?:de la (?:réunion|séance) )?d(?:u|e la|es) (?:bureau|commission)"
    )
    .is_match(&lower[from..at])
}

/// Question numbers from deliberation numbers when no heading gives one:
/// "2018-01" to "2018-08" are questions 1 to 8, if their last figures
/// count up from 1.
fn infer_questions(text: &str, headings: &mut [Heading]) {
    if headings.iter().any(|h| h.question.is_some()) {
        return;
    }
    let trailing: Vec<Option<u32>> = headings
        .iter()
        .map(|h| {
            let n = &text[h.number.clone()?];
            let digits = n.len() - n.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            n[n.len() - digits..].parse().ok()
        })
        .collect();
    let numbered: Vec<u32> = trailing.iter().flatten().copied().collect();
    if numbered.len() >= 2
        && numbered.first() == Some(&1)
        && numbered.windows(2).all(|w| w[1] == w[0] + 1)
    {
        for (h, n) in headings.iter_mut().zip(trailing) {
            h.question = n;
        }
    }
}

#[cfg(test)]
/// Every fixture normalised, as written and flattened onto one line.
pub(crate) fn fixture_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = crate::normalize::normalize(&std::fs::read_to_string(&path).unwrap()).text;
            out.push(text.replace('\n', " "));
            out.push(text);
        }
    }
    out
}
