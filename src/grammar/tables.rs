//! Attendance tables, one member a row: a Markdown table of delegates ("|
//! Ribonde | Délégué titulaire | Présent | Suppléant(e) siégeant | Pouvoir
//! donné à |") and a presence sheet with marks ("Conseiller  Présent
//! Excusé  Absent  Pouvoir à", rows of "X", "E", "A"), its columns from the
//! tabs of the input when there are any. (A tally's table is read with the
//! tally, in `votes`.)

use std::ops::Range;

use super::given_names;
use super::notes::{self, Condition, Note};
use super::people::{self, Kind, Mention, Name, NameStyle, Token};
use crate::normalize::Normalized;
use crate::text::{
    fold, fold_regex, fold_starts_with, folds_to, lines_inclusive, lower_regex, regex,
};
use crate::vocabulary::{
    STATUS_CODES, STATUS_PROXY_WORDS, STATUS_REPRESENTED_WORDS, STATUS_SUBSTITUTE_WORDS,
    STATUS_WORDS,
};

/// One member's row in an attendance table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// The member the row is about (the titular, for a delegate).
    pub(crate) member: Name,
    /// What the row says of them.
    pub(crate) seat: Seat,
}

/// What an attendance table says of a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seat {
    /// Sits, for the questions of a condition when the row gives one.
    Present(Option<Condition>),
    /// Replaced by a substitute who sits; the replacement is written over
    /// `written`.
    Substituted { by: Name, written: Range<usize> },
    /// Represented by a holder, as written over `written`; `absent` when
    /// the row also lists them absent (excused or not, when it says).
    Represented {
        holder: Mention,
        condition: Condition,
        written: Range<usize>,
        absent: Option<Option<bool>>,
    },
    /// Absent: `Some(true)` excused, `Some(false)` not, `None` not said.
    Absent(Option<bool>),
    /// Nothing the table says can be used (a row cut off, a substitute or
    /// a holder whose name cannot be read).
    Unknown,
    /// A last row without its status, the text cut inside it: the table
    /// is incomplete.
    CutOff,
    /// A bare mark ("X") whose column the extraction lost, where marks
    /// stand in more than one status column: nothing certain.
    Marked,
    /// A status cell right after another row's, no name before it ("DUVAL
    /// Anne P P"): a row whose name the extraction moved or lost, its
    /// `member` the cell itself. The table is read in part.
    Nameless,
}

/// The attendance table in `within`, when there is one: a table of
/// delegates, else a presence sheet with marks. Its rows, in order.
pub(crate) fn attendance(
    norm: &Normalized,
    within: Range<usize>,
    sitting: Option<(u32, u32)>,
) -> Option<Vec<Row>> {
    delegates(&norm.text, within.clone())
        .or_else(|| presence_sheet(norm, within.clone()))
        .or_else(|| status_column(&norm.text, within.clone()))
        .or_else(|| cell_lines(&norm.text, within.clone()))
        .or_else(|| roll_call(&norm.text, within.clone()))
        .or_else(|| dated_letters(&norm.text, within.clone(), sitting))
        .or_else(|| flat_marks(&norm.text, &norm.lower, within))
}

/// An attendance table of several sittings flattened row by row, a
/// status letter per sitting after each member, under a header of the
/// sittings' days: "16/12 08/01 16/12 08/01" (two halves of the table side
/// by side), then "X Anne Commune P A Y Paul Commune E A ...". The letters
/// by convention: P présent, A absent, E excusé. The column read is the
/// one whose day is the sitting's (`sitting`, day and month), else the
/// last: the sitting the minutes are about is the latest the register
/// holds. Each row's member is the name opening its cells, the family
/// name in capitals; what follows it up to the letters (a commune) is left
/// out. A last row the text's end cuts before its letters is `CutOff`.
/// `None` unless eight rows follow the header.
fn dated_letters(
    text: &str,
    within: Range<usize>,
    sitting: Option<(u32, u32)>,
) -> Option<Vec<Row>> {
    let hay = &text[within.clone()];
    // "dd/mm" four times or more in the head: most texts have none.
    let header_re = regex!(
        r"(?m)(?:^|\s)((?:[0-3]?[0-9]/[01]?[0-9][ \t]+){1,11}[0-3]?[0-9]/[01]?[0-9])[ \t]*$"
    );
    let m = header_re.captures(hay)?.get(1)?;
    let days: Vec<(u32, u32)> = m
        .as_str()
        .split_whitespace()
        .map(|d| {
            let (a, b) = d.split_once('/')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect::<Option<_>>()?;
    if days
        .iter()
        .any(|&(d, mo)| !(1..=31).contains(&d) || !(1..=12).contains(&mo))
    {
        return None;
    }
    // The sittings: the header's days, repeated once a half of the table.
    let k = (1..=days.len())
        .find(|&k| days.len().is_multiple_of(k) && days.chunks(k).all(|c| c == &days[..k]))?;
    let sittings = &days[..k];
    if days.len() < 2
        || sittings
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len()
            < k
    {
        return None;
    }
    let column = sitting
        .and_then(|s| sittings.iter().position(|&d| d == s))
        .unwrap_or(k - 1);
    let from = within.start + m.end();
    let tokens: Vec<Token> = people::tokenize(text, from..within.end)
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Newline | Kind::Blank))
        .collect();
    let raw = |j: usize| tokens.get(j).map_or("", |t| &text[t.start..t.end]);
    let letter = |j: usize| {
        tokens.get(j).is_some_and(|t| t.kind == Kind::Word) && matches!(raw(j), "P" | "A" | "E")
    };
    // The member's cells: the family name in capitals (its particles
    // first, "De RILTOUET"), a note in brackets perhaps ("POTIER (s)"),
    // one given name; a commune after them is left out.
    let family_then_given = |from: usize, to: usize| -> Option<Name> {
        let mut e = from;
        while e < to && people::is_particle(raw(e)) {
            e += 1;
        }
        let caps = e;
        while e < to
            && tokens[e].kind == Kind::Word
            && people::is_caps(raw(e))
            && raw(e).chars().filter(|c| c.is_alphabetic()).count() >= 2
        {
            e += 1;
        }
        if e == caps {
            return None;
        }
        let family = tokens[from].start..tokens[e - 1].end;
        let mut g = e;
        if tokens.get(g).is_some_and(|t| t.kind == Kind::Punct('(')) {
            g = people::skip_parens(&tokens, g);
        }
        let given = (g < to
            && tokens[g].kind == Kind::Word
            && people::is_capitalised(raw(g))
            && !people::is_caps(raw(g)))
        .then(|| tokens[g].start..tokens[g].end);
        Some(Name {
            civility: None,
            whole: family.start..given.as_ref().map_or(family.end, |r| r.end),
            given,
            family,
        })
    };
    let mut rows = Vec::new();
    let mut start = 0;
    let mut j = 0;
    while j < tokens.len() {
        // The row's letters: k of them, and no more.
        if !(j..j + k).all(&letter) || letter(j + k) {
            j += 1;
            continue;
        }
        let Some(member) = family_then_given(start, j) else {
            break;
        };
        let seat = match raw(j + column) {
            "P" => Seat::Present(None),
            "E" => Seat::Absent(Some(true)),
            _ => Seat::Absent(None),
        };
        rows.push(Row { member, seat });
        j += k;
        start = j;
    }
    if rows.len() < 8 {
        return None;
    }
    // "TASBRIIER Yohann La Chevrol" as the text's last words: a row cut.
    if start < tokens.len()
        && tokens.len() - start <= 8
        && within.end == text.len()
        && let Some(member) = family_then_given(start, tokens.len())
        && member.given.is_some()
    {
        rows.push(Row {
            member,
            seat: Seat::CutOff,
        });
    }
    Some(rows)
}

/// The rows of a flattened mark table without civilities: "[COMMUNE]
/// FAMILY Given X [G. HOLDER]", run together. A name after a row's mark
/// written with an initial is the holder of that row's proxy, when the
/// header has a column of proxies ("Procuration à"): that row is absent
/// and represented. The marks stand in the present column and in the
/// absent's, so a bare mark says nothing certain: its row is `Marked`.
/// Commune cells (capitals alone) are left out. `None` unless eight rows
/// follow each other.
fn caps_rows(text: &str, tokens: &[Token], proxy_column: bool) -> Option<Vec<Row>> {
    let raw = |k: usize| tokens.get(k).map_or("", |t| &text[t.start..t.end]);
    let caps = |k: usize| {
        let w = raw(k);
        tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
            && people::is_caps(w)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let given = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == Kind::Word) && people::is_capitalised(raw(k))
    };
    // "G. VONAU", "G.VONAU": an initial then capitals, from `k`; the name
    // and the token after it.
    let initial_name = |k: usize| -> Option<(Name, usize)> {
        let w = raw(k);
        if let Some((i, f)) = w.split_once('.')
            && i.chars().count() == 1
            && i.chars().all(char::is_uppercase)
            && f.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && people::is_caps(f)
        {
            let t = tokens[k];
            return Some((
                Name {
                    civility: None,
                    given: Some(t.start..t.start + i.len()),
                    family: t.start + i.len() + 1..t.end,
                    whole: t.start..t.end,
                },
                k + 1,
            ));
        }
        let mut j = k + 1;
        if tokens.get(j).is_some_and(|t| t.kind == Kind::Punct('.')) {
            j += 1;
        }
        let initial =
            w.chars().count() == 1 && w.chars().all(char::is_uppercase) || people::is_initial(w);
        (initial && j > k && caps(j)).then(|| {
            (
                Name {
                    civility: None,
                    given: Some(tokens[k].start..tokens[j - 1].end),
                    family: tokens[j].start..tokens[j].end,
                    whole: tokens[k].start..tokens[j].end,
                },
                j + 1,
            )
        })
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut best: Vec<Row> = Vec::new();
    let mut from = 0;
    for j in 0..tokens.len() {
        if !is_flat_mark(raw(j)) || j < from {
            continue;
        }
        // The given names before the mark, then the family name.
        let mut g = j;
        while g > from && j - g < 2 && given(g - 1) {
            g -= 1;
        }
        let member = (g < j && g > from && caps(g - 1)).then(|| Name {
            civility: None,
            given: Some(tokens[g].start..tokens[j - 1].end),
            family: tokens[g - 1].start..tokens[g - 1].end,
            whole: tokens[g - 1].start..tokens[j - 1].end,
        });
        // Between the last row and this one: communes only.
        let between_ok = member.is_some() && (from..g - 1).all(&caps);
        let Some(member) = member.filter(|_| between_ok) else {
            if rows.len() > best.len() {
                best = std::mem::take(&mut rows);
            }
            rows.clear();
            from = j + 1;
            continue;
        };
        let holder = proxy_column.then(|| initial_name(j + 1)).flatten();
        let seat = match holder {
            Some((h, next)) => {
                from = next;
                Seat::Represented {
                    written: member.whole.start..h.whole.end,
                    holder: Mention::Name(h),
                    condition: Condition::default(),
                    absent: Some(None),
                }
            }
            None => {
                from = j + 1;
                Seat::Marked
            }
        };
        rows.push(Row { member, seat });
    }
    if rows.len() > best.len() {
        best = rows;
    }
    (best.len() >= 8).then_some(best)
}

