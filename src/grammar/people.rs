//! People and lists of people: "Mme Marie-Jeanne DALENOT", "MERANUTEL Yannick",
//! "MM. CORONDE, CORUTEL", "J.-L. Nauanenot", "Mme Élise de GARARDOT-FROOCHE",
//! "M. Marcel CASAUME (à partir de la question n°13)".
//!
//! A name is read token by token. Family names are the run of capitalised
//! words ("PLAONNET-CASEMONT", "DE LA VALANOCHE", "DALEVRIN de la CORANURAC"); given
//! names are the mixed-case words or initials before or after it. Lists that
//! write no family name in capitals ("Jean-Paul Belanombar") are read in mixed
//! mode: the first word is the given name, the rest the family name.

use std::ops::Range;

use crate::text::fold;

/// A civility as normalised in the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Civility {
    Monsieur,
    Madame,
    Mademoiselle,
}

impl Civility {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Civility::Monsieur => "M.",
            Civility::Madame => "Mme",
            Civility::Mademoiselle => "Mlle",
        }
    }
}

/// A role used in place of a name ("M. le Maire", "le Président").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Mayor,
    President,
}

/// A name read from the text (offsets into the normalised text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub(crate) civility: Option<Civility>,
    pub(crate) given: Option<Range<usize>>,
    pub(crate) family: Range<usize>,
    /// The whole mention, civility included.
    pub(crate) whole: Range<usize>,
}

/// Either a person's name or a role standing for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mention {
    Name(Name),
    Role(Role, Range<usize>),
}

impl Mention {
    #[allow(dead_code)]
    pub(crate) fn whole(&self) -> Range<usize> {
        match self {
            Mention::Name(n) => n.whole.clone(),
            Mention::Role(_, r) => r.clone(),
        }
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// Digits, possibly with an ordinal suffix ("2ème", "1er").
    Number,
    Punct(char),
    Newline,
    /// A blank line (in lists whose items are not one per line).
    Blank,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
}

/// Tokens of `text[range]`, offsets into `text`.
pub(crate) fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let s = &text[range.clone()];
    let base = range.start;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' {
            tokens.push(Token {
                start: base + i,
                end: base + i + 1,
                kind: Kind::Newline,
            });
        } else if c.is_whitespace() {
            continue;
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            let mut letters = 1;
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphabetic() {
                    letters += 1;
                } else if matches!(d, '\'' | '-' | '.') {
                    // Joiners stay inside a word only before a letter (or,
                    // for initials, "J.-L.").
                    let next = s[j + 1..].chars().next();
                    let keep = match d {
                        '.' => {
                            letters <= 3
                                && (next.is_none_or(|n| !n.is_alphabetic() || n == '-')
                                    || s[i..j].contains('.'))
                                && !s[i..j].contains('\'')
                        }
                        _ => next.is_some_and(|n| n.is_alphabetic() || (d == '-' && n == '\'')),
                    };
                    if !keep {
                        break;
                    }
                } else {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
            tokens.push(Token {
                start: base + i,
                end: base + end,
                kind: Kind::Word,
            });
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = iter.peek() {
                if d.is_ascii_digit() || d.is_alphabetic() {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: base + i,
                end: base + end,
                kind: Kind::Number,
            });
        } else {
            tokens.push(Token {
                start: base + i,
                end: base + i + c.len_utf8(),
                kind: Kind::Punct(c),
            });
        }
    }
    tokens
}

// ---------------------------------------------------------------------------
// Word classes

fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|c| c.is_alphabetic())
}

/// A civility word, and whether it is a plural group ("MM.", "Mmes").
pub(crate) fn civility(word: &str) -> Option<(Option<Civility>, bool)> {
    let w = word.trim_end_matches('.');
    Some(match w {
        "M" | "Mr" | "MR" | "Monsieur" | "MONSIEUR" | "monsieur" => {
            (Some(Civility::Monsieur), false)
        }
        "Mme" | "MME" | "Madame" | "MADAME" | "madame" => (Some(Civility::Madame), false),
        "Mlle" | "Melle" | "MLLE" | "Mademoiselle" => (Some(Civility::Mademoiselle), false),
        "MM" | "Mrs" | "MRS" | "Messieurs" | "MESSIEURS" | "Ms" => (Some(Civility::Monsieur), true),
        "Mmes" | "MMES" | "Mesdames" | "MESDAMES" => (Some(Civility::Madame), true),
        _ => return None,
    })
}

const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den", "di", "da", "del",
    "della", "dos", "das", "ben", "el", "al", "mac", "mc", "ter", "ten", "y",
];

fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|p| crate::text::folds_to(word, p)) || crate::text::folds_to(word, "d'")
}

/// Words that name a function, not a person: "Maire", "1ère adjointe",
/// "Vice-Présidents", "conseillers municipaux".
pub(crate) fn is_function_word(word: &str) -> bool {
    // Most words are rejected on their first letter, without folding.
    let first = word.chars().next().and_then(crate::text::fold_char);
    if !first.is_some_and(|c| "mdseapvctr".contains(c)) {
        return false;
    }
    let f = fold(word);
    let f = f.trim_end_matches('.');
    matches!(
        f,
        "maire"
            | "maires"
            | "doyen"
            | "doyenne"
            | "secretaire"
            | "membre"
            | "membres"
            | "elu"
            | "elue"
            | "elus"
            | "elues"
    ) || [
        "adjoint",
        "president",
        "vice-president",
        "conseill",
        "delegue",
        "tresori",
        "rapporteu",
        "suppleant",
        "titulaire",
        "presidente",
        "vice-presidente",
    ]
    .iter()
    .any(|p| f.starts_with(p))
}

