//! What is written in parentheses after a name: "(à partir de la question
//! n°13)", "(jusqu'à la question n°53 incluse)", "(arrivé à 19h)",
//! "(pouvoir à Mme X)", "(pouvoir de M. Y)", "(suppléant de M. Z)".

use std::ops::Range;

use super::people::{self, Mention, NameStyle};
use crate::text::{fold, regex};
use crate::vocabulary::ITEM_UNITS;

/// A question range or another condition on presence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Condition {
    pub(crate) from: Option<u32>,
    pub(crate) until: Option<u32>,
    /// The wording, when it is not a question range ("arrivé à 19h").
    pub(crate) wording: Option<Range<usize>>,
    /// The question the member comes back at, after leaving at `until`
    /// ("jusqu'au point XVII puis à partir du point XIX").
    pub(crate) resumes: Option<u32>,
    /// The last question of that second stretch, when it has one ("du
    /// point 1 au 17 et du point 23 au 27": 27).
    pub(crate) resumes_until: Option<u32>,
}

/// What a note in parentheses says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Note {
    /// A range of questions or a time of arrival or departure.
    Presence(Condition),
    /// The person listed gave a proxy to this one: "(pouvoir à Mme X)".
    ProxyTo(Mention, Condition),
    /// The person listed holds this one's proxy: "(pouvoir de M. Y)".
    ProxyFrom(Mention),
    /// A proxy written without its preposition: "(pouvoir M. Y)". The list
    /// tells which way it goes: from an absent member, to a present one.
    Proxy(Mention),
    /// The person listed substitutes for this one: "(suppléant de M. Z)".
    SubstituteFor(Mention),
    /// The person listed is replaced by this one: "(suppléé par M. Z)".
    SubstitutedBy(Mention),
    /// Nothing this crate reads ("(1)", "(représenté par son suppléant)").
    Other,
}

/// Reads a question range or a presence condition in `text[range]`.
///
/// ```text
/// "à partir de la question n°13"       -> from 13
/// "jusqu'à la question n°53 incluse"   -> until 53
/// "quitte la séance après la question n°9" -> until 9
/// "arrivée au point 2"                 -> from 2
/// "juqu'à la question n° 17"           -> until 17 (typo kept)
/// "arrivé à 19h"                       -> wording only
/// ```
pub(crate) fn condition(text: &str, range: Range<usize>) -> Option<Condition> {
    let s = text.get(range.clone())?;
    // The patterns below read the folded text: plain letters, no accents.
    let f = fold(s);
    let c = gap(&f)
        .or_else(|| items_listed(&f))
        .or_else(|| stretch(&f, range.clone()))?;
    // "[départ à 20h15 – après la délibération n°201" as the text's last
    // words, its bracket never closed: a figure the end cuts may be a part
    // of the number, and says no question; the condition is kept as its
    // wording.
    let cut = text[range.end..].trim().is_empty()
        && text[..range.start].trim_end().ends_with(['(', '['])
        && s.trim_end().ends_with(|ch: char| ch.is_ascii_digit())
        && (c.from.is_some() || c.until.is_some());
    if cut {
        return Some(Condition {
            wording: Some(range),
            ..Condition::default()
        });
    }
    Some(c)
}

/// The items a member sat for, or sat for all but, written as a list of
/// their numbers, in folded text, when the stretches fit the two a
/// condition holds (else None, the note read as before):
///
/// ```text
/// "aux points 1, 2 et 24"        -> from 1 until 2, resumes 24 until 24
/// "pour les points 1, 2 et 24"   -> the same
/// "sauf aux points 12 et 13"     -> until 11, resumes 14
/// "sauf au point 1"              -> from 2
/// "sauf rapports 1 à 11"         -> from 12
/// "à partir du point 3 sauf le 24" -> from 3 until 23, resumes 25
/// ```
fn items_listed(f: &str) -> Option<Condition> {
    let lead = regex!(&format!(
        r"^\s*(?:presente?s?\s+)?(sauf|excepte|hormis)?s?\s*(?:(?:pour|sur|lors)\s+)?(?:aux|au|les|le|la|l'|des|du|de\s+la|de\s+l')?\s*(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?(\d{{1,3}}(?:\s*(?:,|et|&|a|au)\s*(?:n\s*°?\s*)?\d{{1,3}})*)\s*$"
    ));
    // "à partir du point 3 sauf le 24": from one item on, but one.
    let from_except = regex!(&format!(
        r"^\s*(?:presente?s?\s+)?a\s+partir\s+(?:du|de\s+la|de\s+l')\s*(?:{ITEM_UNITS})\s*(?:n\s*°?\s*)?(\d{{1,3}}),?\s+(?:sauf|excepte|hormis)s?\s+(?:le|la|l'|au|a\s+la)?\s*(?:(?:{ITEM_UNITS})\s*)?(?:n\s*°?\s*)?(\d{{1,3}})\s*$"
    ));
    if let Some(m) = from_except.captures(f)
        && let (Ok(from), Ok(but)) = (m[1].parse::<u32>(), m[2].parse::<u32>())
        && but > from
    {
        return Some(Condition {
            from: Some(from),
            until: Some(but - 1),
            resumes: Some(but + 1),
            ..Condition::default()
        });
    }
    let m = lead.captures(f)?;
    let except = m.get(1).is_some();
    // "1 à 9" within the list: every item from the one to the other.
    let mut items: Vec<u32> = Vec::new();
    for c in regex!(r"(\d{1,3})(?:\s*au?\s*(?:n\s*°?\s*)?(\d{1,3}))?").captures_iter(&m[2]) {
        let a: u32 = c[1].parse().ok()?;
        let b: u32 = c.get(2).map_or(Some(a), |b| b.as_str().parse().ok())?;
        if b < a {
            return None;
        }
        items.extend(a..=b);
    }
    // One item alone is read by the stretches ("pour le rapport n° 1").
    if items.len() < 2 && !except || items.contains(&0) {
        return None;
    }
    items.sort_unstable();
    items.dedup();
    // The runs of consecutive items.
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for n in items {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == n => *last = n,
            _ => runs.push((n, n)),
        }
    }
    let c = Condition::default();
    match (except, runs.as_slice()) {
        (false, [(a, b)]) => Some(Condition {
            from: Some(*a),
            until: Some(*b),
            ..c
        }),
        (false, [(a, b), (d, e)]) => Some(Condition {
            from: Some(*a),
            until: Some(*b),
            resumes: Some(*d),
            resumes_until: Some(*e),
            ..c
        }),
        (true, [(1, b)]) => Some(Condition {
            from: Some(b + 1),
            ..c
        }),
        (true, [(a, b)]) => Some(Condition {
            until: Some(a - 1),
            resumes: Some(b + 1),
            ..c
        }),
        (true, [(1, b), (d, e)]) => Some(Condition {
            from: Some(b + 1),
            until: Some(d - 1),
            resumes: Some(e + 1),
            ..c
        }),
        _ => None,
    }
}

