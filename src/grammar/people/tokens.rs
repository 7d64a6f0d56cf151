//! Tokens of a list: words (with their inner apostrophes, hyphens and
//! initials' dots), numbers, punctuation, line breaks and blank lines.

use std::ops::Range;

use crate::grammar::given_names::is_given_name;
use crate::text::{is_alphabetic, with_fold};

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

/// Tokens with the text they were read from, to read words by index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'t> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'t [Token],
}

impl<'t> Words<'t> {
    /// The word at `k`, if the token there is a word.
    pub(crate) fn word(self, k: usize) -> Option<&'t str> {
        self.tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    /// Whether the token at `k` is of this kind.
    pub(crate) fn is(self, k: usize, kind: Kind) -> bool {
        self.tokens.get(k).is_some_and(|t| t.kind == kind)
    }
}

/// Whether a hyphen between `before` and `after` is a separator that lost
/// its spaces: a family name in capitals, then a capitalised given name.
fn glued_names(before: &str, after: &str) -> bool {
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let next: &str = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let capitalised = next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().skip(1).all(char::is_lowercase)
        && next.chars().count() >= 3;
    // The word before: its last hyphenated part, all capitals.
    caps(before.rsplit('-').next().unwrap_or("")) && capitalised
}

/// Where a given name glued to a family name in capitals starts
/// ("BONNEMENTJulien", "VASSEURLydie"): after three capitals or more, a
/// capital then small letters only. `None` for any other word ("McDONALD",
/// "DUPONT", "Marie").
fn glued_given_name(word: &str) -> Option<usize> {
    // Three capitals, the given name's capital and two small letters: six
    // bytes at least, the first two no small ASCII letter (most words are
    // turned away here, no character decoded).
    if word.len() < 6 || word.as_bytes()[..2].iter().any(u8::is_ascii_lowercase) {
        return None;
    }
    let first_lower = word.find(char::is_lowercase)?;
    let (caps, tail) = word.split_at(first_lower);
    // The given name's capital is the last letter before the first small one.
    let capital = caps.chars().next_back()?;
    let head = &caps[..caps.len() - capital.len_utf8()];
    (capital.is_uppercase()
        && head.chars().count() >= 3
        && head.chars().all(char::is_uppercase)
        && tail.chars().count() >= 2
        && tail
            .chars()
            .zip(std::iter::once(' ').chain(tail.chars()))
            .all(|(c, before)| c.is_lowercase() || c == '-' || before == '-' && c.is_uppercase()))
    .then_some(head.len())
}

/// The parts of a word that is a list of family names in capitals joined
/// by hyphens ("GARNIER-LELIEVRE-CARPENTIER-LAUGEOIS"): four parts or more,
/// each of three letters or more and none a particle or a place's link
/// ("SAINT-MARTIN-DE-RE" is one name). `None` for any other word.
fn hyphen_chain(word: &str) -> Option<std::str::Split<'_, char>> {
    // Four parts of three letters and their three hyphens: fifteen bytes
    // at least. Most words hold fewer than three hyphens: no parts looked
    // at.
    if word.len() < 15 {
        return None;
    }
    memchr::memchr_iter(b'-', word.as_bytes()).nth(2)?;
    let parts = word.split('-');
    let mut count = 0;
    for part in parts.clone() {
        count += 1;
        if part.chars().count() < 3
            || !part.chars().all(char::is_uppercase)
            || super::words::is_particle(part)
            || with_fold(part, |f| {
                matches!(f, "saint" | "sainte" | "sur" | "sous" | "les" | "aux")
            })
        {
            return None;
        }
    }
    (count >= 4).then_some(parts)
}

