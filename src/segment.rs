//! Stage 2: find the labelled sections of the normalised text.
//!
//! Attendance sections start at a label ("Etaient présents :", "Absents
//! excusés :", "Procurations de vote :", "Secrétaire de séance :") and run to
//! the next label; the list grammar then stops at the first thing that is
//! not part of the list, so one-line documents and layouts without blank
//! lines segment the same way. Deliberations start at item headings
//! ("POINT N°1 –", "RAPPORT N° 3 –", "Délibération n° 2023-031", "2 – ...").

use std::ops::Range;

use std::sync::LazyLock;

use regex::Regex;

use crate::grammar::{fold, lines_where, lower_regex, regex};

/// What a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// Members present.
    Present,
    /// Members absent; `Some(true)` when the label says they are excused.
    Absent(Option<bool>),
    /// Proxies ("Pouvoirs", "Absents représentés").
    Proxies,
    /// The secretary of the sitting.
    Secretary,
    /// A label that only ends the section before it ("Ordre du jour",
    /// "Invités", "Date de convocation", counts).
    Stop,
}

/// A labelled section of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Section {
    pub(crate) label: Label,
    /// The label itself.
    pub(crate) label_range: Range<usize>,
    /// From after the label to the next label (or the end of the search).
    pub(crate) body: Range<usize>,
    /// A count written with the label ("Etaient présents : (18)", "Présents : 29").
    pub(crate) count: Option<u32>,
}