/// "à 22h15 donne pouvoir à X", "â 17h16 ...": the time of day a note
/// opens with, its preposition with it (an OCR'd "â" too); None when the
/// note does not open so.
pub(crate) fn leading_time(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    let lead = s.len() - s.trim_start().len();
    let after = s[lead..]
        .strip_prefix(['à', 'â', 'a', 'À', 'A'])?
        .trim_start();
    let time_start = s.len() - after.len();
    let (_, len) = crate::grammar::date::time_at(after)?;
    Some(range.start + lead..range.start + time_start + len)
}

/// Whether `f`, past its blanks, opens on one of `words`: what a pattern
/// anchored at the note's start (`^\s*absente?\s`) needs before it is
/// run.
fn opens_with(f: &str, words: &[&str]) -> bool {
    let f = f.trim_start();
    words.iter().any(|w| f.starts_with(w))
}

/// A member who leaves and comes back: two stretches joined ("jusqu'au
/// point 17 puis à partir du point 19", "de l'ouverture au point 4 et du
/// point 6 à la fin"), or an absence between two items ("sort de la séance
/// à la délibération 8 jusqu'à la 16", "absent ..., délib. 56"); or an
/// arrival and a departure joined into one stretch ("arrivée au point 2 et
/// partie après le point 8").
fn gap(f: &str) -> Option<Condition> {
    let joint = regex!(r",?\s+(?:puis|et)\s+");
    // (Each pattern below is run only on a note holding its words: a byte
    // search, where a run of the pattern costs its set-up on each note.)
    let joined = f.contains("et") || f.contains("puis");
    for m in joint.find_iter(if joined { f } else { "" }) {
        let (Some(before), Some(after)) =
            (stretch(&f[..m.start()], 0..0), stretch(&f[m.end()..], 0..0))
        else {
            continue;
        };
        if before.wording.is_some() || after.wording.is_some() {
            continue;
        }
        match (before.from, before.until, after.from, after.until) {
            // Leaves, then comes back: two stretches, the second
            // closed or not ("du point 1 au 17 et du point 23 au 27").
            (_, Some(until), Some(back), last)
                if back > until + 1 && last.is_none_or(|l| l >= back) =>
            {
                return Some(Condition {
                    resumes: Some(back),
                    resumes_until: last,
                    ..before
                });
            }
            // "arrivée au point 2 et partie après le point 8": one stretch.
            (Some(from), None, None, Some(until)) if until >= from => {
                return Some(Condition {
                    from: Some(from),
                    until: Some(until),
                    ..Condition::default()
                });
            }
            _ => {}
        }
    }
    // "absent de la délibération 1 à la délibération 4 présent de la
    // délibération 5 à la délibération 38": the stretch written as present
    // says when the member sat.
    let present = regex!(r"^\s*absente?\s.*?(?-u:\b)presente?\s+(?:de|du|des|a partir|jusqu)");
    if opens_with(f, &["absent"])
        && let Some(m) = present.find(f)
    {
        let at = f[..m.end()].rfind("present").unwrap_or(m.start());
        if let Some(c) = stretch(&f[at..], 0..0)
            && c.wording.is_none()
            && (c.from.is_some() || c.until.is_some())
        {
            return Some(c);
        }
    }
    // "absent de 23h01 à 23h10, délib. 56": away for that one item only;
    // "absente pour les points 12 et 13", "absent du point 1 au point 24":
    // for those items.
    // "(Groupe A, retard, absent au 1er dossier, ...)": the absence as a
    // clause of its own after a comma.
    let absence = regex!(r"(?:^|[,;]\s*)absente?\s")
        .find(if f.contains("absent") { f } else { "" })
        .map_or(f, |m| f[m.start()..].trim_start_matches([',', ';']));
    if let Some((first, last)) = absent_for_items(absence, f.contains("retard")) {
        return Some(if first <= 1 {
            Condition {
                from: Some(last + 1),
                ..Condition::default()
            }
        } else {
            Condition {
                until: Some(first - 1),
                resumes: Some(last + 1),
                ..Condition::default()
            }
        });
    }
    // "sort de la séance à la délibération 8 jusqu'à la 16": out from 8 to 16.
    let out = regex!(r"^\s*(?:quitt|sort|s'absente|absente?\s)");
    if opens_with(f, &["quitt", "sort", "s'absente", "absent"]) && out.is_match(f) && jusqu_like(f)
    {
        let numbers = regex!(r"(?-u:\b)(\d{1,3})(?-u:\b)");
        let mut n = numbers
            .captures_iter(f)
            .filter_map(|c| c[1].parse::<u32>().ok());
        if let (Some(first), Some(last), None) = (n.next(), n.next(), n.next())
            && first >= 1
            && last >= first
        {
            return Some(Condition {
                until: Some(first - 1),
                resumes: Some(last + 1),
                ..Condition::default()
            });
        }
    }
    None
}

/// What a note written after a name among the absent says of when that
/// member sat, when the lists name them present too: a bare range there is
/// the absence's, so the presence is the rest of the sitting.
///
/// ```text
/// "Excusés : X (à partir de la délibération n°16)" -> until 15
/// "Absents : X (du point 1 au point 4)"            -> from 5
/// "Absents : X (pour les points 12 et 13)"         -> until 11, resumes 14
/// ```
///
/// A note that says more than a range ("arrivé au point 3", "présent à
/// partir du point 5", "pouvoir à Y") is no bare range: None, as for a
/// range this reading cannot bound (a time, an item with a letter).
pub(crate) fn absence(text: &str, range: Range<usize>) -> Option<Condition> {
    let f = fold(text.get(range)?);
    // (Any word of presence, movement, proxy or vote tells which way the
    // note goes by itself.)
    let told = regex!(
        r"present|arriv|rejoin|quitt|depart|(?-u:\b)partie?s?(?-u:\b)|sorti|retard|absen|(?-u:\b)entre|pouvoir|procuration|mandat|suppl|represent|vote"
    );
    // "jusqu'au point 1.3": an outline's number names no question of the
    // sitting's count (nor "1" then "3").
    if told.is_match(&f) || regex!(r"\d\.\d").is_match(&f) {
        return None;
    }
    let away = format!("absent {}", f.trim_start());
    let c = gap(&away).or_else(|| stretch(&away, 0..0))?;
    (c.wording.is_none() && (c.from.is_some() || c.until.is_some())).then_some(c)
}

