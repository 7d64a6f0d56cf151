//! Lines a converter ran together: a page or a whole document flattened
//! onto one line ("... à l'unanimité. 2- Tarifs de la cantine Le maire
//! expose ..."), where every later stage looks for its headings and labels
//! at a line's start.
//!
//! A line far longer than any line of a page is broken again where a line
//! most surely began: after a sentence's end before a capital or a
//! heading's number, and before the numbers of a run of numbered headings
//! ("1- ... 2- ... 3- ...") or of a run of coded ones ("2009/34 – ...
//! 2009/35 – ...", "Délibération n°20200608-02 ... n°20200608-03").
//! Each break turns one space into a line feed, so every offset stays
//! where it was.

/// Longer than any line `pdftotext` gives of a page, even with `-layout`.
const LONG: usize = 400;

/// Longer than a paragraph `pdftotext` gives on one line: a page or more
/// run together, whose headings and list items are looked for too.
const FLAT: usize = 1000;

/// Words before a full stop that abbreviate rather than end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "dr", "me", "st", "ste", "cf", "art", "etc",
    "vol", "n", "no", "nos", "p", "pp", "av", "bd", "ch",
];

/// Where spaces of `text` become line feeds: offsets of spaces, in order.
pub(super) fn breaks(text: &str, feeds: &[usize]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut start = 0;
    for end in feeds.iter().copied().chain(std::iter::once(text.len())) {
        if end - start > LONG {
            let line = &text[start..end];
            let mut at: Vec<usize> = sentence_ends(line);
            at.extend(numbered_headings(line));
            if end - start > FLAT {
                at.extend(coded_headings(line));
                at.extend(list_items(line));
            }
            at.sort_unstable();
            at.dedup();
            found.extend(at.into_iter().map(|k| start + k));
        }
        start = end + 1;
    }
    found
}

/// The spaces after a sentence's end ("unanimité. Le", "adopté. 3)").
fn sentence_ends(line: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for m in crate::text::regex!(r"[.!?] ").find_iter(line) {
        let (k, space) = (m.start(), m.start() + 1);
        let stop = line.as_bytes()[k];
        if !opens_line(&line[space + 1..]) {
            continue;
        }
        if stop == b'.'
            && (!ends_sentence(&line[..k]) || names_go_on(&line[..k], &line[space + 1..]))
        {
            continue;
        }
        // The head's labels are read where they stand, inside a line.
        if attendance_label(&line[space + 1..]) {
            continue;
        }
        found.push(space);
    }
    found
}