/// A mark in a flattened table: "X", "x" or "1".
fn is_flat_mark(word: &str) -> bool {
    matches!(word, "X" | "x" | "1")
}

/// A table flattened with its marks' columns lost: a header naming the
/// status columns, the present first ("PRESENT ABSENT", "PRESENTS
/// EXCUSES/REPRESENTES"), then rows opening on a civility, run together
/// on a line or a line each: "Monsieur Paul MARCEAU X", "Madame LEROY
/// Anne Excusée", "Monsieur VIAL Luc Pvr : M. ORSINI". What a row says in
/// words (a status, a proxy, a substitute) is read, and so is a comment
/// cell wrapped around the name cell, its phrase cut by the name:
/// "Absente, donne pouvoir à Madame Anne LEROY Monsieur Paul MARCEAU" is
/// LEROY's row, her proxy to MARCEAU. A bare mark is read present only
/// when the absent are all told in words and none of them carries a mark:
/// then the marks stand in the present column. Otherwise its row is
/// `Marked`. `None` unless five rows are read. `lower` is `text` with
/// ASCII letters in lower case (same offsets).
fn flat_marks(text: &str, lower: &str, within: Range<usize>) -> Option<Vec<Row>> {
    // Searched in the lower-cased text, where its literals are found by
    // the engine's prefilter (a `(?i)` pattern steps over every byte of
    // the head); `[sſ]` keeps the long s that case folding matched.
    let header =
        lower_regex!(r"(?:^|\s)pré[sſ]ent[sſ]?\s+(?:excu[sſ]é[sſ]?|ab[sſ]ent[sſ]?)(?:\s|/|$)");
    let m = header.find(&lower[within.clone()])?;
    let after = within.start + m.end();
    if text[after..within.end].trim_start().starts_with(':') {
        return None;
    }
    // Lines do not matter: rows run together or stand a line each.
    let tokens: Vec<Token> = people::tokenize(text, after..within.end)
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Newline | Kind::Blank))
        .collect();
    let word = |k: usize| {
        people::Words {
            text,
            tokens: &tokens,
        }
        .word(k)
    };
    let folded = |k: usize| word(k).map(fold).unwrap_or_default();
    let raw = |k: usize| tokens.get(k).map_or("", |t| &text[t.start..t.end]);
    let is_anchor = |k: usize| {
        word(k)
            .and_then(people::civility)
            .is_some_and(|(c, many)| c.is_some() && !many)
    };
    let is_status = |k: usize| {
        let f = folded(k);
        f.starts_with("absent") || f.starts_with("excuse")
    };
    let is_proxy_word = |k: usize| matches!(folded(k).as_str(), "pouvoir" | "procuration" | "pvr");
    let is_substitute_word = |k: usize| {
        let f = folded(k);
        f.starts_with("remplace") || f.starts_with("supplee") || f.starts_with("suppleant")
    };
    // A phrase the name cell cuts: it waits for its end after the name.
    let unfinished = |k: usize| {
        matches!(
            folded(k).as_str(),
            "a" | "au" | "par" | "son" | "sa" | "donne" | "pouvoir"
        )
    };
    let style = NameStyle::guess(text, &tokens);
    let anchors: Vec<usize> = (0..tokens.len()).filter(|&k| is_anchor(k)).collect();
    if anchors.len() < 5 {
        // "Présents Excusés Procuration à": a column of proxies next.
        let next_cells = fold(&text[after..text.floor_char_boundary((after + 40).min(within.end))]);
        let proxy_column = next_cells.contains("procuration") || next_cells.contains("pouvoir");
        return caps_rows(text, &tokens, proxy_column);
    }
    // Each anchor's name and the token after it.
    let named: Vec<Option<(Name, usize)>> = anchors
        .iter()
        .map(|&k| {
            // The name ends before a mark or a word of status ("ARJONA
            // X", "Anne Excusée", "Luc Pvr").
            let limit = (k + 1..tokens.len())
                .find(|&j| is_flat_mark(raw(j)) || is_anchor(j) || is_status(j) || is_proxy_word(j))
                .unwrap_or(tokens.len());
            (k, limit)
        })
        .map(
            |(k, limit)| match people::name_at(text, &tokens[..limit], k, style) {
                Some((Mention::Name(n), next)) if n.given.is_some() => Some((n, next)),
                _ => None,
            },
        )
        .collect();
    let mut rows = Vec::new();
    let mut marked_told = false;
    let mut told = 0;
    let mut consumed_to = 0;
    let mut n = 0;
    while n < anchors.len() {
        let next_anchor = anchors.get(n + 1).copied().unwrap_or(tokens.len());
        // A civility that opens no row ends the table (prose after it).
        let Some((member, after_name)) = named[n].clone() else {
            if !rows.is_empty() {
                break;
            }
            n += 1;
            continue;
        };
        let lead = consumed_to..anchors[n];
        let gap = after_name.min(next_anchor)..next_anchor;
        if gap.start < gap.end && is_flat_mark(raw(gap.start)) {
            // Words after the mark before the next row: a row told in
            // words that also carries a mark.
            let rest = gap.start + 1..gap.end;
            let cut_lead =
                rest.start < rest.end && is_status(rest.start) && unfinished(rest.end - 1);
            if !cut_lead && rest.clone().any(|k| is_status(k) || is_proxy_word(k)) {
                marked_told = true;
            }
            rows.push(Row {
                member,
                seat: Seat::Marked,
            });
            consumed_to = gap.start + 1;
            n += 1;
            continue;
        }
        // The comment: in the gap after the name, or before the name when
        // its phrase is cut by it.
        let lead_comment =
            lead.start < lead.end && is_status(lead.start) && unfinished(lead.end - 1);
        let gap_comment = gap.start < gap.end && (is_status(gap.start) || is_proxy_word(gap.start));
        if !lead_comment && !gap_comment {
            if !rows.is_empty() {
                break;
            }
            consumed_to = gap.start;
            n += 1;
            continue;
        }
        told += 1;
        let words = lead.clone().filter(|_| lead_comment).chain(gap.clone());
        let proxy = words.clone().find(|&k| is_proxy_word(k));
        let substitute = words.clone().find(|&k| is_substitute_word(k));
        let excused = words
            .clone()
            .any(|k| folded(k).starts_with("excuse"))
            .then_some(true);
        // The other person: named in the gap after the proxy's or the
        // substitute's word, else the next anchor when the gap leaves the
        // phrase waiting for it.
        let other_from = proxy.or(substitute).map(|k| k.max(gap.start));
        let mut other = other_from.and_then(|from| {
            let from = (from..gap.end).find(|&k| {
                !is_proxy_word(k)
                    && !is_substitute_word(k)
                    && !matches!(folded(k).as_str(), "a" | "au" | "par" | ":" | ",")
            })?;
            cell_name(text, tokens[from].start..tokens[gap.end - 1].end)
                .filter(|o| o.family.start >= tokens[from].start)
        });
        let mut next = n + 1;
        if other.is_none()
            && (proxy.is_some() || substitute.is_some())
            && let Some(Some((o, _))) = named.get(n + 1)
        {
            other = Some(o.clone());
            next = n + 2;
        }
        let end = other.as_ref().map_or(member.whole.end, |o| o.whole.end);
        // From the comment's start when it is cut by the name.
        let start = match lead_comment {
            true => tokens[lead.start].start.min(member.whole.start),
            false => member.whole.start,
        };
        let written = start..end;
        // "Absent jusqu'au point n°14, donne ... pouvoir à": the member
        // sits from 14, represented until then.
        let condition = lead_comment
            .then(|| notes::condition(text, tokens[lead.start].start..tokens[lead.end - 1].end))
            .flatten()
            .and_then(|c| match (c.from, c.until, c.resumes) {
                (Some(f), None, None) if f > 1 && c.wording.is_none() => Some(Condition {
                    until: Some(f - 1),
                    ..Condition::default()
                }),
                _ => None,
            })
            .unwrap_or_default();
        let seat = match (proxy, substitute, other) {
            (Some(_), _, Some(holder)) => Seat::Represented {
                holder: Mention::Name(holder),
                condition,
                written,
                absent: Some(excused),
            },
            (None, Some(_), Some(by)) => Seat::Substituted { by, written },
            (None, None, _) => Seat::Absent(excused),
            _ => Seat::Unknown,
        };
        rows.push(Row { member, seat });
        consumed_to = anchors.get(next).copied().unwrap_or(tokens.len());
        // The gap after a consumed anchor belongs to no row.
        if next == n + 2 {
            consumed_to = named[n + 1].as_ref().map_or(consumed_to, |(_, after)| {
                (*after).min(anchors.get(n + 2).copied().unwrap_or(tokens.len()))
            });
        } else {
            consumed_to = gap.end;
        }
        n = next;
    }
    if rows.len() < 5 {
        return None;
    }
    // The absent told in words, none with a mark: the marks are the
    // present's.
    if told > 0 && !marked_told {
        for r in &mut rows {
            if r.seat == Seat::Marked {
                r.seat = Seat::Present(None);
            }
        }
    }
    Some(rows)
}

