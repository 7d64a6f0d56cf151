//! One name, read from its tokens in the style of its list.

use std::ops::Range;

use super::tokens::{Kind, Token, Words, inline, tokenize};
use super::words::{
    civility, is_capital_particle, is_capitalised, is_caps, is_caps_name_ender, is_function_word,
    is_group_heading_word, is_initial, is_letters_initial, is_particle, is_place_link,
    is_sentence_word, is_stop_word, is_title, letters, opens_on_minutes_verb,
};
use super::{Civility, Mention, Name, Role};
use crate::grammar::given_names::{GivenName, given_name, is_given_name};
use crate::text::{fold, folds_to, initial_among, with_fold};

/// How a list writes its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameStyle {
    /// "Prénom NOM" (true) or "NOM Prénom" (false).
    pub(crate) given_first: bool,
    /// No family name in capitals anywhere: "Jean-Paul Belanombar".
    pub(crate) mixed: bool,
    /// " - " separates list items (so it never joins a family name).
    pub(crate) dash_separated: bool,
    /// Every name in capitals, given names too ("PIERRE BARROS, JEAN-
    /// MARC PAUCOD"): the first word of a name without civility is its
    /// given name.
    pub(crate) caps_only: bool,
    /// Every name one capitalised word, none in capitals ("Jean-Pierre,
    /// Nelly, Agnès"): first names alone, each read as the name.
    pub(crate) first_names: bool,
    /// Every name one word in capitals ("OGER, PETIT, DUVAUX"): surnames
    /// alone, so two words in capitals are one family name, even where
    /// the first is a given name ("RÉMY LEBOUCHER").
    pub(crate) surnames: bool,
}

impl Default for NameStyle {
    fn default() -> Self {
        NameStyle {
            given_first: true,
            mixed: false,
            dash_separated: false,
            caps_only: false,
            first_names: false,
            surnames: false,
        }
    }
}

/// The tokens a name style is guessed from.
const GUESS_WINDOW: usize = 800;

