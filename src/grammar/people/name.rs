//! One name, read from its tokens in the style of its list.

use std::ops::Range;

use super::tokens::{Kind, Token};
use super::words::{
    civility, is_capitalised, is_caps, is_function_word, is_initial, is_particle, is_stop_word,
    letters,
};
use super::{Mention, Name, Role};
use crate::text::fold;

/// How a list writes its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameStyle {
    /// "Prénom NOM" (true) or "NOM Prénom" (false).
    pub(crate) given_first: bool,
    /// No family name in capitals anywhere: "Jean-Paul Belanombar".
    pub(crate) mixed: bool,
    /// " - " separates list items (so it never joins a family name).
    pub(crate) dash_separated: bool,
}

impl Default for NameStyle {
    fn default() -> Self {
        NameStyle {
            given_first: true,
            mixed: false,
            dash_separated: false,
        }
    }
}

impl NameStyle {
    /// Guess the style of the names in `tokens`.
    pub(crate) fn guess(text: &str, tokens: &[Token]) -> NameStyle {
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
        NameStyle {
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
    style: NameStyle,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::people::{list, tokenize};

    #[test]
    fn roles_stand_for_people() {
        let text = "M. le Maire";
        let toks = tokenize(text, 0..text.len());
        let (m, _) = name_at(text, &toks, 0, NameStyle::default()).unwrap();
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
        let (_, next) = name_at(&long, &toks, 0, NameStyle::default()).unwrap();
        assert_eq!(next, 1 + MAX_NAME_WORDS);
    }
}