/// The items a member was away for, first and last, in a note that says
/// so and no more: "absent de 23h01 à 23h10, délib. 56" (56 alone),
/// "absente non représentée pour les points 12 et 13", "absent du point n°
/// 1 au point n° 24". An absence with a bound ("absent jusqu'au point 4",
/// "à partir du point 2") is a stretch, not this; an absence from the first
/// item alone says nothing of the others, unless the member is said late
/// (`late`: "retard, absent au 1er dossier").
fn absent_for_items(f: &str, late: bool) -> Option<(u32, u32)> {
    let absent = regex!(r"^\s*absente?(?-u:\b)");
    if !opens_with(f, &["absent"]) || !absent.is_match(f) || jusqu_like(f) {
        return None;
    }
    let bounded = regex!(r"a partir|a compter|apres|avant|des l|depuis|fin de|debut|ouverture");
    if bounded.is_match(f) {
        return None;
    }
    // The item, then maybe the last one joined to it ("12 et 13", "du
    // point 1 au point 24", "3 à 5").
    let item = regex!(&format!(
        r"(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?(\d{{1,3}})(?-u:\b)(?:\s*(?:et|a|au|-)\s+(?:(?:le|la|l')\s*)?(?:(?:{ITEM_UNITS})s?\s*)?(?:n\s*°?\s*)?(\d{{1,3}})(?-u:\b))?"
    ));
    // "absent au 1er dossier": one item, its rank before its unit.
    let ranked = regex!(&format!(
        r"(?-u:\b)(\d{{1,3}})\s*(?:e|er|ere|eme)\s+(?:{ITEM_UNITS})(?-u:\b)"
    ));
    let mut items = item.captures_iter(f);
    let c = match (items.next(), items.next()) {
        (Some(c), None) => c,
        (None, _) => {
            let mut ranks = ranked.captures_iter(f);
            match (ranks.next(), ranks.next()) {
                (Some(c), None) => c,
                _ => return None,
            }
        }
        _ => return None,
    };
    let first: u32 = c[1].parse().ok()?;
    let last: u32 = c.get(2).map_or(Some(first), |m| m.as_str().parse().ok())?;
    // (Joined by "et", the two items are next to each other.)
    let joined_by_and = c.get(2).is_some() && f[c.get(1)?.end()..c.get(2)?.start()].contains("et");
    // (Late, "retard", a member absent for the first item sat from the
    // second.)
    if last < first
        || (joined_by_and && last != first + 1)
        || (first <= 1 && last == first && !late)
    {
        return None;
    }
    Some((first, last))
}

/// One stretch of presence, or a condition that is not one (its wording
/// `range`), in the folded note `f`.
fn stretch(f: &str, range: Range<usize>) -> Option<Condition> {
    let unit = regex!(&format!(r"({ITEM_UNITS})"));
    let has_unit = unit.is_match(f);
    // Only the figures are read: an ordinal suffix ("2ème") changes none.
    let number = regex!(r"(\d{1,3})");
    // The number next to its unit ("point 7", "2ème question") before any
    // other ("à 22h15 après le point 7").
    // A numbered code after its unit ("délibération D2018/36",
    // "DEL20200908-193", "DE_2019-003"): its last figures.
    let next_to_unit = regex!(&format!(
        r"(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?(?:[a-z]{{0,4}}[_-]?\d{{4,8}}(?:[/._-]\d{{1,4}})*[/._-])?(\d{{1,3}})(?-u:\b)|(?-u:\b)(\d{{1,3}})\s*(?:e|er|ere|eme)\s+(?:\p{{L}}+\s+)?(?:question|point|deliberation|rapport|dossier)"
    ));
    // ASCII `\b` in the pattern (a Unicode one sends it to a slow engine),
    // the Unicode edge checked here.
    let edge_ok = |c: &regex::Captures<'_>| {
        let m = c.get(0).expect("match");
        if c.get(1).is_some() {
            crate::text::word_ends_at(f, m.end())
        } else {
            crate::text::word_starts_at(f, m.start())
        }
    };
    // "à partir de D98/13": a deliberation's code, its number and year,
    // written without a unit.
    let code: Option<u32> = if has_unit {
        None
    } else {
        regex!(r"(?-u:\b)d ?(\d{1,3})/\d{2,4}(?-u:\b)")
            .captures(f)
            .and_then(|c| c[1].parse().ok())
    };
    let has_unit = has_unit || code.is_some();
    // The number next to its unit, read once.
    let unit_match = if has_unit && code.is_none() {
        next_to_unit.captures_iter(f).find(edge_ok)
    } else {
        None
    };
    // "à partir du point 2.7.1": an outline's number, a part of a part,
    // names no question of the sitting's count; the stretch is kept as
    // wording.
    let outline = unit_match.as_ref().and_then(|c| c.get(1)).is_some_and(|m| {
        let rest = &f.as_bytes()[m.end()..];
        rest.len() >= 2 && rest[0] == b'.' && rest[1].is_ascii_digit()
    });
    // "à partir de la délibération n°04B": an item known by a number and
    // a letter, one of several under the same number; which question of
    // the sitting's count it is cannot be told, so no figure is read (the
    // stretch is kept as wording).
    let lettered = has_unit
        && code.is_none()
        && unit_match.is_none()
        && regex!(&format!(
            r"(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?\d{{1,3}}[a-z](?-u:\b)"
        ))
        .is_match(f);
    let n: Option<u32> = code.or_else(|| {
        if outline || lettered {
            return None;
        }
        has_unit
            .then(|| {
                unit_match
                    .as_ref()
                    .and_then(|c| c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok()))
                    // "arrivée à 18h40, point IV": the unit's own number in
                    // Roman figures before any other figure (the hour's).
                    .or_else(|| roman_after_unit(f))
                    .or_else(|| number.captures(f).and_then(|c| c[1].parse().ok()))
            })
            .flatten()
    });
    let arrival = regex!(
        r"a partir|a compter|a dater|arrive|rejoint|entre (en )?seance|present(e)? (a|des)|des le|des la"
    );
    // "jusqu", "juqu", "jsuqu": the `j\w{0,3}qu` of the pattern, read by
    // `jusqu_like` (three copies of a Unicode `\w` cost 6 M instructions
    // to compile, a third of a small document's parse).
    let until_words =
        regex!(r"quitt|depart|part(i|ie)? |sorti|absent(e)? (a partir|a compter|a dater|apres)");
    let until = |f: &str| jusqu_like(f) || until_words.is_match(f);
    // "pour les points 1 et 2", "présent pour l'examen des points de
    // l'ordre du jour n° 8 à 14".
    let single = regex!(r"^\s*(?:presente?s?\s+)?(pour|sur) (le|la|les|l') ?");
    let mut c = Condition::default();
    // "sauf D103/13 et départ à D107/13": away for one item, then gone;
    // two stretches this reading cannot hold, kept as wording. ("saufs
    // aux points 3 et 5": the word in the plural too, as some write it.)
    if n.is_some()
        && (f.contains("sauf") || f.contains("excepte") || f.contains("hormis"))
        && regex!(r"(?-u:\b)(?:saufs?|exceptes?|hormis)(?-u:\b)").is_match(f)
    {
        c.wording = Some(range);
        return Some(c);
    }
    // "de la délib n°1 à la délib n°23", "du point 2 au point 5", "de la
    // délibération n° 2016-015 à la n° 2016-037" (a year before the
    // number), "des questions 4 à 9": present from the one to the other.
    let from_to = regex!(&format!(
        r"^\s*(?:presente?s?\s+)?d(?:e|u|es)\s+(?:la\s+|l'\s?)?(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?(?:\d{{4}}\s?[/._-]\s?)?0*(\d{{1,3}})\s+(?:a|au|aux)\s+(?:la\s+|l'\s?)?(?:(?:{ITEM_UNITS})s?\s*)?(?:n\s*°?\s*)?(?:\d{{4}}\s?[/._-]\s?)?0*(\d{{1,3}})(?-u:\b)"
    ));
    if opens_with(f, &["d", "present"])
        && let Some(m) = from_to.captures(f)
        && let (Ok(from), Ok(until)) = (m[1].parse::<u32>(), m[2].parse::<u32>())
        && from <= until
    {
        c.from = Some(from);
        c.until = Some(until);
        return Some(c);
    }
    // "à compter du point 1 jusqu'au point 12 inclus", "à partir de la
    // question 3 et jusqu'à la question 9": both ends written, the first
    // after its "from" words, the last after "jusqu'à" (the last inside,
    // unless "exclu").
    let from_until = regex!(&format!(
        r"^\s*(?:presente?s?\s+)?(?:a partir|a compter|a dater)\s+d(?:u|e\s+la|e\s+l'|e)\s*(?:{ITEM_UNITS})s?\s*(?:n\s*°?\s*)?0*(\d{{1,3}})(?-u:\b)[^\d]{{0,12}}?(?:et\s+)?j[us]{{0,3}}qu\S*\s*(?:a\s+la|au|a\s+l'|a)\s*(?:(?:{ITEM_UNITS})s?\s*)?(?:n\s*°?\s*)?0*(\d{{1,3}})(?-u:\b)"
    ));
    if opens_with(f, &["a ", "present"])
        && let Some(m) = from_until.captures(f)
        && let (Ok(from), Ok(last)) = (m[1].parse::<u32>(), m[2].parse::<u32>())
    {
        let until = if f[m.get(2).map_or(0, |g| g.end())..]
            .trim_start()
            .starts_with("exclu")
        {
            last.saturating_sub(1)
        } else {
            last
        };
        if from <= until {
            c.from = Some(from);
            c.until = Some(until);
            return Some(c);
        }
    }
    match n {
        Some(n) if opens_with(f, &["pour", "sur", "present"]) && single.is_match(f) => {
            // "pour les points 1 et 2", "pour les questions 3 à 5".
            let last = number
                .captures_iter(f)
                .filter_map(|c| c[1].parse::<u32>().ok())
                .last()
                .unwrap_or(n);
            c.from = Some(n);
            c.until = Some(last.max(n));
        }
        // "absent jusqu'au point n°14": arrives at 14 (after it when
        // "inclus").
        Some(n)
            if opens_with(f, &["absent"])
                && regex!(r"^\s*absente?\s").is_match(f)
                && jusqu_like(f)
                && !f.contains("present") =>
        {
            c.from = Some(if f.contains("inclu") { n + 1 } else { n });
        }
        Some(n) if until(f) => {
            // "quitte la séance au point 5", "absent à partir du point 5":
            // gone for item 5.
            let leaves_before = (f.contains("quitt")
                || f.contains("depart")
                || f.contains("sorti")
                || (f.contains("absent") && (f.contains("a partir") || f.contains("a compter"))))
                && !f.contains("apres");
            c.until = Some(
                if f.contains("exclu") || f.contains("avant") || leaves_before {
                    n.saturating_sub(1)
                } else {
                    n
                },
            );
        }
        Some(n) if arrival.is_match(f) => {
            c.from = Some(if f.contains("apres") { n + 1 } else { n });
        }
        // "de l'ouverture de la séance au point 4": until 4; "du point 6 à
        // la fin de la séance": from 6.
        Some(n) if f.contains("ouverture") || f.contains("debut") => c.until = Some(n),
        Some(n) if f.contains("fin de") => c.from = Some(n),
        _ => {
            // "durant son absence 19 H 05 – 19 H 50": an absence told by
            // the clock.
            if arrival.is_match(f) || until(f) || f.contains("retard") || f.contains("absence") {
                c.wording = Some(range);
            } else {
                return None;
            }
        }
    }
    Some(c)
}