/// Every way a label can be written, case-insensitive and verbose.
const LABELS: &str = r"(?xi)
        (?P<absrep>(?:absents?|ex[ck]?us[ée]e?s?|[ée]tai(?:t|ent))(?:\([^)\n]{1,6}\))*\ +repr[ée]sent[ée]e?s?(?:\([^)\n]{1,6}\))*
            | (?:absents?\ (?:ex[ck]?us[ée]s?\ )?|ex[ck]?us[ée]s?\ |d[ée]l[ée]gu[ée]s\ )?ayant\ donn[ée]\ (?:pouvoir|procuration|d[ée]l[ée]gation)
            | absents?\ ex[ck]?us[ée]s?\ ayant\ donn[ée]\ pouvoir
            | ont\ donn[ée]\ (?:pouvoir|procuration|d[ée]l[ée]gation\ de\ vote)
            | d[ée]l[ée]gu[ée]s\ repr[ée]sent[ée]s(?:\ par\ pouvoir)?
            | procurations?(?:\ de\ vote|\ donn[ée]es)?(?:\(s\))? | pouvoirs?(?:\ donn[ée]s)? | repr[ée]sent[ée]e?s? | d[ée]l[ée]gations?\ de\ vote)
        | (?P<present>(?:(?:[ée]taient|sont|autres|membres|conseill\w*|d[ée]l[ée]gu[ée]s(?:\ titulaires)?)\ )?pr[ée]sent(?:\(e\))?s?(?:\(e\)s)?(?:\ (?:MM\.?|Mmes|Mesdames)\ et\ (?:Mmes|MM\.?|Messieurs)|\ en\ salle|\ par\ visio\w*|\ en\ visio\w*|\ [àa]\ distance|\ ayant\ voix\ d[ée]lib[ée]rative|\ ou\ repr[ée]sent\w*(?:\ \(ayant\ donn[ée]\ pouvoir\))?|\ les\ (?:conseill\w*|membres|d[ée]l[ée]gu[ée]s)(?:\ suivants)?)?|assistaient(?:\ [àa]\ la\ s[ée]ance)?)
        | (?P<absent>(?:(?:[ée]taient|[ée]tait|membres|d[ée]l[ée]gu[ée]s)\ )?(?:absent(?:\(e?s?(?:/es)?\))?e?s?(?:\ non\ ex[ck]?us[ée]e?s?|\ ex[ck]?us[ée]e?(?:\(s?(?:/es)?\))?s?|\ et\ ex[ck]?us[ée]e?s?|\ non\ repr[ée]sent[ée]e?s?)?|ex[ck]?us[ée]e?(?:\([^)\n]{1,6}\))*s?))
        | (?P<secretary>secr[ée]taire(?:\ de\ s[ée]ance)?(?:\ [ée]lue?|\ d[ée]sign[ée]e?)?)
        | (?P<stop>secr[ée]taire\ auxiliaire|invit[ée]e?s?(?:\ permanente?s?)?|assistait|[ée]galement\ pr[ée]sents?|auditeurs?\ pr[ée]sents|date\ (?:de\ (?:la\ )?|d'\ ?|d\ )(?:convocation|affichage|publication)
            | ordre\ du\ jour|nombre\ de\ \w+|(?:conseill\w*|membres|d[ée]l[ée]gu[ée]s)[^:\n]{0,40}en\ exercice|en\ exercice|quorum|votants?|formant\ la\ majorit[ée]|majorit[ée]\ absolue|objet|rapporteur|r[ée]sum[ée])
        ";

/// The words a label starts with, lower case: every match of [`LABELS`]
/// starts with one of them, so the labels are read only where the regex
/// engine's literal search finds one.
const LABEL_STARTS: &str = r"absent|ex[ck]?us|[éÉe]tai|ayant|ont donn|d[éÉe]l[éÉe]g|procuration|pouvoir|repr[éÉe]sent|sont |autres |membres|conseill|pr[éÉe]sent|assist|secr[éÉe]taire|invit|[éÉe]galement|auditeur|date |ordre du jour|nombre de |en exercice|quorum|votant|formant la|majorit|objet|rapporteur|r[éÉe]sum";

/// The matches of [`LABELS`] in `text[within]` that start a word, in order,
/// as a scan of the whole text finds them: each with its start and its
/// captures (relative to that start).
///
/// A scan for the label pattern itself would cost a step of the regex
/// automaton per byte; the first words are found by literal search and the
/// pattern is tried there only, each match consuming its text as a scan
/// would.
fn label_matches<'t>(
    text: &'t str,
    lower: &str,
    within: Range<usize>,
) -> Vec<(usize, regex::Captures<'t>)> {
    static ANCHORED: LazyLock<Regex> =
        LazyLock::new(|| crate::grammar::compile(&format!("^(?:{LABELS})")));
    let starts = lower_regex!(LABEL_STARTS);
    let mut out = Vec::new();
    let mut next = within.start;
    let mut line_end = within.start;
    for first in starts.find_iter(&lower[within.clone()]) {
        let at = within.start + first.start();
        if at < next {
            continue;
        }
        // No label crosses a line: the regex is given the rest of its line
        // (each line's end found once, or one long line is quadratic).
        if at >= line_end {
            line_end = text[at..within.end]
                .find('\n')
                .map_or(within.end, |p| at + p);
        }
        let hay = &text[at..line_end];
        if text[..at].ends_with(|ch: char| ch.is_alphanumeric() || ch == '\'') {
            // A match inside a word is no label, but its text is consumed.
            if let Some(m) = ANCHORED.find(hay) {
                next = at + m.end();
            }
        } else if let Some(c) = ANCHORED.captures(hay) {
            next = at + c.get(0).expect("match").end();
            out.push((at, c));
        }
    }
    out
}

