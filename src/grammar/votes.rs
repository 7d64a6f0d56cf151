//! Vote tallies in every common form: "Pour : 22 Contre : 0", "Votants : 24 –
//! Pour : 20 – Contre : 4", "par 15 voix pour et 5 abstentions (...)",
//! "par vingt-deux voix pour, trois voix contre (...)", "ADOPTÉ À
//! L'UNANIMITÉ (23 voix)", Markdown tables "| Votants | Pour | Contre |",
//! with the names of those who voted against or abstained.

use std::ops::Range;

use super::counts::{self, Category};
use super::decisions;
use super::numbers::number_words;
use super::people::{self, Entry};
use crate::text::{fold, letters_before, lower_regex, regex};
use crate::vocabulary::{OUTCOMES, SUMMARY_BULLET};

/// A tally read from one deliberation (offsets into the normalised text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) for_: Option<u32>,
    pub(crate) against: Option<u32>,
    pub(crate) abstentions: Option<u32>,
    pub(crate) not_voting: Option<u32>,
    pub(crate) voters: Option<u32>,
    pub(crate) expressed: Option<u32>,
    pub(crate) unanimous_written: bool,
    /// `Some(true)` adopted, `Some(false)` rejected, as written.
    pub(crate) outcome_written: Option<bool>,
    pub(crate) against_names: Vec<Entry>,
    pub(crate) abstention_names: Vec<Entry>,
    pub(crate) range: Option<Range<usize>>,
}

impl Tally {
    fn cover(&mut self, r: Range<usize>) {
        self.range = Some(match self.range.take() {
            Some(x) => x.start.min(r.start)..x.end.max(r.end),
            None => r,
        });
    }

    /// Whether anything at all was read.
    pub(crate) fn is_empty(&self) -> bool {
        self.range.is_none()
    }
}

/// `t` with the counts of `counts` (read elsewhere: a heading's line), and
/// what `t` does not say of the outcome or of unanimity taken from there too.
pub(crate) fn with_counts_of(mut t: Tally, counts: Tally) -> Tally {
    t.for_ = counts.for_;
    t.against = counts.against;
    t.abstentions = counts.abstentions;
    t.not_voting = counts.not_voting;
    t.voters = counts.voters;
    t.expressed = counts.expressed;
    t.unanimous_written |= counts.unanimous_written;
    t.outcome_written = t.outcome_written.or(counts.outcome_written);
    t.against_names = counts.against_names;
    t.abstention_names = counts.abstention_names;
    if let Some(r) = counts.range {
        t.cover(r);
    }
    t
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    For,
    Against,
    Abstentions,
    NotVoting,
    Voters,
    Expressed,
}

fn field_of(label: &str) -> Option<Field> {
    let f = crate::text::fold(label);
    Some(if f.starts_with("pour") || f.starts_with("approbation") {
        Field::For
    } else if f.starts_with("contre") || f.starts_with("opposition") {
        Field::Against
    } else if f.starts_with("abst") {
        Field::Abstentions
    } else if f.starts_with("votant") {
        Field::Voters
    } else if f.contains("exprime") {
        Field::Expressed
    } else if f.contains("part") || f.contains("interess") || f.starts_with("nppv") {
        Field::NotVoting
    } else {
        return None;
    })
}

impl Tally {
    fn set(&mut self, field: Field, n: u32) -> bool {
        let slot = match field {
            Field::For => &mut self.for_,
            Field::Against => &mut self.against,
            Field::Abstentions => &mut self.abstentions,
            Field::NotVoting => &mut self.not_voting,
            Field::Voters => &mut self.voters,
            Field::Expressed => &mut self.expressed,
        };
        if slot.is_some() {
            return false;
        }
        *slot = Some(n);
        true
    }
}

