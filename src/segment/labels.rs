//! Labels and the sections they open: "Etaient présents :", "Absents
//! excusés :", "Pouvoirs :", "Secrétaire de séance :", and the labels that
//! only end the section before them ("Ordre du jour", "Votants", "Date de
//! convocation").

use std::ops::Range;
use std::sync::LazyLock;

use crate::text::{
    Literals, accents_optional, edit_distance, fold, fold_starts_with, letters_before, with_fold,
};
use crate::vocabulary::{
    COUNT_UNITS, LABEL_STARTS, LABELS, MEMBER_BODIES, PRESIDING, PUBLIC, STAFF_TITLES,
    STATUS_PROXY_WORDS, STATUS_WORDS,
};

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
    pub(crate) content: Range<usize>,
    /// A count written with the label ("Etaient présents : (18)", "Présents : 29").
    pub(crate) count: Option<u32>,
}

impl Section {
    /// Whether the label belongs to the items rather than to the head's
    /// attendance: "Objet", "Rapporteur", "Résumé", "Ordre du jour".
    pub(crate) fn about_items(&self, text: &str) -> bool {
        with_fold(&text[self.label_range.clone()], |f| {
            ["objet", "rapporteu", "resume", "ordre du jour"]
                .iter()
                .any(|p| f.starts_with(p))
        })
    }
}

/// [`LABELS`] cut into its top-level alternatives, one per kind of label
/// (`absrep`, `present`, `absent`, `secretary`, `stop`), in its order: one
/// pattern each of one multi-pattern regex, searched anchored, and the
/// kind of each pattern.
///
/// Anchored at one place, the whole pattern's leftmost-first match is that
/// of its first alternative that matches there, and its group is that
/// alternative's: the pattern a multi-pattern search reports tells the
/// kind of a label with one search for a match only, where asking the
/// whole pattern for its groups ran a backtracker over each label, and
/// trying the alternatives in turn ran a search for each.
struct Kinds {
    re: regex_automata::meta::Regex,
    labels: Vec<Label>,
}

/// [`LABELS`] with accents optional and each space between a label's
/// words a line feed too: a line wrapped inside a label ("Secrétaire de\n
/// séance :") leaves it one label.
fn label_pattern() -> String {
    accents_optional(LABELS, false).replace(r"\ ", r"[\ \n]")
}

static KINDS: LazyLock<Kinds> = LazyLock::new(|| {
    let pattern = label_pattern();
    let (flags, alternatives) = top_level_alternatives(&pattern);
    let patterns: Vec<String> = alternatives
        .iter()
        .map(|alt| crate::text::latin(&format!("(?:{flags}{alt})")))
        .collect();
    // Searched anchored for a match only: neither a prefilter nor the
    // groups would be used.
    let config = regex_automata::meta::Config::new()
        .auto_prefilter(false)
        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit);
    let re = regex_automata::meta::Regex::builder()
        .configure(config)
        .build_many(&patterns)
        .expect("valid regex");
    let labels = alternatives
        .iter()
        .map(|alt| {
            // Each alternative is one named group: "(?P<present>...)".
            let name = alt
                .split_once("(?P<")
                .and_then(|(_, rest)| rest.split_once('>'));
            match name.map(|(name, _)| name) {
                Some("absrep") => Label::Proxies,
                Some("present") => Label::Present,
                Some("absent") => Label::Absent(None),
                Some("secretary") => Label::Secretary,
                _ => Label::Stop,
            }
        })
        .collect();
    Kinds { re, labels }
});

impl Kinds {
    /// The kind and the length of the label that starts `hay`, if one does.
    fn at_start(&self, hay: &str) -> Option<(Label, usize)> {
        let input = regex_automata::Input::new(hay).anchored(regex_automata::Anchored::Yes);
        let m = self.re.find(input)?;
        Some((self.labels[m.pattern().as_usize()], m.end()))
    }
}

/// The flag group a pattern opens with (`(?xi)`, or `""`) and the
/// alternatives of the pattern after it, cut at each `|` outside groups
/// and classes.
fn top_level_alternatives(pattern: &str) -> (&str, Vec<&str>) {
    let flags_end = pattern
        .strip_prefix("(?")
        .and_then(|rest| {
            let close = rest.find(')')?;
            rest[..close]
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-')
                .then_some(close + 3)
        })
        .unwrap_or(0);
    let (flags, body) = pattern.split_at(flags_end);
    let mut out = Vec::new();
    let (mut depth, mut in_class, mut escaped, mut start) = (0usize, false, false, 0);
    for (i, c) in body.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => depth = depth.saturating_sub(1),
            '|' if !in_class && depth == 0 => {
                out.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&body[start..]);
    (flags, out)
}

/// The matches of [`LABELS`] in `text[within]` that start a word, in order,
/// as a scan of the whole text finds them: each with its range and the
/// kind of its group (`Label::Absent(None)` for any absent label).
///
/// A scan for the label pattern itself would cost a step of the regex
/// automaton per byte; the first words are found by literal search and the
/// pattern is tried there only, each match consuming its text as a scan
/// would.
fn label_matches(
    text: &str,
    lower: &str,
    feeds: &[usize],
    within: Range<usize>,
) -> Vec<(Range<usize>, Label)> {
    static STARTS: LazyLock<Literals> = LazyLock::new(|| {
        debug_assert!(crate::text::lower_case_pattern(LABEL_STARTS));
        // (A space between a start's words a line feed too, as in the
        // labels: see `label_pattern`.)
        Literals::new(&accents_optional(LABEL_STARTS, true).replace(' ', "[ \n]"))
    });
    let mut out = Vec::new();
    let mut next = within.start;
    let mut line_end = within.start;
    let mut next_line_end = within.start;
    for first in STARTS.find_iter(&lower[within.clone()]) {
        let at = within.start + first.start;
        if at < next {
            continue;
        }
        // A label crosses one line end at most: the regex is given the
        // rest of its line and the next (each line's end found once, or
        // one long line is quadratic).
        if at >= line_end {
            let k = feeds.partition_point(|&f| f < at);
            line_end = feeds.get(k).map_or(within.end, |&f| f.min(within.end));
            next_line_end = feeds.get(k + 1).map_or(within.end, |&f| f.min(within.end));
        }
        let hay = &text[at..next_line_end];
        let Some((label, len)) = KINDS.at_start(hay) else {
            continue;
        };
        next = at + len;
        // A match inside a word is no label, but its text is consumed.
        // ("M. Yves XPrésents :": a list's label glued to the name before
        // it; not a stop's, "... MAREIL-MARLYNombre de communes :" is
        // a margin's box.)
        if starts_word(text, at..next) || label != Label::Stop && glued_after_caps(text, at..next) {
            out.push((at..next, label));
        }
    }
    out
}

/// Where a label at `at` starts with the "dont" before it: "ABSENTS OU
/// EXCUSÉS : 6 ... DONT ABSENTS AVEC POUVOIR : 3", a sub-list of the list
/// before, whose "dont" is no name of that list.
fn dont_before(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end_matches(' ');
    if before.len() == at {
        return at;
    }
    let word = before.len().saturating_sub(4);
    let starts = text.is_char_boundary(word)
        && text[..word]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    if starts && before[word..].eq_ignore_ascii_case("dont") {
        word
    } else {
        at
    }
}

/// The labels an OCR garbled ("PRESE/V¡S; X, Y", "ABSEMS .'Z"), which
/// the label pattern cannot find: at a line start, one word in capitals
/// (maybe with a glyph the OCR put for a letter) right before a colon, or
/// before what an OCR makes of one (";", ".'"), read as the status word of
/// [`STATUS_WORDS`] or [`STATUS_PROXY_WORDS`] it is one or two edits from.
///
/// One look at the first word of each line that starts with a capital: no
/// pattern runs over the text (a word spelt right is the label pattern's,
/// and where both read a line's start, the pattern's label is kept).
fn damaged_labels(text: &str, feeds: &[usize], within: Range<usize>) -> Vec<(Range<usize>, Label)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = within.start;
    // Each line's end the text's next line feed (found once for the
    // text, not searched again line by line).
    let mut ends = crate::text::feeds_within(feeds, within.clone())
        .iter()
        .copied();
    while at < within.end {
        let line_end = ends.next().unwrap_or(within.end);
        if bytes[at].is_ascii_uppercase() {
            let line = &text[at..line_end];
            // The first word, looked at over its first 25 bytes at most.
            let word_len = line
                .bytes()
                .take(25)
                .position(|b| b.is_ascii_whitespace() || matches!(b, b':' | b';' | b',' | b'.'))
                .unwrap_or(line.len().min(25));
            if (6..=24).contains(&word_len)
                && line.is_char_boundary(word_len)
                && let Some(label) = damaged_label(&line[..word_len], &line[word_len..])
            {
                out.push((at..at + word_len, label));
            }
        }
        at = line_end + 1;
    }
    out
}

/// The status a garbled label `word` stands for, when `after` starts with
/// its colon (or an OCR's ";" or ".'" for it): "PRESE/V¡S" before ";" is
/// "présents", "ABSEMS" before " .'" "absents". The word's letters, in
/// capitals, are at most two edits from a status word or its plural (one
/// edit for a word of fewer than six letters), its first letter kept; a
/// word the label pattern would have read, or a word of its own
/// ("PRESIDENT", one of [`PRESIDING`]), is none.
fn damaged_label(word: &str, after: &str) -> Option<Label> {
    let sep = after.trim_start_matches(' ');
    if !(sep.starts_with([':', ';']) || sep.starts_with(".'") || sep.starts_with(".’")) {
        return None;
    }
    if word.chars().any(char::is_lowercase) {
        return None;
    }
    let letters: String = fold(word)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    // Letters most of the word: "12/05/2019 :" is no label.
    if letters.len() < 5 || letters.len() * 3 < word.chars().count() * 2 {
        return None;
    }
    let singular = letters.strip_suffix('s').unwrap_or(&letters);
    if PRESIDING.contains(&singular) {
        return None;
    }
    let limit = if letters.len() >= 6 { 2 } else { 1 };
    let (edits, status) = STATUS_WORDS
        .iter()
        .chain(&STATUS_PROXY_WORDS)
        .filter(|w| w.as_bytes()[0] == letters.as_bytes()[0])
        .flat_map(|w| [(*w).to_string(), format!("{w}s")])
        .map(|w| (edit_distance(letters.as_bytes(), w.as_bytes()), w))
        .min()?;
    // A word spelt right is the label pattern's to read, not this guess's.
    if edits == 0 || edits > limit {
        return None;
    }
    Some(if status.starts_with("present") {
        Label::Present
    } else if status.starts_with("absent") {
        Label::Absent(None)
    } else if status.starts_with("excuse") {
        Label::Absent(Some(true))
    } else {
        Label::Proxies
    })
}

/// Whether the label matched at `text[range]` starts a word: nothing
/// alphanumeric before it, or, where an extraction lost the spaces, a
/// capital after a lower-case letter and a colon after the label ("Maire
/// AdjointAbsents excusés :"), or a label of two words or more in
/// capitals after a name in capitals and before its colon ("M. Paul
/// BOUTINSECRÉTAIRE DE SÉANCE : M. Luc X", "Luc XÉTAIENT PRÉSENTS :").
fn starts_word(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let colon_after = || {
        text[range.end..]
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(':')
    };
    before.is_none_or(|ch| !ch.is_alphanumeric() && ch != '\'')
        || before.is_some_and(char::is_lowercase)
            && text[range.start..].starts_with(char::is_uppercase)
            && colon_after()
        || before.is_some_and(char::is_uppercase)
            && glued_caps_label(text, range.clone())
            && colon_after()
}

/// Whether a proxy label's word at `text[start..end]` is the noun of a
/// proxy sentence written in capitals ("MME X DONNE POUVOIR À M. Y",
/// "AYANT DONNÉ PROCURATION À"): after the verb, no colon after it.
fn proxy_noun_after_verb(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let noun = with_fold(matched, |f| {
        f.starts_with("pouvoir") || f.starts_with("procuration")
    });
    let colon = text[end..]
        .trim_start_matches(['s', 'S', ' ', '\u{a0}'])
        .starts_with(':');
    noun && !colon && !matched.contains(char::is_lowercase) && {
        let before = text[..start].trim_end();
        let verb = letters_before(before, before.len());
        !verb.contains(char::is_lowercase)
            && with_fold(verb, |f| {
                matches!(
                    f,
                    "donne" | "donnee" | "donnees" | "donnes" | "donnent" | "donnant"
                )
            })
    }
}

/// Whether the label at `text[range]`, glued to the word before it, is
/// capitalised after a word in capitals and before its colon: see
/// [`capitalised_after_caps`].
fn glued_after_caps(text: &str, range: Range<usize>) -> bool {
    // (The rarest first: most labels matched inside a word have no colon.)
    text[range.end..]
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(':')
        && capitalised_after_caps(text, range)
}

/// Whether `text[range]`, a label glued to the word before it, is
/// capitalised ("Présents", its second letter small) after a word in
/// capitals of three letters or more: "M. Yves CHARPENTIERPrésents :", a
/// name whose space the extraction lost before the next label.
fn capitalised_after_caps(text: &str, range: Range<usize>) -> bool {
    let mut label = text[range.clone()].chars();
    let capitalised = label.next().is_some_and(char::is_uppercase)
        && label.next().is_some_and(char::is_lowercase);
    capitalised
        && text[..range.start]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .take(3)
            .filter(|c| c.is_uppercase())
            .count()
            == 3
}

/// Whether `text[range]`, a label glued to the word before it, is written
/// in capitals, two words or more, after a word in capitals of two
/// letters or more (a family name whose space the extraction lost).
fn glued_caps_label(text: &str, range: Range<usize>) -> bool {
    let label = &text[range.clone()];
    let word_before = text[..range.start]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(3)
        .collect::<Vec<_>>();
    label.trim_end().contains(' ')
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 8
        && !label.chars().any(char::is_lowercase)
        && word_before.len() >= 2
        && word_before.iter().all(|c| c.is_uppercase())
}

