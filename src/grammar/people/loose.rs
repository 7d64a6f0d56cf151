//! A list read loosely: the second reading of a run of names where the
//! list grammar read nothing ("Présents : Paul ARNOLDI – Mme Lise
//! BORTELLI – M. TRAMOLIN (maire) et Anne VIDALOT.") or stopped before the
//! run ended. Any separator ends an entry (a comma, a semicolon, a dash, a
//! spaced hyphen, a slash, a line break, "et"); an entry is kept when it is
//! shaped like a person's name ("NOM Prénom", "Prénom NOM", "M. NOM",
//! "Mme Prénom NOM"), a bracket or a function after it dropped; an entry
//! that is only a function ("Maire", "1er Vice-Président", "délégué de la
//! CC") is passed; anything else ends the run. The caller says that the
//! list was read loosely.

use std::ops::Range;

use super::Name;
use super::name::lone_name;
use super::words::{
    civility, is_article, is_capital_particle, is_caps, is_function_word, is_particle, letters,
    opens_on_minutes_verb,
};
use crate::grammar::given_names::{GivenName, given_name, is_given_name};
use crate::grammar::proxies::mentions_proxy;
use crate::text::{fold, with_fold};
use crate::vocabulary::PLACE_NOUNS;

/// What a loose reading found: the names, each with the brackets written
/// after it, and where the run stopped.
#[derive(Debug, Default)]
pub(crate) struct Loose {
    pub(crate) names: Vec<(Name, Vec<Range<usize>>)>,
    pub(crate) stop: usize,
}

/// What each bracket holds, its marks left out, as a list's notes are
/// read: "mandataire X" of "(mandataire X)"; a bracket the text's end cuts
/// keeps its end.
fn inside(text: &str, brackets: &[Range<usize>]) -> Vec<Range<usize>> {
    brackets
        .iter()
        .map(|b| {
            let s = &text[b.clone()];
            let start = b.start + usize::from(s.starts_with(['(', '[']));
            let end = b.end - usize::from(s.len() > 1 && s.ends_with([')', ']']));
            start..end.max(start)
        })
        .collect()
}

/// One entry of the run: where its words are, the brackets after them, and
/// whether a sentence or a label ends the run after it.
struct Piece {
    words: Range<usize>,
    brackets: Vec<Range<usize>>,
    last: bool,
    /// Where the piece ends, at its separator: the words after its last
    /// bracket run to it ("Mme X (adjointe) rappelle ...").
    end: usize,
}

/// The most entries one loose run is read from.
const MAX_PIECES: usize = 200;

/// Reads `text[range]` loosely. `remnant`: the run starts where a list
/// stopped, inside an entry it could not read ("... Anne X Gérald – Y –
/// Paul Z"): a first entry that is not a name is passed, not the run's end.
pub(crate) fn loose_list(text: &str, range: Range<usize>, remnant: bool) -> Loose {
    let mut out = Loose {
        names: Vec::new(),
        stop: range.start,
    };
    let pieces = pieces(text, range);
    // "MM. TARNIER, VOLAND, Mme X": a plural civility makes the family
    // names alone after it names, up to the next civility or given name.
    let mut group = false;
    let mut k = 0;
    while k < pieces.len() {
        let p = &pieces[k];
        // ("Déléguée Suppléante" is a function, "représenté par" a proxy.)
        if !remnant && k == 0 && opens_on_article(text, p.words.clone())
            || tells_proxy(text, p.words.clone()) && !is_function(text, p.words.clone())
        {
            break;
        }
        let opening = text[p.words.clone()]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if let Some((_, plural)) = civility(opening) {
            group = plural;
        }
        if let Some(n) = name_shaped(text, p.words.clone(), group) {
            if subject_of_a_sentence(text, &pieces[k..]) {
                break;
            }
            if n.given.is_some() && n.civility.is_none() && civility(opening).is_none() {
                group = false;
            }
            out.names.push((n, inside(text, &p.brackets)));
            out.stop = p.brackets.last().map_or(p.words.end, |b| b.end);
        } else if let Some(n) = pieces
            .get(k + 1)
            .and_then(|next| split_name(text, p.words.clone(), next.words.clone()))
        {
            // "Gérald – MOUTIREL": a given name and its family name parted
            // by a separator.
            let next = &pieces[k + 1];
            out.names.push((n, inside(text, &next.brackets)));
            out.stop = next.brackets.last().map_or(next.words.end, |b| b.end);
            k += 2;
            if next.last {
                break;
            }
            continue;
        } else {
            // A function is passed; so is a remnant's short tail.
            let tail = remnant && k == 0 && remnant_tail(&text[p.words.clone()]);
            if !(tail || is_function(text, p.words.clone())) {
                break;
            }
        }
        if p.last {
            break;
        }
        k += 1;
    }
    out
}

