//! Where decisions are recorded in a stretch of minutes: "à l'unanimité",
//! "par 15 voix pour et 2 abstentions", "Pour : 18", "Vote : adopté",
//! "Le compte rendu est approuvé". A procès-verbal read without item
//! headings, or an item voted in parts, holds several; each group of
//! marks close together is one decision.
//!
//! Only where marks are is decided here (the tally itself is read by
//! `votes::tally`). What a debate or a reminder says ("voté à l'unanimité
//! lors du conseil du 24 janvier", "peut décider à l'unanimité de ...",
//! "le secrétaire est désigné à l'unanimité") is no mark.

use std::ops::Range;

use std::sync::LazyLock;

use crate::text::{AnchoredRegex, Literals, accents_optional, lower_regex};
use crate::vocabulary::{ITEM_KEYWORDS, ORDINAL_SEPARATORS, SUMMARY_BULLET};

/// Groups of decision marks in `text[range]`, in order: each the range
/// from its first mark's start to its last mark's end. `lower` is `text`
/// with ASCII letters in lower case (same offsets).
#[cfg(test)]
pub(crate) fn groups(text: &str, lower: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let words = MarkWords::find(&lower[range.clone()]);
    group(text, lower, &marks(text, lower, range, &words))
}

/// The groups of `marks` (in order, as [`marks`] gives them): marks close
/// together are one decision, unless they stand [`apart`].
pub(crate) fn group(text: &str, lower: &str, marks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last: Option<&Range<usize>> = None;
    for m in marks {
        match out.last_mut() {
            Some(g)
                if same_decision(text, g.end, m.start)
                    && !last.is_some_and(|l| apart(lower, l.clone(), m.clone())) =>
            {
                g.end = g.end.max(m.end)
            }
            _ => out.push(m.clone()),
        }
        last = Some(m);
    }
    out
}

/// Whether the marks at `a` and `b` (`a` first) record two decisions of
/// one item voted in parts: on [`parallel`] lines, not a line [`told_twice`].
pub(crate) fn apart(lower: &str, a: Range<usize>, b: Range<usize>) -> bool {
    parallel(lower, a.clone(), b.clone()) && !told_twice(lower, a, b)
}

/// Whether the marks at `a` and `b` (`a` first) stand on lines that open
/// alike: the same words before each mark on its line, and the same mark
/// but for its numbers ("- DESIGNE à la majorité absolue (18 voix) M. X
/// titulaire", "- DESIGNE à la majorité absolue (18 voix) M. Y suppléant";
/// "o A l'unanimité, comme membres de la commission A", "o A l'unanimité,
/// comme membres de la commission B"). An item voted in parts: each such
/// line records its own decision. The lines of one tally ("Pour : 12",
/// "Contre : 3") differ in their marks.
fn parallel(lower: &str, a: Range<usize>, b: Range<usize>) -> bool {
    let line_start = |p: usize| lower[..p].rfind('\n').map_or(0, |q| q + 1);
    let (line_a, line_b) = (line_start(a.start), line_start(b.start));
    if line_a == line_b || a.start - line_a > 60 || b.start - line_b > 60 {
        return false;
    }
    let words = |r: Range<usize>| lower[r].split_whitespace();
    // The marks but for their figures ("(18 voix)", "(17 voix)"); a
    // summary's bullets but for their verb ("- a adopté", "- a accepté").
    let mark = |r: Range<usize>| -> String {
        let m = lower[r].trim_start();
        let m = if m.starts_with(['-', '–', '•']) {
            m.split_whitespace().take(2).collect()
        } else {
            m.to_string()
        };
        m.chars()
            .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
            .collect()
    };
    // "DM1 pour le budget communal approuvé : Vote : 14 pour / 0 contre",
    // "DM1 pour le budget de l'eau approuvé : Vote : 14 pour / 0 contre":
    // a counted tally each, after its own subject.
    let counted =
        |r: &Range<usize>| lower[r.clone()].bytes().filter(u8::is_ascii_digit).count() >= 2;
    let subject = |from: usize, to: usize| words(from..to).count() >= 2;
    mark(a.clone()) == mark(b.clone())
        && (words(line_a..a.start).eq(words(line_b..b.start))
            || counted(&a) && counted(&b) && subject(line_a, a.start) && subject(line_b, b.start))
}

