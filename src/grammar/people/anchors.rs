//! A list read by its names' anchors: the last reading of a list that
//! neither the list grammar nor the loose reading could split, a table
//! flattened or a run written without separators ("Amné Paul CORVANT
//! Loué BERLIAC Anne", ". : M. Paul VARNOT . Orlis : M. Luc DEPARDE",
//! "Merville Anne LOTARD (+ pouvoir de Paul CHEVRON)").
//!
//! Only the names held by strong anchors are kept: a family name in
//! capitals beside a given name the lexicon knows (before or after it,
//! compound given names and particles included), or a civility before a
//! family name in capitals. Everything between them (communes in mixed
//! case, dots, colons, counts) is passed. Which side the given names are
//! written on is the list's own: where a given name could open one name
//! or close another, the side most names of the run take wins. The
//! brackets after a name are its notes; a proxy written after a name
//! ("donne procuration à M. X", "avec pouvoir de Anne Y") is a note
//! holding the other member, not an entry. The caller says, in a
//! warning, that the list was read so.

use std::ops::Range;

use super::words::{civility, is_capital_particle, is_function_word, is_particle, letters};
use super::{Civility, Name};
use crate::grammar::given_names::{GivenName, given_name};
use crate::text::{regex, with_fold};

/// What an anchored reading found: the names, each with its notes, and
/// where the run stopped.
#[derive(Debug, Default)]
pub(crate) struct Anchored {
    pub(crate) names: Vec<(Name, Vec<Range<usize>>)>,
    pub(crate) stop: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Civility(Civility),
    /// A word in capitals, two letters or more, no function's.
    Caps,
    /// "DE", "LE", "DEL" in capitals.
    CapParticle,
    /// "de", "du", "d'".
    Particle,
    /// A capitalised word the lexicon knows as a given name.
    Given,
    /// Another capitalised word in mixed case.
    Capitalised,
    Other,
    /// A separator: a comma, a colon, a dot, a dash.
    Sep,
    /// A blank line.
    Para,
    /// A bracket closed: its inner range.
    Bracket,
}

#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    range: Range<usize>,
}

/// The most tokens read in one run.
const MAX_TOKENS: usize = 1500;
/// The most words between two names: more is prose, and the run ends.
const MAX_GAP: usize = 8;
/// The fewest names a run must hold to be read at all.
pub(crate) const MIN_NAMES: usize = 3;

fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let end = range.end.min(text.len());
    let mut i = range.start;
    while i < end && out.len() < MAX_TOKENS {
        let Some(c) = text[i..end].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            if c == '\n'
                && text[i + 1..end]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('\n')
            {
                out.push(Tok {
                    kind: Kind::Para,
                    range: i..i + 1,
                });
                // Past the whole blank run.
                let rest = &text[i..end];
                let skip = rest.len() - rest.trim_start().len();
                i += skip.max(1);
                continue;
            }
            i += len;
            continue;
        }
        match c {
            '(' | '[' => {
                let close = if c == '(' { ')' } else { ']' };
                let window = text.floor_char_boundary((i + 300).min(end));
                let inner = &text[i + 1..window];
                let closes = inner.find(close);
                let reopens = inner.find(c);
                match closes {
                    Some(p) if reopens.is_none_or(|r| r > p) => {
                        out.push(Tok {
                            kind: Kind::Bracket,
                            range: i + 1..i + 1 + p,
                        });
                        i = i + 1 + p + 1;
                    }
                    // Left open: a separator, the words after it read.
                    _ => {
                        out.push(Tok {
                            kind: Kind::Sep,
                            range: i..i + len,
                        });
                        i += len;
                    }
                }
                continue;
            }
            ')' | ']' | ',' | ';' | ':' | '–' | '—' | '/' | '•' | '·' | '…' | '|' | '*' => {
                out.push(Tok {
                    kind: Kind::Sep,
                    range: i..i + len,
                });
                i += len;
                continue;
            }
            _ => {}
        }
        // A word: up to a space or a separator.
        let rest = &text[i..end];
        let stop = rest
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '(' | ')'
                            | '['
                            | ']'
                            | ','
                            | ';'
                            | ':'
                            | '–'
                            | '—'
                            | '/'
                            | '•'
                            | '·'
                            | '…'
                            | '|'
                            | '*'
                    )
            })
            .unwrap_or(rest.len());
        let word = &rest[..stop];
        let w_end = i + stop;
        // "M.GICQUEL": a civility glued to the name.
        if let Some(after) = word.strip_prefix("M.")
            && after.starts_with(|c: char| c.is_uppercase())
        {
            out.push(Tok {
                kind: Kind::Civility(Civility::Monsieur),
                range: i..i + 2,
            });
            push_word(&mut out, text, i + 2..w_end);
        } else {
            push_word(&mut out, text, i..w_end);
        }
        i = w_end.max(i + len);
    }
    out
}