/// A table flattened one cell a line: its header ("Civilité", "Nom",
/// "Prénom", "Commune", "Titulaire", a line each), then each row from its
/// civility ("Mme", "*M."), its cells on the lines after, a mark ("x")
/// for the present or "Excusé(e)" / "Absent(e)". A row with neither is
/// left out. `None` unless three rows or more say their status.
fn cell_lines(text: &str, within: Range<usize>) -> Option<Vec<Row>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut offset = within.start;
    for line in lines_inclusive(&text[within.clone()]) {
        let start = offset + (line.len() - line.trim_start().len());
        let end = offset + line.trim_end().len();
        offset += line.len();
        if end > start {
            lines.push(start..end);
        }
    }
    let cell = |k: usize| fold(&text[lines[k].clone()]);
    // Compared without folding the whole line.
    let cell_is = |k: usize, word: &str| folds_to(&text[lines[k].clone()], word);
    // The header: "Nom" and "Prénom" on lines of their own, close together.
    let nom = (0..lines.len()).find(|&k| {
        cell_is(k, "nom") && (k + 1..lines.len().min(k + 4)).any(|j| cell_is(j, "prenom"))
    })?;
    let prenom = (nom + 1..nom + 4).find(|&j| cell_is(j, "prenom"))?;
    let mut first = nom;
    while first > 0
        && cell(first - 1).split_whitespace().count() <= 2
        && cell(first - 1).len() <= 20
    {
        first -= 1;
        if people::civility(&text[lines[first].clone()]).is_some() {
            return None;
        }
    }
    let (family_at, given_at) = (nom - first, prenom - first);
    let is_civility = |k: usize| {
        people::civility(text[lines[k].clone()].trim_start_matches('*')).is_some_and(|(_, g)| !g)
    };
    let mut rows = Vec::new();
    let mut said = 0;
    let mut k = (prenom + 1..lines.len()).find(|&k| is_civility(k))?;
    while k < lines.len() && is_civility(k) {
        let end = (k + 1..lines.len())
            .find(|&j| is_civility(j) || text[lines[j].clone()].split_whitespace().count() > 6)
            .unwrap_or(lines.len());
        let (Some(family), Some(given)) = (lines.get(k + family_at), lines.get(k + given_at))
        else {
            break;
        };
        if k + family_at >= end || k + given_at >= end || !people::is_caps(&text[family.clone()]) {
            break;
        }
        let civility =
            people::civility(text[lines[k].clone()].trim_start_matches('*')).and_then(|(c, _)| c);
        let status = (k + given_at.max(family_at) + 1..end).find_map(|j| {
            let c = cell(j);
            if c == "x" {
                Some(Seat::Present(None))
            } else if c.starts_with("excuse") {
                Some(Seat::Absent(Some(true)))
            } else if c.starts_with("absent") {
                Some(Seat::Absent(None))
            } else {
                None
            }
        });
        if let Some(seat) = status {
            said += 1;
            rows.push(Row {
                member: Name {
                    civility,
                    given: Some(given.clone()),
                    family: family.clone(),
                    whole: lines[k].start..lines[end - 1].end,
                },
                seat,
            });
        }
        // The table ends at a line of prose.
        if end < lines.len() && !is_civility(end) {
            break;
        }
        k = end;
    }
    (said >= 3).then_some(rows)
}

/// The columns of a table of delegates.
struct Columns {
    name: usize,
    present: usize,
    substitute: Option<usize>,
    proxy: Option<usize>,
}

impl Columns {
    /// The columns a header's cells name, if it names the members and
    /// their presence.
    fn of(folded: &[String]) -> Option<Columns> {
        let name = folded.iter().position(|c| {
            c.contains("delegue")
                || c.starts_with("nom")
                || c.contains("titulaire")
                || c.contains("membre")
                || c.contains("conseiller")
        })?;
        let present = folded.iter().position(|c| c.starts_with("present"))?;
        Some(Columns {
            name,
            present,
            substitute: folded.iter().position(|c| c.contains("suppl")),
            proxy: folded
                .iter()
                .position(|c| c.contains("pouvoir") || c.contains("procuration")),
        })
    }
}

/// A Markdown table of delegates: "| Ribonde | Délégué titulaire | Présent
/// | Suppléant(e) siégeant | Pouvoir donné à |", its present cells "X" or
/// "X (à partir de la question 3)". `None` unless a member was read.
fn delegates(text: &str, within: Range<usize>) -> Option<Vec<Row>> {
    // No pipe, no row (most texts): not a line walked.
    memchr::memchr(b'|', text[within.clone()].as_bytes())?;
    let mut offset = within.start;
    let mut columns: Option<Columns> = None;
    let mut rows = Vec::new();
    for line in lines_inclusive(&text[within]) {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if !trimmed.starts_with('|') {
            if columns.is_some() && !rows.is_empty() {
                break;
            }
            continue;
        }
        let cells = cells_between_pipes(line_start, line);
        let Some(cols) = &columns else {
            let folded: Vec<String> = cells.iter().map(|c| fold(text[c.clone()].trim())).collect();
            columns = Columns::of(&folded);
            continue;
        };
        if trimmed.contains("---") {
            continue;
        }
        let Some(name_cell) = cells.get(cols.name) else {
            continue;
        };
        let Some(member) = cell_name(text, name_cell.clone()) else {
            continue;
        };
        let cell = |col: Option<usize>| {
            col.and_then(|c| cells.get(c))
                .filter(|r| !text[(*r).clone()].trim().is_empty())
                .cloned()
        };
        let seat = if let Some(pc) = cell(Some(cols.present))
            .filter(|r| text[r.clone()].trim_start().starts_with(['X', 'x']))
        {
            let condition = text[pc.clone()].find('(').and_then(|open| {
                let inner_start = pc.start + open + 1;
                let inner_end = text[inner_start..pc.end]
                    .find(')')
                    .map_or(pc.end, |p| inner_start + p);
                notes::condition(text, inner_start..inner_end)
            });
            Seat::Present(condition)
        } else if let Some(sc) = cell(cols.substitute) {
            match cell_name(text, sc.clone()) {
                Some(by) => Seat::Substituted {
                    by,
                    written: name_cell.start..sc.end,
                },
                None => Seat::Unknown,
            }
        } else if let Some(pc) = cell(cols.proxy) {
            match cell_name(text, pc.clone()) {
                Some(holder) => Seat::Represented {
                    holder: Mention::Name(holder),
                    condition: Condition::default(),
                    written: name_cell.start..pc.end,
                    absent: None,
                },
                None => Seat::Unknown,
            }
        } else {
            Seat::Absent(None)
        };
        rows.push(Row { member, seat });
    }
    (!rows.is_empty()).then_some(rows)
}

/// A mark in a presence sheet: "X" (or "P") present, "E" excused, "A"
/// absent.
fn is_mark(word: &str) -> bool {
    matches!(word, "X" | "x" | "E" | "A" | "P" | "AE")
}