/// Whether a label in capitals runs straight into a capitalised word
/// ("ETAIENT PRESENTSJacques X", "ABSENT EXCUSEMohamed Y"): a text whose
/// line breaks were removed, the label's end is the word's capital.
fn glued_to_capitalised(label: &str, after: &str) -> bool {
    let mut next = after.chars();
    label.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && label.chars().all(|c| !c.is_lowercase())
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// The attendance and other labelled sections in `text[within]`, in order;
/// `lower` is `text` with ASCII letters in lower case (same offsets),
/// `feeds` the offsets of the text's line feeds.
pub(super) fn sections(
    text: &str,
    lower: &str,
    feeds: &[usize],
    within: Range<usize>,
) -> Vec<Section> {
    let mut found: Vec<(Label, Range<usize>, usize, Option<u32>)> = Vec::new();
    // Whether "Titulaires :" opened the attendance: blocks by member body.
    let mut body_blocks = false;
    let mut matches = label_matches(text, lower, feeds, within.clone());
    let damaged = damaged_labels(text, feeds, within.clone());
    if !damaged.is_empty() {
        matches.extend(damaged);
        matches.sort_by_key(|(r, _)| r.start);
        matches.dedup_by_key(|(r, _)| r.start);
    }
    for (range, label) in matches {
        let (start, end) = (dont_before(text, range.start), range.end);
        // A label's word inside the qualifier of the label before ("et
        // pouvoirs" in "Présents titulaires ... et pouvoirs :") is its text.
        // A label's word inside the qualifier of a list's label before
        // ("formant la majorité" in "Étaient présents formant la majorité
        // des membres en exercice :") is its text too, and so are a stop's
        // words there.
        if found.last().is_some_and(|f| {
            start < f.2
                && (f.0 == Label::Present
                    && (label == Label::Stop || members_qualifier(&text[f.1.end..start]))
                    || matches!(f.0, Label::Present | Label::Absent(_) | Label::Proxies)
                        && quorum_clause(&text[f.1.end..f.2]))
        }) {
            continue;
        }
        let matched = &text[range];
        // "MME X DONNE POUVOIR À M. Y": in a text in capitals, the proxy
        // sentence's noun after its verb, no label.
        if label == Label::Proxies && proxy_noun_after_verb(text, start, end) {
            continue;
        }
        // A label starts a word and does not continue one.
        if !(starts_word(text, start..end)
            || label != Label::Stop && glued_after_caps(text, start..end))
            || text[end..].starts_with(|ch: char| ch.is_alphanumeric())
                && !glued_to_capitalised(matched, &text[end..])
        {
            continue;
        }
        let label = match label {
            // A garbled label read as "excusés" says so itself.
            Label::Absent(Some(true)) => Label::Absent(Some(true)),
            Label::Absent(_) => Label::Absent(with_fold(matched, |f| {
                if f.contains("non excus") {
                    Some(false)
                } else if f.contains("excus") {
                    Some(true)
                } else {
                    None
                }
            })),
            other => other,
        };
        // "ETAIENT REPRESENTEES LES COMMUNES DE :": the member bodies
        // represented by their delegates, who sit; "ETAIENT NON
        // REPRESENTEES LES COMMUNES DE :" names bodies, no one.
        // (Read as a present label up to its colon, then as a stop.)
        let bodies = label == Label::Proxies && member_bodies_follow(&text[end..]);
        let bodies_unrepresented = bodies
            && lower[..start]
                .trim_end()
                .strip_suffix("non")
                .is_some_and(|b| !b.ends_with(char::is_alphanumeric));
        let label = if bodies { Label::Present } else { label };
        // "Communes non représentées : NEANT": member bodies that sent no
        // delegate, no proxy; the label ends the list before it.
        let unrepresented = (label == Label::Proxies)
            .then(|| bodies_not_represented(lower, start))
            .flatten();
        let label = if unrepresented.is_some() {
            Label::Stop
        } else {
            label
        };
        // "COMMUNAUTE DE COMMUNES X\nTitulaires : A, B\nSuppléants : C\n
        // Procurations : ...\nAbsents excusés : D\nCOMMUNAUTE ...": one block
        // a member body, its delegates who sit under "Titulaires :" and
        // "Suppléants :" at line starts. Read so only when such a label
        // opens the attendance; then each block's heading, a line in
        // capitals, ends the list before it. Elsewhere ("Absents :\n
        // Titulaires : X") they are sub-headings of another list.
        let mut heading_start = None;
        if label == Label::Present && bare_block_label(matched) {
            let line_start = text[..start].trim_end_matches([' ', '\t']);
            let opens_line = line_start.is_empty() || line_start.ends_with('\n');
            let first = !found
                .iter()
                .any(|f| matches!(f.0, Label::Present | Label::Absent(_) | Label::Proxies));
            let after_content = found
                .last()
                .is_none_or(|f| f.2 > start || !text[f.2..start].trim().is_empty());
            // "... à M. Y. Suppléants : M. X Paul suppléant de M. Z Alain.":
            // the substitutes who sit, each with the titular they stand
            // for, inside a line or opening one after other lists.
            let standing_for = substitutes_standing_for(text, end);
            if !(opens_line || standing_for) {
                continue;
            }
            if opens_line {
                let block = first || body_blocks && after_content;
                if !(block || standing_for) {
                    continue;
                }
            }
            if opens_line && (first || body_blocks && after_content) {
                body_blocks = true;
                if let Some(h) = block_heading_before(text, start)
                    && found.last().is_none_or(|f| f.2 <= h)
                    && h >= within.start
                {
                    heading_start = Some(h);
                }
            }
        }
        // "présents : tous les membres en exercice, à l'exception de :": no
        // count of members in office, the start of a list by exception.
        if label == Label::Stop && lower[..start].trim_end().ends_with("tous les") {
            continue;
        }
        let Some((content_start, count)) = label_end(text, start, end, label, matched) else {
            continue;
        };
        // "Etaient présents formant la majorité des membres en exercice :
        // X, Y": the majority formula closing a present label, no count of
        // members in office.
        if label == Label::Stop && count.is_none() && {
            let before = lower[..start].trim_end();
            before.ends_with("majorité des") || before.ends_with("majorite des")
        } {
            continue;
        }
        let content_start = if matches!(label, Label::Present | Label::Absent(_)) {
            content_start + members_lead_in(&text[content_start..]).unwrap_or(0)
        } else {
            content_start
        };
        // "Présents sans voix délibérative :", "Présents avec voix
        // consultative :": those who sit without a vote (substitutes whose
        // titular is there, staff), not members present.
        // "Sont présents les délégués des communes de : A, B": the member
        // bodies that sent delegates, no one named.
        let without_vote = label == Label::Present && {
            let after = &text[end..text.floor_char_boundary((end + 32).min(text.len()))];
            let with_label = &text[start..text.floor_char_boundary((end + 32).min(text.len()))];
            with_fold(after.trim_start(), |f| {
                f.starts_with("sans voix") || f.starts_with("avec voix consultative")
            }) || with_fold(with_label, |f| {
                f.contains("les delegues des communes")
                    || f.contains("les representants des communes")
            }) && communes_only(text, end)
        };
        let label = if bodies_unrepresented || without_vote {
            Label::Stop
        } else {
            label
        };
        // "Arrivée en cours de séance – 1 élue": members present for part
        // of the sitting, counted apart from those present at its start.
        let count = count.filter(|_| !fold_starts_with(matched, "arriv"));
        if label == Label::Present && !present_context_ok(text, start) {
            continue;
        }
        // "Assistaient (à la réunion) :" after a list of the members present
        // (not only their count) and then other lists (absents, proxies,
        // secretary): staff and guests.
        // "Assistaient également :", "Assistaient en outre à la séance :"
        // (which the present labels match first, the stop labels never
        // tried): staff and guests.
        // "En présence de : Mme X, M. Y" after the lists likewise.
        let label = if label == Label::Present
            && with_fold(matched, |f| {
                f.starts_with("assist") && !assisted_by(f) || f.starts_with("en presence")
            })
            && (found
                .iter()
                .skip_while(|f| f.0 != Label::Present || f.3.is_some())
                .any(|f| !matches!(f.0, Label::Present | Label::Stop))
                // "Etaient présents - [names] Quorum : 19 - Nbre de
                // votants : 29 Assistaient à la séance :": or the counts
                // after the list of the members present.
                || found
                    .iter()
                    .skip_while(|f| f.0 != Label::Present || f.3.is_some())
                    .skip(1)
                    .any(|f| f.3.is_some())
                || with_fold(matched, |f| {
                    f.contains("egalement") || f.contains("en outre")
                })) {
            Label::Stop
        } else {
            label
        };
        // "Présents : ... Absents : ... Secrétaire de séance : Mme X.
        // Etaient présents : M. Paul Y, Trésorier ; Mme Anne Z, DGS": a
        // present label again after the members' lists, its people named
        // with the titles of the administration's staff: staff, not members.
        let label = if label == Label::Present
            && found
                .iter()
                .skip_while(|f| f.0 != Label::Present || f.3.is_some())
                .any(|f| !matches!(f.0, Label::Present | Label::Stop))
            && staff_titles_follow(&text[content_start..])
        {
            Label::Stop
        } else {
            label
        };
        // "en exercice : 23 MARCHAL-COLLIN, M. Raphaël X": a margin box of
        // counts and dates woven into the start of a list's lines.
        let in_list = found
            .last()
            .is_some_and(|f| matches!(f.0, Label::Present | Label::Absent(_) | Label::Proxies));
        let dated = fold_starts_with(matched, "date");
        // ("..., DUVAL,\nAbsents (3) : Mmes X & Y": a list's label, its
        // count in brackets before its colon, is no margin's box.)
        let bracketed = matches!(label, Label::Present | Label::Absent(_) | Label::Proxies) && {
            let between = text[end..content_start.max(end)].trim();
            between.starts_with('(') && between.ends_with(':') && between.contains(')')
        };
        // "Absents ayant donné procuration : Nbre de conseillers en
        // exercice : 27 Présents : 17 Paul X à Anne Y Procurations : 7 Luc Z
        // à Eve W": a side box of counts woven into proxies written "X à Y",
        // its labels between them. A label inside an open list of proxies
        // whose text (after its count) is the next proxy is the box's.
        // (A count with the label, or a proxy right before it: "... à
        // Anne X Conseillers présents : Paul Y à ..."; not a table's
        // heading "NOMS DES MANDANTS A NOMS DES MANDATAIRES".)
        if found.last().is_some_and(|f| f.0 == Label::Proxies)
            && label != Label::Secretary
            && (count.is_some() || proxy_before(text, start))
            && proxy_pair_follows(text, content_start, count.is_some())
        {
            continue;
        }
        if in_list
            && (count.is_some() || dated)
            && !bracketed
            && woven_into_list(
                text,
                start,
                content_start,
                found.last().is_some_and(|f| f.0 == Label::Present),
            )
        {
            continue;
        }
        // "1 - M Paul X, Maire Nombre de conseillers 2 - Mme Anne Y, Adjointe
        // En exercice : 15 3 - M Luc Z": a margin's labels woven into a
        // numbered list flattened on one line, the numbering going on
        // right after them.
        if in_list
            && (label == Label::Stop || count.is_some())
            && numbering_goes_on(text, start, content_start)
        {
            continue;
        }
        // "..., LEBLOND, Nombre de membres : NESSLER, QUENNEVAT.": a
        // margin's label with no count woven into a list's line, names on.
        let margin_count = fold_starts_with(matched, "nombre");
        if in_list && margin_count && count.is_none() && {
            let line_end = text[content_start..]
                .find('\n')
                .map_or(text.len(), |p| content_start + p);
            let rest = text[content_start..line_end].trim_start();
            let word = rest.split([',', ' ']).next().unwrap_or("");
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word.chars().all(|c| !c.is_lowercase())
                && rest.contains(',')
                && {
                    // After a comma, or inside a name: its given name
                    // ("..., Chantal Nombre de membres X, ...").
                    let before = text[..start].trim_end();
                    let last = before.rsplit([' ', '\n']).next().unwrap_or("");
                    before.ends_with(',')
                        || last.starts_with(char::is_uppercase)
                            && last.chars().skip(1).any(char::is_lowercase)
                            && last.chars().all(|c| c.is_alphabetic() || c == '-')
                }
        } {
            continue;
        }
        // "Etaient présents : Date d'affichage : 25 juillet 2016 Mesdames
        // X, Y": a margin's date woven between a list's label and its
        // names; the list starts after the date.
        if in_list
            && dated
            && let Some(last) = found.last_mut()
            && text[last.2.min(start)..start].trim().is_empty()
            && let Some(colon) =
                text[end..text.floor_char_boundary((end + 4).min(text.len()))].find(':')
            && let Some(after_date) = date_then_names(text, end + colon + 1)
        {
            last.2 = after_date;
            continue;
        }
        // "26 Nombre de Conseillers présents : 6": a count's lead-in
        // belongs to its label, not to the section before.
        // ("Nbre de Conseillers votants :\n10", its count out of reach, too.)
        let start = count_lead_in(lower, start).max(within.start);
        // "... Franck X POUVOIRS – EXCUSES\n\nBESSE : ...": two labels
        // joined by a dash, one heading; the first, which opens no list of
        // its own, is the heading's, not the last name's of the list before.
        let start = match joined_label_before(text, start) {
            Some(first)
                if first >= within.start
                    && found
                        .last()
                        .is_none_or(|f| f.1.start < first && f.2 <= first) =>
            {
                first
            }
            _ => start,
        };
        found.push((
            label,
            heading_start.or(unrepresented).unwrap_or(start)..end,
            content_start,
            count,
        ));
    }
    also_present_members(text, &mut found, within.end);
    // "sous la présidence de M. X, Maire, assisté de MM. A, B, Mme C": the
    // members present in the presidency's sentence, when no other label
    // lists them ("..., assisté de Mme Y, secrétaire. Étaient présents :"
    // names an assistant).
    // Kept beside another present label when its run closes on the
    // members' function ("..., Mme C, Vice-Présidents. Étaient présents :
    // ..."): the presidency's officers, not named again after.
    if found
        .iter()
        .any(|f| f.0 == Label::Present && !with_fold(&text[f.1.clone()], assisted_by))
    {
        found.retain(|f| {
            f.0 != Label::Present
                || !with_fold(&text[f.1.clone()], assisted_by)
                || officers_named(text, f.2, within.end.min(f.2 + 1500))
        });
    }

    let mut sections: Vec<Section> = Vec::with_capacity(found.len());
    for k in 0..found.len() {
        let next = found.get(k + 1).map_or(within.end, |f| f.1.start);
        let (label, label_range, content_start, count) = found[k].clone();
        sections.push(Section {
            label,
            label_range,
            content: content_start..next.max(content_start),
            count,
        });
    }
    rosters_before_present(text, &mut sections);
    counts_stacked_over_numbered_lists(text, &mut sections);
    list_after_a_box(text, &mut sections);
    sections
}

/// "Etaient présents :\nDATE DE CONVOCATION\n19 mars 2010\nNOMBRE DE
/// CONSEILLERS EN EXERCICE\n\n29\n\nPRESENTS\n\n21\n\nVOTANTS\n\n28\n\nM.
/// X Paul\nMme Y Anne": a margin's box of counts and dates read into the
/// flow between a list's label and its list, each cell's label and figure
/// on lines of their own. The list's label holds nothing; two cells or
/// more follow, each holding only figures, dates or rules (a cell of a
/// list's label with its count read); the last, a label of counts or
/// dates, holds its figure and then the list, which is the first label's.
fn list_after_a_box(text: &str, sections: &mut [Section]) {
    let listed = |l: Label| matches!(l, Label::Present | Label::Absent(_) | Label::Proxies);
    for k in 0..sections.len() {
        let s = &sections[k];
        if !listed(s.label) || s.count.is_some() || !text[s.content.clone()].trim().is_empty() {
            continue;
        }
        let mut m = k + 1;
        let mut counted = false;
        while let Some(c) = sections.get(m) {
            let body = &text[c.content.clone()];
            let figure = body.trim();
            let figure = !figure.is_empty() && figure.bytes().all(|b| b.is_ascii_digit());
            let cell = match c.label {
                Label::Stop => true,
                l if listed(l) => c.count.is_some() || figure,
                _ => false,
            };
            if !cell || box_lines(body) < body.len() {
                break;
            }
            counted |= c.count.is_some() || figure;
            m += 1;
        }
        let Some(last) = sections.get(m) else {
            continue;
        };
        if m < k + 3 || !counted || last.label != Label::Stop {
            continue;
        }
        let body = &text[last.content.clone()];
        let filler = box_lines(body);
        let rest = &body[filler..];
        let name_first = civility_first(rest) || {
            let word = rest.split_whitespace().next().unwrap_or("");
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word.chars().all(|c| !c.is_lowercase())
        };
        if filler == 0 || !name_first {
            continue;
        }
        let split = last.content.start + filler;
        let end = last.content.end;
        sections[m].content.end = split;
        sections[k].content = split..end;
    }
}

/// The length of the lines opening `body` that a box of counts and dates
/// holds: blank, a figure, a date ("19 mars 2010", "02/07/2019"), or rules
/// ("-----", "_____"), maybe a rule before a date.
fn box_lines(body: &str) -> usize {
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let cell = line
            .trim()
            .trim_start_matches(['-', '_', '–', '—', '=', '*', '.']);
        let words: Vec<&str> = cell.split_whitespace().collect();
        let figure = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'/');
        let ok = cell
            .trim_end_matches(['-', '_', '–', '—', '=', '*', '.'])
            .is_empty()
            || words.len() == 1 && figure(words[0])
            || words.len() == 3
                && figure(words[0])
                && crate::grammar::date::month_number(words[1]).is_some()
                && figure(words[2]);
        if !ok {
            break;
        }
        at += line.len();
    }
    at
}