/// Whether a word ending at the end of `before` and then a full stop ends
/// a sentence: a word of three letters or more that abbreviates nothing,
/// or a figure of three digits or more; not an initial ("J. DUPONT"), "M."
/// or a list's number.
fn ends_sentence(before: &str) -> bool {
    let word = before
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| matches!(c, '(' | ')' | '"' | '«' | '»' | '\''));
    // A year or an amount, not a list's number ("10. RUFF Annick 11.").
    if word.ends_with(|c: char| c.is_ascii_digit()) {
        return word.bytes().filter(u8::is_ascii_digit).count() >= 3;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3 && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Whether a full stop only separates two names of a list ("BLANC.
/// CHRISTOL.", "VERDIER. Mme BRAYDE", "DURAND. Paul MARTIN", "Agathe. M.
/// Paul"): a word in capitals before it and a word in capitals, a
/// civility or a given name after it; or a given name before it and a
/// civility after it.
fn names_go_on(before: &str, rest: &str) -> bool {
    let last = before.rsplit([' ', '.']).next().unwrap_or("");
    let next = rest
        .split([' ', '.', ','])
        .next()
        .unwrap_or("")
        .trim_end_matches(':');
    let given = crate::grammar::given_names::is_given_name;
    (capitals(last) && (capitals(next) || is_civility(next) || given(next)))
        || (given(last) && is_civility(next))
}

/// Whether `rest` opens with an attendance label ("Absents excusés :",
/// "Pouvoirs", "Suppléants :", "Étaient présents"), which the lists'
/// reading finds inside a line as well as at its start.
fn attendance_label(rest: &str) -> bool {
    let word = rest
        .split([' ', ':', ',', '('])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let word = crate::text::fold(&word);
    let stem = word.trim_end_matches('s').trim_end_matches('e');
    matches!(
        stem,
        "absent"
            | "excuse"
            | "pouvoir"
            | "procuration"
            | "present"
            | "suppleant"
            | "etai"
            | "etaient"
            | "secretaire"
            | "represente"
            | "assistaient"
            | "assistait"
    ) || word.starts_with("ont donn")
}

/// The space before a heading's word ("POINT", "Question", "Délibération",
/// "n°", or "Article" of an annexed convention, which opens its line as in
/// the page) written before its number at `space`, or `space` itself.
fn heading_word_before(line: &str, space: usize) -> usize {
    let before = &line[..space];
    let start = before.rfind(' ').map_or(0, |p| p + 1);
    let word = crate::text::fold(&before[start..].to_lowercase());
    let heading = matches!(
        word.trim_end_matches(['°', ':']),
        "point"
            | "question"
            | "deliberation"
            | "rapport"
            | "dossier"
            | "affaire"
            | "article"
            | "n"
            | "no"
    );
    if heading && start > 0 {
        start - 1
    } else {
        space
    }
}

/// Whether two words name a member, family name in capitals and given
/// name in either order ("KIENTZLER Gaël", "Gaël KIENTZLER"): a numbered
/// list of members, not of headings.
fn member_named(first: &str, second: &str) -> bool {
    let given = crate::grammar::given_names::is_given_name;
    (capitals(first) && given(second) && !capitals(second))
        || (given(first) && !capitals(first) && capitals(second))
}

/// Whether a word is written in capitals.
fn capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// A civility ("M.", "Mme", "Monsieur", "MM.", "Mesdames"...), as the
/// lists read them.
fn is_civility(word: &str) -> bool {
    crate::grammar::people::civility(word).is_some()
}

/// Whether `rest` starts as a line does: a capital, an opening quote or
/// bullet, a heading's number ("3)", "12-", "2023-045").
fn opens_line(rest: &str) -> bool {
    let Some(first) = rest.chars().next() else {
        return false;
    };
    first.is_uppercase()
        || matches!(first, '«' | '"' | '*' | '•' | '-')
        || heading_number(rest).is_some()
        || year_number(rest)
}

/// "3)", "12 -", "4.", "1°" and a word after: the number and the length
/// of the number with its mark.
fn heading_number(rest: &str) -> Option<(u32, usize)> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let n: u32 = rest[..digits].parse().ok()?;
    let after = &rest[digits..];
    let spaced = usize::from(after.starts_with(' '));
    let mark = after[spaced..].chars().next()?;
    if !matches!(mark, '.' | ')' | '-' | '°' | '/') {
        return None;
    }
    let len = digits + spaced + mark.len_utf8();
    // A word follows: "2- Tarifs", not "1.5" or "3-4".
    let next = rest[len..].trim_start_matches(' ');
    (next.len() < rest[len..].len() || mark == ')')
        .then_some(())
        .and_then(|()| next.chars().next())
        .filter(|c| c.is_alphabetic())
        .map(|_| (n, len))
}

/// "2023-045", "2016/12": a deliberation numbered by its year.
fn year_number(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() > 5
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/' | b'_')
        && b[5].is_ascii_digit()
}

/// The spaces before the numbers of runs of numbered headings: "1- Title
/// ... 2- Title ... 3- Title", each number the one after the last, a run
/// starting again at 1 (the agenda's run, then the items'). A run of one is
/// no run.
fn numbered_headings(line: &str) -> Vec<usize> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut next = 0;
    for m in crate::text::regex!(r" [0-9]{1,2} ?[-.)°/]").find_iter(line) {
        let k = m.start() + 1;
        let Some((n, len)) = heading_number(&line[k..]) else {
            continue;
        };
        // The title opens with a capital.
        // The title opens with a capital, and not with a civility: "1 - M
        // Jean DURAND, Maire 2 - Mme ..." numbers a list of members.
        let title = line[k + len..].trim_start_matches(' ');
        let mut words = title.split([' ', '.', ',']);
        let first_word = words.next().unwrap_or("");
        if !title.starts_with(|c: char| c.is_uppercase())
            || is_civility(first_word)
            || member_named(first_word, words.next().unwrap_or(""))
        {
            continue;
        }
        // "POINT 2 -", "Question 3." : the break before the word.
        let at = heading_word_before(line, k - 1);
        if n == 1 {
            runs.push(vec![at]);
            next = 2;
        } else if n == next
            && let Some(run) = runs.last_mut()
        {
            run.push(at);
            next += 1;
        }
    }
    runs.into_iter().filter(|r| r.len() > 1).flatten().collect()
}