/// A presence sheet, one member a row, with marks: "X" present, "E"
/// excused, "A" absent, then "suppléé(e) par Y", "pouvoir à Y" or just a
/// name: a substitute's, or the proxy holder's when the header has a
/// column of proxies and none of substitutes. Columns are read from tabs
/// in the input when there are any ("Conseiller\tPrésent\tExcusé\tAbsent\tPouvoir
/// à"), else from the marks' order. A commune written before each member
/// is left out; numbered rows ("12. Mme X Sophie, Adjointe X") may stand a
/// paragraph each or run together on a line. `None` unless the sheet has
/// a header and three marked rows.
fn presence_sheet(norm: &Normalized, within: Range<usize>) -> Option<Vec<Row>> {
    let text = &norm.text;
    let header_range = sheet_header(norm, within.clone())?;
    // Column names from the header's tabs.
    let header_cells: Vec<String> = norm
        .cells(header_range.clone())
        .into_iter()
        .map(|c| fold(text[c].trim()))
        .collect();
    let tabbed = header_cells.len() >= 3;
    let header_words = fold(&text[header_range.clone()]);
    let proxy_column = (header_words.contains("pouvoir") || header_words.contains("procuration"))
        && !header_words.contains("suppl");
    let aligned = Aligned::of(text, header_range.clone());
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut offset = header_range.end + 1;
    let mut past_blank = false;
    for line in lines_inclusive(&text[offset.min(within.end)..within.end]) {
        let r = offset..offset + line.trim_end().len();
        offset += line.len();
        let t = line.trim();
        if t.is_empty() {
            past_blank = !lines.is_empty();
            continue;
        }
        if t.starts_with("Légende") || t.starts_with("Legende") || fold_starts_with(t, "page ") {
            continue;
        }
        // "1. Mme X Lydie, Maire X\n\n2. M. Y Guy, Adjoint X": numbered
        // rows a paragraph each go on past a blank line; anything else
        // after one ends the sheet.
        if past_blank && !(numbered_row(t).is_some() && t.split_whitespace().any(is_mark)) {
            break;
        }
        past_blank = false;
        lines.extend(numbered_rows(text, r));
    }
    let marked = lines
        .iter()
        .filter(|r| text[(*r).clone()].split_whitespace().any(is_mark))
        .count();
    if marked < 3 {
        return None;
    }
    let family_first = NameStyle {
        given_first: false,
        ..NameStyle::default()
    };
    let caps_prefix = |r: &Range<usize>| -> Vec<String> {
        text[r.clone()]
            .split_whitespace()
            .take_while(|w| people::is_caps(w) && !is_mark(w))
            .map(str::to_string)
            .collect()
    };
    let prefixes: Vec<Vec<String>> = lines.iter().map(caps_prefix).collect();
    let common = |x: &[String], y: &[String]| x.iter().zip(y).take_while(|(a, b)| a == b).count();
    let last = lines.len().saturating_sub(1);
    let mut rows = Vec::new();
    for (n, r) in lines.iter().enumerate() {
        let r = r.clone();
        let cut_off = n == last && text[r.end..].trim().is_empty();
        // The commune shared with the next or previous row.
        let mine = &prefixes[n];
        let shared = [n.checked_sub(1), Some(n + 1)]
            .into_iter()
            .flatten()
            .filter_map(|k| prefixes.get(k))
            .map(|other| common(mine, other))
            .max()
            .unwrap_or(0);
        let skip_words = if shared > 0 && shared < mine.len() {
            shared
        } else {
            0
        };
        let mut tokens = people::tokenize(text, r.clone());
        // Columns aligned with spaces under a header "Commune  Nom  ...":
        // the name starts under "Nom".
        let skip_words = match aligned.as_ref().and_then(|a| a.name) {
            Some(name_col) if !tabbed => {
                let line_start = text[..r.start].rfind('\n').map_or(0, |p| p + 1);
                let before = tokens
                    .iter()
                    .take_while(|t| column(text, line_start, t.start) + 1 < name_col)
                    .count();
                if before < tokens.len() {
                    before
                } else {
                    skip_words
                }
            }
            _ => skip_words,
        };
        tokens.drain(..skip_words.min(tokens.len()));
        // "12. M. X Jean": the row's number.
        if numbered_row(&text[r.clone()]).is_some() {
            tokens.drain(..2.min(tokens.len()));
        }
        let guessed = NameStyle::guess(text, &tokens);
        let style = if guessed.mixed { guessed } else { family_first };
        let Some((Mention::Name(member), after)) = people::name_at(text, &tokens, 0, style) else {
            continue;
        };
        // The row's status: from its tab column, else from its mark; and a
        // holder from a tab column.
        let (status, holder_cell) = if tabbed {
            tab_status(norm, r.clone(), &header_cells)
        } else {
            let mark = tokens[after..]
                .iter()
                .find(|t| is_mark(&text[t.start..t.end]));
            // Aligned columns: the column the mark stands under says the
            // status ("X" under "Absent").
            let line_start = text[..r.start].rfind('\n').map_or(0, |p| p + 1);
            let under = mark.and_then(|t| {
                aligned
                    .as_ref()?
                    .status_under(column(text, line_start, t.start))
            });
            let written = mark
                .map(|t| text[t.start..t.end].to_uppercase())
                .and_then(|m| m.chars().next());
            (
                match (written, under) {
                    // "P" (a proxy) keeps its own meaning.
                    (Some('X'), Some(u)) => Some(u),
                    (w, _) => w,
                },
                None,
            )
        };
        // What follows the mark: a substitute or a proxy holder.
        let note = if tabbed {
            None
        } else {
            tokens
                .iter()
                .position(|t| is_mark(&text[t.start..t.end]))
                .and_then(|k| tokens.get(k + 1))
                .and_then(|next| {
                    let note_range = next.start..r.end;
                    match notes::note(text, note_range.clone()) {
                        // A bare name after the mark: a substitute, or a
                        // holder when the header has a column of proxies and
                        // none of substitutes ("... EXCUSÉ POUVOIR A").
                        Note::Other | Note::Presence(_) => cell_name(text, note_range).map(|n| {
                            if proxy_column {
                                Note::ProxyTo(Mention::Name(n), Condition::default())
                            } else {
                                Note::SubstitutedBy(Mention::Name(n))
                            }
                        }),
                        other => Some(other),
                    }
                })
        };
        let excused = match status {
            Some('E') => Some(true),
            Some('A') => Some(false),
            _ => None,
        };
        let seat = match (status, note) {
            (_, Some(Note::SubstitutedBy(Mention::Name(by)))) => Seat::Substituted {
                by,
                written: r.clone(),
            },
            (_, Some(Note::ProxyTo(holder, condition))) => Seat::Represented {
                holder,
                condition,
                written: r.clone(),
                absent: Some(Some(status == Some('E'))),
            },
            (Some('X') | Some('P'), _) => Seat::Present(None),
            (None, _) if cut_off => Seat::Unknown,
            _ => match holder_cell.and_then(|h| tab_holder(text, r.clone(), &h)) {
                Some(holder) => Seat::Represented {
                    holder: Mention::Name(holder),
                    condition: Condition::default(),
                    written: r.clone(),
                    absent: Some(excused),
                },
                None => Seat::Absent(excused),
            },
        };
        rows.push(Row { member, seat });
    }
    Some(rows)
}

/// The column (in characters) of `at` on the line starting at `line_start`.
fn column(text: &str, line_start: usize, at: usize) -> usize {
    text[line_start..at].chars().count()
}

/// A sheet's header whose columns are aligned with runs of spaces
/// ("Commune      Nom      Présent   Excusé   Absent"): where the names
/// start, when a commune's column comes first, and where each status
/// column stands.
struct Aligned {
    name: Option<usize>,
    statuses: Vec<(usize, char)>,
}

impl Aligned {
    fn of(text: &str, header: Range<usize>) -> Option<Aligned> {
        let line = &text[header.clone()];
        if !line.trim().contains("   ") {
            return None;
        }
        let line_start = text[..header.start].rfind('\n').map_or(0, |p| p + 1);
        let mut words = Vec::new();
        let mut at = 0;
        for w in line.split(' ') {
            if !w.is_empty() {
                words.push((column(text, line_start, header.start + at), fold(w)));
            }
            at += w.len() + 1;
        }
        let commune = words.iter().position(|(_, w)| w == "commune");
        let name = words
            .iter()
            .position(|(_, w)| w == "nom")
            .filter(|&n| commune.is_some_and(|c| c < n))
            .map(|n| words[n].0);
        let statuses: Vec<(usize, char)> = words
            .iter()
            .filter_map(|(c, w)| {
                if w.starts_with("present") {
                    Some((*c, 'X'))
                } else if w.starts_with("excus") {
                    Some((*c, 'E'))
                } else if w.starts_with("absent") {
                    Some((*c, 'A'))
                } else {
                    None
                }
            })
            .collect();
        (statuses.len() >= 2).then_some(Aligned { name, statuses })
    }

    /// The status of the column a mark at column `col` stands under: the
    /// header word starting nearest, six characters away at most (a mark
    /// stands under its word's start or middle).
    fn status_under(&self, col: usize) -> Option<char> {
        self.statuses
            .iter()
            .min_by_key(|(c, _)| c.abs_diff(col))
            .filter(|(c, _)| c.abs_diff(col) <= 6)
            .map(|&(_, s)| s)
    }
}

/// The number of a numbered row ("12. M. X Jean, Conseiller X"): figures
/// then a full stop and a space.
fn numbered_row(line: &str) -> Option<u32> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || !line[digits..].starts_with(". ") {
        return None;
    }
    line[..digits].parse().ok()
}

/// A line of numbered rows cut where the next number starts a row ("15.
/// M. X Lionel, Conseiller X Marie Y 16. Mme Z Catherine, ..."): the
/// numbers follow each other. A line not numbered is one row.
fn numbered_rows(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[r.clone()];
    let Some(mut n) = numbered_row(line) else {
        return vec![r];
    };
    let mut rows = Vec::new();
    let mut start = 0;
    let mut from = 0;
    loop {
        let next = format!(" {}. ", n + 1);
        let Some(p) = line[from..].find(&next).map(|p| from + p) else {
            break;
        };
        if line[p + next.len()..].starts_with(char::is_uppercase) {
            rows.push(r.start + start..r.start + line[..p].trim_end().len());
            start = p + 1;
            n += 1;
        }
        from = p + next.len();
    }
    rows.push(r.start + start..r.end);
    rows
}

/// What a status cell says of the member before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Present,
    /// Excused (`Some(true)`), not (`Some(false)`), or not said.
    Absent(Option<bool>),
    /// A proxy given to the holder written next.
    Proxy,
    /// Replaced by the substitute written next.
    Substituted,
}