/// Classifies one word (its dots at the end a separator, but a civility's).
fn push_word(out: &mut Vec<Tok>, text: &str, range: Range<usize>) {
    let word = &text[range.clone()];
    if let Some((Some(c), false)) = civility(word) {
        out.push(Tok {
            kind: Kind::Civility(c),
            range,
        });
        return;
    }
    let bare = word.trim_end_matches('.');
    let dots = word.len() - bare.len();
    let range_bare = range.start..range.end - dots;
    if bare.is_empty() || bare == "-" || bare.chars().all(|c| c == '-' || c == '.') {
        out.push(Tok {
            kind: Kind::Sep,
            range,
        });
        return;
    }
    let kind = classify(bare);
    out.push(Tok {
        kind,
        range: range_bare,
    });
    if dots > 0 {
        out.push(Tok {
            kind: Kind::Sep,
            range: range.end - dots..range.end,
        });
    }
}

fn classify(w: &str) -> Kind {
    // ("DELLA", "VAN": a particle in capitals too.)
    if is_capital_particle(w) || w.len() > 1 && !w.chars().any(char::is_lowercase) && is_particle(w)
    {
        return Kind::CapParticle;
    }
    if is_particle(w) && w.starts_with(char::is_lowercase) {
        return Kind::Particle;
    }
    let n_letters = letters(w).count();
    let first_upper = w.chars().next().is_some_and(char::is_uppercase);
    let any_lower = w.chars().any(char::is_lowercase);
    let word_like = w
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    if !word_like || !first_upper {
        return Kind::Other;
    }
    if !any_lower {
        return if n_letters >= 2 && !w.contains("--") && !is_function_word(w) {
            Kind::Caps
        } else {
            Kind::Other
        };
    }
    if is_function_word(w) {
        return Kind::Other;
    }
    // (Mixed case: "Jean-Luc", not "MARIE-Claire" nor "DUPONT-Lamy".)
    let second_lower = w.chars().nth(1).is_some_and(char::is_lowercase);
    if second_lower && given_name(w) != GivenName::No {
        Kind::Given
    } else if second_lower {
        Kind::Capitalised
    } else {
        Kind::Other
    }
}

/// The end of a run of family-name words at `i`: particles, then words in
/// capitals with particles between them, ending on capitals. Its end and
/// whether it holds a particle.
fn caps_run(t: &[Tok], i: usize) -> Option<(usize, bool)> {
    let mut k = i;
    let mut particle = false;
    while k < t.len() && matches!(t[k].kind, Kind::CapParticle | Kind::Particle) {
        k += 1;
        particle = true;
    }
    if k >= t.len() || t[k].kind != Kind::Caps {
        return None;
    }
    let mut end = k + 1;
    let mut j = end;
    loop {
        let mut p = j;
        while p < t.len() && matches!(t[p].kind, Kind::CapParticle | Kind::Particle) {
            p += 1;
        }
        if p < t.len() && t[p].kind == Kind::Caps {
            particle |= p > j;
            end = p + 1;
            j = end;
        } else {
            break;
        }
    }
    Some((end, particle))
}

/// The end of a run of given names at `i` (three at most).
fn given_run(t: &[Tok], i: usize) -> Option<usize> {
    let mut k = i;
    while k < t.len() && k < i + 3 && t[k].kind == Kind::Given {
        k += 1;
    }
    (k > i).then_some(k)
}

