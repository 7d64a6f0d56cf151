//! What one word is, for names: a civility, a particle, a function,
//! capitals, a capitalised word, initials, a word that ends a name, a word
//! of a margin box.

use super::Civility;
use crate::text::{
    first_pairs, fold, fold_ascii, folds_to, initial_in, initials, opens_on_pair, with_fold,
};
use crate::vocabulary::{
    CAPITAL_PARTICLES, CAPS_NAME_ENDERS, ELECTED_WORDS, FUNCTION_STARTS, FUNCTIONS, MARGIN_WORDS,
    MINUTES_VERBS, NAME_ENDERS, PARTICLES, PLACE_LINKS, SENTENCE_WORDS, TITLES,
};

pub(super) fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|&c| crate::text::is_alphabetic(c))
}

/// A civility word, and whether it is a plural group ("MM.", "Mmes").
pub(crate) fn civility(word: &str) -> Option<(Option<Civility>, bool)> {
    // Every civility below starts with an "M" (looked at as a byte: no
    // character is decoded for the many words turned away).
    if !matches!(word.as_bytes().first(), Some(b'M' | b'm')) {
        return None;
    }
    let w = word.trim_end_matches('.');
    Some(match w {
        "M" | "Mr" | "MR" | "Monsieur" | "MONSIEUR" | "monsieur" => {
            (Some(Civility::Monsieur), false)
        }
        "Mme" | "MME" | "Madame" | "MADAME" | "madame" => (Some(Civility::Madame), false),
        "Mlle" | "Melle" | "MLLE" | "MELLE" | "Mademoiselle" | "MADEMOISELLE" | "mademoiselle" => {
            (Some(Civility::Mademoiselle), false)
        }
        // "MMrs": "MM." and "Mrs" run together; "M.M" with its dot inside.
        "MM" | "Mrs" | "MRS" | "MMrs" | "MMRS" | "M.M" | "Messieurs" | "MESSIEURS"
        | "messieurs" | "Ms" => (Some(Civility::Monsieur), true),
        // "MMes & MM.": a capital too many, as typed.
        "Mmes" | "MMes" | "MMES" | "Mesdames" | "MESDAMES" | "mesdames" => {
            (Some(Civility::Madame), true)
        }
        "Mlles" | "Melles" | "MLLES" | "MELLES" | "Mesdemoiselles" | "MESDEMOISELLES" => {
            (Some(Civility::Mademoiselle), true)
        }
        // "Mesdames-Messieurs", "MM-Mmes": two groups joined by a hyphen, as
        // "Mesdames et Messieurs" gives no civility to one name.
        _ => match w.split_once('-') {
            Some((a, b)) if [a, b].iter().all(|x| civility(x).is_some_and(|(_, g)| g)) => {
                (None, true)
            }
            _ => return None,
        },
    })
}

/// A title written before a name, its dot optional: "Dr", "Dr.",
/// "Docteur", "Professeur", "Pr" (see [`TITLES`]).
pub(crate) fn is_title(word: &str) -> bool {
    // Every title starts with a "d" or a "p": other words are turned away
    // without folding.
    let mut buf = [0; 11];
    matches!(word.as_bytes().first(), Some(b'D' | b'd' | b'P' | b'p'))
        && fold_ascii(word.trim_end_matches('.'), &mut buf).is_some_and(|f| TITLES.contains(&f))
}

/// A particle in capitals: "DE", "LE", "DEL".
pub(crate) fn is_capital_particle(word: &str) -> bool {
    CAPITAL_PARTICLES.contains(&word)
}

pub(crate) fn is_particle(word: &str) -> bool {
    // Most words are turned away on their first letter folded ("d'" opens
    // on the "d" of "de"); the others folded once (a particle has at most
    // 5 letters), not once per particle.
    const INITIALS: u32 = initials(&PARTICLES);
    let mut buf = [0; 5];
    initial_in(word, INITIALS)
        && fold_ascii(word, &mut buf).is_some_and(|f| PARTICLES.contains(&f) || f == "d'")
}