/// Whether the marks at `a` and `b` (`a` first) tell the same decision
/// twice: on lines written alike, word for word, with only a few short
/// lines between (a tally block written twice in a row).
fn told_twice(lower: &str, a: Range<usize>, b: Range<usize>) -> bool {
    let line = |r: &Range<usize>| {
        let start = lower[..r.start].rfind('\n').map_or(0, |q| q + 1);
        let end = lower[r.end..].find('\n').map_or(lower.len(), |q| r.end + q);
        start..end
    };
    let (line_a, line_b) = (line(&a), line(&b));
    let between = &lower[line_a.end.min(line_b.start)..line_b.start];
    lower[line_a]
        .split_whitespace()
        .eq(lower[line_b].split_whitespace())
        && between.lines().count() <= 8
        && between.lines().all(|l| l.len() <= 60)
}

/// Whether a mark at `next` belongs to the decision whose marks end at
/// `end`: close by, with no paragraph of other text between
/// ("à l'unanimité :\nAbstention : M. X", "Pour : 12\nContre : 3").
fn same_decision(text: &str, end: usize, next: usize) -> bool {
    if next <= end {
        return true;
    }
    let between = &text[end..next];
    if between.len() > 160 {
        return false;
    }
    // Several lines between: only tally lines may stand there.
    between.matches('\n').count() <= 3 && !between.contains("\n\n")
}

/// Whether `text[range]`, between two decisions, starts another item: a
/// line that reads as an item heading ("3. Tarifs", "DE-2015/70 –",
/// "POINT N°4", a title in capitals), or the words that open an item's
/// report ("Monsieur le Maire expose", "Rapporteur :", "Vu le code ...").
/// What a decision's own articles say ("- autorise le Maire à signer")
/// opens nothing.
pub(crate) fn new_item_between(text: &str, lower: &str, range: Range<usize>) -> bool {
    let opener = lower_regex!(
        r"(?m:^)[ \t]*(?:(?:monsieur|madame|m\.|mme)\s+(?:le|la|l')\s*(?:maire|pr[éÉe]sidente?|adjointe?|vice-pr[éÉe]sidente?|rapporteure?)|(?:le|la)\s+(?:maire|pr[éÉe]sidente?)\s+(?:expose|pr[éÉe]sente|rappelle|informe|propose|indique|donne|fait)|rapporteure?\s*:|expos[éÉe]\s*:|objet\s*:|vu\s+le\s+code)"
    );
    let heading = lower_regex!(&format!(
        r"(?m:^)[ \t]*(?:(?:{keywords})\s+n[°o]?\s*\d|d[éÉe]lib[éÉe]ration\s+n|n°\s*\d|[a-z]{{0,5}}[ -]?\d{{1,4}}[-./]\d{{1,4}}\S*\s*[-–:]\s|\d{{1,3}}\s?(?:{ORDINAL_SEPARATORS})\s+\S|[ivx]{{1,5}}\s?[.)–-]\s+\S)",
        keywords = ITEM_KEYWORDS.join("|")
    ));
    let hay = &lower[range.clone()];
    if opener.is_match(hay) || heading.is_match(hay) {
        return true;
    }
    // A title in capitals on a line of its own, or a short title line
    // after a paragraph's end and before the longer lines of a report
    // ("Cession du véhicule utilitaire\nLe conseil accepte l'offre ...").
    let before = text[..range.start].trim_end_matches(['\n', ' ', '\t']);
    let line_before = before.rsplit('\n').next().unwrap_or("").trim();
    let lines: Vec<&str> = text[range.clone()].lines().map(str::trim).collect();
    // The line after the range, to compare a title with.
    let next_line = text[range.end..].lines().next().unwrap_or("").trim();
    lines.iter().enumerate().any(|(k, line)| {
        // Its letters and its capitals counted in one pass, without
        // gathering the letters.
        let (letters, upper) = line
            .chars()
            .filter(|c| c.is_alphabetic())
            .fold((0usize, 0usize), |(n, u), c| {
                (n + 1, u + usize::from(c.is_uppercase()))
            });
        let capitals =
            letters >= 12 && upper * 10 >= letters * 8 && line.split_whitespace().count() >= 2;
        let previous = if k == 0 { line_before } else { lines[k - 1] };
        let after_paragraph = previous.is_empty() || previous.ends_with('.');
        let next = lines.get(k + 1).copied().unwrap_or(next_line);
        let next_longer = next.len() > line.len();
        // "Article 2 : D'engager la commune ...": a decision's article.
        let article = line
            .strip_prefix("Article")
            .or_else(|| line.strip_prefix("ARTICLE"))
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        let titled = after_paragraph
            && !article
            && next_longer
            && (12..=110).contains(&line.len())
            && line.starts_with(|c: char| c.is_uppercase())
            && !line.ends_with(['.', ',', ';', ':']);
        capitals || titled
    })
}