/// Where the civility "M." glued to the end of a family name in capitals
/// starts ("DUVALM. Paul RIVET", the separator between two members lost):
/// a word of four capitals or more ending in "M", then ". ", a given name
/// of the lexicon and a family name in capitals. `None` when the word is
/// itself a given name ("JOACHIM. Paul RIVET" ends a sentence) or anything
/// else follows.
fn glued_civility(word: &str, rest: &str) -> Option<usize> {
    let head = word.strip_suffix('M')?;
    let last = head.rsplit('-').next().unwrap_or("");
    if last.chars().count() < 3
        || !word.chars().all(|c| c.is_uppercase() || c == '-')
        || is_given_name(word)
    {
        return None;
    }
    let mut after = rest.strip_prefix(". ")?.split_whitespace();
    let given = after.next()?;
    let family = after.next()?.trim_end_matches([',', ';', '.']);
    let capitalised = given.chars().next().is_some_and(char::is_uppercase)
        && given.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
    (capitalised
        && is_given_name(given)
        && family.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !family.chars().any(char::is_lowercase))
    .then_some(head.len())
}

/// Where a family name in capitals glued to the given name before it
/// starts ("SandrineHERTIG", "FidèleMASSALA-BIMI", "Jean-MarcDUPONT"): a
/// capitalised given name of three letters or more, then capitals only.
/// `None` for any other word ("McDONALD", "MacDONALD", "DUPONT", "Marie").
fn glued_family_name(word: &str) -> Option<usize> {
    // A given name of three letters, capitalised, then two capitals: five
    // bytes at least, the first no small ASCII letter.
    if word.len() < 5 || word.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    // An ASCII word (most words) with no small letter right before a
    // capital is turned away on its bytes, no character decoded.
    if word.is_ascii()
        && !word
            .as_bytes()
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
    {
        return None;
    }
    let mut prev = ' ';
    let at = word.char_indices().find_map(|(k, c)| {
        let found = c.is_uppercase() && prev.is_lowercase();
        prev = c;
        found.then_some(k)
    })?;
    let (given, family) = word.split_at(at);
    let capitalised = given.split('-').all(|part| {
        let mut letters = part.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    });
    (capitalised
        && given.chars().count() >= 3
        && given != "Mac"
        && family.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !family.chars().any(char::is_lowercase))
    .then_some(at)
}

/// Whether a hyphen between `before` and `after` stands between a given
/// name in lower case and a family name in capitals ("Laure-RIVIERE",
/// "Marie-BOUVET-PENARD", joined from "Laure- RIVIERE"): two words, which
/// the name grammar joins or separates by the list's order of names.
fn given_then_caps(before: &str, after: &str) -> bool {
    let last = before.rsplit('-').next().unwrap_or("");
    let capitalised = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().skip(1).all(char::is_lowercase)
        && last.chars().count() >= 2;
    let next: &str = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    capitalised && next.chars().count() >= 2 && next.chars().all(char::is_uppercase)
}

/// Whether a slash between `before` and `after` joins two family names in
/// capitals, a married and a maiden name, next to a given name (or a
/// civility) in mixed case: "MARTIN/DUVAL Lise", "Lise
/// MARTIN/DUVAL". "DUPONT/MARTIN" alone is a list of two, "DUPONT
/// Jean/MARTIN Paul" two members. `earlier` is the text before `before`.
fn joined_names(earlier: &str, before: &str, after: &str) -> bool {
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
    };
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().nth(1).is_some_and(char::is_lowercase)
    };
    let next = after
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .next()
        .unwrap_or("");
    let given_after = after[next.len()..]
        .strip_prefix(' ')
        .is_some_and(|rest| capitalised(rest.split(' ').next().unwrap_or("")));
    let given_before = earlier
        .strip_suffix(' ')
        .is_some_and(|rest| capitalised(rest.rsplit(' ').next().unwrap_or("")));
    // "Mme LEBRUN/TOMAS (pouvoir à ...)": one civility, one person; ",
    // GALEY/BRUN, LORMET": one entry of a list that commas separate, a
    // slash only inside it.
    let one_civility = earlier.strip_suffix(' ').is_some_and(|rest| {
        matches!(
            rest.rsplit([' ', ',', ';', ')']).next(),
            Some("Mme" | "M." | "Mlle" | "Madame" | "Monsieur" | "Mr")
        )
    });
    let comma_entry = !before.contains('/')
        && earlier.trim_end_matches(' ').ends_with(',')
        && after[next.len()..].starts_with([',', ' ', '.'])
        && !after[next.len()..].trim_start().starts_with('/');
    caps(before.rsplit(['-', '/']).next().unwrap_or(""))
        && caps(next)
        && (given_after || given_before || one_civility || comma_entry)
}