/// Family-name-like: letters mostly capitals ("PLAONNET-CASEMONT", "Falonnet").
pub(crate) fn is_caps(word: &str) -> bool {
    let word = without_elision(word);
    let (mut upper, mut total) = (0, 0);
    for c in letters(word) {
        total += 1;
        if c.is_uppercase() {
            upper += 1;
        }
    }
    if total < 2 || word.ends_with('.') && total <= 3 {
        return false;
    }
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    upper == total || (first_upper && total >= 4 && upper * 4 >= total * 3)
}

/// A name's letters after an elided particle: "d'ORMESSAN" → "ORMESSAN".
fn without_elision(word: &str) -> &str {
    for p in ["d'", "D'", "l'", "L'"] {
        if let Some(rest) = word.strip_prefix(p)
            && rest.starts_with(char::is_alphabetic)
        {
            return rest;
        }
    }
    word
}

/// Mixed case with a capital first: "Marie-Jeanne", "Belanombar".
fn is_capitalised(word: &str) -> bool {
    let mut chars = letters(without_elision(word));
    matches!(chars.next(), Some(c) if c.is_uppercase()) && chars.any(char::is_lowercase)
}

/// Initials: "G.", "J.-L.", "M.-T.".
fn is_initial(word: &str) -> bool {
    word.ends_with('.')
        && word.split(['.', '-']).all(|p| {
            p.is_empty()
                || (p.chars().count() <= 2 && p.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Lower-case words that end a name: conjunctions, prepositions, verbs.
fn is_stop_word(word: &str) -> bool {
    let f = fold(word);
    matches!(
        f.as_str(),
        "et" | "ou"
            | "par"
            | "pour"
            | "a"
            | "au"
            | "aux"
            | "avec"
            | "en"
            | "sur"
            | "sous"
            | "donne"
            | "donnent"
            | "avait"
            | "ayant"
            | "represente"
            | "representee"
            | "pouvoir"
            | "procuration"
            | "est"
            | "sont"
            | "qui"
            | "que"
            | "il"
            | "elle"
            | "ne"
            | "n'a"
    )
}

// ---------------------------------------------------------------------------
// One name

/// How a list writes its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    /// "Prénom NOM" (true) or "NOM Prénom" (false).
    pub(crate) given_first: bool,
    /// No family name in capitals anywhere: "Jean-Paul Belanombar".
    pub(crate) mixed: bool,
    /// " - " separates list items (so it never joins a family name).
    pub(crate) dash_separated: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            given_first: true,
            mixed: false,
            dash_separated: false,
        }
    }
}

impl Style {
    /// Guess the style of the names in `tokens`.
    pub(crate) fn guess(text: &str, tokens: &[Token]) -> Style {
        let word = |t: &Token| &text[t.start..t.end];
        let (mut given_first, mut family_first, mut caps) = (0, 0, 0);
        let mut dashes = 0;
        let mut commas = 0;
        for w in tokens.windows(2) {
            if w[0].kind == Kind::Word && w[1].kind == Kind::Word {
                let (a, b) = (word(&w[0]), word(&w[1]));
                if civility(a).is_some() || civility(b).is_some() {
                    continue;
                }
                if (is_capitalised(a) || is_initial(a)) && is_caps(b) && !is_function_word(a) {
                    given_first += 1;
                }
                if is_caps(a) && is_capitalised(b) && !is_function_word(b) {
                    family_first += 1;
                }
            }
        }
        for t in tokens {
            match t.kind {
                Kind::Word => {
                    let w = word(t);
                    if is_caps(w) && civility(w).is_none() && w != "X" {
                        caps += 1;
                    }
                }
                Kind::Punct('-') => dashes += 1,
                Kind::Punct(',') | Kind::Punct(';') => commas += 1,
                _ => {}
            }
        }
        Style {
            given_first: given_first >= family_first,
            mixed: caps == 0,
            dash_separated: dashes >= 2 && dashes > commas,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Capitals: part of a family name.
    Caps,
    /// Mixed case or initials: part of a given name.
    Given,
    /// A particle ("de", "LE") that joins what follows.
    Particle,
}

/// The most words one name is read from.
const MAX_NAME_WORDS: usize = 32;

/// Reads one name starting at `tokens[i]`. Returns the mention and the
/// index of the first token after it.
pub(crate) fn name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: Style,
) -> Option<(Mention, usize)> {
    let word = |k: usize| -> Option<&str> {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut j = i;
    let mut civ = None;
    // Civility, possibly a group: "Mmes et MM.", "Mesdames et Messieurs".
    if let Some((c, group)) = word(j).and_then(civility) {
        civ = if group { None } else { c };
        j += 1;
        if word(j) == Some("et") && word(j + 1).and_then(civility).is_some() {
            civ = None;
            j += 2;
        }
        if tokens.get(j).is_some_and(|t| t.kind == Kind::Punct('.')) {
            j += 1;
        }
    }
    // "M. le Maire", "le Président", "Madame la Présidente".
    if let Some(w) = word(j)
        && matches!(fold(w).as_str(), "le" | "la")
        && let Some(role_word) = word(j + 1)
    {
        let role = match fold(role_word).as_str() {
            "maire" => Some(Role::Mayor),
            "president" | "presidente" => Some(Role::President),
            _ => None,
        };
        if let Some(role) = role {
            let end = j + 2;
            return Some((
                Mention::Role(role, tokens[i].start..tokens[end - 1].end),
                end,
            ));
        }
    }
    // Lower-case noise between a civility and the name ("M. convocation
    // Rodolphe TREURAC", from a margin column woven into the list).
    if civ.is_some() || j > i {
        let mut k = j;
        while k < j + 2
            && word(k).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && !is_particle(w)
                    && !is_stop_word(w)
            })
        {
            k += 1;
        }
        if k > j && word(k).is_some_and(|w| is_capitalised(w) || is_caps(w)) {
            j = k;
        }
    }
    // Collect name tokens.
    let mut parts: Vec<(usize, Part)> = Vec::new();
    let mut k = j;
    // No name has more words than this; without the bound a list of
    // capitalised words ("DUPONT Jean DUPONT Jean ...") is read again from
    // each name to its end: quadratic.
    while parts.len() < MAX_NAME_WORDS
        && let Some(t) = tokens.get(k)
    {
        match t.kind {
            Kind::Word => {}
            // "DEL MERILLOU - GARAUME": a spaced hyphen inside a family name.
            Kind::Punct('-')
                if !style.dash_separated
                    && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
                    && word(k + 1).is_some_and(|w| is_caps(w) && civility(w).is_none()) =>
            {
                k += 1;
                continue;
            }
            _ => break,
        }
        let w = &text[t.start..t.end];
        if !parts.is_empty() && civility(w).is_some_and(|(_, group)| group || !is_initial(w)) {
            // A civility starts the next person ("... GARASSOU M. Marcel").
            if !(w.trim_end_matches('.') == "M"
                && is_initial(w)
                && civ.is_some()
                && parts.is_empty())
            {
                break;
            }
        }
        if is_function_word(w) && !is_caps(w) {
            break;
        }
        if is_function_word(w) && parts.iter().any(|&(_, p)| p == Part::Caps) {
            break;
        }
        let part = if is_particle(w) && !is_caps(w)
            || matches!(
                w,
                "DE" | "LE" | "LA" | "DU" | "DES" | "DEL" | "VAN" | "DA" | "DI"
            ) {
            // A particle joins only when a name follows.
            match word(k + 1) {
                Some(n) if is_caps(n) || is_capitalised(n) || is_particle(n) => Part::Particle,
                _ => break,
            }
        } else if is_caps(w) {
            Part::Caps
        } else if is_initial(w) || is_capitalised(w) {
            Part::Given
        } else if matches!(w, "L" | "D")
            && word(k + 1).is_some_and(|n| is_caps(n) && civility(n).is_none())
        {
            // "L HERBIÈRE", "D ARGELOS": an elision whose apostrophe was lost.
            Part::Particle
        } else if w.chars().count() == 1
            && w.chars().all(char::is_uppercase)
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
        {
            // "LE CASASSOU H", "GRIICAT D DALANUSSEL": an apostrophe lost in extraction.
            Part::Caps
        } else if w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && w.chars().count() >= 3
            && !is_stop_word(w)
            && parts.is_empty()
            && word(k + 1).is_some_and(is_caps)
        {
            // "lucien SALANISTON": a given name written in lower case.
            Part::Given
        } else {
            break;
        };
        parts.push((k, part));
        k += 1;
    }
    // "Falisse GORANOMBAR ARLEMPS :": capitals right before a colon end with the
    // next heading (a commune); the family name is the first word of the run.
    if let Some(&(last_k, Part::Caps)) = parts.last()
        && tokens
            .get(last_k + 1)
            .is_some_and(|t| t.kind == Kind::Punct(':'))
    {
        let run_start = parts
            .iter()
            .rposition(|&(_, p)| p == Part::Given)
            .map_or(0, |p| p + 1);
        // Keep leading particles and the first word of the run.
        let mut keep = run_start;
        while keep < parts.len() {
            let w = &text[tokens[parts[keep].0].start..tokens[parts[keep].0].end];
            keep += 1;
            if !matches!(
                w,
                "DE" | "LE" | "LA" | "DU" | "DES" | "DEL" | "VAN" | "DA" | "DI"
            ) {
                break;
            }
        }
        if keep > run_start && keep < parts.len() {
            parts.truncate(keep);
        }
    }
    // Particles take the kind of what follows them.
    for idx in (0..parts.len()).rev() {
        if parts[idx].1 == Part::Particle {
            let next = parts.get(idx + 1).map(|&(_, p)| p).unwrap_or(Part::Given);
            parts[idx].1 = if next == Part::Caps {
                Part::Caps
            } else if style.mixed {
                Part::Given
            } else {
                next
            };
        }
    }
    // Runs of the same part.
    let mut runs: Vec<(Part, usize, usize)> = Vec::new(); // (part, first idx in parts, last)
    for (n, &(_, p)) in parts.iter().enumerate() {
        match runs.last_mut() {
            Some(r) if r.0 == p => r.2 = n,
            _ => runs.push((p, n, n)),
        }
    }
    let tok_range = |run: &(Part, usize, usize)| -> Range<usize> {
        tokens[parts[run.1].0].start..tokens[parts[run.2].0].end
    };
    let end_after = |run: &(Part, usize, usize)| parts[run.2].0 + 1;
    let shape: Vec<Part> = runs.iter().map(|r| r.0).collect();
    let (given, family, end) = match shape.as_slice() {
        [] => return None,
        [Part::Caps, ..] if shape.len() == 1 => (None, tok_range(&runs[0]), end_after(&runs[0])),
        [Part::Given, Part::Caps, ..] => (
            Some(tok_range(&runs[0])),
            tok_range(&runs[1]),
            end_after(&runs[1]),
        ),
        [Part::Caps, Part::Given, Part::Caps, ..] if style.given_first => (
            Some(tok_range(&runs[1])),
            tok_range(&runs[2]),
            end_after(&runs[2]),
        ),
        [Part::Caps, Part::Given, ..] => (
            Some(tok_range(&runs[1])),
            tok_range(&runs[0]),
            end_after(&runs[1]),
        ),
        [Part::Given] if style.mixed => {
            // "Jean-Paul Belanombar", "G. Froenot", "Mercedes Del Valanigot".
            let (first, last) = (runs[0].1, runs[0].2);
            if first == last {
                civ?;
                (None, tok_range(&runs[0]), end_after(&runs[0]))
            } else {
                let mut split = first + 1;
                while split < last
                    && is_initial(&text[tokens[parts[split].0].start..tokens[parts[split].0].end])
                {
                    split += 1;
                }
                let given = tokens[parts[first].0].start..tokens[parts[split - 1].0].end;
                let family = tokens[parts[split].0].start..tokens[parts[last].0].end;
                (Some(given), family, parts[last].0 + 1)
            }
        }
        _ => return None,
    };
    if letters(&text[family.clone()]).count() < 2 {
        return None;
    }
    let start = tokens[i].start;
    let whole_end = tokens[end - 1].end;
    Some((
        Mention::Name(Name {
            civility: civ,
            given,
            family,
            whole: start..whole_end,
        }),
        end,
    ))
}

// ---------------------------------------------------------------------------
// Lists

/// One entry of a list: a mention and what is written right after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) mention: Mention,
    /// Civility given to a whole group ("MM. X et Y"), when none is written.
    pub(crate) group_civility: Option<Civility>,
    /// Parenthesised notes after the name ("(à partir de la question n°13)").
    pub(crate) notes: Vec<Range<usize>>,
    /// The function written after the name ("Maire", "1ère adjointe").
    pub(crate) function: Option<Range<usize>>,
}