/// A question number in Roman figures after its unit, in folded text:
/// "à partir du point xvii".
fn roman_after_unit(f: &str) -> Option<u32> {
    let roman = regex!(&format!(
        r"(?:{ITEM_UNITS})s?\s+(?:n\s*°?\s*)?([ivxlc]{{1,8}})(?-u:\b)"
    ));
    roman.captures_iter(f).find_map(|c| {
        let m = c.get(1).expect("group");
        // "ci-dessus" is no figure.
        if f[m.end()..].starts_with(['-', '\'']) {
            return None;
        }
        roman_value(m.as_str())
    })
}

/// The value of Roman figures in lower case, when well formed ("xix" → 19,
/// "iix" → none).
pub(crate) fn roman_value(r: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        'l' => Some(50),
        'c' => Some(100),
        _ => None,
    };
    let values: Vec<u32> = r.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, &v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|&n| n > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    let total = u32::try_from(total).ok().filter(|&t| t > 0)?;
    (to_roman(total) == r).then_some(total)
}

/// `n` in Roman figures, lower case.
fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, s) in [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Reads one note (the text inside parentheses).
pub(crate) fn note(text: &str, range: Range<usize>) -> Note {
    let Some(s) = text.get(range.clone()) else {
        return Note::Other;
    };
    // (A proxy noun typed with a slip read as the noun.)
    let f = super::proxies::proxy_nouns_as_typed(&fold(s)).into_owned();
    let proxy_to = regex!(
        r"(?:^|[\s,;])(?:a |avait |ayant |qui |dont )?(?:donne |donnee )?(?:pouvoir|procuration|delegation|mandat)(?: de vote)?\s+(?:(?:est |a ete )?(?:donnee?|transmise?|confiee?|remise?)s?\s+)?(?:a|au)\s|(?:^|[\s,;])represente?e? par\s|(?:^|[\s,;-])mandataire\s*:?\s"
    );
    // "(pouvoir de M. Y)", "(ayant la procuration de Y)", "(porteur du
    // pouvoir de Y)", "(a reçu pouvoir de Y)", "(1 pouvoir de Y)".
    let proxy_from = regex!(
        r"^(?:(?:et|avec|ayant(?:\s+recu)?|detenant|porteur|porteuse|(?:qui\s+)?a\s+recu)\s+)?(?:(?:la|le|du|les|des|1|un)\s+)?(?:pouvoirs?|procurations?|delegation(?: de vote)?|mandat)\s+de\s"
    );
    // "(suppléant de M. Z)", "(ayant la suppléance de Z)".
    // "(délégué suppléant de Z)", "(déléguée suppléante d'Yves Z)".
    let substitute_for = regex!(
        r"^(?:(?:deleguee?|membre|conseillere?)\s+)?(?:suppleante?|(?:ayant |qui a |assurant )?la suppleance)\s+(?:de\s|du\s|d['’]\s?)"
    );
    // "représenté par son suppléant Mr X": a substitute, not a proxy;
    // "excusé, est suppléé par M. Y", the standing before; "remplacé par
    // suppléante Y", the substitute's standing before the name.
    // "(est appelée à siéger Mme Y)": the substitute called to sit; "a
    // pour suppléant M. Y".
    let substituted_by = regex!(
        r"^(?:(?:absente?|excusee?)\s*,?\s*)?(?:(?:est|etait)\s+)?(?:supplee?e?|remplacee?)\s+par\s+(?:(?:son|sa|le|la|un|une)\s+)?(?:(?:suppleante?|remplacante?)\s*,?\s+)?|^(?:(?:est|etait)\s+)?represente?e?\s+par\s+(?:son|sa)\s+suppleante?\s*,?\s|^(?:est\s+)?appelee?\s+a\s+sieger\s|^(?:a|avait)\s+pour\s+suppleante?\s"
    );
    let ft = f.trim_start();
    // Each reading below but the condition needs a proxy's or a
    // substitute's word, "par" first or a ditto mark first: most notes ("à
    // partir de la question 5") hold none, and are read as a condition
    // without trying each pattern.
    const PERSON_WORDS: [&str; 8] = [
        "pouvoir",
        "procuration",
        "delegation",
        "mandat",
        "represent",
        "suppl",
        "rempla",
        "appele",
    ];
    if !PERSON_WORDS.iter().any(|w| ft.contains(w))
        && !ft.starts_with("par")
        && !ft.starts_with(['\'', '«', '»', '"', '〃'])
    {
        return match condition(text, range) {
            Some(c) => Note::Presence(c),
            None => Note::Other,
        };
    }
    let mention_after = |m: regex::Match<'_>| -> Option<(Mention, usize)> {
        // `ft` and `s` differ in length when accents fold: find the same word count.
        let words = ft[..m.end()].split_whitespace().count();
        let lead = s.len() - s.trim_start().len();
        let start = nth_word_start(&s[lead..], words).map(|o| range.start + lead + o)?;
        let tokens = people::inline(people::strip_margin(
            text,
            people::tokenize(text, start..range.end),
        ));
        let style = NameStyle::guess(text, &tokens);
        // "(pouvoir donné à Yves)": after the proxy's words, one capitalised
        // word is the holder's name, a first name alone.
        let one_word = NameStyle {
            mixed: true,
            first_names: true,
            ..style
        };
        // Not a word cut by the end of the text ("procuration à Nathali").
        let cut = text[range.end..].trim().is_empty();
        people::name_at(text, &tokens, 0, style)
            .or_else(|| (!cut).then(|| people::name_at(text, &tokens, 0, one_word))?)
            .map(|(m, next)| {
                let end = tokens.get(next).map_or(range.end, |t| t.start);
                (m, end)
            })
    };
    if let Some(m) = proxy_to.find(ft) {
        if ft[m.end()..].trim_start().starts_with("son ")
            || ft[m.end()..].trim_start().starts_with("sa ")
        {
            // "représenté par son suppléant X" names the substitute.
            return match substituted_by.find(ft) {
                Some(m) => match mention_after(m) {
                    Some((who, _)) => Note::SubstitutedBy(who),
                    None => Note::Other,
                },
                None => Note::Other,
            };
        }
        if let Some((who, end)) = mention_after(m) {
            // "représenté par Monsieur Y, suppléant": a substitute sits.
            if substitute_named(text, end..range.end) {
                return Note::SubstitutedBy(who);
            }
            let cond = condition(text, end..range.end).unwrap_or_default();
            return Note::ProxyTo(who, cond);
        }
        return Note::Other;
    }
    // "par Monsieur Y suppléant" (the participle left out).
    if let Some(m) = regex!(r"^par\s").find(ft)
        && let Some((who, end)) = mention_after(m)
        && substitute_named(text, end..range.end)
    {
        return Note::SubstitutedBy(who);
    }
    // "Rémy X Supplée Claire Y": the verb, the member stood in for after
    // it (not "supplée par", the other way round).
    if let Some(m) = regex!(r"^(?:qui\s+)?supplee\s").find(ft)
        && !ft[m.end()..].starts_with("par ")
        && let Some((who, _)) = mention_after(m)
    {
        return Note::SubstituteFor(who);
    }
    // "(Déléguée suppléante de Joncels)": one capitalised word, no given
    // name, no civility, after "suppléant de" is the commune the delegate
    // sits for, not the titular replaced.
    let place_alone = |who: &Mention| match who {
        Mention::Name(n) => {
            let w = &text[n.whole.clone()];
            n.civility.is_none()
                && n.given.is_none()
                && !w.contains(char::is_whitespace)
                && people::is_capitalised(w)
                && !super::given_names::is_given_name(w)
        }
        _ => false,
    };
    for (re, kind) in [(proxy_from, 0), (substitute_for, 1), (substituted_by, 2)] {
        if let Some(m) = re.find(ft) {
            return match mention_after(m) {
                Some((who, _)) if kind == 1 && place_alone(&who) => Note::Other,
                Some((who, _)) => match kind {
                    0 => Note::ProxyFrom(who),
                    1 => Note::SubstituteFor(who),
                    _ => Note::SubstitutedBy(who),
                },
                None => Note::Other,
            };
        }
    }
    // "(pouvoir M. ROUX)", "(pouvoir LOPEZ Anne)", "(1 pouvoir LOPEZ
    // Anne)": a name right after the proxy's noun (counted one), and
    // nothing else; "'' M. ROUX", "« M. ROUX": ditto marks under an
    // earlier "Procuration à" in a column.
    if let Some(m) =
        regex!(r#"^(?:(?:(?:1|un)\s+)?(?:pouvoirs?|procurations?)\s+|(?:''|«|»|"|〃)\s*)"#).find(ft)
        && let Some((who, end)) = mention_after(m)
        && text[end..range.end].trim().is_empty()
    {
        return Note::Proxy(who);
    }
    match condition(text, range) {
        Some(c) => Note::Presence(c),
        None => Note::Other,
    }
}

/// The grantors named after the first in a note read as a proxy held
/// ("pouvoir de M. Y et de Mme Z", "ayant le pouvoir de M. Y et de M. Z"):
/// each name after "et de" / "et du", in order.
pub(crate) fn further_grantors(text: &str, range: Range<usize>) -> Vec<Mention> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in regex!(r"(?i)\bet\s+(?:de|du)\s+").find_iter(s) {
        let start = range.start + m.end();
        let tokens = people::inline(people::strip_margin(
            text,
            people::tokenize(text, start..range.end),
        ));
        let style = NameStyle::guess(text, &tokens);
        if let Some((who, _)) = people::name_at(text, &tokens, 0, style) {
            out.push(who);
        }
    }
    out
}