/// Whether the decision whose first mark starts at `mark` is told in a
/// paragraph of its own after the one before (whose marks end at
/// `before_end`): a blank line after the line that one ends on, and the paragraph opens, on the mark's line
/// (which starts at `line`), with a sentence of its own that says what is
/// decided ("Lecture du compte-rendu de la séance du 3 mai. Adopté à
/// l'unanimité : 12 pour"). Not a tally's second line ("Pour : 12") nor a
/// word before the mark ("Rapport adopté à l'unanimité").
pub(crate) fn told_in_own_paragraph(
    text: &str,
    before_end: usize,
    line: usize,
    mark: usize,
) -> bool {
    if before_end > line || line > mark {
        return false;
    }
    // (From the end of the line the decision before ends on.)
    let Some(end) = text[before_end..line].find('\n') else {
        return false;
    };
    let between = &text[before_end + end..line];
    if !between.trim().is_empty() || between.matches('\n').count() < 2 {
        return false;
    }
    // The sentence, then at most a few words before the mark ("Adopté à").
    let lead = &text[line..mark];
    let Some(stop) = lead.trim_end().rfind('.') else {
        return false;
    };
    let sentence = lead[..stop].trim();
    lead[stop + 1..].split_whitespace().count() <= 4
        && sentence.split_whitespace().count() >= 5
        && sentence.starts_with(|c: char| c.is_uppercase())
}

/// The decision marks, one pattern for the lower-cased text: unanimity,
/// counted votes ("11 voix pour", "Pour : 12", "12 pour, 3 contre"), a
/// vote line ("Vote :"), a stated outcome ("ADOPTÉ", "est approuvé"),
/// "après en avoir délibéré", a candidate's votes (": 13 voix"), "est
/// élu", the votes of one elected ("majorité absolue (18 voix)"), a
/// summary's bullets ("- a adopté le règlement", "- a désigné M. X").
static MARKS: LazyLock<String> = LazyLock::new(|| {
    let pattern = [
        concat!(
            r"unanimit[éÉe]|unanimement",
            r"|(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt)\s+(?:voix|votes?|voies|suffrages)\s+(?:«\s*)?(?:pour|contre|favorables?|d[éÉe]favorables?|en faveur)",
            r"|(?m:^)[ \t]*[-–•]?[ \t]*(?:«\s*)?(?:pour|contre)(?:\s*»)?[ \t]*:[ \t]*\d{1,3}",
            r"|\d{1,3}\s+(?:voix\s+|votes?\s+)?(?:pour|contre)\s*[,/;.-]?\s*(?:et\s+)?\d{1,3}\s+(?:voix\s+|votes?\s+)?(?:pour|contre|abstentions?|absentions?)",
            r"|(?m:^)[ \t]*(?:[-–•][ \t]*)?(?:vote|votes|d[éÉe]cision|r[éÉe]sultat du vote)[ \t]*:",
            r"|(?m:^)[ \t]*(?:adopt[éÉe]e?s?|approuv[éÉe]e?s?|rejet[éÉe]e?s?|refus[éÉe]e?s?)(?:[ \t]*[.!:]|[ \t]*$|[ \t]+(?:à|a|par)[ \t])",
            r"|(?:est|sont|a [éÉe]t[éÉe]|ont [éÉe]t[éÉe])\s+(?:adopt[éÉe]e?s?|approuv[éÉe]e?s?|accept[éÉe]e?s?|rejet[éÉe]e?s?)",
            r"|(?:est|sont|a\s+[éÉe]t[éÉe]|ont\s+[éÉe]t[éÉe])\s+(?:[éÉe]lue?s?(?-u:\b)|proclam[éÉe])",
            r"|apr[èÈe]s en avoir d[éÉe]lib[éÉe]r[éÉe]",
            r"|:[ \t]*\d{1,3}[ \t]+voix(?-u:\b)",
            r"|\([ \t]*\d{1,3}[ \t]+voix[ \t]*\)",
        ),
        SUMMARY_BULLET,
    ]
    .join("|");
    debug_assert!(crate::text::lower_case_pattern(&pattern));
    accents_optional(&pattern, true)
});