/// "Présents : 13 Procuration(s) : 2 1. FLOFERON Alexis, Maire 2. ... 13. X
/// Paul 1. Y Anne proc. à Z Luc 2. ...": two lists' labels written one
/// after the other with their counts only, then the two lists numbered
/// each from 1, in the labels' order (a table's header row and its columns
/// flattened). The first label takes as many entries as its count, up to
/// where the numbering starts again, the second the rest.
fn counts_stacked_over_numbered_lists(text: &str, sections: &mut [Section]) {
    let listed = |l: Label| matches!(l, Label::Present | Label::Absent(_) | Label::Proxies);
    for k in 1..sections.len() {
        let (before, after) = sections.split_at_mut(k);
        let (first, second) = (&mut before[k - 1], &mut after[0]);
        let (Some(n), Some(_)) = (first.count, second.count) else {
            continue;
        };
        if !listed(first.label)
            || !listed(second.label)
            || n < 2
            || !text[first.content.clone()].trim().is_empty()
        {
            continue;
        }
        // The numbers opening the entries, in order: 1, 2, ..., n, then 1.
        let body = &text[second.content.clone()];
        let numbers = crate::text::regex!(r"(?:^|\s)([0-9]{1,2})[.)]\s");
        let mut expected = 1u32;
        let mut restart = None;
        for c in numbers.captures_iter(body) {
            let m = c.get(1).expect("group");
            let Ok(number) = m.as_str().parse::<u32>() else {
                break;
            };
            if number == expected && expected <= n {
                expected += 1;
            } else if number == 1 && expected == n + 1 {
                restart = Some(m.start());
                break;
            } else {
                break;
            }
        }
        // The first list opens the content right after the second label.
        let opens = body.trim_start().starts_with("1.") || body.trim_start().starts_with("1)");
        if let Some(at) = restart.filter(|_| opens) {
            let split = second.content.start + at;
            first.content = second.content.start..split;
            second.content = split..second.content.end;
        }
    }
}

/// "TITULAIRES : Anne A ; Paul B ; Luc C.\n\nPRESENTS : Anne A ; Luc C":
/// a label of the members' standing alone ("Titulaires :", "Conseillers
/// municipaux :") listing the whole body, then a label of presence naming
/// again some of them: the first list is the roster, not the present, and
/// ends as a stop.
fn rosters_before_present(text: &str, sections: &mut [Section]) {
    for k in 1..sections.len() {
        let (before, after) = sections.split_at_mut(k);
        let (roster, present) = (&mut before[k - 1], &after[0]);
        if roster.label != Label::Present
            || present.label != Label::Present
            || present.count.is_some()
            || roster.count.is_some()
        {
            continue;
        }
        let roster_label = &text[roster.label_range.clone()];
        let standing_only = bare_block_label(roster_label)
            || with_fold(roster_label, |f| {
                f.starts_with("conseillers") || f.starts_with("delegues titulaires")
            });
        if !standing_only
            || !with_fold(&text[present.label_range.clone()], |f| {
                f.contains("present")
            })
        {
            continue;
        }
        // The present list's first name, its first two words, in the roster.
        let body = text[present.content.clone()].trim_start_matches([' ', ':', '\n', '\t']);
        let mut words = body.split_whitespace();
        let (Some(a), Some(b)) = (words.next(), words.next()) else {
            continue;
        };
        let first = format!("{a} {}", b.trim_end_matches([',', ';', '.']));
        if first.len() >= 5 && text[roster.content.clone()].contains(&first) {
            roster.label = Label::Stop;
        }
    }
}

/// Where the civility starts in `after` when `matched` is the status header
/// of a flattened table's column ("Était présent", "Étaient représentés",
/// "Était excusée", "Étaient absents": "Était" or "Étaient" capitalised,
/// then one or two words) and `after` holds only blanks before a civility
/// and a family name in capitals ("\n\nM. RAIVIR Paul"), maybe after "Par"
/// (a holder's cell, "Par M. RAIVIR Paul").
fn status_header_before_name(matched: &str, after: &str) -> Option<usize> {
    let mut words = matched.split_whitespace();
    let verb = words.next()?;
    if !(verb.starts_with(['É', 'E'])
        && verb.chars().skip(1).all(char::is_lowercase)
        && with_fold(verb, |f| f == "etait" || f == "etaient")
        && (1..=2).contains(&words.count()))
    {
        return None;
    }
    let rest = after.trim_start();
    let gap = after.len() - rest.len();
    let mut next = rest.split([' ', '\n']).peekable();
    // "Était excusée\n\nPar M. X Paul": the column of the holders of
    // another status's proxies, flattened in between.
    next.next_if_eq(&"Par");
    let civility = next.next()?;
    let family = next.next()?;
    let is_civility = matches!(
        civility,
        "M." | "Mme" | "MM." | "Mmes" | "Monsieur" | "Madame"
    );
    let letters = family.chars().filter(|c| c.is_alphabetic()).count();
    let caps = letters >= 2
        && family
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    (is_civility && caps).then_some(gap)
}

/// Where a label word in capitals joined by a dash or a slash to the
/// label at `start` begins: "POUVOIRS – EXCUSES", "ABSENTS / EXCUSES",
/// one heading of two labels.
fn joined_label_before(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].trim_end_matches(' ');
    let joined = before.strip_suffix(['–', '-', '/'])?;
    let word_end = joined.trim_end_matches(' ').len();
    if word_end == joined.len() || before.len() == start {
        return None;
    }
    let word_start = text[..word_end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let word = &text[word_start..word_end];
    if word.chars().count() < 4 || word.chars().any(char::is_lowercase) {
        return None;
    }
    let (label, len) = KINDS.at_start(word)?;
    (label != Label::Stop && len == word.len()).then_some(word_start)
}

/// "Titulaires :", "Suppléants :": a label of the delegates alone.
fn bare_block_label(matched: &str) -> bool {
    with_fold(matched, |f| {
        let word = f.trim_end_matches([':', ' ']);
        matches!(word, "titulaires" | "suppleants" | "suppleantes")
    })
}

/// Whether the list after a bare "Suppléants :" at `end` names each
/// substitute with the titular they stand for: "M. X Paul suppléant de M.
/// Z Alain".
fn substitutes_standing_for(text: &str, end: usize) -> bool {
    let near = &text[end..text.floor_char_boundary((end + 160).min(text.len()))];
    with_fold(near, |f| {
        f.contains("suppleant de ") || f.contains("suppleante de ")
    })
}

/// Where the heading line before `start` begins, when the line before is
/// one in capitals with no colon and no figure ("COMMUNAUTE DE COMMUNES DU
/// VAL\nTitulaires :"): a member body's name heading its block.
fn block_heading_before(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].strip_suffix('\n')?;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let line = &before[line_start..];
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 6
        && line
            .chars()
            .all(|c| !c.is_lowercase() && !c.is_ascii_digit() && c != ':')
        && line.split_whitespace().count() >= 2)
        .then_some(line_start)
}

/// Whether a label's words go on with the member bodies they are about:
/// "représentées les communes de :", "représentées les collectivités
/// suivantes :".
fn member_bodies_follow(after: &str) -> bool {
    let head = &after[..after.floor_char_boundary(after.len().min(24))];
    with_fold(head, |f| {
        let mut words = f.split_whitespace();
        words.next() == Some("les")
            && words
                .next()
                .is_some_and(|w| MEMBER_BODIES.contains(&w.trim_end_matches([':', ','])))
    })
}

/// Where the member body's word starts when it and "non" come right
/// before the label at `start`: "Communes non représentées :",
/// "Collectivités non représentées". `lower` is the lower-cased text.
fn bodies_not_represented(lower: &str, start: usize) -> Option<usize> {
    let before = lower[..start].trim_end().strip_suffix("non")?;
    let body = before.trim_end();
    if body.len() == before.len() {
        return None;
    }
    let word_start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()?
        .0;
    with_fold(&body[word_start..], |f| {
        let f = f.trim_end_matches('s');
        MEMBER_BODIES.iter().any(|b| b.trim_end_matches('s') == f)
    })
    .then_some(word_start)
}

/// Whether the label at `start` has only the members' word before it on
/// its line: "Conseillers", "Conseillère", "Conseillers municipaux",
/// "Membres", "Délégués".
fn members_word_before(text: &str, start: usize) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(40));
    let Some(line) = text[from..start]
        .rfind('\n')
        .map(|p| &text[from + p + 1..start])
        .or((from == 0).then(|| &text[..start]))
    else {
        return false;
    };
    let mut words = line.split_whitespace();
    let first = words.next().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && with_fold(w, |f| {
                f.starts_with("conseill") || f.starts_with("membre") || f.starts_with("delegue")
            })
    });
    first && words.count() <= 1
}

/// Where a counted label starts once its lead-in just before it on its
/// line is taken in: "nombre de" and up to three words ("Nombre de
/// Conseillers municipaux présents : 26"); `start` when there is none.
/// `lower` is the lower-cased text.
fn count_lead_in(lower: &str, start: usize) -> usize {
    let from = lower.floor_char_boundary(start.saturating_sub(60));
    let before = &lower[from..start];
    // ("Nbre de", "Nb de": the word abbreviated.)
    let Some((at, lead)) = ["nombre d", "nbre d", "nb d", "nb. d"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, w.len())))
        .max()
    else {
        return start;
    };
    let words = &before[at + lead..];
    let opens = before[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let plain = words
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’'));
    if opens && plain && words.split_whitespace().count() <= 4 {
        from + at
    } else {
        start
    }
}

