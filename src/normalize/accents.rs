//! Words whose accented letters a broken extraction dropped: a PDF whose
//! font maps its accented glyphs to nothing gives "Etaient prsents",
//! "Secrtaire de sance", "le 3 dcembre". Where a text reads so (hardly an
//! accented small letter in it, and two such words at least), the words of
//! the minutes' vocabulary so damaged are written again without accents
//! ("presents", "seance", "decembre"), which every pattern reads; the map
//! back keeps the input's words.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::fold;

/// Words of the minutes that lose letters when their accents are dropped,
/// as written. A word whose damaged form is a word of its own ("donnée" ->
/// "donne", "élus" -> "lus", "à", "été") is not here.
const WORDS: &[&str] = &[
    "présent",
    "présents",
    "présente",
    "présentes",
    "présence",
    "représenté",
    "représentés",
    "représentée",
    "représentées",
    "représentant",
    "représentants",
    "séance",
    "séances",
    "délibération",
    "délibérations",
    "délibéré",
    "délibérer",
    "délibérant",
    "délibérante",
    "délégué",
    "délégués",
    "déléguée",
    "déléguées",
    "délégation",
    "délégations",
    "secrétaire",
    "secrétaires",
    "secrétariat",
    "excusé",
    "excusés",
    "excusée",
    "excusées",
    "président",
    "présidents",
    "présidente",
    "présidence",
    "présidé",
    "réuni",
    "réunie",
    "réunis",
    "réunies",
    "réunion",
    "étaient",
    "était",
    "procès",
    "unanimité",
    "majorité",
    "désigné",
    "désignée",
    "désignés",
    "désignation",
    "dûment",
    "convoqué",
    "convoquée",
    "convoqués",
    "légalement",
    "régulièrement",
    "conformément",
    "février",
    "août",
    "décembre",
    "communauté",
    "comité",
    "exprimé",
    "exprimés",
    "adopté",
    "adoptée",
    "adoptés",
    "approuvé",
    "approuvée",
    "approuvés",
    "décide",
    "décidé",
    "décision",
    "décisions",
    "préfecture",
    "après",
    "arrivée",
    "arrivé",
    "intéressé",
    "intéressés",
    "suppléant",
    "suppléants",
    "conseillère",
    "conseillères",
    "municipalité",
    "collectivité",
    "générale",
    "général",
    "hôtel",
    "début",
    "clôture",
    "levée",
    "donné",
    "voté",
    "numéro",
    "exécutoire",
    "élu",
    "élue",
    "élection",
    "nommé",
    "nommés",
    "qualité",
    "accepté",
    "acceptée",
    "assuré",
    "assurée",
    "désigne",
    "désigner",
    "procédé",
    "procéder",
    "assemblée",
    "différé",
    "départ",
    "arrivés",
    "afférent",
    "afférents",
    "sièges",
];

/// The damaged forms, lower case, and the words they stand for, folded.
fn repairs() -> &'static HashMap<String, String> {
    static REPAIRS: OnceLock<HashMap<String, String>> = OnceLock::new();
    REPAIRS.get_or_init(|| {
        let mut map = HashMap::new();
        for word in WORDS {
            let damaged: String = word.chars().filter(char::is_ascii).collect();
            // ("élu" -> "lu" is a word: two letters are too few to tell.)
            if damaged.len() >= 3 {
                map.entry(damaged).or_insert_with(|| fold(word));
            }
        }
        map
    })
}