/// Reads a list of people in `text[range]`: separated by commas,
/// semicolons, "et", " - " or line breaks, with functions ("Maire",
/// "Vice-présidents") and notes in parentheses. Stops at the first thing
/// that is neither. Returns the entries and where reading stopped.
pub(crate) fn list(text: &str, range: Range<usize>) -> (Vec<Entry>, usize) {
    let tokens = tokenize(text, range.clone());
    let style = Style::guess(text, &tokens);
    let line_mode = is_line_mode(text, &tokens);
    let civility_lines = line_mode && civility_per_line(text, &tokens);
    let tokens = if line_mode {
        tokens
    } else {
        inline(strip_margin(text, tokens))
    };
    list_tokens(text, &tokens, style, line_mode, civility_lines, range.end)
}

/// Words of the margin box that flattened extractions weave into lists
/// ("en exercice : 23", "Date d'affichage :").
fn is_margin_word(word: &str) -> bool {
    [
        "exercice",
        "presents",
        "votants",
        "convocation",
        "affichage",
        "publication",
        "quorum",
        "representes",
        "pouvoirs",
        "absents",
        "nombre",
        "date",
    ]
    .iter()
    .any(|m| crate::text::folds_to(word, m))
}

/// Drops a margin box woven into a list ("Mme Élodie\nen exercice : 23
/// MARCHAL-COLLIN"): a few words naming a count or a date ("en exercice",
/// "Date d'affichage"), a colon, and the figure or date that follows.
fn strip_margin(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        // A date "3 mars 2015" inside a list is margin text.
        if tokens[i].kind == Kind::Number
            && tokens.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && crate::grammar::date::month_number(&text[t.start..t.end]).is_some()
            })
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Number && t.end - t.start == 4)
        {
            i += 3;
            continue;
        }
        // Up to four words, one of them a margin word, then a colon.
        let mut k = i;
        let mut margin = false;
        while k < tokens.len() && k < i + 4 && tokens[k].kind == Kind::Word {
            let raw = &text[tokens[k].start..tokens[k].end];
            if civility(raw).is_some() {
                break;
            }
            // Margin words are 4 to 11 letters: others are not folded.
            margin |= is_margin_word(raw);
            k += 1;
        }
        if margin
            && k > i
            && tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'))
            && !out.is_empty()
        {
            let mut j = k + 1;
            while tokens.get(j).is_some_and(|t| t.kind == Kind::Newline) {
                j += 1;
            }
            // A figure, or a date "3 mars 2015".
            if tokens.get(j).is_some_and(|t| t.kind == Kind::Number) {
                j += 1;
                if tokens.get(j).is_some_and(|t| {
                    t.kind == Kind::Word
                        && crate::grammar::date::month_number(&text[t.start..t.end]).is_some()
                }) && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
                {
                    j += 2;
                }
            }
            i = j;
            continue;
        }
        out.push(tokens[i]);
        i += 1;
    }
    out
}