/// The spaces before the headings of a run of coded deliberations: "2009/34
/// – Title ... 2009/35 – Title", "DEL2025-03 : Title", "2020-07-06-04
/// TITLE", "Délibération n°20191118-02 Title", each code the one before
/// with its last number one or two further (an item withdrawn). The break
/// goes before the heading's word or bullet when there is one. A code met
/// once, as prose cites an earlier deliberation, is no run.
fn coded_headings(line: &str) -> Vec<usize> {
    // A code: a figure, a separator, a figure ("2009/34", "2020-07-06-04").
    let coded = line.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'-' | b'/' | b'.' | b'_') && w[2].is_ascii_digit()
    });
    if !coded {
        return Vec::new();
    }
    let re = crate::text::regex!(
        r"(?: |^)((?:[\x00-\x08\x0e-\x1f\u{f000}-\u{f8ff}▪•■➢►] )?(?:(?:Délibération|DÉLIBÉRATION|DELIBERATION|Deliberation) n ?° ?)?)((?:[A-Z]{1,4}[ -]?)?[0-9]{2,8}(?:[-/._][0-9]{1,4})*[-/._])([0-9]{1,4}) ?(?:[-–—:] ?)?(?:[\u{f000}-\u{f8ff}▪•] )?\p{Lu}"
    );
    // (prefix, last number, break) of each candidate, in order.
    let mut found: Vec<(&str, u32, usize)> = Vec::new();
    // Each search resumes after the last code's number: what a match read
    // after it ("29/04/2014 \u{f0d8} DE-2014/31 –": a date, then a
    // heading's bullet and code) may open the next.
    let mut pos = 0;
    while let Some(c) = re.captures_at(line, pos) {
        pos = c.get(3).expect("number").end();
        let (lead, prefix, number) = (c.get(1).expect("lead"), c.get(2).expect("code"), &c[3]);
        let Ok(n) = number.parse::<u32>() else {
            continue;
        };
        // The space before the heading's word, bullet or code.
        let Some(at) = lead.start().checked_sub(1) else {
            continue;
        };
        found.push((prefix.as_str(), n, at));
    }
    // The open run of each prefix: a citation of another code between two
    // headings breaks no run.
    let mut runs: Vec<Vec<(&str, u32, usize)>> = Vec::new();
    let mut breaks = Vec::new();
    for c in found {
        match runs.iter_mut().find(|r| r[0].0 == c.0) {
            Some(run) => {
                let last = run[run.len() - 1].1;
                if !(last + 1..=last + 2).contains(&c.1) {
                    if run.len() > 1 {
                        breaks.extend(run.iter().map(|c| c.2));
                    }
                    run.clear();
                }
                run.push(c);
            }
            None => runs.push(vec![c]),
        }
    }
    for run in runs.into_iter().filter(|r| r.len() > 1) {
        breaks.extend(run.iter().map(|c| c.2));
    }
    breaks
}

/// The verbs a decision's articles open with, folded ("- APPROUVE le
/// contrat", "- autorise le maire", "DECIDE :").
const DECISION_VERBS: &[&str] = &[
    "decide",
    "approuve",
    "autorise",
    "accepte",
    "adopte",
    "fixe",
    "designe",
    "emet",
    "charge",
    "valide",
    "sollicite",
    "precise",
    "dit",
    "prend",
    "donne",
    "elit",
    "attribue",
    "refuse",
];