/// Whether `input` reads as an extraction that dropped its accented
/// letters: fewer than one accented small letter (`à` to `ÿ`) in 1,000
/// bytes, and two different damaged words of [`WORDS`] at least.
pub(super) fn dropped(input: &str) -> bool {
    let bytes = input.as_bytes();
    if bytes.len() < 200 {
        return false;
    }
    // (Counted until there are too many: a French text has one in fifty
    // bytes, found in its first few lines.)
    let enough = bytes.len() / 1000;
    let accented = memchr::memchr_iter(0xC3, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0xA0..=0xBF).contains(b)))
        .take(enough + 1)
        .count();
    if accented > enough {
        return false;
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if word_start(bytes, i)
            && let Some((len, key)) = damaged_at(input, i)
        {
            if !seen.contains(&key) {
                seen.push(key);
                if seen.len() >= 2 {
                    return true;
                }
            }
            i += len;
        } else {
            i += 1;
        }
    }
    false
}

/// Whether a word starts at `i`: an ASCII letter after no letter, or after
/// a curly apostrophe ("l’unanimit").
pub(super) fn word_start(bytes: &[u8], i: usize) -> bool {
    bytes[i].is_ascii_alphabetic()
        && (i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80)
            || bytes[..i].ends_with("’".as_bytes()))
}

/// The length of the word of ASCII letters at `bytes[i..]`, up to `max`
/// of them, when it is whole: no letter right after it, accented or not
/// (a non-breaking or narrow space, a curly apostrophe or quote is none:
/// "Prsents\u{a0}:").
fn whole_word(bytes: &[u8], i: usize, max: usize) -> Option<usize> {
    let len = bytes[i..]
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let rest = &bytes[i + len..];
    let cut = rest.first().is_some_and(|&b| {
        b.is_ascii_alphabetic()
            || (b >= 0x80
                && !["\u{a0}", "\u{202f}", "’", "»", "”"]
                    .iter()
                    .any(|s| rest.starts_with(s.as_bytes())))
    });
    (!cut).then_some(len)
}