/// "(pour LAUGROET Audrey)": "pour" then one name filling the brackets,
/// the member the person listed stands for. Which way only the list's label
/// tells: under "Pouvoirs :" the person listed holds that member's proxy,
/// under "Suppléants remplaçant les titulaires absents :" sits in that
/// member's seat.
pub(crate) fn for_whom(text: &str, range: Range<usize>) -> Option<Mention> {
    name_filling_after(text, range, &["pour ", "Pour "])
}

/// "(Suppléant M. GROGROIER Ulysse)", "(Suppléante Mme Edith SYLVESTRE)":
/// "suppléant(e)" then one name filling the brackets, a substitute named
/// without a preposition. Which way only the list tells: after a member
/// listed absent and represented, the substitute who sits in their seat.
pub(crate) fn substitute_written(text: &str, range: Range<usize>) -> Option<Mention> {
    name_filling_after(
        text,
        range,
        &["Suppléant ", "Suppléante ", "suppléant ", "suppléante "],
    )
}

/// "(M. CHAUSSADE)", "(Mme Anne ROUX)": a civility and one name filling
/// the brackets, nothing else. Whose name it is only the list tells: among
/// the absent whose other notes name the holders of their proxies, the
/// holder of this one's.
pub(crate) fn civility_and_name(text: &str, range: Range<usize>) -> Option<Mention> {
    let first = text.get(range.clone())?.split_whitespace().next()?;
    people::civility(first.trim_end_matches('.'))?;
    match name_filling_after(text, range, &[""]) {
        Some(Mention::Name(n)) if n.civility.is_some() => Some(Mention::Name(n)),
        _ => None,
    }
}