/// A word linking the words of a place's name, in any case: "sur",
/// "lès", "AUX" (see [`PLACE_LINKS`]).
pub(super) fn is_place_link(word: &str) -> bool {
    // Most words are turned away on their first letter folded; the others
    // folded once (a link has at most 4 letters).
    const INITIALS: u32 = initials(&PLACE_LINKS);
    let mut buf = [0; 4];
    initial_in(word, INITIALS)
        && fold_ascii(word, &mut buf).is_some_and(|f| PLACE_LINKS.contains(&f))
}

/// The first two letters of each word of [`FUNCTIONS`] and
/// [`FUNCTION_STARTS`].
const FUNCTION_PAIRS: [u32; 26] = {
    let lists: [&[&str]; 2] = [&FUNCTIONS, &FUNCTION_STARTS];
    first_pairs(&lists)
};

/// A word that names a function, not a person: "Maire", "1ère adjointe",
/// "Vice-Présidents", "conseillers municipaux".
pub(crate) fn is_function_word(word: &str) -> bool {
    // Most words are rejected on their first two letters folded, without
    // folding the word: every function word and start opens on a pair of
    // `FUNCTION_PAIRS` (each part of a compound too, the first one first).
    if !opens_on_pair(word, &FUNCTION_PAIRS) {
        return false;
    }
    let function =
        |f: &str| FUNCTIONS.contains(&f) || FUNCTION_STARTS.iter().any(|p| f.starts_with(p));
    with_fold(word, |f| {
        let f = f.trim_end_matches('.');
        // A compound of function words ("Maire-Président", "Maire-adjoint",
        // "Président-délégué") is a function too; a family name joined to
        // one ("MAIRE-DUBOIS") is not.
        function(f)
            || f.contains('-') && f.split('-').all(|part| !part.is_empty() && function(part))
    })
}

/// A definite article before a noun: "les Adjoints", "la Conseillère".
pub(crate) fn is_article(word: &str) -> bool {
    matches!(word, "le" | "la" | "les" | "Le" | "La" | "Les" | "LES")
}

/// Family-name-like: letters mostly capitals ("PLAONNET-CASEMONT", "Falonnet").
pub(crate) fn is_caps(word: &str) -> bool {
    let word = without_elision(word);
    // A word of prose, on its first letter: a small letter other than an
    // OCR's `l` leaves fewer capitals than letters, and no first capital.
    if word
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && c != 'l')
    {
        return false;
    }
    let (mut upper, mut total, mut ocr_l) = (0, 0, 0);
    if word.is_ascii() {
        // The same counts over bytes, for the most frequent words.
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            total += 1;
            if b.is_ascii_uppercase() {
                upper += 1;
            } else if b == b'l' {
                ocr_l += 1;
            }
        }
    } else {
        for c in letters(word) {
            total += 1;
            if c.is_uppercase() {
                upper += 1;
            } else if c == 'l' {
                ocr_l += 1;
            }
        }
    }
    if total < 2 || word.ends_with('.') && total <= 3 {
        return false;
    }
    // "VOllOT", "lANDREAU": capitals whose I an OCR read as l.
    if ocr_l > 0 && upper >= 2 && upper + ocr_l == total {
        return true;
    }
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    upper == total || (first_upper && total >= 4 && upper * 4 >= total * 3)
}

/// A name's letters after an elided particle: "d'ORMESSAN" → "ORMESSAN".
#[inline]
pub(super) fn without_elision(word: &str) -> &str {
    // Every elision is a letter and an apostrophe: most words are told on
    // their second byte, where they are asked (no call).
    if word.as_bytes().get(1) != Some(&b'\'') {
        return word;
    }
    after_elision(word)
}