/// Whether the run of people from `start` (up to its sentence's end, within
/// `end`) closes on a plural function of the members ("..., M. B, Mme C,
/// Vice-Présidents.", "..., Adjoints au Maire."): the presidency's
/// officers, members present.
fn officers_named(text: &str, start: usize, end: usize) -> bool {
    let end = text.floor_char_boundary(end.max(start));
    let run = &text[start..end];
    // The sentence ends at a full stop after a word of three letters or
    // more (not "M."), its lines broken as a page's may be.
    let stop = run
        .match_indices('.')
        .map(|(i, _)| i)
        .find(|&i| {
            run[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .count()
                >= 3
        })
        .unwrap_or(run.len());
    let sentence = run[..stop].trim_end();
    let last = sentence.rsplit(',').next().unwrap_or("").trim();
    with_fold(last, |f| {
        crate::text::fold_regex!(
            r"(?i)^(?:(?:les )?vice-presidente?s|(?:maires? )?adjointe?s(?: au maire)?|conseill(?:er|ere)s (?:municipaux|communautaires|delegues))$"
        )
        .is_match(f)
    })
}

/// Whether a folded label is "assisté(e)(s) de", which introduces the
/// members present after the presidency.
fn assisted_by(folded: &str) -> bool {
    folded.starts_with("assiste") && !folded.starts_with("assistai")
}

/// Whether `after` opens on a run of people, three civilities at least in
/// its first twelve words, or a plural one first: "MM. A, B, Mme C, M. D",
/// not "Mme Y, secrétaire générale".
fn civility_run(after: &str) -> bool {
    let civility = |w: &str| crate::grammar::people::civility(w.trim_end_matches([',', '.']));
    let mut words = after.split_whitespace().take(12);
    let Some(first) = words.next().and_then(civility) else {
        return false;
    };
    first.1 || words.filter(|w| civility(w).is_some()).count() >= 2
}

/// "Etaient également présents : M. X, Mme Y, Maires Adjoints, ...,
/// Conseillers Municipaux": with no list of the members present before or
/// after it, an "also present" label whose names carry the functions of
/// members names the members, not guests.
fn also_present_members(
    text: &str,
    found: &mut [(Label, Range<usize>, usize, Option<u32>)],
    end: usize,
) {
    if found.iter().any(|f| f.0 == Label::Present && f.3.is_none()) {
        return;
    }
    for k in 0..found.len() {
        let (label, range, content_start, _) = found[k].clone();
        if label != Label::Stop
            || !with_fold(&text[range.clone()], |f| f.starts_with("egalement present"))
        {
            continue;
        }
        let next = found.get(k + 1).map_or(end, |f| f.1.start);
        let content = &text[content_start..next.max(content_start)];
        let members = crate::text::fold_regex!(
            r"(?i)\b(?:adjointe?s?|conseill(?:er|ère)s? (?:municip|communaut)|délégués? titulaires?)\b"
        )
        .is_match(content);
        if members {
            found[k].0 = Label::Present;
        }
    }
}

/// Whether the list starting `after` names the administration's staff:
/// every name of its sentence (up to its full stop, 300 bytes at most)
/// followed by a comma and one of [`STAFF_TITLES`] ("M. Paul Y, Trésorier ;
/// Mme Anne Z, DGS et Mme Lise W, rédacteur"), two at least.
fn staff_titles_follow(after: &str) -> bool {
    let window = &after[..after.floor_char_boundary(after.len().min(300))];
    let sentence = window.find(['.', '\n']).map_or(window, |p| &window[..p]);
    let titles = sentence
        .split(',')
        .skip(1)
        .filter(|part| {
            part.split_whitespace()
                .next()
                .is_some_and(|w| with_fold(w, |f| STAFF_TITLES.contains(&f)))
        })
        .count();
    titles >= 2 && titles == sentence.matches(',').count()
}

/// Where the content of a label starts, and a count written with it; `None`
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
    // "présents ou représentés\n: - X": a line wrapped right before the
    // label's colon, which opens the next line.
    if let Some(next) = rest[skip..]
        .strip_prefix("\r\n")
        .or_else(|| rest[skip..].strip_prefix('\n'))
        .map(|r| r.trim_start_matches([' ', '\t']))
        .filter(|r| r.starts_with(':'))
    {
        skip = rest.len() - next.len();
    }
    // "Présents (13) :": a count between the label and its colon.
    let mut paren_count = None;
    if let Some(inner) = rest[skip..].strip_prefix('(') {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && inner[digits..].starts_with(')') {
            let after_paren = &inner[digits + 1..];
            // "Excusés (2) ... :": an ellipsis before the colon.
            let spaces = after_paren.len() - after_paren.trim_start_matches([' ', '.', '…']).len();
            if after_paren[spaces..].starts_with(':') {
                paren_count = inner[..digits].parse().ok();
                skip += digits + 2 + spaces;
            } else if after_paren[spaces..].starts_with(['\n', '\r']) || after_paren.is_empty() {
                // "Étaient présents (17)" alone on its line, the list below.
                paren_count = inner[..digits].parse().ok();
                skip += digits + 2 + spaces;
            }
        }
    }
    // "Présents (dans l'ordre du tableau) :", "ETAIENT PRÉSENTS, à
    // l'ouverture de la séance :", "PRESENTS [13] :": a qualifier between
    // the label and its colon.
    // "Etaient présents tous les conseillers en exercice, exceptés : X":
    // the list by exception starts right after the label.
    if label == Label::Present
        && fold_starts_with(
            &rest[skip..rest.floor_char_boundary(rest.len().min(skip + 12))],
            "tous les ",
        )
    {
        return Some((end + skip + all_members_named(&rest[skip..]), None));
    }
    // Only a label that opens a sentence or a paragraph, or is in capitals,
    // or whose qualifier is in brackets: "sa délégation de pouvoirs de la
    // part du CM :" and "des membres présents et\nreprésentés, le conseil
    // municipal :" are prose.
    let before = text[..start].trim_end_matches([' ', '\t', '\r', '\n']);
    let gap = &text[before.len()..start];
    let opens_sentence = before.is_empty()
        || gap.contains("\n\n")
        || before.ends_with(['.', ':', ';', ')', '•', '-', '+', '*'])
        || gap.contains('\n') && before.ends_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let in_capitals = matched
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // ("X représenté(e) par Y": the written agreement of the word, glued
    // to it, then the holder, is no qualifier in brackets; "Absent(e)(s) :"
    // keeps its second mark as one.)
    let agreement = ["(e)", "(es)", "(s)"]
        .iter()
        .any(|m| rest.strip_prefix(m).is_some_and(|r| r.starts_with(" par ")));
    let bracketed = rest[skip..].starts_with(['(', '[']) && !agreement;
    if paren_count.is_none()
        && label != Label::Stop
        && (opens_sentence
            || in_capitals
            || bracketed
            || matched.starts_with(char::is_uppercase)
                && (rest[skip..]
                    .split(':')
                    .next()
                    .is_some_and(members_qualifier)
                    // "MARCOU Etaient représentés les conseillers
                    // titulaires suivants : X par Y": a capitalised label
                    // run on after a list, the members it names introduced.
                    || members_introduced(&rest[skip..]).is_some()))
        && let Some((len, count)) = qualifier(&rest[skip..])
    {
        skip += len;
        paren_count = count;
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
        // "1. BRUARDOT Gaël", "1- Edouard OURSACARD": a numbered list, not a count.
        if s2[digits..].starts_with(['.', ')', '°', '-']) {
            return None;
        }
        // "1 - M Paul X, Maire 2 - ...": the first number of a numbered
        // list, a civility after its dash.
        if &s2[..digits] == "1"
            && let Some(entry) = s2[digits..].strip_prefix(" - ")
            && civility_first(entry)
        {
            return None;
        }
        // "Absents excusés : 8 : X à Y, ...": the count, then its own colon.
        let after_digits = &s2[digits..];
        let second_colon = after_digits
            .trim_start_matches(' ')
            .strip_prefix(':')
            .map_or(0, |r| after_digits.len() - r.len());
        // "Présents à l'appel nominal : 26 élus.", "Absents représentés : 7
        // élus": the count's unit alone on the rest of its line is the
        // count's, not a function opening the list below.
        let unit = if second_colon == 0 {
            count_unit(after_digits)
        } else {
            0
        };
        // "PRÉSENTS 73/93": the count out of the members in office (not a
        // date: "19/04/2019").
        let out_of = match after_digits.strip_prefix('/') {
            Some(r) if second_colon == 0 && unit == 0 => {
                let d = r.bytes().take_while(u8::is_ascii_digit).count();
                let whole = |x: &str| x.parse::<u32>().ok();
                let more = whole(&r[..d]).is_some_and(|m| whole(&s2[..digits]) <= Some(m));
                if more && !r[d..].starts_with('/') {
                    d + 1
                } else {
                    0
                }
            }
            _ => 0,
        };
        (digits > 0).then(|| {
            Some((
                s2[..digits].parse().ok()?,
                lead + digits + second_colon + unit + out_of,
            ))
        })?
    };
    // "Conseillers municipaux : X, Y" at a line start, the colon in the
    // match: a heading of the members present when no count follows.
    // "La présidente fait l'appel nominal des membres :" ends a sentence:
    // the roll call's names follow, wherever the sentence starts.
    if label == Label::Present && matched.ends_with(':') {
        let line_start = opens_its_line(text, start);
        let roll_call = fold_starts_with(matched, "l'");
        let counted = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
        let standing_for = bare_block_label(matched) && substitutes_standing_for(text, end);
        return ((line_start || roll_call || standing_for) && !counted).then_some((end, None));
    }
    // "ÉTAIENT PRÉSENTS <address, phones, e-mail of a letterhead> : X, Y":
    // a page's letterhead extracted between a label in capitals and its colon.
    if label != Label::Stop
        && !after.starts_with(':')
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && let Some(colon) = after[..after.floor_char_boundary(after.len().min(300))].find(':')
        && is_letterhead(&after[..colon])
    {
        return Some((end + skip + colon + 1, None));
    }
    // "..., Maire, assisté de MM. A, B, Mme C, ...": the members present
    // after the presidency, a run of people right after the label.
    if label == Label::Present && with_fold(matched, assisted_by) {
        return civility_run(after).then_some((end + skip, None));
    }
    // "En présence de : X, Y": a label with its colon only; "en présence de
    // M. X, directeur" is prose.
    // "..., se sont réunis : MM. X, Y" likewise ("les délégués se sont
    // réunis à ..." is prose).
    // "Publié le : 31 mars 2016" likewise ("sera publié le 3 mars" is prose).
    if (fold_starts_with(matched, "en presence")
        || fold_starts_with(matched, "se sont")
        || fold_starts_with(matched, "publi")
        || fold_starts_with(matched, "affich"))
        && !after.starts_with(':')
    {
        return None;
    }
    if let Some(colon_rest) = after.strip_prefix(':') {
        let body = end + skip + 1;
        // "Présents : Mesdames et Messieurs les conseillers municipaux
        // suivants :": the members introduced, the list after the second
        // colon.
        if label != Label::Stop
            && let Some(len) = members_introduced(colon_rest)
        {
            return Some((body + len, paren_count));
        }
        if let Some((n, len)) = count_at(colon_rest) {
            // A count only ("Présents : 29"), or a count then the list.
            return Some((body + len, Some(n)));
        }
        // "Présents :\n32\nVotants :": a box's cells one a line, the count
        // alone on the line after its label.
        if let Some(next) = colon_rest
            .trim_start_matches([' ', '\t', '\r'])
            .strip_prefix('\n')
        {
            let line = next
                .split('\n')
                .next()
                .unwrap_or("")
                .trim_end_matches([' ', '\r']);
            if (1..=4).contains(&line.len())
                && line.bytes().all(|b| b.is_ascii_digit())
                && let Ok(n) = line.parse()
            {
                let len = colon_rest.len() - next.len() + line.len();
                return Some((body + len, Some(n)));
            }
        }
        return Some((body, paren_count));
    }
    // "Arrivée en cours de séance – 1 élue", the names on the next line: a
    // dash before a count alone on the rest of the line stands for the
    // colon.
    if label != Label::Stop
        && let Some(dash_rest) = after.strip_prefix(['–', '-'])
        && let Some((n, len)) = count_at(dash_rest)
        && dash_rest[len..]
            .trim_start_matches([' ', '\t', '\r'])
            .starts_with('\n')
    {
        let dash = after.len() - dash_rest.len();
        return Some((end + skip + dash + len, Some(n)));
    }
    // "Etaient présents : (18)" handled above; "(e)s" labels need no colon.
    if matched.contains("(e)") && after.starts_with(|c: char| c.is_alphabetic()) {
        return Some((end + skip, None));
    }
    // "Était présent\n\nM. X Paul", "Étaient représentés Mme Y Anne": the
    // status headers of a table's columns flattened with its cells, each a
    // capitalised verb and a status with no colon, before a civility and a
    // family name in capitals (past a line break).
    if label != Label::Stop
        && let Some(gap) = status_header_before_name(matched, after)
    {
        return Some((end + skip + gap, paren_count));
    }
    // "Sont présents à l'ouverture de la séance, sous la présidence de M.
    // X, Maire,\n\nMmes et MM. les Adjoints : A, B": a present label
    // opening its line, its sentence running on to a comma that ends the
    // paragraph, the list in the next paragraph, a civility first.
    if label == Label::Present
        && let Some(para_end) =
            after[..after.floor_char_boundary(after.len().min(240))].find("\n\n")
        && !after[..para_end].contains(':')
        && after[..para_end].trim_end().ends_with(',')
        && civility_first(&after[para_end..])
        && opens_its_line(text, start)
    {
        return Some((end + skip + para_end, paren_count));
    }
    // "Délégués présents(es) 2 représentants du Conseil régional (porteurs
    // de 2 voix chacun) Anne X, ...": no colon, the list opening on the
    // heading of a college of members, its count first.
    if label == Label::Present && college_follows(after) {
        return Some((end + skip, None));
    }
    // "Etaient présents –\n\nM. Laurent X- Mme Myriam Y": a dash ending the
    // label's line in place of its colon, a civility first after it.
    if matches!(label, Label::Present | Label::Absent(_))
        && let Some(rest) = after.strip_prefix(['–', '-'])
        && rest.trim_start_matches([' ', '\t']).starts_with('\n')
        && civility_first(rest)
        && opens_its_line(text, start)
    {
        return Some((end + skip + (after.len() - rest.len()), paren_count));
    }
    // "Présents Mme M. X, M JC Y", "Excusés Mme N. Z": a list's label
    // opening its line, no colon, a civility right after it.
    // ("Présents BEAUMONT SUR VAUX Monsieur Paul X BRENS Madame Anne Y":
    // or the first commune of a table flattened, in capitals, then the
    // civility of its delegate.)
    if matches!(label, Label::Present | Label::Absent(_))
        && skip > 0
        && (civility_first(after) || commune_then_civility(after))
        && opens_its_line(text, start)
    {
        return Some((end + skip, paren_count));
    }
    // "Pouvoirs M. X à M. Y\nMme Z à M. W": a proxies' label opening its
    // line, no colon, a civility right after it and the line a proxy, its
    // grantor given to its holder.
    if label == Label::Proxies
        && skip > 0
        && civility_first(after)
        && opens_its_line(text, start)
        && after[..after.find('\n').unwrap_or(after.len())]
            .split_whitespace()
            .skip(2)
            .any(|w| w == "à")
    {
        return Some((end + skip, paren_count));
    }
    // "... procède à l'appel nominal et constate la présence de M. X Paul ;
    // Mme Y Anne": the roll call told in a sentence, the members present
    // after it, a civility first.
    // (Its "de" may open the next line: "constate la PRÉSENCE\nde M. X".)
    if label == Label::Present && fold_starts_with(matched, "constate") {
        let rest = after.trim_start();
        let rest = rest
            .strip_prefix("de ")
            .filter(|_| !matched.ends_with("de"))
            .unwrap_or(rest);
        if civility_first(rest) {
            return Some((end + skip + after.len() - rest.len(), None));
        }
    }
    // "Délégués titulaires absents remplacés par leur suppléant\nEn ordre
    // de commune\nM X Paul - ...": a label of several words filling its
    // line, no colon, the list below.
    if matches!(label, Label::Present | Label::Absent(_))
        && matched.split_whitespace().count() >= 3
        && after
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r'])
        && opens_its_line(text, start)
    {
        return Some((end + skip, paren_count));
    }
    // "POUVOIR(S)\nAnne X (P. Y)", "Absent(s)\nM. Z": a list's label
    // alone on its line, maybe with its agreement marks, no colon, and a
    // name opening the next line: a column's heading, the list below.
    if matches!(label, Label::Present | Label::Absent(_) | Label::Proxies)
        && let Some(line_end) = after.find('\n')
        && {
            let mut marks = after[..line_end].trim_end_matches([' ', '\t', '\r']);
            while let Some(m) = ["(e)", "(s)", "(es)", "(E)", "(S)", "(ES)"]
                .iter()
                .find_map(|m| marks.strip_prefix(m))
            {
                marks = m;
            }
            marks.is_empty()
        }
        && {
            // (A name of two words at least: not a table's cells one a
            // line, "Titulaire\nMme\nX".)
            let next = after[line_end + 1..].split('\n').next().unwrap_or("");
            let mut chars = next.trim_start_matches([' ', '\t']).chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(|c| c.is_alphabetic() || c == '.')
                && next.split_whitespace().count() >= 2
        }
        && opens_its_line(text, start)
    {
        return Some((end + skip + line_end, paren_count));
    }
    // "Siégeaient au conseil,\n": a label opening its line, a comma for its
    // colon at the line's end, the list below.
    if label != Label::Stop
        && let Some(comma_rest) = after.strip_prefix(',')
        && comma_rest
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r'])
        && opens_its_line(text, start)
    {
        return Some((end + skip + 1, paren_count));
    }
    // "C) Participaient également à la réunion\nOlivier X\nSecrétaire du
    // syndicat": guests and staff under a heading alone on its line, no
    // colon; the list before it ends there.
    if label == Label::Stop
        && (fold_starts_with(matched, "particip") || fold_starts_with(matched, "assist"))
        && let Some(line_end) = after.find('\n')
        && after[..line_end].split_whitespace().count() <= 4
        && after[..line_end]
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_lowercase())
    {
        return Some((end + skip + line_end, None));
    }
    // "... LIREUE Conseillers Communautaires suppléants (sans voix
    // délibérative) Rivel : Anne X": substitutes without a vote, a heading
    // closed by its qualifier in parentheses, no colon; the list before it
    // ends there.
    if label == Label::Stop && matched.ends_with(')') {
        return Some((end + skip, None));
    }
    // "Votants 25", "En exercice 31": counts without a colon.
    if label == Label::Stop && after.starts_with(|c: char| c.is_ascii_digit()) {
        return Some((end + skip, None));
    }
    // "TITULAIRES PRÉSENTS 73/93" likewise, the members' word first, in
    // capitals opening its line.
    let heading = matched.chars().all(|c| !c.is_lowercase()) && opens_its_line(text, start);
    let members_present = fold_starts_with(matched, "present")
        || heading
            && matched
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| fold_starts_with(w, "present"));
    if label == Label::Present && count_at(after).is_some() && members_present {
        let (n, len) = count_at(after)?;
        return Some((end + skip + len, Some(n)));
    }
    // "Absent et excusé 1 Mr Paul X Absente 1 Mme Anne Y Procuration 1 Mr
    // ...": a table's rows flattened on one line, each a capitalised label,
    // its count, then its members, a civility first; no colon.
    // (Not a status cell then the next row's number in a numbered table:
    // "1 M. Paul X Présent 2 M. Luc Y Absent 3 Mme ...", the number after
    // it the next.)
    let numbered_rows = |n: u32, rest: &str| {
        let window = &rest[..rest.floor_char_boundary(rest.len().min(160))];
        let words: Vec<&str> = window.split_whitespace().collect();
        words
            .windows(2)
            .find(|w| w[0].bytes().all(|b| b.is_ascii_digit()))
            .is_some_and(|w| w[0].parse::<u32>().ok() == Some(n + 1) && civility_first(w[1]))
    };
    if label != Label::Stop
        && matched.starts_with(char::is_uppercase)
        && let Some((n, len)) = count_at(after)
        && !after.trim_start().starts_with('(')
        && civility_first(after[len..].trim_start())
        && !numbered_rows(n, &after[len..])
    {
        return Some((end + skip + len, Some(n)));
    }
    // A heading alone on its line: "ETAIENT ABSENTS", "INVITEES PERMANENTES".
    // Only spaces back to the line start (scanned back no further than the
    // first other character: finding the line start of each label on a
    // one-line text is quadratic).
    let alone_after = after.is_empty() || after.starts_with('\n') || after.starts_with('\r');
    let alone = alone_after && opens_its_line(text, start);
    if alone
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        // "PRESENTS\n\n21\n\nABSENTS\n\n1": a box's cells one a line, the
        // count alone on the next line that holds anything.
        if paren_count.is_none()
            && matches!(label, Label::Present | Label::Absent(_) | Label::Proxies)
            && let Some(len) = count_line_below(after)
        {
            let line = after[..len].trim();
            return Some((end + skip + len, line.parse().ok()));
        }
        return Some((end + skip, paren_count));
    }
    // "... Paul X, DELEGUE SUPPLEANT ABSENTS EXCUSES\n\nCOMMUNE Anne Y": a
    // heading in capitals that a flattened table put at the end of the
    // last row before it, its list on the lines below, opening with a
    // capital. ("DESIGNATION DU SECRETAIRE DE SEANCE" is an item's title.)
    if alone_after
        && matches!(label, Label::Present | Label::Absent(_) | Label::Proxies)
        && (matched.split_whitespace().count() >= 2 || joined_label_before(text, start).is_some())
        && matched.chars().filter(|c| c.is_alphabetic()).count() >= 6
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && after.trim_start().starts_with(char::is_uppercase)
    {
        return Some((end + skip, paren_count));
    }
    // "Conseillers communautaires présents" alone on its line, in mixed
    // case: a heading of two words or more over the list; "Conseillers
    // absents excusés", "Conseillère absente non excusée" likewise, the
    // members' word before the label.
    if alone && label == Label::Present && matched.contains(' ')
        || alone_after && matches!(label, Label::Absent(_)) && members_word_before(text, start)
    {
        return Some((end + skip, paren_count));
    }
    // "Présents\n\n  • M. X", "Secrétaire de séance\n  • Mme Y": a heading
    // alone on its line in mixed case, over a list of bullets.
    if alone && label != Label::Stop && after.trim_start().starts_with(['•', '▪', '◦', '●'])
    {
        return Some((end + skip, paren_count));
    }
    // "PRESENTS Francois X, ...", "PROCURATIONS Ariane X à Sébastien Y": a
    // label in capitals at the start of its line, the list right after it.
    let line_start = opens_its_line(text, start);
    let caps_label = matched.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if label != Label::Stop
        && line_start
        && caps_label
        && skip > 0
        && after.starts_with(|c: char| c.is_uppercase())
    {
        return Some((end + skip, None));
    }
    // "EXCUSES; Rose X, Paul Y": a semicolon for the colon (a slip of
    // typing or of OCR) after such a label, the list after it.
    if label != Label::Stop
        && line_start
        && caps_label
        && let Some(semicolon_rest) = after
            .strip_prefix(';')
            .or_else(|| after.strip_prefix(".'"))
            .or_else(|| after.strip_prefix(".’"))
        && semicolon_rest
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_uppercase())
    {
        return Some((end + skip + after.len() - semicolon_rest.len(), None));
    }
    // "... Maire. PRESENTS Francois LEONELLI, ...", "... CHODKIEWIEZ
    // PROCURATIONS Ariane NAPOLEON à ...": in a flattened text, a label in
    // capitals right before a name written given name then family name;
    // in mixed case when it opens a sentence ("Président. Présents Charles
    // X, ...", "Secrétaire de séance Jean-Pierre Y.").
    // "ETAIENT PRESENTSJacques X": the same, the space lost.
    if label != Label::Stop
        && (skip > 0 || glued_to_capitalised(matched, rest))
        && matched.len() >= 6
    {
        // "Ont donné procuration – Suppléant(e)s Paul X à ...": the header
        // of a table's other column, empty, between the label and the names.
        let header = crate::text::fold_regex!(
            r"(?i)^[–-]\s*(?:suppléante?s?|titulaires?|déléguée?s?)(?:\([a-z/]{1,4}\)s?)*\s+"
        )
        .find(after)
        .map_or(0, |h| h.end());
        let (after, skip) = (&after[header..], skip + header);
        let mut words = after.split_whitespace();
        let given = words.next().unwrap_or("");
        let family = words.next().unwrap_or("");
        // "GRICHI.La séance": a sentence glued to the name's full stop.
        let family = family
            .split_once('.')
            .filter(|(_, next)| {
                let mut next = next.chars();
                next.next().is_some_and(char::is_uppercase)
                    && next.next().is_some_and(char::is_lowercase)
            })
            .map_or(family, |(name, _)| name);
        let third = words.next().unwrap_or("");
        let is_capitalised = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
        };
        let is_caps = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        };
        let civility = matches!(given, "M." | "Mme" | "MME" | "Mlle" | "Madame" | "Monsieur");
        // "ÉTAIENT ABSENTS NON REPRÉSENTÉS M. FAFISMEUN Jean": a civility
        // then a family name in capitals.
        let civility_then_caps = civility && is_caps(family);
        // "Présents M. G. X – Mme JM. Y", "Absents représentés M F. Z par
        // ...": a civility ("M" too), the given name's initials, then the
        // family name in capitals.
        let initials = |w: &str| {
            w.ends_with('.')
                && w.len() <= 6
                && w.chars().filter(|c| c.is_alphabetic()).count() <= 3
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-'))
        };
        let civility_initials_caps =
            (civility || given == "M") && initials(family) && is_caps(third);
        if civility_initials_caps
            && (opens_sentence
                || caps_label
                || matched.starts_with(char::is_uppercase) && matched.trim().contains(' '))
        {
            return Some((end + skip, None));
        }
        if (caps_label || opens_sentence)
            && (is_capitalised(given) && is_caps(family) || civility_then_caps)
        {
            return Some((end + skip, None));
        }
        // "... Maire de X PRESENTS RICHARD STRAMBIO, ...": a label in
        // capitals inside a flattened line, before a name all in capitals
        // whose first word the given-name lexicon knows.
        if caps_label
            && is_caps(given)
            && crate::grammar::given_names::is_given_name(given)
            && is_caps(family)
        {
            return Some((end + skip, None));
        }
        // "... Carine Procurations Mme Laure X a donné ...": a capitalised
        // label inside a flattened line, before a civility and a whole
        // name (given name, family name in capitals).
        let whole_name = civility && is_capitalised(family) && is_caps(third);
        if whole_name && matched.starts_with(char::is_uppercase) {
            return Some((end + skip, None));
        }
        // "... M. X Etaient excusés SAINT ROCH M. Y ...":
        // a capitalised label of several words inside a flattened line,
        // before a commune's name in capitals and its first delegate.
        let mut run = after.split_whitespace();
        let place = run
            .by_ref()
            .take(6)
            .position(|w| matches!(w, "M." | "Mme" | "MME" | "Mlle" | "Madame" | "Monsieur"));
        let next = run.next().unwrap_or("");
        if matches!(label, Label::Present | Label::Absent(_))
            && !caps_label
            && matched.starts_with(char::is_uppercase)
            && matched.trim().contains(' ')
            && place.is_some_and(|p| {
                p > 0
                    && after
                        .split_whitespace()
                        .take(p)
                        .all(|w| is_caps(w) && !w.ends_with(':'))
            })
            && is_caps(next)
        {
            return Some((end + skip, None));
        }
        // "... Vice-Président. Présents Délégués de Saint-Louis Mme Anne X,
        // ...": a label opening a sentence, then the heading of a place's
        // delegates ("Délégués de", "Délégués du") and, a few words on,
        // the first delegate's civility.
        if matches!(label, Label::Present | Label::Absent(_))
            && (opens_sentence || caps_label)
            && given.chars().next().is_some_and(char::is_uppercase)
            && members_qualifier(given)
            && with_fold(family, |f| matches!(f, "de" | "du" | "des"))
            && after
                .split_whitespace()
                .skip(2)
                .take(6)
                .any(|w| matches!(w, "M." | "Mme" | "MME" | "Mlle" | "Madame" | "Monsieur"))
        {
            return Some((end + skip, None));
        }
        // "... (71 voix) 1 Étaient présents Karim X Anne Y ...": a
        // capitalised label of several words inside a flattened line,
        // before a given name and a family name in capitals.
        if matched.starts_with(char::is_uppercase)
            && matched.trim().contains(' ')
            && is_capitalised(given)
            && is_caps(family)
        {
            return Some((end + skip, None));
        }
    }
    // Ordinary words in a sentence.
    if label == Label::Stop && alone {
        return Some((end + skip, None));
    }
    None
}