fn is_given(t: &[Tok], i: usize) -> bool {
    t.get(i).is_some_and(|x| x.kind == Kind::Given)
}

/// A name read at token `i`: its name and the token after it.
fn name_at(t: &[Tok], i: usize, given_first: bool) -> Option<(Name, usize)> {
    let whole = |a: usize, b: usize| t[a].range.start..t[b - 1].range.end;
    let span = |a: usize, b: usize| t[a].range.start..t[b - 1].range.end;
    match t[i].kind {
        Kind::Civility(c) => {
            let j = i + 1;
            if let Some((end, _)) = caps_run(t, j) {
                // "M. BROBRE Serge": the given name after, where the list
                // writes it so.
                let given = (!given_first)
                    .then(|| given_run(t, end))
                    .flatten()
                    .map(|g| (end, g));
                let last = given.map_or(end, |g| g.1);
                return Some((
                    Name {
                        civility: Some(c),
                        given: given.map(|(a, b)| span(a, b)),
                        family: span(j, end),
                        whole: whole(i, last),
                    },
                    last,
                ));
            }
            // "Mme Anne-Lise X": given names, known or not (two at most).
            let mut g = j;
            while g < t.len() && g < j + 2 && matches!(t[g].kind, Kind::Given | Kind::Capitalised) {
                g += 1;
            }
            if g == j {
                return None;
            }
            let (end, _) = caps_run(t, g)?;
            Some((
                Name {
                    civility: Some(c),
                    given: Some(span(j, g)),
                    family: span(g, end),
                    whole: whole(i, end),
                },
                end,
            ))
        }
        Kind::Given => {
            let g = given_run(t, i)?;
            let (mut end, particle) = caps_run(t, g)?;
            let followed = is_given(t, end);
            if !given_first && followed {
                // The family name closes the next name: this given name
                // stands alone, or after a name already read.
                return None;
            }
            // "Annie X LE BOURG Paul Y": the run holds a commune after
            // the family name, the next name's given name after it.
            if given_first
                && followed
                && end - g >= 2
                && (!particle || t[g].kind == Kind::Caps && t[g + 1].kind == Kind::Caps)
            {
                end = g + 1;
            }
            Some((
                Name {
                    civility: None,
                    given: Some(span(i, g)),
                    family: span(g, end),
                    whole: whole(i, end),
                },
                end,
            ))
        }
        Kind::Caps | Kind::CapParticle => {
            let (end, particle) = caps_run(t, i)?;
            let g = given_run(t, end)?;
            if given_first && caps_run(t, g).is_some() {
                // The given name opens the next name.
                return None;
            }
            let mut start = i;
            // "Paul X BOURG-NEUF Y Anne": after a name, the run holds the
            // commune before the family name.
            if !given_first
                && end - i >= 2
                && (!particle || t[end - 2].kind == Kind::Caps)
                && i > 0
                && is_given(t, i - 1)
            {
                start = end - 1;
            }
            Some((
                Name {
                    civility: None,
                    given: Some(span(end, g)),
                    family: span(start, end),
                    whole: whole(start, g),
                },
                g,
            ))
        }
        _ => None,
    }
}

