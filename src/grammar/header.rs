//! The meeting's header: the date of the sitting, the collectivity, dates
//! of publication and convocation, opening and closing times, stated
//! counts, the order of business, where the presidency is named, the place,
//! a second convocation.
//!
//! Keyword patterns are written in lower case and searched in the
//! lower-cased copy of the text (same offsets, literal prefixes the regex
//! engine skips ahead to); what they find is read in the text itself.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::date::{self, WrittenDate};
use super::numbers::number_words;
use crate::model::ClockTime;
use crate::text::{
    captures_where, fold, fold_char, fold_regex, is_word_char, lines_inclusive, lower_regex, regex,
    squeeze, unicode_word_edges, with_fold, word_ends_at, word_starts_at,
};
use crate::vocabulary::WEEKDAYS;

/// What the text says of the date of its sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SittingDate {
    /// No date of sitting is written.
    Unknown,
    /// The date, every claim agreeing.
    Found(NaiveDate),
    /// Two claims disagree: the first date, another, and where the first
    /// is written.
    Conflict {
        date: NaiveDate,
        other: NaiveDate,
        at: usize,
    },
}

/// How a date written in the header claims to be the sitting's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    /// In the preamble: "L'an deux mille ..., le ...", "s'est réuni le ...".
    Preamble,
    /// In a heading: "Séance du ...", "Conseil municipal du ...".
    Heading,
    /// Alone on its line: a title, or a page's publication date.
    Bare,
    /// "... TOURS du 11 avril 2022 à 20h": "du", the date, its hour, in a
    /// letterhead flattened into one run; the last resort.
    Timed,
}

/// The date of the sitting in `header` (or `head`, when the header is
/// shorter than 40 bytes). The preamble and headings are claims, dates
/// alone on their line a last resort; when claims disagree, none wins.
///
/// ```text
/// "L'an deux mille vingt-trois, le quatorze mars"  -> 2023-03-14
/// "Séance du 26 octobre 2023"                       -> 2023-10-26
/// "Convoqué le 3 mars 2023"                         -> not a claim
/// ```
pub(crate) fn sitting_date(text: &str, header: Range<usize>, head: Range<usize>) -> SittingDate {
    let mut found = sitting_date_in(
        text,
        if header.end > 40 {
            header.clone()
        } else {
            head.clone()
        },
        Claims::All,
    );
    // A header cut short by a label ahead of the title (a side box of
    // counts, "- présents 10", above "EXTRAIT DU PROCÈS-VERBAL ... 13 avril
    // 2012"): the head before the first item.
    if found == SittingDate::Unknown && header.end > 40 && head.end > header.end {
        found = sitting_date_in(text, head.clone(), Claims::All);
    }
    if found != SittingDate::Unknown {
        return found;
    }
    // "Délibération n° 1 du 16 MARS 2008" heading the first item of an
    // extract, nothing above it but a page's furniture: the title's line.
    let line_end = text[head.end..]
        .find('\n')
        .map_or(text.len(), |p| head.end + p);
    if fold_regex!(r"(?i)^\s*délibération\s+n\s*°?\s*[\w./-]{1,15}\s+du\s")
        .is_match(&text[head.end..line_end])
    {
        found = sitting_date_in(text, head.start..line_end, Claims::All);
        if found != SittingDate::Unknown {
            return found;
        }
    }
    // The head cut short by a heading that is none ("1 JEUDI 19 MARS 2015",
    // a page's number run into a date, then "2 ... s'est réuni le jeudi 19
    // mars 2015"): the preamble's sentence a little further on, alone and
    // agreeing with itself.
    let further = head.start..text.floor_char_boundary((head.start + 3000).min(text.len()));
    if further.end > head.end
        && let found @ SittingDate::Found(_) =
            sitting_date_in(text, further.clone(), Claims::Preamble)
    {
        return found;
    }
    // No claim heard: a full date a word of the sitting governs in the
    // head (not in the items: "1. Compte rendu du conseil du 2 avril" is
    // another sitting's).
    governed_date(text, head.start..head.end.max(header.end))
        .map_or(SittingDate::Unknown, SittingDate::Found)
}

/// The last resort, where no date claims the sitting: the first full date
/// a word of the sitting ("séance", "réunion", "réuni", "session",
/// "assemblée", "conseil", "comité", "bureau") governs in its clause, that
/// word shortly before it ("COMPTE-RENDU DE L'ASSEMBLÉE GÉNÉRALE DU
/// SYNDICAT ... EN DATE DU 26 mars 2019", "CONSEIL COMMUNAUTAIRE DE LA
/// COMMUNAUTÉ DE COMMUNES X Compte-rendu du 24 juillet 2020") or shortly
/// after a date opening its clause ("Le 19 septembre deux mille dix-neuf
/// à 9 heures 30, les membres du Comité Syndical ... se sont réunis"), or
/// the date and its hour ("le ... à 20 heures"). Never a date the clause
/// gives another event (a convocation, a posting, a sending, a law, the
/// minutes of an earlier sitting approved, a letter signed).
fn governed_date(text: &str, region: Range<usize>) -> Option<NaiveDate> {
    let hay = &text[region];
    let sitting = regex!(
        r"\b(?:seances?|reuni(?:e|s|es)?|reunions?|session|assemblee|conseil|comite|bureau)\b"
    );
    let other_event = regex!(
        r"convoc|affich|publi(?:e|c)|transmis|\brecu|envo[iy]|depot|\bloi\b|decret|arrete|ordonnance|\bcode\b|approuv|approbation|adopt|valid|deliber|\bvu\b|precedent|dernier|prochain|reunira|aura lieu|tiendra|lors d|\bsa\s+(?:seance|reunion|session)|election|scrutin|limite|fait a|\bsigne|naissance|decede"
    );
    for d in date::dates(hay) {
        let Some(date) = d.date() else {
            continue;
        };
        // The clause before: at most 120 bytes, from the last full stop,
        // semicolon or colon.
        let from = hay.floor_char_boundary(d.start.saturating_sub(120));
        let mut before = &hay[from..d.start];
        // The label a colon ends, on its line ("Date de la réunion :",
        // "SÉANCE ORDINAIRE :"), when the date follows it.
        let mut label = "";
        if let Some(p) = before
            .char_indices()
            .rev()
            .find(|&(p, c)| {
                matches!(c, ';' | ':')
                    || c == '.' && before[p + 1..].starts_with(char::is_whitespace)
            })
            .map(|(p, _)| p)
        {
            if before[p..].starts_with(':') {
                let opening = before[..p]
                    .rfind(['\n', '.', ';', ':'])
                    .map_or(0, |q| q + 1);
                label = &before[opening..p];
            }
            before = &before[p + 1..];
        }
        // "Le 19 septembre", "..., le mardi 3 mai", "ce 11 juin": the date
        // opens its clause; or its line ("Mardi 3 mai 2016 - Conseil
        // municipal").
        let opens = fold_regex!(&format!(
            r"(?:(?:^|[\n,])\s*(?:le|ce)|(?-u:\b)(?:Le|Ce|LE|CE))\s+(?:(?i:{WEEKDAYS}),?\s+)?$"
        ))
        .is_match(before);
        let line_opens = fold_regex!(&format!(r"(?:^|\n)[ \t]*(?:(?i:{WEEKDAYS}),?\s+)?$"))
            .find(&hay[from..d.start])
            .is_some_and(|m| from + m.start() == 0 || hay[from + m.start()..].starts_with('\n'));
        let (labelled, label_told) =
            with_fold(label, |l| (sitting.is_match(l), other_event.is_match(l)));
        let labelled = labelled && !label_told && before.trim().len() <= 12;
        let before = fold(before);
        if label_told || other_event.is_match(&before) {
            continue;
        }
        // The clause after, to its full stop or its line's end, at most 160
        // bytes.
        let to = hay.floor_char_boundary((d.end + 160).min(hay.len()));
        let after = &hay[d.end..to];
        let after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
        // What the clause says after the date, up to the sitting's word
        // ("... du 9 novembre 2021 est approuvé": the minutes of another).
        // (A date opening its line is a title's when the sitting's word
        // follows it at once: "Mardi 3 mai 2016 – Conseil municipal".)
        let (governed_after, told_after) = with_fold(after, |f| {
            let word = sitting.find(f);
            let told = other_event.is_match(&f[..word.map_or(f.len(), |m| m.start())]);
            let at_once = word.is_some_and(|m| {
                f[..m.start()]
                    .trim_matches([' ', '\t', '-', '–', ',', '|'])
                    .is_empty()
            });
            (
                (opens || line_opens && at_once) && word.is_some() && !told,
                told,
            )
        });
        if told_after {
            continue;
        }
        let timed = fold_regex!(r"^,?\s+(?:à|a)\s+")
            .find(after)
            .is_some_and(|m| date::time_at(&after[m.end()..]).is_some());
        // The sitting's word governs the first date after it: not this one
        // when a figure it governs comes between ("Réunion du Conseil
        // Municipal du 28/3\n\nsamedi 29 mars 2008, par AM": the day and
        // month of the sitting, unread, then a post's stamp).
        let governs = sitting
            .find_iter(&before)
            .last()
            .is_some_and(|w| !regex!(r"(?-u:\b)(?:du|le)\s+[0-9]").is_match(&before[w.end()..]));
        if governs || labelled || governed_after || opens && timed {
            return Some(date);
        }
    }
    None
}

/// Which claims [`sitting_date_in`] hears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claims {
    /// The preamble, the headings, and the last resorts.
    All,
    /// The preamble's sentence alone.
    Preamble,
}

/// The date of the convocation written in `hay` ("Date de convocation : 8
/// décembre 2014", "convoqué le ..."): the first dated one.
fn convocation_date(hay: &str, written: &[WrittenDate]) -> Option<NaiveDate> {
    written
        .iter()
        .find(|e| {
            e.year.is_some() && {
                let from = hay.floor_char_boundary(e.start.saturating_sub(40));
                fold(&hay[from..e.start]).contains("convoc")
            }
        })?
        .date()
}

/// The date of a sitting written `d` without its year, from the date of
/// its convocation in `hay` ("Date de convocation : 8 décembre 2014"): in
/// the convocation's year, or the next (convened on 28 December for 5
/// January), and at most two months after it.
fn convocation_year(hay: &str, written: &[WrittenDate], d: &WrittenDate) -> Option<NaiveDate> {
    let convened = convocation_date(hay, written)?;
    [convened.year(), convened.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month, d.day))
        .find(|&date| (0..=62).contains(&(date - convened).num_days()))
}

/// The date of a sitting written `d` without its year, and no convocation
/// dated, from the other dates the header writes ("Séance du 20 septembre
/// ... décédé le 31 juillet 2016 ... le 13 septembre 2016"): in the one
/// year that puts every one of them within two months of the sitting, a
/// date farther off (a law, an earlier plan) leaving it undated.
fn year_of_the_dates_around(written: &[WrittenDate], d: &WrittenDate) -> Option<NaiveDate> {
    let dated: Vec<NaiveDate> = written.iter().filter_map(WrittenDate::date).collect();
    let first = *dated.first()?;
    [first.year() - 1, first.year(), first.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month, d.day))
        .find(|&date| dated.iter().all(|&e| (date - e).num_days().abs() <= 62))
}

/// The date of the sitting claimed in `region`.
fn sitting_date_in(text: &str, region: Range<usize>, heard: Claims) -> SittingDate {
    let hay = &text[region.clone()];
    let an_year = year_of_the_preamble(hay);
    let mut preamble: Vec<(NaiveDate, usize)> = Vec::new();
    let mut headings: Vec<(NaiveDate, usize)> = Vec::new();
    let mut bare: Vec<(NaiveDate, usize)> = Vec::new();
    let mut timed: Vec<(NaiveDate, usize)> = Vec::new();
    let mut yearless: Vec<(NaiveDate, usize)> = Vec::new();
    let mut weekdays: Vec<(u32, u32, chrono::Weekday)> = Vec::new();
    // Where the preamble's dates were written.
    let mut preamble_ends: Vec<(usize, usize)> = Vec::new();
    let written = date::dates(hay);
    for (n, &d) in written.iter().enumerate() {
        let Some(claim) = claim_of(hay, &d, an_year) else {
            continue;
        };
        if heard == Claims::Preamble && claim != Claim::Preamble {
            continue;
        }
        // "L'an deux mille seize le neuf novembre à 19 heures 30 20/10/2016":
        // the preamble's sentence states one date; a second in it, right
        // after, is a margin's (a convocation, a posting) woven in.
        if claim == Claim::Preamble
            && let Some(&(_, prev_end)) = preamble_ends.last()
            && d.start >= prev_end
            && d.start - prev_end < 80
            && !hay[prev_end..d.start].contains(['.', '\n', ';'])
        {
            continue;
        }
        if claim == Claim::Preamble {
            preamble_ends.push((d.start, d.end));
        }
        let (d, claims) = match claim {
            Claim::Preamble => {
                // The year of "L'an ...", else of the next date of the
                // same sentence ("Le 11 juillet suivant la convocation
                // adressée le 4 juillet 2017").
                let year = an_year.map(|(y, _)| y).or_else(|| {
                    written[n + 1..]
                        .iter()
                        .take_while(|e| {
                            e.start < d.end + 120 && !hay[d.end..e.start].contains(['.', '\n'])
                        })
                        .find_map(|e| e.year)
                });
                let d = match (d.year, year) {
                    (None, Some(y)) => d.with_year(y),
                    _ => d,
                };
                (d, &mut preamble)
            }
            // "Séance du 15 décembre ... Date de convocation : 8 décembre
            // 2014": a heading without its year, dated by the convocation
            // when nothing else dates the sitting.
            Claim::Heading if d.year.is_none() => {
                if let Some(date) = convocation_year(hay, &written, &d)
                    .or_else(|| year_of_the_dates_around(&written, &d))
                {
                    yearless.push((date, region.start + d.start));
                }
                (d, &mut headings)
            }
            Claim::Heading => (d, &mut headings),
            Claim::Bare => (d, &mut bare),
            Claim::Timed => (d, &mut timed),
        };
        if let Some(date) = d.date() {
            claims.push((date, region.start + d.start));
        }
        if let Some(w) = weekday_before(&hay[..d.start]) {
            weekdays.push((d.day, d.month, w));
        }
    }
    // "Date de la convocation : lundi 2 mai 2011 ... CONSEIL MUNICIPAL
    // JEUDI 5 MAI 2011 L'an deux mille onze, le neuf du mois de
    // février": a claim before the convocation is a template's left as it
    // was (a sitting follows its convocation); the date the title gives
    // with its weekday, within two months after the convocation, is the
    // sitting's.
    if let Some(convened) = convocation_date(hay, &written) {
        let before = |c: &Vec<(NaiveDate, usize)>| c.iter().any(|&(d, _)| d < convened);
        if (before(&preamble) || before(&headings))
            && preamble.iter().chain(&headings).all(|&(d, _)| d < convened)
        {
            let mut titled: Vec<(NaiveDate, usize)> = written
                .iter()
                .filter(|e| {
                    let from = hay.floor_char_boundary(e.start.saturating_sub(40));
                    weekday_before(&hay[..e.start]).is_some()
                        && !fold_regex!(r"convoc|affich|publi|envoi|transmis")
                            .is_match(&fold(&hay[from..e.start]))
                })
                .filter_map(|e| Some((e.date()?, region.start + e.start)))
                .filter(|&(d, _)| (0..=62).contains(&(d - convened).num_days()) && d > convened)
                .collect();
            titled.dedup_by_key(|(d, _)| *d);
            if let [(date, _)] = titled.as_slice() {
                return SittingDate::Found(*date);
            }
        }
    }
    if preamble.is_empty() && headings.is_empty() {
        headings = if !yearless.is_empty() {
            yearless
        } else if bare.is_empty() {
            timed
        } else {
            bare
        };
    }
    let Some(&(date, at)) = preamble.first().or(headings.first()) else {
        return SittingDate::Unknown;
    };
    let Some(&(other, _)) = preamble.iter().chain(&headings).find(|(d, _)| *d != date) else {
        return SittingDate::Found(date);
    };
    // "SÉANCE DU 21 FÉVRIER 2019 ... L'an deux mille dix-huit et le jeudi
    // 21 février": the weekday written tells which year is right, when it
    // fits one claim only.
    let fits = |d: &NaiveDate| {
        weekdays
            .iter()
            .any(|&(day, month, w)| d.day() == day && d.month() == month && d.weekday() == w)
    };
    let mut fitting: Vec<NaiveDate> = preamble
        .iter()
        .chain(&headings)
        .map(|&(d, _)| d)
        .filter(|d| fits(d))
        .collect();
    fitting.dedup();
    // "DU 8 FEVRIER 2021 ... L'an deux mil vingt et un, le lundi 9
    // février": a claim whose own weekday it does not fall on (9 February
    // 2021 was a Tuesday) is
    // a slip, and the claims left, if they agree, date the sitting.
    let belied = |d: &NaiveDate| {
        weekdays
            .iter()
            .any(|&(day, month, w)| d.day() == day && d.month() == month && d.weekday() != w)
    };
    let mut unbelied = preamble
        .iter()
        .chain(&headings)
        .map(|&(d, _)| d)
        .filter(|d| !belied(d));
    if let Some(first) = unbelied.next()
        && unbelied.all(|d| d == first)
        && preamble.iter().chain(&headings).any(|(d, _)| belied(d))
    {
        return SittingDate::Found(first);
    }
    match fitting.as_slice() {
        [one]
            if preamble
                .iter()
                .chain(&headings)
                .all(|(d, _)| d == one || !fits(d)) =>
        {
            return SittingDate::Found(*one);
        }
        _ => {}
    }
    // "CONSEIL MUNICIPAL DU 18 JANVIER 2018 ... Compte rendu du conseil
    // municipal du 30 novembre 2017 ... L'an deux mille dix-huit, le 18
    // janvier": the date the title and the preamble both claim, against
    // one claim of another (a subtitle, a margin woven into the text).
    let claimed = |d: NaiveDate| {
        preamble
            .iter()
            .chain(&headings)
            .filter(|(e, _)| *e == d)
            .count()
    };
    let mut dates: Vec<NaiveDate> = preamble.iter().chain(&headings).map(|&(d, _)| d).collect();
    dates.sort();
    dates.dedup();
    let top = dates.iter().copied().max_by_key(|&d| claimed(d));
    if let Some(top) = top
        && claimed(top) >= 2
        && dates.iter().all(|&d| d == top || claimed(d) < claimed(top))
        && preamble.first().is_none_or(|&(d, _)| d == top)
        && headings.iter().any(|&(d, _)| d == top)
    {
        return SittingDate::Found(top);
    }
    SittingDate::Conflict { date, other, at }
}