/// Where a count alone on its line ends in `after` (the text after a label
/// alone on its line), past blank lines: "\n\n21\n" gives the offset after
/// "21". Not the first number of a list numbered one number a line ("1\nM.
/// X\n2\nM. Y\n3").
fn count_line_below(after: &str) -> Option<usize> {
    let mut lines = after.split('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len() + 1;
        Some((start, line))
    });
    lines.next()?;
    let mut lines = lines.filter(|(_, l)| !l.trim().is_empty());
    let (at, line) = lines.next()?;
    let digits = line.trim();
    if !(1..=4).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let numbered = digits == "1"
        && lines.nth(1).is_some_and(|(_, l)| l.trim() == "2")
        && lines.nth(1).is_some_and(|(_, l)| l.trim() == "3");
    (!numbered).then(|| at + line.trim_end().len())
}

/// The length of the unit after a label's count when it is alone on the
/// rest of its line, a stop or a colon after it (" élus.", " membres :",
/// " élue"); 0 otherwise.
fn count_unit(after_digits: &str) -> usize {
    let rest = after_digits.trim_start_matches([' ', '\u{a0}']);
    let word_len = rest
        .find(|c: char| !c.is_alphabetic() && c != '(' && c != ')')
        .unwrap_or(rest.len());
    let (word, tail) = rest.split_at(word_len);
    if word.is_empty() || !with_fold(word, |f| COUNT_UNITS.contains(&f)) {
        return 0;
    }
    let tail = tail.trim_start_matches([' ', '\t', '.', ':', '\r']);
    if tail.is_empty() || tail.starts_with('\n') {
        after_digits.len() - tail.len()
    } else {
        0
    }
}

/// A short qualifier written between a label and its colon, on the label's
/// line: "(dans l'ordre du tableau) :", ", à l'ouverture de la séance :",
/// "[13] :", "les conseillers communautaires suivants :", "en tant que
/// titulaires :". Returns its length
/// up to the colon (excluded) and a count it is made of alone. A sentence
/// ("présents et que le quorum est atteint :") is no qualifier.
fn qualifier(after: &str) -> Option<(usize, Option<u32>)> {
    const MAX: usize = 90;
    // Only the next few characters: a one-line text has no line end to find.
    let near = &after[..after.floor_char_boundary(after.len().min(MAX + 1))];
    let line = near.split('\n').next().unwrap_or("");
    let colon = line.find(':')?;
    let q = &line[..colon];
    // "conformément à l'article L. 2121-20 du CGCT :", "(article L.2121-20
    // du Code Général des Collectivités Territoriales) :": the law a label
    // cites, its figures and its stops with it.
    let cites_law = (fold_starts_with(q.trim_start(), "conformement a l")
        || fold_starts_with(q.trim_start(), "(article"))
        && q.contains("article");
    if q.trim().is_empty()
        || q.len() > MAX
        || q.contains([';', '!', '?'])
        || q.contains('.') && !cites_law
    {
        return None;
    }
    // Brackets opened and closed inside, and no comma but a leading one:
    // "(donne procuration à X), Y (donne procuration à Z) Secrétaire :" is
    // a list running on to the next label.
    let body = q.trim_start().trim_start_matches(',');
    let (opened, closed) = (
        body.matches(['(', '[']).count(),
        body.matches([')', ']']).count(),
    );
    if opened != closed || opened > 1 || body.contains(',') {
        return None;
    }
    let inner = q
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    if let Ok(n) = inner.trim().parse::<u32>() {
        return Some((colon, Some(n)));
    }
    // A qualifier opens with a bracket or a comma, or is a short phrase of
    // the list's own words; verbs of a sentence rule it out.
    // "Présents / Membres titulaires :": a slash opens one too.
    let opens = q.starts_with([' ', '\t']) && q.trim_start().starts_with(['(', '[', ',', '/'])
        || q.starts_with(['(', '[', ',', '/']);
    let folded = fold(q);
    let phrase = folded.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "les"
                | "et"
                | "lors"
                | "au"
                | "aux"
                | "a"
                | "en"
                | "dans"
                | "de"
                | "des"
                | "du"
                | "pour"
                | "avec"
                | "sans"
                // "Absents excusés représentés par :".
                | "par"
                | "conformement"
                // "Étaient présents formant la majorité des membres en
                // exercice :".
                | "formant"
        )
    }) || quorum_clause(q)
        || folded.trim_end().ends_with("suivants")
        || folded.trim_end().ends_with("suivantes")
        || members_qualifier(q);
    // "en tant que titulaires" is a phrase, not a clause.
    let sentence = folded
        .split(|c: char| !c.is_alphanumeric())
        .scan("", |before, w| Some((std::mem::replace(before, w), w)))
        .any(|(before, w)| {
            matches!(w, "qui" | "est" | "sont" | "ont" | "etant" | "sera")
                || (w == "que" && before != "tant")
        })
        && !folded.trim_start().starts_with(['(', '[']);
    // "en qualité de conseillers communautaires titulaires (52) :": the
    // phrase, then the count of the members it names in brackets.
    let trailing_count = q
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .filter(|(before, n)| !before.contains(|c: char| c.is_ascii_digit()) && !n.is_empty())
        .and_then(|(_, n)| n.trim().parse::<u32>().ok());
    let digits = q.bytes().any(|b| b.is_ascii_digit()) && !cites_law && trailing_count.is_none();
    // Figures outside brackets are counts or dates of another phrase.
    let ok = if opens {
        !sentence
    } else {
        phrase && !sentence && !digits
    };
    ok.then_some((colon, if opens { None } else { trailing_count }))
}