/// The status written at `tokens[k]` ("Présente", "Ab", "Procuration à",
/// "Suppléé par"), and the token after it. A code followed by a colon is a
/// legend's ("Ab : absent"); a word in small letters is prose.
fn status_at(
    text: &str,
    tokens: &[Token],
    k: usize,
    legend: &[(String, Status)],
) -> Option<(Status, usize)> {
    let word_at = |j: usize| people::Words { text, tokens }.word(j);
    let word = word_at(k)?;
    // "LETELLIER P", the legend saying "P = Présent": a code it defines
    // (as written, or in capitals: "EX" for "excusés (Ex)"), not the legend
    // itself.
    if let Some(&(_, status)) = legend
        .iter()
        .find(|(code, _)| code == word || code.to_uppercase() == word)
        && !tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(':' | '=' | '/')))
        // "P/A/E", "Pvr/S": the header declaring the codes.
        && !(k > 0 && tokens[k - 1].kind == Kind::Punct('/'))
    {
        return Some((status, k + 1));
    }
    if let Some((_, meaning)) = STATUS_CODES.iter().find(|(code, _)| *code == word) {
        if tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Punct(':'))
        {
            return None;
        }
        let status = match *meaning {
            "present" => Status::Present,
            "absent" => Status::Absent(Some(false)),
            "excuse" => Status::Absent(Some(true)),
            "pouvoir" => Status::Proxy,
            _ => Status::Substituted,
        };
        return Some((status, k + 1));
    }
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let f = fold(word);
    let next = word_at(k + 1).map(fold);
    if STATUS_WORDS.contains(&f.as_str()) {
        let status = if f.starts_with("present") {
            Status::Present
        } else if f.starts_with("excuse") {
            Status::Absent(Some(true))
        } else {
            Status::Absent(None)
        };
        return Some((status, k + 1));
    }
    if STATUS_PROXY_WORDS.contains(&f.as_str()) && matches!(next.as_deref(), Some("a" | "au")) {
        return Some((Status::Proxy, k + 2));
    }
    // "A donné pouvoir à M. Vincent X", "Donne procuration à Y": the
    // observation written as a sentence, the holder next.
    let verb = match (f.as_str(), next.as_deref()) {
        ("a", Some("donne")) => Some(k + 2),
        ("donne", _) => Some(k + 1),
        _ => None,
    };
    if let Some(noun) = verb
        && word_at(noun)
            .map(fold)
            .is_some_and(|w| STATUS_PROXY_WORDS.contains(&w.as_str()))
        && word_at(noun + 1)
            .map(fold)
            .is_some_and(|w| matches!(w.as_str(), "a" | "au"))
    {
        return Some((Status::Proxy, noun + 2));
    }
    // "Représentée G. Martin", "Représenté par G. Martin": the holder
    // follows (read by the caller, a row only if a name is there).
    if STATUS_REPRESENTED_WORDS.contains(&f.as_str()) {
        return Some((
            Status::Proxy,
            k + 1 + usize::from(next.as_deref() == Some("par")),
        ));
    }
    if STATUS_SUBSTITUTE_WORDS.contains(&f.as_str()) && next.as_deref() == Some("par") {
        return Some((Status::Substituted, k + 2));
    }
    None
}

