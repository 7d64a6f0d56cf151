//! Lists of people: names separated by commas, semicolons, "et", " - " or
//! line breaks, with their functions ("Maire", "Vice-présidents") and
//! notes in parentheses.

use std::ops::Range;

use super::name::{NameStyle, member_body_at, name_at};
use super::tokens::{Kind, Token, Words, in_parens, inline, next_line, skip_parens, tokenize};
use super::words::{
    civility, is_article, is_capital_particle, is_capitalised, is_caps, is_caps_sentence_ender,
    is_function_word, is_group_heading_word, is_initial, is_letters_initial, is_margin_word,
    is_particle, is_place_link, letters, opens_on_minutes_verb,
};
use super::{Civility, Mention, Name};
use crate::grammar::date::month_number;
use crate::grammar::given_names::{GivenName, given_name, is_given_name};
use crate::text::{fold, fold_char, folds_to, initial_among, with_fold};
use crate::vocabulary::{
    BODY_NOUNS, NOBODY, ORGANISATION_NOUNS, PLACE_NOUNS, STAFF_TITLES, STAMP_WORDS,
};

/// One entry of a list: a mention and what is written right after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) mention: Mention,
    /// Civility given to a whole group ("MM. X et Y"), when none is written.
    pub(crate) group_civility: Option<Civility>,
    /// Parenthesised notes after the name ("(à partir de la question n°13)").
    pub(crate) notes: Vec<Range<usize>>,
    /// The function written after the name ("Maire", "1ère adjointe").
    pub(crate) function: Option<Range<usize>>,
    /// What stood before this entry, after a separator, and could not be
    /// read as a member ("M. Jean-Claude D'," cut by the extraction): the
    /// list went on past it.
    pub(crate) skipped: Option<Range<usize>>,
}

impl Entry {
    /// A name read outside the list grammar, with the notes written after
    /// it: no group civility, function or skipped words.
    pub(crate) fn named(name: Name, notes: Vec<Range<usize>>) -> Entry {
        Entry {
            mention: Mention::Name(name),
            group_civility: None,
            notes,
            function: None,
            skipped: None,
        }
    }
}

/// "Philippe CAISGOZ - COROUGE" in a list whose names are "Prénom NOM"
/// separated by dashes: a lone family name in capitals right after a name,
/// across a spaced dash, ends that name's family name ("CAISGOZ-COROUGE").
fn join_spaced_hyphen(text: &str, entries: &mut Vec<Entry>) {
    let full = |e: &Entry| matches!(&e.mention, Mention::Name(n) if n.given.is_some());
    if entries.iter().filter(|e| full(e)).count() < 2 {
        return;
    }
    let mut k = 1;
    while k < entries.len() {
        let joined = match (&entries[k - 1].mention, &entries[k].mention) {
            (Mention::Name(a), Mention::Name(b))
                if a.given.as_ref().is_some_and(|g| g.start < a.family.start)
                    && a.family.end == a.whole.end
                    && b.given.is_none()
                    && b.civility.is_none()
                    && entries[k].notes.is_empty()
                    && is_caps(&text[b.family.clone()])
                    && !text[b.family.clone()].contains([' ', '-'])
                    && matches!(text[a.whole.end..b.whole.start].trim(), "-" | "–") =>
            {
                Some(Name {
                    family: a.family.start..b.family.end,
                    whole: a.whole.start..b.whole.end,
                    ..a.clone()
                })
            }
            _ => None,
        };
        match joined {
            Some(name) => {
                entries[k - 1].mention = Mention::Name(name);
                entries.remove(k);
            }
            None => k += 1,
        }
    }
}

/// "Mme Elodie\n\nSOLDERMANN": a blank line inside a name (a civility and
/// a given name before it, a family name in capitals after it) is no
/// paragraph break; nor after a list's separator and a known given name
/// ("..., Gaston\n\nPERILLAT, ...": PDF lines kept a blank line apart).
fn name_across_blank(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let word = |t: &Token| (t.kind == Kind::Word).then(|| &text[t.start..t.end]);
    let opens_name = |t: &Token| {
        word(t).and_then(civility).is_some() || matches!(t.kind, Kind::Punct(',' | ';' | ':'))
    };
    let inside_name = |k: usize| {
        k >= 2
            && k + 1 < tokens.len()
            && tokens[k].kind == Kind::Blank
            && opens_name(&tokens[k - 2])
            && word(&tokens[k - 1]).is_some_and(|w| {
                is_capitalised(w)
                    && !is_caps(w)
                    && (tokens[k - 2].kind == Kind::Word || is_given_name(w))
            })
            && word(&tokens[k + 1]).is_some_and(|w| is_caps(w) && civility(w).is_none())
    };
    // Line breaks are spaces in an inline list: the blank goes.
    (0..tokens.len())
        .filter(|&k| !inside_name(k))
        .map(|k| tokens[k])
        .collect()
}

/// "Anne TRAX – CC Val de Brume ; Paul DORAN – SAINT-MARTIN ; ...": in a
/// list separated by semicolons whose entries each end with what the member
/// stands for after a dash (a commune, a body, left blank when the
/// extraction lost it), that tail is no one: it goes, dash included. Only
/// when three entries or more and two thirds of them end so, and never a
/// tail that holds a civility, a name (a known given name then capitals)
/// or opens on a function ("– Maire" is read as a function).
fn drop_affiliations(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let semicolons = tokens
        .iter()
        .filter(|t| t.kind == Kind::Punct(';'))
        .take(2)
        .count();
    if semicolons < 2 {
        return tokens;
    }
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let is_dash = |k: usize| matches!(tokens[k].kind, Kind::Punct('-' | '–'));
    // The entries: tokens between semicolons, a blank line or a full stop
    // ending the list.
    let mut entries: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for (k, t) in tokens.iter().enumerate() {
        match t.kind {
            Kind::Punct(';') => {
                entries.push(from..k);
                from = k + 1;
            }
            Kind::Blank => break,
            // "VILLIERS. Absents": a full stop before a space ends the list
            // ("C.C" is one word).
            Kind::Punct('.') if text[t.end..].starts_with(char::is_whitespace) => break,
            _ => continue,
        }
    }
    let end = (from..tokens.len())
        .find(|&k| {
            matches!(tokens[k].kind, Kind::Blank)
                || tokens[k].kind == Kind::Punct('.')
                    && text[tokens[k].end..].starts_with(char::is_whitespace)
        })
        .unwrap_or(tokens.len());
    if from < end {
        entries.push(from..end);
    }
    // The tail of an entry: from its last dash with a space after it, after
    // a family name in capitals.
    let tail = |e: &Range<usize>, known: bool| -> Option<Range<usize>> {
        let d = e.clone().rev().find(|&k| {
            is_dash(k) && (k + 1 == e.end || text[tokens[k].end..].starts_with(char::is_whitespace))
        })?;
        let caps_before = (e.start..d).any(|k| word(k).is_some_and(is_caps));
        // "CCVA : Morin Jean Yves - Aigueblanche": or a name in small
        // letters, family name first (after a group's heading), its given
        // name known on two thirds of the entries.
        let from = (e.start..d)
            .rev()
            .find(|&k| tokens[k].kind == Kind::Punct(':'))
            .map_or(e.start, |k| k + 1);
        let mixed_before = (2..=4).contains(&(d - from))
            && (from..d).all(|k| word(k).is_some_and(|w| is_capitalised(w) && !is_caps(w)))
            && (!known || (from + 1..d).any(|k| word(k).is_some_and(is_given_name)));
        let spaced = d > e.start
            && (text[..tokens[d].start].ends_with(char::is_whitespace)
                || word(d - 1).is_some_and(is_caps));
        let named = (d + 1..e.end).any(|k| {
            word(k).is_some_and(|w| {
                civility(w).is_some()
                    || is_capitalised(w)
                        && !is_caps(w)
                        && is_given_name(w)
                        && word(k + 1).is_some_and(|x| {
                            (is_caps(x) || mixed_before && is_capitalised(x)) && !is_place_link(x)
                        })
            })
        });
        let function = word(d + 1).is_some_and(is_function_word);
        ((caps_before || mixed_before) && spaced && !named && !function && e.end - d <= 10)
            .then_some(d..e.end)
    };
    if entries.len() < 3 {
        return tokens;
    }
    let known = entries.iter().filter_map(|e| tail(e, true)).count();
    if known * 3 < entries.len() * 2 {
        return tokens;
    }
    let tails: Vec<Range<usize>> = entries.iter().filter_map(|e| tail(e, false)).collect();
    let mut tails = tails.into_iter().peekable();
    let mut kept = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.into_iter().enumerate() {
        while tails.peek().is_some_and(|r| r.end <= k) {
            tails.next();
        }
        if !tails.peek().is_some_and(|r| r.contains(&k)) {
            kept.push(t);
        }
    }
    kept
}

/// "Noms Collectivités Observations diverses DEGRAL Serge CCVLB DENDIFRAS
/// Philippe CCVLB ... CINLEURAR Francis CCVLB Pouvoir de FOTRIZ Michel ...": a
/// table of members flattened row by row, each row a name written family
/// name first (a word in capitals, then a capitalised one), then the cells
/// of the other columns: a body's code or a commune in capitals, an
/// observation. The cells in capitals that open what stands between a
/// row's given name and the next row's family name are no one: they go
/// (an observation, "Pouvoir de X", stays, a note of the row). The
/// columns' header heading the list ("Noms Collectivités ...") goes too.
/// Only where three rows or more carry such cells, two thirds of the rows
/// at least, and a header names the columns, or a cell repeats on three
/// rows, or the last row ends on one.
fn cells_after_names(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mixed = |x: &str| is_capitalised(x) && !is_caps(x);
    // The header: "Nom(s)" and the other columns' words, capitalised, up
    // to the first word in capitals.
    let first = tokens
        .iter()
        .position(|t| t.kind != Kind::Newline)
        .unwrap_or(0);
    let mut header = first;
    if word(first).is_some_and(|x| with_fold(x, |f| matches!(f, "nom" | "noms"))) {
        header += 1;
        while word(header).is_some_and(|x| {
            (mixed(x) || x.chars().all(char::is_lowercase)) && civility(x).is_none()
        }) {
            header += 1;
        }
        if header < first + 2 || !word(header).is_some_and(is_caps) {
            header = first;
        }
    }
    let headed = header > first;
    // The rows: a family name in capitals (its particles before it) and
    // the capitalised given names after it, not inside a note ("Pouvoir de
    // FOTRIZ Michel").
    let family_at = |k: usize| {
        word(k).is_some_and(|x| {
            is_caps(x)
                && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !is_capital_particle(x)
                && civility(x).is_none()
        }) && word(k + 1).is_some_and(|x| mixed(x) && !is_stop_word_capitalised(x))
            && !(k > 0
                && word(k - 1)
                    .is_some_and(|b| with_fold(b, |f| matches!(f, "de" | "a" | "par" | "du"))))
    };
    let mut rows: Vec<(usize, usize)> = Vec::new();
    let mut k = header;
    while k < tokens.len() {
        if family_at(k) {
            let mut start = k;
            while start > header && word(start - 1).is_some_and(is_capital_particle) {
                start -= 1;
            }
            let mut end = k + 1;
            while word(end).is_some_and(|x| mixed(x) && !is_stop_word_capitalised(x)) {
                end += 1;
            }
            rows.push((start, end));
            k = end;
        } else {
            k += 1;
        }
    }
    // (The list opens on its first row's family name: "Jean X VILLE Paul
    // Y" is a list written given name first.)
    if rows.len() < 3 || rows[0].0 != header {
        return tokens;
    }
    // Each row's cells: the words in capitals (and dashes between them)
    // from its given names on, up to the next row or a note.
    let list_end = tokens[header..]
        .iter()
        .position(|t| matches!(t.kind, Kind::Blank))
        .map_or(tokens.len(), |p| header + p);
    let mut cells: Vec<Range<usize>> = Vec::new();
    let mut trailing = false;
    for (r, &(_, end)) in rows.iter().enumerate() {
        let next = rows.get(r + 1).map_or(list_end, |n| n.0);
        // (A cell opens on a word in capitals right after the given name,
        // no separator: no place's noun nor function, "COMMUNE DE X",
        // "ADJOINTS", which other readings take.)
        let cell_word = |x: &str| {
            is_caps(x)
                && civility(x).is_none()
                && !is_function_word(x)
                && !with_fold(x, |f| {
                    PLACE_NOUNS.contains(&f) || ORGANISATION_NOUNS.contains(&f)
                })
        };
        let mut j = end;
        while j < next
            && (word(j).is_some_and(cell_word)
                || j > end
                    && tokens[j].kind == Kind::Punct('-')
                    && word(j + 1).is_some_and(cell_word))
        {
            j += 1;
        }
        if j > end {
            cells.push(end..j);
            trailing |= r + 1 == rows.len()
                && tokens[j..next]
                    .iter()
                    .all(|t| matches!(t.kind, Kind::Newline | Kind::Blank | Kind::Punct('.')));
        }
    }
    if cells.len() < 3 || cells.len() * 3 < rows.len() * 2 {
        return tokens;
    }
    let repeated = cells.iter().any(|c| {
        let x = &text[tokens[c.start].start..tokens[c.start].end];
        cells
            .iter()
            .filter(|d| &text[tokens[d.start].start..tokens[d.start].end] == x)
            .count()
            >= 3
    });
    if !(headed || repeated || trailing) {
        return tokens;
    }
    let mut cells = cells.into_iter().peekable();
    let mut kept = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.into_iter().enumerate() {
        while cells.peek().is_some_and(|c| c.end <= k) {
            cells.next();
        }
        if k >= first && k < header || cells.peek().is_some_and(|c| c.contains(&k)) {
            continue;
        }
        kept.push(t);
    }
    kept
}

/// A capitalised word that opens a note rather than a name: "Pouvoir",
/// "Procuration".
fn is_stop_word_capitalised(x: &str) -> bool {
    matches!(x, "Pouvoir" | "Pouvoirs" | "Procuration" | "Procurations")
}

/// Reads a list of people in `text[range]`: separated by commas,
/// semicolons, "et", " - " or line breaks, with functions ("Maire",
/// "Vice-présidents") and notes in parentheses. Stops at the first thing
/// that is neither. Returns the entries and where reading stopped.
pub(crate) fn list(text: &str, range: Range<usize>) -> (Vec<Entry>, usize) {
    let tokens = commune_rows(
        text,
        row_numbers(
            text,
            row_labels_before_leaders(text, cells_after_names(text, tokenize(text, range.clone()))),
        ),
    );
    let style = NameStyle::guess(text, &tokens);
    let line_mode = is_line_mode(text, &tokens);
    let civility_lines = line_mode && civility_per_line(text, &tokens);
    let tokens = if line_mode {
        tokens
    } else {
        drop_affiliations(
            text,
            name_across_blank(text, inline(strip_margin(text, tokens))),
        )
    };
    let (mut entries, stop, caps_places) =
        list_tokens(text, &tokens, style, line_mode, civility_lines, range.end);
    trim_run_together(text, &tokens, &mut entries, stop);
    join_spaced_hyphen(text, &mut entries);
    split_two_names(text, &mut entries);
    split_lost_dash(text, &mut entries);
    split_at_capital_et(text, &mut entries);
    communes_after_surnames(text, &mut entries, caps_places);
    surnames_cut_by_spaces(text, &mut entries);
    surnames_run_together(text, &mut entries);
    places_of_a_table(text, &mut entries);
    places_read_as_names(text, &mut entries);
    organisations_before_names(text, &mut entries);
    communes_before_civilities(text, &mut entries);
    next_heading_run_in(text, &mut entries);
    // "..., DELEGUE SUPPLEANT ABSENTS EXCUSES": the next list's label in
    // capitals run into this one, without its colon, is no one.
    entries.retain(|e| {
        !matches!(&e.mention, Mention::Name(n) if n.given.is_none()
        && n.civility.is_none()
        && text[n.family.clone()].split_whitespace().all(|x| {
            with_fold(x, |f| is_standing_word(f.strip_suffix('s').unwrap_or(f)))
        }))
    });
    if line_mode {
        drop_place_lines(text, &mut entries);
    }
    (entries, stop)
}

/// "Commune de VAUX Madame Anne X (DT) Commune de BRENS Commune d'ORMES
/// Monsieur Paul Y": a table of communes flattened, each row's heading
/// without a colon, some rows empty. A heading is the noun ("Commune",
/// "Ville"), its link and up to six words in capitals (or none, the name
/// blanked), then a civility, the next heading, a line's end or the list's;
/// where three at least are so written, they go.
fn commune_rows(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let w = Words {
        text,
        tokens: &tokens,
    };
    let noun = |k: usize| {
        w.word(k)
            .is_some_and(|x| matches!(x, "Commune" | "COMMUNE" | "Ville" | "VILLE"))
    };
    let heading = |k: usize| -> Option<usize> {
        if !noun(k) {
            return None;
        }
        let mut j = k + 1;
        match w.word(j) {
            Some("de" | "du" | "des" | "DE" | "DU" | "DES") => j += 1,
            Some("d" | "D") if w.is(j + 1, Kind::Punct('\'')) => j += 2,
            Some(x) if fold_starts_with_elision(x) && x.get(2..).is_some_and(is_caps) => j += 1,
            _ => return None,
        }
        let stop = j + 6;
        while j < stop
            && (w.word(j).is_some_and(|x| {
                (is_caps(x) && civility(x).is_none() || is_place_link(x))
                    && !is_caps_heading_noun(x)
            }) || j > k + 2
                && tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '\''))))
        {
            j += 1;
        }
        let ends = j == tokens.len()
            || matches!(
                tokens[j].kind,
                Kind::Newline | Kind::Blank | Kind::Punct(';')
            )
            || noun(j)
            || w.word(j).and_then(civility).is_some();
        ends.then_some(j)
    };
    let mut rows = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        match heading(k) {
            Some(end) => {
                rows.push(k..end);
                k = end;
            }
            None => k += 1,
        }
    }
    if rows.len() < 3 {
        return tokens;
    }
    without_rows(tokens, rows)
}

/// "COMMUNE", "VILLE": the next row's heading noun in capitals.
fn is_caps_heading_noun(x: &str) -> bool {
    matches!(x, "COMMUNE" | "VILLE")
}

/// "1. Commune de Vaux Madame Anne X (DT) 2. Monsieur Paul Y (DT) 3. 4.
/// Commune de Brens Monsieur Luc Z": a numbered table flattened, each row
/// its number and a full stop, empty rows kept. Where they count on one
/// by one (four rows at least, from 1 or 2 opening a line or after a
/// colon), each number, or each run of empty rows' numbers, parts two
/// entries as a semicolon would.
fn row_numbers(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let number = |k: usize| -> Option<u32> {
        let t = tokens.get(k)?;
        (t.kind == Kind::Number
            && tokens
                .get(k + 1)
                .is_some_and(|d| d.kind == Kind::Punct('.') && d.start == t.end))
        .then(|| text[t.start..t.end].parse().ok())
        .flatten()
    };
    // The first row opens the list or a line, or follows a colon (a
    // lead-in before it: "MM. les délégués titulaires ou suppléants :").
    let Some(first) = (0..tokens.len()).find(|&k| {
        number(k).is_some_and(|n| n <= 2)
            && (k == 0
                || matches!(
                    tokens[k - 1].kind,
                    Kind::Newline | Kind::Blank | Kind::Punct(':')
                ))
    }) else {
        return tokens;
    };
    let mut rows = vec![first];
    let mut next = number(first).unwrap_or(0) + 1;
    for k in first + 2..tokens.len() {
        if number(k) == Some(next) {
            rows.push(k);
            next += 1;
        }
    }
    if rows.len() < 4 {
        return tokens;
    }
    // Each number, or a run of empty rows' numbers, parts two rows as a
    // semicolon would; none before the first row.
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut rows = rows.into_iter().peekable();
    let mut k = 0;
    while k < tokens.len() {
        if rows.peek() == Some(&k) {
            rows.next();
            if out
                .last()
                .is_some_and(|t| !matches!(t.kind, Kind::Punct(';') | Kind::Newline | Kind::Blank))
            {
                out.push(Token {
                    kind: Kind::Punct(';'),
                    ..tokens[k]
                });
            }
            k += 2;
            continue;
        }
        out.push(tokens[k]);
        k += 1;
    }
    out
}

/// "Syndicat de Vaux ........ M. X, M. Y\nVille de Brens ..... M. Z": a
/// table whose rows each open on the member body's name, dotted leaders
/// to its delegates. The words from the line's start to the leaders (no
/// civility among them, eight at most) are no one: they go, with the
/// leaders, where two rows at least are so written, a civility after
/// each row's leaders.
fn row_labels_before_leaders(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let dot = |t: &Token| matches!(t.kind, Kind::Punct('.' | '…'));
    let mut rows = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !dot(&tokens[k]) {
            k += 1;
            continue;
        }
        let run = k;
        while k < tokens.len() && dot(&tokens[k]) {
            k += 1;
        }
        let dots: usize = tokens[run..k]
            .iter()
            .map(|t| if t.kind == Kind::Punct('…') { 3 } else { 1 })
            .sum();
        let line = tokens[..run]
            .iter()
            .rposition(|t| matches!(t.kind, Kind::Newline | Kind::Blank))
            .map_or(0, |p| p + 1);
        let label = &tokens[line..run];
        let civility_after = tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && civility(&text[t.start..t.end]).is_some());
        if dots >= 3
            && civility_after
            && (1..=8).contains(&label.iter().filter(|t| t.kind == Kind::Word).count())
            && label.iter().all(|t| {
                matches!(
                    t.kind,
                    Kind::Word | Kind::Number | Kind::Punct('\'' | '’' | '-')
                ) && civility(&text[t.start..t.end]).is_none()
            })
        {
            rows.push(line..k);
        }
    }
    if rows.len() < 2 {
        return tokens;
    }
    without_rows(tokens, rows)
}

/// `tokens` without those of `rows` (ranges of token indices, in order).
fn without_rows(tokens: Vec<Token>, rows: Vec<Range<usize>>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut rows = rows.into_iter().peekable();
    for (k, t) in tokens.into_iter().enumerate() {
        while rows.peek().is_some_and(|r| r.end <= k) {
            rows.next();
        }
        if !rows.peek().is_some_and(|r| r.contains(&k)) {
            out.push(t);
        }
    }
    out
}

/// "BRION M. AUBRY M. BOREL LA FERTE SOUS BOIS M. CAMUS SAINT ROCH M.
/// DUVAL": a table of communes and their delegates
/// flattened, each delegate a civility and a family name alone, the next
/// commune's name in capitals run into it. Where the civilities name no
/// given name and three entries or more run to three words in capitals
/// (a family name of three words being rare, three of them in one list
/// rarer), each family name is its first word, with the particles before
/// it.
fn communes_after_surnames(text: &str, entries: &mut Vec<Entry>, caps_places: bool) {
    let surname_only = |e: &Entry| match &e.mention {
        Mention::Name(n) => {
            (n.civility.is_some() || e.group_civility.is_some()) && n.given.is_none()
        }
        Mention::Role(..) => false,
    };
    // (Not every entry: the first commune may be read as a name, an
    // initial as a given name.)
    let with_civility = entries.iter().filter(|e| surname_only(e)).count();
    if with_civility < 4 || !caps_places && with_civility * 4 < entries.len() * 3 {
        return;
    }
    // Where the family name's first word stands (after its particles), when
    // only words in capitals of two letters or more follow it ("BOREL LA
    // FERTE SOUS BOIS"; not "BERTIN de la MOTTE", "LECOMTE D ORVILLE").
    let cut = |n: &Name| -> Option<(usize, usize)> {
        let ws = space_words(text, n.family.clone());
        let first = ws
            .iter()
            .position(|w| !is_capital_particle(&text[w.clone()]))?;
        let rest = &ws[first + 1..];
        // (Where communes were read run into the list, their links in small
        // letters too: "CHAPEAU le REAL".)
        let link = |x: &str| caps_places && is_small_place_link(x);
        (!rest.is_empty()
            && rest.iter().all(|w| {
                let x = &text[w.clone()];
                link(x) || is_caps(x) && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
            }))
        .then(|| (ws[first].end, ws.len()))
    };
    let (mut long, mut two) = (0, 0);
    for e in entries.iter().filter(|e| surname_only(e)) {
        if let Mention::Name(n) = &e.mention
            && let Some((_, len)) = cut(n)
        {
            if len >= 3 {
                long += 1;
            } else {
                two += 1;
            }
        }
    }
    // "M. AUBRAC LANVEN M. BOLLEC ... Mme CORVEN PLOUZEN": or
    // one of its communes in three words or more, and five entries or more
    // (a fifth of the entries at least) run to two words in capitals, as
    // many family names of two words in one list being rarer still.
    let many = long >= 1 && long + two >= 5 && (long + two) * 5 >= with_civility;
    if long < 3 && !many && !caps_places {
        return;
    }
    // The first commune, before the first civility, is no one; where
    // communes were read run into the list, no entry without a civility is.
    let commune = |e: &Entry| {
        matches!(&e.mention, Mention::Name(n) if n.civility.is_none()
            && e.group_civility.is_none() && n.given.is_none())
    };
    if caps_places {
        entries.retain(|e| !commune(e));
    } else if entries.first().is_some_and(commune) {
        entries.remove(0);
    }
    // (Each member with a civility, a given name written or not: "Mme
    // Anne DAVEL KERSALEN".)
    let with_a_civility = |e: &Entry| match &e.mention {
        Mention::Name(n) => n.civility.is_some() || e.group_civility.is_some(),
        Mention::Role(..) => false,
    };
    for e in entries.iter_mut().filter(|e| with_a_civility(e)) {
        let Mention::Name(n) = &mut e.mention else {
            continue;
        };
        if let Some((end, _)) = cut(n) {
            n.family = n.family.start..end;
            n.whole = n.whole.start..end;
        }
    }
}

/// "MM ARNAL  TROD  CAZES DURAND" / "Mme FABRE  GIMBERT": a civility
/// heading family names in capitals with no separator but spaces, two
/// spaces somewhere between them. A family name of several words in
/// capitals with no particle, run to a double space, is rarer than
/// members listed by surname alone; each word is one member, with the
/// civility given to the group.
fn surnames_cut_by_spaces(text: &str, entries: &mut Vec<Entry>) {
    let cut = |e: &Entry| -> Option<Vec<Range<usize>>> {
        let Mention::Name(n) = &e.mention else {
            return None;
        };
        if n.given.is_some()
            || (n.civility.is_none() && e.group_civility.is_none())
            || !text[n.family.clone()].contains("  ")
        {
            return None;
        }
        let ws = space_words(text, n.family.clone());
        (ws.len() >= 2
            && ws.iter().all(|w| {
                let x = &text[w.clone()];
                is_caps(x)
                    && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !is_capital_particle(x)
                    && civility(x).is_none()
            }))
        .then_some(ws)
    };
    if !entries.iter().any(|e| cut(e).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(entries.len() + 8);
    for e in entries.drain(..) {
        let (Some(ws), Mention::Name(n)) = (cut(&e), &e.mention) else {
            out.push(e);
            continue;
        };
        let group = e.group_civility.or(n.civility);
        for (k, w) in ws.iter().enumerate() {
            let mut one = e.clone();
            let first = k == 0;
            one.mention = Mention::Name(Name {
                civility: if first { n.civility } else { None },
                given: None,
                family: w.clone(),
                whole: if first {
                    n.whole.start..w.end
                } else {
                    w.clone()
                },
            });
            one.group_civility = if first { e.group_civility } else { group };
            if k + 1 < ws.len() {
                one.notes.clear();
                one.function = None;
            }
            if !first {
                one.skipped = None;
            }
            out.push(one);
        }
    }
    *entries = out;
}

/// "PRESENTS : MM. ARNAL TROD CAZES DURAND FABRE GIMBERT": a civility
/// heading bare family names in capitals with no separator but one space,
/// read as one name. A family name of four words or more in capitals, no
/// particle among them, is rarer than a run of members listed by surname
/// alone: each word is one member, the civility given to the group. Two
/// words the text writes elsewhere as one family name, after a given name
/// or a civility ("Secrétaire : Mme Anne CAZES DURAND"), stay one member.
/// A run whose words are given names for a third or more (names in
/// capitals given name first, "JEAN ARNAL PAUL TROD") is left as it is.
fn surnames_run_together(text: &str, entries: &mut Vec<Entry>) {
    let cut = |e: &Entry| -> Option<Vec<Range<usize>>> {
        let Mention::Name(n) = &e.mention else {
            return None;
        };
        if n.given.is_some() || (n.civility.is_none() && e.group_civility.is_none()) {
            return None;
        }
        let ws = space_words(text, n.family.clone());
        let caps_word = |w: &Range<usize>| {
            let x = &text[w.clone()];
            is_caps(x)
                && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !is_capital_particle(x)
                && civility(x).is_none()
        };
        let given = ws
            .iter()
            .filter(|w| is_given_name(&text[(*w).clone()]))
            .count();
        (ws.len() >= 4 && ws.iter().all(caps_word) && given * 3 < ws.len()).then_some(ws)
    };
    if !entries.iter().any(|e| cut(e).is_some()) {
        return;
    }
    // Whether "A B" is written elsewhere as one family name: after a
    // capitalised word (a given name) or a civility, outside the run.
    let one_name = |run: &Range<usize>, a: &Range<usize>, b: &Range<usize>| {
        let pair = format!("{} {}", &text[a.clone()], &text[b.clone()]);
        text.match_indices(&pair).any(|(at, _)| {
            let end = at + pair.len();
            if at < run.end && end > run.start {
                return false;
            }
            let ends_word = !text[end..].starts_with(|c: char| c.is_alphanumeric());
            let before = text[..at].strip_suffix(' ').unwrap_or("");
            let word = before.rsplit([' ', '\n']).next().unwrap_or("");
            ends_word
                && !word.is_empty()
                && (is_capitalised(word) || civility(word.trim_end_matches('.')).is_some())
        })
    };
    let mut out = Vec::with_capacity(entries.len() + 16);
    for e in entries.drain(..) {
        let (Some(ws), Mention::Name(n)) = (cut(&e), &e.mention) else {
            out.push(e);
            continue;
        };
        let mut names: Vec<Range<usize>> = Vec::with_capacity(ws.len());
        let mut k = 0;
        while k < ws.len() {
            if k + 1 < ws.len() && one_name(&n.family, &ws[k], &ws[k + 1]) {
                names.push(ws[k].start..ws[k + 1].end);
                k += 2;
            } else {
                names.push(ws[k].clone());
                k += 1;
            }
        }
        let group = e.group_civility.or(n.civility);
        let last = names.len() - 1;
        for (k, w) in names.into_iter().enumerate() {
            let mut one = e.clone();
            let first = k == 0;
            one.mention = Mention::Name(Name {
                civility: if first { n.civility } else { None },
                given: None,
                family: w.clone(),
                whole: if first { n.whole.start..w.end } else { w },
            });
            one.group_civility = if first { e.group_civility } else { group };
            if k < last {
                one.notes.clear();
                one.function = None;
            }
            if !first {
                one.skipped = None;
            }
            out.push(one);
        }
    }
    *entries = out;
}

/// "AMBLY CHATEAU\n\nBEAUVAL S/ LOIR Paul GRENET\n\nCORNAY\n\nDAMPIERRE
/// Anne LESAGE": a table of all the member communes flattened, each
/// followed by its delegate's "Prénom NOM" when one sat, no separator but
/// line breaks. Where five entries or more are such names (a given name, no
/// civility) and every other entry is words in capitals alone (no given
/// name, no civility; an "S/" read as an initial), those are the communes
/// of empty rows, no one. (A list with separators, "Gérard\nHUSSENOT –
/// Lucie X", is no such table.)
fn places_of_a_table(text: &str, entries: &mut Vec<Entry>) {
    // "AUBIGNY S/ LOIR": the "S/" (sur) or "S/S" (sous) of a commune's
    // name is no initial.
    let place_link = |g: &Range<usize>| {
        text[g.clone()].chars().count() == 1
            && (text[g.end..].starts_with('/') || text[..g.start].ends_with('/'))
    };
    let bare = |e: &Entry| {
        e.group_civility.is_none()
            && matches!(&e.mention, Mention::Name(n) if n.civility.is_none()
                && n.given.as_ref().is_none_or(place_link)
                && text[n.family.clone()].split_whitespace().all(is_caps))
    };
    let full = |e: &Entry| {
        e.group_civility.is_none()
            && matches!(&e.mention, Mention::Name(n) if n.civility.is_none()
                && n.given.as_ref().is_some_and(|g| !place_link(g)))
    };
    let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
        return;
    };
    let range = |m: &Mention| match m {
        Mention::Name(n) => n.whole.clone(),
        Mention::Role(_, r) => r.clone(),
    };
    let span = range(&first.mention).start..range(&last.mention).end;
    if entries.iter().filter(|e| full(e)).count() < 5
        || !entries.iter().any(bare)
        || !entries.iter().all(|e| full(e) || bare(e))
        || text[span.clone()].contains([',', ';', '–', '—'])
        || text[span].contains(" - ")
    {
        return;
    }
    entries.retain(|e| !bare(e));
}

/// "BOURG Aux PRES - Paul X (maire) - VAUX-sur-LOIRE - Anne Y (maire)":
/// in a list of members with their given names, each after their
/// commune, a commune standing alone between separators is read as a
/// name. A place's link is no given name ("Aux", "Sur", "Lès"), nor is a
/// compound joined by one ("VAUX-sur-LOIRE", "DAMAS-et-BREUIL") a family
/// name standing alone: such an entry, with no civility, is the commune,
/// no one. Where three entries or more have a given name. A place's name
/// opening the given names of a member written after it ("St Brice Jean
/// X") is cut from them, at the first given name the lexicon knows.
fn places_read_as_names(text: &str, entries: &mut Vec<Entry>) {
    let strict_link = |x: &str| {
        with_fold(x, |f| {
            matches!(f, "aux" | "sur" | "sous" | "les" | "lez" | "en" | "et")
        })
    };
    let with_given = entries
        .iter()
        .filter(|e| matches!(&e.mention, Mention::Name(n) if n.given.is_some()))
        .count();
    if with_given < 3 {
        return;
    }
    let place = |e: &Entry| {
        let Mention::Name(n) = &e.mention else {
            return false;
        };
        if n.civility.is_some() || e.group_civility.is_some() {
            return false;
        }
        match &n.given {
            Some(g) => text[g.clone()]
                .split_whitespace()
                .next()
                .is_some_and(|x| is_capitalised(x) && strict_link(x)),
            None => {
                let family = &text[n.family.clone()];
                !family.contains(' ') && place_compound_strict(family, &strict_link)
            }
        }
    };
    entries.retain(|e| !place(e));
    for e in entries.iter_mut() {
        let Mention::Name(n) = &mut e.mention else {
            continue;
        };
        let Some(g) = n.given.clone() else {
            continue;
        };
        let words = space_words(text, g.clone());
        if words.len() < 3
            || !with_fold(&text[words[0].clone()], |f| {
                matches!(f, "st" | "ste" | "saint" | "sainte")
            })
        {
            continue;
        }
        if let Some(k) = (2..words.len()).find(|&k| is_given_name(&text[words[k].clone()])) {
            n.given = Some(words[k].start..g.end);
        }
    }
}