/// The length, its colon included, of a phrase introducing the members
/// right after a label's colon, alone before a second colon on its line:
/// "Mesdames et Messieurs les conseillers municipaux suivants :", "les
/// délégués :", "En tant que délégués titulaires :" (the standing the
/// members sit in).
fn members_introduced(after: &str) -> Option<usize> {
    let near = &after[..after.floor_char_boundary(after.len().min(120))];
    let colon = near.split('\n').next().unwrap_or("").find(':')?;
    let intro = crate::text::fold_regex!(
        r"(?i)^\s*(?:(?:mesdames|messieurs|mmes|mm\.?)(?:\s+et\s+(?:mesdames|messieurs|mmes|mm\.?))?\s+)?les\s+(?:conseill\w*|membres|délégués)(?:\s+[\w']+){0,4}?\s*$|^\s*en\s+(?:tant\s+que|qualité\s+de)\s+(?:conseill\w*|membres?|délégué\w*|titulaires?|suppléant\w*)(?:\s+[\w']+){0,3}?\s*$"
    );
    intro.is_match(&near[..colon]).then_some(colon + 1)
}

/// The length of a phrase naming the members before the first civility
/// of a list, with no colon, a bullet maybe before it: "ÉTAIENT
/// PRÉSENTS\n. les conseillers communautaires MM. X, Y", "Absents : les
/// délégués titulaires Mme Z"; or such a phrase without its article, a
/// sub-heading on a line of its own ("SONT PRESENTS :\nDELEGUES
/// TITULAIRES\nMesdames X, Y"). `None` when no civility follows the phrase.
fn members_lead_in(after: &str) -> Option<usize> {
    let near = &after[..after.floor_char_boundary(after.len().min(120))];
    let trimmed = near.trim_start_matches([' ', '\t', '\n', '\r', '.', '•', '-', '–']);
    let lead = near.len() - trimmed.len();
    let mut words = trimmed
        .split([' ', '\n'])
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty());
    let member_noun = |w: &str| {
        with_fold(w, |f| {
            f.starts_with("conseill") || matches!(f, "membres" | "delegues" | "elus" | "elues")
        })
    };
    let (_, article) = words.next()?;
    // (The sub-heading: the noun first, its words all in capitals or all
    // in lower case but the first, on their own line.)
    let heading = member_noun(article);
    if !heading {
        let (_, noun) = words.next()?;
        if !with_fold(article, |f| f == "les") || !member_noun(noun) {
            return None;
        }
    }
    let caps = |w: &str| !w.chars().any(char::is_lowercase);
    for (at, w) in words.take(4) {
        if crate::grammar::people::civility(w.trim_end_matches('.')).is_some() {
            let own_line = trimmed[..at].trim_end_matches(' ').ends_with('\n')
                && !trimmed[..at].trim_end().contains('\n');
            return (!heading || own_line).then_some(lead + at);
        }
        if !(w.chars().all(char::is_lowercase) || heading && caps(w) == caps(article)) {
            return None;
        }
    }
    None
}

/// Whether the list after the colon that follows `end` names member
/// bodies only ("les délégués des communes de : Arbois, Brens, Cize"):
/// over its next few hundred bytes of its paragraph, no other colon (a commune heading its
/// delegates, "ARBOIS : M. X"), no civility and no name in brackets after a
/// commune ("VAUX (TRAX Paul, DAVEL Anne)": a family name in capitals then
/// a capitalised word).
fn communes_only(text: &str, end: usize) -> bool {
    let near = &text[end..text.floor_char_boundary((end + 360).min(text.len()))];
    let Some(colon) = near.find(':') else {
        return false;
    };
    let list = &near[colon + 1..];
    // (Its paragraph only: the absent's label may follow.)
    let list = &list[..list.find("\n\n").unwrap_or(list.len())];
    let bracketed_name = |inside: &str| {
        let mut words = inside.split_whitespace();
        let (Some(a), Some(b)) = (words.next(), words.next()) else {
            return false;
        };
        let b = b.trim_end_matches([',', ')']);
        crate::grammar::people::is_caps(a)
            && a.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && crate::grammar::people::is_capitalised(b)
            && !crate::grammar::people::is_caps(b)
    };
    !list.contains(':')
        && !list
            .split_whitespace()
            .any(|w| crate::grammar::people::civility(w.trim_end_matches([',', '.'])).is_some())
        && !list.split('(').skip(1).any(bracketed_name)
}

/// Whether `after` opens on a college's heading, its count first: "2
/// représentants du Conseil régional", "17 délégués des communes".
fn college_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\n', '\t']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let mut words = rest[digits..].split_whitespace();
    let noun = words.next().unwrap_or("");
    let link = words.next().unwrap_or("");
    with_fold(noun, |f| {
        f.starts_with("representant") || f.starts_with("delegue")
    }) && with_fold(link, |f| {
        matches!(f, "du" | "de" | "des") || f.starts_with("d'")
    })
}

/// After a present label, a formula of the whole body that names them all
/// after its colon: "tous les membres en exercice, Mesdames et Messieurs :
/// X, Y, Z". The length up to and with the colon, or 0 when the formula
/// announces exceptions ("tous les membres, à l'exception de : X",
/// "tous les conseillers en exercice : sauf X"), whose names are the
/// absent, or has no colon on its line.
fn all_members_named(after: &str) -> usize {
    let line = &after[..after.floor_char_boundary(after.len().min(160))];
    let line = line.split('\n').next().unwrap_or(line);
    let Some(colon) = line.find(':') else {
        return 0;
    };
    let exception = |f: &str| {
        ["except", "sauf", "hormis", "excepte"]
            .iter()
            .any(|w| f.contains(w))
    };
    let next_word = line[colon + 1..].split_whitespace().next().unwrap_or("");
    let announces_exceptions =
        with_fold(&line[..colon], exception) || with_fold(next_word, |f| exception(f) || f == "a");
    if announces_exceptions || line[..colon].bytes().any(|b| b.is_ascii_digit()) {
        0
    } else {
        colon + 1
    }
}

/// Whether a qualifier opens on the clause saying the members listed make
/// the quorum: "formant la majorité des membres en exercice", ", constituant
/// le quorum".
fn quorum_clause(q: &str) -> bool {
    let q = q.trim_start_matches([' ', '\t', ',']);
    with_fold(&q[..q.floor_char_boundary(q.len().min(40))], |f| {
        let mut words = f.split_whitespace();
        matches!(words.next(), Some("formant" | "constituant"))
            && matches!(words.next(), Some("la" | "le"))
            && matches!(words.next(), Some("majorite" | "quorum"))
    })
}

/// Whether a qualifier says which members are counted: "Présents
/// titulaires ou suppléants ayant droit de vote et pouvoirs :".
fn members_qualifier(q: &str) -> bool {
    // Its first word folded, not the whole qualifier: folding keeps each
    // space a space and each other character none, and `q` may run on to
    // a colon far away.
    q.split_whitespace()
        .next()
        .is_some_and(|w| with_fold(w, |f| matches!(f, "titulaires" | "suppleants" | "delegues")))
}

/// Where a date written at `from` ends, when names follow it on its line
/// ("25 juillet 2016 Mesdames VILVILIER, HENON"), past other dated fields of
/// the margin ("5 février 2010 Date d'envoi à la presse : 5 février 2010
/// M. GAZEAU M. BALAYE").
fn date_then_names(text: &str, from: usize) -> Option<usize> {
    let line_end = text[from..].find('\n').map_or(text.len(), |p| from + p);
    let mut at = from;
    for _ in 0..4 {
        let line = &text[at..line_end];
        let lead = line.len() - line.trim_start().len();
        let d = crate::grammar::date::dates(&line[lead..])
            .into_iter()
            .next()?;
        if d.start != 0 || d.year.is_none() {
            return None;
        }
        let end = at + lead + d.end;
        let rest = text[end..line_end].trim_start();
        // Another dated field: its label, short, then a colon.
        let field = rest
            .get(..rest.floor_char_boundary(rest.len().min(40)))
            .and_then(|near| near.find(':'))
            .filter(|&colon| {
                let label = &rest[..colon];
                label.starts_with("Date") && !label.bytes().any(|b| b.is_ascii_digit())
            });
        if let Some(colon) = field {
            at = line_end - rest.len() + colon + 1;
            continue;
        }
        let mut words = rest.split_whitespace();
        let civility_then_caps = words
            .next()
            .and_then(crate::grammar::people::civility)
            .is_some()
            && words.next().is_some_and(crate::grammar::people::is_caps);
        return (rest.starts_with(char::is_uppercase)
            && (rest.contains(',') || civility_then_caps))
            .then_some(end);
    }
    None
}

/// Whether a label at `start` is margin text woven into a list: it starts a
/// line, the line before ends inside the list (a name or a comma, not a full
/// stop), and its own line goes on with the list after its count. Or, in
/// a list of the present (`in_present`), a side box's line led by its dash.
fn woven_into_list(text: &str, start: usize, content_start: usize, in_present: bool) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    // "..., Paul - présents : 12 VASSEUR, Valérie X, ...", "...,
    // Franck Y, - absents : 0 Marie Z, ...": a box's line, led by its
    // dash, cut into a flattened list, even inside a name.
    let dash_led = in_present
        && text[..start]
            .trim_end_matches(' ')
            .strip_suffix('-')
            .filter(|b| b.ends_with(' '))
            .map(str::trim_end)
            .is_some_and(|b| b.ends_with(|c: char| c.is_alphabetic() || c == ','));
    if dash_led {
        let rest = text[content_start..].split('\n').next().unwrap_or("");
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        return rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(',');
    }
    // "..., Anne X, Votants: 12 Paul Y, ...": in a flattened line,
    // a name and its comma before the label (a space before the comma
    // too: "X représenté par Y , votants : 29 Z ...").
    let after_name = text[..start]
        .trim_end()
        .strip_suffix(',')
        .is_some_and(|b| b.trim_end_matches(' ').ends_with(char::is_alphabetic));
    if !after_name && (line_start == 0 || !text[line_start..start].trim().is_empty()) {
        return false;
    }
    if after_name {
        let rest = text[content_start..].split('\n').next().unwrap_or("");
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        return rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(',');
    }
    // The line right before (not across a blank line) ends inside the list.
    let before = text[..line_start - 1].trim_end_matches([' ', '\r']);
    if before.ends_with(['.', ':', ';', '\n']) || before.is_empty() {
        return false;
    }
    let rest_of_line = text[content_start..].split('\n').next().unwrap_or("");
    let rest = rest_of_line.trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(',')
}

/// Whether the text before a label at `start` ends with a proxy's holder
/// on the same line: "à", then one to five capitalised words up to the
/// label ("... à Jean-Pierre TASCINIER Conseillers présents :").
fn proxy_before(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let mut words = text[line_start..start].split_whitespace().rev();
    for n in 0..6 {
        match words.next() {
            Some("à" | "À") => return n >= 1,
            Some(w)
                if w.starts_with(char::is_uppercase) || crate::grammar::people::is_particle(w) => {}
            _ => return false,
        }
    }
    false
}

/// Whether the text at `at`, past a count and at most one more label of a
/// count ("Présents : 17"), is a proxy written "X à Y" on the same line:
/// one to five capitalised words (particles among them), "à", then a
/// capitalised word or a civility. After a count (`counted`, or a figure
/// at `at`), a few words of the box's own may come first, eight words in
/// all before "à".
///
/// ```text
/// "17 Paul ARNAL à Anne BOREL"                  -> true
/// "- Votants : 23 Paul ARNAL à Anne BOREL"      -> true
/// "27 Présents : 17 Paul ARNAL à M. BOREL"      -> true
/// "10 Vote des comptes Paul ARNAL à Anne BOREL" -> true
/// "Vote des comptes Paul ARNAL à Anne BOREL"    -> false (no count)
/// "Paul ARNAL, Anne BOREL"                      -> false
/// ```
fn proxy_pair_follows(text: &str, at: usize, counted: bool) -> bool {
    let line = text[at..].split('\n').next().unwrap_or("");
    let skip_count = |s: &str| -> usize {
        let t = s.trim_start_matches([' ', '\t']);
        let t2 = t.trim_start_matches(|c: char| c.is_ascii_digit());
        let t2 = t2.trim_start_matches([' ', '\t', '-', '–']);
        s.len() - t2.len()
    };
    let mut rest = &line[skip_count(line)..];
    // ("... : 10 Vote des comptes administratifs Anne X à Paul Y": after a
    // count, the box's words of a heading before the name, a few.)
    let counted = counted || line.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let pair = |rest: &str| -> bool {
        let mut words = rest.split([' ', '\t']).filter(|w| !w.is_empty());
        let mut n = 0;
        // The words before "à", from the last, that a name may hold.
        let mut name_words = 0;
        for w in words.by_ref() {
            if w == "à" || w == "À" {
                return name_words >= 1
                    && (n == name_words || counted)
                    && words.next().is_some_and(|h| {
                        h.starts_with(char::is_uppercase)
                            && h.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                    });
            }
            if !w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)) {
                return false;
            }
            n += 1;
            if w.starts_with(char::is_uppercase) || crate::grammar::people::is_particle(w) {
                name_words += 1;
            } else {
                name_words = 0;
            }
            if name_words > 5 || n > 8 {
                return false;
            }
        }
        false
    };
    if pair(rest) {
        return true;
    }
    // One more count's label first: "Présents : 17".
    if let Some(colon) = rest.find(':')
        && colon <= 40
        && rest[..colon]
            .trim()
            .starts_with(|c: char| c.is_alphabetic())
        && rest[..colon]
            .chars()
            .all(|c| c.is_alphabetic() || " .'’-".contains(c))
    {
        let after = &rest[colon + 1..];
        let n = skip_count(after);
        if n > 0 && after[..n].chars().any(|c| c.is_ascii_digit()) {
            rest = &after[n..];
            return pair(rest);
        }
    }
    false
}

/// Whether the text at `content_start` goes on with the next number of a
/// numbered list whose entry before `start` has the number before it, on
/// the same line: "Quorum : 9 4 - M Luc Z" after "3 - Mme Anne Y, Adjointe".
fn numbering_goes_on(text: &str, start: usize, content_start: usize) -> bool {
    // The separator of "4 - ", "4 – ", "4. ", "4) " after a number.
    let separator = |s: &str| -> Option<char> {
        let s = s.trim_start_matches(' ');
        let sep = s
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '.' | ')'))?;
        s[sep.len_utf8()..].starts_with(' ').then_some(sep)
    };
    let rest = text[content_start..].trim_start_matches(' ');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(n) = (1..=3)
        .contains(&digits)
        .then(|| rest[..digits].parse::<u32>().ok())
        .flatten()
        .filter(|&n| n >= 2)
    else {
        return false;
    };
    let Some(sep) = separator(&rest[digits..]) else {
        return false;
    };
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let from = text
        .floor_char_boundary(start.saturating_sub(300))
        .max(line_start);
    let window = &text[from..start];
    let previous = (n - 1).to_string();
    window.match_indices(previous.as_str()).any(|(at, _)| {
        let before_ok = window[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &window[at + previous.len()..];
        before_ok && separator(after) == Some(sep)
    })
}

/// "Auditeurs présents : 47" counts the public, not members.
/// Whether `s` is a letterhead's address: a phone number, an e-mail or a
/// web address.
fn is_letterhead(s: &str) -> bool {
    let phone = crate::text::regex!(r"\b0\d(?:[ .]?\d\d){4}\b");
    phone.is_match(s) || s.contains("www.") || s.contains('@')
}

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
    !PUBLIC.contains(&fold(&word).as_str())
}