/// The codes a table's legend defines for the members present and absent
/// ("P = Présent E = Excusé", "P : présent, A : absent", "présents (P),
/// excusés (Ex), absents (A)"), when it defines one for the present: a
/// status cell of one letter is read only where the text says what it
/// means.
fn legend_letters(hay: &str) -> Vec<(String, Status)> {
    // Most texts have none: the regexes run only where "présent" follows
    // an "=" or a ":", or is followed by a code in brackets (found at
    // memchr speed).
    let legend_like = ["résent", "RÉSENT", "resent", "RESENT"]
        .iter()
        .any(|needle| {
            memchr::memmem::find_iter(hay.as_bytes(), needle.as_bytes()).any(|at| {
                let after = hay[at + needle.len()..].trim_start_matches(['e', 's', 'E', 'S']);
                hay[..hay.floor_char_boundary(at.saturating_sub(1))]
                    .trim_end_matches(' ')
                    .ends_with(['=', ':'])
                    || after.trim_start_matches(' ').starts_with('(')
            })
        });
    if !legend_like {
        return Vec::new();
    }
    let before =
        fold_regex!(r"(?i)(?:^|[\s(])((?-i:[A-Z]))\s*[=:]\s*(présente?s?|absente?s?|excusée?s?)");
    let after = fold_regex!(
        r"(?i)(?:^|\s)(présente?s?|absente?s?|excusée?s?)\s*\(((?-i:[A-Z][a-zA-Z]?))\)"
    );
    let found = before
        .captures_iter(hay)
        .map(|c| {
            (
                c.get(0).map_or(0, |m| m.end()),
                c[1].to_string(),
                c[2].to_string(),
            )
        })
        .chain(after.captures_iter(hay).map(|c| {
            // The code's bracket closes the match: the word is whole.
            (0, c[2].to_string(), c[1].to_string())
        }));
    let mut letters: Vec<(String, Status)> = Vec::new();
    for (end, letter, meaning) in found {
        // The word whole ("Présent", not "Présentation").
        if end > 0 && hay[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let meaning = fold(&meaning);
        let status = if meaning.starts_with("present") {
            Status::Present
        } else if meaning.starts_with("excuse") {
            Status::Absent(Some(true))
        } else {
            Status::Absent(None)
        };
        if !letters.iter().any(|(l, _)| *l == letter) {
            letters.push((letter, status));
        }
    }
    if !letters.iter().any(|(_, s)| *s == Status::Present) {
        letters.clear();
    }
    letters
}

/// The codes a table's column header declares by slashes, without a
/// legend: "P/A/E" over each status column (P présent, A absent, E
/// excusé, by convention), "Pvr/S" a proxy whose holder the cell does not
/// name (read absent: the holder is written elsewhere, in the proxies).
/// Only where a header names P and A or E so.
fn header_codes(hay: &str) -> Vec<(String, Status)> {
    if memchr::memchr(b'/', hay.as_bytes()).is_none() {
        return Vec::new();
    }
    let header = regex!(r"(?:^|\s)([A-Z][a-z]{0,2}(?:/[A-Z][a-z]{0,2}){1,4})\b");
    let mut letters: Vec<(String, Status)> = Vec::new();
    let mut declared = false;
    for c in header.captures_iter(hay) {
        let codes: Vec<&str> = c[1].split('/').collect();
        if codes.contains(&"P") && (codes.contains(&"A") || codes.contains(&"E")) {
            declared = true;
        }
        for code in codes {
            let status = match code {
                "P" => Status::Present,
                "A" | "Pvr" => Status::Absent(None),
                "E" => Status::Absent(Some(true)),
                _ => continue,
            };
            if !letters.iter().any(|(l, _)| l == code) {
                letters.push((code.to_string(), status));
            }
        }
    }
    if !declared {
        letters.clear();
    }
    letters
}

/// The mark of the present where a table's header names their status
/// column alone: "Délégués Titulaires Présents" over each column of a
/// flattened table whose rows end on "X" for the present and on a status
/// in words for the others ("VIALARET Josiane Excusée"): "X" (or "x") reads
/// present. Nothing where "présents" is a label or a count ("Membres
/// présents : 13", "Membres présents 13") or where another status column
/// follows it ("Présents Excusés": a table whose marks stand in several
/// columns, read with the marks).
fn present_column_mark(hay: &str) -> Vec<(String, Status)> {
    const HEADS: [&str; 6] = [
        "delegues",
        "titulaires",
        "conseillers",
        "membres",
        "elus",
        "suppleants",
    ];
    let headed = ["résents", "RÉSENTS", "RESENTS"].iter().any(|needle| {
        memchr::memmem::find_iter(hay.as_bytes(), needle.as_bytes()).any(|at| {
            let Some(p) = hay[..at].strip_suffix(['P', 'p']) else {
                return false;
            };
            let word_before = fold(p.trim_end_matches(' ').rsplit(' ').next().unwrap_or(""));
            let after = &hay[at + needle.len()..];
            if after.starts_with(char::is_alphanumeric) || !HEADS.contains(&word_before.as_str()) {
                return false;
            }
            let next = after.trim_start_matches(' ');
            let next_word = fold(next.split_whitespace().next().unwrap_or(""));
            next.starts_with(|c: char| c.is_alphabetic())
                && ![
                    "absent",
                    "excuse",
                    "procur",
                    "pouvoir",
                    "represent",
                    "suppl",
                    "votant",
                ]
                .iter()
                .any(|w| next_word.starts_with(w))
        })
    });
    if !headed {
        return Vec::new();
    }
    vec![
        ("X".to_string(), Status::Present),
        ("x".to_string(), Status::Present),
    ]
}

/// The holder or substitute written from `tokens[j]`: a family name in
/// capitals ("MILLOIR"), or an initial or given names then a family name
/// in mixed case ("P Bertrand") or in capitals ("Paul BERTRAND"). The name and the token after it.
fn status_holder(text: &str, tokens: &[Token], j: usize) -> Option<(Name, usize)> {
    let word_at = |k: usize| people::Words { text, tokens }.word(k);
    let name = |given: Option<usize>, family: usize| {
        let f = tokens[family];
        let start = given.map_or(f.start, |g| tokens[g].start);
        Name {
            civility: None,
            given: given.map(|g| tokens[g].start..tokens[family - 1].end),
            family: f.start..f.end,
            whole: start..f.end,
        }
    };
    // ("M. Philippe FREUPER-MITEUR": a civility, not an initial, before a
    // given name the lexicon knows and a family name in capitals; "M.
    // Kacimi" is an initial.)
    let j = if word_at(j)
        .and_then(people::civility)
        .is_some_and(|(c, many)| c.is_some() && !many)
        && word_at(j + 1)
            .is_some_and(|w| people::is_capitalised(w) && given_names::is_given_name(w))
        && word_at(j + 2).is_some_and(people::is_caps)
    {
        j + 1
    } else {
        j
    };
    // "A donné pouvoir à M. Vincent Goblet Marie X": after a civility, a
    // given name the lexicon knows then one capitalised word that is none,
    // the holder written in mixed case; the next cell follows.
    if word_at(j)
        .and_then(people::civility)
        .is_some_and(|(c, many)| c.is_some() && !many)
        && word_at(j + 1)
            .is_some_and(|w| people::is_capitalised(w) && given_names::is_given_name(w))
        && word_at(j + 2).is_some_and(|w| {
            people::is_capitalised(w) && !people::is_caps(w) && !given_names::is_given_name(w)
        })
    {
        return Some((name(Some(j + 1), j + 2), j + 3));
    }
    let first = word_at(j)?;
    let is_initial = |w: &str| people::is_letters_initial(w) || people::is_initial(w);
    let initial = is_initial(first);
    if people::is_caps(first) && !(initial && word_at(j + 1).is_some_and(people::is_capitalised)) {
        return Some((name(None, j), j + 1));
    }
    if !(initial || people::is_capitalised(first)) {
        return None;
    }
    let mut end = j + 1;
    if initial {
        // Initials then one family name ("G. Martin", "JM. Roux"): what
        // follows is the next cell ("G. Martin Sainte-Anne", a commune).
        while end < j + 3 && word_at(end).is_some_and(is_initial) {
            end += 1;
        }
        if word_at(end).is_some_and(people::is_capitalised) {
            end += 1;
        }
    } else {
        while end < j + 3 && word_at(end).is_some_and(people::is_capitalised) {
            end += 1;
        }
        // "Pouvoir à M. Philippe FREUPER-MITEUR X": given names, then the
        // family name in capitals.
        if word_at(end).is_some_and(people::is_caps) {
            end += 1;
        }
    }
    if end == j + 1 {
        return (!initial).then(|| (name(None, j), j + 1));
    }
    Some((name(Some(j), end - 1), end))
}

/// One row read from a status column: the member's capitals (token
/// indices, inclusive), their given names, the status, who it names.
struct StatusRow {
    run: (usize, usize),
    given: Option<Range<usize>>,
    status: Status,
    other: Option<Name>,
    /// What follows a present member's status up to the next row ("–
    /// sortie après le vote du point n°24").
    tail: Option<Range<usize>>,
    /// A status right after the previous row's, with no name of its own:
    /// `run` is the status's token.
    nameless: bool,
}

/// An attendance table flattened row by row, a status cell after each
/// member: "1 BESDETET Victoria Présente 2 ALAN NOLSACOT Jean-Luc Présent 3
/// ...", "DANLAUAUD Pr DETTOUON Pr BESVILOT Su RELVERIER Daniel Michel ...". The
/// member is the last family name in capitals before the status; a
/// holder's or substitute's name follows "Procuration à" or the code. Where
/// a fifth of the members or more carry more capitals before them, those
/// are a commune column: the family name is the last capital word, with its
/// particles. Given names written on lines of their own are left out.
/// `None` unless eight rows follow each other, nothing but names, numbers
/// and notes between them (a comma, a semicolon or a colon ends the run).
fn status_column(text: &str, within: Range<usize>) -> Option<Vec<Row>> {
    // Only a text with the status words or codes: most have none.
    let hay = &text[within.clone()];
    // A code between spaces ("BRUN Anne Pr 2"), or "Présent(e)" after a
    // name and before a space ("Victoria Présente 2"), not a label
    // ("Présents :").
    // (Searched with `memmem`: `match_indices` of a two-byte needle steps
    // through the bytes, six times over the head of every text.)
    let found = |needle: &'static str| memchr::memmem::find_iter(hay.as_bytes(), needle);
    let code = STATUS_CODES.iter().any(|(code, _)| {
        found(code).any(|at| hay[..at].ends_with(' ') && hay[at + code.len()..].starts_with(' '))
    });
    let word = found("Présent").any(|at| {
        let after = &hay[at + "Présent".len()..];
        let after = after.strip_prefix('e').unwrap_or(after);
        hay[..at].ends_with(' ')
            && hay[..at.saturating_sub(1)].ends_with(char::is_alphabetic)
            && (after.is_empty() || after.starts_with([' ', '\n']))
    });
    let mut legend = legend_letters(hay);
    if legend.is_empty() {
        legend = header_codes(hay);
    }
    if legend.is_empty() {
        legend = present_column_mark(hay);
    }
    if !code && !word && legend.is_empty() {
        return None;
    }
    let tokens = people::tokenize(text, within);
    let word_at = |k: usize| {
        people::Words {
            text,
            tokens: &tokens,
        }
        .word(k)
    };
    let caps = |k: usize| {
        word_at(k).is_some_and(|w| {
            people::is_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        })
    };
    let mut best: Vec<StatusRow> = Vec::new();
    let mut best_end = 0;
    let mut run: Vec<StatusRow> = Vec::new();
    let mut from = 0;
    let mut k = 0;
    while k < tokens.len() {
        let Some((status, after)) = status_at(text, &tokens, k, &legend) else {
            // A comma, a semicolon or a colon: prose or a legend, not a row.
            if matches!(tokens[k].kind, Kind::Punct(',' | ';' | ':')) || k >= from + 30 {
                if run.len() > best.len() {
                    best = std::mem::take(&mut run);
                    best_end = from;
                }
                run.clear();
                from = k + 1;
            }
            k += 1;
            continue;
        };
        // The member: the last capitals before the status.
        let Some(last) = (from..k).rev().find(|&j| caps(j)) else {
            // "ESNAULT Claire P P": a second status right after a row's, a
            // row whose name is written elsewhere.
            if from == k && !run.is_empty() && matches!(status, Status::Present | Status::Absent(_))
            {
                run.push(StatusRow {
                    run: (k, k),
                    given: None,
                    status,
                    other: None,
                    tail: None,
                    nameless: true,
                });
            }
            from = after;
            k = after;
            continue;
        };
        let mut first = last;
        while first > from
            && (caps(first - 1) || word_at(first - 1).is_some_and(people::is_capital_particle))
            && status_at(text, &tokens, first - 1, &legend).is_none()
        {
            first -= 1;
        }
        // Given names between the capitals and the status ("Jean-Luc").
        let given = (last + 1 < k
            && (last + 1..k).all(|j| {
                word_at(j).is_some_and(|w| {
                    people::is_capitalised(w)
                        || people::is_initial(w)
                        || people::is_letters_initial(w)
                }) || matches!(tokens[j].kind, Kind::Punct('-' | '–'))
            }))
        .then(|| tokens[last + 1].start..tokens[k - 1].end);
        let (other, next) = match status {
            Status::Proxy | Status::Substituted => match status_holder(text, &tokens, after) {
                Some((n, next)) => (Some(n), next),
                // "Titulaire Pouvoir à Titulaire": a header, not a row.
                None => {
                    from = after;
                    k = after;
                    continue;
                }
            },
            _ => (None, after),
        };
        // What a present member's status is followed by, up to the next
        // row's number or capitals.
        let mut tail_end = next;
        while tail_end < tokens.len()
            && !caps(tail_end)
            && status_at(text, &tokens, tail_end, &legend).is_none()
            && !(tokens[tail_end].kind == Kind::Number && caps(tail_end + 1))
            && !matches!(
                tokens[tail_end].kind,
                Kind::Punct(',' | ';' | ':') | Kind::Blank
            )
            && tail_end < next + 12
        {
            tail_end += 1;
        }
        let tail = (status == Status::Present
            && (next..tail_end)
                .any(|j| word_at(j).is_some_and(|w| w.starts_with(char::is_lowercase))))
        .then(|| tokens[next].start..tokens[tail_end - 1].end);
        run.push(StatusRow {
            run: (first, last),
            given,
            status,
            other,
            tail,
            nameless: false,
        });
        from = next;
        k = next;
    }
    if run.len() > best.len() {
        best = run;
        best_end = from;
    }
    if best.len() < 8 {
        return None;
    }
    // A last row without its status, the text cut inside it ("43
    // LABARTHE-INARD ALBENQU"): a row that says nothing, where the table
    // ends.
    let rest = best_end..tokens.len();
    let cut = (rest.len() <= 8
        && rest
            .clone()
            .all(|j| matches!(tokens[j].kind, Kind::Word | Kind::Number | Kind::Punct('-'))))
    .then(|| rest.clone().rev().find(|&j| caps(j)))
    .flatten();
    // A commune column: more capitals before the family name.
    let wide = best
        .iter()
        .filter(|r| {
            (r.run.0..=r.run.1)
                .filter(|&j| !word_at(j).is_some_and(people::is_capital_particle))
                .count()
                >= 2
        })
        .count();
    let communes = wide * 5 >= best.len();
    // "Commune de SÉGUR ROUVIÈRE Mireille": capitals after
    // a commune's cell heading, the commune then the member.
    let after_commune = |j: usize| {
        j >= 2
            && word_at(j - 1).is_some_and(|w| w == "de")
            && word_at(j - 2)
                .is_some_and(|w| matches!(fold(w).as_str(), "commune" | "mairie" | "ville"))
    };
    let rows = best
        .into_iter()
        .map(|r| {
            let (mut first, last) = r.run;
            if r.nameless {
                let t = tokens[first];
                return Row {
                    member: Name::word(t.start..t.end),
                    seat: Seat::Nameless,
                };
            }
            if communes || after_commune(r.run.0) {
                first = last;
                while first > r.run.0 && word_at(first - 1).is_some_and(people::is_capital_particle)
                {
                    first -= 1;
                }
            }
            let family = tokens[first].start..tokens[last].end;
            let member = Name {
                civility: None,
                whole: family.start..r.given.as_ref().map_or(family.end, |g| g.end),
                given: r.given,
                family,
            };
            let written =
                member.whole.start..r.other.as_ref().map_or(member.whole.end, |o| o.whole.end);
            let seat = match (r.status, r.other) {
                (Status::Present, _) => {
                    Seat::Present(r.tail.and_then(|t| notes::condition(text, t)))
                }
                (Status::Absent(excused), _) => Seat::Absent(excused),
                (Status::Proxy, Some(holder)) => Seat::Represented {
                    holder: Mention::Name(holder),
                    condition: Condition::default(),
                    written,
                    absent: Some(None),
                },
                (Status::Substituted, Some(by)) => Seat::Substituted { by, written },
                _ => Seat::Unknown,
            };
            Row { member, seat }
        })
        .chain(cut.map(|j| {
            let t = tokens[j];
            Row {
                member: Name::word(t.start..t.end),
                seat: Seat::CutOff,
            }
        }))
        .collect();
    Some(rows)
}

/// A roll call written as table rows with no header, one member a line,
/// the status in words in the row's last cell: "Mme | Adèle | Moreau |
/// présente |", "M. | Luc | Perrin-Tavel | absent |" (the civility cell
/// and the outer pipes optional). Of two name cells the family name is the
/// column in capitals, else the one whose words the given-name lexicon
/// knows the less. A last row cut before its status ("Mme | Hina") ends
/// the table as cut. `None` unless three rows or more follow each other.
fn roll_call(text: &str, within: Range<usize>) -> Option<Vec<Row>> {
    memchr::memchr(b'|', text[within.clone()].as_bytes())?;
    // One row: its civility, its name cells and its status.
    struct Call {
        civility: Option<Range<usize>>,
        names: Vec<Range<usize>>,
        status: Option<Seat>,
    }
    let is_name_cell = |cell: &str| {
        cell.split([' ', '-', '\''])
            .filter(|w| !w.is_empty())
            .all(|w| people::is_capitalised(w) || people::is_caps(w) || people::is_particle(w))
    };
    let call_at = |line_start: usize, line: &str| -> Option<Call> {
        if line.bytes().filter(|&b| b == b'|').count() < 2 && !line.trim_end().ends_with('|') {
            // "Mme | Hina": a row cut after its first cells.
            if line.matches('|').count() != 1 {
                return None;
            }
        }
        let mut cells: Vec<Range<usize>> = Vec::new();
        let mut from = 0;
        for part in line.split('|') {
            let start = from + (part.len() - part.trim_start().len());
            let end = from + part.trim_end().len();
            from += part.len() + 1;
            if end > start {
                cells.push(line_start + start..line_start + end);
            }
        }
        let status = cells.last().and_then(|c| {
            let f = fold(&text[c.clone()]).replace("(e)", "");
            let f = f.trim_end_matches('s');
            STATUS_WORDS.contains(&f).then_some(match f {
                "present" | "presente" => Seat::Present(None),
                "absent" | "absente" => Seat::Absent(None),
                _ => Seat::Absent(Some(true)),
            })
        });
        if status.is_some() {
            cells.pop();
        }
        let civility = cells
            .first()
            .filter(|c| {
                people::civility(&text[(*c).clone()]).is_some_and(|(c, many)| c.is_some() && !many)
            })
            .cloned();
        let names = cells[usize::from(civility.is_some())..].to_vec();
        (!names.is_empty()
            && names.len() <= 2
            && names.iter().all(|c| is_name_cell(&text[c.clone()])))
        .then_some(Call {
            civility,
            names,
            status,
        })
    };
    let mut best: Vec<Call> = Vec::new();
    let mut run: Vec<Call> = Vec::new();
    let mut offset = within.start;
    for line in lines_inclusive(&text[within]) {
        let line_start = offset;
        offset += line.len();
        match call_at(line_start, line) {
            Some(call) if call.status.is_some() => run.push(call),
            Some(cut) if run.len() >= 3 && offset >= text.trim_end().len() => run.push(cut),
            _ => {
                if run.len() > best.len() {
                    best = std::mem::take(&mut run);
                }
                run.clear();
            }
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    if best.iter().filter(|c| c.status.is_some()).count() < 3 {
        return None;
    }
    // Which of two name cells holds the family name.
    let mut votes = [0i32; 2];
    for call in best.iter().filter(|c| c.names.len() == 2) {
        for (col, cell) in call.names.iter().enumerate() {
            let cell = &text[cell.clone()];
            if people::is_caps(cell.split(' ').next().unwrap_or("")) {
                votes[col] += 2;
            }
            if given_names::is_given_name(cell.split(' ').next().unwrap_or("")) {
                votes[col] -= 1;
            }
        }
    }
    let family_col = usize::from(votes[1] >= votes[0]);
    let rows = best
        .into_iter()
        .filter_map(|call| {
            let civility = call
                .civility
                .as_ref()
                .and_then(|c| people::civility(&text[c.clone()]))
                .and_then(|(c, _)| c);
            let (given, family) = match call.names.as_slice() {
                [one] => (None, one.clone()),
                [a, b] if family_col == 1 => (Some(a.clone()), b.clone()),
                [a, b] => (Some(b.clone()), a.clone()),
                _ => return None,
            };
            let first = call.civility.clone().unwrap_or(call.names[0].clone());
            let last = call.names.last()?.clone();
            let member = Name {
                civility,
                given,
                family,
                whole: first.start..last.end,
            };
            let seat = match call.status {
                Some(seat) => seat,
                None => Seat::CutOff,
            };
            Some(Row { member, seat })
        })
        .collect();
    Some(rows)
}

/// The header line of a presence sheet in `within`.
fn sheet_header(norm: &Normalized, within: Range<usize>) -> Option<Range<usize>> {
    let hay = &norm.text[within.clone()];
    let header = sheet_header_pattern();
    // The header is one line (`^`, `$`, no `\n` inside): only lines with
    // "sen" in them (as "présent" and "présence" have), found by a literal
    // search of the lower-cased text, go to the regex. Same first match.
    let lower = &norm.lower[within.clone()];
    let mut from = 0;
    // (`memmem` searches with SIMD; `str::find` steps through the bytes.)
    while let Some(p) = memchr::memmem::find(&lower.as_bytes()[from..], b"sen") {
        let at = from + p;
        let line_start = hay[..at].rfind('\n').map_or(0, |n| n + 1);
        let line_end = hay[at..].find('\n').map_or(hay.len(), |n| at + n);
        let line = &hay[line_start..line_end];
        // "pr[ée]sen", and no colon or figure anywhere on the line.
        let pr = ["pre", "pré", "prÉ"]
            .iter()
            .any(|p| lower[..at].ends_with(p));
        if pr
            && !line.bytes().any(|b| b == b':' || b.is_ascii_digit())
            && let Some(m) = header.find(line)
        {
            let start = within.start + line_start;
            return Some(start + m.start()..start + m.end());
        }
        from = line_end;
    }
    None
}

/// Whether `line` is a presence sheet's header ("Conseiller Présent
/// Excusé Absent Pouvoir à"): a short line of column names, "présent" or
/// "présence" a word of its own (not "représentant" in a sentence).
pub(crate) fn is_sheet_header(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().map(fold).collect();
    words.len() <= 12
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "present" | "presents" | "presente" | "presentes" | "presence"
            )
        })
        && !line.bytes().any(|b| b == b':' || b.is_ascii_digit())
        && sheet_header_pattern().is_match(line)
}

