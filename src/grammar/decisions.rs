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

use crate::text::lower_regex;
use crate::vocabulary::{ITEM_KEYWORDS, ORDINAL_SEPARATORS, SUMMARY_BULLET};

/// Groups of decision marks in `text[range]`, in order: each the range
/// from its first mark's start to its last mark's end. `lower` is `text`
/// with ASCII letters in lower case (same offsets).
#[cfg(test)]
pub(crate) fn groups(text: &str, lower: &str, range: Range<usize>) -> Vec<Range<usize>> {
    group(text, lower, &marks(text, lower, range))
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
        let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.len() >= 12
            && letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 8
            && line.split_whitespace().count() >= 2;
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

/// Every decision mark in `text[range]`, in order.
pub(crate) fn marks(text: &str, lower: &str, range: Range<usize>) -> Vec<Range<usize>> {
    // One pattern, one pass of the regex engine over the text: unanimity,
    // counted votes ("11 voix pour", "Pour : 12", "12 pour, 3 contre"), a
    // vote line ("Vote :"), a stated outcome ("ADOPTÉ", "est approuvé"),
    // "après en avoir délibéré", a candidate's votes (": 13 voix"), "est
    // élu", the votes of one elected ("majorité absolue (18 voix)"), a
    // summary's bullets ("- a adopté le règlement", "- a désigné M. X").
    let re = lower_regex!(&[concat!(
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
    ), SUMMARY_BULLET]
        .join("|"));
    let base = range.start;
    re.find_iter(&lower[range])
        .map(|m| base + m.start()..base + m.end())
        .filter(|at| !is_reported(text, lower, at.clone()))
        .collect()
}

/// Whether the mark at `at` reports something other than a decision of
/// this sitting: a reminder of an earlier vote, a rule, a condition, the
/// secretary's designation.
pub(crate) fn is_reported(text: &str, lower: &str, at: Range<usize>) -> bool {
    let (start, end) = sentence_around(text, at.clone());
    let sentence = &lower[start..end];
    // What stands right before and after the mark in its sentence.
    let before = &lower[text
        .floor_char_boundary(at.start.saturating_sub(80))
        .max(start)..at.start];
    let after = &lower[at.end..text.ceil_char_boundary((at.end + 60).min(end)).max(at.end)];
    let earlier = lower_regex!(
        r"lors d(?:u|e la|e l')\s+(?:pr[éÉe]c[éÉe]dente?\s+|derni[èÈe]re?\s+)?(?:conseil|s[éÉe]ance|r[éÉe]union|comit[éÉe]|bureau|assembl[éÉe]e)|par d[éÉe]lib[éÉe]ration|au lieu de"
    );
    let dated = lower_regex!(
        r"^\W{0,3}(?:le|du|en date du)\s+\d{1,2}(?:er)?\s+(?:janvier|f[éÉe]vrier|mars|avril|mai|juin|juillet|ao[ûÛu]t|septembre|octobre|novembre|d[éÉe]cembre)"
    );
    let modal = lower_regex!(
        r"(?-u:\b)(?:peut|peuvent|pourra|pourront|pourrait|doit|doivent|devra|si|sauf|quasi|quasiment|non|pas)\s+(?:\S+\s+){0,3}\S*$"
    );
    let secretary = lower_regex!(r"secr[éÉe]taire");
    modal.is_match(before)
        || earlier.is_match(after)
        || earlier.is_match(before)
        || dated.is_match(after)
        || secretary.is_match(sentence) && !sentence.contains("approuv")
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
        let text = "Le conseil municipal, après en avoir délibéré,\n- DESIGNE à la majorité absolue (14 voix) M. Paul ROUX délégué titulaire\n- DESIGNE à la majorité absolue (14 voix) Mme Ida PONS déléguée suppléante\n";
        assert_eq!(count(text), 2);
        let text = "o A l'unanimité, comme membres de la commission « Voirie »\nM. Paul ROUX\no A l'unanimité, comme membres de la commission « Fêtes »\nMme Ida PONS\n";
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