/// "Université du Lac Anne Verdon Université du Lac Paul Trax", "IEP Luc
/// Marsant": a table of members flattened, each member's organisation
/// written before their "Prénom Nom" in mixed case, read as one name (the
/// organisation's first word its family name, the rest its given names).
/// Where an entry with no civility holds one of [`ORGANISATION_NOUNS`]
/// capitalised, or its family name is an acronym (capitals, five letters
/// at most) before a given name and a capitalised word that is none, each
/// given name of the lexicon followed by capitalised words (particles
/// between them) up to the next organisation noun or given name is a
/// member; the entry is those members, or stays as it is when none.
fn organisations_before_names(text: &str, entries: &mut Vec<Entry>) {
    let organisation =
        |w: &str| is_capitalised(w) && with_fold(w, |f| ORGANISATION_NOUNS.contains(&f));
    let words_of = |r: Range<usize>| -> Vec<Range<usize>> {
        let base = text[r.clone()].as_ptr() as usize;
        text[r.clone()]
            .split_whitespace()
            .map(|w| {
                let at = r.start + (w.as_ptr() as usize - base);
                at..at + w.len()
            })
            .collect()
    };
    let mut k = 0;
    while k < entries.len() {
        let Mention::Name(n) = &entries[k].mention else {
            k += 1;
            continue;
        };
        if n.civility.is_some() || entries[k].group_civility.is_some() {
            k += 1;
            continue;
        }
        let words = words_of(n.whole.clone());
        let word = |r: &Range<usize>| {
            text[r.clone()].trim_matches(|c: char| !c.is_alphabetic() && c != '-')
        };
        let acronym = {
            let family = &text[n.family.clone()];
            let given: Vec<&str> = n
                .given
                .as_ref()
                .map(|g| text[g.clone()].split_whitespace().collect())
                .unwrap_or_default();
            is_caps(family)
                && letters(family).count() <= 5
                && !family.contains(' ')
                && given.len() == 2
                && is_given_name(given[0])
                && is_capitalised(given[1])
                && !is_caps(given[1])
                && !is_given_name(given[1])
        };
        // (A function or a title of the staff in the entry, "Directeur
        // Général des Services Communauté de Communes Anne X": someone's
        // post, not a member's organisation.)
        if !acronym && !words.iter().any(|w| organisation(word(w)))
            || words.iter().any(|w| {
                let w = word(w);
                is_function_word(w) || with_fold(w, |f| STAFF_TITLES.contains(&f))
            })
        {
            k += 1;
            continue;
        }
        let mut found: Vec<Name> = Vec::new();
        let mut i = 0;
        while i + 1 < words.len() {
            let g = word(&words[i]);
            let next = word(&words[i + 1]);
            let surname = |x: &str| {
                x.chars().count() >= 2
                    && x.starts_with(char::is_uppercase)
                    && !organisation(x)
                    && !is_given_name(x)
            };
            if !(is_given_name(g) && is_capitalised(g) && !organisation(g) && surname(next)) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut end = words[j].start
                + text[words[j].clone()]
                    .trim_end_matches(|c: char| !c.is_alphabetic())
                    .len();
            // Particles then capitalised words: "Tunon de Lara".
            let mut m = j + 1;
            while m < words.len() {
                let w = word(&words[m]);
                // (After particles, a given name's word is the family
                // name's too: "de Lara", "de la Roche".)
                let mut q = m;
                while q < words.len() && is_particle(word(&words[q])) {
                    q += 1;
                }
                if q > m
                    && let Some(x) = words.get(q)
                    && is_capitalised(word(x))
                    && !organisation(word(x))
                {
                    j = q;
                    end = x.start
                        + text[x.clone()]
                            .trim_end_matches(|c: char| !c.is_alphabetic())
                            .len();
                    m = q + 1;
                    continue;
                }
                if surname(w)
                    && !words.get(m + 1).is_some_and(|x| {
                        let x = word(x);
                        is_capitalised(x) && !organisation(x) && is_given_name(w)
                    })
                {
                    j = m;
                    end = words[j].start
                        + text[words[j].clone()]
                            .trim_end_matches(|c: char| !c.is_alphabetic())
                            .len();
                    m += 1;
                    continue;
                }
                break;
            }
            found.push(Name {
                civility: None,
                given: Some(words[i].start..words[i].start + g.len()),
                family: words[i + 1].start..end,
                whole: words[i].start..end,
            });
            i = j + 1;
        }
        if found.is_empty() {
            k += 1;
            continue;
        }
        // "... Anne Verdon Université du Lac Dean Trax": what follows the
        // last member read, three capitalised words or more after its last
        // organisation noun, holds a member whose given name the lexicon
        // does not know: the next entry says something was skipped.
        let tail_start = found.last().map_or(n.whole.end, |x| x.whole.end);
        let tail: Vec<&str> = words
            .iter()
            .filter(|w| w.start >= tail_start)
            .map(word)
            .collect();
        let after_organisation = tail
            .iter()
            .rposition(|w| organisation(w))
            .map_or(&tail[..], |p| &tail[p + 1..]);
        let unread = after_organisation
            .iter()
            .filter(|w| is_capitalised(w) && !is_particle(w))
            .count()
            >= 3;
        let tail_range = words
            .iter()
            .find(|w| w.start >= tail_start)
            .map(|w| w.start..n.whole.end);
        let e = entries.remove(k);
        let count = found.len();
        if unread
            && let Some(r) = tail_range
            && let Some(next) = entries.get_mut(k)
            && next.skipped.is_none()
        {
            next.skipped = Some(r);
        }
        for (x, name) in found.into_iter().enumerate() {
            let last = x + 1 == count;
            entries.insert(
                k + x,
                Entry {
                    mention: Mention::Name(name),
                    group_civility: None,
                    notes: if last { e.notes.clone() } else { Vec::new() },
                    function: if last { e.function.clone() } else { None },
                    skipped: if x == 0 { e.skipped.clone() } else { None },
                },
            );
        }
        k += count;
    }
}

/// "AUBRAC M. Paul X, Mme Anne Y BRUNES M. Luc Z, M. Jean W GARDE Mme
/// ...": a table of communes and their delegates flattened, each commune's
/// name in capitals run into the last name of the commune before it, the
/// next commune's first delegate's civility right after it. Where three
/// names or more run so into a civility with no separator, each with
/// words in capitals after its family name's first word, and two thirds
/// of the names run into a civility do (a list of names joined by
/// civilities alone, "Mme Anne DAVEL KERSALEN M. Paul X", has few), those
/// words are the next commune, no part of the name. The first commune,
/// read as the first name's lead ("AUBRAC M. Paul X" with "M." among the
/// given names), is cut from it. So is a first commune alone in
/// capitals, run into the civility of the first delegate, where every
/// entry after it has a civility ("SICONIE Mme Anne X M. Paul Y").
fn communes_before_civilities(text: &str, entries: &mut Vec<Entry>) {
    let opens_on_civility = |e: &Entry| {
        matches!(&e.mention, Mention::Name(n) if n.civility.is_some()
            && n.given.as_ref().is_some_and(|g| g.start > n.whole.start))
    };
    // "SICONIE Mme Anne X M. Paul Y": the list's first commune alone, in
    // capitals, run into the civility of its first delegate, every entry
    // after it with its civility: no one.
    let with_civility = |e: &Entry| {
        e.group_civility.is_some() || matches!(&e.mention, Mention::Name(n) if n.civility.is_some())
    };
    if entries.len() >= 2
        && entries[1..].iter().all(with_civility)
        && opens_on_civility(&entries[1])
        && let (Mention::Name(n), Mention::Name(m)) = (&entries[0].mention, &entries[1].mention)
        && n.civility.is_none()
        && n.given.is_none()
        && entries[0].group_civility.is_none()
        && entries[0].notes.is_empty()
        && entries[0].function.is_none()
        && text[n.whole.clone()].split_whitespace().all(is_caps)
        && m.whole.start >= n.whole.end
        // ("BARDOU -M. Paul X": a dash may part them.)
        && text[n.whole.end..m.whole.start].trim().trim_matches(['-', '–']).is_empty()
    {
        entries.remove(0);
    }
    // "ARVILLE Monsieur Paul X (pouvoir Y) BRENS Madame Anne Z Monsieur
    // Luc W ORMES Madame ...": so each commune of a table flattened, where
    // the members are all named with their civilities and two communes at
    // least stand alone in capitals, each run into the civility of the
    // delegate after it.
    let bare = |e: &Entry| {
        e.group_civility.is_none()
            && e.notes.is_empty()
            && e.function.is_none()
            && matches!(&e.mention, Mention::Name(n) if n.civility.is_none()
                && n.given.is_none()
                && text[n.whole.clone()].split_whitespace().all(is_caps))
    };
    let run_into_next = |k: usize| {
        entries.get(k + 1).is_some_and(opens_on_civility)
            && matches!((&entries[k].mention, &entries[k + 1].mention),
                (Mention::Name(n), Mention::Name(m)) if m.whole.start >= n.whole.end
                    && text[n.whole.end..m.whole.start].trim().is_empty())
    };
    let communes = (0..entries.len())
        .filter(|&k| bare(&entries[k]))
        .collect::<Vec<_>>();
    if communes.len() >= 2
        && entries.len() >= communes.len() + 2
        && entries.iter().all(|e| bare(e) || with_civility(e))
        && communes.iter().all(|&k| run_into_next(k))
    {
        for k in communes.into_iter().rev() {
            entries.remove(k);
        }
    }

    // The first word of a family name after its particles, when words in
    // capitals follow it.
    let first_word = |n: &Name| -> Option<usize> {
        let ws = space_words(text, n.family.clone());
        let first = ws
            .iter()
            .position(|w| !is_capital_particle(&text[w.clone()]))?;
        (first + 1 < ws.len()
            && ws[first + 1..].iter().all(|w| {
                let x = &text[w.clone()];
                is_caps(x) && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
            }))
        .then_some(ws[first].end)
    };
    let mut run_in = Vec::new();
    let mut dashed = Vec::new();
    let mut junctions = 0;
    for k in 0..entries.len().saturating_sub(1) {
        let (e, next) = (&entries[k], &entries[k + 1]);
        let Mention::Name(n) = &e.mention else {
            continue;
        };
        let Mention::Name(m) = &next.mention else {
            continue;
        };
        // (Or the rest of the commune between them, past a link in small
        // letters: "M. Guy SOL CASTEL sur LIZON M. Luc Z".)
        let place_between = |gap: &str| {
            gap.split_whitespace().all(|x| {
                is_caps(x) || is_small_place_link(x) || is_capitalised(x) && !is_given_name(x)
            })
        };
        if !opens_on_civility(next)
            || n.given.is_none()
            || n.family.end != n.whole.end
            || e.function.is_some()
            || m.whole.start < n.whole.end
        {
            continue;
        }
        // "M. Paul X VILLE -Mme Anne Y": or a dash between the commune and
        // the next delegate, told apart below.
        let gap = text[n.whole.end..m.whole.start].trim();
        let undashed = gap.trim_end_matches(['-', '–']).trim_end();
        if !e.notes.is_empty() || !place_between(undashed) {
            continue;
        }
        if undashed.len() < gap.len() && undashed.is_empty() {
            if let Some(end) = first_word(n) {
                dashed.push((k, end));
            }
            continue;
        }
        junctions += 1;
        if let Some(end) = first_word(n) {
            run_in.push((k, end));
        }
    }
    // Entries parted by dashes: a family name of two words in capitals
    // may be one; the commune is told by names of three words or more, or
    // a saint's ("X ST-AUBIN DE Y", "Z SERRES ET W"), on two of them at
    // least, and three run in or more in all.
    let place_like = |&(k, _): &(usize, usize)| match &entries[k].mention {
        Mention::Name(n) => {
            let ws = space_words(text, n.family.clone());
            ws.len() >= 3
                || ws.iter().skip(1).any(|w| {
                    with_fold(&text[w.clone()], |f| {
                        f.starts_with("st-") || f.starts_with("ste-") || f.starts_with("saint")
                    })
                })
        }
        Mention::Role(..) => false,
    };
    let dashed_ok =
        dashed.len() + run_in.len() >= 3 && dashed.iter().filter(|d| place_like(d)).count() >= 2;
    let plain_ok = run_in.len() >= 3 && run_in.len() * 3 >= junctions * 2;
    if !plain_ok && !dashed_ok {
        return;
    }
    if dashed_ok {
        run_in.extend(dashed);
    }
    for (k, end) in run_in {
        if let Mention::Name(n) = &mut entries[k].mention {
            n.family = n.family.start..end;
            n.whole = n.whole.start..end;
        }
    }
    // Parted by dashes, the communes of empty rows stand alone: an entry
    // of words in capitals, no civility nor given name, is no one there
    // ("BARDOU -M. Paul X", "... Absent STE-MARIE ST-JEAN -M. Y").
    if dashed_ok {
        entries.retain(|e| {
            !(e.group_civility.is_none()
                && e.notes.is_empty()
                && matches!(&e.mention, Mention::Name(n) if n.civility.is_none()
                    && n.given.is_none()
                    && text[n.whole.clone()].split_whitespace().all(is_caps)))
        });
    }
    // The first commune, before the first delegate's civility read among
    // the given names.
    if let Some(Entry {
        mention: Mention::Name(n),
        ..
    }) = entries.first_mut()
        && n.civility.is_none()
        && let Some(g) = n.given.clone()
    {
        let given = &text[g.clone()];
        let first = given.split_whitespace().next().unwrap_or("");
        if let Some((Some(c), false)) = civility(first.trim_end_matches('.')).or(civility(first)) {
            let after = g.start + given.find(first).unwrap_or(0) + first.len();
            let rest = text[after..g.end].trim_start();
            if !rest.is_empty() {
                let start = g.end - rest.len();
                n.civility = Some(c);
                n.given = Some(start..g.end);
                n.whole = g.start..n.whole.end;
            }
        }
    }
}

/// Whether a hyphenated word joins places by a link of `strict_link`
/// inside it ("VAUX-sur-LOIRE", "DAMAS-et-BREUIL"), its parts two
/// letters or more.
fn place_compound_strict(x: &str, strict_link: &dyn Fn(&str) -> bool) -> bool {
    let parts: Vec<&str> = x.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|p| p.chars().count() >= 2)
        && parts[1..parts.len() - 1].iter().any(|p| strict_link(p))
}

/// "AUBRAC : J. MARTEL, Ph. VIDAL ROCHE (LA) : X. FABRE": delegates by
/// commune, the next commune's heading run into the last name of the one
/// before, no separator. A family name of several words in capitals,
/// after a civility or a given name, then a colon (past an article in
/// brackets, "(LA)", "(LES)"): its first word, with the particles before
/// it, is the name; the rest heads the next group.
fn next_heading_run_in(text: &str, entries: &mut [Entry]) {
    for e in entries.iter_mut() {
        let Mention::Name(n) = &mut e.mention else {
            continue;
        };
        if n.civility.is_none() && n.given.is_none() && e.group_civility.is_none() {
            continue;
        }
        // ("POIRE-SUR- (LE) :": the heading's name cut at a hyphen.)
        let mut after = text[n.whole.end..].trim_start_matches([' ', '-']);
        if let Some(inner) = after.strip_prefix('(')
            && let Some(close) = inner.find(')')
            && close <= 4
            && with_fold(&inner[..close], |f| {
                matches!(f.trim_end_matches('\''), "la" | "le" | "les" | "l")
            })
        {
            after = inner[close + 1..].trim_start_matches(' ');
        }
        if !after.starts_with(':') {
            continue;
        }
        let ws = space_words(text, n.family.clone());
        let Some(first) = ws
            .iter()
            .position(|w| !is_capital_particle(&text[w.clone()]))
        else {
            continue;
        };
        if first + 1 < ws.len()
            && ws[first..].iter().all(|w| is_caps(&text[w.clone()]))
            && n.family.end == n.whole.end
        {
            n.family = n.family.start..ws[first].end;
            n.whole = n.whole.start..ws[first].end;
        }
    }
}

/// "BEVERAGGI, BOUTEILLE ET LIVEGAUL": in a list of family names alone,
/// "ET" in capitals between two of them joins two people. A name with its
/// given name keeps it ("Jean-Pierre PELOURON MAUZAC ET GRAND CASTANG", a
/// commune flattened into the name, is trimmed elsewhere).
fn split_at_capital_et(text: &str, entries: &mut Vec<Entry>) {
    let mut k = 0;
    while k < entries.len() {
        let Mention::Name(n) = &entries[k].mention else {
            k += 1;
            continue;
        };
        if n.given.is_some() || !text[n.family.clone()].contains(" ET ") {
            k += 1;
            continue;
        }
        let words = space_words(text, n.family.clone());
        let at = (1..words.len().saturating_sub(1)).find(|&i| &text[words[i].clone()] == "ET");
        let Some(i) = at else {
            k += 1;
            continue;
        };
        let first = Name {
            civility: n.civility,
            given: None,
            family: n.family.start..words[i - 1].end,
            whole: n.whole.start..words[i - 1].end,
        };
        let second = Name {
            civility: None,
            given: None,
            family: words[i + 1].start..n.family.end,
            whole: words[i + 1].start..n.whole.end,
        };
        let mut second_entry = entries[k].clone();
        second_entry.mention = Mention::Name(second);
        entries[k].mention = Mention::Name(first);
        entries[k].notes.clear();
        entries[k].function = None;
        entries.insert(k + 1, second_entry);
        k += 1;
    }
}

/// In a list of one name a line where nearly every name has its given
/// name ("Christian X"), a line of capitals alone ("AVENSAN", "LE
/// TEMPLE") is a commune of the table the list was extracted from.
fn drop_place_lines(text: &str, entries: &mut Vec<Entry>) {
    // Alone on its line: not the family name of a name wrapped
    // ("Alice\nLEBRET – Jean-Louis X").
    let alone = |r: &Range<usize>| {
        let start = text[..r.start].rfind('\n').map_or(0, |p| p + 1);
        let end = text[r.end..].find('\n').map_or(text.len(), |p| r.end + p);
        text[start..end].trim() == &text[r.clone()]
    };
    let bare = |e: &Entry| {
        matches!(&e.mention, Mention::Name(n) if n.given.is_none() && n.civility.is_none() && alone(&n.whole))
            && e.group_civility.is_none()
            && e.function.is_none()
    };
    let bare_count = entries.iter().filter(|e| bare(e)).count();
    let named = entries.len() - bare_count;
    if bare_count > 0 && named >= 6 && named >= 2 * bare_count {
        entries.retain(|e| !bare(e));
    }
}

/// In a list whose names follow each other without commas ("Michel X
/// BOURG-SUR-LOIRE Claude Y", "SAINT-ANDRE Z Emmanuel"), the capitals
/// beside a family name are a table's other column (a commune) flattened
/// into the run: the family name is the capital word next to the given
/// name, with its particles ("COMMUNE LE LEGOURAUD Jeanine"), where a fifth
/// of the names or more carry such capitals.
fn trim_run_together(text: &str, tokens: &[Token], entries: &mut [Entry], stop: usize) {
    if entries.len() < 6 {
        return;
    }
    let commas = tokens
        .iter()
        .take_while(|t| t.start < stop)
        .filter(|t| matches!(t.kind, Kind::Punct(',') | Kind::Punct(';')))
        .count();
    // In a list with commas, only the names run into the words before them
    // ("BOSC Lise, titulaire VAL DEGRAL GRIS Paul, titulaire"): a name after
    // a comma is one of the list's, its capitals its own.
    let with_commas = commas * 4 >= entries.len();
    let run_in =
        |n: &Name| !with_commas || !text[..n.whole.start].trim_end().ends_with([',', ';', '(']);
    // Only where many names carry such capitals: a compound family name
    // without hyphen ("CAPMARTY LABOUYSSE") is one name among many.
    let with_more_capitals = entries
        .iter()
        .filter(|e| match &e.mention {
            Mention::Name(n) => {
                n.given.is_some() && text[n.family.clone()].contains(' ') && run_in(n)
            }
            Mention::Role(..) => false,
        })
        .count();
    if with_more_capitals < 4 || with_more_capitals * 5 < entries.len() {
        return;
    }
    for e in entries {
        let Mention::Name(n) = &mut e.mention else {
            continue;
        };
        if !run_in(n) {
            continue;
        }
        let Some(given) = n.given.clone() else {
            continue;
        };
        let words = space_words(text, n.family.clone());
        // A particle in small letters before the capitals ("de VALMONT
        // BOURG Paul" in a list of "Prénom NOM") is the name's.
        let particle = |r: &Range<usize>| {
            let x = &text[r.clone()];
            is_capital_particle(x) || is_particle(x) && !is_caps(x)
        };
        if words.len() < 2
            || !words
                .iter()
                .all(|r| particle(r) || is_caps(&text[r.clone()]))
        {
            continue;
        }
        if given.start > n.family.start {
            let mut k = words.len() - 1;
            while k > 0 && particle(&words[k - 1]) {
                k -= 1;
            }
            n.family = words[k].start..n.family.end;
            if n.civility.is_none() {
                n.whole = n.family.start.max(n.whole.start)..n.whole.end;
            }
        } else {
            let mut k = 0;
            while k + 1 < words.len() && particle(&words[k]) {
                k += 1;
            }
            let end = words[k].end;
            if n.whole.end == n.family.end {
                n.whole.end = end;
            }
            n.family = n.family.start..end;
        }
    }
}

/// The words of `text[range]` split at spaces, as ranges of `text`. (At
/// spaces only: splitting at a line break inside a family name too would
/// change where [`split_two_names`] ends a name wrapped over a line.)
fn space_words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    text[range.clone()]
        .split(' ')
        .scan(range.start, |at, w| {
            let r = *at..*at + w.len();
            *at += w.len() + 1;
            Some(r)
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Two names run together without their separator, read as one: "DOYERE
/// JOEL SARGROON Grégory" in a list of "NOM Prénom" (a given name in capitals
/// between two family names), "Jacques-François Coiquil Jacques Combépine"
/// in a list of "Prénom Nom". The middle word must be a given name only
/// (the lexicon's), the words around it none; only in a list of six
/// entries or more.
fn split_two_names(text: &str, entries: &mut Vec<Entry>) {
    if entries.len() < 6 {
        return;
    }
    let only_given = |r: &Range<usize>| given_name(&text[r.clone()]) == GivenName::Yes;
    let no_given = |r: &Range<usize>| given_name(&text[r.clone()]) == GivenName::No;
    let mut k = 0;
    while k < entries.len() {
        let Mention::Name(n) = &entries[k].mention else {
            k += 1;
            continue;
        };
        let Some(given) = n.given.clone() else {
            k += 1;
            continue;
        };
        if n.civility.is_some() || text[given.clone()].contains(' ') {
            k += 1;
            continue;
        }
        let words = space_words(text, n.family.clone());
        let family_first = given.start > n.family.start;
        // The word that starts the second name: a given name only, with
        // no given name on either side of it in the family name.
        let split = (1..words.len().saturating_sub(1)).find(|&i| {
            only_given(&words[i])
                && no_given(&words[i - 1])
                && no_given(&words[i + 1])
                && (!family_first || is_caps(&text[words[i].clone()]))
        });
        let Some(i) = split else {
            k += 1;
            continue;
        };
        let (first, second) = if family_first {
            // "DOYERE JOEL | SARGROON Grégory".
            (
                Name {
                    civility: None,
                    given: Some(words[i].clone()),
                    family: words[0].start..words[i - 1].end,
                    whole: words[0].start..words[i].end,
                },
                Name {
                    civility: None,
                    given: Some(given.clone()),
                    family: words[i + 1].start..n.family.end,
                    whole: words[i + 1].start..n.whole.end,
                },
            )
        } else {
            // "Jacques-François Coiquil | Jacques Combépine".
            (
                Name {
                    civility: None,
                    given: Some(given.clone()),
                    family: words[0].start..words[i - 1].end,
                    whole: n.whole.start..words[i - 1].end,
                },
                Name {
                    civility: None,
                    given: Some(words[i].clone()),
                    family: words[i + 1].start..n.family.end,
                    whole: words[i].start..n.whole.end,
                },
            )
        };
        let mut second_entry = entries[k].clone();
        second_entry.mention = Mention::Name(second);
        entries[k].mention = Mention::Name(first);
        entries[k].notes.clear();
        entries[k].function = None;
        entries.insert(k + 1, second_entry);
        k += 2;
    }
}

/// "TRAX – TROX - MAS – ... – DURAND LEBON – FAURE": in a list
/// of family names alone separated by dashes, the dash that stood at the end
/// or the start of a PDF line is lost with the line break, and two members
/// run together. Two words in capitals, neither a particle, with no dash
/// between them, are two members there: only where most entries are one
/// word in capitals, most gaps between entries are dashes, and no entry
/// bears its own civility (whose family name would be told by it: "Mme
/// FERREIRA DA COSTA").
fn split_lost_dash(text: &str, entries: &mut Vec<Entry>) {
    if entries.len() < 6 {
        return;
    }
    let bare = |e: &Entry| match &e.mention {
        Mention::Name(n) if n.civility.is_none() => Some(&text[n.whole.clone()]),
        _ => None,
    };
    let one_word =
        |e: &Entry| bare(e).is_some_and(|x| !x.contains(char::is_whitespace) && is_caps(x));
    let two_words = |e: &Entry| -> Option<(Range<usize>, Range<usize>)> {
        let Mention::Name(n) = &e.mention else {
            return None;
        };
        let x = bare(e)?;
        let (a, b) = x.split_once(' ')?;
        let ok = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && is_caps(w)
                && !is_particle(w)
                && !is_capital_particle(w)
                && civility(w).is_none()
        };
        (ok(a) && ok(b)).then(|| {
            let start = n.whole.start;
            (start..start + a.len(), start + a.len() + 1..n.whole.end)
        })
    };
    let singles = entries.iter().filter(|e| one_word(e)).count();
    let pairs = entries.iter().filter(|e| two_words(e).is_some()).count();
    if pairs == 0 || singles + pairs < entries.len() || singles < 3 * pairs {
        return;
    }
    let gap = |a: &Entry, b: &Entry| -> &str {
        let (Mention::Name(x), Mention::Name(y)) = (&a.mention, &b.mention) else {
            return "";
        };
        text.get(x.whole.end..y.whole.start).unwrap_or("").trim()
    };
    let dashes = entries
        .windows(2)
        .filter(|p| matches!(gap(&p[0], &p[1]), "-" | "–"))
        .count();
    if dashes * 3 < (entries.len() - 1) * 2 {
        return;
    }
    let mut k = 0;
    while k < entries.len() {
        let Some((a, b)) = two_words(&entries[k]) else {
            k += 1;
            continue;
        };
        let first = Name {
            civility: None,
            given: None,
            family: a.clone(),
            whole: a,
        };
        let second = Name {
            civility: None,
            given: None,
            family: b.clone(),
            whole: b,
        };
        let mut second_entry = entries[k].clone();
        second_entry.mention = Mention::Name(second);
        second_entry.skipped = None;
        entries[k].mention = Mention::Name(first);
        entries[k].notes.clear();
        entries[k].function = None;
        entries.insert(k + 1, second_entry);
        k += 2;
    }
}

/// Drops a margin box woven into a list ("Mme Élodie\nen exercice : 23
/// MARCHAL-COLLIN"): a few words naming a count or a date ("en exercice",
/// "Date d'affichage"), a colon, and the figure or date that follows.
pub(crate) fn strip_margin(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let tokens = header_margin_inside_names(text, tokens);
    // Whether each word is a margin word, worked out once: a word is asked
    // about from each of the four tokens before it.
    let mut known: Vec<Option<bool>> = vec![None; tokens.len()];
    // Every piece dropped below holds a margin word, or a figure that opens
    // a date ("3 mars", "23/11") or a counts box ("80 50"): most lists hold
    // neither, and are kept as they are without looking at each token in
    // turn.
    let may_hold_margin = tokens.iter().enumerate().any(|(k, t)| match t.kind {
        Kind::Word => *known[k].get_or_insert_with(|| is_margin_word(&text[t.start..t.end])),
        Kind::Number => tokens.get(k + 1).is_some_and(|n| match n.kind {
            Kind::Number | Kind::Punct('/') => true,
            Kind::Word => month_number(&text[n.start..n.end]).is_some(),
            _ => false,
        }),
        _ => false,
    });
    if !may_hold_margin {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut margin_word = |k: usize| {
        *known[k].get_or_insert_with(|| is_margin_word(&text[tokens[k].start..tokens[k].end]))
    };
    let mut i = 0;
    while i < tokens.len() {
        // A date "3 mars 2015" inside a list is margin text.
        if tokens[i].kind == Kind::Number
            && tokens.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word && month_number(&text[t.start..t.end]).is_some()
            })
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Number && t.end - t.start == 4)
        {
            i += 3;
            continue;
        }
        // "à Madame 23/11/2020 Nelly X": a margin's date between a
        // civility and the name it announces.
        if i > 0
            && tokens[i].kind == Kind::Number
            && tokens[i - 1].kind == Kind::Word
            && civility(&text[tokens[i - 1].start..tokens[i - 1].end]).is_some()
            && (1..5).all(|d| {
                tokens.get(i + d).is_some_and(|t| {
                    t.kind
                        == if d % 2 == 0 {
                            Kind::Number
                        } else {
                            Kind::Punct('/')
                        }
                })
            })
            && tokens.get(i + 5).is_some_and(|t| {
                t.kind == Kind::Word && text[t.start..t.end].starts_with(char::is_uppercase)
            })
        {
            i += 5;
            continue;
        }
        // "Certifiée exécutoire le 24/09/2020", "Transmis en préfecture
        // 24/09/2020": a stamp, its words then a date.
        if let Some(after) = stamp_at(text, &tokens, i) {
            i = after;
            continue;
        }
        // "LEFORT, 80 50 50 TISSERAND": the figures of a counts box, two
        // or more bare numbers in a row, run into the list between a
        // separator and the next name.
        if let Some(after) = box_figures(text, &tokens, i) {
            i = after;
            continue;
        }
        // "Nombre de membres Mesdames X, Y", "En Présents votants exercice
        // Messieurs Z": the headings of a counts box, margin words and
        // their links only, run into the list before a civility.
        if let Some(after) = box_headings(&tokens, i, &mut margin_word, |k| {
            is_box_link(&text[tokens[k].start..tokens[k].end])
        }) && tokens
            .get(after)
            .is_some_and(|t| t.kind == Kind::Word && civility(&text[t.start..t.end]).is_some())
        {
            i = after;
            continue;
        }
        // "Monsieur Gérard 14 Votants CHAPUIS", "Madame Sylvie Convocation
        // du CORDIER": a margin's figure and its word, or its word and a
        // link, woven between the words of a name, before its family name
        // in capitals.
        if let Some(after) = margin_inside_name(text, &tokens, i, &mut margin_word)
            && !out.is_empty()
        {
            i = after;
            continue;
        }
        // Up to four words, one of them a margin word, then a colon.
        let mut k = i;
        let mut margin = false;
        while k < tokens.len() && k < i + 4 && tokens[k].kind == Kind::Word {
            let raw = &text[tokens[k].start..tokens[k].end];
            if civility(raw).is_some() {
                break;
            }
            // Margin words are 4 to 11 letters: others are not folded.
            margin |= margin_word(k);
            k += 1;
        }
        // "EN EXERCICE……….. 15": dot leaders to the figure, no colon.
        let mut leaders = k;
        while tokens
            .get(leaders)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '…')))
        {
            leaders += 1;
        }
        // The words before the margin word are links or count words, not
        // a family name ("Florence PELDETARD PRESENTS……. 10" keeps PELDETARD).
        // (Asked only of a run with a margin word.)
        let mut leads_in = || {
            (i..k).take_while(|&j| !margin_word(j)).all(|j| {
                with_fold(&text[tokens[j].start..tokens[j].end], |w| {
                    w.chars().count() <= 3 || matches!(w, "nombre" | "conseillers" | "membres")
                })
            })
        };
        if margin
            && k > i
            && leads_in()
            && leaders >= k + 2
            && tokens.get(leaders).is_some_and(|t| t.kind == Kind::Number)
            && !out.is_empty()
        {
            i = leaders + 1;
            continue;
        }
        if margin
            && k > i
            && tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'))
            && !out.is_empty()
            // ("Monsieur Guy Contre : 00 TROX" keeps Guy.)
            && leads_in()
        {
            let mut j = k + 1;
            while tokens.get(j).is_some_and(|t| t.kind == Kind::Newline) {
                j += 1;
            }
            // A figure, or a date "3 mars 2015".
            if tokens.get(j).is_some_and(|t| t.kind == Kind::Number) {
                j += 1;
                if tokens.get(j).is_some_and(|t| {
                    t.kind == Kind::Word && month_number(&text[t.start..t.end]).is_some()
                }) && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
                {
                    j += 2;
                }
            }
            i = j;
            continue;
        }
        out.push(tokens[i]);
        i += 1;
    }
    out
}

/// After a margin's words woven inside a name at `tokens[i]`: a figure of
/// up to three digits then a margin word ("Gérard 14 Votants CHAPUIS"), or
/// a capitalised margin word then at most one link ("Sylvie Convocation
/// du CORDIER"), right after a word and before a word in capitals.
fn margin_inside_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    margin_word: &mut impl FnMut(usize) -> bool,
) -> Option<usize> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    if i == 0 || word(i - 1).is_none() {
        return None;
    }
    let t = &tokens[i];
    let after = if t.kind == Kind::Number && t.end - t.start <= 3 {
        (word(i + 1).is_some() && margin_word(i + 1)).then_some(i + 2)?
    } else {
        let first = word(i)?;
        // (The margin word first: it is worked out once a word, and most
        // words are none.)
        if !first.starts_with(char::is_uppercase) || !margin_word(i) || is_caps(first) {
            return None;
        }
        if word(i + 1).is_some_and(|w| is_box_link(w) || with_fold(w, |f| f == "du")) {
            i + 2
        } else {
            i + 1
        }
    };
    word(after)
        .is_some_and(|w| is_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .then_some(after)
}

/// Drops the headings of a commune's margin woven into names ("Paul Canton
/// VERDIER", "Anne Commune LASSALE"): the margin of a commune's minutes
/// names its department, district, canton and commune one a line, and a
/// text flattened with it may put one of those words, in mixed case,
/// between a given name (the lexicon's) and its family name in capitals.
/// (In capitals the word is a family name: "CANTON".)
pub(crate) fn header_margin_inside_names(text: &str, mut tokens: Vec<Token>) -> Vec<Token> {
    let heading = |t: &Token| {
        t.kind == Kind::Word
            && matches!(
                &text[t.start..t.end],
                "Département" | "Departement" | "Arrondissement" | "Canton" | "Commune"
            )
    };
    if !tokens.iter().any(heading) {
        return tokens;
    }
    let word = |t: Option<&Token>| {
        t.filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut k = 1;
    while k + 1 < tokens.len() {
        if heading(&tokens[k])
            && word(tokens.get(k - 1)).is_some_and(is_given_name)
            && word(tokens.get(k + 1))
                .is_some_and(|w| is_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        {
            tokens.remove(k);
        } else {
            k += 1;
        }
    }
    tokens
}

/// After the figures of a counts box at `tokens[i]` ("80 50 50"): two to
/// five numbers of up to three digits in a row, after a separator, before
/// a capitalised word.
fn box_figures(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let figure = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Number && t.end - t.start <= 3)
    };
    if !(i > 0 && matches!(tokens[i - 1].kind, Kind::Punct(',' | ';')) && figure(i)) {
        return None;
    }
    let end = (i..i + 6).find(|&k| !figure(k))?;
    let next = tokens.get(end)?;
    (end - i >= 2
        && end - i <= 5
        && next.kind == Kind::Word
        && text[next.start..].starts_with(char::is_uppercase))
    .then_some(end)
}