/// A presence sheet's header line: a whole word naming the members, then
/// "présent(s)" or "présence", no colon or figure. The word's edges are
/// written as non-word characters, not `\b`: a Unicode `\b` makes the
/// regex slow on French text.
fn sheet_header_pattern() -> &'static regex::Regex {
    fold_regex!(
        r"(?im)^(?:[^\n:\d]*[^\w\n:\d])?(?:nom|conseill\w*|délégués?|membres?\w*|titulaires?|élus?)[^\w\n:\d][^\n:\d]*présen(?:t|ce)[^\n:\d]*$"
    )
}

/// A tab-separated row's status, from the column of its mark, and the
/// text of its proxy column ("pouvoir à").
fn tab_status(
    norm: &Normalized,
    row: Range<usize>,
    header: &[String],
) -> (Option<char>, Option<String>) {
    let text = &norm.text;
    let mut status = None;
    let mut holder = None;
    for (k, cell) in norm.cells(row).into_iter().enumerate().skip(1) {
        let head = header.get(k).map_or("", String::as_str);
        let c = text[cell].trim();
        if c.is_empty() {
            continue;
        }
        if is_mark(c) {
            status = Some(
                if head.starts_with("present") || head.starts_with("presence") {
                    'X'
                } else if head.starts_with("excus") {
                    'E'
                } else if head.starts_with("absent") {
                    'A'
                } else {
                    c.chars().next().unwrap_or('X')
                },
            );
        } else if head.contains("pouvoir") || head.contains("procuration") {
            holder = Some(c.to_string());
        } else if head.contains("suppl") {
            // A substitute's column tells nothing this reader uses, but
            // what was there is no holder.
            holder = None;
        }
    }
    (status, holder)
}

/// The holder named in a tab-separated row's proxy cell, read from the row
/// where the cell's first word is.
fn tab_holder(text: &str, row: Range<usize>, cell: &str) -> Option<Name> {
    let first_word = cell.split_whitespace().next().unwrap_or("");
    let start = row.start + text[row.clone()].rfind(first_word)?;
    cell_name(text, start..row.end)
}

/// The name in a table cell: the first one among its first four tokens.
fn cell_name(text: &str, range: Range<usize>) -> Option<Name> {
    let tokens = people::tokenize(text, range);
    let style = NameStyle::guess(text, &tokens);
    (0..tokens.len().min(4)).find_map(|i| match people::name_at(text, &tokens, i, style) {
        Some((Mention::Name(n), _)) => Some(n),
        _ => None,
    })
}