/// Tokens of a list whose items are separated by punctuation: line breaks
/// are only spaces ("Julie\nBELISTON"), and a blank line ends the list,
/// unless blank lines are everywhere (an extraction that put every name on
/// its own paragraph).
pub(crate) fn inline(tokens: Vec<Token>) -> Vec<Token> {
    let mut blanks = 0;
    let mut words = 0;
    let mut newlines = 0;
    for t in &tokens {
        match t.kind {
            Kind::Newline => newlines += 1,
            _ => {
                if t.kind == Kind::Word {
                    words += 1;
                }
                if newlines >= 2 {
                    blanks += 1;
                }
                newlines = 0;
            }
        }
    }
    let keep_blanks = blanks * 3 < words;
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut run: Vec<Token> = Vec::new();
    for t in tokens {
        if t.kind == Kind::Newline {
            run.push(t);
            continue;
        }
        if run.len() >= 2 && keep_blanks && !out.is_empty() {
            out.push(Token {
                kind: Kind::Blank,
                ..run[0]
            });
        }
        run.clear();
        out.push(t);
    }
    out
}

/// Whether most lines of a one-name-per-line list start with a civility:
/// then a line without one is a commune or a heading, not a member.
fn civility_per_line(text: &str, tokens: &[Token]) -> bool {
    let (mut lines, mut with) = (0, 0);
    let mut at_line_start = true;
    for t in tokens {
        match t.kind {
            Kind::Newline => at_line_start = true,
            _ if at_line_start => {
                at_line_start = false;
                lines += 1;
                if t.kind == Kind::Word && civility(&text[t.start..t.end]).is_some() {
                    with += 1;
                }
            }
            _ => {}
        }
    }
    lines >= 3 && with * 5 >= lines * 2
}