/// One of `leads` then one name filling the rest of `text[range]`.
fn name_filling_after(text: &str, range: Range<usize>, leads: &[&str]) -> Option<Mention> {
    let s = text.get(range.clone())?;
    let lead = s.len() - s.trim_start().len();
    let rest = leads.iter().find_map(|l| s[lead..].strip_prefix(l))?;
    let start = range.start + lead + (s.len() - lead - rest.len());
    let tokens = people::inline(people::tokenize(text, start..range.end));
    let style = NameStyle::guess(text, &tokens);
    match people::name_at(text, &tokens, 0, style) {
        Some((m @ Mention::Name(_), next)) if next == tokens.len() => Some(m),
        _ => None,
    }
}

/// Whether what follows a name in a note is "suppléant(e)" alone, after an
/// optional comma: the name is a substitute's.
fn substitute_named(text: &str, after: Range<usize>) -> bool {
    text.get(after).is_some_and(|rest| {
        matches!(
            fold(rest.trim().trim_start_matches(',').trim()).as_str(),
            "suppleant" | "suppleante"
        )
    })
}

/// Byte offset of the start of the `n`-th word (0-based) of `s`.
fn nth_word_start(s: &str, n: usize) -> Option<usize> {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            if count == n {
                return Some(i);
            }
            count += 1;
            in_word = true;
        }
    }
    None
}