/// "M. X, adjoint, a été élu secrétaire", "Mme Y, doyenne, ouvre la
/// séance", "Le Maire, Anne Y, constate ...": the name of `pieces[0]` the
/// subject of a sentence, a verb of the minutes after its brackets, or
/// opening the next piece, one function (its apposition) between them at
/// most.
fn subject_of_a_sentence(text: &str, pieces: &[Piece]) -> bool {
    let opens_on_verb = |written: &str| {
        let mut words = written.split_whitespace();
        opens_on_minutes_verb([words.next(), words.next(), words.next()])
    };
    // "Mme Y (adjointe) rappelle ...": the verb after the brackets.
    if let Some(b) = pieces[0].brackets.last()
        && opens_on_verb(&text[b.end.min(pieces[0].end)..pieces[0].end])
    {
        return true;
    }
    let mut k = 1;
    while k < pieces.len().min(3) && !pieces[k - 1].last {
        if opens_on_verb(&text[pieces[k].words.clone()]) {
            return true;
        }
        if !is_function(text, pieces[k].words.clone()) {
            return false;
        }
        k += 1;
    }
    false
}

/// The entries of `text[range]`, split at any separator, up to a
/// sentence's end or a colon (another label).
fn pieces(text: &str, range: Range<usize>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let bytes = text.as_bytes();
    let mut start = range.start;
    let mut brackets = Vec::new();
    // Where the entry's words end: at its first bracket.
    let mut words_end: Option<usize> = None;
    let mut i = range.start;
    while i < range.end && pieces.len() < MAX_PIECES {
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        let (cut, skip, last) = match c {
            '(' | '[' => {
                let close = if c == '(' { ')' } else { ']' };
                let end = text[i..range.end]
                    .find(close)
                    .map_or(range.end, |p| i + p + 1);
                words_end.get_or_insert(i);
                brackets.push(i..end);
                i = end;
                continue;
            }
            ',' | ';' | '–' | '—' | '/' | '\n' | '•' | '·' => (true, len, false),
            // A hyphen between spaces, or a bullet opening a line; "Marie
            // -BAUDIN Paul": after a space, glued to a family name in
            // capitals (not "Jean -Michel", a given name's halves).
            '-' if (i == range.start || matches!(bytes[i - 1], b' ' | b'\n'))
                && (bytes.get(i + 1).is_none_or(|b| *b == b' ')
                    || is_caps(text[i + 1..range.end].split(' ').next().unwrap_or(""))) =>
            {
                (true, 1, false)
            }
            ':' => (true, 1, true),
            // "et" between two names.
            'e' | 'E'
                if text
                    .get(i..i + 2)
                    .is_some_and(|w| w.eq_ignore_ascii_case("et"))
                    && text[..i].ends_with(char::is_whitespace)
                    && text[i + 2..].starts_with(char::is_whitespace) =>
            {
                (true, 2, false)
            }
            // A full stop after a word of three letters or more that is no
            // civility ("Mme.") ends the sentence, and the run; not an
            // abbreviation's ("Vice-Prés., conseil. munic."), a comma or a
            // small letter after it.
            '.' if {
                let word = text[start..i]
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                let after = text[i + 1..range.end].trim_start();
                letters(word).count() >= 3
                    && civility(word).is_none()
                    && !after.starts_with(|c: char| c == ',' || c.is_lowercase())
            } =>
            {
                (true, 1, true)
            }
            _ => (false, len, false),
        };
        if cut {
            push_piece(
                text,
                &mut pieces,
                (start..words_end.unwrap_or(i), i),
                &mut brackets,
                last,
            );
            if last {
                return pieces;
            }
            words_end = None;
            start = i + skip;
        }
        i += skip;
    }
    if start < range.end && pieces.len() < MAX_PIECES {
        let end = words_end.unwrap_or(range.end);
        push_piece(
            text,
            &mut pieces,
            (start..end, range.end),
            &mut brackets,
            true,
        );
    }
    pieces
}

