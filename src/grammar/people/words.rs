//! What one word is, for names: a civility, a particle, a function,
//! capitals, a capitalised word, initials, a word that ends a name, a word
//! of a margin box.

use super::Civility;
use crate::text::{fold, fold_char, folds_to};

pub(super) fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
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

/// Particles written in capitals inside a family name ("DE LA VALANOCHE",
/// "DEL MERILLOU").
const CAPITAL_PARTICLES: &[&str] = &["DE", "LE", "LA", "DU", "DES", "DEL", "VAN", "DA", "DI"];

/// A particle in capitals: "DE", "LE", "DEL".
pub(super) fn is_capital_particle(word: &str) -> bool {
    CAPITAL_PARTICLES.contains(&word)
}

pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|p| folds_to(word, p)) || folds_to(word, "d'")
}

/// Words that name a function, not a person: "Maire", "1ère adjointe",
/// "Vice-Présidents", "conseillers municipaux".
pub(crate) fn is_function_word(word: &str) -> bool {
    // Most words are rejected on their first letter, without folding.
    let first = word.chars().next().and_then(fold_char);
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
pub(super) fn without_elision(word: &str) -> &str {
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
pub(super) fn is_capitalised(word: &str) -> bool {
    let mut chars = letters(without_elision(word));
    matches!(chars.next(), Some(c) if c.is_uppercase()) && chars.any(char::is_lowercase)
}

/// Initials: "G.", "J.-L.", "M.-T.".
pub(super) fn is_initial(word: &str) -> bool {
    word.ends_with('.')
        && word.split(['.', '-']).all(|p| {
            p.is_empty()
                || (p.chars().count() <= 2 && p.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Lower-case words that end a name: conjunctions, prepositions, verbs.
pub(super) fn is_stop_word(word: &str) -> bool {
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

/// Words of the margin box that flattened extractions weave into lists
/// ("en exercice : 23", "Date d'affichage :").
pub(super) fn is_margin_word(word: &str) -> bool {
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
    .any(|m| folds_to(word, m))
}