/// Every decision mark in `text[range]`, in order; `words` are the
/// [`MarkWords`] of `lower[range]`.
///
/// The pattern has no literal every match holds (line starts, figures,
/// number words), so a scan for it stepped its automaton over every byte.
/// It is tried anchored instead, only where a match can start
/// ([`mark_starts`]), each match consuming its text as a scan would: the
/// same matches (a test compares them with the scan's).
pub(crate) fn marks(
    text: &str,
    lower: &str,
    range: Range<usize>,
    words: &MarkWords,
) -> Vec<Range<usize>> {
    static RE: LazyLock<AnchoredRegex> = LazyLock::new(|| AnchoredRegex::new(&MARKS));
    let base = range.start;
    let hay = &lower[range];
    let mut out = Vec::new();
    let mut next = 0;
    for at in mark_starts(hay, words) {
        if at < next {
            continue;
        }
        let Some(m) = RE.at(hay, at) else { continue };
        next = m.end;
        let at = base + m.start..base + m.end;
        if !is_reported(text, lower, at.clone()) {
            out.push(at);
        }
    }
    out
}

/// The words that place a decision mark: each match of [`MARKS`] not
/// anchored at a line start holds one, at a distance [`mark_starts`]
/// knows. Their order is the one in which a vector search of them stopped
/// least often in vain on the seed.
pub(crate) const MARK_WORDS: [&str; 18] = [
    "unanim",
    "apr\u{e8}s en avoir",
    "apr\u{c8}s en avoir",
    "apres en avoir",
    // A count's noun: the number before it starts the mark.
    "voix",
    "vote",
    "voies",
    "suffrages",
    // "est adopté", "a été approuvé".
    "adopt",
    "approuv",
    "accept",
    "rejet",
    // "12 pour, 3 contre".
    "pour",
    "contre",
    // "est élu", "ont été\nproclamés".
    "\u{e9}lu",
    "\u{c9}lu",
    "elu",
    "proclam",
];

/// Where the [`MARK_WORDS`] stand in a lower-cased text, found once for
/// the decision marks and the headings' fit: every place one starts
/// (overlapping ones too), in order, with its index in `MARK_WORDS`.
///
/// The same text's line feeds are found with them, once, for the stages
/// that visit each of its lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct MarkWords(Vec<(usize, usize)>, Vec<usize>);

impl MarkWords {
    /// The mark words of `lower`, its line feeds searched.
    #[cfg(test)]
    pub(crate) fn find(lower: &str) -> MarkWords {
        MarkWords::with_feeds(lower, crate::text::line_feeds(lower).collect())
    }

    /// The mark words of `lower`, `feeds` the offsets of its line feeds.
    pub(crate) fn with_feeds(lower: &str, feeds: Vec<usize>) -> MarkWords {
        // The one word of three bytes, "elu", is searched on its own: the
        // vector search of the others then compares four bytes a place
        // ("proc", "cont" rather than "pro", "con") and stops in vain far
        // less often. No other word starts with its "e", and it cannot
        // overlap itself: the two searches merged give the same places.
        const ELU: usize = 16;
        static SEARCH: LazyLock<Literals> = LazyLock::new(|| {
            assert_eq!(MARK_WORDS[ELU], "elu");
            let others: Vec<&str> = MARK_WORDS
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != ELU)
                .map(|(_, w)| *w)
                .collect();
            Literals::of(&others)
        });
        let mut elu = memchr::memmem::find_iter(lower.as_bytes(), "elu").peekable();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((at, k)) = SEARCH.find_from(lower, from) {
            while let Some(e) = elu.next_if(|&e| e < at) {
                out.push((e, ELU));
            }
            out.push((at, if k < ELU { k } else { k + 1 }));
            from = at + 1;
        }
        out.extend(elu.map(|e| (e, ELU)));
        MarkWords(out, feeds)
    }

    /// The line feeds in `range` of the text, as offsets from its start.
    pub(crate) fn feeds_in(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let start = range.start;
        crate::text::feeds_within(&self.1, range)
            .iter()
            .map(move |&f| f - start)
    }

    /// The offsets of the text's line feeds.
    pub(crate) fn feeds(&self) -> &[usize] {
        &self.1
    }

    /// Each place and the word found there, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        self.0.iter().map(|&(at, k)| (at, MARK_WORDS[k]))
    }
}