/// One name per line rather than separators.
fn is_line_mode(text: &str, tokens: &[Token]) -> bool {
    let _ = text;
    let mut depth = 0i32;
    let (mut seps, mut lines, mut in_line) = (0, 0, false);
    let mut leading_separators = 0;
    for t in tokens {
        match t.kind {
            Kind::Punct('(') => depth += 1,
            Kind::Punct(')') => depth -= 1,
            Kind::Punct(',') | Kind::Punct(';') if depth <= 0 => {
                seps += 1;
                if !in_line {
                    // ", Marie-Paule": the list wraps before its commas.
                    leading_separators += 1;
                }
                in_line = true;
            }
            Kind::Newline => {
                if in_line {
                    lines += 1;
                }
                in_line = false;
            }
            _ => in_line = true,
        }
    }
    if in_line {
        lines += 1;
    }
    lines >= 3 && seps * 2 < lines && leading_separators < 2
}

pub(crate) fn list_tokens(
    text: &str,
    tokens: &[Token],
    style: Style,
    line_mode: bool,
    civility_lines: bool,
    region_end: usize,
) -> (Vec<Entry>, usize) {
    let word = |k: usize| -> Option<&str> {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut entries: Vec<Entry> = Vec::new();
    // "Absents : Néant".
    if let Some(first) = tokens.iter().find(|t| t.kind == Kind::Word)
        && matches!(
            fold(&text[first.start..first.end]).as_str(),
            "neant" | "aucun" | "aucune" | "personne"
        )
    {
        return (entries, first.end);
    }
    let mut group: Option<Civility> = None;
    let mut i = 0;
    let mut stop = tokens.first().map_or(region_end, |t| t.start);
    // After a full stop, only a clean continuation of the list is accepted.
    let mut after_stop = false;
    while i < tokens.len() {
        let t = tokens[i];
        match t.kind {
            Kind::Punct(',')
            | Kind::Punct(';')
            | Kind::Punct('•')
            | Kind::Punct('✓')
            | Kind::Punct('|')
            | Kind::Punct('/')
            | Kind::Punct('*') => {
                i += 1;
                continue;
            }
            Kind::Punct('-') => {
                i += 1;
                continue;
            }
            Kind::Newline => {
                i += 1;
                continue;
            }
            Kind::Punct('.') => {
                after_stop = true;
                i += 1;
                continue;
            }
            Kind::Punct('(') => {
                // A stray note: skip it whole.
                i = skip_parens(tokens, i);
                continue;
            }
            Kind::Number if line_mode => {
                i = next_line(tokens, i);
                continue;
            }
            Kind::Blank => {
                // A paragraph break ends the list unless a separator led to it.
                let after_separator =
                    i > 0 && matches!(tokens[i - 1].kind, Kind::Punct(',') | Kind::Punct(';'));
                if !entries.is_empty() && !after_separator {
                    break;
                }
                i += 1;
                continue;
            }
            Kind::Number
                if tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Punct('/')) =>
            {
                // A date woven into the list ("19/04/2013 Mme Colette X").
                while tokens
                    .get(i)
                    .is_some_and(|t| matches!(t.kind, Kind::Number | Kind::Punct('/')))
                {
                    i += 1;
                }
                continue;
            }
            Kind::Number
                if word(i + 1).is_some_and(|w| crate::grammar::date::month_number(w).is_some())
                    && tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number) =>
            {
                // "3 mars 2015": a margin date woven into the list.
                i += 3;
                continue;
            }
            Kind::Number => {
                // "1ère adjointe", "2ème Vice-Président": a numbered function.
                if word(i + 1).is_some_and(is_function_word) {
                    let end = skip_function(text, tokens, i + 1);
                    record_function(tokens, i, end, &mut entries);
                    i = attach_note(tokens, end, &mut entries);
                    continue;
                }
                // "11. 12. 13." numbering from a flattened table.
                if tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Punct('.'))
                {
                    i += 2;
                    continue;
                }
                break;
            }
            Kind::Punct(':') => break,
            Kind::Punct(_) => {
                i += 1;
                continue;
            }
            Kind::Word => {}
        }
        let w = &text[t.start..t.end];
        if w == "et" || w == "ET" {
            i += 1;
            continue;
        }
        // A heading inside the list ("Arrondissement Châteauvieux :",
        // "ARCELLES :"): the member's commune or group.
        if civility(w).is_none() {
            let mut k = i;
            while k < i + 7
                && (word(k).is_some_and(|w| civility(w).is_none())
                    || tokens.get(k).is_some_and(|t| t.kind == Kind::Number))
            {
                k += 1;
            }
            // Not a name: no given name next to a family name.
            let looks_like_name = (i..k.saturating_sub(1)).any(|j| {
                let (a, b) = (word(j).unwrap_or(""), word(j + 1).unwrap_or(""));
                (is_capitalised(a) || is_initial(a)) && is_caps(b)
                    || is_caps(a) && is_capitalised(b)
            });
            // Place names: capitals or capitalised words, particles, numbers.
            let place_like = (i..k).all(|j| match word(j) {
                Some(w) => {
                    is_caps(w)
                        || is_capitalised(w)
                        || is_particle(w)
                        || matches!(
                            fold(w).as_str(),
                            "sur"
                                | "sous"
                                | "en"
                                | "les"
                                | "lez"
                                | "commune"
                                | "ville"
                                | "canton"
                                | "secteur"
                        )
                }
                None => true,
            });
            // "en exercice : 23", "Date d'affichage :": a margin box woven in.
            let margin = (i..k).filter_map(word).any(is_margin_word);
            if margin && tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':')) {
                i = k + 1;
                if tokens.get(i).is_some_and(|t| t.kind == Kind::Number) {
                    i += 1;
                }
                continue;
            }
            if k > i
                && place_like
                && !looks_like_name
                && tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'))
            {
                i = k + 1;
                continue;
            }
        }
        if is_function_word(w) && !is_caps(w) || fold(w) == "maire" {
            let end = skip_function(text, tokens, i);
            record_function(tokens, i, end, &mut entries);
            i = attach_note(tokens, end, &mut entries);
            continue;
        }
        // "pour VALANURAC LE PERANGE", "de MONTCEL": the member's commune.
        if (w == "pour" || (w == "de" && !style.given_first))
            && word(i + 1).is_some_and(is_caps)
            && !entries.is_empty()
        {
            i += 1;
            while word(i).is_some_and(|w| is_caps(w) || is_particle(w))
                && word(i).and_then(civility).is_none()
            {
                i += 1;
            }
            continue;
        }
        // Group civility alone ("Mmes et MM.", "MM.") before names.
        if let Some((c, true)) = civility(w) {
            let mut k = i + 1;
            if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('.')) {
                k += 1;
            }
            if word(k) == Some("et") && word(k + 1).and_then(civility).is_some() {
                group = None;
                i = k + 2;
                if tokens.get(i).is_some_and(|t| t.kind == Kind::Punct('.')) {
                    i += 1;
                }
                continue;
            }
            group = c;
            i = k;
            continue;
        }
        let mut parsed = name_at(text, tokens, i, style).filter(|(m, _)| {
            // One name a line, each with its civility: a bare line is a commune.
            !civility_lines
                || matches!(m, Mention::Name(n) if n.civility.is_some())
                || civility(w).is_some()
        });
        // "Madame\nSolange\nFENANOCHE": a civility alone on its line, the
        // name wrapped over the next lines of a flattened table cell.
        if parsed.is_none()
            && line_mode
            && civility(w).is_some()
            && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Newline)
        {
            parsed = wrapped_name(text, tokens, i, style);
        }
        // "Mmes Dufournel, Laforgue-Sanchez": surnames in mixed case after a
        // group civility.
        if parsed.is_none()
            && group.is_some()
            && is_capitalised(w)
            && !is_function_word(w)
            && tokens.get(i + 1).is_none_or(|t| {
                matches!(t.kind, Kind::Punct(_) | Kind::Blank | Kind::Newline)
                    || word(i + 1) == Some("et")
            })
        {
            parsed = Some((
                Mention::Name(Name {
                    civility: None,
                    given: None,
                    family: t.start..t.end,
                    whole: t.start..t.end,
                }),
                i + 1,
            ));
        }
        let Some((mention, next)) = parsed else {
            if line_mode {
                // A commune or a stray word on its own line: skip the line,
                // but a sentence ends the list.
                let line_end = next_line(tokens, i);
                let lower = (i..line_end)
                    .filter_map(word)
                    .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                    .count();
                if lower >= 3 {
                    break;
                }
                i = line_end;
                continue;
            }
            break;
        };
        // What follows a name: notes, then a separator, a function or
        // another name. Anything else (a verb) ends the list.
        let mut k = next;
        let mut notes = Vec::new();
        // "Mme GORISSE Ginette\n(suppléante de M. DALANAUZEL": a note on the next line.
        if line_mode
            && tokens.get(k).is_some_and(|t| t.kind == Kind::Newline)
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Punct('('))
        {
            k += 1;
        }
        while tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, after) = in_parens(tokens, k);
            notes.push(inner);
            k = after;
        }
        // "Henri X, suppléant de Luc Y", "Rémy X, qui donne pouvoir à Jean Y":
        // a note written without parentheses.
        if let Some((note, after)) = bare_note(text, tokens, k, style) {
            notes.push(note);
            k = after;
        }
        let follows_ok = match tokens.get(k) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(_) | Kind::Newline | Kind::Blank | Kind::Number => true,
                Kind::Word => {
                    let w = &text[t.start..t.end];
                    w == "et"
                        || w == "ET"
                        || w == "pour"
                        || (w == "de" && !style.given_first)
                        || is_function_word(w)
                        || civility(w).is_some()
                        || is_caps(w)
                        || is_capitalised(w)
                        || line_mode
                }
            },
        };
        // After a full stop, a name continues the list only if the list goes
        // on after it ("BELANIVIER.\nMMES DALONDE, BELIGOT"), not a sentence
        // ("GORANONDE, doyen d'âge, assure la présidence").
        let continues = match tokens.get(k).map(|t| t.kind) {
            None | Some(Kind::Blank) => true,
            Some(Kind::Punct(',')) | Some(Kind::Punct(';')) => word(k + 1).is_some_and(|w| {
                !is_function_word(w) && !w.chars().next().is_some_and(char::is_lowercase)
            }),
            Some(Kind::Word) => word(k).is_some_and(|w| w == "et" || civility(w).is_some()),
            _ => false,
        };
        if after_stop && !continues {
            break;
        }
        // "Mme LAVIRAC est arrivée lors du 2ème point": a sentence, not an entry.
        let sentence_follows = word(k).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !matches!(w, "et" | "pour" | "de" | "du" | "des")
                && !is_function_word(w)
        });
        if line_mode && sentence_follows {
            break;
        }
        if !follows_ok && (after_stop || entries.is_empty() && !line_mode) {
            // "Mme le Maire informe ...": a sentence, not a list.
            break;
        }
        if !follows_ok && !line_mode {
            // "Mme X est désignée secrétaire" on the next line, with no
            // separator before it: a sentence after the list.
            let gap = &text[stop.min(t.start)..t.start];
            if !entries.is_empty() && gap.contains('\n') && !gap.contains([',', ';']) {
                return (entries, stop);
            }
            // "Roland CASANAVEL formant la majorité": keep the name, stop.
            entries.push(Entry {
                mention,
                group_civility: group,
                notes,
                function: None,
            });
            stop = tokens[next - 1].end;
            return (entries, stop);
        }
        after_stop = false;
        entries.push(Entry {
            mention,
            group_civility: group,
            notes,
            function: None,
        });
        stop = tokens[k.max(1) - 1].end;
        i = if line_mode && !follows_ok {
            next_line(tokens, k)
        } else {
            k
        };
    }
    if i >= tokens.len() {
        stop = region_end;
    }
    (entries, stop)
}