/// After the headings of a counts box at `tokens[i]`: two to six words,
/// margin words ("exercice", "présents", "votants", "nombre") and their
/// links ("en", "de", "membres"), two of them margin words or the first
/// "Nombre".
fn box_headings(
    tokens: &[Token],
    i: usize,
    margin_word: &mut impl FnMut(usize) -> bool,
    link: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut margins = 0;
    let mut k = i;
    while k < tokens.len() && k < i + 6 && tokens[k].kind == Kind::Word {
        if margin_word(k) {
            margins += 1;
        } else if !link(k) {
            break;
        }
        k += 1;
    }
    (k >= i + 2 && (margins >= 2 || margins == 1 && margin_word(i))).then_some(k)
}

/// A link between the headings of a counts box: "en", "de", "membres".
fn is_box_link(x: &str) -> bool {
    const LINKS: [&str; 5] = ["en", "de", "des", "membres", "conseillers"];
    // Most words are turned away on their first letter, without folding.
    initial_among(x, &LINKS) && with_fold(x, |f| LINKS.contains(&f))
}

/// After a certification stamp at `tokens[i]`: a capitalised stamp word,
/// up to five more words in small letters or of a stamp, then a date
/// "24/09/2020".
fn stamp_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let stamp =
        |w: &str| initial_among(w, &STAMP_WORDS) && with_fold(w, |f| STAMP_WORDS.contains(&f));
    let first = word(i)?;
    if !(first.starts_with(char::is_uppercase) && stamp(first)) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 6 && word(k).is_some_and(|w| stamp(w) || w.starts_with(char::is_lowercase)) {
        k += 1;
    }
    let date = (0..5).all(|d| {
        tokens.get(k + d).is_some_and(|t| {
            if d % 2 == 0 {
                t.kind == Kind::Number
            } else {
                t.kind == Kind::Punct('/')
            }
        })
    });
    date.then_some(k + 5)
}

/// Whether most lines of a one-name-per-line list start with a civility:
/// then a line without one is a commune or a heading, not a member.
/// Counted over the list's first paragraph (up to a blank line) when it
/// holds three lines or more: a section running on past its list into
/// prose ("M. X, Maire, ouvre la séance", "M. X demande ...") would
/// otherwise lend the list the civilities of its sentences.
fn civility_per_line(text: &str, tokens: &[Token]) -> bool {
    let (mut lines, mut with) = (0, 0);
    let mut first_paragraph = None;
    let mut at_line_start = true;
    for (k, t) in tokens.iter().enumerate() {
        match t.kind {
            // (The tokens of a list read line by line keep each line break:
            // two in a row are a blank line.)
            Kind::Newline if k > 0 && tokens[k - 1].kind == Kind::Newline => {
                first_paragraph.get_or_insert((lines, with));
            }
            Kind::Newline => at_line_start = true,
            _ if at_line_start => {
                at_line_start = false;
                lines += 1;
                if t.kind == Kind::Word && civility(&text[t.start..t.end]).is_some() {
                    with += 1;
                }
            }
            _ => {}
        }
    }
    if let Some((first_lines, first_with)) = first_paragraph
        && first_lines >= 3
    {
        (lines, with) = (first_lines, first_with);
    }
    lines >= 3 && with * 5 >= lines * 2
}

/// One name per line rather than separators.
fn is_line_mode(text: &str, tokens: &[Token]) -> bool {
    const LONG_LINE_WORDS: usize = 16;
    let mut depth = 0i32;
    let (mut seps, mut lines, mut in_line) = (0, 0, false);
    let mut leading_separators = 0;
    // Lines of many words each hold several names, not one: "SARGROAUD David
    // LAUFLOON Joël BROBRE Alberte : Saint Jacques : ...", a table's row of
    // cells flattened.
    let (mut words, mut long_lines) = (0, 0);
    for (k, t) in tokens.iter().enumerate() {
        // "M. X / Mme Y": a slash spaced apart separates names (not one
        // of a date, "10/05/2022").
        let spaced_slash = t.kind == Kind::Punct('/')
            && k > 0
            && tokens[k - 1].end < t.start
            && tokens.get(k + 1).is_some_and(|n| t.end < n.start);
        match t.kind {
            Kind::Punct('(') => depth += 1,
            Kind::Punct(')') => depth -= 1,
            Kind::Punct(',') | Kind::Punct(';') if depth <= 0 => {
                seps += 1;
                if !in_line {
                    // ", Marie-Paule": the list wraps before its commas.
                    leading_separators += 1;
                }
                in_line = true;
            }
            Kind::Punct('/') if depth <= 0 && spaced_slash => {
                seps += 1;
                in_line = true;
            }
            // "Mmes BERTIN. LAFAYE. MOULIN.": a full stop between
            // surnames in capitals on one line separates them (not a
            // civility's, "M. X", nor an initial's).
            Kind::Punct('.')
                if depth <= 0
                    && k > 0
                    && [&tokens[k - 1], tokens.get(k + 1).unwrap_or(t)]
                        .iter()
                        .all(|n| {
                            let x = &text[n.start..n.end];
                            n.kind == Kind::Word
                                && is_caps(x)
                                && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                                && civility(x).is_none()
                        }) =>
            {
                seps += 1;
                in_line = true;
            }
            // "M. X - Mme Y - M. Z": a dash before a civility separates
            // names (a line of names by commune, "Paul X – Anne Y", stays
            // one group a line).
            Kind::Punct('-' | '–')
                if depth <= 0
                    && tokens.get(k + 1).is_some_and(|n| {
                        n.kind == Kind::Word && civility(&text[n.start..n.end]).is_some()
                    }) =>
            {
                seps += 1;
                in_line = true;
            }
            Kind::Newline => {
                if in_line {
                    lines += 1;
                }
                if words > LONG_LINE_WORDS {
                    long_lines += 1;
                }
                in_line = false;
                words = 0;
            }
            Kind::Word => {
                words += 1;
                in_line = true;
            }
            _ => in_line = true,
        }
    }
    if in_line {
        lines += 1;
    }
    if words > LONG_LINE_WORDS {
        long_lines += 1;
    }
    lines >= 3 && seps * 2 < lines && leading_separators < 2 && long_lines * 2 < lines
}

/// A word of a political group's heading: "Pour l'opposition :", "Groupe
/// X :".
fn is_group_word(x: &str) -> bool {
    with_fold(x, |f| {
        matches!(
            f,
            "opposition" | "l'opposition" | "majorite" | "groupe" | "liste"
        )
    })
}

/// A link of a place's name in small letters: "sur", "lès" (not "SUR",
/// "Le", read as words of the name).
fn is_small_place_link(x: &str) -> bool {
    is_place_link(x) && x.chars().all(char::is_lowercase)
}

/// Reads the entries of a list from its tokens; see [`list`].
fn list_tokens(
    text: &str,
    tokens: &[Token],
    style: NameStyle,
    line_mode: bool,
    civility_lines: bool,
    region_end: usize,
) -> (Vec<Entry>, usize, bool) {
    // "Absents : Néant".
    if let Some(first) = tokens.iter().find(|t| t.kind == Kind::Word)
        && with_fold(&text[first.start..first.end], |f| NOBODY.contains(&f))
    {
        return (Vec::new(), first.end, false);
    }
    let mut r = ListReader {
        w: Words { text, tokens },
        style,
        line_mode,
        civility_lines,
        entries: Vec::new(),
        group: None,
        i: 0,
        stop: tokens.first().map_or(region_end, |t| t.start),
        after_stop: false,
        headed: false,
        place_headed: false,
        caps_places: false,
        bracketed: false,
        skipped: None,
    };
    // "Absents : durant toute la séance : X, Y": a heading saying the
    // names under it hold for the whole sitting.
    if let Some(first) = tokens.iter().position(|t| t.kind == Kind::Word)
        && let Some((None, after)) = crate::grammar::proxies::scope_heading(text, tokens, first)
    {
        r.i = after;
    }
    while r.i < tokens.len() && r.step() {}
    if r.i >= tokens.len() {
        r.stop = region_end;
    }
    (r.entries, r.stop, r.caps_places)
}

/// A list being read, token by token.
struct ListReader<'t> {
    w: Words<'t>,
    style: NameStyle,
    /// One name a line rather than separators.
    line_mode: bool,
    /// One name a line, each with its civility: a bare line is a commune.
    civility_lines: bool,
    entries: Vec<Entry>,
    /// The civility written for a group ("MM. X, Y et Z").
    group: Option<Civility>,
    /// The next token to read.
    i: usize,
    /// Where the list read so far ends.
    stop: usize,
    /// After a full stop, only a clean continuation of the list is accepted.
    after_stop: bool,
    /// A group's heading was read ("CDC DU SUD-GIRONDE : X, Y."): after a
    /// blank line, another heading goes on with the list.
    headed: bool,
    /// Whether every group heading read so far names a place.
    place_headed: bool,
    /// Whether communes in capitals were read run into the list
    /// ([`ListReader::caps_place_before_civility`]).
    caps_places: bool,
    /// A member was read in brackets after a commune ("Arbois (Mme X)").
    bracketed: bool,
    /// An entry skipped since the last one read ([`Entry::skipped`]).
    skipped: Option<Range<usize>>,
}

