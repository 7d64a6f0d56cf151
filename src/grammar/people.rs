//! People and lists of people: "Mme Marie-Jeanne BERNABEU", "RIOULT Yannick",
//! "MM. AUBIGNAT, BARDIN", "J.-L. Roumier", "Mme Élise de GRÉMONT-LAVAUD",
//! "M. Marcel FELT (à partir de la question n°13)".
//!
//! A name is read token by token. Family names are the run of capitalised
//! words ("MAGNIN-FEYSOT", "DE LA VARENNE", "BERTIN de la MOTTE"); given
//! names are the mixed-case words or initials before or after it. Lists that
//! write no family name in capitals ("Jean-Paul Vidalenc") are read in mixed
//! mode: the first word is the given name, the rest the family name.

use std::ops::Range;

use super::fold;

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
    let f = fold(word);
    PARTICLES.contains(&f.as_str()) || (f.starts_with("d'") && f.len() == 2)
}

/// Words that name a function, not a person: "Maire", "1ère adjointe",
/// "Vice-Présidents", "conseillers municipaux".
pub(crate) fn is_function_word(word: &str) -> bool {
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

/// Family-name-like: letters mostly capitals ("MAGNIN-FEYSOT", "GILBERt").
pub(crate) fn is_caps(word: &str) -> bool {
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

/// Mixed case with a capital first: "Marie-Jeanne", "Vidalenc".
fn is_capitalised(word: &str) -> bool {
    let mut chars = letters(word);
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
    /// No family name in capitals anywhere: "Jean-Paul Vidalenc".
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
    // Rodolphe MARTINET", from a margin column woven into the list).
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
            // "DEL CASTILLO - GOURVES": a spaced hyphen inside a family name.
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
            // A civility starts the next person ("... GUEGAN M. Marcel").
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
        } else if w.chars().count() == 1
            && w.chars().all(char::is_uppercase)
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
        {
            // "LE FLOC H", "LECOMTE D ORVILLE": an apostrophe lost in extraction.
            Part::Caps
        } else if w.chars().next().is_some_and(char::is_lowercase)
            && !is_stop_word(w)
            && parts.is_empty()
            && word(k + 1).is_some_and(is_caps)
        {
            // "lucien TARDIEU": a given name written in lower case.
            Part::Given
        } else {
            break;
        };
        parts.push((k, part));
        k += 1;
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
            // "Jean-Paul Vidalenc", "G. Lavergne", "Mercedes Del Valle".
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
    list_tokens(text, &tokens, style, line_mode, civility_lines, range.end)
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
    lines >= 3 && with * 5 >= lines * 3
}

/// One name per line rather than separators.
fn is_line_mode(text: &str, tokens: &[Token]) -> bool {
    let _ = text;
    let mut depth = 0i32;
    let (mut seps, mut lines, mut in_line) = (0, 0, false);
    for t in tokens {
        match t.kind {
            Kind::Punct('(') => depth += 1,
            Kind::Punct(')') => depth -= 1,
            Kind::Punct(',') | Kind::Punct(';') if depth <= 0 => seps += 1,
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
    lines >= 3 && seps * 2 < lines
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
            Kind::Number => {
                // "1ère adjointe", "2ème Vice-Président": a numbered function.
                if word(i + 1).is_some_and(is_function_word) {
                    i = skip_function(text, tokens, i + 1);
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
        if is_function_word(w) && !is_caps(w) || fold(w) == "maire" {
            i = skip_function(text, tokens, i);
            continue;
        }
        // "pour USSIGNY LE CHATEAU", "de MONTCEL": the member's commune.
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
        let parsed = name_at(text, tokens, i, style).filter(|(m, _)| {
            // One name a line, each with its civility: a bare line is a commune.
            !civility_lines
                || matches!(m, Mention::Name(n) if n.civility.is_some())
                || civility(w).is_some()
        });
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
        while tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let close = skip_parens(tokens, k);
            let inner_start = tokens[k].end;
            let inner_end = tokens.get(close - 1).map_or(inner_start, |t| {
                if t.kind == Kind::Punct(')') {
                    t.start
                } else {
                    t.end
                }
            });
            notes.push(inner_start..inner_end.max(inner_start));
            k = close;
        }
        let follows_ok = match tokens.get(k) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(_) | Kind::Newline | Kind::Number => true,
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
        if !follows_ok && (after_stop || entries.is_empty() && !line_mode) {
            // "Mme le Maire informe ...": a sentence, not a list.
            break;
        }
        if !follows_ok && !line_mode {
            // "Roland WOJNAROWSKI formant la majorité": keep the name, stop.
            entries.push(Entry {
                mention,
                group_civility: group,
                notes,
            });
            stop = tokens[next - 1].end;
            return (entries, stop);
        }
        after_stop = false;
        entries.push(Entry {
            mention,
            group_civility: group,
            notes,
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
            "Mme Frédérique BAEHR, M. Marcel FELT (à partir de la question n°13), Mme Marie-Jeanne BERNABEU",
            &["Frédérique|BAEHR", "Marcel|FELT", "Marie-Jeanne|BERNABEU"],
        );
        check(
            "M. Jean-Luc POUVREAU, Mme Élise de GRÉMONT-LAVAUD",
            &["Jean-Luc|POUVREAU", "Élise|de GRÉMONT-LAVAUD"],
        );
    }

    #[test]
    fn family_then_given() {
        check(
            "M RIOULT Yannick, M. TOUCHARD Bernard, Mme HAMELIN Sophie (arrivée au point 2)",
            &["Yannick|RIOULT", "Bernard|TOUCHARD", "Sophie|HAMELIN"],
        );
    }

    #[test]
    fn surnames_grouped_by_civility() {
        check(
            "MM. AUBIGNAT, BARDIN, BESSERVE et de BRESSOLLES.",
            &["|AUBIGNAT", "|BARDIN", "|BESSERVE", "|de BRESSOLLES"],
        );
        check(
            "M. ROUVIÈRE - M. VERDIER - Mme SERRANO",
            &["|ROUVIÈRE", "|VERDIER", "|SERRANO"],
        );
    }

    #[test]
    fn functions_are_not_names() {
        check(
            "M. Jean-François MOUTARDIER, Maire, Mmes et MM. Hélène VIGNAUD, Marc-Antoine DUGAST",
            &[
                "Jean-François|MOUTARDIER",
                "Hélène|VIGNAUD",
                "Marc-Antoine|DUGAST",
            ],
        );
        check(
            "M. Laurent CHAUVIÈRE, Vice-présidents M. Jacky AIRAULT",
            &["Laurent|CHAUVIÈRE", "Jacky|AIRAULT"],
        );
    }

    #[test]
    fn mixed_case_lists() {
        check(
            "G. Lavergne, Président, E. Bénézet, J.-L. Roumier",
            &["G.|Lavergne", "E.|Bénézet", "J.-L.|Roumier"],
        );
        check(
            "Jean-Paul Vidalenc, Mercedes Del Valle",
            &["Jean-Paul|Vidalenc", "Mercedes|Del Valle"],
        );
    }

    #[test]
    fn missing_separator_splits_two_people() {
        check(
            "Mme Maryse BIHAN, Ronan NICOL, Marcel JOUAN  Pascal GUEGAN.",
            &[
                "Maryse|BIHAN",
                "Ronan|NICOL",
                "Marcel|JOUAN",
                "Pascal|GUEGAN",
            ],
        );
    }

    #[test]
    fn a_sentence_ends_the_list() {
        check(
            "M. Lionel CHAUVET, Mme Séverine BLONDEL. Mme le Maire informe le conseil",
            &["Lionel|CHAUVET", "Séverine|BLONDEL"],
        );
        check(
            "Christelle VACHERON-DURAND, Roland WOJNAROWSKI formant la majorité des membres",
            &["Christelle|VACHERON-DURAND", "Roland|WOJNAROWSKI"],
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
            "BOISSELLE\nM. GUERIN Roger\nFOUCHERES\nM. BRIANT Luc (suppléant de\nM. THOUVENIN Jean-Luc)\nMme Hélène GUERIN\n",
            &["Roger|GUERIN", "Luc|BRIANT", "Hélène|GUERIN"],
        );
    }
}