impl NameStyle {
    /// Guess the style of the names in `tokens`: of their first few hundred
    /// words, where a list stands (a section running on to the end of a
    /// long text would otherwise be guessed from its prose).
    pub(crate) fn guess(text: &str, tokens: &[Token]) -> NameStyle {
        let tokens = &tokens[..tokens.len().min(GUESS_WINDOW)];
        let word = |t: &Token| &text[t.start..t.end];
        let (mut given_first, mut family_first, mut caps) = (0, 0, 0);
        // "Danielle Daube donne pouvoir à Charles FERMAUARD": pairs of
        // capitalised words, the names of a list in mixed case.
        let mut capitalised_pairs = 0;
        let (mut lexicon_given_first, mut lexicon_family_first) = (0, 0);
        // Capitalised words that are not functions: given names, or family
        // names in mixed case.
        let mut capitalised = 0;
        let mut dashes = 0;
        let mut commas = 0;
        let upper_start = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // What each word is, worked out once per word: a word is asked
        // about in the two pairs it belongs to and again below, several
        // times each.
        let memo = |f: fn(&str) -> bool| {
            let known: Vec<std::cell::Cell<Option<bool>>> =
                vec![std::cell::Cell::new(None); tokens.len()];
            move |i: usize| match known[i].get() {
                Some(v) => v,
                None => {
                    let v = f(word(&tokens[i]));
                    known[i].set(Some(v));
                    v
                }
            }
        };
        let (caps_at, capitalised_at, function_at) =
            (memo(is_caps), memo(is_capitalised), memo(is_function_word));
        // "JC Morvan": two initials without their dots opening an item,
        // before a family name in mixed case, are no family name in
        // capitals ("Roger CA Valcrozet" is a table's column).
        let bare_initials_before_capitalised = |i: usize| {
            word(&tokens[i]).len() == 2
                && (i == 0 || tokens[i - 1].kind != Kind::Word || word(&tokens[i - 1]) == "et")
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Word && capitalised_at(i + 1))
        };
        for (i, w) in tokens.windows(2).enumerate() {
            if w[0].kind == Kind::Word && w[1].kind == Kind::Word {
                let (a, b) = (word(&w[0]), word(&w[1]));
                // Every pair counted below starts both words with a capital:
                // the words of prose are turned away on their first letter.
                if !upper_start(a) || !upper_start(b) {
                    continue;
                }
                if civility(a).is_some() || civility(b).is_some() {
                    continue;
                }
                let (caps_a, caps_b) = (caps_at(i), caps_at(i + 1));
                if (capitalised_at(i) || is_initial(a)) && caps_b && !function_at(i) {
                    given_first += 1;
                }
                if caps_a
                    && capitalised_at(i + 1)
                    && !function_at(i + 1)
                    && !bare_initials_before_capitalised(i)
                {
                    family_first += 1;
                }
                // "C. Delattre": an initial before a family name in mixed
                // case counts as a pair of capitalised words.
                if is_initial(a) && capitalised_at(i + 1) && !caps_b && !function_at(i + 1) {
                    capitalised_pairs += 1;
                }
                let same_case = if caps_a {
                    caps_b
                } else {
                    capitalised_at(i) && capitalised_at(i + 1) && !caps_b
                };
                if same_case && !function_at(i) && !function_at(i + 1) {
                    if !caps_a {
                        capitalised_pairs += 1;
                    }
                    // "Padiolleau Jean-Luc", "CORNALBA DANIEL": where case
                    // cannot tell, common given names tell the order.
                    // A name that is only a given name outweighs one that
                    // is also a family name ("Martin Daniel").
                    let (ga, gb) = (given_name(a), given_name(b));
                    if ga > gb {
                        lexicon_given_first += 1;
                    } else if gb > ga {
                        lexicon_family_first += 1;
                    }
                }
            }
        }
        // "Mme Loiseleur, M. Herry": a civility before a family name in
        // mixed case, a name of a list in mixed case too.
        // Counted in the list's first paragraph only (up to a blank line).
        for (i, t) in tokens.iter().enumerate() {
            if t.kind == Kind::Blank {
                break;
            }
            if t.kind != Kind::Word || civility(word(t)).is_none() {
                continue;
            }
            let j = if tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Punct('.'))
            {
                i + 2
            } else {
                i + 1
            };
            if tokens.get(j).is_some_and(|n| n.kind == Kind::Word)
                && civility(word(&tokens[j])).is_none()
                && capitalised_at(j)
                && !caps_at(j)
                && !function_at(j)
                // "Mme Odile KELLER": a given name before the family name.
                && !tokens
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && caps_at(j + 1))
            {
                capitalised_pairs += 1;
            }
        }
        // Items of two words or more against items of one ("OGER, PETIT"):
        // a list of surnames alone has no given names to find.
        // Counted up to the first full stop or blank line, where a list
        // ends and a text in capitals ("ADOPTÉ") may start.
        let (mut long_items, mut short_items, mut item_words) = (0, 0, 0);
        let (mut depth, mut ended, mut list_caps) = (0i32, false, 0);
        // Items whose other words are initials without dots ("ANDRIEU G",
        // "BLATIER JL"): no list of given names in capitals.
        let (mut initialled, mut item_initial) = (0, false);
        for (i, t) in tokens.iter().enumerate() {
            match t.kind {
                Kind::Punct('(') => depth += 1,
                Kind::Punct(')') => depth -= 1,
                _ => {}
            }
            if ended || depth > 0 || t.kind == Kind::Punct(')') {
                // Notes in brackets are not part of a name.
            } else if matches!(
                t.kind,
                Kind::Punct(',')
                    | Kind::Punct(';')
                    | Kind::Punct('/')
                    | Kind::Punct('.')
                    | Kind::Blank
            ) {
                match item_words {
                    0 => {}
                    1 => short_items += 1,
                    _ => long_items += 1,
                }
                if item_words > 1 && item_initial {
                    initialled += 1;
                }
                item_words = 0;
                item_initial = false;
                ended = matches!(t.kind, Kind::Punct('.') | Kind::Blank);
            } else if t.kind == Kind::Word {
                item_words += 1;
                let w = word(t);
                if item_words > 1
                    && w.chars().count() <= 2
                    && w.chars().all(char::is_uppercase)
                    && !is_capital_particle(w)
                {
                    item_initial = true;
                }
                if caps_at(i) && civility(w).is_none() {
                    list_caps += 1;
                }
            }
            match t.kind {
                Kind::Word => {
                    let w = word(t);
                    if !upper_start(w) {
                        // Lower case: neither capitals nor a capitalised name.
                    } else if caps_at(i)
                        && civility(w).is_none()
                        && w != "X"
                        && !is_letters_initial(w)
                        && !bare_initials_before_capitalised(i)
                    {
                        caps += 1;
                    } else if capitalised_at(i) && civility(w).is_none() && !function_at(i) {
                        capitalised += 1;
                    }
                }
                Kind::Punct('-') => dashes += 1,
                Kind::Punct(',') | Kind::Punct(';') => commas += 1,
                _ => {}
            }
        }
        // A few names in capitals (holders written "Charles FERMAUARD") do not
        // make a list of mixed-case names one in capitals.
        let mixed = caps == 0 || caps < capitalised_pairs;
        // In a list in mixed case, the few pairs with a word in capitals may
        // stand outside it ("Jean Berst, Eric Kern. ... Monsieur THOUVENIN
        // Guillaume, a guest"): the given names of the many pairs in mixed
        // case tell the order when they say it more surely.
        let margin = |a: usize, b: usize| a.abs_diff(b);
        let lexicon_surer = mixed
            && margin(lexicon_given_first, lexicon_family_first) >= 3
            && margin(lexicon_given_first, lexicon_family_first)
                > 2 * margin(given_first, family_first);
        NameStyle {
            given_first: if given_first == 0 && family_first == 0 || lexicon_surer {
                lexicon_given_first >= lexicon_family_first
            } else {
                given_first >= family_first
            },
            mixed,
            dash_separated: dashes >= 2 && dashes > commas,
            caps_only: capitalised == 0
                && caps >= 6
                && commas >= 3
                && long_items > 2 * short_items
                && initialled * 2 < long_items,
            first_names: list_caps == 0 && short_items >= 3 && short_items > 2 * long_items,
            surnames: list_caps > 0 && short_items >= 3 && short_items > 2 * long_items,
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

/// Reads one name starting at `tokens[i]`: "Mme Marie-Jeanne DALENOT",
/// "MERANUTEL Yannick", "M. le Maire". Returns the mention and the index of
/// the first token after it.
pub(crate) fn name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: NameStyle,
) -> Option<(Mention, usize)> {
    let w = Words { text, tokens };
    let (civ, j) = civility_at(w, i);
    if let Some(role) = role_at(w, i, j) {
        return Some(role);
    }
    let j = if civ.is_some() || j > i {
        after_noise(w, j)
    } else {
        j
    };
    // "MM. le Dr Jean X - Paul Y": the plural civility before the title
    // still makes the spaced dash a separator.
    let plural = group_civility_before(w, j);
    let j = after_title(w, j, j > i);
    let mut parts = name_parts(w, j, civ, style, plural);
    end_before_heading(w, &mut parts);
    join_particles(&mut parts, style);
    // "COMMUNE DE BRENTHONNE TROSSET Maxime": a table's commune cell
    // before a name written family name first; the family name is the run's
    // last word.
    let lead = parts.iter().take_while(|p| p.1 != Part::Given).count();
    if civ.is_none()
        && lead >= 3
        && parts.get(lead).is_some_and(|p| p.1 == Part::Given)
        && w.word(parts[0].0)
            .is_some_and(|x| crate::vocabulary::PLACE_NOUNS.contains(&fold(x).as_str()))
        && w.word(parts[0].0 + 1).is_some_and(|x| {
            let x = fold(x);
            matches!(x.as_str(), "de" | "du" | "d" | "des") || x.starts_with("d'")
        })
    {
        parts.drain(..lead - 1);
    }
    let (given, family, end) = given_and_family(w, &parts, civ, style)?;
    if letters(&text[family.clone()]).count() < 2 {
        return None;
    }
    // "SAINTE HELENE", "SAINT MARTIN" on a line of their own among the
    // members: a commune named after a saint, which reads like a family
    // name "SAINT" before a given name. (A member "Jean SAINT" has his
    // given name first; with a civility he is a person.)
    if civ.is_none()
        && given.as_ref().is_some_and(|g| g.start > family.end)
        && with_fold(&text[family.clone()], |f| {
            matches!(f, "saint" | "sainte" | "st" | "ste")
        })
    {
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

/// One name at the start of `range` ("Secrétaire de séance : Marcel
/// Casanicat - Base de loisirs"): read in the style of its own line, and
/// in mixed case when no capitals mark the family name.
pub(crate) fn lone_name(text: &str, range: Range<usize>) -> Option<Name> {
    let rest = &text[range.clone()];
    let lead = rest.len() - rest.trim_start().len();
    let start = range.start + lead;
    // A name may wrap ("M. Belardot\nSALICAT"), not across a blank line.
    let mut para_end = text[start..range.end]
        .find("\n\n")
        .map_or(range.end, |p| start + p);
    // "Monsieur Marcel\n\nJANKOWIAK": a family name alone after the blank line.
    let after = text[para_end..range.end].trim_start();
    let next_word = after
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    // Not when the name before the blank line has its family name already
    // ("Claude FOLIX\n\nPV de la séance").
    let has_family = text[start..para_end]
        .split_whitespace()
        .any(|x| x.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_caps(x));
    if para_end < range.end && !has_family && next_word.chars().count() >= 2 && is_caps(next_word) {
        para_end = range.end - after.len() + next_word.len();
    } else if para_end < range.end
        && text[start..para_end].split_whitespace().count() == 1
        && civility(text[start..para_end].trim()).is_some()
        && is_given_name(next_word)
    {
        // "Monsieur\n\nMarcel JANKOWIAK": a civility alone before the
        // blank line, the given name and the family name in capitals after.
        let rest = &after[next_word.len()..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let family = rest[spaces..]
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        if spaces > 0 && family.chars().count() >= 2 && is_caps(family) {
            para_end = range.end - rest.len() + spaces + family.len();
        }
    }
    let end = text.floor_char_boundary(para_end.min(start + 120));
    let tokens = inline(tokenize(text, start..end));
    let guessed = NameStyle::guess(text, &tokens);
    let mixed = NameStyle {
        mixed: true,
        ..guessed
    };
    // Mixed case only for a whole name ("Madame Séverine Blondel"), not a
    // given name alone ("Monsieur Marcel" before a blank line).
    [guessed, mixed]
        .into_iter()
        .find_map(|style| match name_at(text, &tokens, 0, style) {
            Some((Mention::Name(n), _)) => Some(n),
            _ => None,
        })
}

/// A civility at `tokens[i]`, possibly a group ("Mmes et MM.", "Mesdames et
/// Messieurs", which give no civility to one name): the civility and the
/// index after it (`i` when there is none).
fn civility_at(w: Words<'_>, i: usize) -> (Option<Civility>, usize) {
    let mut j = i;
    let mut civ = None;
    if let Some((c, group)) = w.word(j).and_then(civility) {
        civ = if group { None } else { c };
        j += 1;
        // "Mmes et MM.", "MMES ET MM.", "Mmes & MM.".
        if (w.word(j).is_some_and(|x| x.eq_ignore_ascii_case("et")) || w.is(j, Kind::Punct('&')))
            && w.word(j + 1).and_then(civility).is_some()
        {
            civ = None;
            j += 2;
        }
        if w.is(j, Kind::Punct('.')) {
            j += 1;
        }
        // "M.\n\nMorin": a civility the extraction left at a paragraph's
        // end, its name opening the next.
        if (w.is(j, Kind::Blank) || w.is(j, Kind::Newline))
            && w.word(j + 1)
                .is_some_and(|x| is_capitalised(x) || is_caps(x))
        {
            j += 1;
        }
    }
    (civ, j)
}

/// A role standing for a name at `tokens[j]`, after the civility read from
/// `i`: "M. le Maire", "le Président", "Madame la Présidente".
fn role_at(w: Words<'_>, i: usize, j: usize) -> Option<(Mention, usize)> {
    let article = w.word(j)?;
    if !(folds_to(article, "le") || folds_to(article, "la")) {
        return None;
    }
    let role = with_fold(w.word(j + 1)?, |f| match f {
        "maire" => Some(Role::Mayor),
        "president" | "presidente" => Some(Role::President),
        _ => None,
    })?;
    // "MME LE MAIRE N.": in capitals with an initial after it, a member
    // whose family name is Le Maire, not the maire.
    if is_caps(article)
        && w.word(j + 1).is_some_and(is_caps)
        && w.word(j + 2)
            .is_some_and(|x| is_initial(x) || is_letters_initial(x))
    {
        return None;
    }
    let end = j + 2;
    Some((
        Mention::Role(role, w.tokens[i].start..w.tokens[end - 1].end),
        end,
    ))
}

/// Past lower-case noise between a civility and the name, up to two words
/// ("M. convocation Rodolphe TREURAC", from a margin column woven into the
/// list), when a name follows it.
fn after_noise(w: Words<'_>, j: usize) -> usize {
    let mut k = j;
    while k < j + 2
        && w.word(k).is_some_and(|x| {
            x.chars().next().is_some_and(char::is_lowercase) && !is_particle(x) && !is_stop_word(x)
        })
    {
        k += 1;
    }
    if k > j && w.word(k).is_some_and(|x| is_capitalised(x) || is_caps(x)) {
        k
    } else {
        j
    }
}

/// Whether `tokens[k]` opens the name of a member body heading its
/// delegates in a list: a place or body noun, capitalised or in capitals,
/// then its link ("COMMUNAUTE DE COMMUNES DU LAC", "Commune de Vaux",
/// "SYNDICAT DES EAUX", "COMMUNAUTE D'AGGLOMERATION").
pub(super) fn member_body_at(w: Words<'_>, k: usize) -> bool {
    // The link after the noun first: most words of a list are followed by
    // none, and it is looked at without folding the whole word.
    // ("d'", "l'" told on the bytes: only "d", "D", "l", "L" fold to them.)
    w.word(k + 1).is_some_and(|x| {
        matches!(x.as_bytes(), [b'd' | b'D' | b'l' | b'L', b'\'', ..]) || is_place_link(x)
    }) && w.word(k).is_some_and(|x| {
        (is_caps(x) || is_capitalised(x))
            && with_fold(x, |f| {
                crate::vocabulary::PLACE_NOUNS.contains(&f)
                    || matches!(f, "syndicat" | "metropole" | "mairie")
            })
    })
}

/// Whether a colon ends the words from `tokens[k]` within twelve tokens,
/// none of them a civility: a heading's.
fn colon_ahead(w: Words<'_>, k: usize) -> bool {
    for j in k..(k + 12).min(w.tokens.len()) {
        match w.tokens[j].kind {
            Kind::Punct(':') => return true,
            Kind::Word if civility(w.word(j).unwrap_or("")).is_none() => {}
            Kind::Punct('\'' | '’' | '-') => {}
            _ => return false,
        }
    }
    false
}

/// Whether a plural civility stands right before `tokens[j]` ("MM. X",
/// "Mmes SILIR – MOREL"): a spaced dash then separates the people it names.
fn group_civility_before(w: Words<'_>, j: usize) -> bool {
    let before = if j > 0 && w.is(j - 1, Kind::Punct('.')) {
        j.checked_sub(2)
    } else {
        j.checked_sub(1)
    };
    before
        .and_then(|b| w.word(b))
        .and_then(civility)
        .is_some_and(|(_, group)| group)
}

/// Past a title before a name at `tokens[j]`, "le" or "la" before it
/// optional: "M. le Dr Jean X", "Mme le Docteur Y", "Pr Anne W". The index
/// of the name's first word, `j` when no title and name stand there. "Pr"
/// alone, which a table also writes for "présent" after a name, only after
/// a civility or an article.
fn after_title(w: Words<'_>, j: usize, after_civility: bool) -> usize {
    let article = w
        .word(j)
        .is_some_and(|x| folds_to(x, "le") || folds_to(x, "la"));
    let k = j + usize::from(article);
    let Some(title) = w.word(k).filter(|x| is_title(x)) else {
        return j;
    };
    if !(article || after_civility || !folds_to(title.trim_end_matches('.'), "pr")) {
        return j;
    }
    let k = if w.is(k + 1, Kind::Punct('.')) {
        k + 2
    } else {
        k + 1
    };
    // A name follows: a capitalised word or one in capitals, no civility.
    if w.word(k)
        .is_some_and(|x| (is_capitalised(x) || is_caps(x)) && civility(x).is_none())
    {
        k
    } else {
        j
    }
}

/// The words of a name from `tokens[j]`, each with its part: capitals,
/// given name or particle.
/// `plural`: a group civility before it ("MM.").
fn name_parts(
    w: Words<'_>,
    j: usize,
    civ: Option<Civility>,
    style: NameStyle,
    plural: bool,
) -> Vec<(usize, Part)> {
    let mut parts: Vec<(usize, Part)> = Vec::with_capacity(8);
    let mut k = j;
    // No name has more words than this; without the bound a list of
    // capitalised words ("DUPONT Jean DUPONT Jean ...") is read again from
    // each name to its end: quadratic.
    while parts.len() < MAX_NAME_WORDS
        && let Some(t) = w.tokens.get(k)
    {
        match t.kind {
            Kind::Word => {}
            // "DEL MERILLOU - GARAUME": a spaced hyphen inside a family name
            // (not before the next group's heading: "BRUNOD - COMMUNAUTE DE
            // COMMUNES DU LAC MM. X"; nor before a body's code and its
            // number: "X - CD 17").
            Kind::Punct('-')
                if !style.dash_separated
                    && !plural
                    && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
                    && w.word(k + 1)
                        .is_some_and(|n| is_caps(n) && civility(n).is_none())
                    && !member_body_at(w, k + 1)
                    && !w.is(k + 2, Kind::Number) =>
            {
                k += 1;
                continue;
            }
            // "Marie-BOUVET-PENARD", "Marie- BOUVET": a given name cut from
            // its family name by a hyphen stuck to it, in a list written
            // given name first (written family name first, "LEROY Laure-
            // RIVIERE Nicolas", the hyphen separates two people). In a list
            // separated by spaced dashes, a hyphen stuck on both sides
            // ("Marie-MORANT") is no separator.
            Kind::Punct('-')
                if style.given_first
                    && (!style.dash_separated
                        || w.tokens.get(k + 1).is_some_and(|n| n.start == t.end))
                    && !plural
                    && parts.len() == 1
                    && parts[0].1 == Part::Given
                    && w.tokens[k - 1].end == t.start
                    && w.word(k + 1)
                        .is_some_and(|n| is_caps(n) && civility(n).is_none()) =>
            {
                k += 1;
                continue;
            }
            _ => break,
        }
        let word = &w.text[t.start..t.end];
        // A civility starts the next person ("... GARASSOU M. Marcel"), "M."
        // too after a family name in capitals when a name follows ("pouvoir
        // à M. AUBRAY M. BALLON", "M. HAMON M. J. TIBERI": an initial then
        // a family name).
        // ("WORME M, / GONSSE F.": a bare "M" before a separator names no
        // one, it is an initial whose dot became a comma.)
        // ("CHEVEUX M donne pouvoir": nor before words in small letters.)
        let initial_before_separator = word == "M"
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
            && (dotless_initial_in_list(w, k, parts[0].0)
                || w.word(k + 1)
                    .is_some_and(|n| n.starts_with(char::is_lowercase))
                // ("BOURRET M- RUET C-": nor before the dash that closes
                // initials in a list of "NOM I-" entries.)
                || w.is(k + 1, Kind::Punct('-'))
                    && w.word(k + 2)
                        .is_some_and(|n| is_caps(n) && n.chars().count() >= 2)
                    && w.text[t.end..].starts_with('-'));
        if !parts.is_empty()
            && !initial_before_separator
            && civility(word).is_some_and(|(_, group)| group || !is_initial(word))
        {
            break;
        }
        // "Mr Paul X ET Mr Luc Y": "et" in capitals before the next
        // person's civility links two people.
        if !parts.is_empty() && word == "ET" && w.word(k + 1).and_then(civility).is_some() {
            break;
        }
        let caps_name_at = |n: usize| {
            w.word(n)
                .is_some_and(|n| is_caps(n) && civility(n).is_none())
        };
        // ("à M. ROUX M. Michel VERDIER": after a name opened by its
        // own civility, a given name in mixed case then the family name in
        // capitals after the "M.".)
        if civility(word).is_some()
            && parts.iter().any(|&(_, p)| p == Part::Caps)
            && (caps_name_at(k + 1)
                || w.word(k + 1).is_some_and(|n| {
                    is_initial(n) && n.ends_with('.')
                        || civ.is_some()
                            && is_capitalised(n)
                            && n.chars().count() >= 3
                            && civility(n).is_none()
                }) && caps_name_at(k + 2))
        {
            break;
        }
        // "pouvoir à M. ROUX Nicole VERDIER, Administratrice": in a list
        // written given name first, a civility and a family name alone,
        // then a given name (or two) and a family name in capitals: the
        // next person.
        // (Not "Secrétaire : M. X Paul APPROBATION DU ...", a heading
        // after a name written family name first, nor "M. X Anne Paul Y :
        // Bonsoir", a speaker after it.)
        let next_person = |n: usize| {
            caps_name_at(n)
                && w.word(n).is_some_and(|x| !is_sentence_word(x))
                && !w.is(n + 1, Kind::Punct(':'))
        };
        if style.given_first
            && civ.is_some()
            && parts.len() == 1
            && parts[0].1 == Part::Caps
            && w.word(parts[0].0).is_some_and(|x| civility(x).is_none())
            && is_capitalised(word)
            && !is_caps(word)
            && is_given_name(word)
            && (next_person(k + 1)
                || w.word(k + 1)
                    .is_some_and(|n| is_capitalised(n) && !is_caps(n) && is_given_name(n))
                    && next_person(k + 2))
        {
            break;
        }
        if is_function_word(word) && (!is_caps(word) || parts.iter().any(|&(_, p)| p == Part::Caps))
        {
            break;
        }
        // "M. GANCEL\nConseil Général : M. Y": after a civility and a family
        // name in capitals, a capitalised word on the next line that no
        // given name is opens the next line's words, not the given name.
        if civ.is_some()
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
            && is_capitalised(word)
            && !is_caps(word)
            && w.text[w.tokens[k - 1].end..t.start].contains('\n')
            && !is_given_name(word)
        {
            break;
        }
        // "LIONEL X PAR PATRICK Y", "ANNE Z POUVOIR A ...": a proxy's words
        // in capitals end the grantor's name.
        // (Most words are turned away on their first letter, before their
        // case is weighed and they are folded.)
        const PROXY_CAPS: [&str; 6] = [
            "par",
            "pouvoir",
            "procuration",
            "represente",
            "representee",
            "donne",
        ];
        if !parts.is_empty()
            && initial_among(word, &PROXY_CAPS)
            && is_caps(word)
            && with_fold(word, |f| PROXY_CAPS.contains(&f))
        {
            break;
        }
        // "MME X EST DÉSIGNÉE", "M. Y COMME SECRÉTAIRE": in a sentence in
        // capitals, its small words and verbs end the name.
        if !parts.is_empty()
            && (is_caps_name_ender(word)
                || word == "A" && opens_on_minutes_verb([Some(word), w.word(k + 1), w.word(k + 2)])
                // ("MME X A DONNÉ POUVOIR": the verb, no initial.)
                || word == "A" && proxy_verb_in_capitals(w, k))
        {
            break;
        }
        // "Melle X LA SÉANCE EST OUVERTE": the sentence after the name; "...
        // à M. Y QUESTION N°1 – ...", "APPROBATION DU PROCES-VERBAL": a
        // heading in capitals after a list starts no name.
        // ("Frédéric FRAUE – Anne X": after given names only, before a
        // list's separator, such a word is the family name.)
        // (Asked only of a sentence word: most words are none.)
        let family_before_separator = || {
            !parts.is_empty()
                && is_caps(word)
                && parts.iter().all(|&(_, p)| p == Part::Given)
                && w.tokens.get(k + 1).is_none_or(|n| {
                    matches!(n.kind, Kind::Punct(',' | ';' | '–' | '-') | Kind::Newline)
                })
        };
        // (Asked first whether it is a sentence word, told on its first two
        // letters for most words, before its case is weighed.)
        if is_sentence_word(word)
            && (!parts.is_empty() || is_caps(word))
            && !family_before_separator()
        {
            break;
        }
        // "ROUX N. DAVAL C. et VIAL H.": entries "NOM I." run
        // together without separators; after a family name in capitals
        // and its dotted initial, a family name in capitals that a dotted
        // initial follows too opens the next entry. ("M." is left out,
        // a civility as much as an initial.)
        let dotted = |x: &str| is_initial(x) && x != "M.";
        if parts.len() >= 2
            && parts[0].1 != Part::Given
            && parts[..parts.len() - 1]
                .iter()
                .all(|&(_, p)| p != Part::Given)
            && parts
                .last()
                .is_some_and(|&(j, p)| p == Part::Given && w.word(j).is_some_and(dotted))
            && is_caps(word)
            && word.chars().count() >= 2
            && civility(word).is_none()
            && {
                // ("... A. LE GARREC D.": particles in capitals first.)
                let mut n = k;
                while n < k + 3
                    && w.word(n).is_some_and(is_capital_particle)
                    && w.word(n + 1)
                        .is_some_and(|x| is_caps(x) && x.chars().count() >= 2)
                {
                    n += 1;
                }
                w.word(n + 1).is_some_and(dotted)
            }
        {
            break;
        }
        // "NICOLAS Michel\nValleroy-le-Sec :": a heading at the next line's
        // start, its colon after it.
        if !parts.is_empty()
            && w.is(k + 1, Kind::Punct(':'))
            && w.text[w.tokens[k - 1].end..t.start].contains('\n')
        {
            break;
        }
        // "Monsieur Boyer Commune de X :": the next group's heading; "M.
        // BRUNOD COMMUNAUTE DE COMMUNES DU LAC MM. X" in capitals too.
        // "Anne Tissot Communauté de Communes de Haute Lande : Doulon :": a
        // body's name in mixed case heading the next group, its colon
        // ahead.
        if !parts.is_empty()
            && (is_group_heading_word(word)
                || member_body_at(w, k) && (is_caps(word) || colon_ahead(w, k)))
        {
            break;
        }
        // "M. X Paul Vallée Haute Communauté : M. Y": the next group's
        // heading, a body's name, run into the name without a separator:
        // capitalised words and links up to a colon, a body's noun among
        // them, no capitals.
        if parts.iter().any(|&(_, p)| p == Part::Caps)
            && parts.last().is_some_and(|&(_, p)| p == Part::Given)
            && is_capitalised(word)
        {
            let mut body = false;
            let mut n = k;
            while n < k + 6
                && let Some(x) = w.word(n)
                && !is_caps(x)
            {
                body |= with_fold(x, |f| {
                    crate::vocabulary::BODY_NOUNS.contains(&f)
                        || matches!(f, "agglomeration" | "metropole")
                });
                n += 1;
            }
            if body && w.is(n, Kind::Punct(':')) {
                break;
            }
        }
        if next_person_in_capitals(w, k, &parts) {
            break;
        }
        let Some(part) = part_of(w, k, &parts, civ, style) else {
            break;
        };
        parts.push((k, part));
        k += 1;
    }
    parts
}

/// "... À JEAN-LOUIS VARANDE DANIEL MOULIGNE A DONNÉ POUVOIR À ...",
/// "... À VARANDE ODILE MOULIGNE DANIEL DONNE PROCURATION": in capitals,
/// where case cannot tell a holder from the next grantor written with no
/// separator between them, the given names of the lexicon can. After a
/// name of two words or more, all in capitals, whose first two words tell
/// its order (a given name then a word that is less surely one, or the
/// reverse), the word at `tokens[k]` opens the next person when it turns
/// that order over again (given-first: a given name after a word less surely
/// one, no particle; family-first: a word less surely a given name after a
/// given name) and the next person's name, two words or more in capitals
/// (four at most), is followed by a proxy's verb ("DONNE", "A DONNÉ",
/// "QUI", "AYANT", "POUVOIR", "PROCURATION", "REPRÉSENTÉ").
fn next_person_in_capitals(w: Words<'_>, k: usize, parts: &[(usize, Part)]) -> bool {
    if parts.len() < 2 || parts.last().is_none_or(|&(j, _)| j + 1 != k) {
        return false;
    }
    let Some(word) = w.word(k) else {
        return false;
    };
    if !is_caps(word) || civility(word).is_some() {
        return false;
    }
    let caps_word = |j: usize| {
        w.word(j)
            .is_some_and(|x| is_caps(x) && civility(x).is_none() && letters(x).count() >= 2)
    };
    if !parts.iter().all(|&(j, _)| caps_word(j)) {
        return false;
    }
    let g = |j: usize| w.word(j).map_or(GivenName::No, given_name);
    let (first, second) = (parts[0].0, parts[1].0);
    let given_first = g(first) > g(second) && !w.word(second).is_some_and(is_particle)
        || g(first) != GivenName::No && w.word(second).is_some_and(is_particle);
    let family_first = g(second) > g(first) && !w.word(first).is_some_and(is_particle);
    let turns = if given_first {
        g(k) > g(k - 1) && !w.word(k - 1).is_some_and(is_particle)
    } else if family_first {
        g(k - 1) > g(k)
    } else {
        false
    };
    if !turns {
        return false;
    }
    // The next person's words, then the verb.
    let mut j = k + 1;
    while j < k + 4 && caps_word(j) && !proxy_verb_in_capitals(w, j) {
        j += 1;
    }
    j >= k + 2
        && proxy_verb_in_capitals(w, j)
        && (!family_first || g(j - 1) > g(k))
        && (!given_first || g(k) > g(j - 1))
}

/// Whether the word at `tokens[j]`, in capitals, opens a proxy's sentence
/// after its grantor: "DONNE", "DONNANT", "A DONNÉ", "QUI", "AYANT",
/// "POUVOIR", "PROCURATION", "REPRÉSENTÉ(E)".
fn proxy_verb_in_capitals(w: Words<'_>, j: usize) -> bool {
    let Some(word) = w.word(j) else {
        return false;
    };
    if word == "A" {
        return w
            .word(j + 1)
            .is_some_and(|n| is_caps(n) && with_fold(n, |f| f == "donne"));
    }
    if !is_caps(word) {
        return false;
    }
    with_fold(word, |f| {
        matches!(
            f,
            "donne"
                | "donnent"
                | "donnant"
                | "qui"
                | "ayant"
                | "pouvoir"
                | "procuration"
                | "represente"
                | "representee"
        )
    })
}

/// Whether the capital at `tokens[k]`, after a family name starting at
/// `tokens[first]`, is an initial whose dot was lost in a list of "NOM I."
/// entries: a separator after it, and the entry before ending on a dotted
/// initial ("MESSUWE B. / WORME M, / GONSSE F.").
fn dotless_initial_in_list(w: Words<'_>, k: usize, first: usize) -> bool {
    let separator = |t: &Token| matches!(t.kind, Kind::Punct(',' | ';' | '/'));
    // "AUBRY M , BARNIER C, CHAPUIS A.": the list's first entry, the
    // next one a family name in capitals and its initial.
    let next_alike = || {
        let initial = |x: &str| {
            is_initial(x) || is_letters_initial(x) || x.chars().count() == 1 && is_caps(x)
        };
        w.tokens.get(k + 1).is_some_and(separator)
            && w.word(k + 2)
                .is_some_and(|x| is_caps(x) && x.chars().count() >= 2 && civility(x).is_none())
            && w.word(k + 3).is_some_and(initial)
            && w.tokens.get(k + 4).is_none_or(separator)
            && !w.text[w.tokens[k - 1].end..w.tokens[k].start].contains('\n')
    };
    let Some(before) = (0..first).rev().find(|&b| !separator(&w.tokens[b])) else {
        return next_alike();
    };
    if w.word(before).is_none() {
        return next_alike();
    }
    // "SILIR M-L à GARNIER M, PONS H à ...": a proxy's holder, the grantor
    // before the link ending on the initial.
    let before = if before > 0 && matches!(w.word(before), Some("à" | "a")) {
        before - 1
    } else {
        before
    };
    // "ANDRIEU G, BINDER M, BIRON M": the entry before ends on an initial
    // without its dot too, after its family name in capitals.
    let dotless_before = |x: &str| {
        is_letters_initial(x) || x.chars().count() == 2 && x.chars().all(|c| c.is_ascii_uppercase())
    };
    (w.tokens.get(k + 1).is_some_and(separator) || w.word(k + 1) == Some("et"))
        && before + 1 < first
        && w.word(before).is_some_and(|x| {
            is_initial(x) && x.chars().filter(|c| c.is_alphabetic()).count() <= 2
                || dotless_before(x)
                    && before > 0
                    && w.word(before - 1)
                        .is_some_and(|p| is_caps(p) && p.chars().count() >= 2)
        })
        && !w.text[w.tokens[k - 1].end..w.tokens[k].start].contains('\n')
}

/// What the word at `tokens[k]` is in a name, after `parts`; `None` when it
/// ends the name.
fn part_of(
    w: Words<'_>,
    k: usize,
    parts: &[(usize, Part)],
    civ: Option<Civility>,
    style: NameStyle,
) -> Option<Part> {
    let word = w.word(k)?;
    // "MICHEL X À NATHALIE Y": the preposition in capitals ends a name;
    // so does "Pour" capitalised, opening the next group's heading
    // ("Lacoste Pour M. Brut", "X Pour la commune de Y :").
    if word == "À" || word == "Pour" && !parts.is_empty() {
        return None;
    }
    // "CINLEURAR Francis Pouvoir de X": a table's column of observations, a
    // proxy's noun capitalised, ends the name.
    if matches!(
        word,
        "Pouvoir" | "Pouvoirs" | "Procuration" | "Procurations"
    ) && matches!(w.word(k + 1), Some("de" | "à" | "a"))
        && w.word(k + 2).is_some()
    {
        return None;
    }
    // "ANNE X A PAUL Y": the same without its accent, as capitals are
    // often written, after a whole name in capitals and before another.
    if word == "A"
        && parts.len() >= 2
        && parts.iter().all(|&(j, _)| w.word(j).is_some_and(is_caps))
        && w.word(k + 1)
            .is_some_and(|n| is_caps(n) && n.chars().count() >= 2)
        && w.word(k + 2)
            .is_some_and(|n| is_caps(n) && n.chars().count() >= 2)
    {
        return None;
    }
    // "POUVOIR DE MME X A M. Y": the same before the holder's civility.
    if word == "A"
        && !parts.is_empty()
        && parts.iter().all(|&(j, _)| w.word(j).is_some_and(is_caps))
        && w.word(k + 1).and_then(civility).is_some()
        && w.word(k + 2).is_some()
    {
        return None;
    }
    // "COZETTE Y, CREPIN JM": a capital alone that no name follows is an
    // initial, not the particle "y".
    let lone_capital = word.chars().count() == 1
        && word.chars().all(char::is_uppercase)
        && !w
            .word(k + 1)
            .is_some_and(|n| is_caps(n) || is_capitalised(n));
    // What follows a capital or two after a family name in capitals, when
    // they are initials: a list's separator or words in small letters (at
    // the end of the text, a capital may be a word cut: "M. X F").
    let initial_follows = match w.tokens.get(k + 1) {
        None => !w.text[w.tokens[k].end..].trim().is_empty(),
        Some(t) => match t.kind {
            Kind::Punct(',' | ';' | '/' | ')') | Kind::Newline | Kind::Blank => true,
            // "HERVE L (arrivée à 18h55)", "ROUX J-Y (remplacé par
            // ...)": a note in brackets.
            Kind::Punct('(') => {
                word.chars().count() == 1 || word.contains('-') && is_letters_initial(word)
            }
            Kind::Word => w.text[t.start..t.end].starts_with(char::is_lowercase),
            _ => false,
        },
    };
    // "SILIR J-P- MARTIN C-": a dash after initials that separates the
    // entries of a list, a family name in capitals after it.
    let dash_follows = w.is(k + 1, Kind::Punct('-'))
        && match w.tokens.get(k + 2).map(|t| t.kind) {
            None | Some(Kind::Newline | Kind::Blank) => true,
            Some(Kind::Word) => w
                .word(k + 2)
                .is_some_and(|n| is_caps(n) && n.chars().count() >= 2),
            _ => false,
        };
    Some(
        if (is_particle(word) && !is_caps(word) || is_capital_particle(word)) && !lone_capital {
            // A particle joins only when a name follows ("M. DROIT L. Le
            // Maire certifie": after a family name in capitals, an article
            // before a function opens the next sentence).
            let opens_sentence = |n: &str| {
                !is_caps(word)
                    && !is_caps(n)
                    && is_function_word(n)
                    && parts.iter().any(|&(_, p)| p == Part::Caps)
            };
            match w.word(k + 1) {
                Some(n)
                    if (is_caps(n) || is_capitalised(n) || is_particle(n))
                        && !is_sentence_word(n)
                        && !opens_sentence(n) =>
                {
                    Part::Particle
                }
                // "Michel DEL (maire)", "VAUX Michel DEL (maire)": a
                // particle's word in capitals, three letters or more, right
                // after a given name and before a note or a separator: the
                // family name.
                _ if is_caps(word)
                    && word.chars().count() >= 3
                    && parts.last().is_some_and(|&(_, p)| p == Part::Given)
                    && w.tokens.get(k + 1).is_none_or(|t| t.kind != Kind::Word) =>
                {
                    Part::Caps
                }
                _ => return None,
            }
        } else if parts.is_empty()
            && !matches!(word, "L" | "D")
            && ((1..=2).contains(&word.chars().count()) && word.chars().all(char::is_uppercase)
                || word.contains('-') && is_letters_initial(word))
            && w.word(k + 1).is_some_and(|n| {
                is_caps(n) && n.chars().count() >= 3 && civility(n).is_none() && !is_particle(n)
            })
            && !given_after_capitals(w, k + 1)
        {
            // "C MEGRET", "JF LALY", "J-P SECAN": initials without their
            // dots before a family name in capitals ("L HERBIÈRE", "D
            // ARGELOS" are elisions whose apostrophe was lost).
            Part::Given
        } else if parts.is_empty()
            && !matches!(word, "L" | "D")
            && word.chars().count() == 1
            && word.chars().all(char::is_uppercase)
            && w.word(k + 1).is_some_and(is_initial)
            && w.word(k + 2).is_some_and(|n| {
                is_caps(n) && n.chars().count() >= 3 && civility(n).is_none() && !is_particle(n)
            })
        {
            // "J F.MODARD": two initials, the first's dot lost.
            Part::Given
        } else if style.mixed
            && parts.is_empty()
            && (1..=2).contains(&word.chars().count())
            && word.chars().all(|c| c.is_ascii_uppercase())
            && w.word(k + 1).is_some_and(|n| {
                is_capitalised(n) && n.chars().count() >= 3 && civility(n).is_none()
            })
        {
            // "JC Morvan", "PH Ferrand", "S Boissard": initials without
            // their dots before a family name in mixed case.
            Part::Given
        } else if is_initial(word)
            && (parts.first().is_some_and(|&(_, p)| p == Part::Given)
                // "M.BIARD N.AVISSE-GROUT": or after a civility and a
                // family name alone, the initial glued to the next.
                || civ.is_some()
                    && parts.iter().all(|&(_, p)| p == Part::Caps)
                    && w.tokens.get(k + 1).is_some_and(|n| n.start == w.tokens[k].end))
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
            && w.word(k + 1)
                .is_some_and(|n| is_caps(n) && civility(n).is_none())
        {
            // "B. GUIBOT K. SALLES": an initial after a whole name starts
            // the next one.
            return None;
        } else if is_caps(word)
            && !(word.chars().count() == 2
                && initial_follows
                && !is_capital_particle(word)
                && parts.last().is_some_and(|&(_, p)| p == Part::Caps))
            && !(word.contains('-')
                && is_letters_initial(word)
                && (initial_follows || dash_follows)
                && parts.last().is_some_and(|&(_, p)| p == Part::Caps))
            && !(style.mixed
                && is_letters_initial(word)
                && parts.last().is_some_and(|&(_, p)| p == Part::Given))
        {
            Part::Caps
        } else if is_initial(word) || is_capitalised(word) {
            Part::Given
        } else if (matches!(word, "L" | "D") || word == "d" && !parts.is_empty())
            && w.word(k + 1)
                .is_some_and(|n| is_caps(n) && civility(n).is_none())
        {
            // "L HERBIÈRE", "D ARGELOS": an elision whose apostrophe was lost;
            // in small letters after the given name too ("Yves d ARLANDE").
            Part::Particle
        } else if (word.chars().count() == 1
            || word.chars().count() == 2 && initial_follows && !is_capital_particle(word)
            || word.contains('-') && is_letters_initial(word))
            && word.chars().all(|c| c.is_uppercase() || c == '-')
            && parts.last().is_some_and(|&(_, p)| p == Part::Caps)
            && !w.text[w.tokens[k - 1].end..w.tokens[k].start].contains('\n')
        {
            // "LE CASASSOU H", "GRIICAT D DALANUSSEL": an apostrophe lost in
            // extraction; before a separator, an initial whose dot was lost
            // ("LECHENE V, / CAPPON A.", "FRANCKE C/ GHISKIER P."), and so
            // before a list's separator, its end or words in small letters
            // ("Mme DECHERF S donne pouvoir à Mr RINLEGET G,", "DOR JL,").
            // ("LE FLOC H": the "c'h" of a Breton name, its apostrophe lost.)
            let breton =
                word == "H" && k > 0 && w.word(k - 1).is_some_and(|p| p.ends_with(['C', 'c']));
            if (initial_follows || dash_follows) && !breton
                || parts
                    .first()
                    .is_some_and(|&(first, _)| dotless_initial_in_list(w, k, first))
            {
                Part::Given
            } else {
                Part::Caps
            }
        } else if style.mixed
            && civ.is_some()
            && is_letters_initial(word)
            && parts.last().is_some_and(|&(_, p)| p == Part::Given)
            && w.tokens.get(k + 1).is_none_or(|t| t.kind != Kind::Word)
        {
            // "M Guilbert J", "M Lefort J-L": initials without their dots
            // after a surname in mixed case.
            Part::Given
        } else if word.chars().next().is_some_and(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.chars().count() >= 3
            && !is_stop_word(word)
            && parts.is_empty()
            && w.word(k + 1).is_some_and(is_caps)
        {
            // "lucien SALANISTON": a given name written in lower case.
            Part::Given
        } else {
            return None;
        },
    )
}

/// Whether a given name follows the words in capitals from `tokens[k]`
/// ("ST MARC VIDAL Paul": the capitals before them are no initials, but a
/// place's abbreviation run into a "NOM Prénom"; "AM DELAGE Messieurs"
/// are).
fn given_after_capitals(w: Words<'_>, k: usize) -> bool {
    let mut j = k;
    while w.word(j).is_some_and(is_caps) {
        j += 1;
    }
    // A given name of the lexicon, or a capitalised word that a list's
    // separator ends ("B FAUCHET Etaient invités" is a sentence's start).
    let ends_entry = w
        .tokens
        .get(j + 1)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | ';')));
    j > k
        && w.word(j).is_some_and(|n| {
            is_capitalised(n)
                && !is_caps(n)
                && civility(n).is_none()
                && !is_function_word(n)
                && !is_sentence_word(n)
                && (is_given_name(n) || ends_entry)
        })
}

/// "Falisse GORANOMBAR ARLEMPS :": capitals right before a colon end with
/// the next heading (a commune); the family name is the first word of the
/// run (with the particles before it).
fn end_before_heading(w: Words<'_>, parts: &mut Vec<(usize, Part)>) {
    let Some(&(last_k, Part::Caps)) = parts.last() else {
        return;
    };
    if !w.is(last_k + 1, Kind::Punct(':')) {
        return;
    }
    let run_start = parts
        .iter()
        .rposition(|&(_, p)| p == Part::Given)
        .map_or(0, |p| p + 1);
    // Keep leading particles and the first word of the run.
    let mut keep = run_start;
    while keep < parts.len() {
        let particle = w.word(parts[keep].0).is_some_and(is_capital_particle);
        keep += 1;
        if !particle {
            break;
        }
    }
    if keep > run_start && keep < parts.len() {
        parts.truncate(keep);
    }
}

/// Particles take the part of what follows them ("de GARARDOT", "Del
/// Valanigot" in a mixed-case list).
fn join_particles(parts: &mut [(usize, Part)], style: NameStyle) {
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
}

/// A given name (if any), a family name, and the index of the token after
/// them.
type GivenFamily = (Option<Range<usize>>, Range<usize>, usize);

/// The given name and the family name among the parts, and the index of
/// the token after the name: "Prénom NOM", "NOM Prénom", "NOM" alone, or
/// in a mixed-case list the first word(s) then the rest.
fn given_and_family(
    w: Words<'_>,
    parts: &[(usize, Part)],
    civ: Option<Civility>,
    style: NameStyle,
) -> Option<GivenFamily> {
    let tokens = w.tokens;
    // Runs of the same part: (part, first index in `parts`, last). On the
    // stack: a name has at most `MAX_NAME_WORDS` parts (`name_parts`), so
    // as many runs.
    let mut run_slots = [(Part::Caps, 0, 0); MAX_NAME_WORDS];
    let mut run_count = 0;
    for (n, &(_, p)) in parts.iter().enumerate() {
        match run_slots[..run_count].last_mut() {
            Some(r) if r.0 == p => r.2 = n,
            _ => {
                run_slots[run_count] = (p, n, n);
                run_count += 1;
            }
        }
    }
    let runs = &run_slots[..run_count];
    let tok_range = |run: &(Part, usize, usize)| -> Range<usize> {
        tokens[parts[run.1].0].start..tokens[parts[run.2].0].end
    };
    let end_after = |run: &(Part, usize, usize)| parts[run.2].0 + 1;
    let mut shape_slots = [Part::Caps; MAX_NAME_WORDS];
    for (slot, r) in shape_slots.iter_mut().zip(runs) {
        *slot = r.0;
    }
    let shape = &shape_slots[..run_count];
    Some(match shape {
        [] => return None,
        // "PIERRE BARROS" in a list written all in capitals: the given
        // name first, as a list without civilities writes it ("CORNALBA
        // DANIEL" family first, as the lexicon says).
        [Part::Caps]
            if style.caps_only
                && civ.is_none()
                && runs[0].2 > runs[0].1
                && !w.word(parts[runs[0].1].0).is_some_and(is_particle) =>
        {
            let (first, last) = (runs[0].1, runs[0].2);
            let word_range = |a: usize, b: usize| tokens[parts[a].0].start..tokens[parts[b].0].end;
            if style.given_first {
                (
                    Some(word_range(first, first)),
                    word_range(first + 1, last),
                    end_after(&runs[0]),
                )
            } else {
                (
                    Some(word_range(last, last)),
                    word_range(first, last - 1),
                    end_after(&runs[0]),
                )
            }
        }
        // "CORNALBA DANIEL", "MARTIN DANIEL", "M. MARTIN DANIEL": two words
        // in capitals, the second more surely a given name than the first.
        [Part::Caps]
            if !style.surnames
                && runs[0].2 == runs[0].1 + 1
                && !w.word(parts[runs[0].1].0).is_some_and(is_particle)
                && w.word(parts[runs[0].2].0).map(given_name)
                    > w.word(parts[runs[0].1].0).map(given_name) =>
        {
            let (first, last) = (parts[runs[0].1].0, parts[runs[0].2].0);
            (
                Some(tokens[last].start..tokens[last].end),
                tokens[first].start..tokens[first].end,
                last + 1,
            )
        }
        // "DANIEL CORNALBA", "MME SAMIA KARMOUS": the first more surely a
        // given name than the second ("M. EL HADDAD": a particle is none).
        [Part::Caps]
            if !style.surnames
                && runs[0].2 == runs[0].1 + 1
                && !w.word(parts[runs[0].1].0).is_some_and(is_particle)
                && w.word(parts[runs[0].1].0).map(given_name)
                    > w.word(parts[runs[0].2].0).map(given_name) =>
        {
            let (first, last) = (parts[runs[0].1].0, parts[runs[0].2].0);
            (
                Some(tokens[first].start..tokens[first].end),
                tokens[last].start..tokens[last].end,
                last + 1,
            )
        }
        // "MR BRUNET JEAN LOUIS", "MME FAURE ODILE" among surnames alone:
        // a name with a civility of its own whose words after the first are
        // given names of the lexicon, the family name first as the list
        // writes it and the given name after it ("RÉMY LEBOUCHER" stays one
        // family name: its last word is none).
        [Part::Caps]
            if style.surnames
                && civ.is_some()
                && (runs[0].1 + 1..=runs[0].1 + 2).contains(&runs[0].2)
                && !w.word(parts[runs[0].1].0).is_some_and(is_particle)
                && (runs[0].1 + 1..=runs[0].2).all(|n| {
                    w.word(parts[n].0).is_some_and(|x| {
                        given_name(x) != GivenName::No
                            && w.word(parts[runs[0].1].0).map(given_name) <= Some(given_name(x))
                    })
                }) =>
        {
            let (first, last) = (parts[runs[0].1].0, parts[runs[0].2].0);
            let second = parts[runs[0].1 + 1].0;
            (
                Some(tokens[second].start..tokens[last].end),
                tokens[first].start..tokens[first].end,
                last + 1,
            )
        }
        // "MARCELLE LE VARNOC", "ANNE MARIE VOUZELIN", "LE GARROC ODILE":
        // three words or more in capitals, where the lexicon is sure of
        // the given names at one end and of none at the other: the given
        // names there, the family name the rest.
        [Part::Caps]
            if !style.surnames && runs[0].2 >= runs[0].1 + 2 && runs[0].2 < runs[0].1 + 5 =>
        {
            let (first, last) = (runs[0].1, runs[0].2);
            let g = |n: usize| w.word(parts[n].0).map_or(GivenName::No, given_name);
            let particle = |n: usize| w.word(parts[n].0).is_some_and(is_particle);
            let word_range = |a: usize, b: usize| tokens[parts[a].0].start..tokens[parts[b].0].end;
            // The given names at the start, and at the end.
            let lead = (first..last)
                .take_while(|&n| g(n) != GivenName::No && !particle(n))
                .count();
            let tail = (first + 1..=last)
                .rev()
                .take_while(|&n| g(n) != GivenName::No && !particle(n))
                .count();
            let rest_none = |a: usize, b: usize| (a..=b).all(|n| g(n) == GivenName::No);
            // Not a run of cells ("BEAULIEU CHARNAY  AMBRE  OLIVIER", wider
            // gaps between surnames alone), nor a place after a saint
            // ("SAINT - PARDOUX ISAAC").
            let one_name = (parts[first].0..parts[last].0).all(|t| {
                !w.text[tokens[t].end..tokens[t + 1].start].contains("  ")
                    && !w.word(t).is_some_and(|x| {
                        with_fold(x, |f| matches!(f, "saint" | "sainte" | "st" | "ste"))
                    })
            });
            let sure = |a: usize, b: usize| (a..=b).any(|n| g(n) == GivenName::Yes);
            // (Nor a line of capitals alone, no civility: a place's cell,
            // "LA CROIX BLANCHE", as often as a name.)
            let (from, to) = (tokens[parts[first].0].start, tokens[parts[last].0].end);
            let alone = civ.is_none()
                && w.text[..from].trim_end_matches([' ', '\t']).ends_with('\n')
                && w.text[to..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(['\n', '\r']);
            // (Nor after a civility in small letters, "Mme DANIEL PORS
            // MEUR": a text that writes its given names so, the family
            // name alone then a commune.)
            let mixed_civility = civ.is_some()
                && (0..parts[first].0)
                    .rev()
                    .find(|&t| tokens[t].kind == Kind::Word)
                    .and_then(|t| w.word(t))
                    .is_some_and(|c| c.chars().any(char::is_lowercase));
            if !one_name || alone || mixed_civility {
                (None, tok_range(&runs[0]), end_after(&runs[0]))
            } else if (1..=2).contains(&lead)
                && sure(first, first + lead - 1)
                && tail == 0
                && rest_none(first + lead, last)
            {
                (
                    Some(word_range(first, first + lead - 1)),
                    word_range(first + lead, last),
                    end_after(&runs[0]),
                )
            } else if (1..=2).contains(&tail)
                && sure(last + 1 - tail, last)
                && lead == 0
                && rest_none(first, last - tail)
            {
                (
                    Some(word_range(last + 1 - tail, last)),
                    word_range(first, last - tail),
                    end_after(&runs[0]),
                )
            } else {
                (None, tok_range(&runs[0]), end_after(&runs[0]))
            }
        }
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
            let word = |n: usize| w.word(parts[n].0).unwrap_or("");
            let initials = |n: usize| is_initial(word(n)) || is_letters_initial(word(n));
            if first == last {
                if !style.first_names {
                    civ?;
                }
                (None, tok_range(&runs[0]), end_after(&runs[0]))
            } else if civ.is_some()
                && (initials(last) && !is_initial(word(first)) && !is_given_name(word(first))
                    || last == first + 1 && is_particle(word(first)))
            {
                // "M Guilbert J": initials after a surname tell two people
                // with it apart; "M De Franssu": a surname alone with its
                // particle.
                let mut split = last;
                while split > first && initials(split) {
                    split -= 1;
                }
                let family = tokens[parts[first].0].start..tokens[parts[split].0].end;
                let given = (split < last)
                    .then(|| tokens[parts[split + 1].0].start..tokens[parts[last].0].end);
                (given, family, parts[last].0 + 1)
            } else if !style.given_first
                && !(first..last).all(|n| is_particle(word(n)))
                // ("Monsieur Jean-Pierre Roche" near a list written family
                // name first: a first word the lexicon knows as a given name
                // and a last it does not, the given name first; with no
                // civility, "Thomas Donatienne" in such a list is written
                // as the others.)
                && (!is_given_name(word(first)) || is_given_name(word(last)) || civ.is_none())
            {
                // "M. Padiolleau Jean-Luc", "Mme Le Gall Anne": the family
                // name first, its particles with it.
                let mut split = first;
                while split < last && is_particle(word(split)) {
                    split += 1;
                }
                // "Ruffier Lanche René", "Saint Germain Georges": the
                // family name runs up to the given names of the lexicon
                // that end the name, a saint's word with the word after it.
                let saint = with_fold(word(split), |f| {
                    matches!(f, "saint" | "sainte" | "st" | "ste")
                });
                let least = if saint && split + 1 < last {
                    split + 1
                } else {
                    split
                };
                if let Some(g) =
                    (least + 1..=last).find(|&g| (g..=last).all(|k| is_given_name(word(k))))
                {
                    split = g - 1;
                }
                let family = tokens[parts[first].0].start..tokens[parts[split].0].end;
                let given = tokens[parts[split + 1].0].start..tokens[parts[last].0].end;
                (Some(given), family, parts[last].0 + 1)
            } else {
                let mut split = first + 1;
                while split < last && w.word(parts[split].0).is_some_and(is_initial) {
                    split += 1;
                }
                // "Lise Dumoulin-Arnaud Nora Caradec": two names run
                // together without a separator; the family name ends before
                // a given name of the lexicon followed by a word that is none.
                let last = (split + 1..last)
                    .find(|&k| {
                        is_given_name(word(first))
                            && !is_given_name(word(k - 1))
                            && is_given_name(word(k))
                            && !is_given_name(word(k + 1))
                            && !is_particle(word(k + 1))
                    })
                    .map_or(last, |k| k - 1);
                // "Anne Marie Lamia", "Jean Claude Lucien": a compound given
                // name without its hyphen, the last word the family name
                // (even one the lexicon knows as a given name: a family
                // name of two given names is rarer than a compound one).
                if split == first + 1
                    && last == first + 2
                    && is_given_name(word(first))
                    && is_given_name(word(first + 1))
                {
                    split += 1;
                }
                let given = tokens[parts[first].0].start..tokens[parts[split - 1].0].end;
                let family = tokens[parts[split].0].start..tokens[parts[last].0].end;
                (Some(given), family, parts[last].0 + 1)
            }
        }
        // "..., Lise BARDOT, Paul Vialard, Anne COTY": one name of
        // a list in capitals typed in mixed case, read when its first word
        // is a given name of the lexicon and its second is none.
        [Part::Given]
            if style.given_first
                && !style.caps_only
                && !style.first_names
                && runs[0].2 == runs[0].1 + 1 =>
        {
            let (first, last) = (parts[runs[0].1].0, parts[runs[0].2].0);
            let (a, b) = (w.word(first)?, w.word(last)?);
            if !(is_given_name(a) && !is_given_name(b) && is_capitalised(b))
                || is_function_word(b)
                || is_sentence_word(b)
                || is_stop_word(b)
            {
                return None;
            }
            (
                Some(tokens[first].start..tokens[first].end),
                tokens[last].start..tokens[last].end,
                last + 1,
            )
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::people::{list, tokenize};

    #[test]
    fn names_in_capitals_told_apart_by_the_lexicon() {
        // One name read from the text's start: its given name, its family
        // name, and the word after it.
        let read = |t: &str| {
            let tokens = inline(tokenize(t, 0..t.len()));
            let (m, after) = name_at(t, &tokens, 0, NameStyle::default()).unwrap();
            let Mention::Name(n) = m else { panic!("{t}") };
            let next = tokens.get(after).map_or("", |x| &t[x.start..x.end]);
            (
                n.given.map(|g| t[g].to_string()),
                t[n.family].to_string(),
                next.to_string(),
            )
        };
        let name = |g: Option<&str>, f: &str, next: &str| {
            (g.map(String::from), f.to_string(), next.to_string())
        };
        // A holder, then the next grantor and a proxy's verb.
        assert_eq!(
            read("JEAN-MARC DE LOUSTRAC BRIGITTE VERNOUILLE A DONNÉ POUVOIR"),
            name(Some("JEAN-MARC"), "DE LOUSTRAC", "BRIGITTE")
        );
        assert_eq!(
            read("CAUDRELOT MURIEL ARDOUVEL FABRICE DONNE PROCURATION"),
            name(Some("MURIEL"), "CAUDRELOT", "ARDOUVEL")
        );
        // No verb after the next name: one name, as before.
        assert_eq!(
            read("MURIEL CAUDRELOT FABRICE ARDOUVEL, LUC TARRIEN"),
            name(None, "MURIEL CAUDRELOT FABRICE ARDOUVEL", ",")
        );
        // "A DONNÉ": the verb, no initial.
        assert_eq!(
            read("MME FERLUCHE A DONNÉ POUVOIR"),
            name(None, "FERLUCHE", "A")
        );
        // Three words: the given names at one end, the family name the rest.
        assert_eq!(
            read("MARCELLE LE VARNOC, M. X"),
            name(Some("MARCELLE"), "LE VARNOC", ",")
        );
        assert_eq!(
            read("ANNE MARIE VOUZELIN."),
            name(Some("ANNE MARIE"), "VOUZELIN", ".")
        );
        assert_eq!(
            read("LE GARROC ODILE,"),
            name(Some("ODILE"), "LE GARROC", ",")
        );
        // Given names at both ends, or at neither: left whole.
        assert_eq!(
            read("BOIS VARNOC DARDAN,"),
            name(None, "BOIS VARNOC DARDAN", ",")
        );
    }

    #[test]
    fn lone_names_in_capitals_family_first_or_before_a_blank_line() {
        let read = |t: &str| {
            let n = lone_name(t, 0..t.len()).unwrap();
            (n.given.map(|g| t[g].to_string()), t[n.family].to_string())
        };
        assert_eq!(
            read("DORIVAL DANIEL"),
            (Some("DANIEL".into()), "DORIVAL".into())
        );
        // Where both are given names, the one that is also a common
        // family name is the family name.
        assert_eq!(
            read("MARTIN DANIEL"),
            (Some("DANIEL".into()), "MARTIN".into())
        );
        assert_eq!(
            read("DANIEL MARTIN"),
            (Some("DANIEL".into()), "MARTIN".into())
        );
        assert_eq!(
            read("DANIEL DORIVAL"),
            (Some("DANIEL".into()), "DORIVAL".into())
        );
        assert_eq!(read("BERNARD THOMAS"), (None, "BERNARD THOMAS".into()));
        assert_eq!(
            read("Claude PERIVAL\n\nPV de la séance"),
            (Some("Claude".into()), "PERIVAL".into())
        );
        assert_eq!(
            read("Martial ZANIVETTI\nA l'ordre du jour"),
            (Some("Martial".into()), "ZANIVETTI".into())
        );
    }

    #[test]
    fn a_heading_in_capitals_after_a_name_is_no_part_of_it() {
        for text in [
            "M. Paul Ravignot OUVERTURE DE LA SEANCE",
            "M. Paul Ravignot APPEL NOMINAL",
            "Mme Paule Ravignot Dossier 1 : Approbation",
            "M. Paul Ravignot QUESTION N°1 - Installation",
            "Mme Paule RAVIGNOT PROCES VERBAL Le procès-verbal",
            "Mme Paule RAVIGNOT PROCES-VERBAL DU CONSEIL",
            "M. Paul RAVIGNOT COMPTE RENDU DE LA REUNION",
            "M. Paul RAVIGNOT EXTRAIT DU REGISTRE DES DELIBERATIONS",
            "M. Paul RAVIGNOT REGISTRE DES DELIBERATIONS",
        ] {
            let n = lone_name(text, 0..text.len()).unwrap();
            assert!(text[n.family].eq_ignore_ascii_case("Ravignot"), "{text}");
        }
        // Nor does one start a name ("... à M. Paul PONS QUESTION N°1").
        let text = "M. Paul PONS QUESTION N°1 - Installation";
        let n = lone_name(text, 0..text.len()).unwrap();
        assert_eq!(&text[n.family], "PONS");
        assert!(lone_name("QUESTION N°1", 0..12).is_none());
    }

    #[test]
    fn a_title_after_the_civility_is_no_part_of_the_name() {
        let read = |t: &str| {
            let n = lone_name(t, 0..t.len()).unwrap();
            (n.given.map(|g| t[g].to_string()), t[n.family].to_string())
        };
        let both = |g: &str, f: &str| (Some(g.to_string()), f.to_string());
        assert_eq!(read("M. le Dr Lucien Farvel"), both("Lucien", "Farvel"));
        assert_eq!(read("Mme le Docteur Anne MOREC"), both("Anne", "MOREC"));
        assert_eq!(read("M. le Professeur Paul Lirand"), both("Paul", "Lirand"));
        assert_eq!(read("Mme la Doctoresse Eve Sorin"), both("Eve", "Sorin"));
        assert_eq!(
            read("M. Dr. Jean-Loup VARENNE"),
            both("Jean-Loup", "VARENNE")
        );
        assert_eq!(read("M. Pr Henri VARENNE"), both("Henri", "VARENNE"));
        assert_eq!(read("Dr Henri VARENNE"), both("Henri", "VARENNE"));
        // A title with no name after it is not skipped; "Pr" with neither a
        // civility nor an article may be a table's "présent".
        assert_eq!(read("Pr Henri VARENNE"), both("Pr Henri", "VARENNE"));
        // The decision glued to the last name of a list in mixed case.
        assert_eq!(read("M. Claude BrunelADOPTÉ."), both("Claude", "Brunel"));
    }

    #[test]
    fn a_member_body_in_capitals_ends_the_name_before_it() {
        for text in [
            "M. GARDAZ COMMUNAUTE DE COMMUNES DU LAC MM. X",
            "M. GARDAZ - COMMUNAUTE D'AGGLOMERATION DU LAC",
            "M. GARDAZ – SYNDICAT DES EAUX Mme Y",
        ] {
            let n = lone_name(text, 0..text.len()).unwrap();
            assert_eq!(&text[n.family], "GARDAZ", "{text}");
        }
        // A family name in capitals with a spaced hyphen is still one.
        let text = "M. DEL MERILLOU - GARAUME";
        let n = lone_name(text, 0..text.len()).unwrap();
        assert_eq!(&text[n.family], "DEL MERILLOU - GARAUME");
    }

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