/// The spaces before the items of a list, each a line of the page: a
/// symbol bullet and its text ("\u{f0a7} Désignation", "✓ Adopte la
/// décision"); a dash and a decision's verb ("- DESIGNE", "– approuve");
/// a decision's verb in capitals or capitalised after a word in small
/// letters ("délibéré, DECIDE :", "besoin de financement de Décide
/// d'affecter": a line of the page opened with it).
fn list_items(line: &str) -> Vec<usize> {
    // (Word by word over every long line: the cheap tests first.)
    let lower = |w: &str| {
        w.bytes().any(|b| b.is_ascii_lowercase())
            || (!w.is_ascii() && w.chars().any(char::is_lowercase))
    };
    let mut found = Vec::new();
    let mut prev_lower = false;
    let mut words = line.split(' ').peekable();
    let mut at = 0;
    while let Some(word) = words.next() {
        let start = at;
        at += word.len() + 1;
        let Some(space) = start.checked_sub(1) else {
            prev_lower = lower(word);
            continue;
        };
        let mut chars = word.chars();
        let bullet = (word.len() <= 4)
            .then(|| chars.next().filter(|_| chars.next().is_none()))
            .flatten();
        let item = match bullet {
            Some(c) if crate::text::is_symbol_bullet(c) => {
                words.peek().is_some_and(|next| !next.is_empty())
            }
            Some('-' | '–') => {
                decision_verb(words.peek().copied().unwrap_or(""))
                    || decided(&line[at.min(line.len())..])
            }
            _ => {
                (prev_lower
                    && word.len() >= 5
                    && word.starts_with(char::is_uppercase)
                    && decision_verb(word))
                    || vote_label(&line[start..])
            }
        };
        if item {
            found.push(space);
        }
        prev_lower = lower(word);
    }
    found
}

/// Whether `rest` opens with a vote's label, capitalised, and its result:
/// "Vote : 14 pour", "VOTE : Pour à l'unanimité", "Résultat du vote :";
/// not a label of the attendance ("PRESENTS AVEC VOTE : M. X").
fn vote_label(rest: &str) -> bool {
    if !rest.starts_with(['V', 'R', 'É']) {
        return false;
    }
    let fold_starts = crate::text::fold_starts_with;
    if fold_starts(rest, "resultat du vote") || fold_starts(rest, "resultats du vote") {
        return true;
    }
    let Some(result) = ["vote :", "vote:", "votes :"]
        .iter()
        .find(|label| fold_starts(rest, label))
        .map(|label| rest[label.len()..].trim_start())
    else {
        return false;
    };
    let head = crate::text::fold(&result[..result.floor_char_boundary(20)]);
    result.starts_with(|c: char| c.is_ascii_digit())
        || head.contains("unanim")
        || ["pour", "contre", "adopt", "favorable", "abstention"]
            .iter()
            .any(|word| head.starts_with(word))
}

/// Whether `rest` opens with a decision told in the past ("a accepté la
/// nomination", "a approuvé le devis"), as the articles of a posted
/// summary are: the verbs [`crate::vocabulary::SUMMARY_BULLET`] reads at a
/// line's start.
fn decided(rest: &str) -> bool {
    crate::text::regex!(concat!(
        r"\Aa (?i:",
        crate::vocabulary::summary_verbs!(),
        r")[éÉe]"
    ))
    .is_match(rest)
}