/// Reads the tally of one deliberation from `text[range]`; `lower` is
/// `text` with ASCII letters in lower case (same offsets), where the
/// keyword patterns are searched.
pub(crate) fn tally(text: &str, lower: &str, range: Range<usize>) -> Tally {
    let region = &text[range.clone()];
    let full_lower = lower;
    let lower = &lower[range.clone()];
    let base = range.start;
    let mut t = Tally::default();

    labelled(text, region, lower, base, &mut t);
    counted_first(lower, base, &mut t);
    if t.for_.is_none() && t.against.is_none() && (t.abstentions.is_some() || t.voters.is_some()) {
        answers(lower, base, &mut t);
    }
    if t.for_.is_none() && t.against.is_none() {
        table(region, base, &mut t);
    }
    if t.for_.is_none() && t.against.is_none() {
        prose(text, region, base, &mut t);
    }
    if t.for_.is_none() && t.against.is_none() {
        for_the_object(lower, base, &mut t);
    }
    if t.for_.is_none() && t.against.is_none() {
        for_only(lower, base, &mut t);
    }
    counted_pairs(lower, base, &mut t);
    // "il a été noté adopté par 24 voix pour alors qu'il fallait noter
    // ...": counts a sentence reports (a correction of the record, an
    // earlier vote) are no decision of this item; a decision written after
    // that sentence is read instead, if there is one.
    if let Some(counts) = t.range.clone()
        && decisions::reports_a_record(text, full_lower, counts.clone())
    {
        let after = decisions::sentence_end(text, counts);
        if after < range.end {
            let rest = tally(text, full_lower, after..range.end);
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    elected(lower, base, &mut t);
    unanimity(text, full_lower, region, lower, base, &mut t);
    named(text, region, lower, base, &mut t);
    outcome(region, lower, base, &mut t);
    // Nothing decided read yet: an outcome told in words ("le conseil
    // décide", "sont proclamés membres"), also after a ballot's counts of
    // voters alone.
    let undecided = t.for_.is_none()
        && t.against.is_none()
        && t.abstentions.is_none()
        && !t.unanimous_written
        && t.outcome_written.is_none();
    if t.is_empty() || undecided {
        decided(lower, base, &mut t);
    }
    t
}

/// "Résultats : oui : 21 Non : 0 abstention : 0", "Favorable : 21 /
/// Défavorable : 0 / Abstention : 0": a written consultation's answers,
/// looked for only once a labelled block gave abstentions or voters and
/// no count for or against ("non" and "oui" are common words), and only
/// with their colon.
fn answers(lower: &str, base: usize, t: &mut Tally) {
    let re = lower_regex!(r"(?-u:\b)(oui|non|favorables?|défavorables?) ?: ?(\d{1,6})(?-u:\b)");
    for c in re.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        if !crate::text::unicode_word_edges(lower, whole.start(), whole.end()) {
            continue;
        }
        let field = if matches!(&c[1], "oui") || c[1].starts_with('f') {
            Field::For
        } else {
            Field::Against
        };
        let Ok(n) = c[2].parse::<u32>() else {
            continue;
        };
        if !t.set(field, n) {
            break;
        }
        t.cover(base + whole.start()..base + whole.end());
    }
}

/// "Pour : 22 Contre : 0 Abstention : 0", "Votants : 24 – Pour : 24".
/// Only the first cluster of labels is read: a duplicated block is not a
/// second vote.
fn labelled(text: &str, region: &str, lower: &str, base: usize, t: &mut Tally) {
    // In the lower-cased text: literals the engine can skip ahead to.
    let re = lower_regex!(
        r"(?-u:\b)(pour|contre|approbations?|oppositions?|abst(?:ention)?s?\.?|votants?|(?:suffrages )?exprimés|ne prennent pas part au vote|ne prend pas part au vote|n'ont pas pris part au vote|ne participen?t pas au vote|nppv|conseillers? intéressée?s?)(?: \([^)]{0,40}\)|( (?:l'|l’|la |le |les )\w{3,20}))? ?([:=]?) ?(\d{1,6})(?-u:\b)"
    );
    let mut last_end: Option<usize> = None;
    // Once a label is read, a match starting more than 400 bytes after it
    // ends the block: the search stops short of the rest of the part (a
    // whole deliberation's annexes, "pour" on every line), at a bound no
    // match starting before it can reach (a match is under 250 bytes,
    // and the word edge after it one character more), so every match it
    // finds is the whole text's.
    let mut from = 0;
    loop {
        let hay = match last_end {
            Some(end) => &lower[..lower.floor_char_boundary((end + 400 + 512).min(lower.len()))],
            None => lower,
        };
        let Some(c) = re.captures_at(hay, from) else {
            break;
        };
        let label = &region[c.get(1).expect("label").range()];
        let whole = c.get(0).expect("match");
        // (Never empty: a label and a count.)
        from = whole.end();
        // ASCII `\b` in the regex (fast), Unicode word edges checked here.
        if !crate::text::unicode_word_edges(region, whole.start(), whole.end()) {
            continue;
        }
        if let Some(end) = last_end
            && whole.start() > end + 400
        {
            break;
        }
        let Some(field) = field_of(label) else {
            continue;
        };
        // "Pour l'adoption : 11", "Contre la proposition : 2": what the
        // count is for or against, a capital and a colon (never prose:
        // "soit pour la commune : 11").
        if c.get(2).is_some()
            && (c[3].is_empty()
                || !matches!(field, Field::For | Field::Against)
                || !label.starts_with(|ch: char| ch.is_uppercase()))
        {
            continue;
        }
        // Without a colon only a capitalised label counts ("Pour 15, Contre 2"),
        // never prose ("pour 2 ans").
        if c[3].is_empty() && !label.starts_with(|ch: char| ch.is_uppercase()) && last_end.is_none()
        {
            continue;
        }
        // "Approbation : 30", "Opposition : 0" (a syndicat's tally block),
        // with their colon only: "Approbation 2023 du budget" is a title.
        if c[3].is_empty()
            && matches!(field, Field::For | Field::Against)
            && !label.starts_with(['p', 'P', 'c', 'C'])
        {
            continue;
        }
        // "11 Voix POUR 0 ABSTENTION 0 Voix CONTRE": counts written
        // before their labels; the figure after a label without its colon
        // is the next label's.
        if c[3].is_empty()
            && let Some(before) = lower[..whole.start()]
                .trim_end()
                .strip_suffix("voix")
                .or_else(|| lower[..whole.start()].trim_end().strip_suffix("votes"))
            && let Some((_, at)) = count_before(before)
            // (Not "Pour 13 voix Contre 0 voix": a label's count, "voix"
            // after it.)
            && field_of(
                before[..at]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or(""),
            )
            .is_none()
        {
            continue;
        }
        let Ok(n) = c[4].parse::<u32>() else {
            continue;
        };
        // "Pour 2015, il est proposé": a year, not a count written without
        // its colon; "Pour 1€ donné", "pour 50 %": money, a share.
        let unit = region[whole.end()..]
            .trim_start()
            .starts_with(['€', '%', '$']);
        if c[3].is_empty() && n >= 1000 || unit {
            continue;
        }
        // "POUR : 10 + 4 pouvoirs": the members present, then the proxies
        // they cast, one count.
        let mut whole_end = whole.end();
        let proxies = lower_regex!(r"^[ \t]*\+[ \t]*(\d{1,4})[ \t]+(?:pouvoirs?|procurations?)\b");
        let n = match proxies.captures(&lower[whole.end()..]) {
            Some(p) => {
                whole_end += p.get(0).map_or(0, |m| m.end());
                n + p[1].parse::<u32>().unwrap_or(0)
            }
            None => n,
        };
        if !t.set(field, n) {
            // The same label again: a second block starts.
            break;
        }
        t.cover(base + whole.start()..base + whole_end);
        last_end = Some(whole_end);
        // Names in parentheses right after "Contre : 2 (...)".
        let after = &region[whole_end..];
        if let Some(inner) = paren_after(after) {
            last_end = Some(whole_end + inner.end + 1);
            let inner = base + whole_end + inner.start..base + whole_end + inner.end;
            let names = names_in(text, inner);
            match field {
                Field::Against if t.against_names.is_empty() => t.against_names = names,
                Field::Abstentions if t.abstention_names.is_empty() => t.abstention_names = names,
                _ => {}
            }
        }
    }
}

/// "7 voix POUR 0 voix CONTRE 1 ABSTENTION", "0 ABSTENTION 20 POUR 0
/// CONTRE": every count written before its label, which `labelled` (a
/// label, then its count) reads one place off. Where the labels it read
/// are those of counted pairs whose last label has no count after it, the
/// pairs give the tally.
fn counted_first(lower: &str, base: usize, t: &mut Tally) {
    let Some(read) = t.range.clone() else {
        return;
    };
    // The pairs start at most a count and a vote word before the first
    // label read.
    let from = lower.floor_char_boundary((read.start - base).saturating_sub(24));
    let Some(c) = counts::first_tally(&lower[from..]) else {
        return;
    };
    let (start, end) = (base + from + c.range.start, base + from + c.range.end);
    let after = lower[end - base..].trim_start_matches([' ', '\t', ':', '=', '»']);
    let shifted = c.pairs.len() >= 2
        && c.pairs.iter().all(|p| p.counted_first)
        && start <= read.start
        && end > read.start
        && !after.starts_with(|ch: char| ch.is_ascii_digit());
    if !shifted {
        return;
    }
    *t = Tally::default();
    for (category, field) in [
        (Category::For, Field::For),
        (Category::Against, Field::Against),
        (Category::Abstentions, Field::Abstentions),
    ] {
        if let Some(n) = c.get(category) {
            t.set(field, n);
        }
    }
    t.cover(start..end);
}

/// "Résultat du vote :\nPour le changement de prestataire : 13 votes": a
/// count for (or against) the object named, at a line start.
fn for_the_object(lower: &str, base: usize, t: &mut Tally) {
    let re = lower_regex!(
        r"(?m)^[ \t]*(?:[-•][ \t]*)?(pour|contre)[ \t]+(?:les?|la|l'|l’|du|des)[^\n:]{1,60}:[ \t]*(\d{1,3})[ \t]+(?:votes?|voix)(?-u:\b)"
    );
    for c in re.captures_iter(lower) {
        let field = if &c[1] == "pour" {
            Field::For
        } else {
            Field::Against
        };
        let Ok(n) = c[2].parse::<u32>() else {
            continue;
        };
        if t.set(field, n) {
            let whole = c.get(0).expect("match");
            t.cover(base + whole.start()..base + whole.end());
        }
    }
}

/// "Vote : 11 pour": a vote's label, then a count for and nothing else
/// (no count against nor abstention written), up to the sentence's or the
/// line's end.
fn for_only(lower: &str, base: usize, t: &mut Tally) {
    // ("Compte rendu de la dernière réunion approuvé par 13": the count
    // for, alone at the line's end.)
    let re = lower_regex!(
        r"(?-u:\b)(?:votes?[ \t]*:[ \t]*(\d{1,3})[ \t]+(?:voix[ \t]+)?pour|(?:approuvée?s?|adoptée?s?)[ \t]+par[ \t]+(\d{1,3})(?:[ \t]+voix)?)[ \t]*(?:[.;\n]|$)"
    );
    if let Some(c) = re.captures(lower)
        && let Some(Ok(n)) = c.get(1).or(c.get(2)).map(|m| m.as_str().parse::<u32>())
        && t.set(Field::For, n)
    {
        let whole = c.get(0).expect("match");
        t.cover(base + whole.start()..base + whole.end());
    }
}

/// The range inside a parenthesis that opens right at the start of `after`.
fn paren_after(after: &str) -> Option<Range<usize>> {
    let skipped = after.len() - after.trim_start_matches(' ').len();
    let rest = &after[skipped..];
    if !rest.starts_with('(') {
        return None;
    }
    let close = rest.find(')')?;
    Some(skipped + 1..skipped + close)
}

/// Names in a note: "M. Alain GARAVEL, Mme Agnès LABANEYRE" or
/// "groupe Union de la gauche : M. René BELANEMONT, ...".
fn names_in(text: &str, range: Range<usize>) -> Vec<Entry> {
    let inner = &text[range.clone()];
    let start = match inner.find(':') {
        Some(colon) if crate::text::fold(&inner[..colon]).contains("groupe") => {
            range.start + colon + 1
        }
        _ => range.start,
    };
    people::list(text, start..range.end).0
}

/// Markdown tables: "| Votants | Pour | Contre | Abstentions |" then a rule
/// and a row of figures.
fn table(region: &str, base: usize, t: &mut Tally) {
    let mut lines = region.lines().map(str::trim).peekable();
    let offset_of = |line: &str| -> usize { line.as_ptr() as usize - region.as_ptr() as usize };
    while let Some(line) = lines.next() {
        if !line.starts_with('|') {
            continue;
        }
        let header: Vec<&str> = cells(line);
        let fields: Vec<Option<Field>> = header.iter().map(|h| field_of(h)).collect();
        if fields.iter().filter(|f| f.is_some()).count() < 2 {
            continue;
        }
        let header_start = offset_of(line);
        // Skip the rule line.
        let mut row = lines.next();
        if row.is_some_and(|r| r.contains("---")) {
            row = lines.next();
        }
        let Some(row) = row else { return };
        let values = cells(row);
        for (f, v) in fields.iter().zip(values) {
            if let (Some(f), Ok(n)) = (f, v.trim().parse::<u32>()) {
                t.set(*f, n);
            }
        }
        let row_end = offset_of(row) + row.len();
        t.cover(base + header_start..base + row_end);
        return;
    }
}

fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// "par 15 voix pour et 5 abstentions", "vingt-deux voix pour, trois voix
/// contre (...) et deux abstentions (...)", "5 voix contre : Mme X".
fn prose(text: &str, region: &str, base: usize, t: &mut Tally) {
    let re = regex!(
        r"(?i)\b(?:(?:voix|votes?|suffrages?)\s+(pour|contre)|(abstentions?)\b|(contre)\b|(pour)(?:\s*[,;).]|\s+et\b|[ \t]*(?m:$)))"
    );
    let mut last_end: Option<usize> = None;
    for m in re.captures_iter(region) {
        let whole = m.get(0).expect("match");
        if let Some(end) = last_end
            && whole.start() > end + 200
        {
            break;
        }
        let field = if m.get(2).is_some() {
            Field::Abstentions
        } else if m.get(3).is_some() {
            // "18 voix pour, 1 contre": a bare "contre" only inside a tally.
            if last_end.is_none() {
                continue;
            }
            Field::Against
        } else if m.get(4).is_some() {
            // "15 pour, 2 contre, 1 abstention": a bare "pour" only when the
            // rest of the tally follows.
            let rest = &region
                [whole.end()..region.floor_char_boundary((whole.end() + 80).min(region.len()))];
            // "à l'unanimité (13 pour)", "Adopté à l'unanimité : 13 pour":
            // the count of a unanimity, alone.
            let bracketed = regex!(r"(?i)(?:\(|unanimit[ée]\s*[:,]?)\s*\d{1,3}\s*$")
                .is_match(&region[..whole.start()]);
            if !bracketed
                && !regex!(r"(?i)\d+\s+(?:voix\s+)?(?:contre|abstentions?)").is_match(rest)
            {
                continue;
            }
            Field::For
        } else if m[1].eq_ignore_ascii_case("pour") {
            Field::For
        } else {
            Field::Against
        };
        let before = &region[..whole.start()];
        if in_a_visa(before) {
            continue;
        }
        let before = before
            .strip_suffix("d'")
            .or_else(|| before.strip_suffix("d’"))
            .unwrap_or(before);
        // "0 voix d'abstention": the count before "voix d'".
        let before = match before.trim_end().strip_suffix("voix") {
            Some(b) if field == Field::Abstentions && before.len() < whole.start() => b,
            _ => before,
        };
        let Some((n, start)) = count_before(before) else {
            continue;
        };
        if field == Field::Abstentions && last_end.is_none() {
            // An abstention count alone is not a tally.
            continue;
        }
        if !t.set(field, n) {
            break;
        }
        t.cover(base + start..base + whole.end());
        last_end = Some(whole.end());
        let after = &region[whole.end()..];
        let names = if let Some(inner) = paren_after(after) {
            Some(base + whole.end() + inner.start..base + whole.end() + inner.end)
        } else {
            // "2 voix contre : Mme MERANADOU, M. DALANAUME, et 1 abstention".
            let skipped = after.len() - after.trim_start_matches(' ').len();
            after[skipped..].strip_prefix(':').map(|rest| {
                let start = base + whole.end() + skipped + 1;
                let end = [rest.find([')', '\n']), sentence_end(rest)]
                    .into_iter()
                    .flatten()
                    .min()
                    .map_or(base + region.len(), |e| start + e);
                start..end
            })
        };
        if let Some(r) = names {
            let entries = names_in(text, r);
            match field {
                Field::Against => t.against_names = entries,
                Field::Abstentions => t.abstention_names = entries,
                _ => {}
            }
        }
    }
}

/// Whether the end of `before` is inside a visa or a recital ("VU l'avis
/// favorable par 15 voix Pour et 1 voix Contre du conseil d'école",
/// "Considérant ..."): another body's vote, quoted.
fn in_a_visa(before: &str) -> bool {
    let start = before.rfind(['\n', '.', ';']).map_or(0, |p| p + 1);
    let clause = before[start..].trim_start();
    let head = &clause[..clause.floor_char_boundary(12.min(clause.len()))];
    let head = fold(head);
    head.starts_with("vu ") || head.starts_with("vu,") || head.starts_with("considerant")
}

/// The count written right before a vote word: "15 ", "vingt-deux ", "1 ".
fn count_before(before: &str) -> Option<(u32, usize)> {
    let trimmed = before.trim_end();
    let end = trimmed.len();
    let digits_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    if digits_start < end {
        return trimmed[digits_start..]
            .parse()
            .ok()
            .map(|n| (n, digits_start));
    }
    // Only the last 40 bytes can start the words (scanning all of `before`
    // at each vote word is quadratic in the region).
    let window = trimmed.floor_char_boundary(end.saturating_sub(41));
    let starts = trimmed[window..]
        .char_indices()
        .map(|(i, c)| (window + i, c))
        .filter(|&(_, c)| c == ' ' || c == '-' || c == '\n')
        .map(|(i, _)| i + 1)
        .filter(|&s| s + 40 >= end);
    for s in std::iter::once(0).chain(starts) {
        if s + 40 < end {
            continue;
        }
        if let Some((n, len)) = number_words(&trimmed[s..])
            && s + len == end
        {
            return Some((n, s));
        }
    }
    None
}

/// Counts written as pairs in any order ("0 contre, 0 abstention, 11
/// pour", "Vote : 14 pour / 0 contre / 0 abstention"), when the readers
/// above left a count out ("6 voix Contre, 0 Abstention, 5 pour": the
/// last "pour" ends its line): then the pairs, where they say more and
/// agree with what was read, give the counts.
fn counted_pairs(lower: &str, base: usize, t: &mut Tally) {
    let known = [t.for_, t.against, t.abstentions];
    if known.iter().flatten().count() > 2 {
        return;
    }
    let Some(c) = counts::first_tally(lower) else {
        return;
    };
    if in_a_visa(&lower[..c.range.start]) {
        return;
    }
    let read = [
        c.get(Category::For),
        c.get(Category::Against),
        c.get(Category::Abstentions),
    ];
    let agrees = known.iter().zip(&read).all(|(k, r)| k.is_none() || k == r);
    if !agrees || read.iter().flatten().count() <= known.iter().flatten().count() {
        return;
    }
    [t.for_, t.against, t.abstentions] = read;
    t.cover(base + c.range.start..base + c.range.end);
}

/// The votes the elected obtained, when nothing else was counted: "à la
/// majorité absolue (18 voix)", "A OBTENU : M. X dix-sept voix", and in
/// an election the candidates' lines "M. Patrick X : 13 voix" (the most
/// votes are the elected's).
fn elected(lower: &str, base: usize, t: &mut Tally) {
    if t.for_.is_some() || t.against.is_some() || t.abstentions.is_some() {
        return;
    }
    let majority = lower_regex!(r"majorit[éÉe](?: absolue| relative)?\s*\(\s*");
    // "... a obtenu : 17 voix", "est élu, par 11 voix sur 11, Maire".
    let obtained = lower_regex!(r"(?:a|ont|ayant) obtenu\s*:?\s*|[éÉe]lue?s?,?\s+par\s+");
    let votes_after = |from: usize, within: usize| -> Option<(u32, usize)> {
        let hay = &lower[from..lower.floor_char_boundary((from + within).min(lower.len()))];
        // The first count followed by "voix" or "votes".
        let mut i = 0;
        while i < hay.len() {
            if hay.is_char_boundary(i)
                && (i == 0 || !hay.as_bytes()[i - 1].is_ascii_alphanumeric())
                && let Some((n, len)) = counts::count_at(&hay[i..])
                && lower_regex!(r"^\s+(?:voix|votes?)(?-u:\b)").is_match(&hay[i + len..])
            {
                return Some((n, from + i + len));
            }
            i += 1;
        }
        None
    };
    if let Some(m) = majority.find(lower).or_else(|| obtained.find(lower))
        && let Some((n, end)) = votes_after(m.end(), 80)
    {
        t.for_ = Some(n);
        t.cover(base + m.start()..base + end);
        return;
    }
    let election =
        lower_regex!(r"[éÉe]lu(?:e|s|es)?(?-u:\b)|[éÉe]lection|proclam|scrutin|bulletin|candidat");
    if !election.is_match(lower) {
        return;
    }
    let candidate = lower_regex!(
        r"(?m)^[ \t]*(?:[-•][ \t]*)?[^\n:]{2,60}:[ \t]*(\d{1,3})[ \t]+(?:voix|votes?)(?-u:\b)"
    );
    // The official form of an election's minutes, its table flattened one
    // cell a line: a candidate, the votes obtained in figures, then in
    // words ("RELCINAUD Jean-Paul\n16\nSeize").
    // (With -layout, one row a line: "RELCINAUD Jean-Paul    16    Seize".)
    let form_row = lower_regex!(
        r"(?m)^[ \t]*[^\n\d:]{3,60}?(?:\n|[ \t]{2,})[ \t]*(\d{1,3})(?:[ \t]*\n|[ \t]{2,})[ \t]*([a-zàâçéèêëîïôûùüÿ][a-zàâçéèêëîïôûùüÿ -]{2,40}?)[ \t]*$"
    );
    let in_words = |c: &regex::Captures<'_>, n: u32| {
        number_words(c[2].trim()).is_some_and(|(w, len)| w == n && len == c[2].trim().len())
    };
    let best = candidate
        .captures_iter(lower)
        .filter_map(|c| Some((c[1].parse::<u32>().ok()?, c.get(0)?.range())))
        .max_by_key(|(n, _)| *n)
        .or_else(|| {
            lower.contains("suffrages obtenus").then(|| {
                form_row
                    .captures_iter(lower)
                    .filter_map(|c| {
                        let n = c[1].parse::<u32>().ok()?;
                        let whole = c.get(0)?.range();
                        in_words(&c, n).then_some((n, whole))
                    })
                    .max_by_key(|(n, _)| *n)
            })?
        });
    if let Some((n, r)) = best {
        t.for_ = Some(n);
        t.cover(base + r.start..base + r.end);
    }
}