/// Whether `rest` starts with a civility: "M. ", "MM. ", "Mme ", "Mr ",
/// "Madame ", "Monsieur ".
fn civility_follows(rest: &str) -> bool {
    [
        "M.",
        "MM.",
        "Mme",
        "Mmes",
        "Mr",
        "Mlle",
        "Madame",
        "Monsieur",
        "Mademoiselle",
        // Written in capitals, dots lost ("MOLLE- MME Marie", "MALBOS- M
        // Gilbert" once a hyphen's space is closed).
        "MME",
        "MMES",
        "MM",
        "MLLE",
        "MR",
    ]
    .iter()
    .any(|c| {
        rest.strip_prefix(c)
            .is_some_and(|after| after.chars().next().is_none_or(|n| !n.is_alphabetic()))
    }) || rest.strip_prefix("M ").is_some_and(|after| {
        // A bare "M" before a given name ("MALBOS- M Gilbert"), not an
        // initial before a family name ("Jean-M DURAND").
        let mut cs = after.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    })
}

/// Initials without their dots: "G", "J-P".
fn is_bare_initials(w: &str) -> bool {
    super::words::is_letters_initial(w)
}

/// "JM.RABIET", "AC.DURY": the initials of a compound given name, two
/// capitals, stuck by their dot to a family name in capitals of four
/// letters or more. Not a civility ("MM.MATTE") nor an abbreviation before
/// another ("CC.PFV").
fn paired_initials_before_caps(w: &str, rest: &str) -> bool {
    w.len() == 2
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && super::words::civility(w).is_none()
        && !super::words::is_capital_particle(w)
        && rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .filter(|c| c.is_uppercase())
            .count()
            >= 4
        && rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Initials dotted one by one, the last dot not yet read: "J.C", "M.P"
/// (of "J.C.CAJOT", "M.P.VIGREUX": initials glued to a family name).
fn is_dotted_initials(w: &str) -> bool {
    let mut chars = w.chars();
    let mut letters = 0;
    loop {
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        letters += 1;
        match chars.next() {
            None => return letters >= 2,
            Some('.') => {}
            Some(_) => return false,
        }
    }
}

/// The length of " -Michel" after "Jean" in "Jean -Michel NOUPENCET": a
/// space, a dash glued to a capitalised word, both halves given names,
/// a capital after. `None` for a dash that separates two members.
fn spaced_compound(word: &str, rest: &str) -> Option<usize> {
    let after = rest.strip_prefix(' ')?;
    let after = after
        .strip_prefix('-')
        .or_else(|| after.strip_prefix('–'))?;
    let len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let second = &after[..len];
    let mut cs = second.chars();
    let capitalised = cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase);
    let then_capital = after[len..]
        .strip_prefix([' ', '\n'])
        .is_some_and(|t| t.starts_with(char::is_uppercase));
    (capitalised
        && then_capital
        && word.chars().nth(1).is_some_and(char::is_lowercase)
        && is_given_name(word)
        && is_given_name(second))
    .then(|| rest.len() - after.len() + len)
}