/// The attendance and other labelled sections in `text[within]`, in order;
/// `lower` is `text` with ASCII letters in lower case (same offsets).
pub(crate) fn sections(text: &str, lower: &str, within: Range<usize>) -> Vec<Section> {
    let mut found: Vec<(Label, Range<usize>, usize, Option<u32>)> = Vec::new();
    for (start, c) in label_matches(text, lower, within.clone()) {
        let m = c.get(0).expect("match");
        let end = start + m.end();
        // A label starts a word and does not continue one.
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric() || ch == '\'')
            || text[end..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            continue;
        }
        let label = if c.name("absrep").is_some() {
            Label::Proxies
        } else if c.name("present").is_some() {
            Label::Present
        } else if c.name("absent").is_some() {
            let f = fold(m.as_str());
            Label::Absent(if f.contains("non excus") {
                Some(false)
            } else if f.contains("excus") {
                Some(true)
            } else {
                None
            })
        } else if c.name("secretary").is_some() {
            Label::Secretary
        } else {
            Label::Stop
        };
        let Some((body_start, count)) = label_end(text, start, end, label, m.as_str()) else {
            continue;
        };
        if label == Label::Present && !present_context_ok(text, start) {
            continue;
        }
        // "en exercice : 23 MARCHAL-COLLIN, M. Raphaël X": a margin box of
        // counts and dates woven into the start of a list's lines.
        let in_list = found
            .last()
            .is_some_and(|f| matches!(f.0, Label::Present | Label::Absent(_) | Label::Proxies));
        let dated = fold(m.as_str()).starts_with("date");
        if in_list && (count.is_some() || dated) && woven_into_list(text, start, body_start) {
            continue;
        }
        found.push((label, start..end, body_start, count));
    }
    let mut sections: Vec<Section> = Vec::with_capacity(found.len());
    for k in 0..found.len() {
        let next = found.get(k + 1).map_or(within.end, |f| f.1.start);
        let (label, label_range, body_start, count) = found[k].clone();
        sections.push(Section {
            label,
            label_range,
            body: body_start..next.max(body_start),
            count,
        });
    }
    sections
}

/// Where the body of a label starts, and a count written with it; `None`
/// when the match is not used as a label here.
fn label_end(
    text: &str,
    start: usize,
    end: usize,
    label: Label,
    matched: &str,
) -> Option<(usize, Option<u32>)> {
    let rest = &text[end..];
    let mut skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    // "Présents (13) :": a count between the label and its colon.
    let mut paren_count = None;
    if let Some(inner) = rest[skip..].strip_prefix('(') {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && inner[digits..].starts_with(')') {
            let after_paren = &inner[digits + 1..];
            let spaces = after_paren.len() - after_paren.trim_start_matches(' ').len();
            if after_paren[spaces..].starts_with(':') {
                paren_count = inner[..digits].parse().ok();
                skip += digits + 2 + spaces;
            }
        }
    }
    let after = &rest[skip..];
    // "Etaient présents : (18)" or "Présents : 29".
    let count_at = |s: &str| -> Option<(u32, usize)> {
        let s2 = s.trim_start_matches(' ');
        let lead = s.len() - s2.len();
        if let Some(inner) = s2.strip_prefix('(') {
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && inner[digits..].starts_with(')') {
                return Some((inner[..digits].parse().ok()?, lead + digits + 2));
            }
            return None;
        }
        let digits = s2.bytes().take_while(u8::is_ascii_digit).count();
        // "1. BRUARDOT Gaël": a numbered list, not a count.
        if s2[digits..].starts_with(['.', ')', '°']) {
            return None;
        }
        (digits > 0).then(|| Some((s2[..digits].parse().ok()?, lead + digits)))?
    };
    if let Some(colon_rest) = after.strip_prefix(':') {
        let body = end + skip + 1;
        if let Some((n, len)) = count_at(colon_rest) {
            // A count only ("Présents : 29"), or a count then the list.
            return Some((body + len, Some(n)));
        }
        return Some((body, paren_count));
    }
    // "Etaient présents : (18)" handled above; "(e)s" labels need no colon.
    if matched.contains("(e)") && after.starts_with(|c: char| c.is_alphabetic()) {
        return Some((end + skip, None));
    }
    // "Votants 25", "En exercice 31": counts without a colon.
    if label == Label::Stop && after.starts_with(|c: char| c.is_ascii_digit()) {
        return Some((end + skip, None));
    }
    if label == Label::Present && count_at(after).is_some() && fold(matched).starts_with("present")
    {
        let (n, len) = count_at(after)?;
        return Some((end + skip + len, Some(n)));
    }
    // A heading alone on its line: "ETAIENT ABSENTS", "INVITEES PERMANENTES".
    // Only spaces back to the line start (scanned back no further than the
    // first other character: finding the line start of each label on a
    // one-line text is quadratic).
    let alone = (after.is_empty() || after.starts_with('\n') || after.starts_with('\r'))
        && text[..start]
            .chars()
            .rev()
            .find(|&c| c == '\n' || !c.is_whitespace())
            .is_none_or(|c| c == '\n');
    if alone
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return Some((end + skip, None));
    }
    // Ordinary words in a sentence.
    if label == Label::Stop && alone {
        return Some((end + skip, None));
    }
    None
}