/// A note on the person just read, written without parentheses after an
/// optional comma: "suppléant de M. X", "suppléée par Mme Y", "qui donne
/// pouvoir à Z", "pouvoir à Z", "représenté par Z". Returns the note's range
/// (from its first word to the end of the name in it) and the index after it.
fn bare_note(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: Style,
) -> Option<(Range<usize>, usize)> {
    let word = |k: usize| -> Option<String> {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| fold(&text[t.start..t.end]))
    };
    let mut k = i;
    if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(',')) {
        k += 1;
    }
    // Every opening below starts with one of these letters: most names
    // are turned away here, unfolded.
    let initial = tokens
        .get(k)
        .filter(|t| t.kind == Kind::Word)
        .and_then(|t| text[t.start..t.end].chars().next())
        .and_then(crate::text::fold_char);
    if !initial.is_some_and(|c| "qasrdp".contains(c)) {
        return None;
    }
    if matches!(word(k).as_deref(), Some("qui" | "ayant")) {
        k += 1;
    }
    let start = k;
    let first = word(k)?;
    let opens = first.starts_with("suppl")
        || first.starts_with("rempla")
        || first.starts_with("represent")
        || matches!(
            first.as_str(),
            "donne" | "a" | "avait" | "pouvoir" | "procuration"
        );
    if !opens {
        return None;
    }
    // Up to four linking words, then a name.
    let mut j = k;
    while j < k + 5
        && word(j).is_some_and(|w| {
            w.starts_with("suppl")
                || w.starts_with("rempla")
                || w.starts_with("represent")
                || matches!(
                    w.as_str(),
                    "de" | "du"
                        | "par"
                        | "a"
                        | "au"
                        | "donne"
                        | "avait"
                        | "pouvoir"
                        | "procuration"
                        | "delegation"
                        | "vote"
                )
        })
    {
        j += 1;
    }
    if j == k {
        return None;
    }
    let (_, after) = name_at(text, tokens, j, style)?;
    Some((tokens[start].start..tokens[after - 1].end, after))
}