impl ListReader<'_> {
    /// Reads what starts at the current token; whether the list goes on.
    fn step(&mut self) -> bool {
        let (w, i) = (self.w, self.i);
        let tokens = w.tokens;
        match tokens[i].kind {
            Kind::Word => return self.word(),
            Kind::Punct(',' | ';' | '•' | '✓' | '|' | '/' | '*' | '-') | Kind::Newline => {
                self.i += 1;
            }
            // "- : Christian X - Vaux : Paul Y - : /": a commune's heading
            // blanked by the extraction, its colon alone after a separator
            // (or opening the list), the next member or no one after it.
            Kind::Punct(':')
                if (i == 0
                    || matches!(
                        tokens[i - 1].kind,
                        Kind::Punct('-' | '–' | ',' | ';' | ':') | Kind::Newline | Kind::Blank
                    ))
                    && (w.is(i + 1, Kind::Word)
                        || w.is(i + 1, Kind::Punct('/'))
                        || w.is(i + 1, Kind::Punct('-'))) =>
            {
                self.i += 1;
            }
            // "M. X Jean... Président M. Y Paul... Délégué de Z": dotted
            // leaders between a name and its function, a table's cells.
            Kind::Punct('.')
                if w.is(i + 1, Kind::Punct('.'))
                    && w.is(i + 2, Kind::Punct('.'))
                    && !self.entries.is_empty() =>
            {
                while w.is(self.i, Kind::Punct('.')) {
                    self.i += 1;
                }
            }
            Kind::Punct('.') => {
                // "Mme Béatrice X. (Adjoints) / M Fabrice Y": a stop before a
                // note and a separator ends no list.
                let mut j = i + 1;
                if w.is(j, Kind::Punct('(')) {
                    j = skip_parens(tokens, j);
                }
                self.after_stop = j == i + 1
                    || !tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.kind, Kind::Punct('/' | ',' | ';')));
                self.i += 1;
            }
            // "Arbois (Mme Anne X) ; (M. Paul Y)": a member in
            // brackets after a commune's name or in its place.
            Kind::Punct('(') if self.bracketed_member(i) => {}
            // A stray note: skip it whole.
            Kind::Punct('(') => self.i = skip_parens(tokens, i),
            // "2 représentants du Conseil régional (porteurs de 2 voix
            // chacun) Anne X, Paul Y 17 représentants des communes : ...":
            // the heading of a college of members, its count first.
            Kind::Number if let Some(after) = college_heading(w, i) => self.i = after,
            Kind::Number if self.line_mode => self.i = next_line(tokens, i),
            Kind::Blank => {
                // A paragraph break ends the list unless a separator led to it.
                let after_separator =
                    i > 0 && matches!(tokens[i - 1].kind, Kind::Punct(',') | Kind::Punct(';'));
                // "...Sylvie X.\n\nMM. Paul Y, ...": a list grouped by
                // civility goes on in the next paragraph with its next group;
                // "Madame X qui a donné pouvoir à ...\n\nMadame Y qui ...": one
                // member a paragraph, each with a civility.
                let with_civility = self.entries.last().is_some_and(
                    |e| matches!(&e.mention, Mention::Name(n) if n.civility.is_some()),
                );
                // "MM. X, Y.\n\nMme Z.": after a group's civility, the
                // next paragraph's own civility too.
                let grouped = self
                    .entries
                    .last()
                    .is_some_and(|e| e.group_civility.is_some());
                // "- Mme Anne X, Vice-présidente\n\nMonsieur Paul Y ouvre la
                // séance": after members each on a bulleted line, a
                // paragraph with no bullet is no member's.
                let bullets_end = self.entries.last().is_some_and(|e| match &e.mention {
                    Mention::Name(n) => {
                        let before = &w.text[..n.whole.start];
                        let line = &before[before.rfind('\n').map_or(0, |p| p + 1)..];
                        matches!(line.trim(), "-" | "–" | "•" | "*")
                    }
                    Mention::Role(..) => false,
                }) && w.is(i + 1, Kind::Word);
                let next_group = w.word(i + 1).and_then(civility).is_some_and(|(_, plural)| {
                    plural || (with_civility && !bullets_end) || grouped
                });
                // "...\n\nPour la majorité : Mme X": the next group's heading.
                let next_group = next_group
                    || w.word(i + 1).is_some_and(|x| civility(x).is_none())
                        && self.heading_in_list(i + 1).is_some_and(|after| {
                            self.headed
                                || (i + 1..after)
                                    .filter_map(|j| w.word(j))
                                    .any(|x| is_group_word(x) || is_group_heading_word(x))
                        });
                // "..., Bernard X, Adjoints.\n\nMichel Y, ..., Conseillers
                // Municipaux.": groups each closed by their role in the
                // plural, the next group in the next paragraph.
                let next_group = next_group
                    || self.entries.last().is_some_and(|e| {
                        e.function.clone().is_some_and(|f| {
                            let role = &w.text[f];
                            role.ends_with(['s', 'S']) && role.len() > 3
                        })
                    }) && self.mention(i + 1).is_some();
                // "Anne X, DELEGUEE TITULAIRE\n\nPaul Y, DELEGUE SUPPLEANT": rows
                // of a table flattened, each name with its function in
                // capitals, a page's paragraph break among them.
                let caps_function = |e: &Entry| {
                    e.function
                        .clone()
                        .is_some_and(|f| w.text[f].split_whitespace().all(is_caps))
                };
                let next_row = self.entries.last().is_some_and(caps_function)
                    && self.entries.iter().filter(|e| caps_function(e)).count() >= 3
                    && self.mention(i + 1).is_some_and(|(m, after)| {
                        matches!(&m, Mention::Name(n) if n.given.is_some() && n.civility.is_none())
                            && w.is(after, Kind::Punct(','))
                    });
                // "X Jean, Délégué de A\n\nY Paul, Déléguée de B": one member a
                // paragraph, each name followed by the same function.
                let stem = |x: &str| {
                    let f = fold(x);
                    f.trim_end_matches(['s', 'e']).to_string()
                };
                let last_function = self
                    .entries
                    .last()
                    .and_then(|e| e.function.clone())
                    .and_then(|f| w.text[f].split_whitespace().next().map(stem));
                let same_function = last_function.is_some_and(|last| {
                    self.mention(i + 1).is_some_and(|(m, after)| {
                        matches!(&m, Mention::Name(n) if n.given.is_some() && n.civility.is_none())
                            && w.is(after, Kind::Punct(','))
                            && w.word(after + 1)
                                .is_some_and(|x| is_function_word(x) && stem(x) == last)
                    })
                });
                // "X Jean, Délégué de A\n\nY Paul, Conseil départemental":
                // one member a paragraph written family name first, then a
                // comma before what they stand for, whatever it is.
                let family_first = |m: &Mention| {
                    matches!(m, Mention::Name(n) if n.civility.is_none()
                        && n.given.as_ref().is_some_and(|g| n.family.end <= g.start)
                        && is_caps(&w.text[n.family.clone()]))
                };
                let same_shape = self
                    .entries
                    .last()
                    .is_some_and(|e| e.function.is_some() && family_first(&e.mention))
                    && self.mention(i + 1).is_some_and(|(m, after)| {
                        family_first(&m) && w.is(after, Kind::Punct(','))
                    });
                let next_group = next_group || next_row || same_function || same_shape;
                if next_group {
                    self.after_stop = false;
                }
                if !self.entries.is_empty() && !after_separator && !next_group {
                    return false;
                }
                self.i += 1;
            }
            // A date woven into the list ("19/04/2013 Mme Colette X").
            Kind::Number if w.is(i + 1, Kind::Punct('/')) => {
                while tokens
                    .get(self.i)
                    .is_some_and(|t| matches!(t.kind, Kind::Number | Kind::Punct('/')))
                {
                    self.i += 1;
                }
            }
            // "3 mars 2015": a margin date woven into the list.
            Kind::Number
                if w.word(i + 1).is_some_and(|m| month_number(m).is_some())
                    && w.is(i + 2, Kind::Number) =>
            {
                self.i += 3;
            }
            Kind::Number => {
                if w.word(i + 1).is_some_and(is_function_word) {
                    // "1ère adjointe", "2ème Vice-Président": a numbered function.
                    self.function(i, i + 1);
                } else if (w.is(i + 1, Kind::Punct('°')) || w.is(i + 1, Kind::Punct(',')))
                    && w.word(i + 2).is_some_and(is_function_word)
                {
                    // "1° adjointe"; "3ème, Adjt": a stray comma.
                    self.function(i, i + 2);
                } else if w
                    .word(i + 1)
                    .is_some_and(|x| matches!(x, "ère" | "ème" | "er" | "e" | "re" | "eme" | "ere"))
                    && w.word(i + 2).is_some_and(is_function_word)
                {
                    // "1 ère adjointe": the ordinal's suffix apart.
                    self.function(i, i + 2);
                } else if w.is(i + 1, Kind::Punct('.')) {
                    // "11. 12. 13." numbering from a flattened table.
                    self.i += 2;
                } else if let Some(at) = self.numbered_name(i) {
                    // "1- Edouard X 2- Pascal Y", "001 X Anne , 002 Y Paul":
                    // each member numbered.
                    self.i = at;
                } else if !self.skip_garbled_tail(i, false) {
                    // (Skipped, where the list goes on after it: "X Paul @
                    // 9h40 part, ...", a note garbled after a name.)
                    return false;
                }
            }
            // "Brigitte X : Coralie Y : Éric Z", "COLLOMP Paul : CESAR
            // Anne": the communes of a table left blank, their colons
            // between the members.
            Kind::Punct(':')
                if !self.line_mode
                    && !self.entries.is_empty()
                    && w.word(i + 1).is_some_and(|x| {
                        civility(x).is_some()
                            || is_capitalised(x)
                            || is_caps(x) && !is_function_word(x)
                            // "S. BUFFETAUT : D. HERMOUET": an initial.
                            || is_initial(x)
                    })
                    && self.mention(i + 1).is_some() =>
            {
                self.i += 1;
            }
            // "SARPELOT Pascal : les Alpes : GERIN Jean", "Allons : : Saint
            // André : X Paul": a table of communes and their delegates
            // flattened, a commune's name cut or blanked between the colons;
            // the next commune's heading, then a member, go on with the list.
            Kind::Punct(':')
                if !self.line_mode && (!self.entries.is_empty() || self.headed) && {
                    // "Montézic : : : X Paul": the colons of blank cells.
                    let mut j = i + 1;
                    while w.is(j, Kind::Punct(':')) {
                        j += 1;
                    }
                    j > i + 1 && self.mention(j).is_some()
                        || self
                            .heading_in_list(j)
                            .is_some_and(|after| self.mention(after).is_some())
                } =>
            {
                self.i += 1;
            }
            // "Présents : : Mme X": a colon doubled before the first name.
            Kind::Punct(':') if i == 0 => self.i += 1,
            Kind::Punct(':') => return false,
            // "_________": a rule drawn under the lists ends them.
            Kind::Punct('_')
                if !self.entries.is_empty()
                    && w.is(i + 1, Kind::Punct('_'))
                    && w.is(i + 2, Kind::Punct('_')) =>
            {
                return false;
            }
            Kind::Punct(_) => self.i += 1,
        }
        true
    }

    /// Reads from a word: a name, or what may stand between names.
    fn word(&mut self) -> bool {
        let i = self.i;
        let Some(w) = self.w.word(i) else {
            return false;
        };
        if w == "et" || w == "ET" {
            self.i += 1;
            return true;
        }
        if let Some(after) = self.members_lead_in(i) {
            self.i = after;
            return true;
        }
        if let Some(after) = self.nobody_after_civility(i) {
            self.i = after;
            return true;
        }
        // "COMMUNE D' TASGROET Jean-Claude": a commune's heading whose name
        // the extraction blanked after its elision.
        if with_fold(w, |f| f == "commune")
            && matches!(self.w.word(i + 1), Some("D" | "d"))
            && self.w.is(i + 2, Kind::Punct('\''))
            && self.w.word(i + 3).is_some_and(is_caps)
        {
            self.i = i + 3;
            return true;
        }
        // "Etaient présents : Date d'affichage : 25 juillet 2016 Mesdames
        // X, Y": a margin's field woven into the list, its date read next.
        if matches!(w, "Date" | "DATE")
            && let Some(colon) =
                (i + 1..(i + 6).min(self.w.tokens.len())).find(|&k| self.w.is(k, Kind::Punct(':')))
            && self.w.is(colon + 1, Kind::Number)
        {
            self.i = colon + 1;
            return true;
        }
        // "A partir de 18h43, Mme X": the member's stretch written first.
        if let Some((condition, at)) = self.condition_before_name(i)
            && let Some((mention, next)) = self.mention(at)
        {
            let before = self.entries.len();
            self.i = at;
            let goes_on = self.entry(mention, next);
            if self.entries.len() > before
                && let Some(e) = self.entries.last_mut()
            {
                e.notes.insert(0, condition);
            }
            return goes_on;
        }
        if self.entries.is_empty()
            && let Some(after) = college_heading_at_noun(self.w, i)
        {
            self.i = after;
            return true;
        }
        if self.entries.is_empty()
            && let Some(after) = self.headings_column(i)
        {
            self.i = after;
            return true;
        }
        if let Some(after) = if civility(w).is_none() {
            self.heading_in_list(i)
        } else {
            self.standing_after_civilities(i)
        } {
            self.i = after;
            // "Bazus : Anne X. Garidech : Paul Y ; Lise Z.": after a full
            // stop, the next place's heading of a list by place goes on
            // ("Elus : ... . Mairie : X, directrice" is staff after it).
            let place = (i..after)
                .filter_map(|j| self.w.word(j))
                .all(|x| !is_function_word(x) && !is_group_word(x));
            if self.place_headed && place {
                self.after_stop = false;
            }
            self.place_headed = (!self.headed || self.place_headed) && place;
            self.headed = true;
            return true;
        }
        if let Some(after) = self.pour_heading(i) {
            self.i = after;
            self.headed = true;
            return true;
        }
        if is_function_word(w) && !is_caps(w)
            || folds_to(w, "maire")
            || is_caps(w) && self.function_item(i)
        {
            self.function(i, i);
            return true;
        }
        // "HALLER Anne, Conseil départemental de la Drôme": in a list
        // written family name first, the body a member stands for after
        // the name's comma, read as a function.
        let family_first = !self.style.given_first && !self.style.mixed && !self.style.caps_only;
        if family_first
            && i > 0
            && self.w.is(i - 1, Kind::Punct(','))
            && is_capitalised(w)
            && !is_caps(w)
            && with_fold(w, |f| BODY_NOUNS.contains(&f))
            && self.entries.last().is_some_and(|e| e.function.is_none())
        {
            self.function(i, i);
            return true;
        }
        if let Some(after) = self.commune(i) {
            self.i = after;
            return true;
        }
        // "Absent(e)s : Mme et MM, Virginie X, David Y": a civility and a
        // group civility heading the list, a comma after them.
        if civility(w).is_some()
            && self.w.word(i + 1) == Some("et")
            && self
                .w
                .word(i + 2)
                .and_then(civility)
                .is_some_and(|(_, group)| group)
        {
            let mut k = i + 3;
            if self.w.is(k, Kind::Punct('.')) {
                k += 1;
            }
            if self.w.is(k, Kind::Punct(',')) || self.w.is(k, Kind::Punct(':')) {
                self.group = None;
                self.i = k + 1;
                return true;
            }
        }
        // "M./Mmes BELVEZE Paul, BRUNIAC Lucie": two civilities joined
        // by a slash, the group's of either sex heading the list.
        if civility(w).is_some() {
            let mut k = i + 1;
            if self.w.is(k, Kind::Punct('.')) {
                k += 1;
            }
            if self.w.is(k, Kind::Punct('/'))
                && self.w.word(k + 1).and_then(civility).is_some()
                && (civility(w).is_some_and(|(_, group)| group)
                    || self
                        .w
                        .word(k + 1)
                        .and_then(civility)
                        .is_some_and(|(_, group)| group))
            {
                k += 2;
                if self.w.is(k, Kind::Punct('.')) {
                    k += 1;
                }
                if self.w.is(k, Kind::Punct(',')) || self.w.is(k, Kind::Punct(':')) {
                    k += 1;
                }
                self.group = None;
                self.i = k;
                return true;
            }
        }
        if let Some((c, true)) = civility(w) {
            // "M. X, Président. Mmes et MM. Y - Z, Vice-Présidents. Mmes
            // et MM. W": groups each closed by their function and a stop,
            // the next opened by its plural civility.
            if self.after_stop
                && self.w.is(i.wrapping_sub(1), Kind::Punct('.'))
                && self.entries.last().is_some_and(|e| e.function.is_some())
            {
                self.after_stop = false;
            }
            self.group_civility(i, c);
            return true;
        }
        // "Monsieur le Vice-Président Robert X": the function before the
        // name it heads.
        if civility(w).is_some() {
            let k = if self.w.is(i + 1, Kind::Punct('.')) {
                i + 2
            } else {
                i + 1
            };
            let after = self.past_role_heading(k);
            if after != k {
                self.i = after;
                return true;
            }
        }
        // "AMANZE BAUDEMONT BOIS STE MARIE ... VARENNES SOUS DUN PAPERIN
        // Philippe, THOMAS Robert": a table's column of communes flattened
        // before its names. No family name runs to seven words: the list
        // starts at the run's last word. (Not after a group's civility:
        // "MM ARNAL  TROD  CAZES ...", surnames cut by spaces.)
        if self.entries.is_empty() && self.group.is_none() {
            let run = (i..)
                .take_while(|&k| {
                    self.w
                        .word(k)
                        .is_some_and(|x| is_caps(x) && civility(x).is_none())
                })
                .count();
            if run >= 7 {
                self.i = i + run - 1;
                return true;
            }
        }
        if let Some(after) = self.place_before_name(i) {
            self.i = after;
            return true;
        }
        if let Some(after) = self.place_before_civility(i) {
            self.i = after;
            return true;
        }
        if let Some(after) = self.caps_place_before_civility(i) {
            self.caps_places = true;
            self.i = after;
            return true;
        }
        if let Some(after) = self.member_body_before_civility(i) {
            self.i = after;
            return true;
        }
        if let Some(end) = self.place_words(i) {
            if self.bracketed_member(end) {
                return true;
            }
            // "Arbois (Mme X) ; Bresse ; Dole (Mme Y)": in such a list, a
            // commune alone names no member.
            if self.bracketed
                && self
                    .w
                    .tokens
                    .get(end)
                    .is_none_or(|t| t.kind == Kind::Punct(';'))
            {
                self.i = end;
                return true;
            }
        }
        if let Some((after, goes_on)) = self.body_code(i) {
            if goes_on {
                self.i = after;
            } else {
                self.stop = self.w.tokens[i + 1].end;
            }
            return goes_on;
        }
        // "COMMUNE D, TRAX Paul": a place's noun and its link, its name
        // blanked, before a separator: no one, the list goes on after it.
        if member_body_at(self.w, i) {
            let mut j = i + 1;
            while j < i + 8
                && (self.w.word(j).is_some_and(is_place_link)
                    || self.w.is(j, Kind::Punct('\''))
                    || self.w.is(j, Kind::Punct('’')))
            {
                j += 1;
            }
            if matches!(
                self.w.tokens.get(j).map(|t| t.kind),
                Some(Kind::Punct(',' | ';' | '/'))
            ) && self.mention(j + 1).is_some()
            {
                self.i = j + 1;
                return true;
            }
        }
        match self.mention(i) {
            Some((mention, next)) => self.entry(mention, next),
            None => match self.group_before_first_civility(i) {
                Some(after) => {
                    self.i = after;
                    true
                }
                None => match self.annotation_before_civility(i) {
                    Some(after) if civility(w).is_none() => {
                        self.i = after;
                        true
                    }
                    _ => self.unreadable(i),
                },
            },
        }
    }

    /// "Pour Besse M. Gay A, Marlet Pour le Mont-Dore M. Dubourg, Bessac
    /// Pour Saint Diery / Pour M. Brut, Lambert": the member commune
    /// heading its delegates with "Pour" and no colon, its name up to the
    /// first delegate's civility (or blanked: the civility right after
    /// "Pour"), or up to a slash when no delegate sat. Where the delegates
    /// start.
    fn pour_heading(&self, i: usize) -> Option<usize> {
        let w = self.w;
        if w.word(i)? != "Pour" {
            return None;
        }
        let mut k = i + 1;
        while k < i + 8 {
            match w.tokens.get(k) {
                None => return (k > i + 1).then_some(k),
                Some(t) => match t.kind {
                    Kind::Word => {
                        let x = w.word(k)?;
                        if civility(x).is_some() {
                            return Some(k);
                        }
                        if !(is_capitalised(x)
                            || is_caps(x)
                            || is_small_place_link(x)
                            || elided_word(x)
                            || x == "/")
                            || is_function_word(x)
                        {
                            return None;
                        }
                    }
                    // "Pour Chambon/Lac Mr Trax", "Pour Saint Diery /".
                    Kind::Punct('/') => {
                        if k > i + 1
                            && (w.word(k + 1) == Some("Pour")
                                || w.tokens
                                    .get(k + 1)
                                    .is_none_or(|n| matches!(n.kind, Kind::Newline | Kind::Blank)))
                        {
                            return Some(k + 1);
                        }
                    }
                    Kind::Punct('-' | '\'') => {}
                    _ => return None,
                },
            }
            k += 1;
        }
        None
    }

    /// "M. Pas de représentant présent", "Mme Néant": a table's cell of a
    /// delegate left empty, its civility printed before the words saying
    /// no one sat. Where they end.
    fn nobody_after_civility(&self, i: usize) -> Option<usize> {
        let w = self.w;
        civility(w.word(i)?)?;
        let mut k = i + 1;
        if w.is(k, Kind::Punct('.')) {
            k += 1;
        }
        let folded = |j: usize| w.word(j).map(fold);
        match folded(k)?.as_str() {
            "neant" => return Some(k + 1),
            "pas" | "aucun" | "aucune" => {}
            _ => return None,
        }
        if folded(k)? == "pas" {
            k += 1;
            if folded(k)?.as_str() != "de" {
                return None;
            }
        }
        k += 1;
        let who = folded(k)?;
        if !["represent", "delegue", "titulaire", "suppleant", "elu"]
            .iter()
            .any(|p| who.starts_with(p))
        {
            return None;
        }
        k += 1;
        if folded(k).is_some_and(|x| x.starts_with("present")) {
            k += 1;
        }
        // "M. Pas de représentant présent GOUMOT Mme Anne X": the next
        // row's commune in capitals, run in before its delegate's civility.
        let between = |j: usize| matches!(w.tokens[j].kind, Kind::Punct('-' | '/' | '\'' | '’'));
        let place_word = |x: &str| {
            (is_small_place_link(x) || is_caps(x) || is_capitalised(x) && !is_given_name(x))
                && !is_function_word(x)
        };
        if let Some(next) = self.words_up_to_civility(k..k + 8, between, place_word)
            && next > k
        {
            return Some(next);
        }
        Some(k)
    }

    /// "M. X Président et les délégués titulaires ou suppléants (S)
    /// suivants formant la majorité des membres en exercice : A, B": a
    /// phrase introducing the members named after its colon, opening on
    /// "les" and a noun of members, no civility nor separator before the
    /// colon (a dozen words and a bracket or two at most). Where the
    /// members start.
    fn members_lead_in(&self, i: usize) -> Option<usize> {
        let w = self.w;
        if !matches!(w.word(i)?, "les" | "Les" | "LES")
            || !w.word(i + 1).is_some_and(|x| {
                with_fold(x, |f| {
                    ["delegue", "conseiller", "membre", "elu", "representant"]
                        .iter()
                        .any(|p| f.starts_with(p))
                })
            })
        {
            return None;
        }
        let mut k = i + 2;
        while k < i + 24 {
            // (The colon's words may have been taken for a margin's label,
            // "membres en exercice :", and left out of the tokens.)
            if w.text[w.tokens[k - 1].end..w.tokens.get(k)?.start].contains(':') {
                return Some(k);
            }
            match w.tokens.get(k)?.kind {
                Kind::Punct(':') => return Some(k + 1),
                // "Les délégués des communes de (X Paul) ; VAUX (Y Luc)":
                // the first commune blanked, its members in brackets.
                Kind::Punct('(')
                    if matches!(w.word(k - 1), Some("de" | "des"))
                        && self.bracketed_names(k).is_some() =>
                {
                    return Some(k);
                }
                Kind::Punct('(' | ')') => {}
                Kind::Word if w.word(k).and_then(civility).is_none() => {}
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// "PAUL X, MAIRE, ANNE Y, ADJOINTS AU MAIRE, LUC Z": an item of
    /// function words in capitals between commas, after a name, is the
    /// function of the name before it, not a name.
    fn function_item(&self, i: usize) -> bool {
        let w = self.w;
        // "... Madame Y Lise ADJOINTS\n\nMesdames et Messieurs – ...":
        // or a group's function in the plural run on after its last name,
        // no comma between.
        let run_on = || {
            w.word(i - 1).is_some_and(is_capitalised) && w.word(i).is_some_and(|x| x.ends_with('S'))
        };
        if self.entries.is_empty() || i == 0 || !(w.is(i - 1, Kind::Punct(',')) || run_on()) {
            return false;
        }
        let mut k = i;
        while let Some(x) = w.word(k) {
            let link = matches!(x, "AU" | "AUX" | "DU" | "DE" | "LA" | "DES")
                || with_fold(x, |f| {
                    f.starts_with("municipa") || f.starts_with("communautaire")
                });
            if !(k > i && link || is_function_word(x) && !folds_to(x, "membre")) {
                break;
            }
            k += 1;
        }
        // (Not a family name that is also a function word: "DOYEN", "VICENTE".)
        let function_first = w.word(i).is_some_and(|x| {
            with_fold(x, |f| {
                [
                    "adjoint",
                    "conseill",
                    "delegue",
                    "vice-",
                    "president",
                    "tresori",
                    "suppleant",
                ]
                .iter()
                .any(|p| f.starts_with(p))
                    || f == "vice"
            })
        });
        if !(k > i && k <= i + 5 && function_first) {
            return false;
        }
        match w.word(k) {
            // "Anne X, DELEGUEE SUPPLEANTE Paul Y, DELEGUE TITULAIRE": a
            // function of two words or more in capitals may run into the
            // next name (a table's rows flattened), a given name or
            // capitals after it (read last: the cheaper tests first).
            Some(x) => {
                k >= i + 2
                    && (is_caps(x) || is_capitalised(x) && is_given_name(x))
                    && civility(x).is_none()
                    && self.mention(k).is_some()
            }
            None => w.tokens.get(k).is_none_or(|t| {
                matches!(
                    t.kind,
                    Kind::Punct(',' | ';' | '.') | Kind::Newline | Kind::Blank
                )
            }),
        }
    }

    /// "Arbois (Mme Anne X)", "Mont sous Vaudrey (Mme Lise Y)": the
    /// words of a place in mixed case (no civility, no capitals alone)
    /// before a bracket whose member is read by [`Self::bracketed_member`],
    /// or before a semicolon. Where they end.
    fn place_words(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let mut k = i;
        let mut named = false;
        let mut caps = false;
        while k < i + 8 {
            let Some(t) = w.tokens.get(k) else { break };
            match t.kind {
                Kind::Punct('(' | ';') => break,
                Kind::Punct('-' | '\'' | '’' | '/') => {}
                Kind::Word => {
                    let x = w.word(k)?;
                    let link = is_small_place_link(x);
                    if civility(x).is_some() {
                        return None;
                    }
                    // "CASTEX D’ARMAGNAC (TRAX Paul)": a commune in
                    // capitals, before a bracket of names only.
                    if is_caps(x) {
                        caps = true;
                        named = true;
                        k += 1;
                        continue;
                    }
                    // ("Val d'Amour": an elision before a capital.)
                    let elided = ["d'", "d’", "l'", "l’"].iter().any(|e| {
                        x.strip_prefix(e)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    });
                    if !link && !elided && !x.starts_with(char::is_uppercase) {
                        return None;
                    }
                    named |= !link;
                }
                _ => return None,
            }
            k += 1;
        }
        if caps && self.bracketed_names(k).is_none() {
            return None;
        }
        (named && (k == w.tokens.len() || w.is(k, Kind::Punct('(')) || w.is(k, Kind::Punct(';'))))
            .then_some(k)
    }

    /// A member in brackets at `tokens[open]`: a civility and a name up to
    /// the closing bracket, or to a colon before a note ("(M. Bernard X :
    /// pouvoir transmis à ...)"). Records the member and reads on after the
    /// bracket; whether one was read.
    fn bracketed_member(&mut self, open: usize) -> bool {
        let w = self.w;
        if let Some((names, close)) = self.bracketed_names(open) {
            for (mention, _) in names {
                self.push(mention, Vec::new());
            }
            self.bracketed = true;
            self.after_stop = false;
            self.stop = w.tokens[close - 1].end;
            self.i = close;
            return true;
        }
        if !w.is(open, Kind::Punct('('))
            || w.word(open + 1)
                .and_then(civility)
                .is_none_or(|(_, plural)| plural)
        {
            return false;
        }
        let Some((mention, next)) = self.mention(open + 1) else {
            return false;
        };
        let close = skip_parens(w.tokens, open);
        if !matches!(
            w.tokens.get(next).map(|t| t.kind),
            Some(Kind::Punct(')' | ':'))
        ) || !w.is(close.saturating_sub(1), Kind::Punct(')'))
        {
            return false;
        }
        // "(M. X : pouvoir transmis à Mme Y)": what follows the colon is
        // the member's note.
        let notes = if w.is(next, Kind::Punct(':')) && next + 1 < close - 1 {
            let note = w.tokens[next + 1].start..w.tokens[close - 2].end;
            vec![note]
        } else {
            Vec::new()
        };
        self.push(mention, notes);
        self.bracketed = true;
        self.after_stop = false;
        self.stop = w.tokens[close - 1].end;
        self.i = close;
        true
    }

    /// "VAUX (TRAX Paul, DAVEL Anne) ; (MARTIN Luc)": members in
    /// brackets after their commune (or where it was blanked), each
    /// written family name first in capitals with a given name, no
    /// civility, commas between them, each given name known to the
    /// lexicon. A lone given name after a family
    /// name without one ("DAVEL LOUVIER, Anne") is that name's, split by a
    /// stray comma. The names read and where the bracket ends, when every
    /// item in it is such a name.
    fn bracketed_names(&self, open: usize) -> Option<(Vec<(Mention, usize)>, usize)> {
        let w = self.w;
        if !w.is(open, Kind::Punct('(')) || w.word(open + 1).and_then(civility).is_some() {
            return None;
        }
        let close = skip_parens(w.tokens, open);
        if !w.is(close.checked_sub(1)?, Kind::Punct(')')) {
            return None;
        }
        let mut names: Vec<(Mention, usize)> = Vec::new();
        let mut k = open + 1;
        loop {
            let lone_given = names
                .last()
                .is_some_and(|(m, _)| matches!(m, Mention::Name(n) if n.given.is_none()))
                && w.word(k)
                    .is_some_and(|x| is_capitalised(x) && is_given_name(x))
                && matches!(
                    w.tokens.get(k + 1).map(|t| t.kind),
                    Some(Kind::Punct(',' | ')'))
                );
            let next = if lone_given {
                k + 1
            } else {
                let (mention, next) = self.mention(k)?;
                let Mention::Name(n) = &mention else {
                    return None;
                };
                // (A given name of the lexicon: "(DT Vaux)" is a note.)
                if n.civility.is_some()
                    || !is_caps(&w.text[n.family.clone()])
                    || n.given.as_ref().is_some_and(|g| {
                        g.start < n.family.start
                            || !w.text[g.clone()]
                                .split_whitespace()
                                .next()
                                .is_some_and(is_given_name)
                    })
                {
                    return None;
                }
                names.push((mention, next));
                next
            };
            match w.tokens.get(next).map(|t| t.kind) {
                Some(Kind::Punct(',')) => k = next + 1,
                Some(Kind::Punct(')')) if next + 1 == close => break,
                _ => return None,
            }
        }
        // (One name at least with its given name.)
        names
            .iter()
            .any(|(m, _)| matches!(m, Mention::Name(n) if n.given.is_some()))
            .then_some((names, close))
    }

    /// "PRESENTS : Communauté de Communes Sèvre et Loire Mr MONFLOIER, Mr
    /// X": the group the first names belong to, written without a colon
    /// before a list whose entries carry civilities. Where the first civility
    /// stands, within eight words of capitalised words and particles.
    fn group_before_first_civility(&self, i: usize) -> Option<usize> {
        if !self.entries.is_empty() {
            return None;
        }
        let w = self.w;
        let group_word = |x: &str| is_capitalised(x) || is_caps(x) || is_particle(x) || x == "et";
        // (The first word is the group's, even a civility: the civility
        // looked for comes after it.)
        if !w.word(i).is_some_and(group_word) {
            return None;
        }
        let k = self.words_up_to_civility(i + 1..i + 8, |_| false, group_word)?;
        w.word(if w.is(k + 1, Kind::Punct('.')) {
            k + 2
        } else {
            k + 1
        })
        .is_some_and(|x| is_caps(x) || is_capitalised(x))
        .then_some(k)
    }

    /// Where the first civility stands in `tokens[span]`, when every word
    /// before it is `place_word` and every other token `between`: the scan
    /// of [`Self::group_before_first_civility`],
    /// [`Self::place_before_civility`] and
    /// [`Self::caps_place_before_civility`].
    fn words_up_to_civility(
        &self,
        span: Range<usize>,
        mut between: impl FnMut(usize) -> bool,
        mut place_word: impl FnMut(&str) -> bool,
    ) -> Option<usize> {
        let w = self.w;
        for k in span.start..span.end.min(w.tokens.len()) {
            match w.word(k) {
                Some(x) if civility(x).is_some() => return Some(k),
                Some(x) if place_word(x) => {}
                None if between(k) => {}
                _ => return None,
            }
        }
        None
    }

    /// After a heading inside the list ("Arrondissement Châteauvieux :",
    /// "ARCELLES :", the member's commune or group) or a margin box woven in
    /// ("en exercice : 23", "Date d'affichage :").
    fn heading_in_list(&self, i: usize) -> Option<usize> {
        let w = self.w;
        if let Some(after) = self.group_noun_heading(i) {
            return Some(after);
        }
        let mut k = i;
        // "CC. DU CANTON DE BRUME :", "SM. DES EAUX :": a body's name
        // abbreviated in capitals, with its stop, opening the heading (two
        // letters or more: "J. MARTEL :" is an initial).
        if w.word(i).is_some_and(|x| {
            x.strip_suffix('.').is_some_and(|a| {
                (2..=5).contains(&a.chars().count()) && a.chars().all(char::is_uppercase)
            })
        }) && w
            .word(i + 1)
            .is_some_and(|x| is_caps(x) || is_place_link(x))
        {
            k = i + 1;
        }
        // (The abbreviation is no initial before a family name.)
        let first_word = k;
        // "Commune d' :": a place name blanked after its elision.
        // ("Pour la commune de SAINT ROMAIN DE LERPS :": eight words.)
        // ("HAGNICOURT & ROMAGNE :": two communes merged, one heading.)
        // ("COMMUNAUTE DE COMMUNES DES RIVES DU CHER ET DE L'ARNON DES
        // TERRES DE CŒUR :": a member body's name, two of them run
        // together, longer.)
        let most = if member_body_at(w, i) { i + 20 } else { i + 9 };
        while k < most
            && (w.word(k).is_some_and(|x| civility(x).is_none())
                || w.is(k, Kind::Number)
                // "Cortal-aux- Moines :", "Doulon -La-Roche :": a place's
                // hyphen cut from a word by the extraction.
                || (k > i && w.is(k, Kind::Punct('-')) && w.word(k + 1).is_some())
                // "BELMONT s/ ROCHE :": "s/" (sur) abbreviated.
                || (k > i
                    && w.is(k, Kind::Punct('/'))
                    && w.word(k - 1).is_some_and(|x| matches!(x, "s" | "S" | "st" | "St")))
                // "SIVOM VAUX/SAINT-JEAN DES PRES :": two places joined by a
                // slash.
                || (k > i
                    && w.is(k, Kind::Punct('/'))
                    && w.word(k - 1).is_some_and(is_caps)
                    && w.word(k + 1).is_some_and(is_caps))
                || (k > i && (w.is(k, Kind::Punct('\'')) || w.is(k, Kind::Punct('’'))))
                || (k > i && w.is(k, Kind::Punct('&')) && w.word(k + 1).is_some_and(is_caps)))
        {
            k += 1;
        }
        // "Sauvan Commune de :": a surname before the next group's heading
        // ("ANCIEN Canton de Die :", "Ancienne commune de X :" are one
        // heading, its noun qualified).
        let qualifier = |x: &str| {
            with_fold(x, |f| {
                matches!(
                    f,
                    "ancien" | "ancienne" | "anciens" | "nouveau" | "nouvelle"
                )
            })
        };
        // ("Communauté du Secteur de Vorbach :" is one heading too: the noun
        // follows a link, where a surname would stand right before it.)
        // ("Anne Tissot Communauté de Communes du Lac :": a body's name
        // after a name, the heading opening on its noun.)
        if (i + 1..k).any(|j| {
            (w.word(j).is_some_and(is_group_heading_word) || member_body_at(w, j))
                && !(i..j).all(|q| w.word(q).is_some_and(qualifier))
                && !w.word(j - 1).is_some_and(is_place_link)
        }) {
            return None;
        }
        // A heading's noun ("ANCIEN Canton de Die :" is no "NOM Prénom").
        let heading_noun = |x: &str| {
            with_fold(x, |f| {
                matches!(f, "commune" | "ville" | "canton" | "secteur")
            })
        };
        // Not a name: no given name next to a family name.
        let looks_like_name = (first_word.max(i)..k.saturating_sub(1)).any(|j| {
            let (a, b) = (w.word(j).unwrap_or(""), w.word(j + 1).unwrap_or(""));
            (is_capitalised(a) || is_initial(a)) && is_caps(b) && !heading_noun(a)
                || is_caps(a) && is_capitalised(b) && !heading_noun(b) && !place_compound(b)
        });
        let body_heading = member_body_at(w, i);
        // Place names: capitals or capitalised words, particles, numbers.
        let place_like = (first_word..k).all(|j| match w.word(j) {
            Some(x) => {
                is_caps(x)
                    || is_capitalised(x)
                    || is_particle(x)
                    // "Saint Paul d'Arc et d'Olmes", "Vernet l'église":
                    // a link inside the name, an elided article.
                    // ("DUPONT et MARTIN :" are two names.)
                    || (j > i
                        && j + 1 < k
                        && x == "et"
                        && !w.word(j - 1).is_some_and(is_caps)
                        && !w.word(j + 1).is_some_and(is_caps))
                    || (j > i && elided_word(x))
                    || is_place_link(x)
                    // "s/" (sur) abbreviated.
                    || (j > i && x.len() <= 2 && w.is(j + 1, Kind::Punct('/')))
                    // "Brossy sans Lande :": in a list already headed by
                    // places, a short word in small letters between two
                    // capitalised words of a place's name.
                    || (self.headed
                        && j > i
                        && j + 1 < k
                        && x.len() <= 5
                        && x.starts_with(char::is_lowercase)
                        && w.word(j + 1).is_some_and(is_capitalised))
                    // "-sur-Armançon :": a place's name cut before its
                    // link, the link joined to the next word.
                    || x.split_once('-').is_some_and(|(link, rest)| {
                        is_place_link(link) && (is_capitalised(rest) || is_caps(rest))
                    })
                    // "Communauté d'agglomération du bassin :": a member
                    // body's name, its noun and link first, any words to
                    // its colon.
                    || body_heading
                    // A heading's noun, an elided article apart.
                    || heading_noun(x)
                    || with_fold(x, |f| f == "l")
            }
            None => true,
        });
        // "SAINT-AVE\n: Hervé X – ...": a heading alone on its line, its
        // colon opening the next.
        let k = if self.line_mode
            && (i == 0 || w.is(i - 1, Kind::Newline))
            && w.is(k, Kind::Newline)
            && w.is(k + 1, Kind::Punct(':'))
        {
            k + 1
        } else {
            k
        };
        let colon = w.is(k, Kind::Punct(':'));
        if colon && (i..k).filter_map(|j| w.word(j)).any(is_margin_word) {
            return Some(if w.is(k + 1, Kind::Number) {
                k + 2
            } else {
                k + 1
            });
        }
        // "Membres titulaires :", "Délégués suppléants :": a heading naming
        // the members' standing, maybe with a count ("Membres (36/72) :").
        // ("Les adjoints et les conseillers municipaux :", "la Conseillère
        // :": the standing's noun after its article.)
        let noun = (i..k)
            .find(|&j| !w.word(j).is_some_and(is_article))
            .unwrap_or(i);
        let standing = w.word(noun).is_some_and(is_function_word)
            && (i..k).filter_map(|j| w.word(j)).all(|x| {
                is_function_word(x)
                    || is_particle(x)
                    || x.chars().next().is_some_and(char::is_lowercase)
                    || is_capitalised(x)
            });
        // "Pour l'opposition :", "Groupe Agir ensemble :": a political
        // group's heading.
        let group = (i..k).filter_map(|j| w.word(j)).any(is_group_word);
        let standing = standing || group;
        // "Rennes Agglomération (compétence eau) :": a body's heading with
        // what it sits for in brackets, as a standing's count.
        let colon_at = if (standing || place_like && !looks_like_name) && w.is(k, Kind::Punct('('))
        {
            skip_parens(w.tokens, k)
        } else {
            k
        };
        let colon = w.is(colon_at, Kind::Punct(':'));
        (k > i && (place_like || standing) && !looks_like_name && colon).then_some(colon_at + 1)
    }

    /// "Collège des élus – Anne X, Paul Y", "Commune de Vaux-le-Pont - Luc
    /// Z", "Collège des socio-professionnels et associations : ...": a
    /// group's heading opened by the noun of a college or a member body
    /// (never a person's name), closed by a colon or by a dash where a
    /// colon would stand, up to ten words of any case, none a civility, a
    /// member's name right after it. Where the list goes on after it.
    fn group_noun_heading(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let noun = w.word(i)?;
        if !(is_capitalised(noun) || is_caps(noun)) || !with_fold(noun, is_group_noun) {
            return None;
        }
        // A link after the noun ("Collège des", "Commune de", "Conseil
        // Départemental": "Ville Anne" is no heading).
        let next = w.word(i + 1)?;
        if !(is_place_link(next)
            || fold_starts_with_elision(next)
            || is_capitalised(next) && !is_given_name(next)
            || is_caps(next) && civility(next).is_none())
        {
            return None;
        }
        let mut k = i + 1;
        let mut words = 1;
        while k < w.tokens.len() && words <= 10 {
            match w.tokens[k].kind {
                Kind::Word if civility(w.word(k).unwrap_or("")).is_none() => words += 1,
                // "Collège des élus Mesdames et Messieurs Anne X, ...": the
                // members' civility closing the heading.
                Kind::Word if words >= 3 => break,
                Kind::Punct('\'' | '’' | '/') => {}
                Kind::Punct('-')
                    if w.word(k + 1).is_some() && !w.text[w.tokens[k].end..].starts_with(' ') => {}
                Kind::Punct(':' | '–' | '—' | '-') => break,
                _ => return None,
            }
            k += 1;
        }
        let close = w.tokens.get(k)?.kind;
        let by_civility = close == Kind::Word;
        if !(by_civility || matches!(close, Kind::Punct(':' | '–' | '—' | '-'))) {
            return None;
        }
        // Not a name: no given name before a family name in capitals
        // ("Commune de Vaux Anne MARTIN -" holds a member).
        if (i + 1..k.saturating_sub(1))
            .any(|j| w.word(j).is_some_and(is_given_name) && w.word(j + 1).is_some_and(is_caps))
        {
            return None;
        }
        if by_civility {
            // A college's heading only, its noun first ("Commune de Vaux M.
            // X" is a commune, read as one elsewhere), a name after the
            // civility.
            let college = with_fold(noun, |f| f.starts_with("college"));
            let mut j = k + 1;
            while w
                .word(j)
                .is_some_and(|x| x == "et" || civility(x).is_some())
                || w.is(j, Kind::Punct('.'))
            {
                j += 1;
            }
            let named = w.word(j).is_some_and(|x| is_capitalised(x) || is_caps(x));
            return (college && named).then_some(k);
        }
        let after = k + 1;
        (close == Kind::Punct(':') || self.mention(after).is_some()).then_some(after)
    }

    /// "Mmes et MM. les Adjoints : X, Y", "Mlle la Conseillère : Z": a
    /// standing's heading opened by its members' civilities and an
    /// article (a family name never follows an article). Where the list
    /// goes on after its colon.
    fn standing_after_civilities(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let mut j = i;
        while j < i + 6
            && (w
                .word(j)
                .is_some_and(|x| civility(x).is_some() || x == "et")
                || w.is(j, Kind::Punct('.')))
        {
            j += 1;
        }
        if j == i || !w.word(j).is_some_and(is_article) {
            return None;
        }
        let after = self.heading_in_list(j)?;
        (j..after)
            .filter_map(|q| w.word(q))
            .any(is_function_word)
            .then_some(after)
    }

    /// "A partir de 18h43, Mme X", "À partir du point 4 M. Y": a stretch of
    /// the sitting written before a name. The stretch and where the name
    /// starts.
    fn condition_before_name(&self, i: usize) -> Option<(Range<usize>, usize)> {
        let w = self.w;
        if !(matches!(w.word(i)?, "A" | "a" | "À" | "à")
            && w.word(i + 1) == Some("partir")
            && matches!(w.word(i + 2), Some("de" | "du")))
        {
            return None;
        }
        let name_start = (i + 3..w.tokens.len().min(i + 10)).find(|&j| {
            w.word(j)
                .is_some_and(|x| civility(x).is_some() || is_caps(x))
        })?;
        let end = if w.is(name_start - 1, Kind::Punct(',')) {
            name_start - 1
        } else {
            name_start
        };
        let range = w.tokens[i].start..w.tokens[end - 1].end;
        // A time or a question's number: "à partir de la Périers Etienne X"
        // is a cell cut from its number, no stretch.
        let figure = w.text[range.clone()].bytes().any(|b| b.is_ascii_digit());
        (end > i + 3 && figure && crate::grammar::notes::condition(w.text, range.clone()).is_some())
            .then_some((range, name_start))
    }

    /// "ARRADON\nBADEN\nLE BONO\n:\n:\n:\nJean X – Anne Y\n...": a table's
    /// column of group headings (communes) flattened before its column of
    /// colons, one a line, the names of each group on the lines after
    /// them. At least two heading lines of place names, then as many lines
    /// of a colon alone; where the names start.
    fn headings_column(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let tokens = w.tokens;
        let line_start = |k: usize| k == 0 || w.is(k - 1, Kind::Newline);
        if !line_start(i) {
            return None;
        }
        let mut k = i;
        let mut headings = 0;
        loop {
            let mut j = k;
            while w.word(j).is_some_and(|x| {
                (is_caps(x) || is_particle(x)) && civility(x).is_none() && !is_function_word(x)
            }) || (j > k && w.is(j, Kind::Punct('\'')))
            {
                j += 1;
            }
            if j == k || !w.is(j, Kind::Newline) {
                break;
            }
            headings += 1;
            k = j + 1;
        }
        if headings < 2 {
            return None;
        }
        let mut colons = 0;
        while w.is(k, Kind::Punct(':')) && (k + 1 == tokens.len() || w.is(k + 1, Kind::Newline)) {
            colons += 1;
            k += 2;
        }
        (colons == headings).then_some(k)
    }

    /// Records the function written from `tokens[words]` ("Maire",
    /// "Vice-Président de ...", from `start` with its number) for the last
    /// entry, and a note after it.
    fn function(&mut self, start: usize, words: usize) {
        let tokens = self.w.tokens;
        let family_first = !self.style.given_first && !self.style.mixed && !self.style.caps_only;
        let end = skip_function(self.w.text, tokens, words, family_first);
        record_function(tokens, start, end, &mut self.entries);
        self.i = attach_note(tokens, end, &mut self.entries);
        // "..., Délégué de X à partir du point 3 (pouvoir à Y auparavant)":
        // an arrival or departure written without brackets, then a note.
        if let Some(last) = self.entries.last_mut()
            && let Some((note, after)) = bare_condition(self.w.text, tokens, self.i)
        {
            last.notes.push(note);
            self.i = attach_note(tokens, after, &mut self.entries);
        }
        // "Mme X Conseillère municipale absente excusée - M. Y": a status
        // after the function (present says nothing more; absent or excused
        // is the entry's note), maybe a proxy after it.
        // ("..., Conseiller municipal, absent excusé, Mme Y": or after a
        // comma.)
        if self.w.is(self.i, Kind::Punct(','))
            && status_after_function(self.w, self.i + 1).is_some()
        {
            self.i += 1;
        }
        if let Some(last) = self.entries.last_mut()
            && let Some(after) = status_after_function(self.w, self.i)
        {
            let present = self
                .w
                .word(self.i)
                .is_some_and(|x| with_fold(x, |f| f.starts_with("present")));
            if !present {
                last.notes.push(tokens[self.i].start..tokens[after - 1].end);
            }
            self.i = after;
        }
        // "M. X, Conseiller municipal, pouvoir donné à Mme Y": a note
        // without brackets after the function.
        if let Some(last) = self.entries.last_mut()
            && let Some((note, after)) = bare_note(self.w.text, tokens, self.i, self.style)
        {
            last.notes.push(note);
            self.i = after;
        }
        // The list read so far ends after the function and its notes: what
        // follows on the next line is told apart from them ("..., Conseiller
        // Municipal (pouvoir à M. Y)\nMelle Z a été désignée secrétaire").
        if !self.entries.is_empty() && self.i > 0 {
            self.stop = self.stop.max(tokens[self.i - 1].end);
        }
    }

    /// After the member's commune: "pour VALANURAC LE PERANGE", "de
    /// MONTCEL".
    fn commune(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let word = w.word(i)?;
        if !((word == "pour" || (word == "de" && !self.style.given_first))
            && w.word(i + 1).is_some_and(is_caps)
            && !self.entries.is_empty())
        {
            return None;
        }
        let mut k = i + 1;
        while w.word(k).is_some_and(|x| is_caps(x) || is_particle(x))
            && w.word(k).and_then(civility).is_none()
        {
            k += 1;
        }
        // "DETPELIER Bruno, de FERMAUIER Xavier": after a separator, a particle,
        // a family name and a given name are the next member.
        let after_separator = i > 0
            && matches!(
                w.tokens[i - 1].kind,
                Kind::Punct(',' | ';') | Kind::Newline | Kind::Blank
            );
        if word == "de" && after_separator && w.word(k).is_some_and(is_capitalised) {
            return None;
        }
        Some(k)
    }

    /// After a place name in mixed case woven into a list of "Prénom NOM"
    /// without separators, a table's commune column flattened into the run
    /// ("Raymond X Millières Bretteville sur Ay Guy Y", "La Feuillie
    /// Philippe Z"): capitalised words that are no given name, place links
    /// ("sur", "d'", "La"), up to a given name the lexicon knows before a
    /// family name in capitals. `None` when the words lead elsewhere.
    fn place_before_name(&self, i: usize) -> Option<usize> {
        let w = self.w;
        if self.style.mixed || !self.style.given_first || self.line_mode {
            return None;
        }
        let first = w.word(i)?;
        if !(is_capitalised(first) || is_particle(first)) || is_given_name(first) {
            return None;
        }
        let mut k = i;
        while k < i + 8 {
            let x = w.word(k)?;
            if k > i && is_given_name(x) && is_capitalised(x) && w.word(k + 1).is_some_and(is_caps)
            {
                // "..., Kelio Michel X": one word after a comma is a
                // given name the lexicon lacks, not a place.
                let after_comma = i > 0 && w.is(i - 1, Kind::Punct(','));
                return (!(after_comma && k == i + 1)).then_some(k);
            }
            let place_word = is_capitalised(x) || is_particle(x) || is_place_link(x);
            if !place_word || civility(x).is_some() || is_function_word(x) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// "M. Paul X - CD 17 Mme Anne Y": after a member named with a
    /// civility, a code in capitals of two to five letters and its number
    /// is the body the member sits for (a département, a district), no one
    /// (no name is a word in capitals and a number). Where reading goes on,
    /// past the separators after it, and whether it does: only at the next
    /// civility ("- CD 17 PERSONNELS ET INVITÉS Étaient présents :" ends
    /// the list at the code).
    fn body_code(&self, i: usize) -> Option<(usize, bool)> {
        let w = self.w;
        // (The number first: it turns away almost every word at once.)
        if !w.is(i + 1, Kind::Number) {
            return None;
        }
        let code = w.word(i)?;
        let letters = code.chars().count();
        let with_civility = self.entries.last().is_some_and(|e| {
            matches!(&e.mention, Mention::Name(n) if n.civility.is_some())
                || e.group_civility.is_some()
        });
        if !(2..=5).contains(&letters)
            || !is_caps(code)
            || civility(code).is_some()
            || !with_civility
        {
            return None;
        }
        let mut k = i + 2;
        while w
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | ';' | '-' | '–') | Kind::Newline))
        {
            k += 1;
        }
        let goes_on = k >= w.tokens.len() || w.word(k).and_then(civility).is_some();
        Some((k, goes_on))
    }

    /// In a list whose entries each open with a civility, what is written
    /// between a name and the next civility about the member: a function,
    /// a commune ("M. X, délégué titulaire, commune d'Argentières M. Y"),
    /// read where no name starts. Where the next civility stands, when only
    /// such words (no verb, no sentence, no name) lead to it within a dozen
    /// tokens.
    fn annotation_before_civility(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let with_civility = self
            .entries
            .last()
            .is_some_and(|e| matches!(&e.mention, Mention::Name(n) if n.civility.is_some()));
        if !with_civility || self.line_mode {
            return None;
        }
        let mut k = i;
        // A word that says what the text is about: a seat or a commune
        // ("Générale des Services" before a staff member's civility is not),
        // maybe just read before ("délégué titulaire, commune | de X M. Y").
        let is_seat = |x: &str| {
            with_fold(x, |f| {
                matches!(
                    f,
                    "delegue"
                        | "deleguee"
                        | "titulaire"
                        | "suppleant"
                        | "suppleante"
                        | "commune"
                        | "communaute"
                )
            })
        };
        let before = (0..i).rev().find(|&j| !w.is(j, Kind::Punct(',')));
        let mut seat_word = before.and_then(|j| w.word(j)).is_some_and(is_seat);
        // "M. X, Adjoint M. Y, Conseiller M. Z, Conseil Municipal Mme W": in
        // a list where each member's function follows the name, a few
        // words after the comma of a member without one, up to the next
        // civility, are that member's function, even one the vocabulary
        // lacks (a typo).
        let n = self.entries.len();
        let functions_run = n >= 3
            && self.entries[n - 1].function.is_none()
            && self.entries[n - 3..n - 1]
                .iter()
                .all(|e| e.function.is_some())
            && i > 0
            && w.is(i - 1, Kind::Punct(','));
        let mut words = 0;
        while k < i + 20 {
            match w.tokens.get(k)?.kind {
                Kind::Word => {
                    let x = w.word(k)?;
                    if k > i && civility(x).is_some() {
                        let function = functions_run && words <= 3;
                        return ((seat_word || function) && self.mention(k).is_some()).then_some(k);
                    }
                    words += 1;
                    let seat = is_seat(x);
                    seat_word |= seat;
                    let about = seat
                        || is_capitalised(x)
                        || is_caps(x)
                        || is_particle(x)
                        || is_function_word(x)
                        || is_place_link(x)
                        // "commune d'AUBRAC": a place's name after an
                        // elided preposition.
                        || elided_word(x)
                        // An elided article, an ordinal's suffix ("1 er
                        // adjoint"), the words of a community's name.
                        || with_fold(x, |f| {
                            matches!(
                                f,
                                "l" | "er"
                                    | "e"
                                    | "eme"
                                    | "ere"
                                    | "communaute"
                                    | "communes"
                                    | "agglomeration"
                                    | "a"
                                    | "au"
                            )
                        });
                    // A name written there ("Marie-Laure ROGER", "ROGER
                    // Marie") is an entry, not about one.
                    let next = w.word(k + 1);
                    let name_pair = (is_capitalised(x) || is_initial(x))
                        && next.is_some_and(|n| is_caps(n) && civility(n).is_none())
                        || is_caps(x)
                            && next.is_some_and(|n| is_capitalised(n) && civility(n).is_none());
                    if !about || civility(x).is_some() || name_pair {
                        return None;
                    }
                }
                Kind::Number
                | Kind::Punct(',' | '.' | ';' | '-' | '\'' | '’' | '…' | '(' | ')') => {}
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// "Artix M. X Paul, Mme Y ; Bourg lez Vic Mme Z": a commune
    /// heading its members, written before the civility of the first of
    /// them at the list's start or after a semicolon. A few capitalised
    /// words and place links, none a given name, a function or capitals
    /// (no name, nor "Jean M. DUPONT"); where the civility stands.
    fn place_before_civility(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let first = w.word(i)?;
        let opens = self.entries.is_empty() || i > 0 && w.is(i - 1, Kind::Punct(';'));
        if !opens || !is_capitalised(first) || is_given_name(first) || civility(first).is_some() {
            return None;
        }
        let mut words = 0;
        let between = |k: usize| match w.tokens[k].kind {
            Kind::Newline | Kind::Punct('-' | '\'') => true,
            Kind::Punct(',') => w.word(k + 1).and_then(civility).is_some(),
            _ => false,
        };
        let place_word = |x: &str| {
            words += 1;
            ((is_capitalised(x) && !is_given_name(x)) || is_particle(x) || is_place_link(x))
                && !is_caps(x)
                && !is_function_word(x)
                && words <= 5
        };
        // (The first word, no civility, is the first of the place's words.)
        let k = self.words_up_to_civility(i..i + 10, between, place_word)?;
        self.mention(k).is_some().then_some(k)
    }

    /// "M. X MM. Y et Z BOURG sur ALLIER VARENNE Mme W": in a list of
    /// civilities and family names alone, a commune's name in capitals with
    /// its links in small letters ("sur", "le", "aux") run into the list
    /// before the civility of its first delegate. Only where a link in
    /// small letters tells the run from names (capitals alone are read as
    /// names, and trimmed after: `communes_after_surnames`).
    fn caps_place_before_civility(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let surname_only = |e: &Entry| {
            matches!(&e.mention, Mention::Name(n) if n.given.is_none()
                && (n.civility.is_some() || e.group_civility.is_some()))
        };
        // (The first commune, before the first civility, may be read as a
        // name.)
        let skip = usize::from(
            self.entries
                .first()
                .is_some_and(|e| matches!(&e.mention, Mention::Name(n) if n.civility.is_none())),
        );
        // (Judged on the first entries and the last: this is asked after
        // every name, and a list may hold thousands.)
        if self.entries.len() < skip + 2
            || !self.entries.iter().skip(skip).take(8).all(surname_only)
            || !self.entries.last().is_some_and(surname_only)
        {
            return None;
        }
        // Right after a name, no separator between ("Z BOURG sur ...").
        let after_name = i > 0
            && w.word(i - 1).is_some_and(|x| {
                !matches!(x, "et" | "ET") && civility(x).is_none() && !is_particle(x)
            });
        // "M. X et Mme Y ; BOURGNEUF M. Z ; ...": or a group of the list
        // opening with its commune, the groups cut by semicolons.
        let grouped = i > 0 && w.is(i - 1, Kind::Punct(';'));
        if !after_name && !grouped {
            return None;
        }
        let mut link = false;
        let between = |k: usize| matches!(w.tokens[k].kind, Kind::Punct('-' | '/' | '\'' | '’'));
        let place_word = |x: &str| {
            let is_link = is_small_place_link(x);
            link |= is_link;
            (is_link || is_caps(x)) && !is_function_word(x)
        };
        let k = self.words_up_to_civility(i..i + 10, between, place_word)?;
        let plural = w
            .word(k)
            .and_then(civility)
            .is_some_and(|(_, plural)| plural);
        ((link || grouped) && k > i && (plural || self.mention(k).is_some())).then_some(k)
    }

    /// "M. Xavier GROTOUON AUBETERRE sur DRONNE M. Bernard DANQUETARD": in a list
    /// of civilities, given names and family names in capitals, a
    /// commune's name run into the list after a name with no separator,
    /// the rest of it past a link in small letters ("sur", "le") or a
    /// capitalised word ("St AMAND", "Les ESSARDS"), up to the civility of
    /// the next delegate. (Its first words in capitals are read into the
    /// family name, and cut after: `communes_before_civilities`.)
    fn place_after_full_name(&self, i: usize, name: &Mention) -> Option<usize> {
        let w = self.w;
        let full = |m: &Mention| {
            matches!(m, Mention::Name(n) if n.civility.is_some()
                && n.given.as_ref().is_some_and(|g| g.start < n.family.start))
        };
        let Mention::Name(n) = name else {
            return None;
        };
        if i == 0
            || w.word(i - 1).is_none()
            || w.tokens[i - 1].end != n.whole.end
            || !full(name)
            || self
                .entries
                .iter()
                .rev()
                .take(3)
                .filter(|e| full(&e.mention))
                .count()
                < 1
        {
            return None;
        }
        let between = |k: usize| matches!(w.tokens[k].kind, Kind::Punct('-' | '/' | '\'' | '’'));
        let place_word = |x: &str| {
            (is_small_place_link(x) || is_caps(x) || is_capitalised(x) && !is_given_name(x))
                && !is_function_word(x)
        };
        let k = self.words_up_to_civility(i..i + 8, between, place_word)?;
        (k > i && (self.mention(k).is_some() || self.nobody_after_civility(k).is_some()))
            .then_some(k)
    }

    /// "COMMUNAUTE DE COMMUNES DU LAC MM. X, Y - SYNDICAT DES EAUX Mme
    /// Z": a member body heading its delegates, opening the list or after
    /// a separator, run into the civility of its first delegate with no
    /// colon. Where the civility stands, when only the body's words (its
    /// noun and link first, then words in capitals or capitalised, links,
    /// "communes") lead to it.
    fn member_body_before_civility(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let opens = i == 0
            || self.entries.is_empty()
            || matches!(
                w.tokens[i - 1].kind,
                Kind::Punct(',' | ';' | '-' | '–' | ':') | Kind::Newline | Kind::Blank
            );
        if !opens || !member_body_at(w, i) {
            return None;
        }
        let between = |k: usize| matches!(w.tokens[k].kind, Kind::Punct('-' | '\'' | '’'));
        let body_word = |x: &str| {
            (is_caps(x)
                || is_capitalised(x)
                || is_place_link(x)
                || is_particle(x)
                || with_fold(x, |f| matches!(f, "communes" | "agglomeration")))
                && !is_function_word(x)
        };
        let k = self.words_up_to_civility(i..i + 14, between, body_word)?;
        let plural = w
            .word(k)
            .and_then(civility)
            .is_some_and(|(_, plural)| plural);
        (k > i + 2 && (plural || self.mention(k).is_some())).then_some(k)
    }

    /// A group civility before names ("Mmes et MM.", "MM."): it is theirs,
    /// unless both are written.
    fn group_civility(&mut self, i: usize, c: Option<Civility>) {
        let w = self.w;
        let mut k = i + 1;
        if w.is(k, Kind::Punct('.')) {
            k += 1;
        }
        // "Mesdames : Pascale X (titulaire), ...".
        if w.is(k, Kind::Punct(':')) {
            k += 1;
        }
        // "Mmes et MM.", "Mmes & Mlle & MM.".
        let and = w.word(k) == Some("et") || w.is(k, Kind::Punct('&'));
        if and && w.word(k + 1).and_then(civility).is_some() {
            self.group = None;
            self.i = k + 2;
            if w.is(self.i, Kind::Punct('.')) {
                self.i += 1;
            }
            // "MM. et MMES: PIALAT, ROURE", "Mmes et MM, X, Y".
            if w.is(self.i, Kind::Punct(':')) || w.is(self.i, Kind::Punct(',')) {
                self.i += 1;
            }
            return;
        }
        self.group = c;
        self.i = self.past_role_heading(k);
    }

    /// Past "les Vice-Présidents", "les Conseillers Communautaires membres
    /// du bureau" after a plural civility: the function of the group, up
    /// to its first name (a word in capitals, or a given name before one).
    fn past_role_heading(&self, k: usize) -> usize {
        let w = self.w;
        if !(matches!(w.word(k), Some("les" | "le" | "la"))
            && w.word(k + 1).is_some_and(is_function_word))
        {
            return k;
        }
        let mut j = k + 2;
        while j < k + 10 {
            match w.word(j) {
                // "M. le Maire M. X": the function stood for a person.
                Some(x) if civility(x).is_some() => return k,
                Some(x) if is_caps(x) && !is_function_word(x) => break,
                Some(x)
                    if (is_capitalised(x) || is_initial(x))
                        && !is_function_word(x)
                        && w.word(j + 1)
                            .is_some_and(|n| is_caps(n) && !is_function_word(n)) =>
                {
                    break;
                }
                Some(_) => j += 1,
                None => return k,
            }
        }
        if j == k + 10 { k } else { j }
    }

    /// The mention at `tokens[i]`, and the index after it.
    fn mention(&self, i: usize) -> Option<(Mention, usize)> {
        let (w, style) = (self.w, self.style);
        let (text, tokens) = (w.text, w.tokens);
        let word = w.word(i)?;
        // "– commune d'AUBRAC SUR LOT": a place noun in small letters is
        // no given name.
        if word.starts_with(char::is_lowercase) && with_fold(word, |f| PLACE_NOUNS.contains(&f)) {
            return None;
        }

        // "Mesdames Lucie X et Odile Y, Messieurs Marc Z, Luc W": inside a
        // line, after a group's civility, its names go without their own.
        let in_group = self.group.is_some() && i > 0 && tokens[i - 1].kind != Kind::Newline;
        // "... Pascal X COMMUNAUTE D'AGGLOMERATION DU LAC": nor is a member
        // body's name in capitals alone (a running header run into the
        // list); "COMMUNE DE VAUX DUPIN Anne" is a table's commune cell
        // before a name, which the name grammar skips.
        let body = is_caps(word) && member_body_at(w, i);
        // "Mairie de Vaux" alone on its line, in a list of one name a line:
        // the member body whose delegates follow, no one.
        let body_line = self.line_mode
            && (i == 0 || w.is(i - 1, Kind::Newline))
            && member_body_at(w, i)
            && civility(word).is_none();
        let parsed = name_at(text, tokens, i, style).filter(|(m, _)| {
            if body_line || body && matches!(m, Mention::Name(n) if n.given.is_none()) {
                return false;
            }
            // "Communauté de Communes du Val": a body's noun and its link
            // open no person's name, whatever its case (a table's commune
            // cell before a name is skipped by the name grammar).
            let at = tokens[i].start;
            if member_body_at(w, i)
                && matches!(m, Mention::Name(n) if n.family.start == at
                    || n.given.as_ref().is_some_and(|g| g.start == at))
            {
                return false;
            }
            // One name a line, each with its civility: a bare line is a commune.
            !self.civility_lines
                || matches!(m, Mention::Name(n) if n.civility.is_some())
                || civility(word).is_some()
                || in_group
        });
        if parsed.is_some() {
            return parsed;
        }
        // "Madame\nSolange\nFENANOCHE": a civility alone on its line, the
        // name wrapped over the next lines of a flattened table cell.
        if self.line_mode && civility(word).is_some() && w.is(i + 1, Kind::Newline) {
            let wrapped = wrapped_name(text, tokens, i, style);
            if wrapped.is_some() {
                return wrapped;
            }
        }
        // "Bassy : Sylvie Julien / Cortal : ...": in a list by place written
        // "Prénom Nom" in mixed case, the two capitalised words between a
        // heading's colon and a separator are a given name and a family
        // name, even one the lexicon knows as a given name.
        if self.headed
            && self.style.mixed
            && i > 0
            && w.is(i - 1, Kind::Punct(':'))
            && is_given_name(word)
            && w.word(i + 1).is_some_and(|x| {
                is_capitalised(x) && !is_caps(x) && !is_function_word(x) && civility(x).is_none()
            })
            && tokens.get(i + 2).is_none_or(|n| {
                matches!(
                    n.kind,
                    Kind::Punct('/' | ';' | ',' | '-' | '–') | Kind::Newline | Kind::Blank
                )
            })
        {
            let (g, f) = (tokens[i], tokens[i + 1]);
            let name = Name {
                civility: None,
                given: Some(g.start..g.end),
                family: f.start..f.end,
                whole: g.start..f.end,
            };
            return Some((Mention::Name(name), i + 2));
        }
        // "Mmes Dufournel, Laforgue-Sanchez": surnames in mixed case after a
        // group civility.
        let t = tokens[i];
        // "BESFERARD Bernard, Jean-Marc, TASGROON Erick": a member named by a
        // given name alone, between commas, in a list of names in capitals
        // with their given names; "Paul ORTOLI - Nicole - Paul SANTONI"
        // likewise between dashes, the next name given name first.
        let dash = |k: usize| w.is(k, Kind::Punct('-')) || w.is(k, Kind::Punct('–'));
        let next_name = w.word(i + 2).is_some_and(is_caps)
            // ("Elisabeth X, Alban, - : Serge Y": the next cell after a dash.)
            || w.is(i + 1, Kind::Punct(',')) && dash(i + 2)
            || dash(i + 1)
                && w.word(i + 2)
                    .is_some_and(|x| is_capitalised(x) && is_given_name(x))
                && w.word(i + 3).is_some_and(is_caps);
        let between_commas = i > 0
            && (w.is(i - 1, Kind::Punct(',')) || dash(i - 1) && dash(i + 1))
            && (w.is(i + 1, Kind::Punct(',')) || w.is(i + 1, Kind::Punct(';')) || dash(i + 1))
            && next_name;
        let lone = between_commas
            && !style.mixed
            && is_capitalised(word)
            && is_given_name(word)
            && !is_function_word(word)
            && !self.entries.is_empty();
        // "M. Brut, Lambert, Guichard, Mme Eyragne": or a singular
        // civility heading family names in mixed case, each alone between
        // commas ("Gay L": an initial after it, its dot lost).
        // (The entries back to that civility each a family name alone in
        // mixed case.)
        let surname_alone = |e: &Entry| {
            matches!(&e.mention, Mention::Name(n)
                if n.given.as_ref().is_none_or(|g| g.start > n.family.start)
                    && !is_caps(&text[n.family.clone()]))
        };
        let singular_group = i > 0
            && w.is(i - 1, Kind::Punct(','))
            && !is_caps(word)
            && self
                .entries
                .iter()
                .rev()
                .take(12)
                .find(|e| {
                    !surname_alone(e)
                        || matches!(&e.mention, Mention::Name(n) if n.civility.is_some())
                        || e.group_civility.is_some()
                })
                .is_some_and(|e| {
                    surname_alone(e)
                        && matches!(&e.mention, Mention::Name(n) if n.civility.is_some())
                });
        let initial_after = singular_group
            && w.word(i + 1).is_some_and(is_letters_initial)
            && w.word(i + 1).is_some_and(|x| x.chars().count() == 1);
        let next = if initial_after { i + 2 } else { i + 1 };
        let ends = tokens.get(next).is_none_or(|n| {
            matches!(n.kind, Kind::Punct(_) | Kind::Blank | Kind::Newline)
                || w.word(next) == Some("et")
                || w.word(next).is_some_and(is_group_heading_word)
                || singular_group
                    && (w.word(next).and_then(civility).is_some()
                        || self.pour_heading(next).is_some())
        });
        if initial_after && ends && is_capitalised(word) && !is_function_word(word) {
            let g = tokens[i + 1];
            let name = Name {
                civility: None,
                given: Some(g.start..g.end),
                family: t.start..t.end,
                whole: t.start..g.end,
            };
            return Some((Mention::Name(name), i + 2));
        }
        (lone
            || (self.group.is_some() || singular_group)
                && is_capitalised(word)
                && !is_function_word(word)
                && ends)
            .then(|| (Mention::Name(Name::word(t.start..t.end)), i + 1))
    }

    /// A word that starts no name: in a list of one name a line, a commune
    /// or a stray word whose line is skipped, unless it is a sentence,
    /// which ends the list.
    fn unreadable(&mut self, i: usize) -> bool {
        if !self.line_mode {
            return self.skip_garbled_tail(i, false)
                || self.skip_cut_entry(i)
                || self.skip_garbled_tail(i, true);
        }
        let w = self.w;
        let line_end = next_line(w.tokens, i);
        let lower = (i..line_end)
            .filter_map(|k| w.word(k))
            .filter(|x| x.chars().next().is_some_and(char::is_lowercase))
            .count();
        if lower >= 3 {
            return false;
        }
        self.i = line_end;
        true
    }

    /// Where the name after a member's number starts ("1- Edouard X",
    /// "002 Y Paul"): a number of three figures at most, a dash or a
    /// bracket, then a name; at the list's start, after a separator or
    /// after a name.
    fn numbered_name(&self, i: usize) -> Option<usize> {
        let w = self.w;
        let t = &w.tokens[i];
        if t.end - t.start > 3 {
            return None;
        }
        let marked = w.is(i + 1, Kind::Punct('-')) || w.is(i + 1, Kind::Punct(')'));
        let after = i + usize::from(marked);
        // A bare number only zero-padded or between separators ("25\nNbre de
        // conseillers" is a count).
        let bare_ok = w.text[t.start..].starts_with('0')
            || i > 0 && matches!(w.tokens[i - 1].kind, Kind::Punct(',' | ';'));
        let placed = i == 0
            || matches!(
                w.tokens[i - 1].kind,
                Kind::Punct(',' | ';') | Kind::Newline | Kind::Blank
            )
            || !self.entries.is_empty() && w.tokens[i - 1].kind == Kind::Word;
        let placed = placed && (marked || bare_ok);
        (placed && w.word(after + 1).is_some() && self.mention(after + 1).is_some())
            .then_some(after + 1)
    }

    /// "M. Alain X, M. Jean-Claude D', M. Patrick Y": in a list of names
    /// with civilities, an entry between separators that reads as no name
    /// (cut by the extraction) is skipped and kept as the next entry's
    /// [`Entry::skipped`], when a readable name with its civility follows
    /// the next separator; the list does not end there.
    fn skip_cut_entry(&mut self, i: usize) -> bool {
        let w = self.w;
        let tokens = w.tokens;
        // After a civility, or a lone word well inside a list ("NOM Paul,
        // Louis, NOM Anne": a family name lost).
        // ("..., Lise Y (Arbois),Louis), Paul Z (Arbois)": a stray bracket
        // after it, the rest of its note lost.)
        let lone_word = self.entries.len() >= 3
            && w.word(i).is_some_and(is_capitalised)
            && (w.is(i + 1, Kind::Punct(','))
                || w.is(i + 1, Kind::Punct(')')) && w.is(i + 2, Kind::Punct(',')));
        // "M. Yves X - Mme Geneviève - M. Olivier Y": in a list whose
        // members a dash separates, a dash before the next civility.
        let dash = |k: usize| matches!(tokens[k].kind, Kind::Punct('-' | '–' | '—'));
        let dashed = !lone_word && i > 0 && dash(i - 1);
        if self.entries.is_empty()
            || self.after_stop
            || self.skipped.is_some()
            || w.word(i).and_then(civility).is_none() && !lone_word
            || !(i > 0 && matches!(tokens[i - 1].kind, Kind::Punct(',' | ';')) || dashed)
        {
            return false;
        }
        // Words and the marks of a name only, up to the next separator.
        let Some(sep) = (i + 1..tokens.len().min(i + 8))
            .take_while(|&k| {
                matches!(
                    tokens[k].kind,
                    Kind::Word | Kind::Newline | Kind::Punct('.' | '\'' | '-' | ',' | ';')
                ) || lone_word && k == i + 1
                    || dashed && dash(k)
            })
            .find(|&k| {
                matches!(tokens[k].kind, Kind::Punct(',' | ';'))
                    || dashed && dash(k) && w.word(k + 1).and_then(civility).is_some()
            })
        else {
            return false;
        };
        if w.word(sep + 1).and_then(civility).is_none() && !lone_word
            || self.mention(sep + 1).is_none()
        {
            return false;
        }
        self.skipped = Some(tokens[i].start..tokens[sep - 1].end);
        self.i = sep;
        true
    }

    /// Records the entry of a mention read up to `next` with what follows
    /// it: notes, then a separator, a function or another name. Anything
    /// else (a verb) ends the list. Whether the list goes on.
    fn entry(&mut self, mention: Mention, next: usize) -> bool {
        let tokens = self.w.tokens;
        let (mention, next) = self.heading_run_in(mention, next);
        let (notes, mut k) = self.notes_after(next);
        if notes.is_empty()
            && let Some(after) = self.place_after_full_name(k, &mention)
        {
            k = after;
        }
        let follows_ok = self.may_follow_a_name(k);
        // After a full stop, a name continues the list only if the list goes
        // on after it ("BELANIVIER.\nMMES DALONDE, BELIGOT"), not a sentence
        // ("GORANONDE, doyen d'âge, assure la présidence").
        // "Fabien X. Anthony Y. Absents : ...": the last name before the
        // next label, on the line of the list.
        // ("... Anthony Y. 2": a page's number after it, nothing more.)
        let page_number = k + 2 == tokens.len()
            && tokens[k + 1].kind == Kind::Number
            && tokens[k + 1].end - tokens[k + 1].start <= 3;
        let last_on_line =
            self.w.is(k, Kind::Punct('.')) && (k + 1 == tokens.len() || page_number) && {
                let start = tokens[self.i].start;
                !self.w.text[self.stop.min(start)..start].contains('\n')
            };
        if self.after_stop && !self.goes_on(k) && !last_on_line {
            return false;
        }
        // "Mme LAVIRAC est arrivée lors du 2ème point": a sentence, not an entry.
        if self.line_mode && self.sentence_at(k) {
            return false;
        }
        // "Absent : M. X\n\nMme Y, déléguée de Z, est désignée secrétaire":
        // a name opening a line with no separator before it, its apposition
        // between commas, then a verb of the minutes: the subject of the
        // sentence after the list.
        if self.opens_a_line_unlinked() && self.verb_after_apposition(k) {
            return false;
        }
        // "Absent : M. Hugo X\nA été nommé secrétaire ...": a list of one
        // name, ended by the line; a sentence follows on the next.
        let line_ends = tokens
            .get(k)
            .is_some_and(|t| self.w.text[tokens[next - 1].end..t.start].contains('\n'));
        if !follows_ok
            && self.entries.is_empty()
            && !self.after_stop
            && !self.line_mode
            && line_ends
            && matches!(&mention, Mention::Name(n) if n.civility.is_some() && n.given.is_some())
        {
            self.push(mention, notes);
            self.stop = tokens[next - 1].end;
            return false;
        }
        if !follows_ok
            && !last_on_line
            && (self.after_stop || self.entries.is_empty() && !self.line_mode)
        {
            // "Mme le Maire informe ...": a sentence, not a list.
            return false;
        }
        if !follows_ok && !self.line_mode {
            // "Mme X est désignée secrétaire" on the next line, with no
            // separator before it: a sentence after the list. (After the
            // last entry's function and notes: "M. X, Conseiller (pouvoir
            // à Y)\nMme Z a été désignée secrétaire".)
            let start = tokens[self.i].start;
            let last_end = self.entries.last().map_or(self.stop, |e| {
                let function_end = e.function.as_ref().map_or(0, |f| f.end);
                let note_end = e.notes.last().map_or(0, |n| n.end);
                self.stop.max(function_end).max(note_end)
            });
            let gap = &self.w.text[last_end.min(start)..start];
            if !self.entries.is_empty() && gap.contains('\n') && !gap.contains([',', ';']) {
                return false;
            }
            // "..., représentant de X.\n\nMonsieur Y a été élu secrétaire":
            // after a blank line, a sentence.
            let blank_line = gap.rfind('\n').is_some_and(|last| {
                gap[..last]
                    .rfind('\n')
                    .is_some_and(|prev| gap[prev..last].trim().is_empty())
            });
            if !self.entries.is_empty() && blank_line {
                return false;
            }
            // "..., BOUTEILLE ET LIVEGAUL Madame X est élue secrétaire.": no
            // separator, a verb after the name: the subject of a sentence.
            // ("... et M. VIAL H. M. TROX P. arrive à 20 h 15": or a
            // verb of the minutes, or one of coming and going, in the
            // present tense.)
            let w = self.w;
            if !self.entries.is_empty()
                && !gap.contains([',', ';'])
                && (matches!(w.word(k), Some("est" | "a" | "arrive" | "part" | "quitte"))
                    || opens_on_minutes_verb([w.word(k), w.word(k + 1), w.word(k + 2)]))
            {
                return false;
            }
            // "DUVAL lean Paul, MARTIN Anne, ...": a given name garbled by
            // the extraction, the list going on after the next separator.
            if let Mention::Name(n) = &mention
                && let Some(sep) = self.garbled_tail(n.civility.is_some(), k)
            {
                self.push(mention, notes);
                self.skipped = Some(tokens[k].start..tokens[sep - 1].end);
                self.stop = tokens[sep - 1].end;
                self.i = sep;
                return true;
            }
            // "Roland CASANAVEL formant la majorité": keep the name, stop.
            self.push(mention, notes);
            self.stop = tokens[next - 1].end;
            return false;
        }
        self.after_stop = false;
        self.push(mention, notes);
        self.stop = tokens[k.max(1) - 1].end;
        self.i = if self.line_mode && !follows_ok {
            next_line(tokens, k)
        } else {
            k
        };
        true
    }

    /// "Bassy : LIGNON Jean Marie Doulon en Brie : CAVEL Paul": in a list
    /// by place, the next place's heading run into the given names of a
    /// name written family name first, its separator lost. The given
    /// names end at the first word the lexicon does not know as one, where
    /// a heading to its colon starts, a name after it: the name ends
    /// there and the heading is read next.
    fn heading_run_in(&self, mention: Mention, next: usize) -> (Mention, usize) {
        let w = self.w;
        let Mention::Name(n) = &mention else {
            return (mention, next);
        };
        let Some(given) = n.given.clone() else {
            return (mention, next);
        };
        if !self.headed
            || given.start < n.family.start
            || n.whole.end != given.end
            || w.is(next, Kind::Punct(','))
            || w.is(next, Kind::Punct(';'))
        {
            return (mention, next);
        }
        let Some(first) = (self.i..next).find(|&j| w.tokens[j].start == given.start) else {
            return (mention, next);
        };
        let Some(j) = (first + 1..next).find(|&j| w.word(j).is_some_and(|x| !is_given_name(x)))
        else {
            return (mention, next);
        };
        let runs_in = w.word(j).is_some_and(|x| is_capitalised(x) || is_caps(x))
            && self
                .heading_in_list(j)
                .is_some_and(|after| after > next && self.mention(after).is_some());
        if !runs_in {
            return (mention, next);
        }
        let end = w.tokens[j - 1].end;
        let name = Name {
            given: Some(given.start..end),
            whole: n.whole.start..end,
            ..n.clone()
        };
        (Mention::Name(name), j)
    }

    /// Skips what follows the last entry up to the next separator, right
    /// after it and unreadable (or, `whole`, a whole entry between
    /// separators: "..., bLANCHARD Anne, ..."), where
    /// [`ListReader::garbled_tail`] finds the list going on; kept as the
    /// next entry's [`Entry::skipped`].
    fn skip_garbled_tail(&mut self, i: usize, whole: bool) -> bool {
        let tokens = self.w.tokens;
        let between = &self.w.text[self.stop.min(tokens[i].start)..tokens[i].start];
        let right_after = !self.after_stop
            && self.stop <= tokens[i].start
            && if whole {
                i > 0
                    && matches!(tokens[i - 1].kind, Kind::Punct(',' | ';'))
                    && !between.contains(['.', ':', '\n'])
            } else {
                !between.contains([',', ';', '.', ':', '\n'])
            };
        let Some(Mention::Name(last)) = self.entries.last().map(|e| &e.mention) else {
            return false;
        };
        let Some(sep) = right_after
            .then(|| self.garbled_tail(last.civility.is_some(), i))
            .flatten()
        else {
            return false;
        };
        self.skipped = Some(tokens[i].start..tokens[sep - 1].end);
        self.stop = tokens[sep - 1].end;
        self.i = sep;
        true
    }

    /// The separator after words that follow a name and start no entry
    /// ("DUVAL lean Paul, MARTIN Anne,", "X Paul @ 9h40 part, pouvolr à Y)
    /// ,Z Anne,": an OCR'd given name or note), when the list goes on after
    /// it: inside a list of three entries or more, within twelve tokens on
    /// the line and no full stop, colon or verb of a sentence among them,
    /// the next separator before a name of the same kind as this one (no
    /// civility where it has none), itself followed by a mark that is no
    /// full stop or colon (a separator, a note's bracket).
    fn garbled_tail(&self, civil: bool, k: usize) -> Option<usize> {
        let w = self.w;
        let tokens = w.tokens;
        if self.entries.len() < 3 || self.skipped.is_some() {
            return None;
        }
        for j in k..tokens.len().min(k + 12) {
            match tokens[j].kind {
                Kind::Punct(',' | ';') if j > k => {
                    let Some((Mention::Name(next), after)) = self.mention(j + 1) else {
                        continue;
                    };
                    if next.civility.is_some() == civil
                        && w.word(after).is_none()
                        && tokens.get(after).is_some_and(
                            |t| matches!(t.kind, Kind::Punct(c) if c != '.' && c != ':'),
                        )
                    {
                        return Some(j);
                    }
                }
                Kind::Punct('.' | ':') | Kind::Newline | Kind::Blank => return None,
                Kind::Word
                    if matches!(
                        w.word(j),
                        Some("est" | "a" | "ont" | "sont" | "été" | "était" | "étaient")
                    ) =>
                {
                    return None;
                }
                _ => {}
            }
        }
        None
    }

    fn push(&mut self, mention: Mention, notes: Vec<Range<usize>>) {
        self.entries.push(Entry {
            mention,
            group_civility: self.group,
            notes,
            function: None,
            skipped: self.skipped.take(),
        });
    }

    /// The notes after a name ending at `tokens[next]`: in parentheses, or
    /// written without ("Henri X, suppléant de Luc Y", "Rémy X, qui donne
    /// pouvoir à Jean Y"); and the index after them.
    fn notes_after(&self, next: usize) -> (Vec<Range<usize>>, usize) {
        let w = self.w;
        let mut k = next;
        let mut notes = Vec::new();
        // "Mme GORISSE Ginette\n(suppléante de M. DALANAUZEL": a note on the next line.
        if self.line_mode && w.is(k, Kind::Newline) && w.is(k + 1, Kind::Punct('(')) {
            k += 1;
        }
        while w.is(k, Kind::Punct('(')) {
            // "M. Paul X (Ville Mme Anne Y (Ville), M. Luc Z (Bourg)": a
            // note left open, the next entry's civility inside it.
            if let Some(civ) = open_note_run_into_entry(w, k) {
                notes.push(w.tokens[k].end..w.tokens[civ - 1].end);
                k = civ;
                break;
            }
            let (inner, after) = in_parens(w.tokens, k);
            notes.push(inner);
            k = after;
        }
        // "Mme Diane X épouse Y", "Mme Anne X née Y", "Lise X épse Y",
        // "Rose X Vve Y": the other family name of a married member, part
        // of the mention, no other person (nor when the text's end cuts
        // it: "Anne X épse").
        if w.word(k).is_some_and(|x| {
            with_fold(x, |f| {
                matches!(f, "epouse" | "ep" | "epse" | "nee" | "veuve" | "vve")
            })
        }) {
            let mut j = k + 1;
            if w.is(j, Kind::Punct('.')) {
                j += 1;
            }
            let run = (j..)
                .take_while(|&m| {
                    w.word(m)
                        .is_some_and(|x| is_caps(x) && civility(x).is_none())
                })
                .count();
            if run > 0 || j >= w.tokens.len() {
                k = j + run;
            }
            // "Mme Anne X née Y (2ème Adjoint)": the notes after it.
            while run > 0 && w.is(k, Kind::Punct('(')) {
                let (inner, after) = in_parens(w.tokens, k);
                notes.push(inner);
                k = after;
            }
        }
        // "CASRINON Hélène, (donne procuration à X)": a proxy note after a stray
        // comma is the name's.
        if notes.is_empty() && w.is(k, Kind::Punct(',')) && w.is(k + 1, Kind::Punct('(')) {
            let (inner, after) = in_parens(w.tokens, k + 1);
            if matches!(
                crate::grammar::notes::note(w.text, inner.clone()),
                crate::grammar::notes::Note::ProxyTo(..)
            ) {
                notes.push(inner);
                k = after;
            }
        }
        // "Jean-Luc X : Allemagne en Provence ; Paul Y : ; Anne Z : Comps sur
        // Artuby ;": the member's commune after a colon, or its cell left
        // blank, each entry closed by a semicolon: no one, no note.
        if w.is(k, Kind::Punct(':')) {
            let mut j = k + 1;
            let first = w.word(j).is_some_and(|x| {
                (is_capitalised(x) || is_caps(x))
                    && civility(x).is_none()
                    && !is_function_word(x)
                    && !is_standing_word(&fold(x))
            });
            if first {
                j += 1;
                while j < k + 8
                    && (w
                        .word(j)
                        .is_some_and(|x| civility(x).is_none() && !is_function_word(x))
                        || w.is(j, Kind::Punct('-'))
                        || w.is(j, Kind::Punct('\'')))
                {
                    j += 1;
                }
            }
            // (Not a member's name: "Loïc X : Anne Y ;" are two members.)
            let named = (k + 1..j.saturating_sub(1)).any(|q| {
                let (a, b) = (w.word(q).unwrap_or(""), w.word(q + 1).unwrap_or(""));
                (is_given_name(a) || is_initial(a)) && is_caps(b)
                    || is_caps(a) && is_capitalised(b) && is_given_name(b)
            });
            let closed = w.is(j, Kind::Punct(';'));
            if closed && !named && (first || j == k + 1) {
                k = j;
            }
        }
        // "Magali X et sa suppléante, Paul Y": a titular absent with their
        // substitute, who is not named: no one else, the list goes on.
        // "Daniel X ainsi que son suppléant Paul Y": named, the substitute
        // is the next entry, in the same standing.
        let link = match w.word(k) {
            Some("et" | "ET") => 1,
            Some("ainsi") if w.word(k + 1) == Some("que") => 2,
            _ => 0,
        };
        if link > 0
            && w.word(k + link)
                .is_some_and(|x| with_fold(x, |f| matches!(f, "son" | "sa" | "ses")))
            && w.word(k + link + 1)
                .is_some_and(|x| with_fold(x, |f| f.starts_with("suppl")))
        {
            k += link + 2;
        }
        // "Mme X Anne présente, M. Y Paul absent excusé, Mme Z Lise
        // procuration à Mme X Anne": a roll call, a status after each name
        // up to a separator. Present says nothing more; absent or excused is
        // the name's note.
        if let Some(after) = status_after_name(w, k) {
            let present = w
                .word(k)
                .is_some_and(|x| with_fold(x, |f| f.starts_with("present")));
            if !present {
                notes.push(w.tokens[k].start..w.tokens[after - 1].end);
            }
            k = after;
        }
        // "M. Hervé X + 1 pouvoir M. Henri Y": the proxies the member holds,
        // counted after a plus sign, then the grantor.
        if w.is(k, Kind::Punct('+'))
            && w.is(k + 1, Kind::Number)
            && w.word(k + 2).is_some_and(|x| {
                with_fold(x, |f| {
                    matches!(f, "pouvoir" | "pouvoirs" | "procuration" | "procurations")
                })
            })
            && let Some((Mention::Name(n), after)) = name_at(w.text, w.tokens, k + 3, self.style)
        {
            // (Its family name's first word, when a commune in capitals
            // runs in after it: "+ 1 pouvoir M. Henri Y MONTAUT -M. Z".)
            let ws = space_words(w.text, n.family.clone());
            let first = ws
                .iter()
                .position(|x| !is_capital_particle(&w.text[x.clone()]))
                .unwrap_or(0);
            let end = if n.family.end == n.whole.end && ws.len() > first + 1 {
                ws[first].end
            } else {
                w.tokens[after - 1].end
            };
            notes.push(w.tokens[k + 1].start..end);
            k = after;
        }
        if let Some((note, after)) = bare_note(w.text, w.tokens, k, self.style) {
            notes.push(note.clone());
            k = after;
            // "X pouvoir à Y (jusqu'au point 3)": the stretch the proxy
            // covers, in brackets after its holder. (After "représenté
            // par Y" the stretch may be Y's, who sits: left alone.)
            if w.is(k, Kind::Punct('('))
                && with_fold(&w.text[note.clone()], |f| {
                    f.starts_with("pouvoir") || f.starts_with("procuration")
                })
            {
                let (inner, after) = in_parens(w.tokens, k);
                notes.push(inner);
                k = after;
            }
        }
        (notes, k)
    }

    /// Whether `tokens[k]` may follow a name in a list: a separator, a
    /// function, another name.
    fn may_follow_a_name(&self, k: usize) -> bool {
        let Some(t) = self.w.tokens.get(k) else {
            return true;
        };
        match t.kind {
            Kind::Punct(_) | Kind::Newline | Kind::Blank | Kind::Number => true,
            Kind::Word => {
                let w = &self.w.text[t.start..t.end];
                // "MME X A ÉTÉ NOMMÉE", "M. Y EST DÉSIGNÉ", "M. Z COMME
                // SECRÉTAIRE": in capitals, a verb of the minutes or a word
                // of the sentence after a name follows none in a list.
                if is_caps_sentence_ender(w)
                    || (w == "A" || is_caps(w))
                        && opens_on_minutes_verb([Some(w), self.w.word(k + 1), self.w.word(k + 2)])
                {
                    return false;
                }
                w == "et"
                    || w == "ET"
                    || w == "pour"
                    || w == "Pour" && self.pour_heading(k).is_some()
                    || (w == "de" && !self.style.given_first)
                    || is_function_word(w)
                    || civility(w).is_some()
                    || is_caps(w)
                    || is_capitalised(w)
                    || is_initial(w)
                    // "A Alonzo (jusqu'à D110) P Sautrey": initials without
                    // dots in a list of mixed-case names.
                    || (self.style.mixed && is_letters_initial(w))
                    // "(St-Ouen) J F.MODARD": or before another initial
                    // or a family name in capitals.
                    || is_letters_initial(w)
                        && self
                            .w
                            .word(k + 1)
                            .is_some_and(|x| is_initial(x) || is_caps(x))
                    || self.line_mode
                    || self.condition_before_name(k).is_some()
                    || self.caps_place_before_civility(k).is_some()
                    || self.member_body_before_civility(k).is_some()
            }
        }
    }

    /// Whether the list goes on at `tokens[k]`: its end, a blank line, a
    /// separator before a name, "et" or a civility.
    fn goes_on(&self, k: usize) -> bool {
        let w = self.w;
        match w.tokens.get(k).map(|t| t.kind) {
            None | Some(Kind::Blank) => true,
            Some(Kind::Punct(',' | ';')) => w.word(k + 1).is_some_and(|x| {
                !is_function_word(x) && !x.chars().next().is_some_and(char::is_lowercase)
                    // "M. X, titulaire. M. Y, suppléante.": each member
                    // closed by a stop after the function, the next written
                    // as the last one was.
                    || is_function_word(x)
                        && self.entries.last().is_some_and(|e| e.function.is_some())
            }),
            Some(Kind::Word) => w
                .word(k)
                .is_some_and(|x| x == "et" || civility(x).is_some()),
            // "Alain FALGAS. Claude LAPORTE. Serge PERRIN.": names each
            // ended by a full stop, the next name after it.
            Some(Kind::Punct('.')) => match w.tokens.get(k + 1).map(|t| t.kind) {
                // The last of them, right after a stop too.
                None | Some(Kind::Blank) => self.i > 0 && w.is(self.i - 1, Kind::Punct('.')),
                // "... SACTOUON Daniel. SACTOUON Jean.\n1) Délibération": or
                // an item's number opening the next line.
                Some(Kind::Number)
                    if self.i > 0
                        && w.is(self.i - 1, Kind::Punct('.'))
                        && w.text[w.tokens[k].end..w.tokens[k + 1].start].contains('\n')
                        && matches!(
                            w.tokens.get(k + 2).map(|t| t.kind),
                            Some(Kind::Punct(')' | '-' | '–' | '.'))
                        ) =>
                {
                    true
                }
                // "TRAX Guy (ARTIX). FABRE Jean et PLAUL Marc
                // (BIRON).": names each group closed by its place in
                // brackets and a stop.
                _ if k > 0 && w.is(k - 1, Kind::Punct(')')) && self.place_group_at(k + 1) => true,
                // "ARVILLE : M. X, titulaire. BRENOUX : M. Y": in a list by
                // place, the next place's heading after the stop.
                _ if self.place_headed
                    && w.word(k + 1).is_some_and(|x| civility(x).is_none())
                    && self.heading_in_list(k + 1).is_some() =>
                {
                    true
                }
                // "Absents : M. X Jean. M. Y Paul. M. Z est nommé
                // secrétaire": the last of names each closed by a stop,
                // a sentence opening on a name after it.
                _ if self.i > 0
                    && w.is(self.i - 1, Kind::Punct('.'))
                    && self.mention(k + 1).is_some_and(|(_, next)| {
                        w.word(next)
                            .is_some_and(|x| x.starts_with(char::is_lowercase))
                    }) =>
                {
                    true
                }
                // The next name ends as this one did, by a stop (or the
                // list's end): "Mairie : Myriam X" is another group.
                _ => w.word(k + 1).is_some_and(|x| {
                    (is_caps(x) || is_capitalised(x) || civility(x).is_some())
                        && !is_function_word(x)
                        && !w.is(k + 2, Kind::Punct(':'))
                        && self.mention(k + 1).is_some_and(|(_, next)| {
                            matches!(
                                w.tokens.get(next).map(|t| t.kind),
                                None | Some(Kind::Blank | Kind::Punct('.'))
                            )
                            // "THOLANCE. HENOCQ. FERNANDES MM. MALTESE.": or
                            // by the next group's civility, the stop left out.
                            || w.word(next).and_then(civility).is_some()
                            // "M. X, titulaire. Mme Y, suppléante.": or by
                            // its function after a comma, as the last one.
                            || w.is(next, Kind::Punct(','))
                                && w.word(next + 1).is_some_and(is_function_word)
                                && self.entries.last().is_some_and(|e| {
                                    e.function.is_some()
                                        || e.notes.last().is_some_and(|n| {
                                            w.text[n.clone()]
                                                .split_whitespace()
                                                .next()
                                                .is_some_and(is_function_word)
                                        })
                                })
                        })
                }),
            },
            _ => false,
        }
    }

    /// Whether a group of names starts at `tokens[j]` that its place in
    /// brackets and a stop close: "FABRE Jean et PLAUL Marc (BIRON).".
    fn place_group_at(&self, mut j: usize) -> bool {
        let w = self.w;
        for _ in 0..4 {
            if !w.word(j).is_some_and(|x| is_caps(x) || is_capitalised(x))
                || w.word(j).is_some_and(is_function_word)
            {
                return false;
            }
            let Some((_, next)) = self.mention(j) else {
                return false;
            };
            match w.tokens.get(next).map(|t| t.kind) {
                Some(Kind::Word) if matches!(w.word(next), Some("et" | "ET")) => j = next + 1,
                Some(Kind::Punct('(')) => {
                    let after = skip_parens(w.tokens, next);
                    return w.is(after - 1, Kind::Punct(')'))
                        && matches!(
                            w.tokens.get(after).map(|t| t.kind),
                            None | Some(Kind::Blank | Kind::Punct('.'))
                        );
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the mention at `self.i` opens a line with no separator
    /// (comma, semicolon, colon, dash) between the list's last entry, or
    /// the start of its read, and it; or opens the read itself.
    fn opens_a_line_unlinked(&self) -> bool {
        let start = self.w.tokens[self.i].start;
        let last_end = self.entries.last().map_or(self.stop, |e| {
            let function_end = e.function.as_ref().map_or(0, |f| f.end);
            let note_end = e.notes.last().map_or(0, |n| n.end);
            self.stop.max(function_end).max(note_end)
        });
        let gap = &self.w.text[last_end.min(start)..start];
        let opens_line = self.w.text[..start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
        // A read that starts at the mention itself (a list resumed past
        // what it could not read) has nothing before it either.
        let read_starts = self.entries.is_empty() && gap.is_empty();
        (opens_line || read_starts) && !gap.contains([',', ';', ':', '-', '\u{2013}', '/'])
    }

    /// Whether an apposition between commas at `tokens[k]` ("Mme Y,
    /// déléguée de Z, ...") leads to a finite verb of the minutes: "est
    /// désignée", "a été élu", "ouvre la séance", "donne lecture",
    /// "présente". The apposition stays within a dozen words, with no stop
    /// or blank line in it.
    fn verb_after_apposition(&self, k: usize) -> bool {
        let w = self.w;
        if !w.is(k, Kind::Punct(',')) {
            return false;
        }
        let Some(comma) = (k + 1..(k + 20).min(w.tokens.len())).find(|&j| {
            matches!(
                w.tokens[j].kind,
                Kind::Punct(',' | '.' | ';' | ':') | Kind::Blank
            )
        }) else {
            return false;
        };
        if comma == k + 1 || !w.is(comma, Kind::Punct(',')) {
            return false;
        }
        let v = comma + 1;
        opens_on_minutes_verb([w.word(v), w.word(v + 1), w.word(v + 2)])
    }

    /// Whether a sentence goes on at `tokens[k]`: a word in small letters
    /// that is no link of a list and no function.
    fn sentence_at(&self, k: usize) -> bool {
        self.w.word(k).is_some_and(|x| {
            x.chars().next().is_some_and(char::is_lowercase)
                && !matches!(x, "et" | "pour" | "de" | "du" | "des")
                && !is_function_word(x)
        })
    }
}

/// "VERAN-lès-COTEAUX", "Cortal-aux-Bois": a word whose hyphens join a
/// place's link between its parts, the shape of a place's name, no given
/// name's.
/// The nouns that open a group's heading in a list of members, folded:
/// a college of members, a member body or a place's noun ("Collège des
/// élus", "Commune de X", "Syndicat des eaux"). None is a given name.
fn is_group_noun(f: &str) -> bool {
    matches!(
        f,
        "college" | "colleges" | "syndicat" | "metropole" | "mairie" | "departement" | "region"
    ) || PLACE_NOUNS.contains(&f)
}

/// Whether a word opens on an elided link ("d'Azur", "l'Ain").
fn fold_starts_with_elision(x: &str) -> bool {
    with_fold(x, |f| f.starts_with("d'") || f.starts_with("l'"))
}

fn place_compound(x: &str) -> bool {
    let mut parts = x.split('-');
    parts.next();
    let mut inner = parts.collect::<Vec<_>>();
    inner.pop();
    inner.into_iter().any(is_place_link)
}

/// "2 représentants du Conseil régional (porteurs de 2 voix chacun)", "23
/// représentants du collège des communes, porteurs de 1 voix chacun :": a
/// college's heading inside a list, from its count at `i`: a noun of
/// representatives, a link, then words up to a colon or to the closing
/// bracket of the voices its members carry. The index after it.
fn college_heading(w: Words<'_>, i: usize) -> Option<usize> {
    college_heading_at_noun(w, i + 1)
}

/// [`college_heading`] from its noun at `n`: "représentants du collège
/// des communes, porteurs de 1 voix chacun :" opening a list whose count
/// the label took ("Etaient présents : 23 représentants ...").
fn college_heading_at_noun(w: Words<'_>, n: usize) -> Option<usize> {
    let noun = w.word(n)?;
    if !with_fold(noun, |f| {
        f.starts_with("representant") || f.starts_with("delegue")
    }) {
        return None;
    }
    if !w.word(n + 1).is_some_and(|x| {
        with_fold(x, |f| {
            matches!(f, "du" | "de" | "des" | "d" | "d'") || f.starts_with("d'")
        })
    }) {
        return None;
    }
    let mut j = n + 2;
    while j < w.tokens.len().min(n + 39) {
        match w.tokens[j].kind {
            Kind::Punct(':') => return Some(j + 1),
            Kind::Punct('(') => {
                let after = skip_parens(w.tokens, j);
                let inner = &w.text[w.tokens[j].start..w.tokens[after - 1].end];
                if with_fold(inner, |f| f.contains("voix")) {
                    return Some(after);
                }
                j = after;
                continue;
            }
            Kind::Blank => return None,
            _ => {}
        }
        j += 1;
    }
    None
}

/// "l'église", "d'Olt": an elided article or preposition and the word it
/// leans on, inside a place's name.
fn elided_word(x: &str) -> bool {
    ["l'", "d'", "l’", "d’"].iter().any(|p| {
        x.strip_prefix(p)
            .is_some_and(|rest| rest.chars().count() >= 2 && rest.chars().all(char::is_alphabetic))
    })
}

/// A note on the person just read, written without parentheses after an
/// optional comma: "suppléant de M. X", "suppléée par Mme Y", "qui donne
/// pouvoir à Z", "pouvoir à Z", "représenté par Z". Returns the note's range
/// (from its first word to the end of the name in it) and the index after it.
fn bare_note(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: NameStyle,
) -> Option<(Range<usize>, usize)> {
    // (A proxy noun typed with a slip read as the noun: "DONNE POUVOUR A".)
    let word = |k: usize| -> Option<String> {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| crate::grammar::proxies::proxy_noun_as_typed(fold(&text[t.start..t.end])))
    };
    let mut k = i;
    // "MONTASET Odile : arrivée à 18 H.30, a voté à partir de la question
    // n° 8": a presence note after a colon (only such a note).
    let colon = tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'));
    if colon || tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(',')) {
        k += 1;
    }
    // "Mme X Procuration à Mme Y M. Z '' M. W": a ditto mark standing for
    // the proxy's words written above, then the holder.
    let ditto = match tokens.get(k).map(|t| t.kind) {
        Some(Kind::Punct('\'')) => tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Punct('\'') && n.start == tokens[k].end)
            .then_some(2),
        Some(Kind::Punct('«' | '»' | '"' | '〃')) => Some(1),
        _ => None,
    };
    if let Some(len) = ditto
        && !colon
        && let Some((Mention::Name(n), after)) = name_at(text, tokens, k + len, style)
        && n.civility.is_some()
    {
        return Some((tokens[k].start..tokens[after - 1].end, after));
    }
    // Every opening below starts with one of these letters: most names
    // are turned away here, unfolded.
    let initial = tokens
        .get(k)
        .filter(|t| t.kind == Kind::Word)
        .and_then(|t| text[t.start..t.end].chars().next())
        .and_then(fold_char);
    if !initial.is_some_and(|c| matches!(c, 'q' | 'a' | 's' | 'r' | 'd' | 'p' | 'j' | 'e' | 'n')) {
        return None;
    }
    // "Mme X   sans pouvoir": said to have given no proxy.
    if word(k).as_deref() == Some("sans")
        && matches!(
            word(k + 1).as_deref(),
            Some("pouvoir" | "procuration" | "delegation")
        )
    {
        return Some((tokens[k].start..tokens[k + 1].end, k + 2));
    }
    // "SOUBIRAN Marc avec pouvoir de TUCOULET Anne": the proxy the member
    // holds.
    if matches!(word(k).as_deref(), Some("qui" | "ayant"))
        || word(k).as_deref() == Some("avec")
            && matches!(
                word(k + 1).as_deref(),
                Some("pouvoir" | "procuration" | "delegation")
            )
    {
        k += 1;
    }
    // "X, ayant le pouvoir de M. Y": the article before the proxy.
    if k > i
        && word(k - 1).as_deref() == Some("ayant")
        && matches!(word(k).as_deref(), Some("le" | "la" | "les"))
        && matches!(
            word(k + 1).as_deref(),
            Some("pouvoir" | "pouvoirs" | "procuration" | "procurations" | "delegation")
        )
    {
        k += 1;
    }
    let start = k;
    let first = word(k)?;
    // "Anne X aux points 1, 2 et 24, Paul Y", "Luc Z sauf aux points 3 et
    // 4,": the items the member sat for, or all but, listed by number
    // without brackets on the name's line; the note goes on over the
    // commas between the numbers.
    if let Some(j) = items_listed_after(text, tokens, k)
        && crate::grammar::notes::condition(text, tokens[start].start..tokens[j - 1].end).is_some()
    {
        return Some((tokens[start].start..tokens[j - 1].end, j));
    }
    // "CASLEGARD Norbert présent jusqu'à la délibération N°7 puis procuration à
    // X", "Y arrivée à partir du point 4": a presence note without brackets,
    // up to the next separator.
    let presence_word = matches!(
        first.as_str(),
        "present" | "presente" | "arrive" | "arrivee" | "sorti" | "sortie" | "absent" | "absente"
    );
    let presence_follows = matches!(
        word(k + 1).as_deref(),
        Some("jusqu'a" | "jusqu'au" | "jusqu" | "a" | "au" | "des" | "lors" | "apres" | "avant")
    ) || word(k + 1).as_deref() == Some("de")
        && tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Number);
    // "X quitte la séance à 18h38 et rentre à 18h42".
    let leaves = first == "quitte"
        && word(k + 1).as_deref() == Some("la")
        && word(k + 2).as_deref() == Some("seance");
    // "Bernard X à partir du point 2", "Y jusqu'au point 5": the range
    // alone, no presence word before it.
    // (On the name's line: "A partir de 19h26, Mme X" opening the next
    // line is a sentence of its own.)
    let same_line = k > 0 && !text[tokens[k - 1].end..tokens[k].start].contains('\n');
    let range_alone = same_line
        && (first == "a" && word(k + 1).as_deref() == Some("partir")
            || matches!(first.as_str(), "jusqu'a" | "jusqu'au" | "jusqu"));
    let (presence_word, presence_follows) = (
        presence_word || leaves || range_alone,
        presence_follows || leaves || range_alone,
    );
    if presence_word && presence_follows {
        let mut j = k + 1;
        // "... à partir du point 2.7.1 Mme Y, ...": the next member's
        // civility right after the item's number ends the note, its
        // separator lost with a line break.
        // "... arrivée à 20 heures 15 - M. Luc Z et Mme Y": or a dash
        // between members after the clock time, a civility after it (a
        // dash goes on with the note: "arrivée à 18 h 30 - a voté ...").
        let civility_at = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| t.kind == Kind::Word && civility(&text[t.start..t.end]).is_some())
        };
        let next_member = |j: usize| {
            tokens[j - 1].kind == Kind::Number
                && (civility_at(j)
                    || tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.kind, Kind::Punct('-') | Kind::Punct('–')))
                        && civility_at(j + 1))
        };
        while j < k + 30
            && tokens.get(j).is_some_and(|t| {
                !matches!(
                    t.kind,
                    Kind::Punct(',') | Kind::Punct(';') | Kind::Newline | Kind::Blank
                )
            })
            && !next_member(j)
        {
            j += 1;
        }
        // Only inside a list that goes on: "Nelly arrivée à 18H45." on
        // the line after a list is a sentence.
        let goes_on = tokens
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(',') | Kind::Punct(';')))
            || next_member(j);
        // (A range alone names an item: "à partir de 19h26" is no note.)
        // ("à partir du point 2.7.1": an outline's number names an item,
        // kept as wording.)
        let names_item = |j: usize| {
            let end = tokens[j - 1].end;
            let outline = tokens[j - 1].kind == Kind::Number
                && text[..tokens[j - 1].start].ends_with('.')
                && text[..tokens[j - 1].start - 1].ends_with(|c: char| c.is_ascii_digit());
            crate::grammar::notes::condition(text, tokens[start].start..end).is_some_and(|c| {
                c.from.is_some() || c.until.is_some() || outline && c.wording.is_some()
            })
        };
        // "COUTEAU, délégué, présent de 19h à 20h15, donne pouvoir à
        // Monsieur HELENE, ...": the proxy given on leaving, after a comma,
        // goes with the note up to the next separator.
        if presence_word
            && tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(','))
            && matches!(
                word(j + 1).as_deref(),
                Some("donne" | "a" | "ayant" | "apres")
            )
            && (j + 1..tokens.len().min(j + 6)).any(|q| {
                matches!(
                    word(q).as_deref(),
                    Some("pouvoir" | "procuration" | "delegation")
                )
            })
        {
            let mut e = j + 1;
            while e < j + 16
                && tokens.get(e).is_some_and(|t| {
                    !matches!(t.kind, Kind::Punct(',' | ';') | Kind::Newline | Kind::Blank)
                })
            {
                e += 1;
            }
            if tokens
                .get(e)
                .is_none_or(|t| !matches!(t.kind, Kind::Newline | Kind::Blank))
            {
                j = e;
            }
        }
        if goes_on
            && !text[tokens[start].start..tokens[j - 1].end].ends_with('.')
            && (!range_alone || names_item(j))
        {
            return Some((tokens[start].start..tokens[j - 1].end, j));
        }
        // A range alone ending the list's line: an item's number in it
        // ("... à partir du point 2\n"), not a clock time nor a sentence.
        if range_alone
            && j > k
            && tokens
                .get(j)
                .is_none_or(|t| matches!(t.kind, Kind::Newline | Kind::Blank))
            && names_item(j)
        {
            return Some((tokens[start].start..tokens[j - 1].end, j));
        }
        // After a colon, the note may end the list, with its full stop.
        let last = if tokens[j - 1].kind == Kind::Punct('.') {
            j - 1
        } else {
            j
        };
        if colon && last > k + 1 && tokens.get(j).is_none_or(|t| t.kind != Kind::Word) {
            return Some((tokens[start].start..tokens[last - 1].end, j));
        }
        return None;
    }
    if colon {
        return None;
    }
    // "Anne X, Conseillère, par visioconférence ; Paul Y": how the member
    // sits (from afar), between separators; the member is present.
    if let Some(end) = remote_sitting(word, k)
        && tokens
            .get(end)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | ';' | '.') | Kind::Newline))
    {
        return Some((tokens[start].start..tokens[end - 1].end, end));
    }
    // ", absent, pouvoir", ", suppléant", ", excusée": the member's standing
    // between commas, a status column flattened after the name, then the
    // next name or the list's end.
    // ", excusé, n'est pas représenté, ni suppléé": the standing said in
    // the negative (no proxy, no substitute), after it or alone.
    let negated = negated_standing(word, k);
    if k == i + 1 && (is_standing_word(&first) || negated.is_some()) {
        let mut j = k;
        while word(j).is_some_and(|w| is_standing_word(&w)) {
            let next = j + 1;
            if tokens.get(next).is_some_and(|t| t.kind == Kind::Punct(','))
                && word(next + 1).is_some_and(|w| is_standing_word(&w))
            {
                j = next + 1;
            } else {
                j = next;
                break;
            }
        }
        loop {
            let comma =
                usize::from(j > k && tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(',')));
            match negated_standing(word, j + comma) {
                Some(end) => j = end,
                None => break,
            }
        }
        // ", absente, représentée par Y": the standing, then the proxy,
        // read below as one note.
        let proxy_follows = tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(','))
            && opens_proxy_or_substitute(word, j + 1);
        let next_ok = !proxy_follows
            && match tokens.get(j) {
                None => true,
                Some(t) => match t.kind {
                    Kind::Word => text[t.start..t.end].starts_with(char::is_uppercase),
                    Kind::Newline | Kind::Blank | Kind::Punct(',' | ';' | '.') => true,
                    _ => false,
                },
            };
        if next_ok {
            return Some((tokens[start].start..tokens[j - 1].end, j));
        }
    }
    // "Monsieur X par Monsieur Y suppléant": the participle left out.
    let substitute_after = |j: usize| -> Option<usize> {
        let (_, after) = name_at(text, tokens, j, style)?;
        let comma = usize::from(
            tokens
                .get(after)
                .is_some_and(|t| t.kind == Kind::Punct(',')),
        );
        // ", son suppléant": the possessive may come first.
        let own = usize::from(matches!(word(after + comma).as_deref(), Some("son" | "sa")));
        matches!(
            word(after + comma + own).as_deref(),
            Some("suppleant" | "suppleante")
        )
        .then_some(after + comma + own + 1)
    };
    if first == "par" && k == i {
        let end = substitute_after(k + 1)?;
        return Some((tokens[start].start..tokens[end - 1].end, end));
    }
    // "F. X absent, pouvoir donné à Y": the standing, then the proxy.
    let (k, first) = match first.as_str() {
        "absent" | "absente" | "excuse" | "excusee" => {
            let comma = tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Punct(','));
            let next = k + 1 + usize::from(comma);
            match word(next) {
                Some(w) if opens_proxy_or_substitute(word, next) => (next, w),
                _ => (k, first),
            }
        }
        _ => (k, first),
    };
    let opens = first.starts_with("suppl")
        || first.starts_with("rempla")
        || first.starts_with("represent")
        || matches!(
            first.as_str(),
            "donne" | "donnant" | "a" | "avait" | "pouvoir" | "procuration"
        )
        || matches!(first.as_str(), "est" | "etait") && opens_proxy_or_substitute(word, k);
    if !opens {
        return None;
    }
    // Up to four linking words, then a name.
    let mut j = k;
    while j < k + 5
        && word(j).is_some_and(|w| {
            w.starts_with("suppl")
                || w.starts_with("rempla")
                || w.starts_with("represent")
                || matches!(
                    w.as_str(),
                    "de" | "du"
                        | "est"
                        | "etait"
                        | "son"
                        | "sa"
                        | "par"
                        | "a"
                        | "au"
                        | "donne"
                        | "donnant"
                        | "avait"
                        | "recu"
                        | "recue"
                        | "pouvoir"
                        | "procuration"
                        | "delegation"
                        | "vote"
                )
                // "a pour suppléant Y".
                || w == "pour" && word(j + 1).is_some_and(|n| n.starts_with("suppl"))
        })
    {
        j += 1;
    }
    if j == k {
        return None;
    }
    // "représenté par Monsieur Y, suppléant": the holder's standing, a
    // substitute, is the note's.
    if first.starts_with("represent")
        && let Some(end) = substitute_after(j)
    {
        return Some((tokens[start].start..tokens[end - 1].end, end));
    }
    // "Paul X représenté par son suppléant ; Anne Y": the substitute left
    // unnamed, the note ends on the noun, before a semicolon or the list's
    // end (as within brackets, "(représentée par sa suppléante)"); after a
    // comma, the substitute's name may follow in apposition.
    if first.starts_with("represent")
        && word(j - 1).is_some_and(|w| w.starts_with("suppl"))
        && matches!(word(j - 2).as_deref(), Some("son" | "sa"))
        && tokens
            .get(j)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(';' | '.') | Kind::Newline))
    {
        return Some((tokens[start].start..tokens[j - 1].end, j));
    }
    // "Paul X (DT Y), ayant procuration\nS.BONNEVAL": one member a line,
    // the grantor wrapped to the next line.
    let j = if tokens.get(j).is_some_and(|t| t.kind == Kind::Newline)
        && matches!(
            word(j - 1).as_deref(),
            Some("procuration" | "pouvoir" | "suppleant" | "suppleante")
        ) {
        j + 1
    } else {
        j
    };
    let (holder, mut after) = name_at(text, tokens, j, style)?;
    // "TRIVOLET Jean a donné pouvoir à Emma MERLE JOLY Paul a donné pouvoir
    // à ...": the next grantor run on, family name first, after the
    // holder's; the holder keeps the first family word.
    if let Some((_, cut)) =
        crate::grammar::proxies::next_grantor_family_first(text, tokens, j, &holder, after)
    {
        after = cut;
    }
    // "ayant le pouvoir de M. Y et de M. Z": the holder's proxies, each
    // grantor after "et de".
    if matches!(word(j - 1).as_deref(), Some("de" | "du")) {
        while word(after).as_deref() == Some("et")
            && matches!(word(after + 1).as_deref(), Some("de" | "du"))
            && let Some((_, next)) = name_at(text, tokens, after + 2, style)
        {
            after = next;
        }
    }
    Some((tokens[start].start..tokens[after - 1].end, after))
}