/// [`without_elision`] of a word whose second byte is an apostrophe.
fn after_elision(word: &str) -> &str {
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
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = letters(without_elision(word));
    match chars.next() {
        Some(c) if c.is_uppercase() => chars.any(char::is_lowercase),
        // "lsabelle", "lnvernizzi": an OCR's `l` for a capital `I`, which
        // no French word opens on before a consonant.
        Some('l') => {
            let rest: Vec<char> = chars.collect();
            rest.len() >= 3
                && "bcdfgjkmnpqrstvwxz".contains(rest[0])
                && rest.iter().all(|c| c.is_lowercase())
        }
        _ => false,
    }
}

/// Initials: "G.", "J.-L.", "M.-T.".
pub(crate) fn is_initial(word: &str) -> bool {
    word.ends_with('.')
        && word.split(['.', '-']).all(|p| {
            p.is_empty()
                || (p.chars().count() <= 2 && p.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Initials without dots: "J", "J-L".
pub(crate) fn is_letters_initial(word: &str) -> bool {
    // One capital, then a hyphen and another, and so on ("J", "J-L").
    let mut chars = word.chars();
    loop {
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        match chars.next() {
            None => return true,
            Some('-') => {}
            Some(_) => return false,
        }
    }
}

/// Lower-case words that end a name: conjunctions, prepositions, verbs.
pub(super) fn is_stop_word(word: &str) -> bool {
    with_fold(word, |f| NAME_ENDERS.contains(&f))
}

/// A word in capitals that ends a name in a sentence written wholly in
/// capitals ("MME X EST DÉSIGNÉE SECRÉTAIRE", "M. Y COMME SECRÉTAIRE", "M.
/// Z ET MME W", "M. V DONNE POUVOIR"): the small words and verbs that end a
/// name in small letters ([`NAME_ENDERS`]), and the words of the sentence
/// that follow a name there ([`CAPS_NAME_ENDERS`]).
pub(super) fn is_caps_name_ender(word: &str) -> bool {
    (2..=24).contains(&word.len())
        && is_caps(word)
        && with_fold(word, |f| {
            // (Not the links of a commune's name in capitals, which lists
            // run into names: "VILLERS SUR MER M. X".)
            NAME_ENDERS.contains(&f) && !PLACE_LINKS.contains(&f) || CAPS_NAME_ENDERS.contains(&f)
        })
}

/// A word in capitals of the sentence that follows a name, never of a
/// list's entries ([`CAPS_NAME_ENDERS`]): "MME X A ÉTÉ NOMMÉE", "M. Y
/// COMME SECRÉTAIRE".
pub(super) fn is_caps_sentence_ender(word: &str) -> bool {
    (3..=24).contains(&word.len())
        && is_caps(word)
        && with_fold(word, |f| CAPS_NAME_ENDERS.contains(&f))
}

/// A word of the sentence after a name in capitals ("LA SÉANCE EST
/// OUVERTE"): it ends the name, with the article before it.
pub(super) fn is_sentence_word(word: &str) -> bool {
    // (The first two letters looked at before the word is folded: most
    // words open on no pair of these words'.)
    const PAIRS: [u32; 26] = {
        let lists: [&[&str]; 1] = [&SENTENCE_WORDS];
        first_pairs(&lists)
    };
    let mut buf = [0; 16];
    (3..=24).contains(&word.len())
        && opens_on_pair(word, &PAIRS)
        && fold_ascii(word, &mut buf).is_some_and(|f| SENTENCE_WORDS.contains(&f))
}

/// A word that heads the next group of a list rather than continue a
/// name: "Commune de X :", "Canton de Y :", "Secteur Nord :".
pub(super) fn is_group_heading_word(word: &str) -> bool {
    is_capitalised(word)
        && ["commune", "canton", "secteur"]
            .iter()
            .any(|w| folds_to(word, w))
}

/// Words of the margin box that flattened extractions weave into lists
/// ("en exercice : 23", "Date d'affichage :").
pub(super) fn is_margin_word(word: &str) -> bool {
    // The word folded once (a margin word has 4 to 12 letters: a word of
    // fewer bytes has fewer letters).
    const INITIALS: u32 = initials(&MARGIN_WORDS);
    let mut buf = [0; 12];
    word.len() >= 4
        && initial_in(word, INITIALS)
        && fold_ascii(word, &mut buf).is_some_and(|f| MARGIN_WORDS.contains(&f))
}

/// Whether `words` (the first three words after a name and its
/// apposition) open on a finite verb of the minutes, the name being its
/// subject: "est désignée", "a été élu", "ouvre la séance", "donne
/// lecture", "présente le rapport"; not "présente ses excuses" (an absence
/// told) nor "donne pouvoir" (a proxy).
pub(crate) fn opens_on_minutes_verb(words: [Option<&str>; 3]) -> bool {
    // (In a sentence written in capitals, the verb in capitals and the
    // word after it too: "MME X A ÉTÉ NOMMÉE", "M. Y EST DÉSIGNÉ".)
    let all_caps =
        |w: &str| w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_uppercase);
    let Some(verb) = words[0].filter(|v| {
        v.starts_with(char::is_lowercase) || all_caps(v) && words[1].is_some_and(all_caps)
    }) else {
        return false;
    };
    let folded = |j: usize| words[j].map(fold);
    let elected = |j: usize| folded(j).is_some_and(|x| ELECTED_WORDS.contains(&x.as_str()));
    match fold(verb).as_str() {
        "est" => elected(1),
        "a" => folded(1).as_deref() == Some("ete") && elected(2),
        "donne" => folded(1).as_deref() == Some("lecture"),
        "presente" if matches!(words[1], Some("ses" | "leurs")) => false,
        f => MINUTES_VERBS.contains(&f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_and_margin_words_fit_their_buffers() {
        assert!(PARTICLES.iter().all(|p| p.len() <= 5));
        assert!(PLACE_LINKS.iter().all(|p| p.len() <= 4));
        assert!(MARGIN_WORDS.iter().all(|m| (4..=12).contains(&m.len())));
    }

    #[test]
    fn an_ocr_l_for_a_capital_i() {
        for w in ["lsabelle", "lnvernizzi", "Isabelle", "Roux"] {
            assert!(is_capitalised(w), "{w}");
        }
        for w in ["les", "lui", "ls", "lsABELLE"] {
            assert!(!is_capitalised(w), "{w}");
        }
    }

    #[test]
    fn place_links_in_any_case() {
        for w in ["sur", "SOUS", "lès", "Lez", "aux", "de", "D"] {
            assert!(is_place_link(w), "{w}");
        }
        for w in ["d'", "sure", "Saint", "et", "à", ""] {
            assert!(!is_place_link(w), "{w}");
        }
    }

    #[test]
    fn function_words_open_on_a_pair_looked_for() {
        for w in FUNCTIONS.iter().chain(&FUNCTION_STARTS) {
            assert!(is_function_word(w), "{w}");
        }
    }

    #[test]
    fn compounds_of_function_words() {
        for w in [
            "Maire-Président",
            "Maire-adjoint",
            "Président-délégué",
            "MAIRE-ADJOINTE.",
        ] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["Maire-Dubois", "MAIRE-", "Dupont-Maire"] {
            assert!(!is_function_word(w), "{w}");
        }
    }

    #[test]
    fn finite_verbs_of_the_minutes() {
        let verb = |w: &str| {
            let mut it = w.split_whitespace();
            opens_on_minutes_verb([it.next(), it.next(), it.next()])
        };
        assert!(verb("est désignée secrétaire"));
        assert!(verb("a été élu secrétaire"));
        assert!(verb("ouvre la séance"));
        assert!(verb("donne lecture du procès-verbal"));
        assert!(verb("présente le rapport"));
        assert!(!verb("présente ses excuses"));
        assert!(!verb("donne pouvoir à M. Y"));
        assert!(!verb("est excusé"));
        assert!(!verb("a donné pouvoir"));
        assert!(!verb("Ouvre"));
        assert!(verb("A ÉTÉ NOMMÉE SECRÉTAIRE"));
        assert!(verb("EST DÉSIGNÉ SECRÉTAIRE"));
        assert!(!verb("DONNE POUVOIR À"));
        assert!(!verb("EST Y"));
    }
}