/// Whether a label at `start` is margin text woven into a list: it starts a
/// line, the line before ends inside the list (a name or a comma, not a full
/// stop), and its own line goes on with the list after its count.
fn woven_into_list(text: &str, start: usize, body_start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..start].trim().is_empty() || line_start == 0 {
        return false;
    }
    // The line right before (not across a blank line) ends inside the list.
    let before = text[..line_start - 1].trim_end_matches([' ', '\r']);
    if before.ends_with(['.', ':', ';', '\n']) || before.is_empty() {
        return false;
    }
    let rest_of_line = text[body_start..].split('\n').next().unwrap_or("");
    let rest = rest_of_line.trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(',')
}

/// "Auditeurs présents : 47" counts the public, not members.
fn present_context_ok(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !matches!(
        fold(&word).as_str(),
        "auditeurs" | "public" | "personnes" | "agents" | "invites" | "services"
    )
}

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
type Candidate = (usize, Option<u32>, Option<Range<usize>>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Style {
    /// "POINT N°1 –", "QUESTION N°1 –", "RAPPORT N° 1 –".
    Keyword,
    /// "Délibération n° 2023-031", "N° 2016-031".
    Numbered,
    /// "2022-11-01 – Approbation", "2016.97 : DECISIONS".
    CodeDash,
    /// "1 – APPROBATION", "1. Procès-verbal", "1°) Budget".
    Ordinal,
}

/// The words that start a keyword heading ("POINT N°1 –").
const KEYWORDS: [&str; 10] = [
    "POINT", "QUESTION", "RAPPORT", "DOSSIER", "AFFAIRE", "Point", "Question", "Rapport",
    "Dossier", "Affaire",
];

/// Whether `line` can start a code heading: up to five capitals, a space
/// or a hyphen, then a digit ("2022-11-01", "CP 2022-10").
fn code_start(line: &[u8]) -> bool {
    let caps = line.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let mut rest = &line[caps.min(line.len())..];
    if caps > 0
        && let [b' ' | b'-', tail @ ..] = rest
    {
        rest = tail;
    }
    caps <= 5 && rest.first().is_some_and(u8::is_ascii_digit)
}

/// The heading patterns, one per style in order of reliability. Each is
/// anchored at a line start and holds to its line.
fn heading_patterns() -> [(Style, &'static Regex); 4] {
    [
        (
            Style::Keyword,
            regex!(
                r"(?m)^[ \t]*(?:#+[ \t]*)?(?:POINT|QUESTION|RAPPORT|DOSSIER|AFFAIRE|Point|Question|Rapport|Dossier|Affaire)[ \t]+[nN][ \t]?[°o]?[ \t]*(\d{1,3})[ \t]*(?:[-:.)]|$)"
            ),
        ),
        (
            Style::Numbered,
            regex!(
                r"(?mi)^[ \t]*(?:#+[ \t]*)?(?:(?:d[ée]lib[ée]ration|d[ée]cision)[ \t]+(?:n[ \t]?°[ \t]*)?|n[ \t]?°[ \t]*)([A-Z]{0,4}[ -]?\d[\w/.-]*)"
            ),
        ),
        (
            Style::CodeDash,
            regex!(
                r"(?m)^[ \t]*((?:[A-Z]{1,5}[ -]?)?\d{2,4}[-./]\d{1,4}(?:[-./]\d{1,4})?)[ \t]*[-:][ \t]+\S"
            ),
        ),
        (
            Style::Ordinal,
            regex!(r"(?m)^[ \t]*(\d{1,3})[ \t]?(?:°\)|\)|\.|/|[ \t]-)[ \t]+(\S)"),
        ),
    ]
}

/// The candidate headings of each style after `from`, in text order.
///
/// The patterns are not run over the whole text (no literal prefix lets the
/// regex engine skip ahead, so that costs a step of its automaton per byte):
/// only on the lines whose first bytes can start them.
fn candidates(text: &str, from: usize) -> Vec<(Style, Vec<Candidate>)> {
    let patterns = heading_patterns();
    let mut by_style: Vec<(Style, Vec<Candidate>)> =
        patterns.iter().map(|&(s, _)| (s, Vec::new())).collect();
    let may_start = |b: u8| b.is_ascii_alphanumeric() || b == b'#';
    for (at, line) in lines_where(&text[from..], may_start) {
        let lead = line.trim_start_matches([' ', '\t']);
        let bare = lead.trim_start_matches(['#', ' ', '\t']).as_bytes();
        let may = [
            KEYWORDS.iter().any(|k| bare.starts_with(k.as_bytes())),
            matches!(
                bare,
                [b'd' | b'D', b'e' | b'E' | 0xC3, ..] | [b'n' | b'N', ..]
            ),
            code_start(lead.as_bytes()),
            lead.starts_with(|c: char| c.is_ascii_digit()),
        ];
        for (k, &(style, re)) in patterns.iter().enumerate() {
            if may[k]
                && let Some(c) = re.captures(line)
                && let Some(candidate) = candidate(style, &c, from + at)
            {
                by_style[k].1.push(candidate);
            }
        }
    }
    by_style
}

/// The candidate a heading pattern's match gives, `base` the offset of the
/// text it matched in.
fn candidate(style: Style, c: &regex::Captures<'_>, base: usize) -> Option<Candidate> {
    let m = c.get(0).expect("match");
    let g = c.get(1).expect("group");
    let (q, num) = match style {
        Style::Keyword | Style::Ordinal => (g.as_str().parse().ok(), None),
        _ => (None, Some(base + g.start()..base + g.end())),
    };
    if style == Style::Ordinal && !ordinal_title_ok(c) {
        return None;
    }
    Some((base + m.start(), q, num))
}

/// The deliberation headings of `text`, in order, after `from`.
pub(crate) fn headings(text: &str, from: usize) -> Vec<Heading> {
    let by_style = candidates(text, from);
    // The first style (in order of reliability) that has headings wins;
    // numbered lines right under keyword headings give their numbers.
    let Some(pos) = by_style.iter().position(|(_, v)| !v.is_empty()) else {
        return inline_headings(text, from);
    };
    let (mut style, mut chosen) = by_style[pos].clone();
    // "1 – APPROBATION ...\nDélibération n° 2021-001": the ordinal line is the
    // heading, the numbered line under it gives the number.
    if style == Style::Numbered {
        let ordinals = best_chain(&by_style[3].1, text.len());
        let right_under = |n: usize| {
            ordinals
                .iter()
                .any(|o| o.0 < n && text[o.0..n].matches('\n').count() <= 3)
        };
        if !ordinals.is_empty() && chosen.iter().all(|c| right_under(c.0)) {
            style = Style::Ordinal;
            chosen = ordinals;
        }
    }
    if style == Style::Ordinal {
        chosen = best_chain(&chosen, text.len());
    }
    let numbers: Vec<(usize, Range<usize>)> = if style == Style::Keyword || style == Style::Ordinal
    {
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
        let title = heading_title(
            text,
            start,
            line_end,
            heading_end,
            number.as_ref(),
            next_start,
        );
        out.push(Heading {
            range: start..heading_end,
            question,
            number,
            title,
        });
    }
    out
}

/// Headings inside the lines of a text flattened onto few lines ("... à
/// l'unanimité. POINT N°2 - BUDGET ...", "... adopté. 3 - TARIFS 2018 ..."):
/// after the end of a sentence, a keyword heading, or a number, a dash and a
/// title in capitals. Titles run to the end of their sentence.
fn inline_headings(text: &str, from: usize) -> Vec<Heading> {
    let hay = &text[from..];
    // Only for flattened texts: a line a few hundred bytes long on average.
    // (Counting stops once there are too many line feeds.)
    if hay.len() < 2000 || hay.match_indices('\n').nth(hay.len() / 400).is_some() {
        return Vec::new();
    }
    // After a sentence end or a figure ("Abstention : 0 QUESTION N°2 –").
    let keyword = regex!(
        r"(?:^|[.:;!?»)\d]\s+)((?:POINT|QUESTION|RAPPORT|DOSSIER|Point|Question|Rapport|Dossier)\s+[nN]\s?[°o]?\s*(\d{1,3})\s*[-:.)]\s*)"
    );
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
    let numbered = regex!(
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
        let mut chain = best_chain(&candidates, text.len());
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
            chain = best_chain(&dotted, text.len());
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
            let limit = text.floor_char_boundary((title_start + 200).min(next));
            let title_end = text[title_start..limit]
                .find(". ")
                .map_or(limit, |p| title_start + p);
            // A title in capitals ends with them ("TARIFS 2017 Rapporteur : M").
            let mut title = text[title_start..title_end].trim_end();
            let caps_end = title
                .split_inclusive(' ')
                .take_while(|w| !w.chars().any(char::is_lowercase))
                .map(str::len)
                .sum::<usize>();
            if caps_end >= 4 && caps_end < title.len() {
                title = title[..caps_end].trim_end();
            }
            // A title in small letters runs to the end of its sentence, a
            // guess in a flattened text: the deliberation's body starts with
            // it, so that a vote the guess swallowed ("1. Approbation du
            // procès-verbal ... Le procès-verbal est approuvé à
            // l'unanimité.") is still read. One in capitals ends with them
            // and stays out ("... DE DÉTAIL POUR 2017" is no vote).
            let in_capitals = !title.chars().any(char::is_lowercase);
            let heading_end = if in_capitals {
                title_start + title.len()
            } else {
                title_start
            };
            Heading {
                range: start..heading_end,
                question,
                number: number.clone(),
                title: (!title.is_empty()).then(|| title_start..title_start + title.len()),
            }
        })
        .collect()
}

/// An ordinal heading needs a title that starts like one (not "1. 2. 3.").
fn ordinal_title_ok(c: &regex::Captures<'_>) -> bool {
    let first = c.get(2).map_or("", |m| m.as_str());
    first.starts_with(|ch: char| ch.is_uppercase())
}

/// Of several runs 1, 2, 3... (an agenda, then the items), the one whose
/// items are furthest apart: the items themselves, not the agenda lines.
fn best_chain(found: &[Candidate], text_len: usize) -> Vec<Candidate> {
    let mut chains: Vec<Vec<Candidate>> = Vec::new();
    for h in found {
        let n = h.1.unwrap_or(0);
        let extends = chains
            .last()
            .and_then(|c| c.last())
            .and_then(|l| l.1)
            .is_some_and(|p| n == p + 1);
        if extends {
            if let Some(chain) = chains.last_mut() {
                chain.push(h.clone());
            }
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
            (span / chain.len().max(1), chain.len())
        })
        .unwrap_or_default()
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
    let sep = regex!(
        r"(?i)^[ \t#]*(?:(?i:point|question|rapport|dossier|affaire)[ \t]+n[ \t]?[°o]?[ \t]*\d+|(?:[A-Z]{1,5}[ -]?)?\d{2,4}[-./]\d{1,4}(?:[-./]\d{1,4})?|\d{1,3}[ \t]?(?:°\)|\)|\.|/|[ \t]-)|(?i:d[ée]lib[ée]ration[ \t]+)(?:n[ \t]?°[ \t]*)?[A-Z]{0,4}[ -]?\d[\w/.-]*|n[ \t]?°[ \t]*[A-Z]{0,4}[ -]?\d[\w/.-]*)[ \t]*(?:[-:.][ \t]*)?"
    );
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
        if title_caps && next_caps && !regex!(r"(?i)^(?:d[ée]lib[ée]ration|n ?°)").is_match(next)
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
mod tests {
    use super::*;

    /// Every fixture normalised, as written and flattened onto one line.
    fn fixture_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text =
                    crate::normalize::normalize(&std::fs::read_to_string(&path).unwrap()).text;
                out.push(text.replace('\n', " "));
                out.push(text);
            }
        }
        out
    }

    fn kind(c: &regex::Captures<'_>) -> &'static str {
        ["absrep", "present", "absent", "secretary", "stop"]
            .into_iter()
            .find(|n| c.name(n).is_some())
            .expect("a group")
    }

    #[test]
    fn label_matches_are_those_of_a_whole_text_scan() {
        let scan = Regex::new(LABELS).unwrap();
        let mut compared = 0;
        for text in fixture_texts() {
            let starts_word =
                |at: usize| !text[..at].ends_with(|ch: char| ch.is_alphanumeric() || ch == '\'');
            let expected: Vec<(usize, usize, &str)> = scan
                .captures_iter(&text)
                .map(|c| (c.get(0).unwrap().range(), kind(&c)))
                .filter(|(r, _)| starts_word(r.start))
                .map(|(r, k)| (r.start, r.end, k))
                .collect();
            let gated: Vec<(usize, usize, &str)> =
                label_matches(&text, &text.to_ascii_lowercase(), 0..text.len())
                    .iter()
                    .map(|(at, c)| (*at, at + c.get(0).unwrap().end(), kind(c)))
                    .collect();
            // The first difference, with the text around it.
            if let Some(k) =
                (0..gated.len().max(expected.len())).find(|&k| gated.get(k) != expected.get(k))
            {
                let at = gated.get(k).or(expected.get(k)).map_or(0, |m| m.0);
                let from = text.floor_char_boundary(at.saturating_sub(80));
                panic!(
                    "gated {:?}, scan {:?} in {:?}",
                    gated.get(k),
                    expected.get(k),
                    &text[from..text.floor_char_boundary(at + 40)]
                );
            }
            compared += expected.len();
        }
        assert!(compared > 1000, "{compared} labels compared");
    }

    #[test]
    fn heading_candidates_are_those_of_a_whole_text_scan() {
        let mut compared = 0;
        for text in fixture_texts() {
            let expected: Vec<(Style, Vec<Candidate>)> = heading_patterns()
                .iter()
                .map(|&(style, re)| {
                    let found = re
                        .captures_iter(&text)
                        .filter_map(|c| candidate(style, &c, 0))
                        .collect();
                    (style, found)
                })
                .collect();
            assert_eq!(candidates(&text, 0), expected);
            compared += expected.iter().map(|(_, v)| v.len()).sum::<usize>();
        }
        assert!(compared > 200, "{compared} candidates compared");
    }

    fn labels(text: &str) -> Vec<(Label, &str)> {
        sections(text, &text.to_ascii_lowercase(), 0..text.len())
            .into_iter()
            .map(|s| (s.label, text[s.body].trim()))
            .collect()
    }

    #[test]
    fn attendance_labels_on_one_line() {
        let text = "Présents : M. A BB, M. C DD. Pouvoirs : M. E FF à M. A BB. Secrétaire de séance : M. C DD Conseillers en exercice : 33 - Présents : 29 - Votants : 33";
        let got = labels(text);
        assert_eq!(got[0], (Label::Present, "M. A BB, M. C DD."));
        assert_eq!(got[1], (Label::Proxies, "M. E FF à M. A BB."));
        assert_eq!(got[2], (Label::Secretary, "M. C DD"));
        assert!(
            got[3..]
                .iter()
                .all(|(l, _)| *l == Label::Stop || *l == Label::Present)
        );
    }

    #[test]
    fn absent_label_variants() {
        for (text, excused) in [
            ("Absents excusés : M. A BB", Some(true)),
            ("Etaient absents : M. A BB", None),
            ("Absent(s/es) excusé(s/es) : M. A BB", Some(true)),
            ("Absents non excusés : M. A BB", Some(false)),
            ("Etait EXCUSEE : Mme A BB", Some(true)),
        ] {
            assert_eq!(labels(text)[0].0, Label::Absent(excused), "{text}");
        }
        assert_eq!(
            labels("Absents représentés : M. A BB par M. C DD")[0].0,
            Label::Proxies
        );
        assert_eq!(
            labels("ETAIT REPRESENTEE\n  A BB par C DD")[0].0,
            Label::Proxies
        );
        assert!(labels("le Maire donne pouvoir à M. X").is_empty());
        assert!(
            labels("Auditeurs présents : 47")
                .iter()
                .all(|(l, _)| *l != Label::Present)
        );
    }

    #[test]
    fn headings_inside_a_flattened_text() {
        let filler = "Le conseil municipal en débat longuement avec les services. ".repeat(20);
        let text = format!(
            "Séance du 3 mars 2020. {filler}1 - APPROBATION DU PROCÈS-VERBAL Le procès-verbal est adopté. {filler}2 - BUDGET PRIMITIF Pour : 12 Contre : 3. {filler}"
        );
        let h = headings(&text, 0);
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
        let h = headings(&text, 0);
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
        let h = headings(&text, 0);
        assert_eq!(h.len(), 3);
        // The body starts with a title in small letters (its end is a guess).
        assert_eq!(&text[h[0].range.clone()], "1. ");
        assert!(text[h[0].title.clone().unwrap()].starts_with("Approbation du procès-verbal"));
        // Codes sharing a stem, rising: "2022-11-01 – ...", "2022-11-02 – ...".
        let text = format!(
            "Séance du 3 mars 2020. {filler}2022-11-01 - Approbation du PV Adopté. 2022-11-02 - Budget Adopté. Vu la loi du 12/05/2021 - Le conseil. {filler}"
        );
        let h = headings(&text, 0);
        let numbers: Vec<&str> = h.iter().map(|h| &text[h.number.clone().unwrap()]).collect();
        assert_eq!(numbers, ["2022-11-01", "2022-11-02"]);
        // "--- Délibération n° 2023-031 Objet : ...", "0 QUESTION N°2 - ...".
        let text = format!(
            "Séance du 3 mars 2020. {filler}--- Délibération n° 2023-031 Objet : PACTE Adopté. {filler}"
        );
        let h = headings(&text, 0);
        assert_eq!(&text[h[0].number.clone().unwrap()], "2023-031");
        let text = format!(
            "Séance du 3 mars 2020. {filler}QUESTION N°1 - PV Pour : 19 Contre : 0 QUESTION N°2 - BUDGET {filler}"
        );
        assert_eq!(headings(&text, 0).len(), 2);
        // Two are not enough: "article 2. Le ..." is prose.
        let text = format!("Séance du 3 mars 2020. {filler}1. Approbation. 2. Budget. {filler}");
        assert!(headings(&text, 0).is_empty());
    }

    #[test]
    fn headings_of_each_style() {
        let text = "ORDRE DU JOUR\n1. Approbation\n2. Budget\n\nPOINT N°1 - APPROBATION DU PV\nDélibération n°D2019-021\n\ntexte\n\nPOINT N°2 - BUDGET\n";
        let h = headings(text, 0);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].question, Some(1));
        assert_eq!(&text[h[0].number.clone().unwrap()], "D2019-021");
        assert_eq!(&text[h[0].title.clone().unwrap()], "APPROBATION DU PV");
        let text = "ORDRE DU JOUR\n1. Approbation du compte\n2. Budget\n\n1. APPROBATION\nbla bla\nbla\n\n2. BUDGET\nbla bla bla\nbla\n";
        let h = headings(text, 0);
        assert_eq!(
            h.iter()
                .map(|h| &text[h.title.clone().unwrap()])
                .collect::<Vec<_>>(),
            ["APPROBATION", "BUDGET"]
        );
        let text = "N° 2016-031\nObjet : AMENAGEMENT DU BOURG\n";
        let h = headings(text, 0);
        assert_eq!(&text[h[0].title.clone().unwrap()], "AMENAGEMENT DU BOURG");
    }
}