/// A name whose words are spread over up to three lines from `tokens[i]`.
fn wrapped_name(text: &str, tokens: &[Token], i: usize, style: Style) -> Option<(Mention, usize)> {
    let mut index = Vec::new();
    let mut lines = 0;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        if t.kind == Kind::Newline {
            lines += 1;
            if lines > 3 {
                break;
            }
            continue;
        }
        index.push(k);
        if index.len() >= 8 {
            break;
        }
    }
    let joined: Vec<Token> = index.iter().map(|&k| tokens[k]).collect();
    let (mention, next) = name_at(text, &joined, 0, style)?;
    let Mention::Name(n) = &mention else {
        return None;
    };
    n.civility?;
    Some((mention, index.get(next).copied().unwrap_or(tokens.len())))
}

/// The function right after the last entry ("X, Maire, Y").
fn record_function(tokens: &[Token], start: usize, end: usize, entries: &mut [Entry]) {
    if let Some(last) = entries.last_mut()
        && last.function.is_none()
        && end > start
    {
        last.function = Some(tokens[start].start..tokens[end - 1].end);
    }
}

/// "M. X, 6e vice-président (présent à partir du dossier n° 4)": a note
/// after a function belongs to the name before the function.
fn attach_note(tokens: &[Token], i: usize, entries: &mut [Entry]) -> usize {
    let Some(last) = entries.last_mut() else {
        return i;
    };
    if !tokens.get(i).is_some_and(|t| t.kind == Kind::Punct('(')) {
        return i;
    }
    let (inner, after) = in_parens(tokens, i);
    last.notes.push(inner);
    after
}

/// The text inside the parenthesis opened at `tokens[open]` (to the end of
/// the tokens when it is never closed), and the index after it.
pub(crate) fn in_parens(tokens: &[Token], open: usize) -> (Range<usize>, usize) {
    let close = skip_parens(tokens, open);
    let start = tokens[open].end;
    let end = tokens.get(close - 1).map_or(start, |t| {
        if t.kind == Kind::Punct(')') {
            t.start
        } else {
            t.end
        }
    });
    (start..end.max(start), close)
}