/// Adds the entry written in `text[written]` (its brackets taken), ending
/// at its separator at `end`, unless it holds no word.
fn push_piece(
    text: &str,
    pieces: &mut Vec<Piece>,
    (written, end): (Range<usize>, usize),
    brackets: &mut Vec<Range<usize>>,
    last: bool,
) {
    let piece = &text[written.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let words = written.start + lead..written.start + piece.trim_end().len().max(lead);
    if words.is_empty() && !last {
        brackets.clear();
        return;
    }
    pieces.push(Piece {
        words,
        brackets: std::mem::take(brackets),
        last,
        end,
    });
}

/// A person's name filling `text[words]`, a function after it allowed:
/// a family name in capitals with a civility or a given name, or a given
/// name of the lexicon before a capitalised family name.
fn name_shaped(text: &str, words: Range<usize>, group: bool) -> Option<Name> {
    if words.is_empty() {
        return None;
    }
    let n = lone_name(text, words.clone())?;
    // (A plural civility before the name: "MM. TARNIER".)
    let opening = text[words.clone()].split_whitespace().next().unwrap_or("");
    let civil = n.civility.is_some() || group || civility(opening).is_some();
    if n.whole.start != words.start && !civil
        || n.whole.start < words.start
        || n.whole.end > words.end
    {
        return None;
    }
    let rest = text[n.whole.end..words.end].trim();
    if !rest.is_empty() && !is_function(text, n.whole.end..words.end) {
        return None;
    }
    let family = &text[n.family.clone()];
    let family_words: Vec<&str> = family.split_whitespace().collect();
    if letters(family).count() < 2
        || family_words
            .iter()
            .any(|w| is_function_word(w) || civility(w).is_some())
    {
        return None;
    }
    // "VERNE-et-LAC": a place's name, its link in small letters.
    if family.contains('-')
        && family
            .split('-')
            .any(|part| part.len() >= 2 && part.chars().all(char::is_lowercase))
    {
        return None;
    }
    // ("Collège des Elus": a particle alone is no family name.)
    let caps = family_words
        .iter()
        .all(|w| is_caps(w) || is_particle(w) || is_capital_particle(w))
        && family_words
            .iter()
            .any(|w| is_caps(w) && !is_particle(w) && letters(w).count() >= 2);
    let given_known = n.given.as_ref().is_some_and(|g| {
        text[g.clone()]
            .split(['-', ' '])
            .next()
            .is_some_and(is_given_name)
    });
    let capitalised = family_words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || is_particle(w));
    // "M. Vaudrel", "Mme Farnoux": a civility before one capitalised
    // word that is no given name.
    let civil_word = n.civility.is_some()
        && n.given.is_none()
        && family_words.len() == 1
        && family.chars().skip(1).any(char::is_lowercase)
        && given_name(family) != GivenName::Yes;
    match (caps, civil || n.given.is_some()) {
        (true, true) => Some(n),
        (false, _) if civil_word && capitalised => Some(n),
        (false, _) if given_known && capitalised && n.given.is_some() => Some(n),
        _ => None,
    }
}

/// "Gérald" then "MOUTIREL": one given name of the lexicon alone, then one
/// family name in capitals alone.
fn split_name(text: &str, given: Range<usize>, family: Range<usize>) -> Option<Name> {
    let g = &text[given.clone()];
    let f = &text[family.clone()];
    let one = |w: &str| !w.is_empty() && !w.contains(char::is_whitespace);
    (one(g)
        && one(f)
        && is_given_name(g.split('-').next().unwrap_or(""))
        && g.chars().skip(1).any(char::is_lowercase)
        && is_caps(f)
        && letters(f).count() >= 2
        && !is_function_word(f))
    .then(|| Name {
        civility: None,
        given: Some(given.clone()),
        family: family.clone(),
        whole: given.start..family.end,
    })
}

/// An entry that is a function or a place and no one: "Maire", "1 er
/// Vice-Président", "délégué de la CC", "le Président", "Commune de
/// Lestrade": its first word, past an article or an ordinal, names a
/// function or a place.
fn is_function(text: &str, words: Range<usize>) -> bool {
    let piece = text[words].trim();
    if piece.split_whitespace().count() > 10 {
        return false;
    }
    piece
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            !(is_article(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(*w, "er" | "ère" | "ème" | "e" | "nd" | "nde"))
        })
        .is_some_and(|w| is_function_word(w) || with_fold(w, |f| PLACE_NOUNS.contains(&f)))
}