/// Which side the run writes given names on: the family names with a
/// given name on one side only, counted.
fn given_first(t: &[Tok]) -> bool {
    let (mut before, mut after) = (0, 0);
    let mut i = 0;
    while i < t.len() {
        if matches!(t[i].kind, Kind::Caps | Kind::CapParticle)
            && let Some((end, _)) = caps_run(t, i)
        {
            let civil = i > 0 && matches!(t[i - 1].kind, Kind::Civility(_));
            let b = i > 0 && is_given(t, i - 1);
            let a = is_given(t, end);
            if !civil {
                if b && !a {
                    before += 1;
                }
                if a && !b {
                    after += 1;
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    before >= after
}

/// A word before a name that makes it the other side of a proxy or an
/// object ("pouvoir de X", "à Y", "par Z").
fn after_preposition(text: &str, t: &[Tok], i: usize) -> bool {
    i > 0
        && matches!(t[i - 1].kind, Kind::Other | Kind::Particle)
        && with_fold(&text[t[i - 1].range.clone()], |f| {
            matches!(f, "de" | "a" | "par" | "d'" | "du" | "au")
        })
}

/// A proxy written after a name, up to its other member: the length of
/// its words ("donne procuration à", "qui donne pouvoir à", "représenté
/// par", "avec pouvoir de").
fn proxy_words(text: &str, from: usize, to: usize) -> Option<usize> {
    let to = text.floor_char_boundary(to.min(from + 80).min(text.len()));
    let s = &text[from..to];
    with_fold(s, |f| {
        let re = regex!(
            r"^[\s,]*(?:qui\s+)?(?:(?:a|avait)\s+)?(?:donne|donnant|donnee)\s+(?:sa\s+)?(?:procuration|pouvoir|delegation)\s+(?:a|au)\s+|^[\s,]*(?:est\s+)?represente?e?\s+par\s+|^[\s,]*(?:avec|\+)\s*(?:(?:le|la|un|une)\s+)?(?:pouvoir|procuration)\s+de\s+"
        );
        re.find(f).map(|m| {
            // Folding keeps the words: count them back in the text.
            let words = f[..m.end()].split_whitespace().count();
            let mut seen = 0;
            let mut at = s.len();
            let mut in_word = false;
            for (k, c) in s.char_indices() {
                let space = c.is_whitespace() || c == ',';
                if !space && !in_word {
                    if seen == words {
                        at = k;
                        break;
                    }
                    seen += 1;
                }
                in_word = !space;
            }
            at
        })
    })
}

/// A status written after a name, no bracket: "absent", "excusée".
fn standing(text: &str, tok: &Tok) -> bool {
    matches!(tok.kind, Kind::Other | Kind::Capitalised)
        && with_fold(&text[tok.range.clone()], |f| {
            f.starts_with("absent") || f.starts_with("excuse")
        })
}

/// What may not stand before the first name of a run read where a list
/// stopped: a label's colon, a sentence's full stop, a label's word.
fn ends_remnant(text: &str, t: &[Tok], i: usize) -> bool {
    let tok = &t[i];
    let word = &text[tok.range.clone()];
    match tok.kind {
        // (A full stop after a word of three letters or more: not "MM.".)
        Kind::Sep => {
            word == "."
                && (i == 0
                    || !matches!(t[i - 1].kind, Kind::Sep | Kind::Para)
                        && letters(&text[t[i - 1].range.clone()]).count() >= 3)
        }
        _ => with_fold(word, |f| {
            [
                "mandat",
                "pouvoir",
                "procur",
                "invit",
                "person",
                "assist",
                "absent",
                "excus",
                "present",
                "secretaire",
                "demission",
                "autres",
                "ainsi",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        }),
    }
}

/// A function of the staff or of an official after a name (past a comma):
/// "Directrice Générale des Services", "responsable des finances", "agent
/// de développement", "Sous-Préfet", "Trésorière".
fn staff_after(text: &str, t: &[Tok], next: usize) -> bool {
    let mut k = next;
    while k < t.len() && t[k].kind == Kind::Sep && k < next + 2 {
        k += 1;
    }
    let Some(tok) = t.get(k) else {
        return false;
    };
    !matches!(tok.kind, Kind::Civility(_) | Kind::Bracket | Kind::Para)
        && with_fold(&text[tok.range.clone()], |f| {
            [
                "directeur",
                "directrice",
                "responsable",
                "chef",
                "agent",
                "attache",
                "technicien",
                "charge",
                "coordinat",
                "dgs",
                "dga",
                "tresori",
                "comptable",
                "assistant",
                "redact",
                "stagiaire",
                "journaliste",
                "sous",
                "prefet",
                "depute",
                "senat",
                "principal",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        })
}

/// Reads `text[range]` by its names' anchors; nothing when fewer than
/// [`MIN_NAMES`] names are read.
/// `remnant`: the run starts where a list stopped; what stands before its
/// first name then is a commune's words at most, no label (a colon, a
/// sentence's full stop, "Mandants", "Personnel présent") nor more than
/// a few words, else nothing is read.
pub(crate) fn anchored_list(text: &str, range: Range<usize>, remnant: bool) -> Anchored {
    let t = tokens(text, range.clone());
    let mut out = Anchored {
        names: Vec::new(),
        stop: range.start,
    };
    let order = given_first(&t);
    let mut i = 0;
    // Words since the last name (or the start).
    let mut gap = 0;
    while i < t.len() {
        if t[i].kind == Kind::Para && !out.names.is_empty() {
            break;
        }
        if gap > MAX_GAP || remnant && out.names.is_empty() && gap > 6 {
            break;
        }
        let read = (!after_preposition(text, &t, i))
            .then(|| name_at(&t, i, order))
            .flatten();
        if remnant && out.names.is_empty() && ends_remnant(text, &t, i) {
            break;
        }
        // "Mme X, Directrice Générale des Services", "Paul Y agent de
        // développement": the staff, no member.
        // (Passed whole, as a name: the words after it count from there.)
        if let Some((_, next)) = &read
            && staff_after(text, &t, *next)
        {
            gap = 0;
            i = *next;
            continue;
        }
        let Some((name, mut next)) = read else {
            if matches!(
                t[i].kind,
                Kind::Other | Kind::Capitalised | Kind::Given | Kind::Caps | Kind::Particle
            ) {
                gap += 1;
            }
            i += 1;
            continue;
        };
        let mut notes = Vec::new();
        let mut end = name.whole.end;
        // Its brackets, a status, then a proxy to or from another member.
        while next < t.len() && t[next].kind == Kind::Bracket {
            let r = t[next].range.clone();
            let inner = text[r.clone()].trim_start_matches(['+', ' ']);
            let start = r.end - inner.len();
            notes.push(start..r.end);
            end = r.end + 1;
            next += 1;
        }
        if next < t.len() && standing(text, &t[next]) {
            notes.push(t[next].range.clone());
            end = t[next].range.end;
            next += 1;
        }
        // "X Anne de Lorcy qui donne pouvoir à M. Y": the proxy after
        // the member's commune, a few words on.
        let mut proxy = proxy_words(text, end, text.len()).map(|len| (end, end + len));
        let mut k = next;
        while proxy.is_none()
            && k < t.len()
            && k < next + 8
            && matches!(
                t[k].kind,
                Kind::Other | Kind::Capitalised | Kind::Particle | Kind::Given | Kind::Sep
            )
            && &text[t[k].range.clone()] != ";"
        {
            proxy = proxy_words(text, t[k].range.start, text.len())
                .map(|len| (t[k].range.start, t[k].range.start + len));
            k += 1;
        }
        if let Some((from, holder_at)) = proxy {
            let end = from;
            if let Some(h) = (next..t.len()).find(|&k| t[k].range.start >= holder_at)
                && t[h].range.start == holder_at
                && let Some((holder, after)) = name_at(&t, h, order)
                    .or_else(|| name_at(&t, h, !order))
                    .or_else(|| {
                        // "à M. X", "par Mme Y": a civility and a family name.
                        caps_run(&t, h).map(|(e, _)| {
                            (
                                Name {
                                    civility: None,
                                    given: None,
                                    family: t[h].range.start..t[e - 1].range.end,
                                    whole: t[h].range.start..t[e - 1].range.end,
                                },
                                e,
                            )
                        })
                    })
            {
                let mut note_end = holder.whole.end;
                next = after;
                while next < t.len() && t[next].kind == Kind::Bracket {
                    note_end = t[next].range.end;
                    next += 1;
                }
                let lead = text[end..note_end].len()
                    - text[end..note_end]
                        .trim_start_matches([' ', ',', '\n'])
                        .len();
                notes.push(end + lead..note_end);
                out.stop = note_end;
            }
        }
        out.stop = out.stop.max(end);
        out.names.push((name, notes));
        gap = 0;
        i = next;
    }
    if out.names.len() < MIN_NAMES {
        out.names.clear();
        out.stop = range.start;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        anchored_list(text, 0..text.len(), false)
            .names
            .iter()
            .map(|(n, notes)| {
                let mut s = text[n.whole.clone()].to_string();
                for r in notes {
                    s.push_str(&format!(" [{}]", &text[r.clone()]));
                }
                s
            })
            .collect()
    }

    #[test]
    fn communes_between_family_names_first() {
        let text = "Communes Communes Ambreuil Gérard VOLMANT Lorcy PALANDEAU Sylvie Ambreuil LORTIBERT Franck Lorcy JAVRAND Maryline Auvel sur Orbe BRUGAL Stéphane";
        assert_eq!(
            read(text),
            [
                "Gérard VOLMANT",
                "PALANDEAU Sylvie",
                "LORTIBERT Franck",
                "JAVRAND Maryline",
                "BRUGAL Stéphane"
            ]
        );
    }

    #[test]
    fn civilities_after_dots_and_colons() {
        let text = ". : M. Bernard VOLKERT . : M. Jean-Paul ISTRA . Orlenheim : Mme Anne-Lise ULMARD . : M. Bruno KORTH, M. Maurice FALDNER";
        assert_eq!(
            read(text),
            [
                "M. Bernard VOLKERT",
                "M. Jean-Paul ISTRA",
                "Mme Anne-Lise ULMARD",
                "M. Bruno KORTH",
                "M. Maurice FALDNER"
            ]
        );
    }

    #[test]
    fn brackets_and_communes_given_first() {
        let text = "Agrève Patrick GAVALOU Beaurieu Maryse HÉRAND (+ pouvoir de Pascal LAPREUIL) Birac sur Tolle Jean-Luc ANDRIC Alain LERMOT Calvières François NÉVRAUD";
        assert_eq!(
            read(text),
            [
                "Patrick GAVALOU",
                "Maryse HÉRAND [pouvoir de Pascal LAPREUIL]",
                "Jean-Luc ANDRIC",
                "Alain LERMOT",
                "François NÉVRAUD"
            ]
        );
    }

    #[test]
    fn proxies_written_after_names() {
        let text = "Brenay sur Orne BARTOLI Paulo donne procuration à Mme BRISSARD Chervil MOLLARD Guy Coulmes sur Gée MERVANT Jean-Claude donne procuration à M. PARVIN";
        assert_eq!(
            read(text),
            [
                "BARTOLI Paulo [donne procuration à Mme BRISSARD]",
                "MOLLARD Guy",
                "MERVANT Jean-Claude [donne procuration à M. PARVIN]"
            ]
        );
    }

    #[test]
    fn staff_passed_and_the_run_read_on() {
        let text = "Christophe MAROTTE, Sous - Préfet de Vallières - Orlon, Béatrice LORMIER, Trésorière Villard Isabelle LEIBOLD Jacky DEYBRAND représenté par M. Jean-Yves MAGADOU Joseph MUNSTER, André REBOLLE";
        assert_eq!(
            read(text),
            [
                "Isabelle LEIBOLD",
                "Jacky DEYBRAND [représenté par M. Jean-Yves MAGADOU]",
                "Joseph MUNSTER",
                "André REBOLLE"
            ]
        );
    }

    #[test]
    fn a_remnant_opens_on_no_sentence_nor_label() {
        let text = "GARNIER, FUJOLS.\n\nMme BERDAN avait donné pouvoir à M. DUPRAT, Mme LANGLOIS à M BERGUIN, M. FOURNAC à M. DELAVAL.";
        let at = text.find('.').unwrap_or(0);
        assert!(anchored_list(text, at..text.len(), true).names.is_empty());
        let text = "LAURENT ; Autres personnes présentes : M. Paul DARVET, Mme Anne VOLRIN, M. Luc MARTAGNE";
        assert!(anchored_list(text, 8..text.len(), true).names.is_empty());
    }

    #[test]
    fn prose_is_not_read() {
        let text = "Le Président ouvre la séance et rappelle que M. Paul DARVET a été désigné par le conseil lors de la dernière réunion pour représenter la commune auprès du syndicat, puis Mme Anne VOLRIN prend la parole.";
        assert!(read(text).is_empty());
    }
}