/// The weekday written right before a date: "le jeudi ", "Mardi " (one of
/// [`WEEKDAYS`], which lists them from Monday).
fn weekday_before(before: &str) -> Option<chrono::Weekday> {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(12))..];
    // ("du JEUDI, 19 NOVEMBRE 2009": the weekday set off by a comma.)
    let word = tail
        .trim_end()
        .trim_end_matches(',')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()?;
    let folded = fold(word);
    let k = WEEKDAYS.split('|').position(|d| d == folded)?;
    chrono::Weekday::try_from(u8::try_from(k).ok()?).ok()
}

/// The year of "L'an deux mille vingt-trois" (or "L'an 2023") in `hay`, and
/// where it ends.
fn year_of_the_preamble(hay: &str) -> Option<(i32, usize)> {
    let l_an = regex!(r"(?i)(?-u:\b)l'? ?an\s+");
    l_an.find_iter(hay)
        .filter(|m| word_starts_at(hay, m.start()))
        .find_map(|m| date::year_in_words(&hay[m.end()..]).map(|(y, len)| (y, m.end() + len)))
}

/// How a date of `hay` claims to be the sitting's, from what is written
/// before it; `None` when it does not (a convocation, a publication, a
/// law, the previous minutes).
fn claim_of(hay: &str, d: &WrittenDate, an_year: Option<(i32, usize)>) -> Option<Claim> {
    let before = &hay[..d.start];
    // The clause just before the date: after the last full stop, line feed
    // or double space (a line break flattened away), and from a capitalised
    // "Séance" ("... DES DÉLIBÉRATIONS Séance du 14 mars 2023" is a
    // heading, "... de la séance du ..." not).
    let tail_start = hay.floor_char_boundary(d.start.saturating_sub(60));
    let mut clause = &hay[tail_start..d.start];
    // A line feed inside a sentence ("dûment convoqué\nle 14 novembre")
    // does not end the clause; one after a full stop, a colon or a blank
    // line does.
    let ends_clause = |p: usize, c: char| {
        let kept = clause[..p].trim_end_matches([' ', '\t']);
        c == '.' || kept.ends_with(['.', ':', '\n']) || kept.is_empty()
    };
    if let Some((p, _)) = clause
        .char_indices()
        .rev()
        .find(|&(p, c)| (c == '.' || c == '\n') && ends_clause(p, c))
    {
        clause = &clause[p + 1..];
    }
    // (Not before a word in lower case: "lors du conseil  du 19 juin" is
    // one sentence.)
    if let Some(p) = clause.rfind("  ")
        && !clause[p + 2..].starts_with(char::is_lowercase)
    {
        clause = &clause[p + 2..];
    }
    if let Some(p) = ["Séance", "SÉANCE", "Seance", "SEANCE"]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()
    {
        clause = &clause[p..];
    }
    // "... publication : 12 mai 2015 L an deux mil quinze, le cinq mai":
    // the preamble opens a sentence, whatever a flattened margin put before.
    if let Some(m) = regex!(r"(?i)(?-u:\b)l(?:'|’| ) ?an\s")
        .find_iter(clause)
        .last()
        && m.start() > 0
    {
        clause = &clause[m.start()..];
    }
    // Read folded: plain letters, no accents.
    // "publi" is a publication ("publié le"), not a public sitting
    // ("Séance publique du"); "en date du" is a letter's date ("courrier en
    // date du") unless a sitting is named before it ("Conseil communautaire
    // en date du").
    // "dûment convoqué, s'est réuni en Mairie de X le 11 juin 2013",
    // "convoqué le 5 février 2015, s'est réuni le 12 février 2015": maybe
    // the place between the verb and the date; the words before the verb
    // ("convoqué") are not what the date is of.
    let excluded = regex!(
        r"(convoqu|convocation|affich|publi(?:e|c)|transmis|recu|envoy|scrutin|ligne le|delibere|deliberation|arrete|\bloi\b|decret|approuv|approbation|adopt|precedente|dernier|lors d|operations de vote|elections?\s|elue?s?\s+le|proclame)"
    );
    if let Some(m) = fold_regex!(&format!(r"(?i)réuni(?:e|s|es)?\s+(?:(?:en|à|au|dans|salle)\s[^.;]{{0,80}}?\s)?(?:le|ce)\s+(?:(?:{WEEKDAYS}),?\s+)?$")).find(before)
        && !excluded.is_match(&fold(&before[m.start()..]))
    {
        return Some(Claim::Preamble);
    }
    let folded = fold(clause);
    // "Procès-verbal des délibérations du conseil communautaire du mardi
    // 1er mars": the register's title names the sitting, not an earlier
    // deliberation.
    let unexcluded =
        regex!(r"\bdes\s+deliberations\s+((?:du|de\s+la)\s+(?:conseil|comite|assemblee|bureau)\b)")
            .replace_all(&folded, "$1");
    // "Délibération n° 1 du 16 MARS 2008" opening its line: an extract's
    // title, dated by its sitting.
    if fold_regex!(&format!(
        r"(?i)(?:^|\n)\s*délibération\s+n\s*°?\s*[\w./-]{{1,15}}\s+du\s+(?:(?:{WEEKDAYS}),?\s+)?$"
    ))
    .is_match(before)
    {
        return Some(Claim::Heading);
    }
    // "... approuve le procès-verbal de sa réunion du 12 mai": the body's
    // own earlier sitting ("sa"), not this one.
    if excluded.is_match(&unexcluded)
        || regex!(r"\bde\s+sa\s+(?:reunion|seance|session|derniere\s+seance)\s+du\s*$")
            .is_match(&folded)
        || regex!(r"en date du\s*$").is_match(&folded)
            && !regex!(r"(?:^|\n)\s*(?:seance|reunion|session|conseil|comite|bureau|assemblee|compte[- ]rendu|proces[- ]verbal)\b[^\n.]{0,60}en date du\s*$").is_match(&folded)
    {
        return None;
    }
    // A sitting whose quorum was not reached is not this one ("Le quorum
    // n'ayant pas été atteint pour l'Assemblée Générale du ..."), however
    // far back in its sentence.
    let sentence = &hay[hay.floor_char_boundary(d.start.saturating_sub(200))..d.start];
    // (It ends at a full stop, or at a colon closing its line: "aura lieu
    // le :\n- Vendredi 2 juillet".)
    let end = sentence
        .rfind(['.', ';'])
        .map_or(0, |p| p + 1)
        .max(sentence.rfind(":\n").map_or(0, |p| p + 2));
    let sentence = &sentence[end..];
    if fold(sentence).contains("quorum") {
        return None;
    }
    // ("... à l'issue de la réunion du 1er décembre 2014, le quorum n'avait
    // pas été atteint": the same, the quorum said failed after the date in
    // its sentence.)
    let rest_of_sentence = &hay[d.end..hay.floor_char_boundary((d.end + 120).min(hay.len()))];
    let rest_of_sentence = &rest_of_sentence[..rest_of_sentence
        .find(['.', ';'])
        .unwrap_or(rest_of_sentence.len())];
    if regex!(r"\bquorum\b[^.;]{0,30}?\b(?:pas|point|non)\s+(?:ete\s+)?(?:atteint|reuni)|\b(?:faute|absence|defaut)\s+d[eu]\s+quorum")
        .is_match(&fold(rest_of_sentence))
    {
        return None;
    }
    // "Le Conseil approuve à l'unanimité, sans rectification, le
    // procès-verbal de sa\nréunion du 12 mai 2014": the minutes of an
    // earlier sitting, approved by the verb before them in the sentence
    // (up to 80 bytes after the minutes' word: "propose d'adopter le
    // procès-verbal du 28 juin Concernant le Conseil municipal du 28 juin
    // 2007").
    if regex!(
        r"\b(?:approuv|adopt|valid)\w*\b[^.]*\b(?:proces[- ]verbal|compte[- ]rendu|pv)\b[^.]{0,80}$"
    )
    .is_match(&fold(sentence))
    {
        return None;
    }
    // "... invite les membres à formuler leurs observations sur le
    // compte-rendu de la séance du 23 mai": the minutes named inside a
    // sentence (a word in lower case, an article, the minutes' word in
    // lower case) are an earlier sitting's, whatever the verb; a title
    // names its minutes opening its line or in capitals ("Extrait du
    // procès-verbal de la séance du ...").
    if fold_regex!(
        r"(?-u:\b)[a-zà-ÿ][a-zà-ÿ'’-]*\s+(?:le|du|au|les|des|sur\s+le)\s+(?i:procès[- ]verbal|proces[- ]verbal|compte[- ]rendu|pv)(?-u:\b)[^.\n]{0,80}$"
    )
    .is_match(sentence)
    {
        return None;
    }
    // "Le jeudi 23 janvier 2025 : convocation du Conseil ...".
    // ("Réunion du 10 septembre 2014 Convocation du 03 septembre 2014",
    // "SEANCE DU JEUDI 25 JUIN 2009 Convocations adressées le 18 juin
    // 2009": a convocation dated after its own word, or after a word or
    // two of its sending, is another date's, and this one the sitting's.)
    let after = &hay[d.start..hay.floor_char_boundary((d.end + 20).min(hay.len()))];
    let line = after.split('\n').next().unwrap_or("");
    if let Some(m) = regex!(r"(?i)convocation").find(line) {
        let from = d.start + m.end();
        let window = &hay[from..hay.floor_char_boundary((from + 40).min(hay.len()))];
        let dated = date::dates(window).first().is_some_and(|e| {
            e.start <= 15
                || e.start <= 32
                    && regex!(r"^s?\s+(?:\w+\s+){1,2}(?:le\s+|du\s+)?$")
                        .is_match(&window[..e.start])
        });
        if !dated {
            return None;
        }
    }
    // "L'an deux mille dix, le dix-huit mars, les membres du conseil ont
    // été convoqués ... pour délibérer": the convocation's date, when the
    // sentence tells no meeting held ("s'est réuni").
    let sentence_after = &hay[d.end..hay.floor_char_boundary((d.end + 160).min(hay.len()))];
    let sentence_after =
        fold(&sentence_after[..sentence_after.find('.').unwrap_or(sentence_after.len())]);
    if regex!(r"(?:ont|a)\s+ete\s+convoque").is_match(&sentence_after)
        && !regex!(r"reuni|assemble").is_match(&sentence_after)
    {
        return None;
    }
    // "Le compte rendu du Conseil Municipal du 8 juin 2020 est validé":
    // the minutes of an earlier sitting, approved.
    let rest = &hay[d.end..hay.floor_char_boundary((d.end + 40).min(hay.len()))];
    if regex!(r"^\s*(?:est|sont|a\s+ete|ont\s+ete)\s+(?:approuv|valid|adopt)").is_match(&fold(rest))
    {
        return None;
    }
    let is_preamble = an_year.is_some_and(|(_, end)| d.start >= end && d.start <= end + 60)
        || fold_regex!(&format!(r"(?i)(?:réuni(?:e|s|es)?|assemblée?s?)\s+(?:le\s+)?(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)

        || regex!(&format!(r"(?i)(?:^|\n|\.\s)\s*le\s+(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // "Le quinze décembre deux mille seize": a date in words is a preamble
        // (its "Le" glued to the title's year before it when the extraction
        // lost the line break: "DU 12 DECEMBRE 2007Le douze décembre").
        || regex!(&format!(r"(?i)(?:\bl|[0-9](?-i:L))e\s+(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
            && hay[d.start..].starts_with(|c: char| c.is_alphabetic())
        // "... Conseil Municipal 27 mai 2010 Le 27 mai 2010 à dix-neuf
        // heures, le Conseil ...": a sentence opening on the date and its
        // hour, in a line flattened after the title.
        || regex!(r"\bLe\s+$").is_match(before)
            && fold_regex!(r"^,?\s+(?:à|a)\s+")
                .find(&hay[d.end..])
                .is_some_and(|m| date::time_at(&hay[d.end + m.end()..]).is_some());
    if is_preamble {
        Some(Claim::Preamble)
    } else if fold_regex!(&format!(r"(?i)(?:séance|réunion|session|conseil|comité|bureau|commission permanente|cm|assemblée|cdc|plénière|municipal|communautaire|syndical|régional|départemental|général)\s+(?:[^\n.]{{0,60}}\s+)?(?:du|de)(?:\s*:)?\s+(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // "COMPTE RENDU DU 23 MARS 2021": the minutes' own title, opening
        // its line, names the sitting as the body does ("... concernant le
        // procès-verbal du 6 août", inside a sentence, is an earlier one's).
        // ("Compte rendu 30 septembre 2015 – 20 heures 30": the same
        // title, its date right after the minutes' word.)
        || fold_regex!(&format!(r"(?i)(?:^|\n)[ \t]*(?:compte[- ]rendu|procès[- ]verbal)\s+(?:(?:[^\n.]{{0,60}}\s+)?(?:du|de)\s+)?(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        || fold_regex!(&format!(r"(?i)(?:date\s+de\s+la\s+)?séance\s*:\s*(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // "RÉUNION DU COMITÉ SYNDICAL TENUE LE MERCREDI 17 MARS 2010".
        || fold_regex!(&format!(r"(?i)(?:séance|réunion|session|conseil|comité|bureau|assemblée)\s+[^\n.]{{0,60}}?\btenue?s?\s+le\s+(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // A title naming the council, then its date ("CR du conseil
        // municipal 24 février 2023", "SÉANCE DU CONSEIL MUNICIPAL MERCREDI
        // 18 OCTOBRE 2017").
        // "CONSEIL MUNICIPAL ORDINAIRE VENDREDI 8 JUIN 2018".
        // ("MAIRIE de X COMPTE RENDU SOMMAIRE DE LA REUNION DU CONSEIL
        // MUNICIPAL JEUDI 15 DECEMBRE 2016": a long title, no full stop.)
        // "SYNTHESE REUNION CONSEIL COMMUNAUTAIRE – JEUDI 17 DECEMBRE
        // 2020": a dash before the weekday ("CONSEIL DE COMMUNAUTE – Mardi
        // 4 mars 2019": the same council named the other way).
        || fold_regex!(&format!(r"(?i)(?:^|\n)(?:[^\n]{{0,40}}|[^\n.]{{0,100}})(?:conseil|comité|bureau)\s+(?:municipal|communautaire|syndical|d'administration|de\s+communauté)\s+(?:(?:extra)?ordinaire\s+)?(?:(?:[–-]\s+)?(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // "CONSEIL COMMUNAUTAIRE – FLEUREY-SUR-OUCHE LE 23 JANVIER 2020",
        // "Conseil de Communauté Saint-Jean le 23 janvier 2017": the title
        // opening its line, its place, then "le" and the date.
        || fold_regex!(&format!(r"(?i)(?:^|\n)\s*(?:conseil|comité|bureau)\s+(?:municipal|communautaire|syndical|de\s+communauté)(?:\s*[–-]\s*|\s+)[^\n.,]{{2,60}}?\s+le\s+(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // "PROCES-VERBAL. CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES
        // X Le jeudi 15 mars 2018": the title naming its body, then "le"
        // and a weekday.
        || fold_regex!(&format!(r"(?i)(?:^|\n)[^\n]{{0,30}}?(?:conseil|comité|bureau)\s+(?:municipal|communautaire|syndical)\s+[^\n.,]{{2,80}}?\s+le\s+(?:{WEEKDAYS}),?\s+$")).is_match(before)
        // The same after "Séance du" inside a flattened line ("... VILLE
        // DE X SÉANCE DU CONSEIL MUNICIPAL MERCREDI 18 OCTOBRE 2017").
        || fold_regex!(&format!(r"(?i)^séance\s+(?:du|de\s+la)\s+(?:conseil|comité|bureau|commission)\s+[^\n.]{{0,40}}?(?:(?:{WEEKDAYS}),?\s+)?$")).is_match(clause)
        // "COMPTE-RENDU DE LA SEANCE DU BUREAU COMMUNAUTAIRE COMMUNAUTE DE
        // COMMUNES - Jeudi 14 novembre 2019": a title line whose body's
        // name runs past the clause, a dash before the weekday.
        || fold_regex!(&format!(r"(?i)(?:^|\n)[^\n]{{0,40}}séance\s+(?:du|de\s+la)\s+(?:conseil|comité|bureau|commission)\s+[^\n.]{{0,70}}?\s[-–]\s+(?:{WEEKDAYS}),?\s+$")).is_match(before)
    {
        Some(Claim::Heading)
    } else if d.year.is_some()
        // (A page's number may open the line before a weekday: "1 JEUDI 19
        // MARS 2015" in a transcription that keeps the page numbers.)
        && regex!(&format!(r"(?i)(?:^|\n)\s*(?:[-+•*]\s*)?(?:du\s+)?(?:(?:[0-9]{{1,3}}\s+)?(?:{WEEKDAYS}),?\s+)?$")).is_match(before)
        // Alone on its line: not a web page's stamp run into its caption
        // ("12.07.2015 Views"), nor a date a clause goes on from, a comma
        // and a word in lower case (a post's byline "samedi 29 mars 2008,
        // par AM", "9 décembre 2015, pour fixer ..."), the hour's "à" apart.
        && !regex!(r"^[ \t]*[A-Za-z]{3,}").is_match(&hay[d.end..])
        && !regex!(r"^,[ \t]*(?:[b-zâ-ÿ]|a[a-zà-ÿ'’])").is_match(&hay[d.end..])
    {
        Some(Claim::Bare)
    } else if d.year.is_some()
        // "... DU CONSEIL MUNICIPAL\nDE X – Mardi 29 Janvier 2013 à 20heures":
        // a weekday after a dash, and the hour.
        && regex!(&format!(r"(?i)(?:(?-u:\b)du\s+|[–-]\s+(?:{WEEKDAYS}),?\s+)$")).is_match(before)
        && fold_regex!(r"^,?\s+(?:à|a)\s+")
            .find(&hay[d.end..])
            .is_some_and(|m| date::time_at(&hay[d.end + m.end()..]).is_some())
    {
        Some(Claim::Timed)
    } else {
        None
    }
}

/// The first date written right after one of the phrases of `re` in
/// `within` (searched in `lower`), its year taken from `year` when it has
/// none.
fn date_after(
    text: &str,
    lower: &str,
    re: &regex::Regex,
    within: Range<usize>,
    year: Option<i32>,
) -> Option<NaiveDate> {
    for m in re.find_iter(&lower[within.clone()]) {
        let start = within.start + m.end();
        let end = text.floor_char_boundary((start + 60).min(text.len()));
        let found = date::dates(&text[start..end]);
        if let Some(d) = found.first().filter(|d| d.start <= 12) {
            let d = match (d.year, year) {
                (None, Some(y)) => d.with_year(y),
                _ => *d,
            };
            if let Some(date) = d.date() {
                return Some(date);
            }
        }
    }
    None
}

/// "Publié le 15/11/2023", "Affiché le ...", "Mis en ligne le ...".
pub(crate) fn published_on(
    text: &str,
    lower: &str,
    within: Range<usize>,
    year: Option<i32>,
) -> Option<NaiveDate> {
    let published = lower_regex!(r"(?:publiée?|affichée?|mis en ligne)(?: en mairie)? le\s*:?\s*");
    date_after(text, lower, published, within, year)
}

/// "Date de convocation : ...", "convoqué le ...", "sur convocation du ...".
pub(crate) fn convened_on(
    text: &str,
    lower: &str,
    within: Range<usize>,
    year: Option<i32>,
) -> Option<NaiveDate> {
    let convened = lower_regex!(
        r"(?:date de (?:la )?convocation\s*:?\s*(?:le |du )?|convoquée?s?(?: le| en date du)?\s*|sur convocation (?:adress[éÉ]e )?(?:du |en date du |le )?|convocation du |convocation adress[éÉ]e le )"
    );
    date_after(text, lower, convened, within, year)
}

/// "La séance est ouverte à 18h10", "déclare la séance ouverte à ...".
pub(crate) fn opened_at(text: &str, lower: &str, within: Range<usize>) -> Option<ClockTime> {
    let opened = lower_regex!(
        r"(?:séance (?:est )?ouverte|ouvre la séance|déclare la séance ouverte|ouverture de la séance)\s*à"
    );
    date::time_after(&text[within.clone()], &lower[within], opened).map(|(t, _)| t)
}

/// "levée à 19h30", "lève la séance à ...", "fin de séance à ...".
pub(crate) fn closed_at(text: &str, lower: &str) -> Option<ClockTime> {
    let closed =
        lower_regex!(r"(?:levée|lève la séance|clôturée|se termine|fin de (?:la )?séance)\s*à");
    date::time_after(text, lower, closed).map(|(t, _)| t)
}

/// "Membres en exercice : 32", "en fonctions : 15", "Conseillers en
/// exercice au jour de la séance : 35", "Le nombre de membres
/// en exercice est de : 32", "EN EXERCICE……….. 15", "|- en exercice|15 |"
/// (a table's cells), "79 conseillers en exercice : 67 présents" (the
/// count before, the one after is another), "la majorité des 14 membres
/// du Conseil d'arrondissement en exercice", "des 24 (vingt-quatre)
/// membres en exercice", "Nbre de conseillers : 11", "délégués en\n
/// exercice : 64".
pub(crate) fn members_in_office(text: &str, lower: &str, within: Range<usize>) -> Option<u32> {
    let before = lower_regex!(
        r"(\d{1,3})(?:\s+\([a-zéè -]{3,30}\))?\s+(?:conseill\w*|membres|délégués)(?:\s+\w+|\s+du\s+(?:conseil|comité|bureau)[^\n.,:;]{0,40}?)?\s+en exercice"
    );
    let after = lower_regex!(
        r"(?:en\s(?:exercice|fonctions?)(?: au jour de la séance| actuellement)?|(?:membres|conseillers|délégués) titulaires|(?:nombre|nbre) de (?:conseillers|membres|délégués)(?: (?:municipaux|communautaires|syndicaux|métropolitains|titulaires))?(?: de l['’]assemblée| du (?:conseil|comité|bureau)(?: (?:municipal|communautaire|syndical))?)?(?:\s*:\s*(?:en\s+)?(?:exercice|service))?|effectif l[ée]gal(?: d[ue] [^:\n]{0,40}?)?)\s*(?:est de\s*)?[:|=-]?\s*(?:[.…]{2,})?\s*(\d{1,4})"
    );
    // The count before, in a sentence ("79 conseillers en exercice"), not a
    // figure ending what comes before a label ("... 2016 Membres en
    // exercice : 15").
    // Every match ends on "en exercice": the search stops at the last one
    // (no look-ahead after it), not at the end of the head.
    let last_stated = memchr::memmem::find_iter(&lower.as_bytes()[within.clone()], b"en exercice")
        .last()
        .map_or(0, |p| p + "en exercice".len());
    let stated_before = before
        .captures_iter(&lower[within.start..within.start + last_stated])
        .find(|c| {
            let whole = c.get(0).expect("match");
            let start = within.start + whole.start();
            let word = start + c[1].len();
            // (Past the count in words: "24 (vingt-quatre) membres".)
            let rest = text[word..].trim_start();
            let rest = rest
                .strip_prefix('(')
                .and_then(|r| r.split_once(')'))
                .map_or(rest, |(_, r)| r.trim_start());
            rest.starts_with(char::is_lowercase)
                && !text[..start].ends_with(|ch: char| ch.is_ascii_digit())
        });
    // A count after "en exercice" or "en fonctions", the label broken
    // before its second word or not.
    let in_office_label = |m: &str| m.starts_with("en ") || m.starts_with("en\n");
    let mut counts = after.captures_iter(&lower[within.clone()]).filter(|c| {
        // Not the day of a date ("Nombre de membres :\n10/01/2019").
        let whole = c.get(0).expect("match");
        let (start, end) = (within.start + whole.start(), within.start + whole.end());
        // "Nombre de conseillers : 61" opens its line, as counts do
        // in a header; in a sentence it counts something else
        // ("fixe le nombre de délégués : 2").
        let line_start = text[..start]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim_start_matches([' ', '\t', '-', '•', '|']).is_empty());
        // ("15." ending a sentence is a count, "10.01.2019" a date.)
        let date_goes_on = text[end..].starts_with('/')
            || text[end..]
                .strip_prefix('.')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        // The figure whole, a word after it only when glued as a next
        // cell is ("en exercice : 64Présents : 62").
        let glued_cell = text[end..].starts_with(|c: char| c.is_uppercase());
        (word_ends_at(text, end) || glued_cell)
            && !date_goes_on
            && (in_office_label(whole.as_str())
                        || whole.as_str().starts_with("effectif")
                        || line_start
                        // "... COMPTE-RENDU Nombre de délégués titulaires :
                        // 39": a capitalised label inside a flattened line.
                        || ["Nombre de ", "NOMBRE DE ", "Nbre de ", "NBRE DE "]
                            .iter()
                            .any(|w| text[start..].starts_with(w))
                        // "Nbre total de délégués titulaires : 36".
                        || ["nombre de ", "nbre de ", "nombre total de ", "nbre total de "]
                            .iter()
                            .find(|w| lower[..start].ends_with(*w))
                            .is_some_and(|w| {
                                text[start - w.len()..].starts_with(char::is_uppercase)
                            }))
    });
    // "Nombre de Membres titulaires : 36 ... En Exercice : 35": the seats,
    // then the members in office, in the same box; the latter is the count.
    let stated_after = counts.next().map(|first| {
        let end = first.get(0).expect("match").end();
        if in_office_label(&first[0]) {
            return first;
        }
        counts
            .take_while(|c| c.get(0).expect("match").start() < end + 200)
            .find(|c| c[0].starts_with("en "))
            .unwrap_or(first)
    });
    stated_before
        .or(stated_after)
        .and_then(|c| c[1].parse().ok())
        .or_else(|| {
            // "Nombre de membres en exercice : soixante-huit pour le
            // service ...": the count in words after the label's colon.
            let label = lower_regex!(r"en (?:exercice|fonctions?)\s*:\s*");
            label.find_iter(&lower[within.clone()]).find_map(|m| {
                let from = within.start + m.end();
                let (n, _) = number_words(&lower[from..within.end])?;
                (2..1000).contains(&n).then_some(n)
            })
        })
        .or_else(|| members_in_office_column(lower, within.clone()))
        .or_else(|| members_in_office_doubled(lower, within.clone()))
        .or_else(|| {
            // "Date de convocation : 5 Juillet 2018 : 58 NOMBRE DE
            // CONSEILLERS EN EXERCICE": a box's count flattened before its
            // label, no count after it (after the
            // columns of a flattened table: "... 19\nNombre de membres En
            // exercice Présents Votants 56 37 38" is one).
            let displaced = lower_regex!(
                r"(\d{1,3})[ \t]+nombre de (?:conseill\w*|membres|délégués)(?:\s+\w+)?\s+en exercice(?-u:\b)"
            );
            displaced.captures_iter(&lower[within.clone()]).find_map(|c| {
                let end = within.start + c.get(0).expect("match").end();
                let after = lower[end..].trim_start_matches([' ', ':', '=', '.', '…']);
                (!after.starts_with(|ch: char| ch.is_ascii_digit()))
                    .then(|| c[1].parse().ok())
                    .flatten()
            })
        })
        .or_else(|| {
            // "le quorum est atteint, par 17 conseillers présents sur 27",
            // "12 membres présents sur 15", "18 élus présents sur 19": those
            // in office after "sur",
            // where no count in office is written.
            let present_of = lower_regex!(
                r"(\d{1,3})\s+(?:conseill\w*|membres|délégués|élue?s)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires))?\s+présente?s\s+sur\s+(\d{1,3})(?-u:\b)"
            );
            // Those in office from a match's "<present> ... sur <of>" (not
            // a share: "sur 27 %").
            let in_office = |c: regex::Captures| {
                let (present, of) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
                let end = within.start + c.get(0).expect("match").end();
                let percent = lower[end..].trim_start().starts_with('%');
                (present <= of && !percent).then_some(of)
            };
            present_of
                .captures_iter(&lower[within.clone()])
                .find_map(in_office)
                .or_else(|| {
                    // "recense les conseillers présents en séance ou
                    // représentés à cet instant soit 37 sur 43": the same,
                    // the count after "soit" in the sentence of those
                    // present.
                    let so_many = lower_regex!(
                        r"(?:conseill\w*|membres|délégués|élue?s)[^.;\n]{0,20}\sprésents?\s[^.;\n]{0,60}?\bsoit\s+(\d{1,3})\s+sur\s+(\d{1,3})(?-u:\b)"
                    );
                    so_many
                        .captures_iter(&lower[within.clone()])
                        .find_map(in_office)
                })
                .or_else(|| {
                    // "(43 conseillers titulaires, 39 présents et 3
                    // pouvoirs)": the titulars counted, then those present
                    // among them.
                    let titulars = lower_regex!(
                        r"(\d{1,3})\s+(?:conseill\w*|membres|délégués)\s+titulaires\s*,\s*(\d{1,3})\s+présents?(?-u:\b)"
                    );
                    titulars.captures_iter(&lower[within.clone()]).find_map(|c| {
                        let (of, present) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
                        (present <= of).then_some(of)
                    })
                })
                .or_else(|| {
                    // "Présents sur 19 : 15": the same, label first.
                    let label_of = lower_regex!(
                        r"(?:^|[\n.;])[ \t]*(?:membres\s+|conseillers\s+)?présents\s+sur\s+(\d{1,3})\s*:\s*(\d{1,3})(?-u:\b)"
                    );
                    label_of.captures_iter(&lower[within.clone()]).find_map(|c| {
                        let (of, present) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
                        (present <= of).then_some(of)
                    })
                })
        })
        .or_else(|| {
            // "Afférents au Conseil municipal : 29" (the seats the law gives
            // the council) where no count in office is written.
            let afferent = lower_regex!(
                r"afférents au (?:conseil|comité|bureau)[^:\n\d]{0,40}:\s*(\d{1,3})(?-u:\b)"
            );
            afferent
                .captures(&lower[within.clone()])
                .and_then(|c| c[1].parse().ok())
        })
        .or_else(|| {
            // The council's size in the count of deputy mayors an
            // installation sitting makes: "15 conseillers X 30 % = 4,5".
            let adjoints = lower_regex!(r"(\d{1,3})\s+conseillers\s*[x×*]\s*30\s*%");
            adjoints
                .captures(&lower[within])
                .and_then(|c| c[1].parse().ok())
        })
}

/// The count in office in a header box the extraction wrote twice, word
/// over word ("Nombre de de conseillers conseillers en en exercice
/// exercice : 67 : 67"): read again with each word written twice in a row
/// written once. Only where "exercice exercice" shows the overlay.
fn members_in_office_doubled(lower: &str, within: Range<usize>) -> Option<u32> {
    let hay = &lower[within];
    let at = memchr::memmem::find(hay.as_bytes(), b"exercice exercice")?;
    // The box's line, from its start to its end.
    let start = hay[..at].rfind('\n').map_or(0, |p| p + 1);
    let end = hay[at..].find('\n').map_or(hay.len(), |p| at + p);
    let mut once = String::new();
    let mut last = "";
    for word in hay[start..end].split_whitespace() {
        if word != last {
            once.push_str(word);
            once.push(' ');
        }
        last = word;
    }
    let whole = 0..once.len();
    members_in_office(&once, &once, whole)
}

/// The members a body is made of, said in a sentence before the lists:
/// "Le Comité Syndical est composé de 50 délégués", "les 93 membres du
/// Conseil communautaire ... :" (convened, all of them; not "les 20
/// membres du conseil présents"). Read only before the first label: in
/// an item, such a sentence describes another body.
pub(crate) fn members_composing(lower: &str, within: Range<usize>) -> Option<u32> {
    let composed = lower_regex!(
        r"(?:composée? de|\bles) (\d{1,3}) (?:membres|délégués|conseillers)(?: (?:titulaires|élus))?(?: du (?:conseil|comité|bureau)([^.:;\n]{0,60}))?"
    );
    composed.captures_iter(&lower[within]).find_map(|c| {
        let ok = !c[0].starts_with("les")
            || c.get(2)
                .is_some_and(|rest| !rest.as_str().contains("présent"));
        ok.then(|| c[1].parse().ok()).flatten()
    })
}

/// The last resort, where no count in office is written in the usual
/// words: a count labelled by a word for the seats ("Membres : 30",
/// "Nombre de titulaires : 21", "Nombre de sièges pourvus : 31") in a box
/// of counts (present, voters, proxies around it), its figure maybe after
/// the labels stacked below it ("Nombre de délégués titulaires du X :
/// Nombre de délégués suppléants du X : 12 4"); "Sur 76 délégués : 52
/// présents"; "les membres en exercice, lesquels sont au nombre de 21";
/// a box's label split by its neighbour column's, its figure between the
/// halves. Never a count the label qualifies as present, voting, absent or
/// substitute.
pub(crate) fn members_seated(text: &str, lower: &str, within: Range<usize>) -> Option<u32> {
    let hay = &lower[within.clone()];
    // (Accents optional: "PRESENTS :" in capitals written without them.)
    let others = lower_regex!(
        r"présent|votant|absent|excus|représent|pouvoir|procuration|suppléant|exprim|quorum|voix|prenant part"
    );
    // A box of counts: another count's label near.
    let boxed = |from: usize, to: usize| {
        let a = hay.floor_char_boundary(from.saturating_sub(200));
        let b = hay.floor_char_boundary((to + 300).min(hay.len()));
        others.is_match(&hay[a..from]) || others.is_match(&hay[to..b])
    };
    let label = lower_regex!(
        r"(?:nombre d(?:e|es) )?(?:membres|délégués|conseillers|titulaires|sièges)(?:[ \t]+(?:titulaires|pourvus|en exercice|en service|en fonctions?|municipaux|communautaires|syndicaux|métropolitains|élus))*(?:[ \t]+d[ue][ \t][^:\n]+?)?[ \t]*:[ \t]*"
    );
    let stacked = lower_regex!(r"^nombre d(?:e|es) [^:\n]+?[ \t]*:[ \t]*");
    let figures = regex!(r"^\d{1,3}(?:[ \t]+\d{1,3}){0,4}(?-u:\b)");
    let labelled = label.find_iter(hay).find_map(|m| {
        let start = within.start + m.start();
        // The label opens its line or sentence, or is a capitalised label
        // inside a flattened line.
        let opens = text[..start]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim_start_matches([' ', '\t', '-', '•', '|']).is_empty())
            || text[..start].trim_end().ends_with('.')
            || text[start..].starts_with(char::is_uppercase);
        // (Its words at most 80 bytes, checked here: a bounded repetition
        // in the pattern would multiply its automaton's states.)
        if !opens || m.len() > 80 || others.is_match(m.as_str()) || !boxed(m.start(), m.end()) {
            return None;
        }
        // The labels stacked after this one, the figures after them in
        // the same order.
        let mut at = m.end();
        let mut rank = 0;
        while let Some(next) = stacked.find(&hay[at..]).filter(|n| n.len() <= 80) {
            at += next.end();
            rank += 1;
        }
        let run = figures.find(&hay[at..])?;
        // (Not a date: "12/10/2017"; "Membres : 53/Présents : 35" is a
        // box's cells.)
        if hay[at + run.end()..]
            .strip_prefix(['/', '.'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let counts: Vec<u32> = run
            .as_str()
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        // (This label's figure first, one figure for each label.)
        (counts.len() > rank).then(|| counts[0]).filter(|&n| n > 0)
    });
    labelled
        .or_else(|| {
            let of =
                lower_regex!(r"(?-u:\b)sur (\d{1,3}) (?:membres|délégués|conseillers)(?-u:\b)");
            of.captures_iter(hay).find_map(|c| {
                let end = c.get(0).expect("match").end();
                let after = &hay[end..hay.floor_char_boundary((end + 80).min(hay.len()))];
                let total: u32 = c[1].parse().ok()?;
                let present = fold_regex!(r"(\d{1,3})\s+présents?").captures(after)?;
                (present[1].parse::<u32>().ok()? <= total).then_some(total)
            })
        })
        .or_else(|| {
            // "Elus\n19\nPrésents :\n17": a box's label for the seats alone
            // on its line, no colon, its figure alone on the next, the
            // label of those present right under.
            let lone = lower_regex!(
                r"(?m)^[ \t]*(?:élus|membres|conseillers)[ \t]*:?[ \t]*\n[ \t]*(\d{1,3})[ \t]*\n[ \t]*(?:présents|membres présents)[ \t]*:?[ \t]*\n?[ \t]*(\d{1,3})(?-u:\b)"
            );
            lone.captures(hay).and_then(|c| {
                let (of, present) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
                (present <= of).then_some(of)
            })
        })
        .or_else(|| {
            let numbered = lower_regex!(r"en exercice[^.\n]{0,40}?au nombre de (\d{1,3})(?-u:\b)");
            numbered.captures(hay).and_then(|c| c[1].parse().ok())
        })
        .or_else(|| {
            // "NOMBRE DATE : 35 : 10 JUILLET 2013 DES MEMBRES EN EXERCICE DE
            // LA CONVOCATION": a box's label split by the next column's,
            // its figure between its halves (the first, not a date's day).
            let split = lower_regex!(
                r"nombre[ \t][^\n:]*:[ \t]*(\d{1,3})[ \t][^\n]*?(?-u:\b)des (?:membres|conseillers|délégués)(?: [a-z]+)? en exercice"
            );
            split.captures(hay).and_then(|c| {
                let (whole, figure) = (c.get(0).expect("match"), c.get(1).expect("group"));
                let end = figure.end();
                // (The label's first half and the gap to its second short.)
                if figure.start() - whole.start() > 50 || whole.end() - end > 100 {
                    return None;
                }
                let next = hay[end..].split_whitespace().next().unwrap_or("");
                (crate::grammar::date::month_number(next).is_none() && !next.starts_with(['/', '.']))
                    .then(|| c[1].parse().ok())
                    .flatten()
            })
        })
}

/// The count under "En exercice" in a table of counts flattened by the
/// extraction, its column titles first and its figures after ("Nombre de
/// membres En exercice Présents Procurations 86 61 8", "Afférents au
/// Conseil En exercice Qui ont pris part 27 25 22"): the first figure, or
/// the second after "Afférents", and no fewer than the figures after it.
fn members_in_office_column(lower: &str, within: Range<usize>) -> Option<u32> {
    let hay = &lower[within];
    // "En Présents Votants exercice": a title over two lines of its cell,
    // the next columns' titles flattened between its words.
    let split_title = lower_regex!(
        r"(?-u:\b)en(?:\s+(?:présents|votants|pouvoirs|représentés)){1,3}\s+exercice(?-u:\b)"
    );
    // "Nombre de conseillers ... Exercice Présents délibération ... 58 49
    // 56": the title's "en" lost in a box whose heading is "Nombre de
    // conseillers", the next column's title right after it.
    let bare_title = lower_regex!(
        r"nombre de (?:conseill\w*|membres|délégués)[^\n]{0,120}?(?-u:\b)(exercice)\s+(?:présents|votants|pouvoirs|représentés|procurations)(?-u:\b)"
    );
    let title = hay
        .find("en exercice")
        .or_else(|| split_title.find(hay).map(|m| m.start()))
        .or_else(|| {
            bare_title
                .captures(hay)
                .map(|c| c.get(1).expect("group").start())
        })?;
    let column = usize::from(
        hay[hay.floor_char_boundary(title.saturating_sub(200))..title].contains("afférents"),
    );
    // The first run of two to five figures within 400 bytes, each alone
    // (not a date: "07 février 2019", "12/10/2017").
    let window = &hay[title..hay.floor_char_boundary((title + 400).min(hay.len()))];
    let figures = regex!(r"(?-u:\b)\d{1,3}(?:\s+\d{1,3}){1,4}(?-u:\b)");
    // A run whose last figure starts a date ("42 42 34 14/02/2019") ends
    // before it.
    let (start, run) = figures.find_iter(window).find_map(|m| {
        let text = m.as_str();
        let after = window[m.end()..].trim_start();
        if window[m.end()..].starts_with(['/', '.'])
            && let Some((kept, _)) = text.rsplit_once(char::is_whitespace)
            && kept.contains(char::is_whitespace)
        {
            return Some((m.start(), kept.trim_end()));
        }
        let ok = !window[..m.start()].ends_with(['/', '.', ':'])
            && !after.starts_with(['/', '.', 'h'])
            && crate::grammar::date::month_number(after.split_whitespace().next().unwrap_or(""))
                .is_none();
        ok.then_some((m.start(), text.trim_end()))
    })?;
    let counts: Vec<u32> = run
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let fits = |column: usize| {
        let office = *counts.get(column)?;
        (office > 0 && counts[column..].iter().all(|&n| n <= office)).then_some(office)
    };
    // "Nombre de membres en exercice :\nNombre de présents :\nNombre de
    // pouvoirs :\nNombre de votants :\n1\n23\n18\n4\n22": labels stacked,
    // one figure more than they are, the first too small (a page's number
    // run into the column): the figures after it.
    let labels = 1 + window[..start].matches("\nnombre de ").count();
    fits(column).or_else(|| {
        (column == 0 && labels >= 3 && counts.len() == labels + 1)
            .then(|| fits(1))
            .flatten()
    })
}

/// A stated count of members present: "Présents : 29", "Nombre de
/// présents : 12", "(18 présents)"; not "Auditeurs présents : 47", the
/// public.
pub(crate) fn stated_present(text: &str, lower: &str, head: Range<usize>) -> Option<u32> {
    present_counts(text, lower, head.clone())
        .next()
        .or_else(|| count_pair(&text[head.clone()]).map(|(present, _)| present))
        .or_else(|| {
            let head_text = &text[head.clone()];
            // ASCII `\b` (fast) and the Unicode edge checked here.
            fold_regex!(r"\((\d{1,4}) présents(?-u:\b)")
                .captures_iter(head_text)
                .find(|c| word_ends_at(head_text, c.get(0).expect("match").end()))
                .and_then(|c| c[1].parse().ok())
        })
        .or_else(|| count_before_noun(&lower[head]))
}

/// The count of the members present written before its noun: on a line
/// of its own, "13 présents à l'ouverture de la séance" (a count box
/// centred under the title), or in a sentence, "55 des 100 délégués en
/// exercice sont présents".
fn count_before_noun(lower: &str) -> Option<u32> {
    lower_regex!(r"(?m)^[ \t]*(\d{1,4})[ \t]+(?:membres[ \t]+)?présents?(?:[ \t]|$)")
        .captures(lower)
        .or_else(|| {
            lower_regex!(
                r"(\d{1,4}) des \d{1,4} (?:membres|délégués|conseillers)[^.\n]{0,40}? sont présents"
            )
            .captures(lower)
        })
        .and_then(|c| c[1].parse().ok())
}

/// Every stated count of members present in `head`, in order: several
/// when the head restates them for items ("2019_C13 ... Nombre de
/// présents : 18 ... 2019_C18 ... Nombre de présents : 21").
pub(crate) fn present_counts<'t>(
    text: &'t str,
    lower: &'t str,
    head: Range<usize>,
) -> impl Iterator<Item = u32> + 't {
    // In the lower-cased text, from its first letter (a literal the engine
    // skips ahead to); no letter may come before it. (No `\b` after the
    // digits: what follows them is never a word character anyway, and a
    // Unicode `\b` makes the regex slow.)
    let present = lower_regex!(
        r"(?:nombre de )?présents?\s*(?:\(\w+\)\s*)?:?\s*(\d{1,4})(?:\s*[,;\-\n–]|\s*$|\s+\p{L})"
    );
    let head_text = &text[head.clone()];
    present
        .captures_iter(&lower[head.clone()])
        .filter(move |c| {
            let start = c.get(0).expect("match").start();
            let before = head_text[..start].chars().next_back();
            if before.is_some_and(char::is_alphabetic) {
                return false;
            }
            // From the character before, as the pattern once matched it.
            let at = head.start + start - before.map_or(0, char::len_utf8);
            // Not the public ("Auditeurs présents"), nor the substitutes
            // ("suppléant présent : 2").
            let before = fold(&text[text.floor_char_boundary(at.saturating_sub(12))..at]);
            // "Etaient présents :\n\n1- Hélène X 2- ...": a member's number.
            let after_count = &head_text[c.get(1).expect("count").end()..];
            let numbering = after_count.starts_with(['-', ')'])
                && after_count[1..]
                    .trim_start_matches(' ')
                    .starts_with(char::is_uppercase)
                // "Étaient présents : 1 - M Paul X, Maire 2 - ...": the
                // first number, spaced, a civility after its dash.
                || &c[1] == "1"
                    && after_count.strip_prefix(" - ").is_some_and(|entry| {
                        entry.split_whitespace().next().is_some_and(|w| {
                            crate::grammar::people::civility(w.trim_end_matches('.')).is_some()
                        })
                    });
            // "Délégués présents(es) 2 représentants du Conseil régional":
            // a college's count heading its members, no colon before it.
            let mut words = after_count.split_whitespace();
            let college = !c.get(0).expect("match").as_str().contains(':')
                && words.next().is_some_and(|n| {
                    with_fold(n, |f| {
                        f.starts_with("representant") || f.starts_with("delegue")
                    })
                })
                && words.next().is_some_and(|l| {
                    with_fold(l, |f| {
                        matches!(f, "du" | "de" | "des") || f.starts_with("d'")
                    })
                });
            !before.contains("auditeur")
                && !before.contains("suppl")
                && !numbering
                && !college
                && !status_cell(head_text, start, c.get(0).expect("match").as_str())
        })
        .filter_map(|c| c[1].parse().ok())
}

/// Whether "Présent 3" at `start` is a status cell of a table flattened
/// row by row, the next row's number after it ("Jean-Luc Présent 3 NEUCAT
/// Pierre Présent"): singular, capitalised after a name on its line, no
/// colon.
fn status_cell(head_text: &str, start: usize, matched: &str) -> bool {
    let written = &head_text[start..];
    let singular = !matched.starts_with("présents") && !matched.starts_with("nombre");
    let line_before = head_text[..start].rsplit('\n').next().unwrap_or("");
    let after_word = line_before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    singular && written.starts_with('P') && !matched.contains(':') && after_word
}

/// A stated count of voters: "Votants : 33", "Votants (dont 4 pouvoirs) :
/// 33", "Votants 25". Not the voters of a ballot's results ("le
/// dépouillement du vote donne : ... Nombre de votants : 14"), which count
/// one election.
pub(crate) fn stated_voters(text: &str, within: Range<usize>) -> Option<u32> {
    stated_voters_labelled(text, within.clone())
        .or_else(|| count_pair(&text[within]).map(|(_, voters)| voters))
}

/// The counts written figure first, as a pair: "Quorum : 23 présents - 28
/// votants", "(12 présents, 14 votants)": (present, voters).
fn count_pair(hay: &str) -> Option<(u32, u32)> {
    if !names_voters(hay) {
        return None;
    }
    let pair =
        fold_regex!(r"(?i)(?-u:\b)(\d{1,4})\s+présents?\s*[-–,;/]\s*(\d{1,4})\s+votants?(?-u:\b)");
    let c = pair.captures(hay)?;
    Some((c[1].parse().ok()?, c[2].parse().ok()?))
}

/// Whether "votant" is written in `hay`, in any case: what the voters'
/// patterns (`(?i)`) all need, looked for at each "v" (rare in French)
/// rather than by the patterns' own searches. (No letter of the word has a
/// case partner outside ASCII, as "k" and "s" have.)
fn names_voters(hay: &str) -> bool {
    let bytes = hay.as_bytes();
    memchr::memchr2_iter(b'v', b'V', bytes).any(|i| {
        bytes
            .get(i..i + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"votant"))
    })
}

/// "Votants : 33" and the like, a label before its figure; "Votants : 13+1",
/// the present and the represented written as a sum, counts 14.
fn stated_voters_labelled(text: &str, within: Range<usize>) -> Option<u32> {
    let voters = regex!(
        r"(?i)(?-u:\b)votants?(?:\s*\([^)\n]{0,40}\))?\s*:?\s*(\d{1,4})(?:[ \t]*\+[ \t]*(\d{1,4}))?(?-u:\b)"
    );
    let hay = &text[within];
    if !names_voters(hay) {
        return None;
    }
    voters
        .captures_iter(hay)
        .find(|c| {
            let m = c.get(0).expect("match");
            let from = hay.floor_char_boundary(m.start().saturating_sub(400));
            let before = fold(&hay[from..m.start()]);
            unicode_word_edges(hay, m.start(), m.end())
                && !["depouillement", "bulletin", "scrutin"]
                    .iter()
                    .any(|w| before.contains(w))
        })
        .and_then(|c| {
            let m = c.get(0).expect("match");
            if !m.as_str().contains('\n') {
                let first: u32 = c[1].parse().ok()?;
                return match c.get(2) {
                    Some(more) => first.checked_add(more.as_str().parse().ok()?),
                    None => Some(first),
                };
            }
            // "Présents :\nVotants :\n52\n36\n52": labels stacked over a
            // column of figures, the figure on the next line the column's
            // first.
            let line_start = hay[..m.start()].rfind('\n').map_or(0, |p| p + 1);
            stacked_figure(hay, line_start).or_else(|| c[1].parse().ok())
        })
}

/// The figure of the label on the line at `line` among labels stacked one a
/// line over a column of figures one a line ("Conseillers en exercice
/// :\nPrésents :\nVotants :\n35\n28\n33" gives 33 for "Votants"): the
/// figures and the labels matched from the last (a title above the labels
/// has no figure, a page's number may run in before the figures); `Some`
/// only when the label is one of two or more, `None` when it stands alone
/// (its figure, on the next line, is its own).
fn stacked_figure(hay: &str, line: usize) -> Option<u32> {
    let label = |l: &str| l.trim_end().ends_with(':');
    let above = hay[..line]
        .strip_suffix('\n')
        .unwrap_or(&hay[..line])
        .rsplit('\n')
        .take_while(|l| label(l))
        .count();
    let mut lines = hay[line..].split('\n');
    let below = lines.by_ref().take_while(|l| label(l)).count();
    if above + below < 2 || below == 0 {
        return None;
    }
    // (The first line that is no label was taken by `take_while`.)
    let mut figures: Vec<u32> = Vec::new();
    let first = hay[line..].split('\n').nth(below);
    for l in first.into_iter().chain(lines) {
        let l = l.trim();
        if l.is_empty() || !l.bytes().all(|b| b.is_ascii_digit()) || l.len() > 4 {
            break;
        }
        figures.push(l.parse().ok()?);
    }
    let labels = above + below;
    // The label's rank from the last: `below - 1` labels after it.
    let rank = below;
    (figures.len() >= 2 && figures.len() <= labels + 1)
        .then(|| figures.len().checked_sub(rank))
        .flatten()
        .map(|i| figures[i])
}

/// "Ordre de passage des rapports : 1, 2, 3, 4, 34, 5".
pub(crate) fn order_of_business(lower: &str, within: Range<usize>) -> Vec<u32> {
    let order = lower_regex!(
        r"ordre de passage(?: des (?:rapports|dossiers|questions))?\s*:\s*((?:\d{1,3}\s*,\s*)*\d{1,3})"
    );
    // The figures are those after the match's only colon (the group,
    // spaces aside, which trimming each figure drops): found without
    // reading the group, whose capture costs more than the search.
    order
        .find(&lower[within])
        .and_then(|m| m.as_str().split_once(':'))
        .map(|(_, figures)| {
            figures
                .split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Where the president's name starts after "sous la présidence de" (or
/// "du Maire, Monsieur X", "de M. le Maire, Lucien X"), or after the label "Président :" ("PRESIDENT :
/// Monsieur X, Maire"; not "Vice-président :").
pub(crate) fn presidency(lower: &str, within: Range<usize>) -> Option<usize> {
    let presidency = lower_regex!(
        r"(?:^|[\n.]\s*|séance\s+)présidée?\s+par\s+(?:(?:m\.|monsieur|madame|mme)\s+l[ae]\s+(?:maire|présidente?)\s*,\s*)?|sous\s+la\s+présidence\s+(?:de\s+(?:m\.|monsieur|madame|mme)\s+l[ae]\s+(?:maire|présidente?)\s*,\s*|de\s+(?::\s*)?|d'|du\s+(?:maire|présidente?)\s*,?\s*)\s*|(?:^|[\s,;.(])présidente?(?:\s+de\s+(?:la\s+)?séance)?\s*:\s*"
    );
    // The label names the sitting's president once the sitting is named
    // above it; before, in a letterhead, it names the body's president.
    let sitting_named = |at: usize| {
        let before = fold(&lower[within.start..at]);
        [
            "seance",
            "reunion",
            "conseil",
            "comite",
            "assemblee",
            "bureau",
        ]
        .iter()
        .any(|w| before.contains(w))
    };
    presidency
        .find_iter(&lower[within.clone()])
        .find(|m| {
            m.as_str().starts_with("sous")
                || m.as_str().contains("présid") && m.as_str().contains(" par")
                || sitting_named(within.start + m.start())
        })
        .map(|m| within.start + m.end())
        .or_else(|| {
            // "Monsieur Michel X, Président, salue les membres": a sentence
            // opening on the president, who then opens the sitting ("M. X,
            // Président du Syndicat, ouvre la séance": the body named; after
            // a heading's year in a text of one paragraph, "... 2014 M. X").
            let opens = lower_regex!(
                r"(?:^|[.\n]\s*|\d{4}\s+)((?:m\.|mme|monsieur|madame)\s[^,.\n]{2,60}),\s+(?:le\s+|la\s+)?(?:maire|présidente?(?:\s+(?:du|de\s+la|de\s+l')\s*[^,.\n]{2,40})?),\s+(?:salue|ouvre|accueille|souhaite|remercie|déclare)"
            );
            // "Le Président, Marc X, a ouvert la séance": the function
            // first, the name in apposition.
            let function_first = lower_regex!(
                r"(?:^|[.\n]\s*)l[ae]\s+(?:maire|présidente?),\s+([^,.\n]{2,60}),\s+(?:a\s+ouvert|ouvre|déclare|salue|accueille|remercie)"
            );
            opens
                .captures(&lower[within.clone()])
                .or_else(|| function_first.captures(&lower[within.clone()]))
                .and_then(|c| c.get(1))
                .map(|g| within.start + g.start())
        })
}

/// Where the body met: "s'est réuni salle du conseil", "se sont assemblés
/// à la mairie", up to the presidency, the convocation or the day.
pub(crate) fn place(lower: &str, within: Range<usize>) -> Option<Range<usize>> {
    let hay = &lower[within.clone()];
    // The match is found by the automaton; its group, the place, by plain
    // reading (see `place_group`): a capture read on the match (over a
    // hundred bytes, by backtracking) cost twelve times the search.
    let m = place_regex().find(hay)?;
    let g = place_group(hay, m.start());
    debug_assert_eq!(
        g,
        place_regex()
            .captures(hay)
            .and_then(|c| c.get(1))
            .map(|g| g.range()),
        "{hay:?}"
    );
    let g = g?;
    let s = &hay[g.clone()];
    // (The place runs at most 200 characters after its first word, checked
    // here: a bounded repetition in the regex would multiply its
    // automaton's states.)
    let word = s.find(|ch: char| !is_word_char(ch)).unwrap_or(s.len());
    (s[word..].chars().count() <= 200).then(|| within.start + g.start..within.start + g.end)
}

/// The place's pattern: what opens it (the verb, the kind of sitting, its
/// hour), the place (a group), what closes it (`PLACE_END`).
fn place_regex() -> &'static regex::Regex {
    lower_regex!(&format!(
        r"(?:s'est|se sont) (?:réunie?s?|assemblée?s?)(?: en (?:séance|session) (?:ordinaire|publique|extraordinaire|pl[éÉ]ni[èÈ]re))?(?:,? exceptionnellement)?\s+(?:[àÀ]\s+\d{{1,2}}\s?h(?:\s?\d{{2}})?,?\s+)?((?:[àÀ]|au|en|dans|salle)[^\w.;][^.;]+?){PLACE_END}"
    ))
}

/// What closes the place: the presidency, the convocation, the day.
const PLACE_END: &str = r"(?:,?\s+(?:sous la présidence|sur (?:la )?convocation|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d))|\.\s|,\s*(?:[àÀ]|le) \d)";

/// The place (`place_regex`'s group) in the match starting at `start`, as
/// its backtracking reads it, each choice in the order it tries them: the
/// optional parts before the place taken first, each in one way only
/// (any other way leaves a letter, a space or a figure where the next part
/// cannot start); the first of these ends where a place can start and
/// `PLACE_END` closes it; the place then ends where that closing is found
/// first (the place being the shortest, with no full stop or semicolon).
fn place_group(hay: &str, start: usize) -> Option<Range<usize>> {
    let at = |i: usize, w: &str| hay.get(i..).is_some_and(|r| r.starts_with(w));
    // One of `alts` at `i`: the end of the first that is there.
    let one_of = |i: usize, alts: &[&str]| alts.iter().find(|w| at(i, w)).map(|w| i + w.len());
    // "[éÉe]", an accented letter made optional.
    let e_acute = |i: usize| one_of(i, &["é", "É", "e"]);
    let whitespace = |i: usize| {
        hay.get(i..).map_or(i, |r| {
            i + r
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace())
                .map_or(r.len(), |(k, _)| k)
        })
    };
    let digits = |i: usize, most: usize| {
        i + hay.as_bytes()[i.min(hay.len())..]
            .iter()
            .take(most)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = one_of(start, &["s'est ", "se sont "])?;
    // "réunie?s?", "assemblée?s?": every letter there taken (one left
    // would be where a space must follow).
    i = if at(i, "r") {
        e_acute(i + 1).and_then(|k| one_of(k, &["uni"]))?
    } else {
        e_acute(one_of(i, &["assembl"])?)?
    };
    if at(i, "e") {
        i += 1;
    }
    if at(i, "s") {
        i += 1;
    }
    let verb = i;
    let sitting = one_of(verb, &[" en "])
        .and_then(|k| one_of(k, &["séance", "sÉance", "seance", "session"]))
        .and_then(|k| one_of(k, &[" "]))
        .and_then(|k| {
            one_of(k, &["ordinaire", "publique", "extraordinaire"]).or_else(|| {
                let k = one_of(k, &["pl"])?;
                let k = one_of(k, &["é", "É"])?;
                let k = one_of(k, &["ni"])?;
                let k = one_of(k, &["è", "È"])?;
                one_of(k, &["re"])
            })
        });
    let hour = |i: usize| -> Option<usize> {
        let i = one_of(i, &["à", "À"])?;
        let k = whitespace(i);
        if k == i {
            return None;
        }
        let i = digits(k, 2);
        if i == k || hay.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let i = hay[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(i, |c| i + c.len_utf8());
        let mut i = one_of(i, &["h"])?;
        let spaced = hay[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(i, |c| i + c.len_utf8());
        if digits(spaced, 2) == spaced + 2 {
            i = spaced + 2;
        }
        if at(i, ",") {
            i += 1;
        }
        let k = whitespace(i);
        (k > i).then_some(k)
    };
    let mut candidates = [0; 8];
    let mut n = 0;
    for after_verb in [sitting, Some(verb)].into_iter().flatten() {
        let rare = one_of(after_verb, &[", exceptionnellement", " exceptionnellement"]);
        for before_space in [rare, Some(after_verb)].into_iter().flatten() {
            let spaced = whitespace(before_space);
            if spaced == before_space {
                continue;
            }
            for place in [hour(spaced), Some(spaced)].into_iter().flatten() {
                candidates[n] = place;
                n += 1;
            }
        }
    }
    let end = lower_regex!(PLACE_END);
    candidates[..n].iter().find_map(|&g| {
        // "[àÀ]|au|en|dans|salle", a character that is no word's, one
        // more: the shortest place.
        let word = one_of(g, &["à", "À", "au", "en", "dans", "salle"])?;
        let mut rest = hay[word..].chars();
        let sep = rest
            .next()
            .filter(|&c| !is_word_char(c) && c != '.' && c != ';')?;
        let first = rest.next().filter(|&c| c != '.' && c != ';')?;
        let from = word + sep.len_utf8();
        let close = end.find_at(hay, from + first.len_utf8())?.start();
        (!hay[from..close].contains(['.', ';'])).then_some(g..close)
    })
}

/// A sitting on second convocation after a quorum failure, which needs no
/// quorum (L2121-17 al. 2): "deuxième convocation", "sans condition (sans
/// obligation) de quorum".
pub(crate) fn second_convocation(lower: &str, within: Range<usize>) -> bool {
    lower_regex!(
        r"(?:deuxième|seconde|nouvelle)\s+convocation|sans\s+(?:condition|obligation)\s+de\s+quorum|quel\s+que\s+soit\s+le\s+nombre\s+des\s+membres\s+présents"
    )
    .is_match(&lower[within])
}

/// The collectivity named in the head: a header line ("COMMUNE DE ...",
/// "Communauté de communes ...", "Conseil départemental de ..."), else "le
/// conseil municipal de X" ("Commune de X"), else "Président de X".
pub(crate) fn authority(text: &str, head: Range<usize>) -> Option<String> {
    let hay = &text[head.start..text.floor_char_boundary(head.end.min(head.start + 2500))];
    authority_line(hay).or_else(|| {
        // The name's length is checked on the match: a counted repetition
        // of a Unicode class (`{1,60}?`) compiles to sixty copies of it,
        // 16 ms at start-up.
        let council = fold_regex!(
            r"(?i)conseil municipal de (?:la (?:commune|ville) de |la ville d'|la commune d')?\s*([\p{Lu}][\p{L}'\- ]+?)(?:,|\s+(?:s'est|dûment|légalement|régulièrement|d[ûu]ment|sur|en))"
        );
        if let Some(c) = captures_where(council, hay, |c| c[1].chars().count() <= 61) {
            return Some(format!("Commune de {}", c[1].trim()));
        }
        let pres = fold_regex!(
            r"(?i)(?:vice-)?présidente? (?:de |du |d')((?:[\p{Lu}][\p{L}'\-]*)(?: (?:[\p{Lu}][\p{L}'\-]*|de|du|des|la|le|l'|d'))*)"
        );
        let c = pres.captures(hay)?;
        // "Président du Centre de Gestion et Maire de X": the body presided,
        // not the presiding member's other function.
        let s = fold_regex!(r"(?i) et (?:maire|adjointe?|conseill[eè]re?|(?:vice-)?présidente?)\b")
            .find(&c[1])
            .map_or(&c[1], |m| &c[1][..m.start()])
            .trim();
        (!s.starts_with("Conseil") && !s.starts_with("la ") && s.split(' ').count() >= 2)
            .then(|| s.to_string())
    })
}

/// A header line naming a collectivity, the most local kind first: a
/// "DÉPARTEMENT DE LA DRÔME" line only locates a commune.
///
/// The lengths are checked on the match (the second and later groups,
/// spaces at their end aside): a counted repetition (`[^\n,]{2,60}`)
/// compiles to as many copies of its class, 3 ms at start-up for these.
fn authority_line(hay: &str) -> Option<String> {
    let kinds = [
        (
            regex!(r"(?mi)^[ \t#]*((?:commune|ville|mairie) d(?:e |u |es |')\s*([^\n,]{2,}))\s*$"),
            60,
        ),
        (
            fold_regex!(
                r"(?mi)^[ \t#]*((?:communauté (?:de communes|d'agglomération|urbaine)|métropole|syndicat|sivom|sivu|smictom|pôle d'équilibre)\b([^\n]*))\s*$"
            ),
            100,
        ),
        (
            fold_regex!(
                r"(?mi)^[ \t#]*(conseil départemental d([^\n,]{2,})|région ([^\n,]{2,}))\s*$"
            ),
            60,
        ),
        (
            fold_regex!(r"(?mi)^[ \t#]*(département d(?:e |u |es |e l'|')([^\n,]{2,}))\s*$"),
            60,
        ),
    ];
    // The patterns hold to one line from its start: only lines opening with
    // one of their first words are searched.
    let starts: [&[&str]; 4] = [
        &["commune", "ville", "mairie"],
        &[
            "communaut",
            "metropole",
            "syndicat",
            "sivom",
            "sivu",
            "smictom",
            "pole",
        ],
        &["conseil", "region"],
        &["departement"],
    ];
    // Each line with the kinds whose first words it opens with (a bit per
    // kind), its first bytes folded once on the stack.
    // (Most lines are turned away on their first letter, unfolded.)
    let lines: Vec<(&str, u8)> = lines_inclusive(hay)
        .filter_map(|line| {
            let lead = line.trim_start_matches([' ', '\t', '#']);
            let first = &lead[..lead.floor_char_boundary(12)];
            let initial = first.chars().next().and_then(fold_char);
            (!first.is_empty()).then(|| {
                if !initial.is_some_and(|c| matches!(c, 'c' | 'v' | 'm' | 's' | 'p' | 'r' | 'd')) {
                    return (line, 0);
                }
                let opens = with_fold(first, |f| {
                    (0..starts.len())
                        .filter(|&k| starts[k].iter().any(|w| f.starts_with(w)))
                        .fold(0u8, |bits, k| bits | 1 << k)
                });
                (line, opens)
            })
        })
        .collect();
    for (k, (re, max)) in kinds.into_iter().enumerate() {
        for &(line, opens) in &lines {
            if opens & 1 << k != 0
                && let Some(c) = re.captures(line)
                && c.iter()
                    .skip(2)
                    .flatten()
                    .all(|m| m.as_str().trim_end().chars().count() <= max)
                // "Métropole), Messieurs X (Y), ...": a list's line whose
                // first word closes a bracket opened on the line before.
                && c[1].matches(')').count() <= c[1].matches('(').count()
            {
                return Some(squeeze(c[1].trim()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place read plainly is the regex's group, over the ways of
    /// writing each part (a sample of their combinations).
    #[test]
    fn place_read_plainly_is_the_regex_group() {
        assert!(PLACE_END.contains(WEEKDAYS));
        let parts: [&[&str]; 9] = [
            &["", "le conseil ", "l'an 2020, s'est tenu. "],
            &["s'est ", "se sont ", "s'est  "],
            &[
                "réuni",
                "réunie",
                "réunies",
                "reunis",
                "rÉunie",
                "assemblés",
                "assemblée",
                "réunia",
            ],
            &[
                "",
                " en séance publique",
                " en session plénière",
                " en seance ordinaire",
                " en séance",
            ],
            &[
                "",
                ", exceptionnellement",
                " exceptionnellement",
                ",exceptionnellement",
            ],
            &[" ", "  ", "\u{a0}", "\n", ""],
            &[
                "",
                "à 18h ",
                "à 18 h 30, ",
                "à 9h30 ",
                "à 180h ",
                "à 18h30,",
                "à 18h 3 ",
            ],
            &[
                "à la mairie",
                "en mairie",
                "salle du conseil",
                "au foyer; rural",
                "dans la salle. des fêtes",
                "en séance publique",
                "ensemble",
                "à\u{2019}x",
                "à.",
                "en  ",
                "salle 3",
            ],
            &[
                ", sous la présidence de",
                " sous la présidence",
                ". La",
                " le lundi",
                ", à 20",
                " le 3",
                ";",
                " sur la convocation",
                ".x fin. Puis",
                ",\n\nle 4 mars, à 2",
                "",
            ],
        ];
        let total: usize = parts.iter().map(|p| p.len()).product();
        let mut checked = 0;
        // Every 97th combination (97 is prime to each part's count).
        for k in (0..total).step_by(97) {
            let mut s = String::new();
            let mut rest = k;
            for p in parts {
                s.push_str(p[rest % p.len()]);
                rest /= p.len();
            }
            let by_regex = place_regex()
                .captures(&s)
                .and_then(|c| c.get(1))
                .map(|g| g.range());
            let plain = place_regex()
                .find(&s)
                .and_then(|m| place_group(&s, m.start()));
            assert_eq!(plain, by_regex, "{s:?}");
            checked += usize::from(by_regex.is_some());
        }
        assert!(checked > 1000, "{checked}");
    }

    #[track_caller]
    fn sitting(text: &str) -> Option<NaiveDate> {
        match sitting_date(text, 0..text.len(), 0..text.len()) {
            SittingDate::Found(d) => Some(d),
            _ => None,
        }
    }

    #[test]
    fn sitting_date_past_a_head_cut_short() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let at =
            |text: &str, head: &str| match sitting_date(text, 0..0, 0..text.find(head).unwrap()) {
                SittingDate::Found(d) => Some(d),
                _ => None,
            };
        // An extract's title heading its first item.
        let text = "Mairie de Valbrune\n\nDélibération n° 4 du 2 AVRIL 2011\n\nObjet : voirie";
        assert_eq!(at(text, "Délibération"), ymd(2011, 4, 2));
        // Any other first heading is not read for the date.
        let text = "Mairie de Valbrune\n\n1. Compte rendu du conseil du 2 avril 2011\n";
        assert_eq!(at(text, "1."), None);
        // The preamble's sentence past a heading that is none.
        let text = "1 LUNDI 7 MAI 2018\n\n2 Sur convocation en date du 30 avril 2018, le Comité s'est réuni le lundi 7 mai 2018, à 18 h.";
        assert_eq!(at(text, "1 LUNDI"), ymd(2018, 5, 7));
        // Not a date alone on its line: a web page's stamp and its caption.
        assert_eq!(sitting("03.02.2016 Views\n\nCompte rendu\n"), None);
        assert_eq!(sitting("03.02.2016\n\nCompte rendu\n"), ymd(2016, 2, 3));
    }

    #[test]
    fn sitting_date_never_the_minutes_named_in_a_sentence_nor_a_post_stamp() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // The minutes of an earlier sitting, named inside a sentence with
        // no verb of approval, date no sitting; the preamble further on,
        // after a page's number, does.
        assert_eq!(
            sitting(
                "4 Le jeudi 9 mars 2017, les membres du Conseil se sont réunis en mairie.\n\n5 Procès-verbal Monsieur VERNE invite les élus à faire part de leurs remarques sur le compte-rendu de la séance du 2 février Madame AUBRY rappelle"
            ),
            ymd(2017, 3, 9)
        );
        // A post's byline under a title whose own date is unread: no date.
        assert_eq!(
            sitting(
                "Séance du Conseil Municipal du 9/3\n\nmardi 10 mars 2015, par JD\n\n12 élus présents sur 15"
            ),
            None
        );
        // The minutes' title, its date right after it.
        assert_eq!(
            sitting("SIVOM DE LA COMBE\n\nCompte rendu 4 avril 2016 – 19 heures\n\nPrésents : 9"),
            ymd(2016, 4, 4)
        );
        // The minutes named in a sentence, their word capitalised.
        assert_eq!(
            sitting(
                "Procès Verbal du Conseil Communautaire du 14 Janvier 2014\nIl présente le Procès Verbal, « Lettre » du conseil communautaire du 11 décembre 2013 complété des remarques."
            ),
            ymd(2014, 1, 14)
        );
        // A sitting whose quorum failed, said after its date.
        assert_eq!(
            sitting(
                "COMPTE RENDU DE LA REUNION DU COMITE SYNDICAL 8 Décembre 2014\nLe Président rappelle qu'à l'issue de la réunion du 1er Décembre 2014, le quorum (235) n'avait pas été atteint."
            ),
            ymd(2014, 12, 8)
        );
    }

    #[test]
    fn sitting_date_a_word_of_the_sitting_governs_where_no_claim_is_heard() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // The body's assembly named a line above "en date du".
        assert_eq!(
            sitting(
                "COMPTE-RENDU DE L'ASSEMBLÉE GÉNÉRALE DU SYNDICAT DES EAUX DU VERNAY\n\nEN DATE DU 14 mars 2019 Salle des fêtes\n\nPrésents : 12"
            ),
            ymd(2019, 3, 14)
        );
        // A date opening its clause, the body's word after it, a margin's
        // names woven in.
        assert_eq!(
            sitting(
                "Présents (8) : DUBOIS Paul, MARTY Le 3 octobre deux mille dix-huit à Anne, VIDAL 18 heures, les membres du Comité Syndical, Paul, se sont réunis"
            ),
            ymd(2018, 10, 3)
        );
        // A label naming the sitting, its colon, the date; a date opening
        // its line, the body's word at once after it.
        assert_eq!(
            sitting("MAIRIE DE VALBRUNE\nDate de la réunion : mardi 3 mai 2016\nPrésents : 9"),
            ymd(2016, 5, 3)
        );
        assert_eq!(
            sitting("MAIRIE DE VALBRUNE\nMardi 3 mai 2016 – Conseil municipal\nPrésents : 9"),
            ymd(2016, 5, 3)
        );
        assert_eq!(
            sitting("MAIRIE DE VALBRUNE\n3 mai 2016 travaux de voirie, puis réunion du bureau\n"),
            None
        );
        // Never a convocation, a posting, the minutes of another sitting
        // approved, a letter's date.
        assert_eq!(
            sitting("Conseil municipal\nDate de convocation : 3 mars 2019\n"),
            None
        );
        assert_eq!(
            sitting("Le compte rendu du conseil du 9 mars 2019 est approuvé.\n"),
            None
        );
        assert_eq!(sitting("Fait à Valbrune, le 9 mars 2019\nLe Maire"), None);
        assert_eq!(
            sitting("Vu la délibération du conseil municipal du 4 mars 2016"),
            None
        );
        // The sitting's preamble with "ce" and a place between; the last
        // sitting ("dernier") is another's.
        assert_eq!(
            sitting(
                "Les membres du Comité se sont réunis dans la salle du syndicat, ce jeudi 6 juin 2013, à 18 heures. Ordre du jour : rapport du dernier comité syndical du 7 mars 2013."
            ),
            ymd(2013, 6, 6)
        );
        assert_eq!(
            sitting("Le Comité syndical\n\nAffiché le 9 mars 2019 à la porte de la mairie\n"),
            None
        );
    }

    #[test]
    fn sitting_dates_a_colon_a_comma_a_dated_convocation_an_approval_apart() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // A colon between the heading's "du" and its date.
        assert_eq!(
            sitting(
                "COMMUNE DE VALBRUNE PROCES-VERBAL SEANCE DU : 4 AVRIL 2021 Date de la convocation : 28 mars 2021 Membres présents :"
            ),
            ymd(2021, 4, 4)
        );
        // A weekday set off by a comma, the body's name on the line above.
        assert_eq!(
            sitting(
                "VILLE DE BRION\n\nCONSEIL MUNICIPAL\n\ndu MARDI, 12 OCTOBRE 2010 à 19 H 00\n\nSont présents :"
            ),
            ymd(2010, 10, 12)
        );
        // The heading's date, then the convocation's own.
        assert_eq!(
            sitting(
                "Réunion du 6 mai 2015 Convocation du 29 avril 2015. La séance est ouverte à 20 h."
            ),
            ymd(2015, 5, 6)
        );
        // Not a date followed by the word alone.
        assert_eq!(
            sitting("Jeudi 23 janvier 2025 : convocation du Conseil\n"),
            None
        );
        // The minutes of an earlier sitting, approved in a sentence.
        assert_eq!(
            sitting(
                "CONSEIL SYNDICAL DU 3 MARS 2016\nLe Comité approuve à l'unanimité, sans observation, le procès-verbal de sa\nréunion du 2 février 2016."
            ),
            ymd(2016, 3, 3)
        );
        assert_eq!(
            sitting(
                "Mme X propose d'adopter le procès-verbal du 12 mars Concernant le Conseil municipal du 12 mars 2009, M. Y demande une correction"
            ),
            None
        );
    }

    #[test]
    fn authority_presided_not_the_other_function() {
        let head = |t: &str| authority(t, 0..t.len());
        assert_eq!(
            head(
                "sous la présidence de M. Paul X, Président du Syndicat des Eaux du Lac et Maire de Brion."
            ),
            Some("Syndicat des Eaux du Lac".to_string())
        );
    }

    #[test]
    fn sitting_dates_in_headings_and_preambles() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            sitting(
                "VILLE DE BRAQUEMONT Compte-rendu de la réunion de Conseil Municipal 4 mars 2011 Le 4 mars 2011 à vingt heures, le Conseil Municipal s est réuni"
            ),
            ymd(2011, 3, 4)
        );
        assert_eq!(
            sitting(
                "MAIRIE de LA ROCHE-SUR-VALLON () COMPTE RENDU SOMMAIRE DE LA REUNION DU CONSEIL MUNICIPAL JEUDI 15 DECEMBRE 2016 à 19H30"
            ),
            ymd(2016, 12, 15)
        );
        // The minutes' own title opening its line; not the minutes of an
        // earlier sitting named inside a sentence.
        assert_eq!(
            sitting("COMPTE RENDU DU 12 AVRIL 2022 A LA COMMUNAUTE DE COMMUNES\n\nPRESENTS :"),
            ymd(2022, 4, 12)
        );
        assert_eq!(
            sitting("COMPTE-RENDU DU CONSEIL MUNICIPAL EN DATE DU 3 MAI 2016 A 19H00.\n"),
            ymd(2016, 5, 3)
        );
        assert_eq!(
            sitting("M. X demande des précisions sur le procès-verbal du 02.03.2021. Il"),
            None
        );
        // A weekday after a dash, then the hour: the title's second line.
        assert_eq!(
            sitting("REUNION DU CONSEIL MUNICIPAL\nDE VILLEBOIS – Jeudi 5 Mars 2015 à 20heures\n"),
            ymd(2015, 3, 5)
        );
        // A page's number before a dated line alone, its weekday written.
        assert_eq!(
            sitting("RELEVÉ DES PRÉSENCES\n\n1 MARDI 4 JUIN 2024\n\n2 Sur convocation"),
            ymd(2024, 6, 4)
        );
        assert_eq!(sitting("RELEVÉ\n\n12 4 juin 2024\n"), None);
        // A preamble's "Le" glued to the year of the title before it.
        assert_eq!(
            sitting(
                "COMPTE-RENDU DE L'ASSEMBLÉE GÉNÉRALEDU 3 MARS 2009Le trois mars deux mil neuf, à 9 heures, le Comité s'est réuni"
            ),
            ymd(2009, 3, 3)
        );
        // The council named "de communauté", a dash before the weekday; the
        // preamble's date without its year agrees.
        assert_eq!(
            sitting(
                "CONSEIL DE COMMUNAUTE – Mardi 4 mars 2019\n\nConvoqué par lettre du 25 février 2019, le Conseil de communauté s’est réuni à la salle des fêtes,\n\nLe MARDI 4 MARS à 18 h 00."
            ),
            ymd(2019, 3, 4)
        );
        // The convocation's date in a preamble of its own, then the sitting's.
        assert_eq!(
            sitting(
                "CONSEIL MUNICIPAL DU 25 MARS 2010 L AN DEUX MILLE DIX, le dix-huit mars, les membres du CONSEIL MUNICIPAL ont été convoqués par Monsieur le Maire, pour délibérer. L AN DEUX MILLE DIX, le VINGT-CINQ MARS, à 18 heures, les membres du CONSEIL MUNICIPAL se sont réunis"
            ),
            ymd(2010, 3, 25)
        );
        // A margin's date woven into the preamble's sentence, after its own.
        assert_eq!(
            sitting(
                "Date convocation : L'an deux mille seize le neuf novembre à 19 heures 30 20/10/2016 Le Conseil Municipal de cette commune"
            ),
            ymd(2016, 11, 9)
        );
        // A letterhead flattened: "du", the date and its hour, nothing else.
        assert_eq!(
            sitting(
                "Département CONSEIL MUNICIPAL Arrondissement\n\nTOURS du 11 avril 2022 à 20h\n\nCanton"
            ),
            ymd(2022, 4, 11)
        );
        assert_eq!(
            sitting("Vu la convocation du 4 avril 2022 à 20h\n\nCanton"),
            None
        );
        // "loi" a word, not inside a place ("BLOIS", "Loire").
        assert_eq!(
            sitting("CONSEIL MUNICIPAL\n\nBLOIS du 16 mai 2022 à 20h\n\nCanton"),
            ymd(2022, 5, 16)
        );
        assert_eq!(sitting("selon la loi du 12 juillet 2010 à 20h"), None);
        // The register's title: its deliberations are of this sitting.
        assert_eq!(
            sitting(
                "Procès-verbal des délibérations du conseil communautaire du mardi 1er mars 2016 – 18h"
            ),
            ymd(2016, 3, 1)
        );
        assert_eq!(
            sitting("Vu la délibération du conseil municipal du 4 mars 2016"),
            None
        );
        // A title whose body's name runs long, a dash before the weekday;
        // a margin run into the preamble.
        assert_eq!(
            sitting(
                "COMPTE-RENDU DE LA SEANCE DU BUREAU COMMUNAUTAIRE COMMUNAUTE DE COMMUNES - Mardi 12 mars 2019\n\nValidation du procès-verbal du Bureau Communautaire du 12 février 2019"
            ),
            ymd(2019, 3, 12)
        );
        assert_eq!(
            sitting(
                "convocation : 04 mars - publication : 17 mars 2014 L an deux mil quatorze, le dix mars à vingt heures, le Conseil"
            ),
            ymd(2014, 3, 10)
        );
        // A margin's label woven before the preamble, and its date after.
        assert_eq!(
            sitting(
                "REUNION DU CONSEIL MUNICIPAL DU 09 MAI 2018\n\nDate de convocation : L'an deux mille dix-huit, le neuf mai à vingt heures, le Conseil 30 avril 2018 Municipal légalement convoqué s'est réuni"
            ),
            ymd(2018, 5, 9)
        );
        // A sitting announced, not held.
        assert_eq!(
            sitting(
                "Le Maire informe que le Conseil se réunira le Jeudi 22 octobre 2020, à 20 heures 30"
            ),
            None
        );
        assert_eq!(
            sitting("CONSEIL MUNICIPAL\nSéance publique du lundi 3 avril 2023\n"),
            ymd(2023, 4, 3)
        );
        assert_eq!(
            sitting("Comité syndical en date du 12 juin 2018\n\nDélégués présents"),
            ymd(2018, 6, 12)
        );
        assert_eq!(
            sitting(
                "MAIRIE DE BELLECOMBE-SUR-ORNE SÉANCE DU CONSEIL MUNICIPAL JEUDI 9 MARS 2017 ---"
            ),
            ymd(2017, 3, 9)
        );
        assert_eq!(
            sitting(
                "COMMUNE DE VALMONT CONSEIL MUNICIPAL ORDINAIRE VENDREDI 8 JUIN 2018 2018 à 19h"
            ),
            ymd(2018, 6, 8)
        );
        assert_eq!(
            sitting(
                "PROCES-VERBAL. CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES DU VAL Le jeudi 15 mars 2018 à 18 heures"
            ),
            ymd(2018, 3, 15)
        );
        assert_eq!(
            sitting(
                "SYNDICAT MIXTE DU VAL PROCES VERBAL DE REUNION DU COMITE SYNDICAL TENUE LE MERCREDI 17 MARS 2010 A 19 H 30 A EPISY"
            ),
            ymd(2010, 3, 17)
        );
        assert_eq!(
            sitting(
                "CONSEIL COMMUNAUTAIRE DU MARDI 11 JUIN A 18H\nLe conseil, dûment convoqué, s'est réuni en\nMairie de Valfleury le 11 juin 2013 à 18 heures."
            ),
            ymd(2013, 6, 11)
        );
        assert_eq!(
            sitting(
                "Le Conseil de la Communauté, convoqué le 3 mars 2016, s'est réuni le 10 mars 2016 à 18 heures à la salle des fêtes."
            ),
            ymd(2016, 3, 10)
        );
        assert_eq!(
            sitting("Page 1\n\nDélibération n° 4 du 16 MARS 2009\n\nObjet : TARIFS"),
            ymd(2009, 3, 16)
        );
        // The weekday written tells the year when two claims disagree.
        assert_eq!(
            sitting(
                "SEANCE DU 21 FEVRIER 2019 L'an deux mille dix-huit et le Jeudi 21 Février à 18 h 00, le Conseil s'est réuni"
            ),
            ymd(2019, 2, 21)
        );
        assert_eq!(
            sitting(
                "Le bureau s'est réuni à la salle des fêtes, le mardi quatre avril deux mil dix-sept à vingt heures."
            ),
            ymd(2017, 4, 4)
        );
        // The year of the next date of the same sentence.
        assert_eq!(
            sitting(
                "Le 14 mars suivant la convocation adressée le 7 mars 2022, les délégués se sont réunis."
            ),
            ymd(2022, 3, 14)
        );
        assert_eq!(
            sitting("Par courrier en date du 14 janvier 2019, M. X a démissionné."),
            None
        );
        assert_eq!(sitting("Affichage publié le 2 mai 2019\n"), None);
        // An election's date is not the sitting's.
        assert_eq!(
            sitting(
                "SEANCE DU 28 MARS 2014 L'an deux mille quatorze, le vingt-huit mars, les membres proclamés par le bureau électoral à la suite des opérations de vote du 23 mars 2014, se sont réunis"
            ),
            ymd(2014, 3, 28)
        );
        // A title, its place, then "le" and the date.
        assert_eq!(
            sitting("CONSEIL COMMUNAUTAIRE – FLEUREY-SUR-OUCHE LE 23 JANVIER 2020\n"),
            ymd(2020, 1, 23)
        );
        assert_eq!(
            sitting("Conseil de Communauté Val des Aulnes le 9 février 2018\n\nCompte rendu\n"),
            ymd(2018, 2, 9)
        );
        // The next sitting announced is not this one.
        assert_eq!(
            sitting(
                "Le Maire informe ses administrés que le Conseil Municipal se réunira, le Jeudi 22 octobre 2020"
            ),
            None
        );
        // The minutes of an earlier sitting, approved.
        assert_eq!(
            sitting(
                "Le compte rendu du Conseil Municipal du 8 juin 2020 est validé à l'unanimité."
            ),
            None
        );
        // A sitting without quorum is not the one reconvened.
        assert_eq!(
            sitting(
                "Le quorum n'ayant pas été atteint lors de la réunion, faute de membres, pour le Comité syndical du 3 mai 2021, une nouvelle réunion aura lieu le :\n- Lundi 10 mai 2021, à 18 heures"
            ),
            ymd(2021, 5, 10)
        );
        // A double space inside a sentence does not start a title.
        assert_eq!(
            sitting(
                "Conseil municipal du 3 octobre 2016\nLe maire rappelle les décisions prises lors du conseil  du 5 septembre 2016."
            ),
            ymd(2016, 10, 3)
        );
        // A header cut short by a box of counts: the head before the items.
        let text = "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT\nArdèche\nNombre de conseillers\n- présents 9\nEXTRAIT DU REGISTRE\n2 mai 2016.\n\n1. Budget";
        assert_eq!(
            sitting_date(
                text,
                0..text.find("- pr").unwrap(),
                0..text.find("1. ").unwrap()
            ),
            SittingDate::Found(NaiveDate::from_ymd_opt(2016, 5, 2).unwrap())
        );
    }

    #[test]
    fn a_claim_its_own_weekday_belies_gives_way() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // 9 February 2021 was a Tuesday: the preamble's day is the slip.
        assert_eq!(
            sitting(
                "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 8 FEVRIER 2021\n\nL'an deux mil vingt et un, le lundi 9 février à 18 heures, les membres se sont réunis"
            ),
            ymd(2021, 2, 8)
        );
        // No weekday to tell: the conflict stands.
        assert_eq!(
            sitting(
                "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 8 FEVRIER 2021\n\nL'an deux mil vingt et un, le 9 février à 18 heures, les membres se sont réunis"
            ),
            None
        );
        // A dash between the title and the weekday.
        assert_eq!(
            sitting("SYNTHESE REUNION CONSEIL COMMUNAUTAIRE – JEUDI 17 DECEMBRE 2020 - 18 H"),
            ymd(2020, 12, 17)
        );
    }

    #[test]
    fn a_ballots_voters_are_not_the_sittings() {
        let t = "Présents : 15\nÉlection du maire\nLe dépouillement du vote donne :\nNombre de votants : 14\n";
        assert_eq!(stated_voters(t, 0..t.len()), None);
        let t = "Présents : 15 Votants : 16\n";
        assert_eq!(stated_voters(t, 0..t.len()), Some(16));
    }

    #[test]
    fn voters_written_as_a_sum() {
        let t = "Présents : 9 Votants : 9+2\n";
        assert_eq!(stated_voters(t, 0..t.len()), Some(11));
        let t = "Votants : 9 + 2 Absents : 1\n";
        assert_eq!(stated_voters(t, 0..t.len()), Some(11));
    }

    #[test]
    fn counts_written_figure_first_as_a_pair() {
        let t = "Excusés : M. A\n\nQuorum : 12 présents - 15 votants\n";
        assert_eq!(stated_voters(t, 0..t.len()), Some(15));
        assert_eq!(stated_present(t, &t.to_lowercase(), 0..t.len()), Some(12));
        // A figure before "présents" alone is prose, not a count.
        let t = "avec 12 présents dans la salle\n";
        assert_eq!(stated_present(t, &t.to_lowercase(), 0..t.len()), None);
    }

    #[test]
    fn a_count_before_its_noun_on_its_line_or_in_a_sentence() {
        for (t, n) in [
            (
                "27 membres en exercice\n  21 présents à l'ouverture de la séance\n",
                21,
            ),
            (
                "le Président a constaté que 31 des 58 délégués en exercice sont présents.",
                31,
            ),
        ] {
            assert_eq!(
                stated_present(t, &t.to_lowercase(), 0..t.len()),
                Some(n),
                "{t}"
            );
        }
    }

    #[test]
    fn members_seated_labelled_by_a_word_for_the_seats() {
        let seated = |t: &str| members_seated(t, &t.to_lowercase(), 0..t.len());
        // A box's cells run together, a slash between them (no date).
        assert_eq!(
            seated("Membres : 53/Présents : 35/Votants : 38\n"),
            Some(53)
        );
        // The council's adjective, the next label without its accent.
        assert_eq!(
            seated("Hubert X.\n\nCONSEILLERS METROPOLITAINS : 81\n\nPRESENTS : Monsieur Paul Y"),
            Some(81)
        );
        // A box one cell a line, its label for the seats without a colon.
        assert_eq!(
            seated("Compte-rendu sommaire\nElus\n19\nPrésents :\n17\nAbsents :\n2\n"),
            Some(19)
        );
        assert_eq!(
            seated("Présidence de M. X.\nMembres : 24\nPrésents : 20\n"),
            Some(24)
        );
        assert_eq!(
            seated("Nombre de sièges : 19 - Nombre de sièges pourvus : 19 Nombre de présents : 15"),
            Some(19)
        );
        // Labels stacked, then their figures in the same order.
        assert_eq!(
            seated(
                "Nombre de délégués titulaires du syndicat : Nombre de délégués suppléants du syndicat : 14 5 Nombre de membres présents : 12"
            ),
            Some(14)
        );
        assert_eq!(
            seated("Sur 48 délégués :\n* 40 présents\n* 8 absents"),
            Some(48)
        );
        assert_eq!(
            seated(
                "Les délégués présents formant la majorité des membres en exercice, lesquels sont au nombre de 17, la séance est ouverte."
            ),
            Some(17)
        );
        // A box's label split by its neighbour's, the figure between.
        assert_eq!(
            seated(
                "SEANCE DU 4 MAI 2012 NOMBRE DATE : 27 : 26 AVRIL 2012 DES MEMBRES EN EXERCICE DE LA CONVOCATION L'an"
            ),
            Some(27)
        );
        assert_eq!(
            seated("NOMBRE DATE : 26 AVRIL 2012 DES MEMBRES EN EXERCICE DE LA CONVOCATION"),
            None
        );
        assert_eq!(
            seated("Conseillers en service : 19\nPrésents : 15"),
            Some(19)
        );
        // Not a count the label qualifies, nor a label outside a box of
        // counts.
        assert_eq!(seated("Membres présents : 12\nVotants : 13"), None);
        assert_eq!(seated("Membres suppléants : 3\nPrésents : 12"), None);
        assert_eq!(seated("Le bureau.\nMembres : 4\nobjet de la séance"), None);
    }

    #[test]
    fn members_in_office_in_a_column_after_stacked_labels() {
        let at = |t: &str| members_in_office(t, &t.to_lowercase(), 0..t.len());
        let stacked = "Nombre de membres en exercice :\nNombre de présents :\nNombre de pouvoirs :\nNombre de votants :\n";
        assert_eq!(at(&format!("{stacked}31\n24\n3\n27\n")), Some(31));
        // A page's number run into the column.
        assert_eq!(at(&format!("{stacked}2\n31\n24\n3\n27\n")), Some(31));
        // Not when the figures are as many as the labels.
        assert_eq!(at(&format!("{stacked}2\n31\n24\n3\n")), None);
        // The voters' figure, matched from the last.
        let text = format!("{stacked}2\n31\n24\n3\n27\n");
        assert_eq!(stated_voters(&text, 0..text.len()), Some(27));
        let text =
            "Nombre de conseillers :\nEn exercice :\nPrésents :\nVotants :\n31\n24\n27\nAu nom de";
        assert_eq!(stated_voters(text, 0..text.len()), Some(27));
        let text = "Présents : 24\nVotants :\n27\n";
        assert_eq!(stated_voters(text, 0..text.len()), Some(27));
        // "En exercice" over two lines of its cell, the next titles between.
        let t = "Nombre de membres Mmes X, Y. En Présents votants exercice MM. Z, 22 19 19 W";
        assert_eq!(at(t), Some(22));
    }

    #[test]
    fn members_in_office_in_service_bare_column_doubled_box() {
        let count = |t: &str| members_in_office(t, &t.to_lowercase(), 0..t.len());
        // "En service" for "en exercice", after the box's heading.
        assert_eq!(
            count(
                "Absents : M. X. Nombre de Délégués : En service : 24, Présents : 20, Votants : 22."
            ),
            Some(24)
        );
        // A column titled "Exercice" alone, the figures after the dates.
        assert_eq!(
            count(
                "Date convocation : 02/03/2017 Nombre de membres Ayant pris part au vote Date de séance : 09/03/2017 Exercice Présents vote Date d'affichage : 16/03/2017 41 33 37"
            ),
            Some(41)
        );
        // Not the budget's year.
        assert_eq!(
            count(
                "Nombre de membres présents : 12. Vote du budget de l'exercice 2017 présents 12 3"
            ),
            None
        );
        // The box written twice, word over word.
        assert_eq!(
            count(
                "Nombre Nombre de de conseillers conseillers en en exercice exercice : 44 : 44 présents présents : : 30"
            ),
            Some(44)
        );
    }

    #[test]
    fn members_in_office_in_several_wordings() {
        let t = "Conseillers en exercice au jour de la séance : 27\nPrésents : 24 ; Pouvoirs : 3 .";
        assert_eq!(
            members_in_office(t, &t.to_ascii_lowercase(), 0..t.len()),
            Some(27)
        );
        // Those present counted in a sentence, "soit N sur M".
        let t = "Le Président recense les conseillers communautaires présents en séance ou représentés à cet instant soit 37 sur 43.";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(43)
        );
        // The titulars counted, then those present among them.
        let t = "appel nominal des conseillers. ( 43 conseillers titulaires, 39 présents et 3 pouvoirs donc 42 votants)";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(43)
        );
        // The present counted against the members, label first.
        let t = "Séance du 2 mai 2017\nPrésents sur 23 : 18\nVotants : 20";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(23)
        );
        // An abbreviated label, among other counts on one line.
        let t = "Séance du 4 mars 2015 - Quorum : 19 - Nbre de votants : 29 Nbre total de délégués titulaires : 36 - Nbre de délégués titulaires présents : 26";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(36)
        );
        // "Nbre de" for "Nombre de", the members counted bare.
        let t = "Mairie de Sainte-Ursule Nbre de conseillers : 13 Nbre de présents : 12 Date de convocation : 3/03/2016";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(13)
        );
        let t = "Nbre de conseillers présents : 12";
        assert_eq!(members_in_office(t, &t.to_lowercase(), 0..t.len()), None);
        // The count in words after the figure, in a sentence.
        let t = "Lesquels 11 (onze) forment la majorité des 19 (dix-neuf) membres en exercice.";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(19)
        );
        // A label broken over two lines.
        let t = "Nombre de\ndélégués en\nexercice : 41\nLE CONSEIL s'est réuni";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(41)
        );
        // A label in capitals inside a flattened heading line.
        let t = "COMPTE RENDU DU 15 MARS 2016 ---- NOMBRE DE CONSEILLERS : en exercice : 19 présents : 15 votants : 17";
        assert_eq!(
            members_in_office(t, &t.to_ascii_lowercase(), 0..t.len()),
            Some(19)
        );
        // The seats, then the members in office, in one box.
        let t = "Nombre de Membres titulaires : 36 L'an deux mille treize En Exercice : 35 Le vingt six mars";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(35)
        );
        // The titular seats of a council with substitutes.
        let t = "Conseillers titulaires : 38 Conseillers suppléants : 10 Présents avec voix délibérative : 26";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(38)
        );
        // A count flattened before its label, none after it.
        let t = "Date de convocation : 5 mars 2022 : 41 NOMBRE DE CONSEILLERS EN EXERCICE Présents titulaires : X";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(41)
        );
        let t = "Présents : 23 NOMBRE DE CONSEILLERS EN EXERCICE : 27";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(27)
        );
        // In words, the count of one service before another's.
        let t = "Nombre de membres en exercice : soixante-huit pour le service des déchets vingt-huit pour le service de l'eau";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(68)
        );
        let t = "Délégués titulaires présents : 20";
        assert_eq!(members_in_office(t, &t.to_lowercase(), 0..t.len()), None);
        // The council's legal size.
        let t = "La séance est ouverte. Effectif légal du Comité syndical : 23 délégués. PRESENTS : M. X";
        assert_eq!(
            members_in_office(t, &t.to_ascii_lowercase(), 0..t.len()),
            Some(23)
        );
        // A flattened table of counts whose run of figures runs into a date.
        let t = "Nombre de membres : Afférents au Conseil : En exercice : Ayant pris part à la délibération : Date de la Convocation : 42 42 34 14/02/2019";
        assert_eq!(
            members_in_office(t, &t.to_ascii_lowercase(), 0..t.len()),
            Some(42)
        );
        // A count ending its sentence.
        let t = "SEANCE DU 22 MARS 2018 Nombre de conseillers en exercice : 15. Convocation du 19 Mars 2018";
        assert_eq!(
            members_in_office(t, &t.to_ascii_lowercase(), 0..t.len()),
            Some(15)
        );
        let read = |t: &str| members_in_office(t, &t.to_ascii_lowercase(), 0..t.len());
        assert_eq!(read("Membres en exercice : 32"), Some(32));
        let t = "11 élus présents sur 13 (M. Y absent a donné procuration à M. Z)";
        assert_eq!(
            members_in_office(t, &t.to_lowercase(), 0..t.len()),
            Some(13)
        );
        assert_eq!(
            read("Nombre de membres\n- Afférents au Conseil municipal : 29\n- Présents : 20"),
            Some(29)
        );
        assert_eq!(
            read("Afférents au Conseil municipal : 23 En exercice : 22"),
            Some(22)
        );
        assert_eq!(
            read("Le nombre de membres en exercice est de : 32"),
            Some(32)
        );
        assert_eq!(
            read("CONSEILLERS EN EXERCICE……….. 15 PRESENTS 10"),
            Some(15)
        );
        assert_eq!(
            read(
                "La majorité des 14 membres du Conseil d'arrondissement en exercice était présente"
            ),
            Some(14)
        );
        assert_eq!(
            read("79 conseillers en exercice : 67 présents 10 pouvoirs"),
            Some(79)
        );
        assert_eq!(read("pour l'exercice 2018"), None);
        // A next cell glued to the figure; the figure whole.
        assert_eq!(
            read("Nombre de membres en exercice : 64Présents : 62Votants : 64"),
            Some(64)
        );
        assert_eq!(read("Membres en exercice : 15h30"), None);
        assert_eq!(
            read("Nombre des membres en exercice actuellement 27 Nombre des membres présents 25"),
            Some(27)
        );
        assert_eq!(
            read("Nombre de membres de l'assemblée : 86 Nombre de membres présents : 72"),
            Some(86)
        );
        assert_eq!(
            read("Nombre de Conseillers Municipaux - 29\nPrésents - 24"),
            Some(29)
        );
        assert_eq!(
            read("Nombre de membres du conseil municipal : 19"),
            Some(19)
        );
        assert_eq!(
            read("Nombre de membres afférents au Comité : 44\nAyant pris part au vote : 30"),
            Some(44)
        );
        let composing = |t: &str| members_composing(&t.to_lowercase(), 0..t.len());
        assert_eq!(
            composing("Le Comité Syndical est composé de 50 délégués"),
            Some(50)
        );
        assert_eq!(
            composing(
                "convoqués le 15 septembre, les 93 membres du Conseil communautaire de la Communauté :"
            ),
            Some(93)
        );
        assert_eq!(
            composing("les 20 membres du conseil présents à la séance"),
            None
        );
        assert_eq!(
            read("la majorité des membres en exercice.\n1\nDélégués"),
            None
        );
        assert_eq!(
            read("le 12 décembre 2016 Membres en exercice : 15"),
            Some(15)
        );
        assert_eq!(read("Nombre de conseillers communautaires : 61"), Some(61));
        assert_eq!(
            read("|- en exercice|15   |\n|- présents   |14   |"),
            Some(15)
        );
        assert_eq!(read("Membres titulaires 35 Le vingt et un"), Some(35));
        assert_eq!(
            read("Nombre de membres\nen exercice = 19\nPrésents\n= 18"),
            Some(19)
        );
        assert_eq!(
            read("Nombre de conseillers municipaux : Exercice : 23\nPrésents : 17"),
            Some(23)
        );
        assert_eq!(read("Nombre de membres :\n\n10/01/2019\n"), None);
        assert_eq!(read("Nombre de conseillers présents : 26"), None);
        assert_eq!(read("Le conseil fixe le nombre de délégués : 2"), None);
        // A table of counts flattened: titles first, figures after.
        assert_eq!(
            read("Nombre de membres En exercice Présents Procurations 86 61 8 Séance du"),
            Some(86)
        );
        assert_eq!(
            read(
                "Afférents Qui ont pris au Conseil En exercice part à la Date : 07 février 2019 LAVERNOSE 27 25 22"
            ),
            Some(25)
        );
        assert_eq!(read("En exercice Présents 12 15"), None);
        assert_eq!(
            read("30 % du nombre de conseillers, soit : 19\nconseillers X 30 % = 5,7"),
            Some(19)
        );
        // Accented letters anywhere before the title (found by proptest).
        let accented = format!("{} en exercice 12 10", "é".repeat(150));
        assert_eq!(read(&accented), Some(12));
    }

    #[test]
    fn presidency_by_its_label_once_the_sitting_is_named() {
        fn at(t: &str) -> Option<&str> {
            presidency(&t.to_ascii_lowercase(), 0..t.len()).map(|p| &t[p..])
        }
        assert_eq!(
            at("REUNION DU CONSEIL DU 3 MAI PRESIDENT : Monsieur AUBRY, Maire"),
            Some("Monsieur AUBRY, Maire")
        );
        assert_eq!(
            at("réuni sous la présidence de M. le Maire, Lucien ORSATTI."),
            Some("Lucien ORSATTI.")
        );
        // A sentence of its own: "Présidée par Monsieur le Maire, X".
        assert_eq!(
            at("Réunion du conseil municipal du 3 mai\nPrésidée par Monsieur le Maire, L. ORSATTI"),
            Some("L. ORSATTI")
        );
        assert_eq!(
            at("Séance du 3 mai\nPrésident de séance : Paul AUBRY"),
            Some("Paul AUBRY")
        );
        // A letterhead names the body's president, not the sitting's.
        assert_eq!(at("Communauté de communes\nPrésident : P. AUBRY\n"), None);
        assert_eq!(at("Séance du 3 mai\nVice-président : Paul AUBRY"), None);
        // A sentence opening on the president, who opens the sitting.
        assert_eq!(
            at("Séance du 3 mai\nMonsieur Paul AUBRY, Président, ouvre la séance."),
            Some("Monsieur Paul AUBRY, Président, ouvre la séance.")
        );
        assert_eq!(
            at("Séance du 3 mai\nMonsieur Paul AUBRY, conseiller, ouvre le débat."),
            None
        );
        // The body named after the function, the heading's year before.
        assert_eq!(
            at(
                "COMPTE RENDU DU COMITE 3 mai 2024 M. Paul AUBRY, Président du Syndicat, ouvre la séance."
            ),
            Some("M. Paul AUBRY, Président du Syndicat, ouvre la séance.")
        );
    }

    #[test]
    fn heading_without_its_year_dated_by_the_convocation() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            sitting(
                "EXTRAIT DU REGISTRE Séance du 15 décembre Salle du Conseil Date de convocation : 8 décembre 2014 PRESENTS :"
            ),
            ymd(2014, 12, 15)
        );
        assert_eq!(
            sitting(
                "EXTRAIT DU REGISTRE Séance du 5 janvier Salle du Conseil Date de convocation : 28 décembre 2014"
            ),
            ymd(2015, 1, 5)
        );
        // No convocation dated: the dates the header tells around it, all
        // within two months, give the year; one farther off, none.
        assert_eq!(
            sitting(
                "Séance du 20 mai\nHommage à M. Paul VERNE, décédé le 2 avril 2021, et à Mme Rose ALBA, décédée le 14 mai 2021.\nPrésents :"
            ),
            ymd(2021, 5, 20)
        );
        assert_eq!(
            sitting(
                "Séance du 20 mai\nHommage à M. Paul VERNE, décédé le 2 avril 2021, vu la loi du 7 août 2015.\nPrésents :"
            ),
            None
        );
        // Too far from the convocation to be its sitting.
        assert_eq!(
            sitting(
                "EXTRAIT DU REGISTRE Séance du 5 juin Salle du Conseil Date de convocation : 28 décembre 2014"
            ),
            None
        );
    }
}