/// The tail of an entry a list stopped inside: up to three words of
/// letters ("Gérald", "Président"), no article ("___ Le Président" is a
/// signature's line, not a name's end).
fn remnant_tail(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    words.len() <= 3
        && words.first().is_none_or(|w| !is_article(w))
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// An entry that opens on an article ("Le Président, Paul X, et le
/// Maire de Y accueillent ..."): prose, when a list opens on it.
fn opens_on_article(text: &str, words: Range<usize>) -> bool {
    text[words]
        .split_whitespace()
        .next()
        .is_some_and(is_article)
}

/// An entry that tells a proxy, a representation or a substitution
/// ("représenté par Mme X", "et son suppléant"): the names after it are
/// no members of this list.
fn tells_proxy(text: &str, words: Range<usize>) -> bool {
    let folded = fold(&text[words]);
    mentions_proxy(&folded)
        || ["represent", "suppl", "remplac"]
            .iter()
            .any(|w| folded.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn families(text: &str, remnant: bool) -> Vec<&str> {
        loose_list(text, 0..text.len(), remnant)
            .names
            .iter()
            .map(|(n, _)| &text[n.family.clone()])
            .collect()
    }

    #[test]
    fn dashes_and_roles() {
        assert_eq!(
            families(
                "- M. Paul ARNOLDI, Président, délégué de la CC - M. Jean BORTELLI, 1 er Vice-Président - Mme Lise TRAMOLIN",
                false
            ),
            ["ARNOLDI", "BORTELLI", "TRAMOLIN"]
        );
    }

    #[test]
    fn brackets_et_and_sentence_end() {
        assert_eq!(
            families(
                "ARNOLDI Paul (maire) ; VIDALOT Anne et M. TRAMOLIN. Monsieur X ouvre la séance",
                false
            ),
            ["ARNOLDI", "VIDALOT", "TRAMOLIN"]
        );
    }

    #[test]
    fn prose_ends_the_run() {
        assert!(families("Monsieur ARNOLDI ouvre la séance.", false).is_empty());
        assert!(families("OUVERTURE DE SEANCE\nMonsieur ARNOLDI", false).is_empty());
        assert_eq!(
            families("Paul ARNOLDI\nAssistait également : X", false),
            ["ARNOLDI"]
        );
    }

    #[test]
    fn plural_civility_and_places() {
        assert_eq!(
            families(
                "M. ARNOLDI, Mme VIDAL, MM. TRAMOLIN, BORTELLI, Paul ORDESSE, Délégué, Commune de Lestrade",
                false
            ),
            ["ARNOLDI", "VIDAL", "TRAMOLIN", "BORTELLI", "ORDESSE"]
        );
        assert_eq!(families("Paul ORDESSE, BORTELLI", false), ["ORDESSE"]);
        assert_eq!(
            families("M. Ordesse, Maire - Mme Bortelli", false),
            ["Ordesse", "Bortelli"]
        );
        assert!(families("Mme Valérie", false).is_empty());
    }

    #[test]
    fn remnant_and_parted_name() {
        assert_eq!(
            families("Gérald – MOUTIREL – Sonia PLANVAL – Rémy ORDESSE.", true),
            ["MOUTIREL", "PLANVAL", "ORDESSE"]
        );
        assert_eq!(families("MERLANDE – Sonia PLANVAL", true), ["PLANVAL"]);
        assert!(families("MERLANDE – Sonia PLANVAL", false).is_empty());
        assert!(
            families(
                "Madame Lise ARNOLDI a été élue secrétaire – Paul VIDALOT",
                true
            )
            .is_empty()
        );
        assert_eq!(
            families(
                "Paul ARNOLDI à qui il a donné procuration, M. Jean VIDALOT",
                true
            ),
            Vec::<&str>::new()
        );
        assert!(families("Le Président, Paul ARNOLDI, et le Maire de X", false).is_empty());
        assert!(families("_____ Le Président, Paul ARNOLDI", true).is_empty());
        assert!(families("Collège des Elus – Paul ARNOLDI", false).is_empty());
        assert_eq!(
            families("Paul ARNOLDI – VERNE-et-LAC Gérald MAIRE", false),
            ["ARNOLDI"]
        );
    }
}