/// Whether a word is a decision's verb ([`DECISION_VERBS`]), in any case,
/// a colon or comma after it.
fn decision_verb(word: &str) -> bool {
    let word = word.trim_end_matches([':', ',']);
    !word.is_empty()
        && word.len() <= 12
        && crate::text::with_fold(word, |w| DECISION_VERBS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relined(text: &str) -> String {
        let feeds: Vec<usize> = crate::text::line_feeds(text).collect();
        let mut bytes = text.as_bytes().to_vec();
        for at in breaks(text, &feeds) {
            bytes[at] = b'\n';
        }
        String::from_utf8(bytes).unwrap()
    }

    fn long(text: &str) -> String {
        format!("{text} {}", "et la suite du texte ".repeat(50))
    }

    #[test]
    fn breaks_after_sentences_and_before_numbered_headings() {
        let text = long(
            "Présents : M. Jean DUPONT, J. MARTIN. Secrétaire : Mme LEROY. \
             1- Tarifs Le maire expose. Adopté à l'unanimité 2- Travaux Vote : 12 pour.",
        );
        let got = relined(&text);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines[0], "Présents : M. Jean DUPONT, J. MARTIN.");
        assert_eq!(lines[1], "Secrétaire : Mme LEROY.");
        assert_eq!(lines[2], "1- Tarifs Le maire expose.");
        assert_eq!(lines[3], "Adopté à l'unanimité");
        assert_eq!(lines[4], "2- Travaux");
        assert!(lines[5].starts_with("Vote : 12 pour."));
    }

    #[test]
    fn breaks_before_runs_of_coded_headings() {
        let text = long(
            "Le Conseil donne son accord. \u{2} 2009/34 – Délégations : information \
             Conformément à la délibération n°2008/45 le maire rend compte. \
             \u{2} 2009/35 – Vote du compte de gestion 2008 Le maire expose \
             Délibération n°20191118-02 Création d'un emploi adopté 3 \
             Délibération n°20191118-03 Budget communal",
        );
        let got = relined(&text);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines[0], "Le Conseil donne son accord.");
        assert!(lines[1].starts_with("\u{2} 2009/34 – Délégations : information Conformément"));
        assert!(lines[2].starts_with("\u{2} 2009/35 – Vote"));
        assert_eq!(
            lines[3],
            "Délibération n°20191118-02 Création d'un emploi adopté 3"
        );
        assert!(lines[4].starts_with("Délibération n°20191118-03 Budget"));
        // A date just before a heading hides none.
        let text = long(
            "Reçu le 29/04/2014 \u{f0d8} DE-2014/31 – Tarifs Reçu le 29/04/2014 \u{f0d8} DE-2014/32 – Travaux",
        );
        assert_eq!(relined(&text).lines().count(), 3);
    }

    #[test]
    fn breaks_before_list_items() {
        let text = long(
            "Après en avoir délibéré, - DESIGNE M. Paul BLANC titulaire - approuve la liste \
             \u{f0a7} Mme Anne ROUX \u{f0a7} M. Léo VIAL ✓ Adopte le rapport le conseil, \
             DECIDE : de fixer le tarif - Tarifs Vote : 14 pour le vote : 3 soit Décide de \
             verser et décide de payer PRESENTS AVEC VOTE : M. Paul BLANC - a accepté le devis \
             - a dit que",
        );
        let got = relined(&text);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines[0], "Après en avoir délibéré,");
        assert_eq!(lines[1], "- DESIGNE M. Paul BLANC titulaire");
        assert_eq!(lines[2], "- approuve la liste");
        assert_eq!(lines[3], "\u{f0a7} Mme Anne ROUX");
        assert_eq!(lines[4], "\u{f0a7} M. Léo VIAL");
        assert_eq!(lines[5], "✓ Adopte le rapport le conseil,");
        assert_eq!(lines[6], "DECIDE : de fixer le tarif - Tarifs");
        assert_eq!(lines[7], "Vote : 14 pour le vote : 3 soit");
        assert_eq!(
            lines[8],
            "Décide de verser et décide de payer PRESENTS AVEC VOTE : M. Paul BLANC"
        );
        assert!(lines[9].starts_with("- a accepté le devis - a dit que et"));
    }

    #[test]
    fn a_cited_code_is_no_heading() {
        let text = long("Vu la délibération n°2008/45 Le maire expose et 2009/12 Tarifs");
        assert_eq!(relined(&text), text);
        // A citation between two headings of a run breaks no run.
        let text = long("Adopté. 2009/34 – Tarifs vu la 2008/45 – Loi et 2009/35 – Travaux");
        let got = relined(&text);
        assert_eq!(got.lines().count(), 3);
    }

    #[test]
    fn short_lines_and_lone_numbers_stay() {
        let short = "Adopté. Le maire expose. 2- Travaux";
        assert_eq!(relined(short), short);
        // One number is no run of headings; a figure is no heading.
        let text = long("Le coût est de 3 - Voir la note et 1.5 M pour 2 Tables");
        assert_eq!(relined(&text), text);
    }
}