/// "à l'unanimité", "ADOPTÉ À L'UNANIMITÉ (23 voix)", "à l'unanimité des 16
/// votants", "à l'unanimité (21 votants)".
fn unanimity(text: &str, full_lower: &str, region: &str, lower: &str, base: usize, t: &mut Tally) {
    // In the lower-cased text, where "unanimit" is one literal. Numbers in
    // words ("treize", "vingt-deux") are ASCII letters there; a counted
    // repetition of `\p{L}` compiled to forty copies of it, 10 ms at start-up.
    let re = lower_regex!(
        r"unanimité(?: des (?:membres pr[éÉ]sents(?: et repr[éÉ]sent[éÉ]s)?|suffrages exprim[éÉ]s|votants|pr[éÉ]sents))?(?:\s+des (\d+) votants|\s*\((\d+|[a-z][a-z -]{0,40}?) (votants|voix)(?: pour)?\))?"
    );
    // With figures, only the unanimity written next to them is theirs (not
    // the previous minutes' "approuvé à l'unanimité" further up).
    let near = |m: &regex::Match<'_>| match &t.range {
        Some(r) => {
            let (s, e) = (base + m.start(), base + m.end());
            s <= r.end + 250 && e + 250 >= r.start
        }
        None => true,
    };
    // A reminder ("votés à l'unanimité lors du conseil du 12 janvier") is
    // not this vote.
    let Some(c) = re.captures_iter(lower).find(|c| {
        let m = c.get(0).expect("match");
        near(&m) && !decisions::is_reported(text, full_lower, base + m.start()..base + m.end())
    }) else {
        return;
    };
    // "à l'unanimité, d'adopter le règlement ; à la majorité (Pour : 12,
    // Contre : 1) de ...": figures with dissent written as a majority are
    // another decision of the item than the unanimity.
    if (t.against.is_some_and(|a| a > 0) || t.abstentions.is_some_and(|a| a > 0))
        && let Some(r) = &t.range
        && let Some(at) = r.start.checked_sub(base).filter(|&at| at <= lower.len())
    {
        let at = lower.floor_char_boundary(at);
        let from = lower.floor_char_boundary(at.saturating_sub(100));
        if lower[from..at].contains("majorit") {
            return;
        }
    }
    t.unanimous_written = true;
    let whole = c.get(0).expect("match");
    t.cover(base + whole.start()..base + whole.end());
    if let Some(n) = c.get(1).and_then(|m| m.as_str().parse().ok()) {
        t.set(Field::Voters, n);
    }
    // "(23 voix)", "(treize voix)".
    let count = c.get(2).and_then(|m| {
        let written = &region[m.range()];
        written.parse().ok().or_else(|| {
            number_words(written)
                .filter(|&(_, len)| len == m.len())
                .map(|(n, _)| n)
        })
    });
    if let Some(n) = count {
        if c[3].eq_ignore_ascii_case("votants") {
            t.set(Field::Voters, n);
        } else {
            t.set(Field::For, n);
        }
    }
}