/// Whether `text` has a `j`, up to three of the letters `u` and `s`, then
/// `qu` (what `j[us]{0,3}qu` matches): "jusqu'à", "juqu'à", "jsuqu'à" -
/// the word and its slips, not a name that happens to hold the letters
/// ("Jacques", "Jacqueline": a note names its member too).
fn jusqu_like(text: &str) -> bool {
    text.match_indices('j').any(|(at, _)| {
        let rest = &text[at + 1..];
        let slips = rest
            .bytes()
            .take(3)
            .take_while(|b| matches!(b, b'u' | b's'))
            .count();
        (0..=slips).any(|k| rest[k..].starts_with("qu"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_civility_and_a_name_alone() {
        let read = |s: &str| match civility_and_name(s, 0..s.len()) {
            Some(Mention::Name(n)) => Some(s[n.family].to_string()),
            _ => None,
        };
        assert_eq!(read("M. CHAUSSE").as_deref(), Some("CHAUSSE"));
        assert_eq!(read("Mme Anne ROUX").as_deref(), Some("ROUX"));
        // Without a civility, or with more than a name: no holder.
        assert_eq!(read("Anne ROUX"), None);
        assert_eq!(read("M. ROUX, maire de Vaux"), None);
    }

    #[test]
    fn roman_figures() {
        assert_eq!(roman_value("xix"), Some(19));
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xxxii"), Some(32));
        assert_eq!(roman_value("iix"), None);
        assert_eq!(roman_value("ci"), Some(101));
        let c = |s: &str| condition(s, 0..s.len()).map(|c| (c.from, c.until));
        assert_eq!(c("à partir du point X"), Some((Some(10), None)));
        assert_eq!(
            c("arrivé pour la délibération D2018/36"),
            Some((Some(36), None))
        );
        assert_eq!(
            c("à partir de la délibération n°D-2020-64"),
            Some((Some(64), None))
        );
        assert_eq!(c("jusqu'au point XVII"), Some((None, Some(17))));
        assert_eq!(c("arrivée à 18h40, point IV"), Some((Some(4), None)));
        assert_eq!(c("voir le point ci-dessus"), None);
    }

    #[test]
    fn ranges_noted_among_the_absent() {
        let a = |s: &str| absence(s, 0..s.len()).map(|c| (c.from, c.until, c.resumes));
        assert_eq!(
            a("à partir de la délibération n°16"),
            Some((None, Some(15), None))
        );
        assert_eq!(a("du point 1 au point 4"), Some((Some(5), None, None)));
        assert_eq!(a("pour les points 6 et 7"), Some((None, Some(5), Some(8))));
        assert_eq!(a("jusqu'au point 3"), Some((Some(3), None, None)));
        // Said which way by the note itself, or no range: not this reading.
        assert_eq!(a("arrivé au point 3"), None);
        assert_eq!(a("présent à partir du point 5"), None);
        assert_eq!(a("à partir de 19h30"), None);
        // An item with a letter: which question comes before it is unknown.
        assert_eq!(a("à partir de la délibération n°04B"), None);
        // An outline's number ("1.3") is no question, nor two.
        assert_eq!(a("jusqu'au point 1.3"), None);
        let c = |s: &str| condition(s, 0..s.len()).map(|c| (c.from, c.until, c.wording.is_some()));
        assert_eq!(
            c("à partir de la délibération n°04A"),
            Some((None, None, true))
        );
    }

    #[test]
    fn items_listed_one_by_one() {
        let c = |s: &str| {
            condition(s, 0..s.len()).map(|c| {
                (
                    c.from,
                    c.until,
                    c.resumes,
                    c.resumes_until,
                    c.wording.is_some(),
                )
            })
        };
        assert_eq!(
            c("aux points 1, 2 et 24"),
            Some((Some(1), Some(2), Some(24), Some(24), false))
        );
        assert_eq!(
            c("pour les questions 3, 4 et 5"),
            Some((Some(3), Some(5), None, None, false))
        );
        assert_eq!(
            c("sauf aux points 12 et 13"),
            Some((None, Some(11), Some(14), None, false))
        );
        assert_eq!(
            c("sauf au point 1"),
            Some((Some(2), None, None, None, false))
        );
        // A run written from one item to another.
        assert_eq!(
            c("sauf rapports 1 à 11"),
            Some((Some(12), None, None, None, false))
        );
        assert_eq!(
            c("sauf rapport 10 à 16"),
            Some((None, Some(9), Some(17), None, false))
        );
        assert_eq!(
            c("sauf points 1 à 3 et 8"),
            Some((Some(4), Some(7), Some(9), None, false))
        );
        assert_eq!(
            c("sauf rapports 9 à 2"),
            Some((None, None, None, None, true))
        );
        // Three stretches or more: no figure, as before.
        assert_eq!(
            c("sauf aux points 3 et 5"),
            Some((None, None, None, None, true))
        );
        assert_eq!(
            c("saufs au points 3 et 5"),
            Some((None, None, None, None, true))
        );
        assert_eq!(c("aux points 1, 3 et 5"), None);
        assert_eq!(
            c("à partir du point 3 sauf le 24"),
            Some((Some(3), Some(23), Some(25), None, false))
        );
    }

    #[test]
    fn a_figure_the_text_cuts_inside_an_open_bracket_says_no_question() {
        let text = "Paul X [départ à 20h15 – après la délibération n°201";
        let at = text.find('[').unwrap() + 1;
        let c = condition(text, at..text.len()).unwrap();
        assert_eq!((c.from, c.until, c.wording.is_some()), (None, None, true));
        // Closed, or written alone: the figure is read.
        let text = "Paul X [départ à 20h15 – après la délibération n°2016-012]";
        let c = condition(text, at..text.len() - 1).unwrap();
        assert_eq!((c.from, c.until), (None, Some(12)));
    }

    #[test]
    fn conditions() {
        let c = |s: &str| condition(s, 0..s.len()).map(|c| (c.from, c.until, c.wording.is_some()));
        assert_eq!(
            c("à partir de la question n°13"),
            Some((Some(13), None, false))
        );
        assert_eq!(
            c("jusqu'à la question n°53 incluse"),
            Some((None, Some(53), false))
        );
        assert_eq!(
            c("quitte la séance après la question n°9"),
            Some((None, Some(9), false))
        );
        assert_eq!(c("arrivée au point 2"), Some((Some(2), None, false)));
        // Both ends after "from" and "until" words.
        assert_eq!(
            c("à compter du point 1 jusqu'au point 12 inclus"),
            Some((Some(1), Some(12), false))
        );
        assert_eq!(
            c("à partir de la question 3 et jusqu'à la question 9 exclue"),
            Some((Some(3), Some(8), false))
        );
        // A given name is no "jusqu'à": an arrival.
        assert_eq!(
            c("M. Jacques X arrivé au point n° 11"),
            Some((Some(11), None, false))
        );
        // Late, absent for the first item: from the second.
        assert_eq!(
            c("Groupe A, retard, absent au 1er dossier, ayant donné pouvoir à Jean X"),
            Some((Some(2), None, false))
        );
        assert_eq!(
            c("Absent jusqu'au point n°14"),
            Some((Some(14), None, false))
        );
        assert_eq!(
            c("absente jusqu'au point 6 inclus"),
            Some((Some(7), None, false))
        );
        assert_eq!(
            c("de la délib n°1 à la délib n°23"),
            Some((Some(1), Some(23), false))
        );
        assert_eq!(c("du point 3 au point 7"), Some((Some(3), Some(7), false)));
        // An outline's number names no question of the count: wording.
        assert_eq!(c("à partir du point 4.2.1"), Some((None, None, true)));
        assert_eq!(c("à partir du point 4."), Some((Some(4), None, false)));
        // The absent stretch written first, then the present one.
        assert_eq!(
            c("absent du point n°1 au point n°3 présent du point n°4 au point n°20"),
            Some((Some(4), Some(20), false))
        );
        assert_eq!(c("des questions 4 à 9"), Some((Some(4), Some(9), false)));
        assert_eq!(
            c("entre en séance pendant la délibération numéro 19"),
            Some((Some(19), None, false))
        );
        assert_eq!(c("juqu'à la question n° 17"), Some((None, Some(17), false)));
        assert_eq!(
            c("jusqu'à la 2ème RIBICAT question"),
            Some((None, Some(2), false))
        );
        assert_eq!(
            c("jusqu'au rapport n° 4 inclus"),
            Some((None, Some(4), false))
        );
        assert_eq!(c("pour le rapport n° 1"), Some((Some(1), Some(1), false)));
        assert_eq!(c("du point 2 au point 5"), Some((Some(2), Some(5), false)));
        assert_eq!(
            c("jusqu'à la délibération DE_2021-004"),
            Some((None, Some(4), false))
        );
        assert_eq!(
            c("de la délibération n° 2016-015 à la n° 2016- 037"),
            Some((Some(15), Some(37), false))
        );
        assert_eq!(
            c("présent pour l'examen des points de l'ordre du jour n° 8 à 14"),
            Some((Some(8), Some(14), false))
        );
        assert_eq!(
            c("de l'ouverture de la séance au point n°4"),
            Some((None, Some(4), false))
        );
        assert_eq!(
            c("du point n°6 à la fin de la séance"),
            Some((Some(6), None, false))
        );
        // Two stretches: until, then back at.
        let g = |s: &str| condition(s, 0..s.len()).map(|c| (c.from, c.until, c.resumes));
        assert_eq!(
            g("de l'ouverture de la séance au point n°4 et du point n°6 à la fin de la séance"),
            Some((None, Some(4), Some(6)))
        );
        assert_eq!(
            g("jusqu'au point XVII puis à partir du point XIX"),
            Some((None, Some(17), Some(19)))
        );
        assert_eq!(
            g("sort de la séance à la délibération N°8 jusqu'à la N°16"),
            Some((None, Some(7), Some(17)))
        );
        // Back at the next item: one stretch is no gap.
        assert_eq!(
            g("jusqu'au point 4 puis à partir du point 5"),
            Some((None, Some(4), None))
        );
        // Arrives, then leaves: one stretch with both ends.
        assert_eq!(
            g("arrivée au point 2 et partie après le point 8"),
            Some((Some(2), Some(8), None))
        );
        // Away for one item only: the items around it.
        assert_eq!(
            g("absent de 23h01 à 23h10, délib. 56"),
            Some((None, Some(55), Some(57)))
        );
        assert_eq!(
            g("absente pour la délibération n° 3"),
            Some((None, Some(2), Some(4)))
        );
        // Away for items joined or ranged: the items around them.
        assert_eq!(
            g("absente non représentée pour les points 6 et 7"),
            Some((None, Some(5), Some(8)))
        );
        assert_eq!(
            g("absent non excusé du point n° 1 au point n° 9"),
            Some((Some(10), None, None))
        );
        assert_eq!(
            g("absent pour les points 3 à 5"),
            Some((None, Some(2), Some(6)))
        );
        // Two items that are not next to each other are no one stretch.
        assert_eq!(g("absente pour les points 6 et 9"), None);
        // Two closed stretches.
        let h = |s: &str| {
            condition(s, 0..s.len()).map(|c| (c.from, c.until, c.resumes, c.resumes_until))
        };
        assert_eq!(
            h("du point 2 au 11 et du point 15 au 19"),
            Some((Some(2), Some(11), Some(15), Some(19)))
        );
        // An absence with a bound is a stretch.
        assert_eq!(g("absent à partir du point 5"), Some((None, Some(4), None)));
        assert_eq!(c("jusqu'à l'OJ N°13"), Some((None, Some(13), false)));
        // Dotted, its apostrophe lost in extraction.
        assert_eq!(c("arrivée à l O.J N 3"), Some((Some(3), None, false)));
        assert_eq!(c("à partir de D98/13"), Some((Some(98), None, false)));
        assert_eq!(
            c("sauf D103/13 et départ à D107/13"),
            Some((None, None, true))
        );
        assert_eq!(c("jusqu à D 87/13"), Some((None, Some(87), false)));
        assert_eq!(c("arrivé à 19h"), Some((None, None, true)));
        assert_eq!(c("1"), None);
    }

    #[test]
    fn for_whom_reads_pour_and_one_name_filling_the_brackets() {
        let w = |s: &str| match for_whom(s, 0..s.len()) {
            Some(Mention::Name(n)) => Some(s[n.family].to_string()),
            _ => None,
        };
        assert_eq!(w("pour DORIAC Paul"), Some("DORIAC".to_string()));
        assert_eq!(w(" pour M. Paul DORIAC"), Some("DORIAC".to_string()));
        assert_eq!(w("pour les points 3 et 4"), None);
        assert_eq!(w("pour DORIAC Paul jusqu'au point 4"), None);
        assert_eq!(w("DORIAC Paul"), None);
        let s = |s: &str| match substitute_written(s, 0..s.len()) {
            Some(Mention::Name(n)) => Some(s[n.family].to_string()),
            _ => None,
        };
        assert_eq!(s("Suppléant M. DORIAC Paul"), Some("DORIAC".to_string()));
        assert_eq!(
            s("suppléante Mme Lise CARMONT"),
            Some("CARMONT".to_string())
        );
        assert_eq!(s("suppléant de M. Paul DORIAC"), None);
        assert_eq!(s("suppléante"), None);
    }

    #[test]
    fn notes() {
        let n = |s: &str| note(s, 0..s.len());
        assert!(matches!(
            n("pouvoir de Fabrice BARAGNOL"),
            Note::ProxyFrom(_)
        ));
        assert!(matches!(
            n("a reçu pouvoir de Jean-Pierre CASSIL"),
            Note::ProxyFrom(_)
        ));
        assert!(matches!(
            n("ayant la procuration de DE LIBRON Fabrice"),
            Note::ProxyFrom(_)
        ));
        assert!(matches!(
            n("suppléant de\nM. TORANANGE Jean-Luc"),
            Note::SubstituteFor(_)
        ));
        assert!(matches!(
            n("ayant la suppléance de GREUZ Michel"),
            Note::SubstituteFor(_)
        ));
        assert!(matches!(
            n("délégué suppléant de Gaston VERNIER"),
            Note::SubstituteFor(_)
        ));
        assert!(matches!(
            n("déléguée suppléante d'Yvon MALET"),
            Note::SubstituteFor(_)
        ));
        assert!(matches!(n("représenté par son suppléant"), Note::Other));
        // Without a preposition: the list tells the way.
        assert!(matches!(n("Supplée Claire DORIAC"), Note::SubstituteFor(_)));
        assert!(matches!(n("pouvoir M. PAUL DORIAC"), Note::Proxy(_)));
        assert!(matches!(n("pouvoir DORIAC Paul"), Note::Proxy(_)));
        assert!(matches!(n("1 pouvoir DORIAC Paul"), Note::Proxy(_)));
        assert!(matches!(n("1 pouvoir de Paule DORIAC"), Note::ProxyFrom(_)));
        assert!(matches!(n("'' M. A. DORIAC"), Note::Proxy(_)));
        assert!(matches!(
            n("ayant donné procuration de vote à M. Paul DORIAC"),
            Note::ProxyTo(..)
        ));
        assert!(matches!(n("« Paul DORIAC"), Note::Proxy(_)));
        assert!(matches!(n("pouvoir"), Note::Other));
        assert!(matches!(
            n("représenté par son suppléant Mr Paul DORIAC"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("représentée par sa suppléante, Mme Lise CARMONT"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("représenté par Monsieur Paul DORIAC, suppléant"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("par Monsieur Paul DORIAC suppléant"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("est appelée à siéger Lise CARMONT"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("a pour suppléante Lise CARMONT"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("représentée par Monsieur Paul DORIAC"),
            Note::ProxyTo(_, _)
        ));
        assert!(matches!(
            n("excusée, pouvoir à M. Jean TORAVEL"),
            Note::ProxyTo(_, _)
        ));
        assert!(matches!(
            n("donne procuration à Marie-Perenot FALILLOU"),
            Note::ProxyTo(_, _)
        ));
        // A margin's date woven between the civility and the name.
        assert!(matches!(
            n("a donné procuration à Madame 23/11/2020 Lise CARMONT"),
            Note::ProxyTo(Mention::Name(_), _)
        ));
        // The standing before a substitute.
        assert!(matches!(
            n("excusé, est suppléé par M. Paul DORIAC"),
            Note::SubstitutedBy(_)
        ));
        assert!(matches!(
            n("à partir de la question n°13"),
            Note::Presence(_)
        ));
    }

    #[test]
    fn jusqu_like_is_the_pattern() {
        let re = regex::Regex::new(r"j[us]{0,3}qu").unwrap();
        for text in [
            "jusqu'a",
            "juqu'a",
            "jsuqu",
            "jqu",
            "j qu",
            "jusqqqu",
            "jusqqu",
            "jussuqu",
            "jusssqu",
            "jéqu",
            "j_1qu",
            "jjjjqu",
            "ajusqu",
            "",
            "j",
            "qu",
            "jusq",
            "jùsqu",
            "j\u{300}qu",
            "j€qu",
            "jusqu jusqu",
            "jacques",
            "jacqueline",
        ] {
            assert_eq!(super::jusqu_like(text), re.is_match(text), "{text:?}");
        }
        // A member's given name is no "jusqu'à".
        assert!(!super::jusqu_like("m. jacques roux arrive au point n° 11"));
    }
}