/// A note opened at `open` and never closed, the next entry run into it:
/// "M. Paul X (Ville Haute Mme Anne Y (Ville Haute), ...". The index of
/// that entry's civility, when it follows a word with a capital (a place,
/// not "pouvoir à Mme Y" nor "représenté par M. Y"), a name follows it and
/// the next bracket is the entry's own note opening, before any closing.
fn open_note_run_into_entry(w: Words<'_>, open: usize) -> Option<usize> {
    let mut civ = None;
    for j in open + 1..w.tokens.len() {
        match w.tokens[j].kind {
            Kind::Punct(')') | Kind::Newline | Kind::Blank => return None,
            Kind::Punct('(') => return civ,
            Kind::Word if civ.is_none() => {
                let x = w.word(j)?;
                if civility(x).is_some_and(|(c, group)| c.is_some() && !group)
                    && j > open + 1
                    && w.word(j - 1)
                        .is_some_and(|p| p.chars().any(char::is_uppercase))
                    && w.word(j - 1).is_some_and(|p| civility(p).is_none())
                    && w.word(j + 1 + usize::from(w.is(j + 1, Kind::Punct('.'))))
                        .is_some_and(|n| is_capitalised(n) || is_caps(n))
                {
                    civ = Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the words from `k` open a proxy or a substitute after a
/// member's standing: "pouvoir à", "procuration", "donné", "représenté
/// par", "a donné pouvoir", "est suppléé par", "est remplacée par".
fn opens_proxy_or_substitute(word: impl Fn(usize) -> Option<String>, k: usize) -> bool {
    let Some(w) = word(k) else {
        return false;
    };
    let next = || word(k + 1).unwrap_or_default();
    matches!(w.as_str(), "pouvoir" | "procuration" | "donne")
        || w.starts_with("represent")
        || matches!(w.as_str(), "a" | "avait") && next() == "donne"
        || matches!(w.as_str(), "est" | "etait") && {
            let n = next();
            n.starts_with("suppl") || n.starts_with("represent") || n.starts_with("rempla")
        }
}

/// "n'est pas représentée", "ni suppléé", "non représenté", "n'a pas donné
/// pouvoir": a member's standing said in the negative (absent, with neither
/// proxy nor substitute), from `k` (words folded by `word`); the index
/// after it.
fn negated_standing(word: impl Fn(usize) -> Option<String>, k: usize) -> Option<usize> {
    let first = word(k)?;
    let mut j = match first.as_str() {
        "n'est" | "n'etait" | "n'a" | "n'avait" if word(k + 1).as_deref() == Some("pas") => k + 2,
        "non" | "ni" => k + 1,
        _ => return None,
    };
    if word(j).as_deref() == Some("donne") {
        j += 1;
    }
    let w = word(j)?;
    (w.starts_with("represent")
        || w.starts_with("suppl")
        || w.starts_with("rempla")
        || matches!(w.as_str(), "pouvoir" | "procuration"))
    .then_some(j + 1)
}

/// "par visioconférence", "en audioconférence", "à distance": how a member
/// sits from afar, from `k` (words folded by `word`); the index after it.
fn remote_sitting(word: impl Fn(usize) -> Option<String>, k: usize) -> Option<usize> {
    let first = word(k)?;
    let second = word(k + 1)?;
    let remote = match first.as_str() {
        "par" | "en" => [
            "visio",
            "audio",
            "video",
            "teleconf",
            "webconf",
            "telephone",
        ]
        .iter()
        .any(|m| second.starts_with(m)),
        "a" => second == "distance",
        _ => false,
    };
    remote.then_some(k + 2)
}

/// A word of a member's standing written after the name, folded: "absent",
/// "pouvoir", "suppléant".
pub(crate) fn is_standing_word(w: &str) -> bool {
    matches!(
        w,
        "absent"
            | "absente"
            | "excuse"
            | "excusee"
            | "pouvoir"
            | "procuration"
            | "suppleant"
            | "suppleante"
            | "titulaire"
    )
}

/// A name whose words are spread over up to three lines from `tokens[i]`.
fn wrapped_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: NameStyle,
) -> Option<(Mention, usize)> {
    let mut index = Vec::new();
    let mut lines = 0;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        if t.kind == Kind::Newline {
            lines += 1;
            if lines > 3 {
                break;
            }
            continue;
        }
        index.push(k);
        if index.len() >= 8 {
            break;
        }
    }
    let joined: Vec<Token> = index.iter().map(|&k| tokens[k]).collect();
    let (mention, next) = name_at(text, &joined, 0, style)?;
    let Mention::Name(n) = &mention else {
        return None;
    };
    n.civility?;
    Some((mention, index.get(next).copied().unwrap_or(tokens.len())))
}

/// The function right after the last entry ("X, Maire, Y").
fn record_function(tokens: &[Token], start: usize, end: usize, entries: &mut [Entry]) {
    if let Some(last) = entries.last_mut()
        && last.function.is_none()
        && end > start
    {
        last.function = Some(tokens[start].start..tokens[end - 1].end);
    }
}

/// Where a list of items by number ends, written from `tokens[k]` on the
/// line of the name before it: "aux points 1, 2 et 24", "sauf au point 5",
/// "saufs aux questions 3 et 4", "pour les points 2 et 3"; then a
/// separator, the line's end or the text's end.
fn items_listed_after(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| fold(&text[t.start..t.end]))
    };
    let opens = matches!(
        word(k).as_deref(),
        Some("aux" | "au" | "sauf" | "saufs" | "excepte" | "pour")
    );
    if !opens || k == 0 || text[tokens[k - 1].end..tokens[k].start].contains('\n') {
        return None;
    }
    let unit = (k..tokens.len().min(k + 4)).find(|&u| {
        word(u).is_some_and(|w| {
            matches!(
                w.trim_end_matches('s'),
                "point" | "question" | "deliberation" | "rapport" | "dossier" | "affaire"
            )
        })
    })?;
    if !(k + 1..unit)
        .all(|u| matches!(word(u).as_deref(), Some("aux" | "au" | "les" | "le" | "la")))
        || !tokens.get(unit + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        return None;
    }
    let mut j = unit + 2;
    while (tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(','))
        || word(j).as_deref() == Some("et"))
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        j += 2;
    }
    tokens
        .get(j)
        .is_none_or(|t| {
            matches!(
                t.kind,
                Kind::Punct(',' | ';' | '.') | Kind::Newline | Kind::Blank
            )
        })
        .then_some(j)
}