/// The cells of a Markdown row starting at `line_start`: the text between
/// each two pipes.
fn cells_between_pipes(line_start: usize, line: &str) -> Vec<Range<usize>> {
    let pipes: Vec<usize> = line
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'|')
        .map(|(i, _)| i)
        .collect();
    pipes
        .windows(2)
        .map(|w| line_start + w[0] + 1..line_start + w[1])
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn status_letters_of_the_sittings_day() {
        use super::{Seat, dated_letters};
        let rows: String = [
            "AUBERT Colette Brillac P A",
            "BARRAULT Yves Brillac A P",
            "CHAPUIS Martine Combles E A",
            "DELACROIX Serge Combles P P",
            "ESTIENNE Paul Culey A A",
            "FOURNIER Ginette Culey P E",
            "GAUTHIER Rémi Érize A P",
            "HUMBERT Odette Érize E A",
        ]
        .join(" ");
        let text = format!("Réunions :\n\n07/02 21/02\n\n{rows}");
        let seats = |sitting| -> Vec<char> {
            dated_letters(&text, 0..text.len(), sitting)
                .unwrap()
                .iter()
                .map(|r| match r.seat {
                    Seat::Present(_) => 'P',
                    Seat::Absent(Some(true)) => 'E',
                    _ => 'A',
                })
                .collect()
        };
        // The sitting's day, the first column.
        assert_eq!(seats(Some((7, 2))), "PAEPAPAE".chars().collect::<Vec<_>>());
        // No day known: the last.
        assert_eq!(seats(None), "APAPAEPA".chars().collect::<Vec<_>>());
        // Seven rows are no table.
        let short = text.replace("HUMBERT Odette Érize E A", "");
        assert!(dated_letters(&short, 0..short.len(), None).is_none());
    }

    #[test]
    fn one_letter_marks_a_legend_defines() {
        use super::{Status, header_codes, legend_letters};
        assert_eq!(
            legend_letters("... HENRY P = Présent E = Excusé"),
            [
                ("P".to_string(), Status::Present),
                ("E".to_string(), Status::Absent(Some(true)))
            ]
        );
        assert_eq!(
            legend_letters("(P : présente, A : absente)"),
            [
                ("P".to_string(), Status::Present),
                ("A".to_string(), Status::Absent(None))
            ]
        );
        // The code in brackets after the word it stands for.
        assert_eq!(
            legend_letters("Sont présents (P), excusés (Ex), absents (A) :"),
            [
                ("P".to_string(), Status::Present),
                ("Ex".to_string(), Status::Absent(Some(true))),
                ("A".to_string(), Status::Absent(None))
            ]
        );
        assert!(legend_letters("présents (voir annexe)").is_empty());
        // No letter for the present: no legend; a word that goes on is none.
        assert!(legend_letters("E = Excusé").is_empty());
        assert!(legend_letters("P = Présentation").is_empty());
        // A letter of more than one byte before the word: no slicing inside it.
        assert!(legend_letters("Ñrésent = X").is_empty());
        assert_eq!(
            header_codes("NOM Prénom P/A/E Pvr/S"),
            vec![
                ("P".to_string(), Status::Present),
                ("A".to_string(), Status::Absent(None)),
                ("E".to_string(), Status::Absent(Some(true))),
                ("Pvr".to_string(), Status::Absent(None)),
            ]
        );
        assert!(header_codes("Pvr/S and A/B").is_empty());
    }

    #[test]
    fn a_mark_under_the_present_column_alone() {
        use super::present_column_mark;
        let header = "Délégués Titulaires Présents Délégués Titulaires Présents Commune de";
        assert_eq!(present_column_mark(header).len(), 2);
        // A label, a count, or a header with more status columns: no mark.
        assert!(present_column_mark("Membres présents : 13").is_empty());
        assert!(present_column_mark("Membres présents 13 Membres absents 3").is_empty());
        assert!(present_column_mark("Délégués Présents Excusés Procuration à").is_empty());
        assert!(present_column_mark("Conseillers présentement réunis").is_empty());
    }

    #[test]
    fn roll_call_rows_without_a_header() {
        use super::{Seat, roll_call};
        let families = |text: &str| -> Vec<(String, bool)> {
            roll_call(text, 0..text.len())
                .unwrap_or_default()
                .into_iter()
                .map(|r| {
                    (
                        text[r.member.family].to_string(),
                        r.seat == Seat::Present(None),
                    )
                })
                .collect()
        };
        let text = "M. | Jules | Carrel | présent |\nMme | Anne | Vidal | absente |\nM. | Marc | Le Dantec | présent |\n";
        assert_eq!(
            families(text),
            [
                ("Carrel".to_string(), true),
                ("Vidal".to_string(), false),
                ("Le Dantec".to_string(), true)
            ]
        );
        // The family name in capitals first, no civility, no outer pipes.
        let text = "CARREL | Jules | Présent\nVIDAL | Anne | Excusée\nDANTEC | Marc | Présent";
        assert_eq!(families(text)[1], ("VIDAL".to_string(), false));
        // A last row cut before its status ends the table as cut.
        let text = "M. | Jules | Carrel | présent |\nMme | Anne | Vidal | absente |\nM. | Marc | Roy | présent |\nMme | Léa";
        let rows = roll_call(text, 0..text.len()).unwrap();
        assert_eq!(rows.last().map(|r| &r.seat), Some(&Seat::CutOff));
        // Two rows are no table; a table of amounts is none either.
        let text = "M. | Jules | Carrel | présent |\nMme | Anne | Vidal | absente |";
        assert!(roll_call(text, 0..text.len()).is_none());
        let text = "| Région | 93 000 € | 15 % |\n| Etat | 40 000 € | 5 % |\n| Total | 1 € | 1 % |";
        assert!(roll_call(text, 0..text.len()).is_none());
    }

    #[test]
    fn flattened_marks_read_present_only_when_the_absent_carry_none() {
        use super::{Seat, flat_marks};
        let seats = |text: &str| -> Vec<(String, Seat)> {
            flat_marks(text, &text.to_ascii_lowercase(), 0..text.len())
                .unwrap_or_default()
                .into_iter()
                .map(|r| (text[r.member.family].to_string(), r.seat))
                .collect()
        };
        let text = "PRESENT ABSENT\nMonsieur Jean AUBIN X\nMadame Rose BRUNEL X\nAbsente, donne pouvoir à Madame Léa COSTE Monsieur Jean AUBIN\nMonsieur Paul DIARD X Madame Eva FERRAND X\nMonsieur Noé GIRARD Excusé\n";
        let read = seats(text);
        assert_eq!(read.len(), 6);
        assert_eq!(read[0], ("AUBIN".to_string(), Seat::Present(None)));
        assert!(matches!(&read[2], (m, Seat::Represented { holder, .. })
            if m == "COSTE" && matches!(holder, super::Mention::Name(h) if &text[h.family.clone()] == "AUBIN")));
        assert_eq!(read[5], ("GIRARD".to_string(), Seat::Absent(Some(true))));
        // A row told in words that carries a mark too: the marks stand in
        // both columns, the bare ones say nothing certain.
        let text = "PRESENTS EXCUSES\nMonsieur Jean AUBIN X\nMadame Rose BRUNEL X\nMadame Léa COSTE X Excusée\nMonsieur Paul DIARD X\nMadame Eva FERRAND X\n";
        let read = seats(text);
        assert_eq!(read[0].1, Seat::Marked);
        // No row told in words: nothing says which column the marks are in.
        let text = "PRESENT ABSENT\nMonsieur Jean AUBIN X\nMadame Rose BRUNEL X\nMadame Léa COSTE X\nMonsieur Paul DIARD X\nMadame Eva FERRAND X\n";
        assert!(seats(text).iter().all(|(_, s)| *s == Seat::Marked));
        // A label, not a header.
        let text = "Présents excusés : Monsieur Jean AUBIN X, Madame Rose BRUNEL X";
        assert!(seats(text).is_empty());
    }

    #[test]
    fn flattened_marks_without_civilities_read_only_the_proxies() {
        use super::{Seat, flat_marks};
        let text = "Communes Délégués Présents Excusés Procuration à BODIN Marc X LEROUX Anne X M. BODIN SAULXY PERRET Hugo X TAVEL Léa X GROUE Paul X UBERT Lise X VALLET Yves X WEBER Eva X AUBRY Noé X";
        let rows = flat_marks(text, &text.to_ascii_lowercase(), 0..text.len()).unwrap();
        let leroux = rows
            .iter()
            .find(|r| &text[r.member.family.clone()] == "LEROUX")
            .unwrap();
        assert!(
            matches!(&leroux.seat, Seat::Represented { holder: super::Mention::Name(h), .. }
            if &text[h.family.clone()] == "BODIN")
        );
        // The commune is no one; the bare marks say nothing certain.
        let perret = rows
            .iter()
            .find(|r| &text[r.member.family.clone()] == "PERRET")
            .unwrap();
        assert_eq!(perret.seat, Seat::Marked);
    }

    #[test]
    fn numbered_rows_run_together_on_one_line() {
        let text = "5. M. PIERRAT Alain, Conseiller X Gérard GRANDCLAUDE 6. Mme THIRIET Nadège X";
        let rows: Vec<&str> = super::numbered_rows(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            rows,
            [
                "5. M. PIERRAT Alain, Conseiller X Gérard GRANDCLAUDE",
                "6. Mme THIRIET Nadège X"
            ]
        );
        let text = "PIERRAT Alain X 6. Mme THIRIET";
        assert_eq!(super::numbered_rows(text, 0..text.len()).len(), 1);
    }

    #[test]
    fn sheet_header_is_the_word_boundary_pattern() {
        let with_boundaries = regex::Regex::new(
            r"(?im)^[^\n:\d]*\b(?:nom|conseill\w*|d[ée]l[ée]gu[ée]s?|membres?\w*|titulaires?|[ée]lus?)\b[^\n:\d]*pr[ée]sen(?:t|ce)[^\n:\d]*$",
        )
        .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut lines: Vec<String> = [
            "Nom\tPrésent\tExcusé",
            "NOM PRÉNOM PRÉSENCE",
            "Conseillers municipaux présents",
            "Élus présents ou représentés",
            "élus présents",
            "désélus présents",
            "Membres présents",
            "Membresprésents",
            "MEMBRESDUCONSEIL PRÉSENT ABSENT",
            "nominations présentées",
            "Délégués titulaires présents",
            "Les membres du bureau sont représentés par le groupe",
            "Les conseillers présents : 12",
            "prénom nom présence",
            "nom",
        ]
        .map(String::from)
        .into();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                lines.extend(text.lines().map(String::from));
            }
        }
        let mut headers = 0;
        for line in &lines {
            let expected = with_boundaries.find(line).map(|m| m.range());
            assert_eq!(
                super::sheet_header_pattern().find(line).map(|m| m.range()),
                expected,
                "{line:?}"
            );
            headers += usize::from(expected.is_some());
        }
        assert!(headers >= 8, "{headers} header lines");
    }
}