/// The last word of ASCII letters before `i`, spaces passed, lower case.
fn word_before(input: &str, i: usize) -> String {
    input[..i]
        .trim_end_matches(' ')
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The damaged word at `input[i..]` (a word start): its length and its key.
fn damaged_at(input: &str, i: usize) -> Option<(usize, &'static str)> {
    let len = whole_word(input.as_bytes(), i, 24)?;
    let lower = input[i..i + len].to_ascii_lowercase();
    repairs()
        .get_key_value(&lower)
        .map(|(k, _)| (len, k.as_str()))
}

/// The word at `input[i..]` (a word start) written again, in the case it is
/// written in ("SANCE" -> "SEANCE", "Sance" -> "Seance"), or the two spaces
/// there between two words with the "a" they lost, and the length it
/// replaces; `None` for anything else.
pub(super) fn repair(input: &str, i: usize) -> Option<(String, usize)> {
    let bytes = input.as_bytes();
    // "donne pouvoir  M. X", "partie  partir du point 3": two spaces
    // between two words, where an "à" stood (not after an article or a
    // preposition: "dans le  lieu" is two spaces of a layout).
    if bytes[i] == b' ' {
        let letter = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\'';
        if !(i > 0
            && letter(bytes[i - 1])
            && bytes.get(i + 1) == Some(&b' ')
            && bytes.get(i + 2).is_some_and(|&b| letter(b)))
        {
            return None;
        }
        let before = word_before(input, i);
        // ("à" never follows an article or a preposition.)
        let link = matches!(
            before.as_str(),
            "le" | "la"
                | "les"
                | "l"
                | "un"
                | "une"
                | "de"
                | "des"
                | "du"
                | "d"
                | "et"
                | "ou"
                | "dans"
                | "en"
                | "au"
                | "aux"
                | "par"
                | "pour"
                | "sur"
                | "sous"
                | "avec"
        );
        return (!link).then(|| (" a ".to_string(), 2));
    }
    let (len, plain) = match damaged_at(input, i) {
        Some((len, key)) => (len, repairs()[key].as_str()),
        None => after_auxiliary(input, i)?,
    };
    let word = &input[i..i + len];
    let caps = len >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
    let with = if caps {
        plain.to_ascii_uppercase()
    } else if word.as_bytes()[0].is_ascii_uppercase() {
        let mut s = plain.to_string();
        s[..1].make_ascii_uppercase();
        s
    } else {
        plain.to_string()
    };
    Some((with, len))
}

/// "a t lue", "est lu": "été" and "élu" damaged to "t" and "lu", words
/// too short to tell alone, after the auxiliary they follow ("a", "ont",
/// "est", "sont", or "t" itself): their length and the words folded.
fn after_auxiliary(input: &str, i: usize) -> Option<(usize, &'static str)> {
    let len = whole_word(input.as_bytes(), i, 5)?;
    // (A space at least between the auxiliary and the word.)
    if input[..i].trim_end_matches(' ').len() + 1 > i {
        return None;
    }
    let previous = word_before(input, i);
    let word = input[i..i + len].to_ascii_lowercase();
    let plain = match (previous.as_str(), word.as_str()) {
        ("a" | "ont" | "avait" | "avaient", "t") => "ete",
        ("t" | "est" | "sont", "lu") => "elu",
        ("t" | "est" | "sont", "lue") => "elue",
        ("t" | "est" | "sont", "lus") => "elus",
        ("t" | "est" | "sont", "lues") => "elues",
        _ => return None,
    };
    Some((len, plain))
}

/// The first word start or space in `bytes[from + 1..to]`, else `to`:
/// where a run copied as it is stops for [`repair`] to look at it.
pub(super) fn next_word_start(bytes: &[u8], from: usize, to: usize) -> usize {
    (from + 1..to)
        .find(|&k| bytes[k] == b' ' || word_start(bytes, k))
        .unwrap_or(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_words_are_written_again_in_their_case() {
        let text = "Sance du 3 dcembre : taient prsents MM. X, Y";
        assert_eq!(repair(text, 0), Some(("Seance".into(), 5)));
        assert_eq!(repair(text, 11), Some(("decembre".into(), 7)));
        assert_eq!(repair("SECRTAIRE", 0), Some(("SECRETAIRE".into(), 9)));
        assert_eq!(repair("Monsieur", 0), None);
        // Part of a longer word, or with an accent kept: no damaged word.
        assert_eq!(repair("prsentation", 0), None);
        assert_eq!(repair("prsenté", 0), None);
        assert_eq!(repair("pouvoir  M. X", 7), Some((" a ".into(), 2)));
        assert_eq!(
            repair("Mme X a t lue secrtaire", 8),
            Some(("ete".into(), 1))
        );
        assert_eq!(
            repair("Mme X a t lue secrtaire", 10),
            Some(("elue".into(), 3))
        );
        assert_eq!(repair("il lu la", 3), None);
        assert_eq!(repair("pouvoir : M. X", 7), None);
        assert_eq!(
            repair("partie  partir du point 3", 6),
            Some((" a ".into(), 2))
        );
        assert_eq!(repair("dans le  lieu habituel", 7), None);
        // After a curly apostrophe, a word starts.
        assert!(word_start("l’unanimit".as_bytes(), 4));
        assert!(!word_start("prsentation".as_bytes(), 3));
        // Before a non-breaking space, a word ends.
        assert_eq!(
            repair("Prsents\u{a0}: M. X", 0),
            Some(("Presents".into(), 7))
        );
    }

    #[test]
    fn only_a_text_without_accents_and_with_damaged_words_is_dropped() {
        let damaged = format!(
            "{}Etaient prsents : M. X. Secrtaire de sance : M. Y.",
            " ".repeat(200)
        );
        assert!(dropped(&damaged));
        let whole = format!(
            "{}Étaient présents : M. X. Secrétaire de séance : M. Y.",
            " ".repeat(200)
        );
        assert!(!dropped(&whole));
        let one = format!(
            "{}Etaient prsents : M. X. Secretaire : M. Y.",
            " ".repeat(200)
        );
        assert!(!dropped(&one));
    }
}