/// "M. X, 6e vice-président (présent à partir du dossier n° 4)": a note
/// after a function belongs to the name before the function.
fn attach_note(tokens: &[Token], i: usize, entries: &mut [Entry]) -> usize {
    let Some(last) = entries.last_mut() else {
        return i;
    };
    if !tokens.get(i).is_some_and(|t| t.kind == Kind::Punct('(')) {
        return i;
    }
    let (inner, after) = in_parens(tokens, i);
    last.notes.push(inner);
    after
}

/// "à partir du point 3", "jusqu'au point 12", "dès la question 4": an
/// arrival or a departure tied to an item, written without brackets after
/// a member's function; its range and the index after its number.
fn bare_condition(text: &str, tokens: &[Token], i: usize) -> Option<(Range<usize>, usize)> {
    let first = tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    let w = &text[first.start..first.end];
    // Only the words such a phrase opens with go further (most do not).
    if !w.starts_with(['à', 'a', 'j', 'd', 'p', 'A', 'J', 'D', 'P', 'À']) {
        return None;
    }
    // "arrivé au point n° 11", "partie après le point 4": the movement's
    // participle first, then the phrase.
    let moved = with_fold(w, |f| {
        matches!(f, "arrive" | "arrivee" | "parti" | "partie")
    });
    let o = if moved { i + 1 } else { i };
    let opener = tokens.get(o).filter(|t| t.kind == Kind::Word)?;
    let opens = with_fold(&text[opener.start..opener.end], |f| {
        matches!(f, "a" | "jusqu'a" | "jusqu'au" | "jusqu" | "des")
            || moved && matches!(f, "au" | "apres" | "avant")
    });
    if !opens {
        return None;
    }
    // The item's number within a few words ("n° 11": the sign of the
    // number is no break).
    let number = (o + 1..tokens.len().min(o + 7)).find(|&k| tokens[k].kind == Kind::Number)?;
    if tokens[o + 1..number]
        .iter()
        .any(|t| !matches!(t.kind, Kind::Word | Kind::Punct('\'' | '°')))
    {
        return None;
    }
    // "à partir du point 2.7.1": an outline's number, read whole; the
    // stretch is kept as wording.
    let mut last = number;
    while tokens
        .get(last + 1)
        .is_some_and(|t| t.kind == Kind::Punct('.'))
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.kind == Kind::Number && t.start == tokens[last + 1].end)
        && tokens[last + 1].start == tokens[last].end
    {
        last += 2;
    }
    let range = first.start..tokens[last].end;
    let c = crate::grammar::notes::condition(text, range.clone())?;
    (c.from.is_some() || c.until.is_some() || last > number && c.wording.is_some())
        .then_some((range, last + 1))
}