/// "Ont voté contre : ...", "Se sont abstenus : ...", "S'est abstenue : ...".
fn named(text: &str, region: &str, lower: &str, base: usize, t: &mut Tally) {
    // In the lower-cased text; the Unicode word edge is checked here.
    let re = lower_regex!(
        r"(?-u:\b)(?:(?:ont|a) vot[éÉ] contre|vote contre|(?:se sont|s'est) abstenue?s?)\s*:"
    );
    let matches = re
        .find_iter(lower)
        .filter(|m| crate::text::word_starts_at(region, m.start()));
    for m in matches {
        let label = crate::text::fold(&region[m.range()]);
        let start = base + m.end();
        // The names run to the end of the sentence.
        let rest = &region[m.end()..];
        let end = sentence_end(rest).map_or(base + region.len(), |e| start + e);
        let entries = people::list(text, start..end).0;
        if label.contains("contre") {
            if t.against_names.is_empty() {
                t.against_names = entries;
            }
        } else if t.abstention_names.is_empty() {
            t.abstention_names = entries;
        }
        if t.range.is_some() {
            t.cover(base + m.start()..end);
        }
    }
}

/// Offset of the full stop that ends a sentence of names (not an initial's).
fn sentence_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' {
            // "M." or "J." are initials or civilities.
            let word = letters_before(text, i);
            if word.chars().count() <= 2 && word.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            return Some(i);
        }
        if b == b'\n' && bytes.get(i + 1) == Some(&b'\n') {
            return Some(i);
        }
    }
    None
}