/// Whether the label at `start` opens its line: nothing but spaces before
/// it since the last line feed.
fn opens_its_line(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .rev()
        .find(|&c| c == '\n' || !c.is_whitespace())
        .is_none_or(|c| c == '\n')
}

/// Whether the first word of `s` is a civility ("M.", "Mme", "MM.").
/// Whether `s` opens on a place's name in capitals (one to six words, its
/// links in capitals too, on the same line) then a civility written in
/// full ("Monsieur", "Madame"): a table's first commune and its delegate.
fn commune_then_civility(s: &str) -> bool {
    let line = s.trim_start_matches([' ', '\t']);
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    for (n, w) in line.split_whitespace().enumerate() {
        if matches!(w, "Monsieur" | "Madame" | "MONSIEUR" | "MADAME") {
            return n > 0;
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if n == 6
            || letters < 2 && !matches!(w, "Y")
            || !w
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\''))
        {
            return false;
        }
    }
    false
}

fn civility_first(s: &str) -> bool {
    s.split_whitespace()
        .next()
        .is_some_and(|w| crate::grammar::people::civility(w.trim_end_matches('.')).is_some())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_alone_on_a_line_below_a_box_label() {
        for (after, expected) in [
            ("\n\n21\n\nABSENTS", Some("\n\n21")),
            ("\n7\nVOTANTS", Some("\n7")),
            ("\n  12  \nM. Paul RIVOAL", Some("\n  12")),
            ("\nM. Paul RIVOAL", None),
            ("\n12345\n", None),
            (
                "\n1\nM. Paul RIVOAL\n2\nMme Anne VIAL\n3\nM. Luc BRUN",
                None,
            ),
            ("\n1\nPOUVOIRS\n2\nVOTANTS\n10", Some("\n1")),
        ] {
            assert_eq!(
                count_line_below(after).map(|n| &after[..n]),
                expected,
                "{after:?}"
            );
        }
    }

    #[test]
    fn the_lines_of_a_box_of_counts_and_dates() {
        for (body, expected) in [
            ("\n---------7 juin 2012\n", "\n---------7 juin 2012\n"),
            ("\n21 juin 2012\n______\n", "\n21 juin 2012\n______\n"),
            ("\n\n28\n\nM. Paul RIVOAL\n", "\n\n28\n\n"),
            ("\n05/03/2020\nMme Anne VIAL", "\n05/03/2020\n"),
            ("\nformant la majorité\n", "\n"),
        ] {
            assert_eq!(&body[..box_lines(body)], expected, "{body:?}");
        }
    }

    #[test]
    fn a_box_label_between_proxies_written_x_a_y() {
        for (text, counted, expected) in [
            (" 17 Paul ARNAL à Anne BOREL", false, true),
            (" - Votants : 23 Paul ARNAL à Anne BOREL", false, true),
            (" 27 Présents : 17 Paul ARNAL à M. BOREL", false, true),
            (" Vote des comptes Paul ARNAL à Anne BOREL", true, true),
            (" Vote des comptes Paul ARNAL à Anne BOREL", false, false),
            (" Paul ARNAL, Anne BOREL", false, false),
        ] {
            assert_eq!(proxy_pair_follows(text, 0, counted), expected, "{text}");
        }
        let text = "Luc CAROT à Jean-Pierre TERAIL Conseillers présents :";
        assert!(proxy_before(text, text.find("Conseillers").unwrap()));
        let text = "NOMS DES MANDANTS A NOMS DES MANDATAIRES :";
        assert!(!proxy_before(text, text.find("MANDATAIRES").unwrap()));
    }

    use super::*;
    use crate::segment::fixture_texts;

    /// The offsets of the line feeds of `text`.
    fn feeds(text: &str) -> Vec<usize> {
        crate::text::line_feeds(text).collect()
    }

    fn kind(c: &regex::Captures<'_>) -> &'static str {
        ["absrep", "present", "absent", "secretary", "stop"]
            .into_iter()
            .find(|n| c.name(n).is_some())
            .expect("a group")
    }

    /// The group of [`LABELS`] a kind of label comes from.
    fn group(label: Label) -> &'static str {
        match label {
            Label::Proxies => "absrep",
            Label::Present => "present",
            Label::Absent(_) => "absent",
            Label::Secretary => "secretary",
            Label::Stop => "stop",
        }
    }

    #[test]
    fn one_alternative_per_group_in_order() {
        let groups: Vec<&str> = KINDS.labels.iter().map(|label| group(*label)).collect();
        assert_eq!(groups, ["absrep", "present", "absent", "secretary", "stop"]);
        let pattern = label_pattern();
        let (flags, alternatives) = top_level_alternatives(&pattern);
        assert!(alternatives.iter().zip(&KINDS.labels).all(|(alt, label)| {
            regex::Regex::new(&format!("{flags}{alt}"))
                .unwrap()
                .capture_names()
                .flatten()
                .eq([group(*label)])
        }));
        assert_eq!(
            top_level_alternatives(r"(?xi)a(?:b|c)|[|(]\||d"),
            ("(?xi)", vec!["a(?:b|c)", r"[|(]\|", "d"])
        );
    }

    #[test]
    fn label_matches_are_those_of_a_whole_text_scan() {
        let scan = regex::Regex::new(&label_pattern()).unwrap();
        let mut compared = 0;
        for text in fixture_texts() {
            let expected: Vec<(usize, usize, &str)> = scan
                .captures_iter(&text)
                .map(|c| (c.get(0).unwrap().range(), kind(&c)))
                .filter(|(r, k)| {
                    starts_word(&text, r.clone())
                        || *k != "stop" && glued_after_caps(&text, r.clone())
                })
                .map(|(r, k)| (r.start, r.end, k))
                .collect();
            let gated: Vec<(usize, usize, &str)> = label_matches(
                &text,
                &text.to_ascii_lowercase(),
                &feeds(&text),
                0..text.len(),
            )
            .into_iter()
            .map(|(r, label)| (r.start, r.end, group(label)))
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

    fn labels(text: &str) -> Vec<(Label, &str)> {
        sections(
            text,
            &text.to_ascii_lowercase(),
            &feeds(text),
            0..text.len(),
        )
        .into_iter()
        .map(|s| (s.label, text[s.content].trim()))
        .collect()
    }

    #[test]
    fn guests_under_a_heading_alone_on_its_line() {
        assert_eq!(
            labels(
                "ETAIENT PRESENTS\nOdile VARNIER\nB) les suppléants\nC) Participaient également à la réunion\nOlivier TRÉMAC\n"
            ),
            [
                (Label::Present, "Odile VARNIER\nB) les suppléants\nC)"),
                (Label::Stop, "Olivier TRÉMAC"),
            ]
        );
    }

    #[test]
    fn guests_in_the_presence_of_after_the_lists() {
        // After the lists, "En présence de :" names staff and guests; in
        // the opening sentence, before any list, the members present.
        assert_eq!(
            labels(
                "Présents : Mme A. VERNOT, M. L. CASTAGNE. Excusés : M. P. DORIAN. \
                 En présence de : Mme R. TULLE (stagiaire)"
            ),
            [
                (Label::Present, "Mme A. VERNOT, M. L. CASTAGNE."),
                (Label::Absent(Some(true)), "M. P. DORIAN."),
                (Label::Stop, "Mme R. TULLE (stagiaire)"),
            ]
        );
        assert_eq!(
            labels("sous la présidence de M. X, en présence de : Mme A. VERNOT, M. L. CASTAGNE."),
            [(Label::Present, "Mme A. VERNOT, M. L. CASTAGNE.")]
        );
    }

    #[test]
    fn the_members_assisting_the_presidency() {
        assert_eq!(
            labels(
                "sous la présidence de M. Paul VIAL, Maire, assisté de MM. BEL, ROC, Mme NOEL, M. PIC. Secrétaire : Mme NOEL"
            ),
            [
                (Label::Present, "MM. BEL, ROC, Mme NOEL, M. PIC."),
                (Label::Secretary, "Mme NOEL"),
            ]
        );
        // One assistant, or another list of the present: no label.
        assert_eq!(
            labels("sous la présidence de M. Paul VIAL, assisté de Mme Anne BEL, secrétaire."),
            []
        );
        assert_eq!(
            labels(
                "sous la présidence de M. VIAL, assistée de Mmes BEL, ROC, M. PIC. Présents : M. VIAL, Mme BEL"
            ),
            [(Label::Present, "M. VIAL, Mme BEL")]
        );
    }

    #[test]
    fn a_capitalised_label_run_on_with_the_members_it_introduces() {
        assert_eq!(
            labels(
                "Présents : M. Luc VIAL Etaient représentés les conseillers titulaires suivants : Mme Anne BEL par M. Luc VIAL"
            ),
            [
                (Label::Present, "M. Luc VIAL"),
                (Label::Proxies, "Mme Anne BEL par M. Luc VIAL"),
            ]
        );
    }

    #[test]
    fn the_roll_call_told_in_a_sentence() {
        assert_eq!(
            labels(
                "Mme Lise MAS procède à l'appel nominal et constate la PRÉSENCE\nde M. VIAL Luc ; Mme BEL Anne"
            ),
            [(Label::Present, "M. VIAL Luc ; Mme BEL Anne")]
        );
        // Not before anything but a civility.
        assert_eq!(
            labels("Le maire constate la présence de quinze conseillers."),
            []
        );
    }

    #[test]
    fn a_semicolon_for_the_colon_after_a_label_in_capitals() {
        assert_eq!(
            labels(
                "EXCUSES; Rose Vidal, Paul Trax,\n\nPOUVOIRS; Anne Bel donne pouvoir à Paul Trax,"
            ),
            [
                (Label::Absent(Some(true)), "Rose Vidal, Paul Trax,"),
                (Label::Proxies, "Anne Bel donne pouvoir à Paul Trax,"),
            ]
        );
        // In mixed case, a semicolon ends a sentence: no label.
        assert_eq!(labels("Excusés; il en sera tenu compte."), []);
    }

    #[test]
    fn margin_labels_woven_into_a_numbered_list() {
        let got = labels(
            "Étaient présents : 1 - M Paul Abel, Maire Nombre de conseillers 2 - Mme Anne Brun, Adjointe En exercice : 15 3 - M Luc Cadet, Conseiller Présents : 3 4 - M Jean Dumas, Conseiller\nAbsents : M Marc Petit",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].1.ends_with("4 - M Jean Dumas, Conseiller"),
            "{got:?}"
        );
        // A count after which the numbering starts again is a count.
        assert_eq!(
            labels("Présents : 1 - M Paul Abel Votants : 1 1 - M Jean Dumas").len(),
            2
        );
    }

    #[test]
    fn a_label_in_capitals_glued_to_a_name_in_capitals() {
        assert_eq!(
            labels(
                "PRÉSIDENT : M. Paul BOUTINSECRÉTAIRE DE SÉANCE : M. Luc ARNAUDÉTAIENT PRÉSENTS : MM. Paul BOUTIN - Luc ARNAUD."
            ),
            [
                (Label::Secretary, "M. Luc ARNAUD"),
                (Label::Present, "MM. Paul BOUTIN - Luc ARNAUD."),
            ]
        );
    }

    #[test]
    fn labels_an_ocr_garbled() {
        assert_eq!(
            labels("PRESE/V¡S; Rose Vidal, Paul Trax\n\nABSEMS .'Marc Blanc,\nEXCL/SES : Léa Noir"),
            [
                (Label::Present, "Rose Vidal, Paul Trax"),
                (Label::Absent(None), "Marc Blanc,"),
                (Label::Absent(Some(true)), "Léa Noir"),
            ]
        );
        // A word of its own, a word too far from any status, mixed case,
        // no colon: no label.
        assert_eq!(labels("PRESIDENT; Paul Trax"), []);
        assert_eq!(labels("PREFECTURE : Paul Trax"), []);
        assert_eq!(labels("Presens : Paul Trax"), []);
        assert_eq!(labels("PRESEMTS Paul Trax"), []);
        assert_eq!(edit_distance(b"presevs", b"presents"), 2);
        assert_eq!(edit_distance(b"", b"abc"), 3);
    }

    #[test]
    fn a_caps_heading_ending_the_last_row_and_bodies_not_represented() {
        let text = "PRESENTS\n\nVALMONT Anne DURY, DELEGUEE SUPPLEANTE ABSENTS EXCUSES\n\nVALMONT Paul ROCHE, DELEGUE SUPPLEANT Communes non représentées : NEANT";
        assert_eq!(
            labels(text),
            vec![
                (Label::Present, "VALMONT Anne DURY, DELEGUEE SUPPLEANTE"),
                (
                    Label::Absent(Some(true)),
                    "VALMONT Paul ROCHE, DELEGUE SUPPLEANT"
                ),
                (Label::Stop, "NEANT"),
            ]
        );
        // An item's title in capitals is no label over the text below.
        let text = "DESIGNATION DU SECRETAIRE DE SEANCE\n\nLe Conseil choisit M. X.";
        assert!(labels(text).is_empty());
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
    fn a_roll_call_announced() {
        let got = labels(
            "La présidente fait l'appel nominal de chaque nouveau membre :\n\n– TRAX Anne (Vix)\n\n– PONS Paul (Vix)",
        );
        assert_eq!(
            got,
            [(Label::Present, "– TRAX Anne (Vix)\n\n– PONS Paul (Vix)")]
        );
    }

    #[test]
    fn members_present_in_the_room() {
        let got = labels(
            "Le Président procède à l'appel. Les membres présents en séance : Anne TRAX, Paul PONS, Lise MAS",
        );
        assert_eq!(got, [(Label::Present, "Anne TRAX, Paul PONS, Lise MAS")]);
    }

    #[test]
    fn labels_without_colons_inside_a_flattened_line() {
        let text = "Compte rendu (12 voix) 1 Étaient présents Lise ARNAL Paul BOYER Étaient excusés et représentés Anne CROS donne pouvoir à Paul BOYER Étaient excusés et absents Marc DURET";
        let got = labels(text);
        assert_eq!(
            got,
            [
                (Label::Present, "Lise ARNAL Paul BOYER"),
                (Label::Proxies, "Anne CROS donne pouvoir à Paul BOYER"),
                (Label::Absent(Some(true)), "Marc DURET"),
            ]
        );
    }

    #[test]
    fn a_count_and_its_unit_before_the_list() {
        let got = labels(
            "Présents à l'appel nominal : 26 élus.\nAnne TRAX - Paul PONS\nArrivée en cours de séance - 1 élue\nLise MAS\nAbsents représentés : 1 élu\nMarc BLANC (procuration à Anne TRAX)",
        );
        assert_eq!(
            got,
            [
                (Label::Present, "Anne TRAX - Paul PONS"),
                (Label::Present, "Lise MAS"),
                (Label::Proxies, "Marc BLANC (procuration à Anne TRAX)"),
            ]
        );
    }

    #[test]
    fn a_place_heading_right_after_a_label_without_colon() {
        assert_eq!(
            labels(
                "convoqués par M. Paul TRAX. Présents Délégués de Sainte-Anne Mme Lise MAS, Adjointe"
            )[0],
            (
                Label::Present,
                "Délégués de Sainte-Anne Mme Lise MAS, Adjointe"
            )
        );
    }

    #[test]
    fn a_margin_date_between_a_label_and_its_list() {
        assert_eq!(
            labels("Etaient présents : Date d'affichage : 25 juillet 2016 Mesdames TRAX, PONS")[0],
            (Label::Present, "Mesdames TRAX, PONS")
        );
    }

    #[test]
    fn guests_also_attending_end_the_secretary() {
        let got = labels(
            "Présents : Mme TRAX, M. PONS. Secrétaire de séance : Paul Pons Assistaient également : Mme Mas.",
        );
        assert_eq!(got[1], (Label::Secretary, "Paul Pons"));
        assert_eq!(got[2], (Label::Stop, "Mme Mas."));
        let got = labels(
            "Présents : Mme TRAX, M. PONS.\nAssistaient en outre à la séance :\nMme Mas, directrice.",
        );
        assert_eq!(got[1], (Label::Stop, "Mme Mas, directrice."));
    }

    #[test]
    fn present_under_the_presidency_of_and_proxies_from() {
        assert_eq!(
            labels(
                "Etaient présents sous la présidence de Mme Anne TRAX, Vice-présidente :\nMM. Paul PONS, Guy VIAL."
            )[0],
            (
                Label::Present,
                "Mme Anne TRAX, Vice-présidente :\nMM. Paul PONS, Guy VIAL."
            )
        );
        // The sitting attended under its president: its members.
        assert_eq!(
            labels(
                "Assistaient à la réunion sous la présidence de Mme Anne TRAX, Maire Mmes et MM. les Adjoints : Paul PONS, Guy VIAL."
            )[0],
            (
                Label::Present,
                "Mme Anne TRAX, Maire Mmes et MM. les Adjoints : Paul PONS, Guy VIAL."
            )
        );
        assert_eq!(
            labels("Etaient présents : M. PONS, M. VIAL Procuration de : Mme TRAX à M. PONS")[1],
            (Label::Proxies, "Mme TRAX à M. PONS")
        );
    }

    #[test]
    fn a_margin_count_inside_a_flattened_list() {
        assert_eq!(
            labels(
                "Sont présents: Anne TRAX, Paul PONS, Votants: 14 Lise MAS, Guy VIAL Absents: Marc BLANC"
            )[0],
            (
                Label::Present,
                "Anne TRAX, Paul PONS, Votants: 14 Lise MAS, Guy VIAL"
            )
        );
        // A side box's lines, each led by its dash, cut into the list
        // (inside a name too).
        let t = "Sont présents : Anne TRAX, Paul - présents : 9 PONS, Lise MAS, \
                 - absents : 0 Guy VIAL, Marc BLANC Votants : 9";
        assert_eq!(
            labels(t)[0],
            (
                Label::Present,
                "Anne TRAX, Paul - présents : 9 PONS, Lise MAS, - absents : 0 Guy VIAL, Marc BLANC"
            )
        );
    }

    #[test]
    fn labels_with_a_qualifier_before_the_colon() {
        for text in [
            "Présents (dans l'ordre du tableau) : M. A BB",
            "ETAIENT PRÉSENTS, à l'ouverture de la séance : M. A BB",
            "Sont présents les conseillers communautaires suivants : M. A BB",
            "PRESENTS\nM. A BB",
            "Etaient présents MMES ET MS : M. A BB",
            "Présents : Mesdames et Messieurs les conseillers municipaux suivants :\n\nM. A BB",
            // The clause saying the members listed make the quorum.
            "Étaient présents formant la majorité des membres en exercice : M. A BB",
            "Présents, constituant le quorum : M. A BB",
            // A phrase naming the members before the first civility.
            "ÉTAIENT PRÉSENTS\n\n. les conseillers communautaires M. A BB",
            "Présents : les délégués titulaires M. A BB",
            // Written inclusively.
            "Etaient présent.e.s : M. A BB",
            "Étaient présent·e·s : M. A BB",
        ] {
            assert_eq!(labels(text)[0], (Label::Present, "M. A BB"), "{text}");
        }
        assert_eq!(
            labels("Etaient absent.e.s et excusé.e.s : M. A BB")[0],
            (Label::Absent(Some(true)), "M. A BB")
        );
        // (The quorum clause's own label words are no labels.)
        assert_eq!(
            labels("Étaient présents formant la majorité des membres en exercice : M. A BB").len(),
            1
        );
        // Guests "à la réunion", not the members' list.
        assert_eq!(
            labels("Présents : M. A BB. Participaient également à la réunion : Mme C DD")[1],
            (Label::Stop, "Mme C DD")
        );
        // A bare heading in mixed case over bullets.
        assert_eq!(
            labels("Présents\n\n  • M. A BB")[0],
            (Label::Present, "• M. A BB")
        );
        assert_eq!(
            labels("Secrétaire de scéance\n  • M. A BB")[0],
            (Label::Secretary, "• M. A BB")
        );
        let s = sections(
            "PRESENTS [13] : M. A BB",
            "presents [13] : m. a bb",
            &[],
            0..23,
        );
        assert_eq!(s[0].count, Some(13));
        let t = "Présent(s) ou représenté(s) (à l'ouverture de la séance) : 88 (dont 5 suppléant(s)) M. A BB";
        let s = sections(t, &t.to_ascii_lowercase(), &feeds(t), 0..t.len());
        assert_eq!(s[0].label, Label::Present);
        let t = "Étaient présents (17)\nM. A BB";
        let s = sections(t, &t.to_ascii_lowercase(), &feeds(t), 0..t.len());
        assert_eq!((s[0].label, s[0].count), (Label::Present, Some(17)));
        assert_eq!(
            labels("Séance.\nConseillers Communautaires présents\nAMBRE Paul BOLIVAR Anne")[0],
            (Label::Present, "AMBRE Paul BOLIVAR Anne")
        );
        let flat = labels(
            "le Maire. PRESENTS Paul AMBRE, Anne BOLIVAR PROCURATIONS Lise CARMONT à Paul AMBRE",
        );
        assert_eq!(flat[0], (Label::Present, "Paul AMBRE, Anne BOLIVAR"));
        assert_eq!(flat[1], (Label::Proxies, "Lise CARMONT à Paul AMBRE"));
        // In mixed case, opening a sentence.
        let flat = labels(
            "le Président. Présents Paul AMBRE, Anne BOLIVAR. Secrétaire de séance Lise CARMONT.",
        );
        assert_eq!(flat[0].0, Label::Present);
        assert_eq!(flat[1].0, Label::Secretary);
        // Capitalised inside a flattened line, before a civility and a
        // whole name.
        let flat = labels("Absents : Anne BOLIVAR Procurations Mme Anne BOLIVAR à M. Paul AMBRE");
        assert_eq!(
            flat[1],
            (Label::Proxies, "Mme Anne BOLIVAR à M. Paul AMBRE")
        );
        // A label in capitals at the start of its line needs no colon.
        assert_eq!(
            labels("Séance.\nPROCURATIONS Anne BB à Paul CC")[0],
            (Label::Proxies, "Anne BB à Paul CC")
        );
        // A list running on to the next label, a sentence: no qualifier.
        assert!(
            labels("M. X (donne procuration à M. Y), M. Z (pouvoir à M. W) Secrétaire : M. V")
                .iter()
                .all(|(l, _)| *l != Label::Proxies)
        );
        assert!(labels("les membres présents et que le quorum est atteint : oui").is_empty());
        // The law a label cites, its figures and stops with it.
        assert_eq!(
            labels(
                "Ont délégué leur droit de vote conformément à l'article L. 2121-20 du CGCT : M. A BB à M. C DD"
            )[0],
            (Label::Proxies, "M. A BB à M. C DD")
        );
        assert_eq!(
            labels("Etaient présents tous les conseillers en exercice, exceptés : M. A BB")[0].0,
            Label::Present
        );
        // A dash ending the label's line in place of its colon.
        assert_eq!(
            labels("Etaient présents –\n\nM. Paul TRAX – Mme Anne PONS VAUX\n"),
            [(Label::Present, "M. Paul TRAX – Mme Anne PONS VAUX")]
        );
        // The majority formula: no count of the members in office.
        assert_eq!(
            labels(
                "Étaient présents formant la majorité des membres en exercice : TRAX Anne, PONS Paul"
            ),
            [(Label::Present, "TRAX Anne, PONS Paul")]
        );
        assert_eq!(
            labels(
                "Etaient présent(e)s : M.TRAX Président et les délégués suivants formant la majorité des membres en exercice : A.PONS (Vaux)"
            ),
            [(
                Label::Present,
                "M.TRAX Président et les délégués suivants formant la majorité des membres en exercice : A.PONS (Vaux)"
            )]
        );
        assert_eq!(
            labels("Avaient donné procuration : Mme A BB à M. C DD")[0],
            (Label::Proxies, "Mme A BB à M. C DD")
        );
        assert!(labels("Décisions prises dans le cadre de sa délégation de pouvoirs de la part du CM : aucune").is_empty());
        assert!(
            labels(
                "à l'unanimité des membres présents et\nreprésentés, le conseil municipal : décide"
            )
            .is_empty()
        );
    }

    #[test]
    fn qualified_labels_and_a_label_filling_its_line() {
        let got = labels(
            "Délégués suppléants présents et votants :\nM A BB – Mme C DD\nDélégués titulaires absents remplacés par leur suppléant\nEn ordre de communes\nM E FF",
        );
        assert_eq!(got[0], (Label::Present, "M A BB – Mme C DD"));
        assert_eq!(got[1].0, Label::Absent(None));
        assert!(got[1].1.ends_with("M E FF"), "{:?}", got[1]);
    }

    #[test]
    fn absent_label_variants() {
        for (text, excused) in [
            ("Absents excusés : M. A BB", Some(true)),
            ("Etaient absents : M. A BB", None),
            ("Absent(s/es) excusé(s/es) : M. A BB", Some(true)),
            ("Absents non excusés : M. A BB", Some(false)),
            ("Non excusé : M. A BB", Some(false)),
            ("Etait EXCUSEE : Mme A BB", Some(true)),
            ("TITULAIRES ABSENTS NON REPRESENTES : M. A BB", None),
            (
                "Délégués titulaires absents excusés suppléés : Bourg : M. A BB suppléé par M. C DD",
                Some(true),
            ),
            (
                "Délégués titulaires absents excusés non remplacés par leur suppléant : M A BB",
                Some(true),
            ),
        ] {
            assert_eq!(labels(text)[0].0, Label::Absent(excused), "{text}");
        }
        assert_eq!(
            labels("Délégués titulaires absents suppléés : Bourg : M. A BB suppléé par M. C DD")[0],
            (Label::Absent(None), "Bourg : M. A BB suppléé par M. C DD")
        );
        // "TITULAIRES" is the label's, not the end of the list before it.
        let two = labels("TITULAIRE ABSENT EXCUSE : M. A BB\n\nTITULAIRES ABSENTS : M. C DD");
        assert_eq!(two[0], (Label::Absent(Some(true)), "M. A BB"));
        assert_eq!(
            labels("Absents représentés : M. A BB par M. C DD")[0].0,
            Label::Proxies
        );
        assert_eq!(
            labels("ETAIT REPRESENTEE\n  A BB par C DD")[0].0,
            Label::Proxies
        );
        // A label opening its line, no colon, a civility after it.
        let got = labels("Présents Mme M. AB, M JC CD\n\nExcusés Mme N. EF\n");
        assert_eq!(got[0], (Label::Present, "Mme M. AB, M JC CD"));
        assert_eq!(got[1].0, Label::Absent(Some(true)));
        assert!(labels("les présents Mme X et M. Y").is_empty());
        // A count, then its own colon, before the list.
        assert_eq!(
            labels("Absents excusés non représentés : 2 : BB Paul - DD Anne.")[0],
            (Label::Absent(Some(true)), "BB Paul - DD Anne.")
        );
        assert_eq!(
            labels("PRESENTS PAR PROCURATION : Madame A BB donne pouvoir à Monsieur C DD")[0].0,
            Label::Proxies
        );
        assert_eq!(
            labels("Absents avec délégation : - M. A BB délégation à M. C DD")[0],
            (Label::Proxies, "- M. A BB délégation à M. C DD")
        );
        assert_eq!(
            labels("Pouvoir accordé : par M. A BB à M. C DD")[0],
            (Label::Proxies, "par M. A BB à M. C DD")
        );
        assert_eq!(
            labels(
                "Etaient absents et excusés : M. A BB.\n\nEtaient absents et ont donné pouvoir : M. C DD à M. E FF"
            )[1],
            (Label::Proxies, "M. C DD à M. E FF")
        );
        assert!(labels("le Maire donne pouvoir à M. X").is_empty());
        // The proxies said in brackets, or the word leading to the holders
        // before the colon.
        assert_eq!(
            labels("Absents (ayant donné pouvoir) : M. A BB à Mme CC")[0],
            (Label::Proxies, "M. A BB à Mme CC")
        );
        assert_eq!(
            labels("Absents excusés représentés par : A BB par C DD (Bourg)")[0],
            (Label::Proxies, "A BB par C DD (Bourg)")
        );
        assert!(
            labels("Auditeurs présents : 47")
                .iter()
                .all(|(l, _)| *l != Label::Present)
        );
        // The staff present after the members: not members.
        let staff = labels(
            "Secrétaire de séance : Luc ARNAL\n\nPersonnel administratif présent : Anne VIDAL, DGS",
        );
        assert!(staff.iter().all(|(l, _)| *l != Label::Present), "{staff:?}");
        assert_eq!(staff[0], (Label::Secretary, "Luc ARNAL"));
    }

    #[test]
    fn counts_lead_in_belongs_to_its_label() {
        let t = "Nombre de Conseillers municipaux présents : 26 Nombre de Conseillers \
                 municipaux absents : 1 L'an deux mille";
        let s = labels(t);
        assert_eq!(s.len(), 2);
        assert!(!s[0].1.contains("Nombre"), "{:?}", s[0]);
        assert_eq!(count_lead_in(&t.to_ascii_lowercase(), 10), 0);
        assert_eq!(count_lead_in("le maire. présents : 3", 10), 10);
        let lower = "26 nombre de conseillers présents";
        assert_eq!(count_lead_in(lower, 25), 3);
        assert_eq!(count_lead_in("dénombre de présents", 12), 12);
    }

    #[test]
    fn absent_headings_after_the_members_word() {
        let t = "Conseillers présents\nAMBRE Paul, BOLIVAR Anne\nConseillers absents excusés \nCARMONT Lise, qui donne procuration à AMBRE Paul.\nConseillère absente non excusée\nDUVAL Rose.";
        let found = labels(t);
        assert_eq!(found[1].0, Label::Absent(Some(true)));
        assert!(found[1].1.starts_with("CARMONT Lise"), "{:?}", found[1]);
        assert_eq!(
            found.last().unwrap(),
            &(Label::Absent(Some(false)), "DUVAL Rose.")
        );
        // Prose before the label on its line is no heading.
        let prose = "Le maire salue les absents excusés\nCARMONT Lise";
        assert!(
            labels(prose)
                .iter()
                .all(|(l, _)| *l == Label::Present || *l == Label::Stop)
        );
    }
}