/// Skips a function phrase: "Maire", "Vice-Président de Grand Besançon",
/// "conseillers municipaux". Ends before a separator, a civility or a note.
/// In a list written "NOM Prénom" (`family_first`), a capitalised word
/// after a place's link before a word in capitals is the place, the next
/// name starting at the capitals ("Délégué de Valmont TROD Paul").
fn skip_function(text: &str, tokens: &[Token], i: usize, family_first: bool) -> usize {
    let word_before = |k: usize| {
        tokens
            .get(k - 1)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut k = i + 1;
    while let Some(t) = tokens.get(k) {
        match t.kind {
            Kind::Word => {
                let w = &text[t.start..t.end];
                // "Maire et Déléguée titulaire de BREAUTE": a second
                // function joined by "et", no name between.
                if w == "et"
                    && tokens.get(k + 1).is_some_and(|n| {
                        let x = &text[n.start..n.end];
                        n.kind == Kind::Word
                            && !is_caps(x)
                            && (is_function_word(x) || folds_to(x, "maire"))
                    })
                {
                    k += 1;
                    continue;
                }
                if civility(w).is_some() || w == "et" {
                    break;
                }
                // "Conseiller municipal absent excusé - Mme Y": a status
                // after the function, then a separator, is the entry's.
                if status_after_function(Words { text, tokens }, k).is_some() {
                    break;
                }
                // "Administrateur qui a donné pouvoir à M. Y": the proxy
                // after the function, no comma before it, is a note.
                let folded = |j: usize| {
                    tokens
                        .get(j)
                        .filter(|t| t.kind == Kind::Word)
                        .map(|t| fold(&text[t.start..t.end]))
                };
                if matches!(w, "qui" | "ayant")
                    && matches!(folded(k + 1).as_deref(), Some("a" | "avait" | "donne"))
                    && opens_proxy_or_substitute(folded, k + 1)
                {
                    break;
                }
                // "Délégué de X à partir du point 3": the arrival is a note;
                // "Conseiller arrivé au point n° 11" too, right after a
                // function of one word.
                let moved = || {
                    with_fold(w, |f| {
                        matches!(f, "arrive" | "arrivee" | "parti" | "partie")
                    })
                };
                if (k > i + 1 || moved()) && bare_condition(text, tokens, k).is_some() {
                    break;
                }
                // "Paul X, membres suppléants Collège des institutionnels –
                // Anne Y": a group's noun right after the function's words,
                // no link before it, opens the next group's heading (a
                // college's: "Adjoint au Mairie de X" is a function's).
                if k > i + 1
                    && is_capitalised(w)
                    && with_fold(w, |f| f.starts_with("college"))
                    && word_before(k).is_some_and(|b| {
                        !is_place_link(b) && !elided_word(b) && !matches!(b, "au" | "à" | "a")
                    })
                {
                    break;
                }
                // "Délégué de la Commune d' AULON", "du Canton de SAINT-ANDRE":
                // the place after a place noun is part of the function.
                if PLACE_NOUNS.contains(&fold(w).as_str()) {
                    k = skip_place(text, tokens, k + 1);
                    continue;
                }
                // "Délégué titulaire de BREAUTE - M. Y", "Déléguée
                // titulaire d'ANGERVILLE BAILLEUL - Mme Z": the commune the
                // member stands for, in capitals after the function's link
                // up to a separator. (Not "de FERMAUIER Xavier": a family
                // name with its particle, a given name after it.)
                if let Some(after) = place_up_to_separator(text, tokens, k) {
                    k = after;
                    continue;
                }
                // Stop at what looks like the next name (not "ADJOINTS AU
                // MAIRE": a function in capitals).
                // "Délégué de la CC du Val": after a lower-case article, a
                // body's initials, not a name.
                // ("délégué de la CC.PFV, Maire de X": so in any list, a
                // body's code of a few capitals after the article, a stop
                // or a comma after it.)
                let code = (2..=6).contains(&w.chars().count())
                    && tokens
                        .get(k + 1)
                        .is_none_or(|n| matches!(n.kind, Kind::Punct('.' | ',' | ')' | ';')));
                let after_article = (family_first || code)
                    && matches!(word_before(k), Some("la" | "le" | "les" | "du" | "des"));
                // "CC.PFV": the code's parts joined by a stop, no space
                // (no family name: so after "de" too, "Vice-Prés. de CC.PFV").
                if (after_article || word_before(k).is_some_and(|b| matches!(b, "de" | "à" | "au")))
                    && code
                    && let (Some(dot), Some(part)) = (tokens.get(k + 1), tokens.get(k + 2))
                    && dot.kind == Kind::Punct('.')
                    && part.kind == Kind::Word
                    && dot.start == t.end
                    && part.start == dot.end
                    && is_caps(&text[part.start..part.end])
                {
                    k += 3;
                    continue;
                }
                if is_caps(w)
                    && k > i + 1
                    && !after_article
                    && !(is_function_word(w) && matches!(word_before(k), Some("AU" | "AUX")))
                {
                    break;
                }
                // ", titulaire DUPIN Anne": right after a one-word function,
                // a family name in capitals then a given name.
                if k == i + 1
                    && is_caps(w)
                    && !is_function_word(w)
                    && tokens.get(k + 1).is_some_and(|n| {
                        let next = &text[n.start..n.end];
                        n.kind == Kind::Word && is_capitalised(next) && !is_caps(next)
                    })
                {
                    break;
                }
                // "Déléguée Région Val-Vert DUPIN Anne": so is a capitalised
                // word after another within the function.
                let place = family_first
                    && word_before(k).is_some_and(|b| {
                        is_place_link(b) || k > i + 1 && is_capitalised(b) && !is_caps(b)
                    });
                if is_capitalised(w)
                    && !place
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.kind == Kind::Word && is_caps(&text[n.start..n.end]))
                {
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    k
}

/// A status written right after a name, one word or two ("présente",
/// "absent excusé", "excusée"), then a separator or the end: where it
/// ends.
fn status_after_name(w: Words<'_>, k: usize) -> Option<usize> {
    let status = |j: usize| {
        w.word(j).is_some_and(|x| {
            with_fold(x, |f| {
                matches!(
                    f,
                    "present"
                        | "presente"
                        | "presents"
                        | "presentes"
                        | "absent"
                        | "absente"
                        | "absents"
                        | "absentes"
                        | "excuse"
                        | "excusee"
                        | "excuses"
                        | "excusees"
                )
            })
        })
    };
    if !status(k) {
        return None;
    }
    let end = if status(k + 1) { k + 2 } else { k + 1 };
    // ("M. X excusé -Mme Y": or a dash before the next entry; "M. X
    // Absent STE-MARIE -M. Y": a status column's word capitalised, then
    // the next cell in capitals.)
    let capitalised = w
        .word(end - 1)
        .is_some_and(|x| is_capitalised(x) && !is_caps(x));
    w.tokens
        .get(end)
        .is_none_or(|t| {
            matches!(
                t.kind,
                Kind::Punct(',' | ';' | '.' | '-' | '–') | Kind::Newline | Kind::Blank
            ) || capitalised
                && w.word(end)
                    .is_some_and(|x| civility(x).is_some() || is_caps(x) && x.chars().count() >= 2)
        })
        .then_some(end)
}

/// A status after a member's function ("Conseiller municipal absent
/// excusé - Mme Y"), as after a name, but not at the list's end, its
/// last separator included ("..., Mme Z Délégués Titulaires Absents
/// excusés", a label's words the list ran into) nor before another
/// status: where it ends.
fn status_after_function(w: Words<'_>, k: usize) -> Option<usize> {
    // ("Membres titulaires absents, excusés : X": nor a label's statuses
    // parted by a comma.)
    status_after_name(w, k).filter(|&end| {
        end + 1 < w.tokens.len()
            && !(w.is(end, Kind::Punct(','))
                && w.word(end + 1).is_some_and(|x| {
                    with_fold(x, |f| {
                        ["absent", "excuse", "present"]
                            .iter()
                            .any(|p| f.starts_with(p))
                    })
                }))
    })
}

/// "de BREAUTE - ", "du BEC DE MORTAGNE - ", "d'ANGERVILLE BAILLEUL - "
/// after a member's function: the link in small letters at `k`, then words
/// in capitals (place links between them) up to a separator, a note's
/// bracket or the end. Where they end; `None` when something else follows
/// them (a given name: "de FERMAUIER Xavier" is a name with its particle).
fn place_up_to_separator(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let caps = |x: &str| is_caps(x) && civility(x).is_none();
    let start = match word(k)? {
        "de" | "du" | "des" => k + 1,
        x if (x.starts_with("d'") && x.len() > 3 && caps(&x[2..])) => {
            // The elided link and the place's first word are one token.
            k
        }
        _ => return None,
    };
    let first = if start == k {
        word(k).map(|x| &x[2..])
    } else {
        word(start)
    };
    if !first.is_some_and(caps) {
        return None;
    }
    let mut end = start + 1;
    while let Some(x) = word(end) {
        if !(caps(x) || is_small_place_link(x) && word(end + 1).is_some_and(caps)) {
            break;
        }
        end += 1;
    }
    // (A stop glued to the next word joins a body's code: "CC.BRU".)
    tokens
        .get(end)
        .is_none_or(|t| match t.kind {
            Kind::Punct('.') => !text[t.end..].starts_with(char::is_alphanumeric),
            Kind::Punct('-' | '–' | ',' | ';' | '(') | Kind::Newline | Kind::Blank => true,
            _ => false,
        })
        .then_some(end)
}

/// Skips the place named after a place noun in a function: "de BENQUE",
/// "d' AULON", "d'ESPARRON", "de SAINT-ANDRE", "de Le Folgoët"; `i` is
/// after the noun. Nothing is skipped without the preposition.
fn skip_place(text: &str, tokens: &[Token], i: usize) -> usize {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut k = i;
    match word(k).map(fold).as_deref() {
        Some("de" | "du" | "des") => k += 1,
        Some("d")
            if tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Punct('\'')) =>
        {
            k += 2
        }
        Some(f)
            if f.starts_with("d'")
                && word(k).is_some_and(|w| is_caps(&w[2..]) || is_capitalised(&w[2..])) =>
        {
            return k + 1;
        }
        _ => return i,
    }
    let start = k;
    while let Some(w) = word(k) {
        if civility(w).is_some() || w == "et" {
            break;
        }
        let place = is_caps(w)
            || is_particle(w) && k > start
            || is_capitalised(w) && !word(k + 1).is_some_and(is_caps);
        if !place {
            break;
        }
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let (entries, _) = list(text, 0..text.len());
        entries
            .iter()
            .map(|e| match &e.mention {
                Mention::Name(n) => {
                    let given = n.given.clone().map(|g| &text[g]).unwrap_or("");
                    format!("{}|{}", given, &text[n.family.clone()])
                }
                Mention::Role(r, _) => format!("{r:?}"),
            })
            .collect()
    }

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        assert_eq!(names(text), expected, "reading {text:?}");
    }

    #[test]
    fn surnames_parted_by_full_stops_over_lines_are_one_list() {
        check(
            "Mmes AUBIN. BESSE.\nCLAVEL. ET MM. DURAND. ESTEVE.\nFARGE Paul.\nFARGE Luc.\n1) Budget",
            &[
                "|AUBIN",
                "|BESSE",
                "|CLAVEL",
                "|DURAND",
                "|ESTEVE",
                "Paul|FARGE",
                "Luc|FARGE",
            ],
        );
    }

    #[test]
    fn communes_after_a_dash_in_mixed_case_names_are_no_one() {
        check(
            "CCVB : Rivaud Martine - Saint Aubin; Saint Cyr Laurent - Brumelles; Delmas Roche Pierre - Le Puy; CCPL : Morand Cécile - Lavalette; Lucas Radegonde - Vaux; Conseil Départemental : Garrigues Paul; ",
            &[
                "Martine|Rivaud",
                "Laurent|Saint Cyr",
                "Pierre|Delmas Roche",
                "Cécile|Morand",
                "Radegonde|Lucas",
                "Paul|Garrigues",
            ],
        );
    }

    #[test]
    fn members_in_brackets_after_communes_or_their_blanks() {
        check(
            "Les délégués des communes de (LAMBERT Sophie) ; BOURG D'ARROUX (TRONCHET Gilles, VERDIER MONTEIL, Hélène) ; (BARRAUD Olivier) ; VAUX (PERRIN Claude) (MAGNIN Josiane) ;",
            &[
                "Sophie|LAMBERT",
                "Gilles|TRONCHET",
                "|VERDIER MONTEIL",
                "Olivier|BARRAUD",
                "Claude|PERRIN",
                "Josiane|MAGNIN",
            ],
        );
        // A note in brackets whose second word is no given name is no
        // member: "(DT Vaux)".
        check(
            "Paul TRAX (DT Vaux), Anne DAVEL (DT Brens)",
            &["Paul|TRAX", "Anne|DAVEL"],
        );
    }

    #[test]
    fn et_in_capitals_before_a_civility_links_two_people() {
        check(
            "- Mr Paul GASC (Vaux)- Mr Luc TROX ET Mr Guy ROQUES ( Brens) -",
            &["Paul|GASC", "Luc|TROX", "Guy|ROQUES"],
        );
    }

    #[test]
    fn a_word_on_the_next_line_that_no_given_name_is_ends_the_name() {
        check(
            "Syndicat : M. VARENNE, Mme ORTOLAN\nFERMIER : M. QUENTAL\nConseil Régional : M. DABRIAC\nAgence des eaux excusée.",
            &["|VARENNE", "|ORTOLAN", "|QUENTAL", "|DABRIAC"],
        );
        // A given name the lexicon knows, wrapped onto the next line, is
        // still the name's.
        check(
            "M. VARENNE\nJean, Mme ORTOLAN Lise",
            &["Jean|VARENNE", "Lise|ORTOLAN"],
        );
    }

    #[test]
    fn a_last_group_after_a_full_stop_then_a_page_number() {
        check(
            "MM. Paul DORAT, Henri ESTIN. Mme Chantal FABRE-MAS. 2",
            &["Paul|DORAT", "Henri|ESTIN", "Chantal|FABRE-MAS"],
        );
        // A sentence after the stop is no entry.
        check(
            "MM. Paul DORAT, Henri ESTIN. Mme Chantal FABRE-MAS ouvre la séance.",
            &["Paul|DORAT", "Henri|ESTIN"],
        );
    }

    #[test]
    fn a_standing_written_in_full_after_each_name() {
        check(
            "TRAX Anne, excusée, n'est pas représentée, ni suppléée, VIAL Paul, excusé, a donné pouvoir à Mme TROD Lise, TROX Guy, excusé, est suppléé par M. SOL Marc, TIXADOR René, non représenté",
            &["Anne|TRAX", "Paul|VIAL", "Guy|TROX", "René|TIXADOR"],
        );
    }

    #[test]
    fn a_margin_woven_inside_names() {
        check(
            "Monsieur Paul VIAL a donné procuration à Madame 23/11/2020 Lise TROD.",
            &["Paul|VIAL"],
        );
        check(
            "Madame Anne TRAX, Monsieur Paul 12 Votants VIAL, Monsieur Guy TROX, Madame Lise Convocation du TROD",
            &["Anne|TRAX", "Paul|VIAL", "Guy|TROX", "Lise|TROD"],
        );
        check(
            "Madame Anne TRAX, Monsieur Anthony Contre : 00 TROX, Madame Lise TROD",
            &["Anne|TRAX", "Anthony|TROX", "Lise|TROD"],
        );
    }

    #[test]
    fn a_list_by_place_with_headings_run_in_and_cut() {
        // The next commune run into the given names; a hyphen cut.
        check(
            "Arville : MORET Éric ; Cortal-aux- Moines :TARDIF Jean Marie Doulon en Brie : \
             CAVEL Dominique ; Escory -La-Roche : LAMBIN Jean Michel",
            &[
                "Éric|MORET",
                "Jean Marie|TARDIF",
                "Dominique|CAVEL",
                "Jean Michel|LAMBIN",
            ],
        );
        // A body's heading after a name; a family name known as a given
        // name; a small word in a commune's name; a body in small letters.
        check(
            "Communauté de Communes du Val : Arville : Paul Morin / Brossy sans Lande : Anne \
             Tissot Communauté de Communes de Haute Lande : Escory : Sylvie Julien \
             Communauté d'agglomération des coteaux : : Roland Basset",
            &[
                "Paul|Morin",
                "Anne|Tissot",
                "Sylvie|Julien",
                "Roland|Basset",
            ],
        );
        // A commune's hyphenated name in capitals after a family name; "s/".
        check(
            "ARNAC : M. VALS : M. MORINO SAINT VERAN-lès-COTEAUX : M. BRUNEL \
             ; BELMONT s/ ROCHE : Mme FELTZ",
            &["|VALS", "|MORINO", "|BRUNEL", "|FELTZ"],
        );
    }

    #[test]
    fn members_each_closed_by_a_stop_after_their_function_by_place() {
        check(
            "ARVILLE : M. Paul DORMAND, titulaire. M. Luc VERNET, titulaire. Mme Anne SOLAS, \
             suppléante. BRENOUX : M. Marc TALMON, titulaire. M. Yves CORDA, titulaire.",
            &[
                "Paul|DORMAND",
                "Luc|VERNET",
                "Anne|SOLAS",
                "Marc|TALMON",
                "Yves|CORDA",
            ],
        );
    }

    #[test]
    fn a_surname_blanked_between_dashes_is_skipped() {
        let text = "M. Paul TRAX - Mme Anne TROX – Mme Lise – M. Guy VIAL - M. Marc TROD";
        check(text, &["Paul|TRAX", "Anne|TROX", "Guy|VIAL", "Marc|TROD"]);
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(
            entries[2].skipped.clone().map(|r| &text[r]),
            Some("Mme Lise")
        );
    }

    #[test]
    fn a_body_code_after_a_member_is_no_one() {
        check(
            "Madame Annick TRÉMOLET, Monsieur Gilles PERRONNET - CD 41 Madame Sylvie RAMBAUD - CD 45 Monsieur Hervé CASTELNAU",
            &[
                "Annick|TRÉMOLET",
                "Gilles|PERRONNET",
                "Sylvie|RAMBAUD",
                "Hervé|CASTELNAU",
            ],
        );
        check(
            "Madame Irène DALBY - CD 45 SERVICES ET INVITÉS",
            &["Irène|DALBY"],
        );
    }

    #[test]
    fn the_commune_a_delegate_stands_for_after_the_function() {
        check(
            "Mme TRAX Anne, Maire et Déléguée titulaire d'ESTAVEL LES PINS - M. VIAL Paul, Délégué titulaire de BRESSOLLE - M. TROX Guy, Délégué suppléant du MESNIL BAS - Mme SOL Lise, Déléguée titulaire de - M. MARNHAC Luc",
            &[
                "Anne|TRAX",
                "Paul|VIAL",
                "Guy|TROX",
                "Lise|SOL",
                "Luc|MARNHAC",
            ],
        );
    }

    #[test]
    fn a_status_after_each_name_of_a_roll_call() {
        check(
            "Mme TRAX Anne présente, M. VIAL Paul absent excusé, Mme TROX Lise procuration à Mme TRAX Anne, M.SOL Marc présent.",
            &["Anne|TRAX", "Paul|VIAL", "Lise|TROX", "Marc|SOL"],
        );
    }

    #[test]
    fn initials_glued_to_family_names_communes_in_brackets() {
        check(
            "M.TRAX Président et les délégués suivants formant la majorité des membres en exercice : A.VIAL R.J.TROX (Vaux), M.SOL C.MAS (S) () J C.TROD G.NEY(S) (Arc)",
            &[
                "|TRAX",
                "A.|VIAL",
                "R.J.|TROX",
                "|SOL",
                "C.|MAS",
                "J C.|TROD",
                "G.|NEY",
            ],
        );
    }

    #[test]
    fn communes_in_capitals_after_full_names_and_empty_cells() {
        check(
            "M. Paul VIAL- Mme Anne TRAX BRAS ET VIALAS M. Luc TROX – M. Guy SOL CASTEL sur LIZON M. Pas de représentant présent LESCURE M. Marc TROD – Mme. Lise MAS COMBRET LE HAUT M. Jean BOYER SAINT-PONS M. Yves NEY St MARTIN DE LIZON Mme. Eve ARNAL",
            &[
                "Paul|VIAL",
                "Anne|TRAX",
                "Luc|TROX",
                "Guy|SOL",
                "Marc|TROD",
                "Lise|MAS",
                "Jean|BOYER",
                "Yves|NEY",
                "Eve|ARNAL",
            ],
        );
    }

    #[test]
    fn a_table_of_names_bodies_and_observations_flattened() {
        check(
            "Noms Collectivités Observations diverses TRAX Anne CCVA Pouvoir de MAS Lise VIAL Paul CCVA TROX Guy CCHV SOL Marc CCHVSAINT - LOUP TROD Eve CCPB",
            &["Anne|TRAX", "Paul|VIAL", "Guy|TROX", "Marc|SOL", "Eve|TROD"],
        );
        check(
            "MAS Lise CCVA NEY Jean CCHV ARNAL Rose CCPB",
            &["Lise|MAS", "Jean|NEY", "Rose|ARNAL"],
        );
        // Given name first: no table of cells.
        check(
            "Paul VIAL Anne TRAX Guy TROX",
            &["Paul|VIAL", "Anne|TRAX", "Guy|TROX"],
        );
    }

    #[test]
    fn groups_headed_by_pour_and_a_commune_mixed_case_surnames() {
        check(
            "Pour Vaux M. Trax A, Trax B, Mas Pour M. Vial, Trox, Mme Sol Pour Arc/Lac Mr Trod Pour Rive / Pour le Mont-Bas Mme Ney",
            &[
                "A|Trax", "B|Trax", "|Mas", "|Vial", "|Trox", "|Sol", "|Trod", "|Ney",
            ],
        );
    }

    #[test]
    fn communes_between_delegates_parted_by_dashes_statuses_after() {
        check(
            "BARDOU CONNE -M. Paul TRAX -Mme Anne VIAL Excusé -M. Luc TROX BRAS ST-JEAN DE LUZ -M. Guy SOL + 1 pouvoir Mme Anne VIAL MONTAUT PRADES -M. Marc TROD Absent ST-LEON D'ARC -M. Yves NEY SERRES ET BEAUMONT -M. Eric LEBON FAUX EYMET -M. Jean MAS",
            &[
                "Paul|TRAX",
                "Anne|VIAL",
                "Luc|TROX",
                "Guy|SOL",
                "Marc|TROD",
                "Yves|NEY",
                "Eric|LEBON",
                "Jean|MAS",
            ],
        );
    }

    #[test]
    fn commune_headings_blanked_to_their_colon() {
        check(
            "- : Paul VIAL Supplée Anne TRAX, Lise MAS - Vaux : Guy TROX, Eve, - : Marc SOL - Arc : - : Jean NEY - : / - : Yves TROD",
            &[
                "Paul|VIAL",
                "Lise|MAS",
                "Guy|TROX",
                "|Eve",
                "Marc|SOL",
                "Jean|NEY",
                "Yves|TROD",
            ],
        );
    }

    #[test]
    fn member_bodies_long_headings_and_places_joined_by_a_slash() {
        check(
            "COMMUNAUTE DE COMMUNES DU VAL : monsieur Paul VIAL ; COMMUNAUTE DE\nCOMMUNES DES RIVES DU LOT ET DE L'ARC\nDES TERRES DE BRUME\n: messieurs Guy TROX, Luc SOL ; SIVOM VAUX/SAINT-JEAN DES PRES :\nmonsieur Marc\nTROD",
            &["Paul|VIAL", "Guy|TROX", "Luc|SOL", "Marc|TROD"],
        );
    }

    #[test]
    fn a_family_name_that_is_a_particle_before_a_note() {
        check(
            "VAUX Laure TRAX (maire) - ARC Michel DEL (maire) - BRAS Jean-Claude VIAL (maire)",
            &["Laure|TRAX", "Michel|DEL", "Jean-Claude|VIAL"],
        );
    }

    #[test]
    fn civilities_of_the_prose_after_a_line_of_names() {
        check(
            " Anne Trax – Paul Trox – Lise Mas -\n • \nM. Paul Trox est élu secrétaire.\n • \n\n\nM. Trax demande s'il y a des observations.\n\nM. Trax, Maire ouvre la séance :",
            &["Anne|Trax", "Paul|Trox", "Lise|Mas"],
        );
    }

    #[test]
    fn family_first_paragraphs_with_a_body_after_the_comma() {
        check(
            "GALLAND Rémi, Délégué de Lorvaux (à partir de 19h)\n\nHEURTIN Sabine, Conseil Départemental du Jura LACHAUD Yves, Délégué de Chavanne",
            &["Rémi|GALLAND", "Sabine|HEURTIN", "Yves|LACHAUD"],
        );
    }

    #[test]
    fn how_a_member_sits_from_afar_after_the_function() {
        check(
            "Paul TRAX, Président ; Anne TROX, Conseillère, par visioconférence ; Lise MAS, Conseillère, à distance ; Guy VIAL, Conseiller.",
            &["Paul|TRAX", "Anne|TROX", "Lise|MAS", "Guy|VIAL"],
        );
    }

    #[test]
    fn surnames_between_dashes_run_together_at_a_lost_line_break() {
        check(
            "TRAX – TROX - MAS – VIAL - TROD – DURAND LEBON - MOREL – FAURE",
            &[
                "|TRAX", "|TROX", "|MAS", "|VIAL", "|TROD", "|DURAND", "|LEBON", "|MOREL", "|FAURE",
            ],
        );
        // Between commas, two words are one family name; a particle joins.
        check(
            "TRAX, TROX, MAS, VIAL, TROD, DURAND LEBON, MOREL, FAURE",
            &[
                "|TRAX",
                "|TROX",
                "|MAS",
                "|VIAL",
                "|TROD",
                "|DURAND LEBON",
                "|MOREL",
                "|FAURE",
            ],
        );
        check(
            "TRAX – TROX - MAS – VIAL - TROD – LE BRAS - MOREL – FAURE",
            &[
                "|TRAX", "|TROX", "|MAS", "|VIAL", "|TROD", "|LE BRAS", "|MOREL", "|FAURE",
            ],
        );
    }

    #[test]
    fn a_function_the_vocabulary_lacks_after_a_run_of_functions() {
        check(
            "Mme Anne TROX, Adjointe au Maire M. Paul TRAX, Conseiller Municipal M. Guy VIAL, Conseil Municipal Mme Lise MAS, Conseillère Municipale",
            &["Anne|TROX", "Paul|TRAX", "Guy|VIAL", "Lise|MAS"],
        );
    }

    #[test]
    fn long_commune_headings_between_groups() {
        check(
            "Pour la commune de LAVAL : Paul TRAX, Anne TROX Pour la commune de SAINT ROMAIN DE LERPS : Lise MAS Pour la commune de VION : Guy VIAL",
            &["Paul|TRAX", "Anne|TROX", "Lise|MAS", "Guy|VIAL"],
        );
    }

    #[test]
    fn commune_table_flattened_with_colons() {
        check(
            "Aubrac : : Saint Côme : TRAX Paul TROX Anne : les Causses : MAS Lise VIAL Guy : BLANC Marc",
            &[
                "Paul|TRAX",
                "Anne|TROX",
                "Lise|MAS",
                "Guy|VIAL",
                "Marc|BLANC",
            ],
        );
    }

    #[test]
    fn group_headings_of_a_college_closed_by_a_dash() {
        check(
            "Collège des usagers – Anne TRAX, Paul TROX, membres titulaires, Lise MAS, membres suppléants Collège des associations et partenaires – Guy VIAL",
            &["Anne|TRAX", "Paul|TROX", "Lise|MAS", "Guy|VIAL"],
        );
        check(
            "Collège des élus – Anne TRAX et sa suppléante, Paul TROX et son suppléant, Lise MAS",
            &["Anne|TRAX", "Paul|TROX", "Lise|MAS"],
        );
        check(
            "Anne TRAX, Paul TROX ainsi que son suppléant Luc MAS.",
            &["Anne|TRAX", "Paul|TROX", "Luc|MAS"],
        );
    }

    #[test]
    fn college_headings_closed_by_the_members_civilities() {
        check(
            "Collège des élus Mesdames et Messieurs Anne TRAX, Paul TROX. Collège des professionnels et personnalités qualifiées Mesdames et Messieurs Lise MAS, Guy VIAL.",
            &["Anne|TRAX", "Paul|TROX", "Lise|MAS", "Guy|VIAL"],
        );
    }

    #[test]
    fn bare_surnames_run_together_after_a_group_civility() {
        // Each word one member; two words written elsewhere as one family
        // name after a given name stay one.
        let text = "MM. ARNAL TROD CAZES DURAND FABRE GIMBERT. Secrétaire : Mme Anne CAZES DURAND";
        let (entries, _) = list(text, 0..text.find(" Secr").unwrap_or(0));
        let got: Vec<&str> = entries
            .iter()
            .map(|e| match &e.mention {
                Mention::Name(n) => &text[n.family.clone()],
                Mention::Role(..) => "",
            })
            .collect();
        assert_eq!(got, ["ARNAL", "TROD", "CAZES DURAND", "FABRE", "GIMBERT"]);
        // Three words may be one family name: left as written.
        check("MM. ARNAL TROD CAZES", &["|ARNAL TROD CAZES"]);
        // Given names in capitals for the most part: not surnames alone.
        check("MM. JEAN ARNAL PAUL TROD", &["|JEAN ARNAL PAUL TROD"]);
    }

    #[test]
    fn group_headings_opened_by_an_abbreviated_body() {
        check(
            "CC. DU CANTON DE BRUME : TRAX Paul - TROX Anne. SM. DES EAUX : MAS Lise",
            &["Paul|TRAX", "Anne|TROX", "Lise|MAS"],
        );
        // ("J. MARTEL : ..." is an initial, not a body.)
        check("J. MARTEL, P. VIDAL", &["J.|MARTEL", "P.|VIDAL"]);
    }

    #[test]
    fn communes_alone_between_members_are_no_one() {
        check(
            "ABLES Jean TRAX (maire) - BOURG Aux PRES - Paul TROX (maire) - VAUX-sur-LOIRE - Anne MAS (maire) - BREUIL St Brice Jean-Paul VIAL (maire)",
            &["Jean|TRAX", "Paul|TROX", "Anne|MAS", "Jean-Paul|VIAL"],
        );
    }

    #[test]
    fn a_body_s_code_in_a_member_s_function() {
        check(
            "- M. Paul TRAX, délégué de la CC.VAL, Maire de Vaux - Mme Anne TROX, Présidente de CC.BRU, Maire de Brou - M. Luc MAS, délégué du SIVOM, Maire d'Arc",
            &["Paul|TRAX", "Anne|TROX", "Luc|MAS"],
        );
    }

    #[test]
    fn communes_run_into_the_names_before_civilities() {
        check(
            "AUBRAC-SUR-LOT M. Paul TRAX, Mme Anne TROX BRUNES M. Luc MAS, M. Jean VIAL SAINT-GENIES Mme Lise FABRE, M. Guy BLANC GARDE Mme Rose NOEL",
            &[
                "Paul|TRAX",
                "Anne|TROX",
                "Luc|MAS",
                "Jean|VIAL",
                "Lise|FABRE",
                "Guy|BLANC",
                "Rose|NOEL",
            ],
        );
        check(
            "VERNAY Mme Anne TRAX M. Paul TROX",
            &["Anne|TRAX", "Paul|TROX"],
        );
        // (Names joined by civilities alone keep their two words.)
        check(
            "Mme Anne DAVEL KERSALEN M. Paul TRAX Mme Lise MAS",
            &["Anne|DAVEL KERSALEN", "Paul|TRAX", "Lise|MAS"],
        );
    }

    #[test]
    fn the_commune_after_a_member_s_colon() {
        check(
            "Jean TRAX : Allemont en Provence ; Anne TROX : ; Luc MAS : Gréoux les bains ; Guy VIAL : Vaux",
            &["Jean|TRAX", "Anne|TROX", "Luc|MAS", "Guy|VIAL"],
        );
        // ("Loïc X : Anne Y ;": two members, a blank commune between.)
        check(
            "Jean TRAX : Anne TROX ; Luc MAS",
            &["Jean|TRAX", "Anne|TROX", "Luc|MAS"],
        );
    }

    #[test]
    fn a_college_s_heading_whose_count_the_label_took() {
        check(
            "représentants du collège des communes, porteurs de 1 voix chacun : Jean TRAX : Vaux ; Anne TROX : ;",
            &["Jean|TRAX", "Anne|TROX"],
        );
    }

    #[test]
    fn members_in_brackets_after_communes() {
        assert_eq!(
            names(
                "Arbois (Mme Claire VUILLET ) ; Mesnay ; Mont sous Vaudrey (M. Denis ROCHET : pouvoir transmis à M. Gérard NINTOE) ; (M. Paul SIMON )"
            ),
            ["Claire|VUILLET", "Denis|ROCHET", "Paul|SIMON"]
        );
    }

    #[test]
    fn a_singular_civility_opens_the_next_paragraph_of_a_grouped_list() {
        check(
            "MM. Joseph KERVAL, Denis VAREC.\n\nMme Agathe CLOS-MARIN.",
            &["Joseph|KERVAL", "Denis|VAREC", "Agathe|CLOS-MARIN"],
        );
    }

    #[test]
    fn portuguese_particles_in_capitals() {
        check(
            "MM : DO CARMO Rui, DA ROCHA Ana, FERRAND Luc",
            &["Rui|DO CARMO", "Ana|DA ROCHA", "Luc|FERRAND"],
        );
    }

    #[test]
    fn initials_before_mixed_case_names_outweigh_a_word_in_capitals_after() {
        // "PLU" in the next paragraph's prose does not make the list one of
        // family names in capitals.
        check(
            "Mme R. Vasseur, pouvoir à J. Olmet, M. Brac,\n\nProjet de parking en zone N du PLU, lieu-dit Le Gué",
            &["R.|Vasseur", "|Brac"],
        );
    }

    #[test]
    fn groups_closed_by_their_role_go_on_past_a_blank_line() {
        let text = "Mmes ARNEL, BOREL et CAROT adjointes;\n\nMmes DAMAS et EYRAL conseillères municipales.\n\nM FABRE, Maire, MM GARIN et HUET, adjoints ;\n\nMM IMBERT et JOLY, conseillers municipaux.";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 10);
    }

    #[test]
    fn headings_of_places_qualified_by_an_adjective() {
        check(
            "ANCIEN Canton de Vaux : MM. AUDRAN () ; BLAISE (ORCET). ANCIEN Canton de Mirande : MM. CORNU (LAVAL) ; DUMAS (MIRANDE).",
            &["|AUDRAN", "|BLAISE", "|CORNU", "|DUMAS"],
        );
    }

    #[test]
    fn civilities_heading_a_list_before_a_comma() {
        check(
            "Mme et MM, Julie DE ANGELIS, Kévin MULLER, M. Thierry FRANÇOIS",
            &["Julie|DE ANGELIS", "Kévin|MULLER", "Thierry|FRANÇOIS"],
        );
        check(
            "Mmes et MM, Julie ANGEL, Kévin MULLER",
            &["Julie|ANGEL", "Kévin|MULLER"],
        );
    }

    #[test]
    fn surnames_ended_by_stops_and_a_group_civility_without_its_stop() {
        check(
            "MM. ROUQUET. CAZALS. Mmes PRADEL. TEYSSIER. VIDALENC MM. MAZET. OUDIN.",
            &[
                "|ROUQUET",
                "|CAZALS",
                "|PRADEL",
                "|TEYSSIER",
                "|VIDALENC",
                "|MAZET",
                "|OUDIN",
            ],
        );
    }

    #[test]
    fn members_numbered_in_a_list() {
        let family = |text: &str| -> Vec<String> {
            list(text, 0..text.len())
                .0
                .iter()
                .filter_map(|e| match &e.mention {
                    Mention::Name(n) => Some(text[n.family.clone()].to_string()),
                    Mention::Role(..) => None,
                })
                .collect()
        };
        assert_eq!(
            family("001 ARNEL Paul , 002 BOREL Lise , 004 CAROT Yves"),
            ["ARNEL", "BOREL", "CAROT"]
        );
        assert_eq!(
            family("1- Paul ARNEL 2- Lise BOREL 3- Yves CAROT"),
            ["ARNEL", "BOREL", "CAROT"]
        );
        // A count before a name is no number of a member.
        assert!(family("25\nNbre de conseillers votants").is_empty());
    }

    #[test]
    fn a_presence_note_after_a_colon_ends_the_list() {
        let text = "ARNEL P. / BOREL Lise : arrivée à 18 h 30 - a voté à partir de la question n° 8 (budget).\n\nABSENTS : X";
        let (entries, _) = list(text, 0..text.find("\n\n").unwrap());
        assert_eq!(entries.len(), 2);
        let note = &text[entries[1].notes[0].clone()];
        assert!(
            note.starts_with("arrivée") && note.ends_with("(budget)"),
            "{note}"
        );
    }

    #[test]
    fn a_name_cut_by_the_extraction_is_skipped_not_the_end() {
        let text = "M. Paul ARNEL, M. Jean-Marc D', Mme Lise BOREL, M. Yves CAROT.";
        let (entries, _) = list(text, 0..text.len());
        let family = |e: &Entry| match &e.mention {
            Mention::Name(n) => text[n.family.clone()].to_string(),
            Mention::Role(..) => String::new(),
        };
        let names: Vec<String> = entries.iter().map(family).collect();
        assert_eq!(names, ["ARNEL", "BOREL", "CAROT"]);
        assert_eq!(
            entries[1].skipped.clone().map(|r| &text[r]),
            Some("M. Jean-Marc D'")
        );
        // A lone given name well inside a list of "NOM Prénom".
        let text = "ARNEL Paul, BOREL Lise, CAROT Yves, Louis, de DAMAS Anne, EYRAL Guy.";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 5);
        assert_eq!(entries[3].skipped.clone().map(|r| &text[r]), Some("Louis"));
        // The same with a stray bracket, what was in the brackets lost.
        let text =
            "Paul ARNEL (Arbois), Lise BOREL (Mesnay), Yves CAROT (), Louis), Anne DAMAS ().";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 4);
        assert_eq!(entries[3].skipped.clone().map(|r| &text[r]), Some("Louis)"));
        // No readable name after it: the list ends there.
        let text = "M. Paul ARNEL, M. Jean-Marc D', et la séance est ouverte.";
        assert_eq!(list(text, 0..text.len()).0.len(), 1);
    }

    #[test]
    fn functions_in_capitals_as_items() {
        assert_eq!(
            names("GUY TROD, MAIRE, ANNE COTY, PAUL DAVAL, ADJOINTS AU MAIRE, LISE ELIE"),
            ["GUY|TROD", "ANNE|COTY", "PAUL|DAVAL", "LISE|ELIE"]
        );
        // A family name that is also a function word stays a name.
        assert_eq!(names("TROD, DOYEN, COTY"), ["|TROD", "|DOYEN", "|COTY"]);
    }

    #[test]
    fn slashes_separate_paragraphs_of_names() {
        // Spaced slashes are separators: no list of one name a line.
        assert_eq!(
            names(
                "M. TROD Paul / COTY Rémi / Mme DAVAL Anne.\n\nMme ELIE Annie / M. FAURE Luc\n\n\n\nMembre(s) "
            ),
            [
                "Paul|TROD",
                "Rémi|COTY",
                "Anne|DAVAL",
                "Annie|ELIE",
                "Luc|FAURE"
            ]
        );
    }

    #[test]
    fn given_then_family() {
        check(
            "Mme Frédérique CORUSSEL, M. Marcel CASAUME (à partir de la question n°13), Mme Marie-Jeanne DALENOT",
            &[
                "Frédérique|CORUSSEL",
                "Marcel|CASAUME",
                "Marie-Jeanne|DALENOT",
            ],
        );
        check(
            "M. Jean-Luc GORANILLOU, Mme Élise de GARARDOT-FROOCHE",
            &["Jean-Luc|GORANILLOU", "Élise|de GARARDOT-FROOCHE"],
        );
    }

    #[test]
    fn what_stands_before_a_list_s_first_name() {
        // A group written without a colon before entries with civilities.
        check(
            "Communauté de Communes Sèvre et Loire Mr Paul TRAX, Mme Ida TROX",
            &["Paul|TRAX", "Ida|TROX"],
        );
        // Groups headed by their body, a paragraph each.
        check(
            "CDC DU PAYS FOYEN : TRAX Paul (T), TROX Ida (T).\n\nCDC DU REOLAIS : MAS Lise (T), DURAND Yves (T).",
            &["Paul|TRAX", "Ida|TROX", "Lise|MAS", "Yves|DURAND"],
        );
        // A commune's cell before a name written family name first.
        check(
            "COMMUNE DE BELLEVAUX TRAX Paul, COMMUNE D'ARMOY MAS Lise",
            &["Paul|TRAX", "Lise|MAS"],
        );
        // A colon after the group's civilities.
        check(
            "MM.\net MMES: PIALAT, ROURE, LECOMTE.",
            &["|PIALAT", "|ROURE", "|LECOMTE"],
        );
        // A hyphen stuck to a given name: inside a name written given name
        // first, a separator in a list written family name first.
        check(
            "Ida TROX, Marie-DUVAL-MOREL, Paul TRAX",
            &["Ida|TROX", "Marie|DUVAL-MOREL", "Paul|TRAX"],
        );
        check(
            "TROX Ida – TRAX Paul – DUVAL Marie-MOREL Luc – AMBRE Lise",
            &[
                "Ida|TROX",
                "Paul|TRAX",
                "Marie|DUVAL",
                "Luc|MOREL",
                "Lise|AMBRE",
            ],
        );
        // A given name cut by a line-end hyphen in a list separated by
        // spaced dashes.
        check(
            "Jean GORIAU - Anne-Sophie POLAITAN - Marie-MORANT - Paul PELLETIN - Hervé GAILLAC",
            &[
                "Jean|GORIAU",
                "Anne-Sophie|POLAITAN",
                "Marie|MORANT",
                "Paul|PELLETIN",
                "Hervé|GAILLAC",
            ],
        );
        // Groups headed by their civility and function, without a colon.
        check(
            "Messieurs les Vice-Présidents Gérard ALBAN, Bernard AUROY. Messieurs les Conseillers Communautaires membres du bureau Jean-Michel DUPLAN, Pascal RESPAUD. Françoise ARNAL, Ariane DESCAMP",
            &[
                "Gérard|ALBAN",
                "Bernard|AUROY",
                "Jean-Michel|DUPLAN",
                "Pascal|RESPAUD",
                "Françoise|ARNAL",
                "Ariane|DESCAMP",
            ],
        );
        check(
            "Monsieur le Vice-Président Robert MENET. Nataly DARTOIS, Sandrine DAUGES",
            &["Robert|MENET", "Nataly|DARTOIS", "Sandrine|DAUGES"],
        );
        // What is written about each member between a name and the next
        // civility.
        check(
            "M. Paul GIRET, délégué titulaire, commune d' M. René SAPIN, délégué titulaire, commune d'Argenton M. Jean MOSSE, délégué suppléant, commune de Beauvais",
            &["Paul|GIRET", "René|SAPIN", "Jean|MOSSE"],
        );
        // Given names glued to family names in capitals.
        check(
            "MM BALTAS Jean Paul, BONNEMAINJulien, MME BONNEL Catherine, DEWAERTBernard",
            &[
                "Jean Paul|BALTAS",
                "Julien|BONNEMAIN",
                "Catherine|BONNEL",
                "Bernard|DEWAERT",
            ],
        );
        // A colon doubled after the label.
        check(
            ": Mme Odile VERNET, M. Paul TRAX",
            &["Odile|VERNET", "Paul|TRAX"],
        );
        // A rule under the list ends it.
        check(
            "Madame Karine EL QASSIM\n____________\nLe Maire, Guillaume FAVRE ouvre la séance",
            &["Karine|EL QASSIM"],
        );
        // A place whose line names no one.
        check(
            "They-sous-Montfort : M. NICOLAS Michel\nValleroy-le-Sec :\nVittel : Mme CONRAUX Sylvie, Mme COUTURIEUX Nicole, M. DIDIER Ghislain",
            &[
                "Michel|NICOLAS",
                "Sylvie|CONRAUX",
                "Nicole|COUTURIEUX",
                "Ghislain|DIDIER",
            ],
        );
        // A margin's dated field woven into the list.
        check(
            "Date d'affichage : 25 juillet 2016 Mesdames TRAX, TROX ; Messieurs MAS, TROD.",
            &["|TRAX", "|TROX", "|MAS", "|TROD"],
        );
        // A particle after a separator starts the next name.
        check(
            "TRAX Paul, de MARNAC Xavier, TROX Ida",
            &["Paul|TRAX", "Xavier|de MARNAC", "Ida|TROX"],
        );
        // A separating dash that lost its spaces.
        check(
            "Ida TROX - Valérie TRAX-Philippe MAREUIL - Lise DURAND-MOREL",
            &[
                "Ida|TROX",
                "Valérie|TRAX",
                "Philippe|MAREUIL",
                "Lise|DURAND-MOREL",
            ],
        );
        // A note that no proxy was given, after a table's wide gap.
        check(
            "Mme Christine TRAX                   sans pouvoir\n     Mme Ida TROX",
            &["Christine|TRAX", "Ida|TROX"],
        );
        // A column of communes flattened before the names.
        check(
            "AMBRIEU BELLEVUE SAINT JEAN LA COTE SOUS BOIS VERRIERES TRAX Paul, TROX Ida",
            &["Paul|TRAX", "Ida|TROX"],
        );
    }

    #[test]
    fn a_given_name_alone_between_dashes() {
        check(
            "Antoine CASANOVA - Jean-Baptiste ORTOLI - Nicole - Paul SANTONI - Julie ROCCA.",
            &[
                "Antoine|CASANOVA",
                "Jean-Baptiste|ORTOLI",
                "|Nicole",
                "Paul|SANTONI",
                "Julie|ROCCA",
            ],
        );
    }

    #[test]
    fn married_names_abbreviated_and_cut() {
        check(
            "Lise MORAND épse DU-PLESSIS, Rose VIGAN Vve TORRE, Noël BARTAS, Anne LISLE épse",
            &["Lise|MORAND", "Rose|VIGAN", "Noël|BARTAS", "Anne|LISLE"],
        );
    }

    #[test]
    fn group_civilities_joined_by_a_slash() {
        check(
            "M./Mmes BELVEZE Paul (Vernoux), BRUNIAC Lucie (Saint-Apollinaire), DESMARTIN Alain",
            &["Paul|BELVEZE", "Lucie|BRUNIAC", "Alain|DESMARTIN"],
        );
    }

    #[test]
    fn the_proxy_a_member_holds_after_the_name() {
        let text = "Mmes. MM. TRAX Paul – SOUBIRAN Marc avec pouvoir de TUCOULET Anne - BROCAS Didier (LUSSAGNET)";
        check(text, &["Paul|TRAX", "Marc|SOUBIRAN", "Didier|BROCAS"]);
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(
            entries[1]
                .notes
                .iter()
                .map(|r| &text[r.clone()])
                .collect::<Vec<_>>(),
            ["pouvoir de TUCOULET Anne"]
        );
    }

    #[test]
    fn a_family_name_with_a_spaced_hyphen() {
        check(
            "Catherine MAREUIL - Paul CAISGOZ - COROUGE - Ida TROX",
            &["Catherine|MAREUIL", "Paul|CAISGOZ - COROUGE", "Ida|TROX"],
        );
        // In "NOM Prénom" order the lone name is the next member.
        check(
            "LAGARDE Pierre – AMIEL – TROX Ida",
            &["Pierre|LAGARDE", "|AMIEL", "Ida|TROX"],
        );
        // A blank line inside a name.
        check(
            "M. Yann SCHAFFHAUSER, M. Gilles KIENE et Mme Elise\n\nWAGENMANN.",
            &["Yann|SCHAFFHAUSER", "Gilles|KIENE", "Elise|WAGENMANN"],
        );
    }

    #[test]
    fn family_then_given() {
        check(
            "M MERANUTEL Yannick, M. TORANONNET Dalivier, Mme LAVIRAC Sophie (arrivée au point 2)",
            &["Yannick|MERANUTEL", "Dalivier|TORANONNET", "Sophie|LAVIRAC"],
        );
    }

    #[test]
    fn surnames_grouped_by_civility() {
        check(
            "MM. CORONDE, CORUTEL, FENICAT et de LABONDE.",
            &["|CORONDE", "|CORUTEL", "|FENICAT", "|de LABONDE"],
        );
        check(
            "M. PERANANGE - M. BELANANGE - Mme RIBANIGOT",
            &["|PERANANGE", "|BELANANGE", "|RIBANIGOT"],
        );
    }

    #[test]
    fn a_counts_box_woven_into_surnames() {
        check(
            "Nombre de membres Mesdames BERLAND, COSTEL. En Présents votants exercice \
             Messieurs DORIAN, FABRE, 22 19 19 GASTAL, HUBER.",
            &[
                "|BERLAND", "|COSTEL", "|DORIAN", "|FABRE", "|GASTAL", "|HUBER",
            ],
        );
        // Figures before a word in small letters are no box.
        check("MM. DORIAN, 12 15 voix pour", &["|DORIAN"]);
    }

    #[test]
    fn a_garbled_given_name_before_the_next_entry() {
        check(
            "GARNIER Lucie, MOREL Paul, TISSOT Anne, VERDIER lean Marc, ROLLIN Paul, BESSE Eva",
            &[
                "Lucie|GARNIER",
                "Paul|MOREL",
                "Anne|TISSOT",
                "|VERDIER",
                "Paul|ROLLIN",
                "Eva|BESSE",
            ],
        );
        // A whole entry garbled.
        check(
            "GARNIER Lucie, MOREL Paul, TISSOT Anne, vERDIER Marc, ROLLIN Paul, BESSE Eva",
            &[
                "Lucie|GARNIER",
                "Paul|MOREL",
                "Anne|TISSOT",
                "Paul|ROLLIN",
                "Eva|BESSE",
            ],
        );
        check(
            "GARNIER Lucie, MOREL Paul, TISSOT Anne, ROLLIN Paul @ 9h40 part, pouvolr à MOREL) ,BESSE Eva, LAFON Marc",
            &[
                "Lucie|GARNIER",
                "Paul|MOREL",
                "Anne|TISSOT",
                "Paul|ROLLIN",
                "Eva|BESSE",
                "Marc|LAFON",
            ],
        );
    }

    #[test]
    fn functions_are_not_names() {
        check(
            "M. Jean-François CORANERET, Maire, Mmes et MM. Hélène BELANEVRIN, Plaivier-Barirac VALUSSEL",
            &[
                "Jean-François|CORANERET",
                "Hélène|BELANEVRIN",
                "Plaivier-Barirac|VALUSSEL",
            ],
        );
        check(
            "M. Froemont PERIGOT, Vice-présidents M. Jacky BAROLLE",
            &["Froemont|PERIGOT", "Jacky|BAROLLE"],
        );
    }

    #[test]
    fn slashed_family_names_and_numbered_adjoints() {
        check(
            "BALIRAC Jean Maire, CORANIS Anne 1° adjointe, DALOU/FERANET Lise 2ème Adjt, GORAS Paul 3ème, Adjt, DE LA ROSE/VALIN Rose",
            &[
                "Jean|BALIRAC",
                "Anne|CORANIS",
                "Lise|DALOU/FERANET",
                "Paul|GORAS",
                "Rose|DE LA ROSE/VALIN",
            ],
        );
        // Family names alone: a slash separates them.
        check("BALIRAC/CORANIS/DALOU", &["|BALIRAC", "|CORANIS", "|DALOU"]);
        check(
            "Lise DALOU/FERANET, Paul GORAS",
            &["Lise|DALOU/FERANET", "Paul|GORAS"],
        );
        // One entry of a list that commas separate, or after one civility:
        // one person with two names.
        check(
            "Mmes ROCHE, DALOU/FERANET, VIAL, MM. GORAS",
            &["|ROCHE", "|DALOU/FERANET", "|VIAL", "|GORAS"],
        );
        check(
            "Mme CORANIS (pouvoir à Mme VIAL),Mme DALOU/FERANET (pouvoir à Mme ROCHE)",
            &["|CORANIS", "|DALOU/FERANET"],
        );
    }

    fn civilities(text: &str) -> Vec<String> {
        let (entries, _) = list(text, 0..text.len());
        entries
            .iter()
            .filter_map(|e| match &e.mention {
                Mention::Name(n) => Some(format!(
                    "{:?} {}",
                    n.civility.or(e.group_civility),
                    &text[n.family.clone()]
                )),
                Mention::Role(..) => None,
            })
            .collect()
    }

    #[test]
    fn plural_civilities_typed_apart() {
        // "MMrs": "MM." and "Mrs" run together.
        assert_eq!(
            civilities("Mmes A. ROCHE, C. VIAL ; MMrs D. GORAS, J. F. BALIRAC."),
            [
                "Some(Madame) ROCHE",
                "Some(Madame) VIAL",
                "Some(Monsieur) GORAS",
                "Some(Monsieur) BALIRAC"
            ]
        );
        // "M.M": "MM" with its dot between the letters.
        assert_eq!(
            civilities("M.M CORANIS, DALOU, VIAL"),
            [
                "Some(Monsieur) CORANIS",
                "Some(Monsieur) DALOU",
                "Some(Monsieur) VIAL"
            ]
        );
    }

    #[test]
    fn a_commune_named_after_a_saint_is_no_member() {
        check(
            "Paul TRAX\nSAINTE LUCIE\nAnne TROX\nSAINT JULIEN\nGuy VIAL",
            &["Paul|TRAX", "Anne|TROX", "Guy|VIAL"],
        );
    }

    #[test]
    fn commune_headings_with_a_link_or_an_elided_article() {
        check(
            "Bourg d'Olt : M. Paul BALIRAC, Saint Jean d'Olt et d'Aveze : Mme Anne CORANIS, Bourg l'église : M. Luc DALOU",
            &["Paul|BALIRAC", "Anne|CORANIS", "Luc|DALOU"],
        );
        // The commune after a dash, its preposition elided.
        check(
            "Mme Lise DORAT – commune d'AUBRAC SUR LOT M. Paul TRAX – commune d’ESPAGNAC Mme Ida TROX – commune de BEAUMONT",
            &["Lise|DORAT", "Paul|TRAX", "Ida|TROX"],
        );
        // A heading cut before its link ("Pont-sur-Yonne" read "-sur-Yonne").
        check(
            "Bourg : M. Paul BALIRAC -sur-Yonne : Mme Anne CORANIS Arcy : M. Luc DALOU",
            &["Paul|BALIRAC", "Anne|CORANIS", "Luc|DALOU"],
        );
    }

    #[test]
    fn groups_closed_by_their_place_and_a_stop() {
        check(
            "BALIRAC Jean (ANOYE). CORANIS Anne et DALOU Luc (ARRICAU). FERANET Paul (). GORAS Lise (BOUILLON).",
            &[
                "Jean|BALIRAC",
                "Anne|CORANIS",
                "Luc|DALOU",
                "Paul|FERANET",
                "Lise|GORAS",
            ],
        );
    }

    #[test]
    fn mixed_case_lists() {
        check(
            "G. Froenot, Président, E. Daliston, J.-L. Nauanenot",
            &["G.|Froenot", "E.|Daliston", "J.-L.|Nauanenot"],
        );
        check(
            "Jean-Paul Belanombar, Mercedes Del Valanigot",
            &["Jean-Paul|Belanombar", "Mercedes|Del Valanigot"],
        );
    }

    #[test]
    fn missing_separator_splits_two_people() {
        check(
            "Mme Maryse FENAGNOL, Ronan CORANASSOU, Marcel MONENOT  Dalanillou GARASSOU.",
            &[
                "Maryse|FENAGNOL",
                "Ronan|CORANASSOU",
                "Marcel|MONENOT",
                "Dalanillou|GARASSOU",
            ],
        );
    }

    #[test]
    fn particles_in_capitals_open_a_family_name() {
        check(
            "M. EL MANSOURI, M. BEN AISSA, Mme AUBERT.",
            &["|EL MANSOURI", "|BEN AISSA", "|AUBERT"],
        );
        check(
            "TESSIER Paul, EL AMRANI Nadia, BEN YOUSSEF Karim.",
            &["Paul|TESSIER", "Nadia|EL AMRANI", "Karim|BEN YOUSSEF"],
        );
    }

    #[test]
    fn civilities_and_family_names_without_separators() {
        // "M." then an initial and a family name: the next member, not an
        // initial of the one before.
        check(
            "Mme ARNEL M. BOREL M. J. CAROT Mme DUVAL M. P. CAROT",
            &["|ARNEL", "|BOREL", "J.|CAROT", "|DUVAL", "P.|CAROT"],
        );
        // "M." then a given name in mixed case and a family name likewise.
        check(
            "M. BOREL M. Jacques CAROT Mme DUVAL",
            &["|BOREL", "Jacques|CAROT", "|DUVAL"],
        );
    }

    #[test]
    fn a_sentence_ends_the_list() {
        check(
            "M. Lionel PERERET, Mme Séverine FENUSSEL. Mme le Maire informe le conseil",
            &["Lionel|PERERET", "Séverine|FENUSSEL"],
        );
        check(
            "Christelle VALANANGE-VALENOT, Roland CASANAVEL formant la majorité des membres",
            &["Christelle|VALANANGE-VALENOT", "Roland|CASANAVEL"],
        );
        // No separator before a name and a verb after it: the subject of
        // the next sentence; after a comma, the last entry.
        check(
            "BOUTEILLE ET LIVEGAUL Madame COUCHOT est élue secrétaire.",
            &["|BOUTEILLE", "|LIVEGAUL"],
        );
        check(
            "BOUTEILLE, Madame COUCHOT est arrivée en retard.",
            &["|BOUTEILLE", "|COUCHOT"],
        );
        // One name, then a sentence on the next line.
        check(
            "M. Hugo LAMBERT\nA été nommé secrétaire : Mme Maryse GILLET",
            &["Hugo|LAMBERT"],
        );
        // The last entry's function and note, then the sentence's subject
        // on the next line.
        check(
            "M. Paul DORIAC, Conseiller\nMunicipal (pouvoir à M. Luc ESPINEL)\nMme Lise CARMONT a été désignée secrétaire.",
            &["Paul|DORIAC"],
        );
    }

    #[test]
    fn paragraphs_of_a_list_grouped_by_civility() {
        check(
            "Mmes Anne BOLIVAR, Lise CARMONT.\n\nMM. Paul DORIAC, Marc ESPINEL.",
            &[
                "Anne|BOLIVAR",
                "Lise|CARMONT",
                "Paul|DORIAC",
                "Marc|ESPINEL",
            ],
        );
        check(
            "Madame BOLIVAR qui a donné pouvoir à Monsieur DORIAC\n\nMadame CARMONT qui a donné pouvoir à Monsieur ESPINEL",
            &["|BOLIVAR", "|CARMONT"],
        );
        // The last name before the next label, after a full stop; a family
        // name of three capitals is no abbreviation.
        check(
            "Lise MORIS. Paul TRAX, Yves TROX. Marc REY. ",
            &["Lise|MORIS", "Paul|TRAX", "Yves|TROX", "Marc|REY"],
        );
        // A sentence after a blank line is not the list's next paragraph.
        check(
            "M. Paul DORIAC.\n\nM. le Maire ouvre la séance.",
            &["Paul|DORIAC"],
        );
        check(
            "M. Paul DORIAC, délégué de Valmont.\n\nMonsieur Luc ESPINEL a été élu secrétaire.",
            &["Paul|DORIAC"],
        );
    }

    #[test]
    fn a_heading_naming_the_standing_of_members() {
        check(
            "Membres titulaires : BOLIVAR Anne, CARMONT Lise. Délégués suppléants : DORIAC Paul",
            &["Anne|BOLIVAR", "Lise|CARMONT", "Paul|DORIAC"],
        );
        check(
            "Membres (2/40) : Anne BOLIVAR (titulaire VALMONT), Lise CARMONT",
            &["Anne|BOLIVAR", "Lise|CARMONT"],
        );
    }

    #[test]
    fn group_civilities_with_a_colon_and_plural_functions() {
        check(
            "Mesdames : Anne BOLIVAR (titulaire), Lise CARMONT,\n\nMessieurs : Paul DORIAC",
            &["Anne|BOLIVAR", "Lise|CARMONT", "Paul|DORIAC"],
        );
        check(
            "Monsieur Paul DORIAC, Vices présidents\nMadame Anne BOLIVAR, membres",
            &["Paul|DORIAC", "Anne|BOLIVAR"],
        );
    }

    #[test]
    fn a_presence_note_without_brackets() {
        let text = "DORIAC Paul présent jusqu'à la délibération N°7 puis procuration à BOLIVAR Anne, CARMONT Lise";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 2);
        assert!(text[entries[0].notes[0].clone()].ends_with("BOLIVAR Anne"));
    }

    #[test]
    fn a_one_word_function_then_the_next_member() {
        let text = "ALBA Paul, titulaire DUPIN Anne, PIC Luc";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 3, "{entries:?}");
        // Not a function in capitals after a function word.
        let text = "M. Paul ALBA, Adjoint DELEGUE, Mme Anne DUPIN";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 2, "{entries:?}");
    }

    #[test]
    fn a_blanked_commune_between_initialled_names() {
        // "X : Y" with the commune's name lost, the next member written
        // with an initial.
        let text = "AIZENAY : F. ROY, S. ADELEE APREMONT : G. CHAMPION, S. BUFFETAUT : D. HERMOUET, J-Ph. BODIN";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 6, "{entries:?}");
    }

    #[test]
    fn a_range_alone_after_a_name() {
        // An item's range without brackets nor a presence word, on the
        // name's line, is the member's note; the list goes on after it.
        let text = "Bernard VIDAL à partir du point 2, Anne GIRAUD";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 2);
        assert_eq!(&text[entries[0].notes[0].clone()], "à partir du point 2");
        let text = "Bernard VIDAL jusqu'au point 5\n\nOrdre du jour";
        let (entries, _) = list(text, 0..text.len());
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].notes.len(), 1);
        // A clock time opening the next line is not the name's before it.
        let text = "Luc TROX, Rémi MARIN\nA partir de 19h26, Mme Céline RENAUD";
        let (entries, _) = list(text, 0..text.len());
        assert!(entries[1].notes.is_empty(), "{entries:?}");
    }

    #[test]
    fn dotless_initials_after_capitals() {
        check(
            "MM BRUNO G,CARREL JM, DANGLARD Y , HALLOT M, FAVRE PH et ORIOL A.",
            &[
                "G|BRUNO",
                "JM|CARREL",
                "Y|DANGLARD",
                "M|HALLOT",
                "PH|FAVRE",
                "A.|ORIOL",
            ],
        );
        // The "c'h" of a Breton name whose apostrophe was lost stays whole.
        check(
            "Monsieur KERBRAT, Monsieur LE BRAC H, Monsieur MOAL",
            &["|KERBRAT", "|LE BRAC H", "|MOAL"],
        );
    }

    #[test]
    fn margin_headings_between_given_and_family_names() {
        check(
            "Anne VIDAL, Paul Canton VERDIER, Luc BRUNET, Eve Commune LASSALE.",
            &["Anne|VIDAL", "Paul|VERDIER", "Luc|BRUNET", "Eve|LASSALE"],
        );
        // In capitals the word is a family name.
        check(
            "Anne VIDAL, Paul CANTON, Luc BRUNET.",
            &["Anne|VIDAL", "Paul|CANTON", "Luc|BRUNET"],
        );
    }

    #[test]
    fn dotless_initials_before_capitals() {
        check(
            "Mesdames C MARGOT, AM CAILLOT Messieurs JF LALOY, J MAUREL",
            &["C|MARGOT", "AM|CAILLOT", "JF|LALOY", "J|MAUREL"],
        );
        // Hyphenated, after a civility each.
        check(
            "M. J-P SECAN – Mme M-C BOLLARD – M. R. DAVIN",
            &["J-P|SECAN", "M-C|BOLLARD", "R.|DAVIN"],
        );
    }

    #[test]
    fn surnames_in_mixed_case_with_initials_or_particles() {
        check(
            "M Dorinval J, M Lesaunier, Mme Carmont, M De Fransac, M Lefort J-L, M Tetard",
            &[
                "J|Dorinval",
                "|Lesaunier",
                "|Carmont",
                "|De Fransac",
                "J-L|Lefort",
                "|Tetard",
            ],
        );
    }

    #[test]
    fn mixed_case_family_names_first() {
        check(
            "M. Dorinval Jean-Luc, Mme Bolivard Chantal, M. Espinel Jean Claude, Mme Carmont Lise",
            &[
                "Jean-Luc|Dorinval",
                "Chantal|Bolivard",
                "Jean Claude|Espinel",
                "Lise|Carmont",
            ],
        );
        check(
            "DORINVAL PAUL, BOLIVARD ANNE, ESPINEL MARC, CARMONT LISE",
            &[
                "PAUL|DORINVAL",
                "ANNE|BOLIVARD",
                "MARC|ESPINEL",
                "LISE|CARMONT",
            ],
        );
    }

    #[test]
    fn first_names_alone() {
        check(
            "Jean-Pierre (Pr*), Anne-Marie, Nelly, Agnès (Pr**), Mario.",
            &["|Jean-Pierre", "|Anne-Marie", "|Nelly", "|Agnès", "|Mario"],
        );
    }

    #[test]
    fn names_all_in_capitals() {
        check(
            "PAUL DORIAC, ANNE BOLIVAR, MARIE-LISE CARMONT, JEAN LE FOUR",
            &[
                "PAUL|DORIAC",
                "ANNE|BOLIVAR",
                "MARIE-LISE|CARMONT",
                "JEAN|LE FOUR",
            ],
        );
    }

    #[test]
    fn mixed_case_names_with_a_few_holders_in_capitals() {
        check(
            "Anne Bolivar donne pouvoir à Paul DORIAC, Lise Carmont, Marc Espinel",
            &["Anne|Bolivar", "Lise|Carmont", "Marc|Espinel"],
        );
    }

    #[test]
    fn a_married_name_after_the_family_name() {
        check(
            "Mme Diane ROCHE épouse VIDAL - Mme Anne TROD née COSTE - M. Luc FAURE",
            &["Diane|ROCHE", "Anne|TROD", "Luc|FAURE"],
        );
        // Its function in parentheses after it, then its proxy.
        check(
            "Mme Anne TROD née COSTE (2ème Adjoint), procuration à M. Luc FAURE (Conseiller), Mme Rose VIAL",
            &["Anne|TROD", "Rose|VIAL"],
        );
    }

    #[test]
    fn names_separated_by_dashes_wrapped_over_lines() {
        check(
            "M. Paul ROCHE - Mme Anne TROD - M. Luc\nFAURE - Mme Lise VIDAL - M.\nJean COSTE.",
            &[
                "Paul|ROCHE",
                "Anne|TROD",
                "Luc|FAURE",
                "Lise|VIDAL",
                "Jean|COSTE",
            ],
        );
    }

    #[test]
    fn a_given_name_the_lexicon_lacks_after_a_comma() {
        check(
            "Rose AMBLARD, Kelio Michel CARRASCO, Lise FERRAND",
            &["Rose|AMBLARD", "Kelio Michel|CARRASCO", "Lise|FERRAND"],
        );
    }

    #[test]
    fn one_name_in_mixed_case_and_two_names_run_together() {
        // In a list in capitals, a given name of the lexicon then a word
        // that is none; not a function word.
        check(
            "Lise BARDOT, Bruno Vialard, Anne COTY",
            &["Lise|BARDOT", "Bruno|Vialard", "Anne|COTY"],
        );
        // In mixed case, a given name then a word that is none starts the
        // next name; a compound given name stays whole.
        check(
            "Lise Dumoulin-Arnaud Nora Caradec",
            &["Lise|Dumoulin-Arnaud", "Nora|Caradec"],
        );
        check("Jean Pierre Vasseline", &["Jean Pierre|Vasseline"]);
    }

    #[test]
    fn a_grantor_wrapped_after_the_holders_line() {
        check(
            "Paul AUBERT (DT Arbois), ayant procuration\nS.BRUNEL\nAnne COTY (DT Bresse)",
            &["Paul|AUBERT", "Anne|COTY"],
        );
    }

    #[test]
    fn communes_run_into_surnames_after_civilities() {
        check(
            "ARTHEZ M. AUBRY M. BOREL LA FERTE SOUS BOIS M. CAMUS SAINT ROCH M. DUVAL Mme ESNAULT VAL DE BRAIR Mme FAURE",
            &["|AUBRY", "|BOREL", "|CAMUS", "|DUVAL", "|ESNAULT", "|FAURE"],
        );
        // Particles and lost apostrophes stay in the name.
        // One commune of three words, five of two words or more.
        check(
            "M. ABRAN M. BELLEC RIVEN M. CORRE Mme DANIEL PORS MEUR M. EVEN M. FLOC LANN VRAS M. GOURIOU Mme HAMON KERLAZ M. ISAAC M. JEZEQUEL TREVOU HUELLA Mme KERVELLA M. LOUARN BRUG",
            &[
                "|ABRAN",
                "|BELLEC",
                "|CORRE",
                "|DANIEL",
                "|EVEN",
                "|FLOC",
                "|GOURIOU",
                "|HAMON",
                "|ISAAC",
                "|JEZEQUEL",
                "|KERVELLA",
                "|LOUARN",
            ],
        );
        // Family names of two words, without a commune of three: as written.
        check(
            "M. ABRAN, M. BELLEC RIVEN, M. CORRE, Mme DAVAL PORS, M. EVEN, M. FLOC LANN",
            &[
                "|ABRAN",
                "|BELLEC RIVEN",
                "|CORRE",
                "|DAVAL PORS",
                "|EVEN",
                "|FLOC LANN",
            ],
        );
        check(
            "M. AUBRY M. BOREL de la MOTTE M. CAMUS D ORVAL M. LE FLOC H",
            &[
                "|AUBRY",
                "|BOREL de la MOTTE",
                "|CAMUS D ORVAL",
                "|LE FLOC H",
            ],
        );
    }

    #[test]
    fn dotted_leaders_before_functions() {
        check(
            "M. HEITZ Marcel... Président M. OSTER Paul... Délégué de Wingersheim Mme LUTZ Élise... Déléguée de Hochfelden",
            &["Marcel|HEITZ", "Paul|OSTER", "Élise|LUTZ"],
        );
    }

    #[test]
    fn communes_before_the_civility_of_their_members() {
        check(
            "Artix M. TROD Paul, Mme COTY Anne ; Bourg lez Vic Mme DAVAL Lise ; Cuq, M. ESTOR Jean",
            &["Paul|TROD", "Anne|COTY", "Lise|DAVAL", "Jean|ESTOR"],
        );
    }

    #[test]
    fn a_column_of_communes_before_its_colons() {
        check(
            "BRÉHAN\nLE COURDO\n:\n:\nAlain LE GUERN – Marie JOUBIER\nSolène RIOU\nROCHEFORT : Michel CHAGES\nSAINT-MARCEL\n: Pierre LE CALVEZ – Nicole BRIAND\n",
            &[
                "Alain|LE GUERN",
                "Marie|JOUBIER",
                "Solène|RIOU",
                "Michel|CHAGES",
                "Pierre|LE CALVEZ",
                "Nicole|BRIAND",
            ],
        );
    }

    #[test]
    fn one_name_per_line() {
        check(
            "VALMERIE\nM. GAROMBAR Nauanange\nCORNILLAC\nM. LABISSE Luc (suppléant de\nM. TORANANGE Jean-Luc)\nMme Hélène GAROMBAR\n",
            &["Nauanange|GAROMBAR", "Luc|LABISSE", "Hélène|GAROMBAR"],
        );
    }
}