/// The places in `hay` (lower-cased, its [`MarkWords`] `words`) where a
/// match of [`MARKS`] may start, in order, without repeats: every place one
/// does start, and a few more.
///
/// - the line starts whose first bytes (after blanks) open a line mark: a
///   bullet, "«", "pour", "contre", "vote", "décision", "résultat",
///   "adopt", "approuv", "rejet", "refus";
/// - "unanim", "après en avoir";
/// - before "voix", "vote", "voies", "suffrages", past the blanks: the last
///   one to three figures, a number word ending there, and the ":" or "("
///   before figures;
/// - before "pour" and "contre", past the blanks: the last figures;
/// - before "adopt", "approuv", "accept", "rejet", past the blanks: "est",
///   "sont", "a été", "ont été" ending there;
/// - "est", "sont" ending at the "t" of "t élu", "t proclam".
fn mark_starts(hay: &str, words: &MarkWords) -> Vec<usize> {
    const NUMBER_WORDS: [&str; 21] = [
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf", "vingt",
    ];
    const PASSIVES: [&str; 20] = [
        "est",
        "sont",
        "a \u{e9}t\u{e9}",
        "a \u{e9}t\u{c9}",
        "a \u{e9}te",
        "a \u{c9}t\u{e9}",
        "a \u{c9}t\u{c9}",
        "a \u{c9}te",
        "a et\u{e9}",
        "a et\u{c9}",
        "a ete",
        "ont \u{e9}t\u{e9}",
        "ont \u{e9}t\u{c9}",
        "ont \u{e9}te",
        "ont \u{c9}t\u{e9}",
        "ont \u{c9}t\u{c9}",
        "ont \u{c9}te",
        "ont et\u{e9}",
        "ont et\u{c9}",
        "ont ete",
    ];
    let bytes = hay.as_bytes();
    let mut out = Vec::new();
    // Past the blanks before `at`: where the word before ends, if any
    // blank was passed.
    let past_blanks = |at: usize| -> Option<usize> {
        let before = hay[..at].trim_end_matches(char::is_whitespace);
        (before.len() < at).then_some(before.len())
    };
    // The last one to three figures before `end`; how many figures end there.
    let figures = |end: usize, out: &mut Vec<usize>| -> usize {
        let n = bytes[..end]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        out.extend((1..=n.min(3)).rev().map(|k| end - k));
        n
    };
    let ending = |end: usize, words: &[&str], out: &mut Vec<usize>| {
        for w in words {
            if hay[..end].ends_with(w) {
                out.push(end - w.len());
            }
        }
    };
    let feeds = words.feeds_in(0..hay.len());
    let mut words = words.iter().peekable();
    let mut starts = std::iter::once(0)
        .chain(feeds.map(|p| p + 1))
        .filter(|&p| p < bytes.len())
        .peekable();
    loop {
        let word = words.peek().map(|&(at, _)| at);
        if let Some(&line) = starts.peek()
            && word.is_none_or(|w| line <= w)
        {
            starts.next();
            if opens_line_mark(bytes, line) {
                out.push(line);
            }
            continue;
        }
        let Some((at, word)) = words.next() else {
            break;
        };
        match word {
            "voix" | "vote" | "voies" | "suffrages" => {
                let Some(end) = past_blanks(at) else { continue };
                let n = figures(end, &mut out);
                if (1..=3).contains(&n) {
                    let lead = hay[..end - n].trim_end_matches([' ', '\t']);
                    if lead.ends_with([':', '(']) {
                        out.push(lead.len() - 1);
                    }
                }
                ending(end, &NUMBER_WORDS, &mut out);
            }
            "pour" | "contre" => {
                if let Some(end) = past_blanks(at) {
                    figures(end, &mut out);
                }
            }
            "adopt" | "approuv" | "accept" | "rejet" => {
                if let Some(end) = past_blanks(at) {
                    ending(end, &PASSIVES, &mut out);
                }
            }
            "\u{e9}lu" | "\u{c9}lu" | "elu" | "proclam" => {
                if let Some(end) = past_blanks(at) {
                    ending(end, &PASSIVES, &mut out);
                }
            }
            // "unanim", "après en avoir".
            _ => out.push(at),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether the line starting at `at` opens, past its blanks, as a mark
/// anchored at a line start may: a bullet, "«", "pour", "contre", "vote",
/// "décision", "résultat", "adopt", "approuv", "rejet", "refus".
fn opens_line_mark(bytes: &[u8], at: usize) -> bool {
    let lead = bytes[at..]
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .map_or(&[][..], |p| &bytes[at + p..]);
    let any = |words: &[&str]| words.iter().any(|w| lead.starts_with(w.as_bytes()));
    match lead.first() {
        Some(b'-') => true,
        Some(0xE2) => any(&["\u{2013}", "\u{2022}"]),
        Some(0xC2) => any(&["\u{ab}"]),
        Some(b'p') => any(&["pour"]),
        Some(b'c') => any(&["contre"]),
        Some(b'v') => any(&["vote"]),
        Some(b'd') => any(&["d\u{e9}cision", "d\u{c9}cision", "decision"]),
        Some(b'r') => any(&[
            "r\u{e9}sultat",
            "r\u{c9}sultat",
            "resultat",
            "rejet",
            "refus",
        ]),
        Some(b'a') => any(&["adopt", "approuv"]),
        _ => false,
    }
}

/// Whether the mark at `at` reports something other than a decision of
/// this sitting: a reminder of an earlier vote, a rule, a condition, the
/// secretary's designation.
pub(crate) fn is_reported(text: &str, lower: &str, at: Range<usize>) -> bool {
    let (start, end) = sentence_around(text, at.clone());
    let sentence = &lower[start..end];
    let before = &lower[text
        .floor_char_boundary(at.start.saturating_sub(80))
        .max(start)..at.start];
    let modal = lower_regex!(
        r"(?-u:\b)(?:peut|peuvent|pourra|pourront|pourrait|doit|doivent|devra|si|sauf|quasi|quasiment|non|pas)\s+(?:\S+\s+){0,3}\S*$"
    );
    let secretary = lower_regex!(r"secr[éÉe]taire");
    modal.is_match(before)
        || record_told(text, lower, at, (start, end))
        || secretary.is_match(sentence) && !sentence.contains("approuv")
}

/// Whether the mark at `at` tells of another record than this item's
/// decision: an earlier vote ("lors du conseil du 24 janvier", "par
/// délibération du 3 mai"), or a correction of the minutes ("il a été noté
/// ... alors qu'il fallait noter ...", "... au lieu de ...").
pub(crate) fn reports_a_record(text: &str, lower: &str, at: Range<usize>) -> bool {
    record_told(text, lower, at.clone(), sentence_around(text, at))
}

/// [`reports_a_record`], the sentence around the mark found already.
fn record_told(text: &str, lower: &str, at: Range<usize>, (start, end): (usize, usize)) -> bool {
    // What stands right before and after the mark in its sentence.
    let before = &lower[text
        .floor_char_boundary(at.start.saturating_sub(80))
        .max(start)..at.start];
    let after = &lower[at.end..text.ceil_char_boundary((at.end + 60).min(end)).max(at.end)];
    let earlier = lower_regex!(
        r"lors d(?:u|e la|e l')\s+(?:pr[éÉe]c[éÉe]dente?\s+|derni[èÈe]re?\s+)?(?:conseil|s[éÉe]ance|r[éÉe]union|comit[éÉe]|bureau|assembl[éÉe]e)|par d[éÉe]lib[éÉe]ration|au lieu de|alors\s+qu.?\s*il\s+fallait|il\s+fallait\s+(?:noter|lire|[éÉe]crire|indiquer|inscrire)"
    );
    let dated = lower_regex!(
        r"^\W{0,3}(?:le|du|en date du)\s+\d{1,2}(?:er)?\s+(?:janvier|f[éÉe]vrier|mars|avril|mai|juin|juillet|ao[ûÛu]t|septembre|octobre|novembre|d[éÉe]cembre)"
    );
    earlier.is_match(after) || earlier.is_match(before) || dated.is_match(after)
}

/// Where the sentence around `at` ends (see [`sentence_around`]).
pub(crate) fn sentence_end(text: &str, at: Range<usize>) -> usize {
    sentence_around(text, at).1
}

/// The sentence around `at`: back to the previous full stop or blank line,
/// on to the next one, within 300 bytes either side.
fn sentence_around(text: &str, at: Range<usize>) -> (usize, usize) {
    let lo = text.floor_char_boundary(at.start.saturating_sub(300));
    let hi = text.ceil_char_boundary((at.end + 300).min(text.len()));
    let before = &text[lo..at.start];
    let start = before
        .rfind(['.', ';', '\u{c}'])
        .map(|p| lo + p + 1)
        .into_iter()
        .chain(before.rfind("\n\n").map(|p| lo + p + 2))
        .max()
        .unwrap_or(lo);
    let after = &text[at.end..hi];
    let end = after
        .find(['.', ';'])
        .map(|p| at.end + p)
        .into_iter()
        .chain(after.find("\n\n").map(|p| at.end + p))
        .min()
        .unwrap_or(hi);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> usize {
        let lower = text.to_ascii_lowercase();
        groups(text, &lower, 0..text.len()).len()
    }

    #[test]
    fn a_decision_told_in_its_own_paragraph() {
        let own = |text: &str| {
            let first = text.find("unanim").unwrap();
            let second = text.rfind("unanim").unwrap();
            let line = text[..second].rfind('\n').map_or(0, |p| p + 1);
            told_in_own_paragraph(text, first + "unanimité".len(), line, second)
        };
        assert!(own(
            "- Ajout d'un point. Adopté à l'unanimité : 9 pour\n\nLecture du compte-rendu de la séance du 2 mai. Adopté à l'unanimité : 9 pour"
        ));
        // No blank line: the same paragraph.
        assert!(!own(
            "- Ajout d'un point. Adopté à l'unanimité : 9 pour\nLecture du compte-rendu de la séance du 2 mai. Adopté à l'unanimité : 9 pour"
        ));
        // A word before the mark, no sentence of its own.
        assert!(!own(
            "Adopté à l'unanimité : 9 pour\n\nRapport adopté à l'unanimité : 9 pour"
        ));
    }

    /// The marks' pattern tried where a match may start finds what a scan
    /// of the text finds, on every fixture (as written and flattened) and
    /// on places chosen to be close calls.
    #[test]
    fn marks_are_those_of_a_scan() {
        let scan = crate::text::compile(&MARKS);
        let mut texts = crate::segment::fixture_texts();
        texts.extend(
            [
                "1234 voix pour\n12 pour, 3 contre\n  - Pour : 12\n\t« contre » : 3",
                "vingt-deux voix pour, dix-sept votes contre, aucune voix pour, un  \u{a0}voix\ncontre",
                "VOTE : 12\n• Décision : x\nRÉSULTAT DU VOTE : y\n- a adopté\n– a\tdésigné",
                "ADOPTÉ.\nadoptée à la majorité\nRefusé par 3\nrejetés\nApprouvé",
                "La délibération a été adoptée ; ont Été approuvés ; sont\nrejetées ; est acceptée",
                "M. X est élu ; sont proclamés ; est Élue ; est elus ; élunanimité ; apres en avoir deliberé",
                "Candidat A : 13 voix ; B :\t7 voix ; majorité absolue (18 voix ) ; ( 2 voix)",
                "voix voix 12voix 12 voix pour pour 3 3 pour 4 contre 5 voix contre 6 abstentions",
                "",
                "\n\n\npour : 1",
                "x\u{2003}12\u{a0}voix\u{2028}pour",
            ]
            .map(String::from),
        );
        for text in texts {
            let lower = text.to_ascii_lowercase();
            for range in [0..lower.len(), lower.len() / 3..lower.len()] {
                if !lower.is_char_boundary(range.start) {
                    continue;
                }
                let expected: Vec<Range<usize>> = scan
                    .find_iter(&lower[range.clone()])
                    .map(|m| range.start + m.start()..range.start + m.end())
                    .filter(|at| !is_reported(&text, &lower, at.clone()))
                    .collect();
                let words = MarkWords::find(&lower[range.clone()]);
                assert_eq!(marks(&text, &lower, range, &words), expected, "{text}");
            }
        }
    }

    #[test]
    fn one_group_per_decision() {
        assert_eq!(count("Adopté à l'unanimité."), 1);
        assert_eq!(
            count("Le conseil, à l'unanimité :\nAbstention : M. Rival\nDÉCIDE de vendre."),
            1
        );
        assert_eq!(
            count(
                "1. Tarifs\nAdopté à l'unanimité.\n\n2. Cantine\nPar 12 voix pour et 3 voix contre, le conseil décide."
            ),
            2
        );
        assert_eq!(count("Vote : Pour : 12\nContre : 3\nAbstention : 0"), 1);
        assert_eq!(count("Le compte rendu est approuvé sans observation."), 1);
    }

    #[test]
    fn a_decision_s_articles_open_no_item() {
        let text = "au réseau.\nArticle 2 : D'engager la commune à suivre le programme selon la\nplanification définie, et à respecter les engagements pris en matière de suivi.\n";
        assert!(!new_item_between(
            text,
            &text.to_ascii_lowercase(),
            0..text.len()
        ));
        // A short title after a paragraph, then longer lines: an item.
        let text = "au réseau.\nCession du véhicule utilitaire\nLe conseil accepte l'offre du garage pour un montant de mille euros.\n";
        assert!(new_item_between(
            text,
            &text.to_ascii_lowercase(),
            0..text.len()
        ));
    }

    #[test]
    fn reminders_and_rules_are_no_decision() {
        assert_eq!(
            count("Ce point a été voté à l'unanimité lors du conseil du 24 janvier."),
            0
        );
        assert_eq!(
            count("Le conseil peut décider à l'unanimité de ne pas procéder au scrutin secret."),
            0
        );
        // A correction of the record: what was written and what should have been.
        assert_eq!(
            count(
                "Observation sur la question 7 : il a été noté ADOPTE par 14 voix POUR et 2 ABSTENTIONS alors qu'il fallait noter : ADOPTE par 16 voix POUR."
            ),
            0
        );
        assert_eq!(
            count("M. Corvisart est désigné à l'unanimité secrétaire de séance."),
            0
        );
        assert_eq!(
            count("Le PLU a été approuvé par délibération du 3 mai 2012."),
            0
        );
    }

    #[test]
    fn lines_voted_each_are_decisions_each() {
        // Each designation line records its vote (the first with the
        // sentence that opens them).
        let text = "Le conseil municipal, après en avoir délibéré,\n- DESIGNE à la majorité absolue (14 voix) M. Paul TRAX délégué titulaire\n- DESIGNE à la majorité absolue (14 voix) Mme Ida PONS déléguée suppléante\n";
        assert_eq!(count(text), 2);
        let text = "o A l'unanimité, comme membres de la commission « Voirie »\nM. Paul TRAX\no A l'unanimité, comme membres de la commission « Fêtes »\nMme Ida PONS\n";
        assert_eq!(count(text), 2);
        // A summary's bullets, each a decision; what is only noted is none.
        let text = "Le Conseil Municipal :\n\n- a pris connaissance du rapport,\n\n- a adopté le tarif,\n\n- a approuvé la convention,\n";
        assert_eq!(count(text), 2);
        // Two subjects each voted on its line, a count each.
        let text = "DM1 pour le budget communal approuvée : Vote : 12 pour / 0 contre / 0 abstention\nDM1 pour le budget de l'eau approuvée : Vote : 12 pour / 0 contre / 0 abstention\n";
        assert_eq!(count(text), 2);
        // The lines of one tally, and a tally written twice in a row, are one.
        assert_eq!(count("Pour : 12\nContre : 3\nAbstentions : 0\n"), 1);
        assert_eq!(
            count("Pour : 27\nContre : 0\nExprimés : 27\nPour : 27\nContre : 0\n"),
            1
        );
    }
}