/// "Le rapport est adopté", "ADOPTE", "La motion est rejetée".
fn outcome(region: &str, lower: &str, base: usize, t: &mut Tally) {
    // In the lower-cased text. No Unicode `\b` in the regex (slow on French
    // text): the word edges are checked on each match.
    let re = lower_regex!(&format!(r"(?-u:\b)({OUTCOMES})"));
    // Alone, only a statement is a decision ("Le compte rendu est
    // approuvé", "ADOPTÉ"), not a word in a report ("le budget approuvé
    // en mars", "les volumes rejetés dans la rivière").
    let stated = |m: &regex::Match<'_>| {
        let before = lower[..m.start()].trim_end_matches([' ', '\t']);
        let after = &lower[m.end()..lower.floor_char_boundary((m.end() + 30).min(lower.len()))];
        // A summary's bullet: "- a adopté le règlement".
        let bullet = before.rsplit('\n').next().is_some_and(|line| {
            let line = line.trim_start_matches([' ', '\t']);
            ["- a", "– a", "• a"].contains(&line)
        });
        before.is_empty()
            || bullet
            || before.ends_with('\n')
            || [" est", " sont", " été", ":"]
                .iter()
                .any(|w| before.ends_with(w))
            // "Rapport rejeté à l'unanimité", "motion rejetée par 20 voix".
            || lower_regex!(r"^\s+(?:à|a)\s+(?:l'\s*unanimit|la\s+majorit)|^\s+par\s+\d")
                .is_match(after)
    };
    let rejection = |m: &regex::Match<'_>| crate::text::fold(m.as_str()).starts_with("rejet");
    // A rejection is read only where it is stated and ends there ("La
    // motion est rejetée.", "Rapport rejeté à l'unanimité"): "les eaux
    // sont rejetées dans la rivière" is a word of the report, and would
    // contradict the tally.
    let ends = |m: &regex::Match<'_>| {
        let after = &lower[m.end()..lower.floor_char_boundary((m.end() + 30).min(lower.len()))];
        let after = after.trim_start_matches([' ', '\t']);
        after.is_empty()
            || after.starts_with(['.', ';', ':', '!', '\n', '\r', ','])
            || lower_regex!(r"^(?:à|a)\s+(?:l'\s*unanimit|la\s+majorit)|^par\s+\d").is_match(after)
    };
    let found = re.find_iter(lower).find(|m| {
        crate::text::unicode_word_edges(region, m.start(), m.end())
            && (!rejection(m) || stated(m) && ends(m))
    });
    if let Some(m) = found {
        t.outcome_written = Some(!rejection(&m));
        if t.range.is_some() || stated(&m) {
            t.cover(base + m.start()..base + m.end());
        }
    }
}