/// Whether `word` is one small letter standing for a separator that a
/// broken extraction decoded as a letter ("Paul TRAX ñ Anne PONS", "Lise
/// MAS ï M. Guy VIAL"): alone between spaces, after a word that ends a
/// name (in capitals or capitalised) and before a capital. A letter out of
/// ASCII, never one French writes alone ("à"): a letter of ASCII may be
/// a particle whose apostrophe was lost ("Hugues d ORVILLE").
fn stray_letter(before: &str, word: &str, after: &str) -> bool {
    let mut cs = word.chars();
    let (Some(c), None) = (cs.next(), cs.next()) else {
        return false;
    };
    if c.is_ascii() || !c.is_lowercase() || matches!(c, 'à' | 'ô') {
        return false;
    }
    let Some(prev) = before.strip_suffix(' ') else {
        return false;
    };
    let prev_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
    let name_end = prev_word.chars().count() >= 2
        && prev_word.chars().next().is_some_and(char::is_uppercase)
        && prev_word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''));
    name_end
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase))
}

/// Tokens of `text[range]`, offsets into `text`.
pub(crate) fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    // Sized once: a token every five bytes or so.
    let mut tokens = Vec::with_capacity(range.len() / 4 + 4);
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
        } else if c == '°'
            && s[..i].ends_with('.')
            && s[i + c.len_utf8()..].starts_with(char::is_alphabetic)
        {
            // "M.°de MONTGOLFIER": a stray degree sign after a civility's
            // dot, where a space was.
            continue;
        } else if is_alphabetic(c) {
            let mut end = i + c.len_utf8();
            let mut letters = 1;
            while let Some(&(j, d)) = iter.peek() {
                if is_alphabetic(d) {
                    letters += 1;
                } else if d == '.'
                    && ((is_bare_initials(&s[i..j]) || is_dotted_initials(&s[i..j])) && {
                        let mut next = s[j + 1..].chars();
                        let (a, b) = (next.next(), next.next());
                        a.is_some_and(char::is_uppercase)
                            && b.is_some_and(|b| b.is_uppercase() || b.is_lowercase())
                    } || paired_initials_before_caps(&s[i..j], &s[j + 1..]))
                {
                    // "G.JOSUAN", "J-P.PATIN", "E.Mougeot": initials stuck
                    // to a family name end with their dot.
                    end = j + 1;
                    iter.next();
                    break;
                } else if matches!(d, '\'' | '-' | '.' | '/') {
                    // Joiners stay inside a word only before a letter (or,
                    // for initials, "J.-L.").
                    let next = s[j + 1..].chars().next();
                    let keep = match d {
                        '.' => {
                            // "REY." ends a sentence: three capitals make
                            // a family name, not an abbreviation.
                            // So does "Mas." ending a sentence: a
                            // capitalised word of three letters that no
                            // abbreviation is.
                            let capitalised = || {
                                let mut cs = s[i..j].chars();
                                cs.next().is_some_and(char::is_uppercase)
                                    && cs.all(char::is_lowercase)
                                    && !matches!(
                                        &s[i..j],
                                        "Mme" | "Mgr" | "Ste" | "Vve" | "Mrs" | "Mes"
                                    )
                            };
                            let family = letters == 3
                                && next.is_none_or(char::is_whitespace)
                                && (s[i..j].chars().all(|c| c.is_uppercase()) || capitalised());
                            // "J.C. CECCATO": initials dotted one by one.
                            let dotted = is_bare_initials(&s[i..j]) && {
                                let mut after = s[j + 1..].chars();
                                after.next().is_some_and(char::is_uppercase)
                                    && after.next() == Some('.')
                            };
                            letters <= 3
                                && !family
                                && (next.is_none_or(|n| !n.is_alphabetic() || n == '-')
                                    || s[i..j].contains('.')
                                    || dotted)
                                && !s[i..j].contains('\'')
                        }
                        // "BRUN-BOUTET-M. MOLLE": a hyphen before a civility
                        // separates two names; after one capital it joins
                        // initials ("J-M. DURAND", "A-M. TRAX").
                        '-' if !s[i..j].ends_with('.')
                            && !is_bare_initials(&s[i..j])
                            && civility_follows(&s[j + 1..]) =>
                        {
                            false
                        }
                        // "UPPHOFF-Philippe CAISGOZ": a separating dash
                        // lost its spaces between a family name in capitals
                        // and the next member's given name.
                        '-' if glued_names(&s[i..j], &s[j + 1..]) => false,
                        '-' if given_then_caps(&s[i..j], &s[j + 1..]) => false,
                        // "GRISLAIN-D' Elodie": a family name cut after its
                        // elided particle keeps the apostrophe.
                        '\'' if s[i..j].ends_with("-D") || s[i..j].ends_with("-L") => true,
                        // "MARTIN/DUVAL Lise": a married and a
                        // maiden name joined by a slash.
                        '/' => joined_names(&s[..i], &s[i..j], &s[j + 1..]),
                        _ => next.is_some_and(|n| is_alphabetic(n) || (d == '-' && n == '\'')),
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
            // "Jean -Michel NOUPENCET": a compound given name whose hyphen
            // extraction moved off its first half, one word.
            if let Some(more) = spaced_compound(&s[i..end], &s[end..]) {
                end += more;
                while iter.next_if(|&(j, _)| j < end).is_some() {}
            }
            // "M.M CARBONEL, TOMAS": "MM" typed with a dot between its
            // letters, the plural civility, one word. (Not "M.M. X", which
            // may be a given name's initials.)
            if &s[i..end] == "M"
                && s[end..]
                    .strip_prefix(".M")
                    .is_some_and(|after| after.starts_with([' ', '\n']))
            {
                end += 2;
                while iter.next_if(|&(j, _)| j < end).is_some() {}
            }
            // "MmeBARRAU": a civility stuck to a family name in capitals.
            let word = &s[i..end];
            let stuck = ["Mme", "Mlle"].iter().find_map(|c| {
                word.strip_prefix(c).filter(|rest| {
                    rest.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && rest.chars().next().is_some_and(char::is_uppercase)
                        && rest.chars().all(|c| !c.is_lowercase())
                })
            });
            // "BONNEMENTJulien": a family name in capitals glued to the
            // given name after it, the space lost in extraction.
            // "SandrineHERTIG": the other order, a text whose line breaks
            // were removed; a common given name, or a whole entry between
            // separators (", JoherbayAKBARALY,"; not "Conseiller
            // MunicipalLAVILLE"). "Paul BrunelADOPTÉ": the decision after
            // a list in mixed case glued to its last name.
            let entry = tokens
                .last()
                .is_none_or(|t: &Token| matches!(t.kind, Kind::Punct(',' | ';')))
                && s[end..].starts_with([',', ';', '.']);
            let glued = glued_given_name(word)
                .or_else(|| {
                    glued_family_name(word).filter(|&at| {
                        entry
                            || is_given_name(&word[..at])
                            || super::words::is_sentence_word(&word[at..])
                    })
                })
                .map(|at| &word[at..]);
            // "GARNIER-LELIEVRE-CARPENTIER-LAUGEOIS": family names joined
            // by hyphens, one word each.
            if let Some(parts) = hyphen_chain(word) {
                let mut at = base + i;
                for (n, part) in parts.enumerate() {
                    if n > 0 {
                        tokens.push(Token {
                            start: at,
                            end: at + 1,
                            kind: Kind::Punct('-'),
                        });
                        at += 1;
                    }
                    tokens.push(Token {
                        start: at,
                        end: at + part.len(),
                        kind: Kind::Word,
                    });
                    at += part.len();
                }
                continue;
            }
            // "DUVALM. Paul RIVET": the civility "M." of the next member
            // glued to a family name in capitals, the separator lost.
            if let Some(at) = glued_civility(word, &s[end..]).map(|at| i + at) {
                tokens.push(Token {
                    start: base + i,
                    end: base + at,
                    kind: Kind::Word,
                });
                tokens.push(Token {
                    start: base + at,
                    end: base + end + 1,
                    kind: Kind::Word,
                });
                iter.next();
                continue;
            }
            // "Anne TRAX ñ Paul PONS ñ Mme Lise MAS": a bullet or a dash
            // the extraction decoded as a lone letter, between a name and
            // the next.
            if stray_letter(&s[..i], word, &s[end..]) {
                tokens.push(Token {
                    start: base + i,
                    end: base + end,
                    kind: Kind::Punct('•'),
                });
                continue;
            }
            if let Some(rest) = stuck.or(glued) {
                let split = end - rest.len();
                tokens.push(Token {
                    start: base + i,
                    end: base + split,
                    kind: Kind::Word,
                });
                tokens.push(Token {
                    start: base + split,
                    end: base + end,
                    kind: Kind::Word,
                });
                continue;
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
            // "Paul X [départ à 20h – après la délibération n° 12]": a note
            // in square brackets, read as one in round brackets.
            let kind = match c {
                '[' => Kind::Punct('('),
                ']' => Kind::Punct(')'),
                _ => Kind::Punct(c),
            };
            tokens.push(Token {
                start: base + i,
                end: base + i + c.len_utf8(),
                kind,
            });
        }
    }
    tokens
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
/// A parenthesis left open before a list separator and the next entry's
/// own parenthesis ("X (pouvoir à Y - Z (pouvoir à W)") ends at that
/// separator.
pub(crate) fn skip_parens(tokens: &[Token], i: usize) -> usize {
    let mut depth = 0;
    let mut separator = None;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        match t.kind {
            Kind::Punct('-' | '–' | ';' | '•') if depth == 1 => separator = Some(k),
            Kind::Punct('(') if depth == 1 && separator.is_some() => {
                return separator.unwrap_or(k);
            }
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

pub(super) fn next_line(tokens: &[Token], i: usize) -> usize {
    tokens[i..]
        .iter()
        .position(|t| t.kind == Kind::Newline)
        .map_or(tokens.len(), |p| i + p + 1)
}

#[cfg(test)]
mod tests {
    use super::{glued_civility, glued_family_name, glued_given_name, tokenize};

    /// The words of `t` as the tokenizer cuts them.
    fn words(t: &str) -> Vec<String> {
        tokenize(t, 0..t.len())
            .iter()
            .map(|k| t[k.start..k.end].to_string())
            .collect()
    }

    #[test]
    fn a_separator_decoded_as_a_lone_letter() {
        let t = "Paul TRAX ñ Anne PONS ï M. Luc MAS";
        let kinds: Vec<_> = tokenize(t, 0..t.len()).iter().map(|k| k.kind).collect();
        assert_eq!(kinds[2], super::Kind::Punct('•'));
        assert_eq!(kinds[5], super::Kind::Punct('•'));
        // A particle whose apostrophe was lost stays a word.
        assert_eq!(words("Hugues d ORVILLE"), ["Hugues", "d", "ORVILLE"]);
        let t = "Hugues d ORVILLE";
        assert!(
            tokenize(t, 0..t.len())
                .iter()
                .all(|k| k.kind == super::Kind::Word)
        );
    }

    #[test]
    fn hyphenated_initials_before_a_family_name() {
        // "J-M." and "A-M." are initials, not a name, a hyphen and "M.".
        assert_eq!(words("J-M. DURAND"), ["J-M.", "DURAND"]);
        assert_eq!(words("à A-M. TRAX"), ["à", "A-M.", "TRAX"]);
        // After a family name, a hyphen before a civility still separates.
        assert_eq!(
            words("BRUN-BOUTET-M. MOLLE"),
            ["BRUN-BOUTET", "-", "M.", "MOLLE"]
        );
    }

    #[test]
    fn paired_initials_stuck_to_a_family_name() {
        assert_eq!(
            words("JM.VARILLE, P.ORSAND"),
            ["JM.", "VARILLE", ",", "P.", "ORSAND"]
        );
        assert_eq!(words("AC.BRUNEL"), ["AC.", "BRUNEL"]);
        // A civility, an abbreviation before a short word: not initials
        // (cut as before).
        assert_eq!(words("MM.FALGUE"), ["MM", ".", "FALGUE"]);
        assert_eq!(words("CC.PFV"), ["CC", ".", "PFV"]);
    }

    #[test]
    fn a_short_word_ending_a_sentence_leaves_its_stop() {
        assert_eq!(words("Léa Mas. Vote"), ["Léa", "Mas", ".", "Vote"]);
        assert_eq!(words("GIRARD Luc."), ["GIRARD", "Luc", "."]);
        // Abbreviations keep theirs.
        assert_eq!(words("Mme. Ste. Anne"), ["Mme.", "Ste.", "Anne"]);
    }

    #[test]
    fn a_compound_given_name_with_its_hyphen_moved_is_one_word() {
        assert_eq!(words("Jean -Marc POUGET"), ["Jean -Marc", "POUGET"]);
        assert_eq!(
            words("Paul –Henri\nMASSOT"),
            ["Paul –Henri", "\n", "MASSOT"]
        );
        // A dash between two members stays a separator.
        assert_eq!(
            words("FOURNIER -Thierry LAGARDE"),
            ["FOURNIER", "-", "Thierry", "LAGARDE"]
        );
        assert_eq!(words("Jean -MARTIN"), ["Jean", "-", "MARTIN"]);
        // A civility in capitals after a hyphen: a separator.
        assert_eq!(words("MOLLE-MME Rose"), ["MOLLE", "-", "MME", "Rose"]);
        assert_eq!(words("MALBOS-M Gilbert"), ["MALBOS", "-", "M", "Gilbert"]);
        assert_eq!(words("Jean-M DURAND"), ["Jean-M", "DURAND"]);
        assert_eq!(words("M.°de MONTGOLFIER"), ["M.", "de", "MONTGOLFIER"]);
    }

    #[test]
    fn family_names_joined_by_hyphens_into_a_list() {
        assert_eq!(
            words("AUBRY-BLONDEL-COSTE-DUVAL."),
            ["AUBRY", "-", "BLONDEL", "-", "COSTE", "-", "DUVAL", "."]
        );
        // Three parts may be one name; a particle or a place's link makes one.
        for one in [
            "DUPONT-MOREL-VIAL",
            "SAINT-MARTIN-DE-RE",
            "LEROY-DES-MARETS-VIAL",
        ] {
            assert_eq!(words(one), [one], "{one}");
        }
    }

    #[test]
    fn civilities_glued_to_family_names() {
        assert_eq!(glued_civility("DUVALM", ". Paul RIVET,"), Some(5));
        assert_eq!(glued_civility("ROUX-DUVALM", ". Paul RIVET"), Some(10));
        for (word, rest) in [
            ("JOACHIM", ". Paul RIVET"),
            ("DUVALM", ". Le Maire"),
            ("DUVALM", ", Paul RIVET"),
            ("DUVALM", ". Paul est"),
            ("AM", ". Paul RIVET"),
        ] {
            assert_eq!(glued_civility(word, rest), None, "{word}{rest}");
        }
    }

    #[test]
    fn family_names_glued_to_given_names() {
        assert_eq!(glued_family_name("SandrineHERTIG"), Some(8));
        assert_eq!(glued_family_name("FidèleMASSALA-BIMI"), Some(7));
        assert_eq!(glued_family_name("Jean-MarcDUPONT"), Some(9));
        for word in [
            "McDONALD",
            "MacDONALD",
            "DUPONT",
            "Marie",
            "Jean-Marc",
            "LucDe",
            "MarieD",
            "BONNEMENTJulien",
        ] {
            assert_eq!(glued_family_name(word), None, "{word}");
        }
    }

    #[test]
    fn given_names_glued_to_family_names() {
        assert_eq!(glued_given_name("BONNEMENTJulien"), Some(9));
        assert_eq!(glued_given_name("VASSEURÉlise"), Some(7));
        assert_eq!(glued_given_name("DUPONTJean-Luc"), Some(6));
        for word in [
            "McDONALD",
            "DUPONT",
            "Marie",
            "MmeBARRAU",
            "LEGrand",
            "ABCd",
        ] {
            assert_eq!(glued_given_name(word), None, "{word}");
        }
    }
}