/// Index after the parenthesis opened at `i` (or the end of the tokens).
pub(crate) fn skip_parens(tokens: &[Token], i: usize) -> usize {
    let mut depth = 0;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        match t.kind {
            Kind::Punct('(') => depth += 1,
            Kind::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

fn next_line(tokens: &[Token], i: usize) -> usize {
    tokens[i..]
        .iter()
        .position(|t| t.kind == Kind::Newline)
        .map_or(tokens.len(), |p| i + p + 1)
}

/// Skips a function phrase: "Maire", "Vice-Président de Grand Besançon",
/// "conseillers municipaux". Ends before a separator, a civility or a note.
fn skip_function(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut k = i + 1;
    while let Some(t) = tokens.get(k) {
        match t.kind {
            Kind::Word => {
                let w = &text[t.start..t.end];
                if civility(w).is_some() || w == "et" {
                    break;
                }
                // Stop at what looks like the next name.
                if is_caps(w) && k > i + 1 {
                    break;
                }
                if is_capitalised(w)
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.kind == Kind::Word && is_caps(&text[n.start..n.end]))
                {
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let (entries, _) = list(text, 0..text.len());
        entries
            .iter()
            .map(|e| match &e.mention {
                Mention::Name(n) => {
                    let given = n.given.clone().map(|g| &text[g]).unwrap_or("");
                    format!("{}|{}", given, &text[n.family.clone()])
                }
                Mention::Role(r, _) => format!("{r:?}"),
            })
            .collect()
    }

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        assert_eq!(names(text), expected, "reading {text:?}");
    }

    #[test]
    fn given_then_family() {
        check(
            "Mme Frédérique CORUSSEL, M. Marcel CASAUME (à partir de la question n°13), Mme Marie-Jeanne DALENOT",
            &[
                "Frédérique|CORUSSEL",
                "Marcel|CASAUME",
                "Marie-Jeanne|DALENOT",
            ],
        );
        check(
            "M. Jean-Luc GORANILLOU, Mme Élise de GARARDOT-FROOCHE",
            &["Jean-Luc|GORANILLOU", "Élise|de GARARDOT-FROOCHE"],
        );
    }

    #[test]
    fn family_then_given() {
        check(
            "M MERANUTEL Yannick, M. TORANONNET Dalivier, Mme LAVIRAC Sophie (arrivée au point 2)",
            &["Yannick|MERANUTEL", "Dalivier|TORANONNET", "Sophie|LAVIRAC"],
        );
    }

    #[test]
    fn surnames_grouped_by_civility() {
        check(
            "MM. CORONDE, CORUTEL, FENICAT et de LABONDE.",
            &["|CORONDE", "|CORUTEL", "|FENICAT", "|de LABONDE"],
        );
        check(
            "M. PERANANGE - M. BELANANGE - Mme RIBANIGOT",
            &["|PERANANGE", "|BELANANGE", "|RIBANIGOT"],
        );
    }

    #[test]
    fn functions_are_not_names() {
        check(
            "M. Jean-François CORANERET, Maire, Mmes et MM. Hélène BELANEVRIN, Plaivier-Barirac VALUSSEL",
            &[
                "Jean-François|CORANERET",
                "Hélène|BELANEVRIN",
                "Plaivier-Barirac|VALUSSEL",
            ],
        );
        check(
            "M. Froemont PERIGOT, Vice-présidents M. Jacky BAROLLE",
            &["Froemont|PERIGOT", "Jacky|BAROLLE"],
        );
    }

    #[test]
    fn mixed_case_lists() {
        check(
            "G. Froenot, Président, E. Daliston, J.-L. Nauanenot",
            &["G.|Froenot", "E.|Daliston", "J.-L.|Nauanenot"],
        );
        check(
            "Jean-Paul Belanombar, Mercedes Del Valanigot",
            &["Jean-Paul|Belanombar", "Mercedes|Del Valanigot"],
        );
    }

    #[test]
    fn missing_separator_splits_two_people() {
        check(
            "Mme Maryse FENAGNOL, Ronan CORANASSOU, Marcel MONENOT  Dalanillou GARASSOU.",
            &[
                "Maryse|FENAGNOL",
                "Ronan|CORANASSOU",
                "Marcel|MONENOT",
                "Dalanillou|GARASSOU",
            ],
        );
    }

    #[test]
    fn a_sentence_ends_the_list() {
        check(
            "M. Lionel PERERET, Mme Séverine FENUSSEL. Mme le Maire informe le conseil",
            &["Lionel|PERERET", "Séverine|FENUSSEL"],
        );
        check(
            "Christelle VALANANGE-VALENOT, Roland CASANAVEL formant la majorité des membres",
            &["Christelle|VALANANGE-VALENOT", "Roland|CASANAVEL"],
        );
    }

    #[test]
    fn roles_stand_for_people() {
        let text = "M. le Maire";
        let toks = tokenize(text, 0..text.len());
        let (m, _) = name_at(text, &toks, 0, Style::default()).unwrap();
        assert_eq!(m, Mention::Role(Role::Mayor, 0..11));
    }

    #[test]
    fn long_runs_of_capitalised_words_are_read_in_linear_time() {
        // 20,000 words: quadratic reading took minutes here, linear is instant.
        let text = format!("M. Jean DUPONT, {}", "DUPONT Jean ".repeat(10_000));
        let (entries, _) = list(&text, 0..text.len());
        assert!(!entries.is_empty());
        let long = format!("M. {}", "ABC ".repeat(100));
        let toks = tokenize(&long, 0..long.len());
        let (_, next) = name_at(&long, &toks, 0, Style::default()).unwrap();
        assert_eq!(next, 1 + MAX_NAME_WORDS);
    }

    #[test]
    fn one_name_per_line() {
        check(
            "VALMERIE\nM. GAROMBAR Nauanange\nCORNILLAC\nM. LABISSE Luc (suppléant de\nM. TORANANGE Jean-Luc)\nMme Hélène GAROMBAR\n",
            &["Nauanange|GAROMBAR", "Luc|LABISSE", "Hélène|GAROMBAR"],
        );
    }
}