/// A decision with no count and no unanimity: "Après en avoir délibéré, le
/// Conseil Municipal décide ...", "Le conseil municipal vote les taux",
/// "Décide d'affecter le résultat", "DECLARE que le compte de gestion n'appelle
/// ni observation ni réserve", a summary's "- a adopté le règlement ...".
/// The council decided; how is not written. A refusal ("refuse", "décide de ne pas") is a rejection.
fn decided(lower: &str, base: usize, t: &mut Tally) {
    let re = lower_regex!(
        &[
            r"apr[èÈe]s en avoir d[éÉe]lib[éÉe]r[éÉe]|(?-u:\b)(?:le|l')\s*(?:conseil|assembl[éÉe]e|comit[éÉe])(?:\s+(?:municipal|communautaire|syndical|d[éÉe]partemental|r[éÉe]gional))?\s*,?\s+(?:[^.;:]{0,120}?\s)?(?:d[éÉe]cide|approuve|adopte|accepte|autorise|vote|valide|fixe|arr[êÊe]te|[éÉe]met un avis|d[éÉe]signe|donne son accord|refuse|rejette)(?-u:\b)|(?m:^)[ \t]*(?:-[ \t]*)?(?:d[éÉe]cide|d[éÉe]clare\s+que)(?-u:\b)|(?-u:\b)(?:(?:sont|est|ont\s+[éÉe]t[éÉe]|a\s+[éÉe]t[éÉe])\s+proclam[éÉe]e?s?|(?:par\s+cons[éÉe]quent|en\s+cons[éÉe]quence),?\s+(?:sont|est)|ont\s+[éÉe]t[éÉe]|a\s+[éÉe]t[éÉe])\s+[éÉe]lue?s?(?-u:\b)|(?-u:\b)(?:sont|est|ont\s+[éÉe]t[éÉe]|a\s+[éÉe]t[éÉe])\s+proclam[éÉe]e?s?\s+(?:membres?|d[éÉe]l[éÉe]gu[éÉe]e?s?|titulaires?|suppl[éÉe]ante?s?|conseill[èÈe]re?s?)(?-u:\b)",
            SUMMARY_BULLET
        ]
        .join("|")
    );
    // Not a decision: the secretary's designation, an item only noted or
    // put off, an announcement of the decisions that follow.
    let not_decided = lower_regex!(
        r"secr[éÉe]taire|pri(?:s|ses|ennent|end) acte|pas de vote|surseoir|report|ajourn|d[éÉe]cisions suivantes"
    );
    let found = re.find_iter(lower).find(|m| {
        // To the end of the line, or of the next one when the sentence
        // goes on, 200 bytes at most ("M." is no end).
        let line_end = |from: usize| lower[from..].find('\n').map_or(lower.len(), |p| from + p);
        let mut end = line_end(m.end());
        if end < lower.len() && !lower[..end].trim_end().ends_with(['.', ';', ':']) {
            end = line_end(end + 1);
        }
        let end = end.min(lower.floor_char_boundary(m.end() + 200));
        !not_decided.is_match(&lower[m.start()..end])
    });
    let Some(m) = found else {
        return;
    };
    // What follows says whether it is a refusal.
    let rest = &lower[m.end()..lower.floor_char_boundary((m.end() + 60).min(lower.len()))];
    let refused = m.as_str().ends_with("refuse")
        || m.as_str().ends_with("rejette")
        || lower_regex!(r"^\s*(?:de ne pas|de refuser|de rejeter|un avis d[éÉe]favorable)")
            .is_match(rest);
    t.outcome_written = Some(!refused);
    t.cover(base + m.start()..base + m.end());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Tally {
        tally(text, &text.to_ascii_lowercase(), 0..text.len())
    }

    fn counts(t: &Tally) -> (Option<u32>, Option<u32>, Option<u32>) {
        (t.for_, t.against, t.abstentions)
    }

    #[test]
    fn a_correction_of_the_record_is_no_tally_of_the_item() {
        let t = read(
            "M. VALDO : une observation sur la question N° 7 (Achat d’un tableau – modification) : il a été noté ADOPTE par 14 voix «POUR» et 3    «ABSTENTIONS»   alors    qu’il   fallait   noter :    ADOPTE par 17 voix «POUR».\n\nAucune autre remarque n’étant formulée, le compte-rendu est adopté, A L’UNANIMITE.",
        );
        assert_eq!(counts(&t), (None, None, None));
        assert!(t.unanimous_written);
        // Without a decision after it, the counts read stay read.
        let t = read("Il a été noté ADOPTE par 14 voix POUR alors qu'il fallait noter 15.");
        assert_eq!(counts(&t), (Some(14), None, None));
    }

    #[test]
    fn counts_written_before_their_labels() {
        // Each count before its label: not the next label's count.
        let t = read("Le Conseil, par 7 voix POUR 0 voix CONTRE 1 ABSTENTION, approuve.");
        assert_eq!(counts(&t), (Some(7), Some(0), Some(1)));
        let t = read("VOTE A MAIN LEVEE 0 ABSTENTION 20 POUR 0 CONTRE\nLe conseil adopte.");
        assert_eq!(counts(&t), (Some(20), Some(0), Some(0)));
        // A label's count, with "voix" after it: read as written.
        let t = read("Pour 13 voix Contre 0 voix Abstention 2 voix");
        assert_eq!(counts(&t), (Some(13), Some(0), Some(2)));
        let t = read("Votants : 15 Pour : 15 Contre : 0");
        assert_eq!(counts(&t), (Some(15), Some(0), None));
    }

    #[test]
    fn labels_saying_what_they_count() {
        let t = read(
            "ADOPTE le procès-verbal.\n\nPour l'adoption : 11\n\nContre l'adoption : 0\n\nAbstention : 0",
        );
        assert_eq!(counts(&t), (Some(11), Some(0), Some(0)));
        // Prose, not a label.
        let t = read("Le nombre d'adjoints est de 30 %, soit pour la commune : 11.");
        assert_eq!(t.for_, None);
    }

    #[test]
    fn decided_without_a_count() {
        let t = read("Après en avoir délibéré, le Conseil Municipal décide de vendre le tracteur.");
        assert_eq!(t.outcome_written, Some(true));
        assert!(!t.is_empty());
        let t = read("Le conseil municipal vote les taux d'imposition pour 2016 :");
        assert_eq!(t.outcome_written, Some(true));
        let t = read("Le conseil refuse la demande de subvention du club.");
        assert_eq!(t.outcome_written, Some(false));
        let t = read("Après discussion le conseil décide de surseoir à sa décision.");
        assert!(t.is_empty());
        let t = read("Le conseil désigne M. Aubrac comme secrétaire de séance.");
        assert!(t.is_empty());
        let t = read("Le Conseil municipal en prend acte (pas de vote).");
        assert!(t.is_empty());
        // An election's result, not its rule.
        let t = read("Par conséquent sont élus délégués : M. Paul TRAX, Mme Ida PONS.");
        assert_eq!(t.outcome_written, Some(true));
        let t = read("M. TRAX et Mme PONS ont été proclamés élus au 1er tour.");
        assert_eq!(t.outcome_written, Some(true));
        let t = read("Sont proclamés membres du conseil d'administration du CCAS :\nMme Ida PONS");
        assert_eq!(t.outcome_written, Some(true));
        let t = read("Les délégués et leurs suppléants sont élus sur la même liste, sans débat.");
        assert!(t.is_empty());
        // A summary's bullets.
        let t = read(
            "Le Conseil Municipal, réuni sous la présidence du maire :\n\n- a adopté le règlement du lotissement,\n",
        );
        assert_eq!(t.outcome_written, Some(true));
        assert!(!t.is_empty());
    }

    #[test]
    fn counts_before_their_capitalised_labels() {
        // The figure after "POUR" is the abstentions', not the votes for.
        let t = read("Le Conseil Municipal, à :\n\n11 Voix POUR 0 ABSTENTION(S) 0 Voix CONTRE");
        assert_eq!(counts(&t), (Some(11), Some(0), Some(0)));
        // A label's count with "voix" after it stays the label's.
        let t = read("Pour 13 voix Contre 0 voix Abstentions 0 voix");
        assert_eq!(counts(&t), (Some(13), Some(0), Some(0)));
    }

    #[test]
    fn votes_of_the_elected() {
        let t = read("DESIGNE à la majorité absolue (18 voix) M. Jean TRAX délégué titulaire.");
        assert_eq!(counts(&t), (Some(18), None, None));
        let t = read(
            "Election du maire\nM. Jean Trax : 14 voix\nM. Paul Mas : 1 voix.\nM. Trax est élu maire.",
        );
        assert_eq!(counts(&t), (Some(14), None, None));
        let t = read("- A OBTENU : Monsieur Jean-Pierre TRAX dix-sept voix 17");
        assert_eq!(counts(&t), (Some(17), None, None));
        let t = read("Compte rendu de la dernière réunion approuvé par 13\nProjets :");
        assert_eq!(counts(&t), (Some(13), None, None));
        let t = read("Monsieur Jean TRAX est élu, par 11 voix sur 11, Maire de la commune.");
        assert_eq!(counts(&t), (Some(11), None, None));
        // Without an election, lines of counts are no votes obtained.
        let t = read("Budget\nChapitre 011 : 12 voix de la commission");
        assert_eq!(counts(&t), (None, None, None));
    }

    #[test]
    fn labelled_tallies() {
        let t = read(
            "Rapport adopté à l'unanimité :\nPour : 22 Contre : 0\n\nAbstention: 0\n\nConseillers intéressés : 2\n",
        );
        assert_eq!(counts(&t), (Some(22), Some(0), Some(0)));
        assert_eq!(t.not_voting, Some(2));
        assert!(t.unanimous_written);
        assert_eq!(t.outcome_written, Some(true));
        let t = read(
            "Votants : 24 - Pour : 20 - Contre : 4 - Abstention : 0\nOnt voté contre : M. Jean-Yves LE LABEYRE, M. Alain TORANICAT (pouvoir), Mme Katell CORANONDE-LE PERANISSE.",
        );
        assert_eq!((t.voters, t.for_, t.against), (Some(24), Some(20), Some(4)));
        assert_eq!(t.against_names.len(), 3);
        // A syndicat's block after its counts of members.
        let t = read(
            "Nombre de présents : 28 Nombre de votants : 30 Abstention : 0 Opposition : 0 Approbation : 30",
        );
        assert_eq!(
            (t.voters, counts(&t)),
            (Some(30), (Some(30), Some(0), Some(0)))
        );
        // The proxies cast added to the members present.
        let t =
            read("VOTANTS : 14 ABSTENTION : 0 CONTRE : 0 POUR : 10 + 4 pouvoirs Il est procédé");
        assert_eq!(
            (t.voters, counts(&t)),
            (Some(14), (Some(14), Some(0), Some(0)))
        );
        // A count in brackets after unanimity.
        let t =
            read("Le Conseil autorise le Maire à signer la convention à l'unanimité (13 pour).");
        assert_eq!(counts(&t), (Some(13), None, None));
        let t = read("Classement de la voirie. Adopté à l'unanimité : 13 pour\n");
        assert_eq!(counts(&t), (Some(13), None, None));
        let t = read("Il y a 13 pour cent des élèves.");
        assert_eq!(counts(&t), (None, None, None));
        // An equals sign for a colon.
        let t = read("Election du maire : Pour = 19 Ne participent pas au vote = 2 (M. A, M. B)");
        assert_eq!((t.for_, t.not_voting), (Some(19), Some(2)));
        // A year or an amount after "Pour", without a colon.
        let t = read("Pour 2015, il est proposé d'augmenter la durée.");
        assert_eq!(counts(&t), (None, None, None));
        let t = read("Pour 1€ donné, la région donne 1€.");
        assert_eq!(counts(&t), (None, None, None));
        // Without a colon, a title.
        let t = read("Approbation 2023 du budget annexe");
        assert_eq!(counts(&t), (None, None, None));
    }

    #[test]
    fn duplicated_blocks_count_once() {
        let t = read(
            "Pour : 27\nContre : 0\nAbstentions : 0\nNombre de conseillers en exercice : 27\nPour : 27\nContre : 0\n",
        );
        assert_eq!(counts(&t), (Some(27), Some(0), Some(0)));
    }

    #[test]
    fn abstentions_written_as_votes_of_abstention() {
        let t = read("le comité décide avec 11 voix Pour, 1 voix Contre et 2 voix d'Abstention de");
        assert_eq!(counts(&t), (Some(11), Some(1), Some(2)));
    }

    #[test]
    fn tallies_in_words_and_prose() {
        let t = read(
            "par vingt-deux voix pour, trois voix contre (MM. Falonnet BELISSE et Dalivier LABANICAT, Mme Christiane LABANIRAC) et deux abstentions (Mme Yvette PERANARDOT, M. Guy CASIVIER) :",
        );
        assert_eq!(counts(&t), (Some(22), Some(3), Some(2)));
        assert_eq!(t.against_names.len(), 3);
        assert_eq!(t.abstention_names.len(), 2);
        let t = read(
            "à la majorité (5 voix pour, 2 voix contre : Mme MERANADOU, M. DALANAUME, et 1 abstention : M. NAUASSOU), d'attribuer",
        );
        assert_eq!(counts(&t), (Some(5), Some(2), Some(1)));
        assert_eq!(t.against_names.len(), 2);
        assert_eq!(t.abstention_names.len(), 1);
    }

    #[test]
    fn unanimity_with_counts() {
        let t = read("ADOPTÉ À L'UNANIMITÉ (23 voix)");
        assert_eq!((t.for_, t.unanimous_written), (Some(23), true));
        let t = read("est approuvé à l'unanimité des 16 votants.");
        assert_eq!((t.voters, t.for_), (Some(16), None));
        let t = read("Adoptée à l'unanimité (treize voix).");
        assert_eq!(t.for_, Some(13));
        let t = read("ADOPTE le procès-verbal à l'unanimité\n(21 votants).");
        assert!(t.unanimous_written);
    }

    #[test]
    fn a_count_for_the_object_named() {
        let t = read("Résultat du vote :\nPour le changement de prestataire : 13 votes\n");
        assert_eq!(counts(&t), (Some(13), None, None));
    }

    #[test]
    fn a_vote_quoted_in_a_visa_is_not_this_one() {
        let t = read(
            "VU l'avis favorable par 15 voix Pour et 1 voix Contre du conseil d'école ;\nLe conseil décide de demander une dérogation.",
        );
        assert_eq!(counts(&t), (None, None, None));
    }

    #[test]
    fn unanimity_of_another_vote_is_not_this_one() {
        let text = format!(
            "Le procès-verbal est approuvé à l'unanimité.\n{}\nPar 13 voix pour, 2 voix contre et 2 abstentions, le conseil adopte.",
            "Exposé du rapporteur. ".repeat(20)
        );
        let t = read(&text);
        assert_eq!(counts(&t), (Some(13), Some(2), Some(2)));
        assert!(!t.unanimous_written);
    }

    #[test]
    fn markdown_table() {
        let t = read(
            "| Votants | Pour | Contre | Abstentions |\n|---|---|---|---|\n| 15 | 12 | 0 | 3 |\n",
        );
        assert_eq!(
            (t.voters, t.for_, t.against, t.abstentions),
            (Some(15), Some(12), Some(0), Some(3))
        );
    }

    #[test]
    fn a_written_consultation_answers_yes_or_no() {
        let t = read("Résultats : oui : 12 Non : 1 abstention : 0\nCommentaires : aucun");
        assert_eq!(counts(&t), (Some(12), Some(1), Some(0)));
        let t = read("Favorable : 11 / Défavorable : 2 / Abstention : 0");
        assert_eq!(counts(&t), (Some(11), Some(2), Some(0)));
        // Without their colon, yes and no are prose; an opinion is no count.
        let t = read("Le conseil répond non 2 fois, puis oui 3 fois. Avis favorable 2023.");
        assert_eq!(counts(&t), (None, None, None));
    }

    #[test]
    fn short_forms() {
        let t = read("Adopté : 15 voix pour, 2 contre, 1 abstention.");
        assert_eq!(counts(&t), (Some(15), Some(2), Some(1)));
        let t = read("Vote : 11 pour\n\nOBJET - Suite");
        assert_eq!((t.for_, t.against, t.abstentions), (Some(11), None, None));
        let t = read("Vote : 11 pour le projet");
        assert_eq!(t.for_, None);
        let t = read("Vote : 15 pour, 2 contre et 1 abstention.");
        assert_eq!(counts(&t), (Some(15), Some(2), Some(1)));
        let t = read("Résultat du vote : Pour 12, Contre 3, Abstentions 0");
        assert_eq!(counts(&t), (Some(12), Some(3), Some(0)));
        // Prose is not a tally.
        let t = read("un bail de 9 ans pour 2 logements, contre 3 en 2020");
        assert_eq!(counts(&t), (None, None, None));
    }

    #[test]
    fn rejected() {
        let t = read("Pour : 21 - Contre : 40 - Abstentions : 13\nLa motion est rejetée.");
        assert_eq!(t.outcome_written, Some(false));
    }
}
