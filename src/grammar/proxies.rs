//! Proxy lines: "X donne pouvoir à Y", "X à Y", "X par Y", "X
//! représenté(e) par Y", "X : pouvoir à Y ;", "X pouvoir à Y", "Mme X et M.
//! Y ont donné pouvoir à Z", "X (pouvoir à Y)", with the questions a proxy
//! covers.

use std::ops::Range;

use super::given_names::{self, GivenName};
use super::notes::{self, Condition, Note, note};
use super::people::{self, Kind, Mention, Name, NameStyle, Token};
use crate::text::{fold, with_fold};
use crate::vocabulary::{
    MARGIN_WORDS, PLACE_NOUNS, PROXY_QUALIFIERS, PROXY_WORDS, STATUS_PROXY_WORDS,
    STATUS_SUBSTITUTE_WORDS,
};

/// One proxy line read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProxyLine {
    pub(crate) grantor: Mention,
    pub(crate) holder: Mention,
    pub(crate) condition: Condition,
    pub(crate) range: Range<usize>,
}

/// Words that may stand between a grantor and a holder.
fn is_proxy_verb(word: &str) -> bool {
    with_fold(word, |f| PROXY_WORDS.contains(&f) || is_proxy_noun_slip(f))
}

/// Whether the lower-case `text` names a proxy: "pouvoir", "procuration",
/// or one of them typed with one slip ("pourvoir").
pub(crate) fn mentions_proxy(lower: &str) -> bool {
    lower.contains("pouvoir")
        || lower.contains("procuration")
        || lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| (6..=12).contains(&w.len()) && is_proxy_noun_slip(w))
}

/// Whether the lower-case `text` names a proxy or a proxy or substitute
/// by "représenté(e) par" ("Mme X, absente, représentée par M. Y").
pub(crate) fn mentions_proxy_or_representation(lower: &str) -> bool {
    mentions_proxy(lower)
        || crate::text::lower_regex!(r"repr[ée]sent[ée]+s?(?:\((?:e|es|s)\)s?)? par ")
            .is_match(lower)
}

/// The proxy noun ("pouvoir", "procuration") the folded word `folded` is
/// typed for with one slip ("pouvour", "procuraiton"), or the word itself:
/// a word compared with the nouns reads them as the tolerant match does.
pub(crate) fn proxy_noun_as_typed(folded: String) -> String {
    // (A plural is no slip: "pouvoirs" stays itself.)
    if (6..=13).contains(&folded.len()) && is_proxy_noun_slip(&folded) {
        let noun = STATUS_PROXY_WORDS
            .iter()
            .find(|t| folded.strip_suffix('s') != Some(**t) && folded.get(..3) == t.get(..3));
        if let Some(noun) = noun {
            return (*noun).to_string();
        }
    }
    folded
}

/// The folded text `folded` with each word typed for a proxy noun with one
/// slip read as the noun ([`proxy_noun_as_typed`]), word for word: "mr x
/// donne pouvour a mr y" as "mr x donne pouvoir a mr y".
pub(crate) fn proxy_nouns_as_typed(folded: &str) -> std::borrow::Cow<'_, str> {
    let slipped = |w: &str| {
        (6..=13).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !STATUS_PROXY_WORDS.contains(&w)
            && is_proxy_noun_slip(w)
    };
    let words = folded.split(|c: char| !c.is_ascii_lowercase());
    if !words.clone().any(slipped) {
        return std::borrow::Cow::Borrowed(folded);
    }
    let mut out = String::with_capacity(folded.len());
    let mut last = 0;
    for (at, _) in folded
        .match_indices(|c: char| !c.is_ascii_lowercase())
        .chain([(folded.len(), "")])
    {
        let w = &folded[last..at];
        if slipped(w) {
            out.push_str(&proxy_noun_as_typed(w.to_string()));
        } else {
            out.push_str(w);
        }
        out.push_str(&folded[at..folded.ceil_char_boundary(at + 1).min(folded.len())]);
        last = folded.ceil_char_boundary(at + 1).min(folded.len());
    }
    std::borrow::Cow::Owned(out)
}

/// "pourvoir", "procuraiton": a proxy noun typed with one slip;
/// "procuraon": its "ti" ligature lost in extraction, as fonts that join
/// those letters lose it.
fn is_proxy_noun_slip(folded: &str) -> bool {
    STATUS_PROXY_WORDS.iter().any(|t| {
        crate::text::one_slip_from(folded, t)
            || folded.len() + 2 == t.len()
                && ["ti", "tt", "ft", "fi", "fl"].iter().any(|l| {
                    // `t` without its first `l`, compared in place.
                    t.find(l).is_some_and(|p| {
                        folded.get(..p) == t.get(..p) && folded.get(p..) == t.get(p + 2..)
                    })
                })
    })
}

/// Reads the proxies written in `text[range]`: them, the members replaced
/// by a substitute, and the ranges that looked like a proxy but could not
/// be read (a name without a holder among them, none left in `names`).
pub(crate) fn proxies(text: &str, range: Range<usize>) -> ProxiesAndNames {
    // "Pouvoirs de vote : Monsieur le Président dépose sur le bureau les
    // pouvoirs de vote de : M. X à M. Y, ...": a sentence leads in to the
    // list, which starts after its colon.
    let range = match lead_in_colon(text, range.clone())
        .map(|colon| colon + 1)
        .or_else(|| lead_in_passive(text, range.clone()))
    {
        Some(from) => from..range.end,
        None => range,
    };
    // Tokenized once for both readings.
    let tokens = drop_box_counts(text, people::inline(people::tokenize(text, range.clone())));
    let tokens = abbreviated_noun(text, people::header_margin_inside_names(text, tokens));
    if let Some(lines) = two_columns(text, &tokens)
        .or_else(|| headed_rows(text, &tokens, range.start))
        .or_else(|| column_after_column(text, &tokens).map(|(lines, _)| lines))
        .or_else(|| word_after_word(text, &tokens))
    {
        return ProxiesAndNames {
            lines,
            ..ProxiesAndNames::default()
        };
    }
    let mut read = read_proxies(
        text,
        tokens,
        range.end,
        true,
        names_grantors(text, range.start),
    );
    let names = std::mem::take(&mut read.names);
    read.unreadable.extend(names.into_iter().map(|(_, r)| r));
    read.unreadable.sort_by_key(|r| r.start);
    read
}

/// "1. Isabelle X proc. à Michèle Y": the proxy noun abbreviated, its
/// full stop dropped before the "à" to the holder, the word read as the
/// noun ([`PROXY_WORDS`] holds it).
fn abbreviated_noun(text: &str, mut tokens: Vec<Token>) -> Vec<Token> {
    let word_is = |tokens: &[Token], k: usize, words: &[&str]| word_among(text, tokens, k, words);
    let mut k = 1;
    while k + 1 < tokens.len() {
        if tokens[k].kind == Kind::Punct('.')
            && word_is(&tokens, k - 1, &["proc"])
            && word_is(&tokens, k + 1, &["a", "au"])
        {
            tokens.remove(k);
        }
        k += 1;
    }
    tokens
}

/// Where a sentence that leads in to a list of proxies ends with its colon,
/// near the start of `text[range]`: "Monsieur le Président dépose sur le
/// bureau les pouvoirs de vote de :". One sentence of four words or more,
/// few of them capitalised, that names the proxies, with no "à" that would
/// pair two names in it.
pub(crate) fn lead_in_colon(text: &str, range: Range<usize>) -> Option<usize> {
    let s = text.get(range.clone())?;
    let colon = s[..s.floor_char_boundary(200)].find(':')?;
    let lead = &s[..colon];
    let lower = lead.to_lowercase();
    let words = lead.split_whitespace().count();
    // (Words, not names: few capitals.)
    let capitals = lead
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    (words >= 4
        && capitals * 4 <= words
        && !lead.contains(['.', ';', '\n'])
        && !lower.contains(" à ")
        && mentions_proxy(&lower))
    .then_some(range.start + colon)
}

/// Where a sentence whose subject is the proxies, told in the passive up
/// to "par", leads in to them written "X à Y": "Pouvoirs ont été donnés
/// par M. X à M. Y, Mme Z à Mme W", "Des procurations ont été remises par
/// : ...". The offset right after "par" (and its colon).
pub(crate) fn lead_in_passive(text: &str, range: Range<usize>) -> Option<usize> {
    let s = text.get(range.clone())?;
    let head = &s[..s.floor_char_boundary(120)];
    let lower = head.to_lowercase();
    // (Offsets read back in the text: only when lower-casing kept them.)
    if lower.len() != head.len() {
        return None;
    }
    let m = crate::text::lower_regex!(
        r"^[\s\-–•.;,]*(?:les\s+|des\s+)?(?:pouvoirs?|procurations?)(?:\s+de\s+vote)?\s+(?:ont|a)\s+été\s+(?:donné|remis|confié|transmis|déposé)e?s?\s+par\b\s*:?"
    )
    .find(&lower)?;
    Some(range.start + m.end())
}

/// "M. X, Mme Y et M. Z avaient donné respectivement procuration à M. A,
/// Mme B et M. C": grantors and holders in two lists of the same length,
/// paired in order, wherever such a sentence stands in `range` of the
/// lower-cased `lower`.
pub(crate) fn respectively_in_prose(
    text: &str,
    lower: &str,
    range: Range<usize>,
) -> Vec<ProxyLine> {
    let verb = crate::text::lower_regex!(
        r"(?:ont|avaient|avait|a)\s+(?:respectivement\s+)?donnée?s?\s+(?:respectivement\s+)?(?:pouvoirs?|procurations?|délégations?|mandats?)(?:\s+de\s+vote)?\s+(?:respectivement\s+)?(?:à|a|aux?)\s+"
    );
    let mut lines = Vec::new();
    let hay = &lower[range.clone()];
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&hay.as_bytes()[from..], b"respectivement") {
        let at = range.start + from + p;
        from += p + "respectivement".len();
        let window = lower.floor_char_boundary(at.saturating_sub(120).max(range.start));
        let window_end = lower.floor_char_boundary((at + 120).min(range.end));
        let Some(m) = verb
            .find_iter(&lower[window..window_end])
            .find(|m| window + m.start() <= at && at < window + m.end())
        else {
            continue;
        };
        let (verb_start, verb_end) = (window + m.start(), window + m.end());
        // The sentence around: from its start (a full stop after a word
        // of three letters or more, a colon, a blank line) to its end.
        let is_end = |t: &str, p: usize| {
            t[..p]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .count()
                >= 3
        };
        let before = &text[range.start..verb_start];
        let start = before
            .char_indices()
            .rev()
            .find(|&(p, c)| matches!(c, ':' | ';') || c == '.' && is_end(before, p))
            .map_or(range.start, |(p, _)| range.start + p + 1);
        let after = &text[verb_end..range.end];
        let end = after
            .char_indices()
            .find(|&(p, c)| {
                c == ';' || c == '.' && is_end(after, p) || after[p..].starts_with("\n\n")
            })
            .map_or(range.end, |(p, _)| verb_end + p);
        // The grantors from the first civility of the clause ("Conformément
        // à l'article ..., M. X, Mme Y et M. Z avaient donné").
        let tokens = people::tokenize(text, start..verb_start);
        let Some(first) = tokens.iter().position(|t| {
            t.kind == Kind::Word && people::civility(&text[t.start..t.end]).is_some()
        }) else {
            continue;
        };
        let names = |r: Range<usize>| -> Vec<Mention> {
            let (entries, _) = people::list(text, r);
            entries
                .into_iter()
                .filter(|e| matches!(e.mention, Mention::Name(_)))
                .map(|e| e.mention)
                .collect()
        };
        let grantors = names(tokens[first].start..verb_start);
        let holders = names(verb_end..end);
        if grantors.len() < 2 || grantors.len() != holders.len() {
            continue;
        }
        for (grantor, holder) in grantors.into_iter().zip(holders) {
            lines.push(ProxyLine {
                grantor,
                holder,
                condition: Condition::default(),
                range: tokens[first].start..end,
            });
        }
    }
    lines
}

/// A table of proxies flattened row by row under its header, the grantor
/// then the holder of each row: "Absents/excusés Pouvoir à Martine X
/// Pascal Y Michelle Z Claude W". None unless the header ends on "pouvoir
/// à" or "procuration à" and names in pairs follow, nothing else.
fn two_columns(text: &str, tokens: &[Token]) -> Option<Vec<ProxyLine>> {
    let word_is = |k: usize, words: &[&str]| word_among(text, tokens, k, words);
    // The header: a few words, then "pouvoir à".
    let header_end = (1..6).find(|&k| {
        word_is(k, &["pouvoir", "procuration", "pouvoirs"]) && word_is(k + 1, &["a", "au"])
    })? + 2;
    // The header's words are the table's column names, not a grantor's
    // name ("Paul X pouvoir à Anne Y" is one proxy).
    const HEADER: [&str; 12] = [
        "absent",
        "absents",
        "absente",
        "absentes",
        "excuse",
        "excuses",
        "excusee",
        "excusees",
        "membres",
        "conseillers",
        "delegues",
        "et",
    ];
    if (0..header_end - 2).any(|k| match tokens[k].kind {
        Kind::Word => !word_is(k, &HEADER),
        Kind::Punct(c) => !matches!(c, '/' | '-' | ':'),
        _ => false,
    }) {
        return None;
    }
    let style = NameStyle::guess(text, &tokens[header_end..]);
    let mut names = Vec::new();
    let mut k = header_end;
    while k < tokens.len() {
        if tokens[k].kind == Kind::Newline {
            k += 1;
            continue;
        }
        let (Mention::Name(n), next) = people::name_at(text, tokens, k, style)? else {
            return None;
        };
        // Names only, no link word between them ("à", "donne").
        n.given.as_ref()?;
        names.push(n);
        k = next;
    }
    if names.len() < 2 || names.len() % 2 != 0 {
        return None;
    }
    Some(
        names
            .chunks(2)
            .map(|pair| ProxyLine {
                grantor: Mention::Name(pair[0].clone()),
                holder: Mention::Name(pair[1].clone()),
                condition: Condition::default(),
                range: pair[0].whole.start..pair[1].whole.end,
            })
            .collect(),
    )
}

/// The words of the column headings of a table of proxies besides
/// "mandant" and "mandataire", folded: "Noms des mandants", "Date de
/// procuration".
const ROWS_HEADING: [&str; 14] = [
    "nom",
    "noms",
    "prenom",
    "prenoms",
    "du",
    "des",
    "de",
    "la",
    "le",
    "date",
    "dates",
    "procuration",
    "pouvoir",
    "et",
];

/// Whether the word at `at` stands among a table of proxies' column
/// headings that run on to `rows`, where its rows start ("Mandant
/// Mandataire Date de procuration X Anne Y Paul"): words of headings only
/// from `at` to `rows`, and back from `at`, one of them naming the
/// grantors or the holders. The proxy words there name columns.
pub(crate) fn rows_heading(text: &str, at: usize, rows: usize) -> bool {
    let is_heading = |w: &str| {
        with_fold(w, |f| {
            let column = matches!(f, "mandant" | "mandants" | "mandataire" | "mandataires");
            (column || ROWS_HEADING.contains(&f), column)
        })
    };
    let split = |c: char| c.is_whitespace() || matches!(c, ':' | '/' | '-' | '|');
    let mut named = false;
    for w in text[at..rows].split(split).filter(|w| !w.is_empty()) {
        let (heading, column) = is_heading(w);
        if !heading {
            return false;
        }
        named |= column;
    }
    let from = text.floor_char_boundary(at.saturating_sub(120));
    for w in text[from..at].rsplit(split).filter(|w| !w.is_empty()) {
        let (heading, column) = is_heading(w);
        if !heading {
            break;
        }
        named |= column;
    }
    named
}

/// A table of proxies flattened row by row under its column headings, one
/// naming the grantors ("Mandant", "Noms des mandants"), then one naming
/// the holders ("Mandataire"), then perhaps the day each proxy was given
/// ("Date de procuration"): "Mandant Mandataire Date de procuration X Anne
/// Y Paul 13/02/2018 Z Luc W Eve 12/02/2018". The headings stand at the
/// section's start, or are its label, right before `start` ("Mandants /
/// Mandataires : X Anne Y Paul"). Each row a grantor, a holder and, under
/// a heading of dates, a date; a note in brackets after a name is kept as
/// the proxy's wording ("X Anne (arrivée à 19h30) Y Paul"). The rows end
/// at a blank line or at the first that does not read so; two at least.
fn headed_rows(text: &str, tokens: &[Token], start: usize) -> Option<Vec<ProxyLine>> {
    let folded = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| fold(&text[t.start..t.end]))
    };
    let grantors_heading = |f: &str| matches!(f, "mandant" | "mandants");
    let holders_heading = |f: &str| matches!(f, "mandataire" | "mandataires");
    // The label before the section, when it is the headings.
    let label = fold(&text[text.floor_char_boundary(start.saturating_sub(60))..start]);
    let label = label.trim_end_matches([' ', ':', '\n']);
    let (mut grantors, mut holders) = (false, false);
    if label.ends_with("mandataire") || label.ends_with("mandataires") {
        (grantors, holders) = (label.contains("mandant"), true);
    }
    let mut dated = false;
    let mut k = 0;
    while k < tokens.len() {
        match tokens[k].kind {
            Kind::Punct(':' | '/' | '-' | '|') | Kind::Newline => {}
            Kind::Word => {
                let f = folded(k).unwrap_or_default();
                if grantors_heading(&f) && !holders {
                    grantors = true;
                } else if holders_heading(&f) && grantors {
                    holders = true;
                } else if ROWS_HEADING.contains(&f.as_str()) {
                    dated |= holders && f.starts_with("date");
                } else {
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    if !(grantors && holders) {
        return None;
    }
    let style = NameStyle::guess(text, &tokens[k..]);
    // A name, and a note in brackets after it.
    let cell = |k: usize| -> Option<(Name, Option<Range<usize>>, usize)> {
        let (Mention::Name(n), mut next) = people::name_at(text, tokens, k, style)? else {
            return None;
        };
        n.given.as_ref()?;
        let mut note = None;
        if tokens.get(next).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, close) = people::in_parens(tokens, next);
            note = Some(inner);
            next = close;
        }
        Some((n, note, next))
    };
    // "13/02/2018", "13.02.18": figures joined by slashes, dots or dashes.
    let date = |k: usize| -> Option<usize> {
        let mut e = k;
        while tokens.get(e).is_some_and(|t| t.kind == Kind::Number)
            && (e == k || matches!(tokens[e - 1].kind, Kind::Punct('/' | '.' | '-')))
        {
            e += 1;
            if !tokens
                .get(e)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('/' | '.' | '-')))
                || !tokens.get(e + 1).is_some_and(|t| t.kind == Kind::Number)
            {
                break;
            }
            e += 1;
        }
        (e >= k + 3).then_some(e)
    };
    let mut lines = Vec::new();
    loop {
        while tokens.get(k).is_some_and(|t| t.kind == Kind::Newline) {
            k += 1;
        }
        let Some((grantor, g_note, next)) = cell(k) else {
            break;
        };
        let Some((holder, h_note, next)) = cell(next) else {
            break;
        };
        let next = if dated {
            match date(next) {
                Some(e) => e,
                None => break,
            }
        } else {
            next
        };
        let condition = Condition {
            wording: g_note.or(h_note),
            ..Condition::default()
        };
        lines.push(ProxyLine {
            range: grantor.whole.start..tokens[next - 1].end,
            grantor: Mention::Name(grantor),
            holder: Mention::Name(holder),
            condition,
        });
        k = next;
    }
    (lines.len() >= 2).then_some(lines)
}

/// Whether `tokens[k]` is a word that folds to one of `words` (folded).
/// Compared without a copy: [`column_after_column`] asks it over the
/// whole section.
fn word_among(text: &str, tokens: &[Token], k: usize, words: &[&str]) -> bool {
    tokens
        .get(k)
        .filter(|t| t.kind == Kind::Word)
        .is_some_and(|t| with_fold(&text[t.start..t.end], |f| words.contains(&f)))
}

/// A table of proxies flattened column by column: its grantors first, then
/// as many "pouvoir à" cells ("a donné pouvoir à" too), each with its
/// holder, in the same order ("Paul X Anne Y pouvoir à Marc Z pouvoir à
/// Lise W"). None unless the names before the first cell are names only, as
/// many as the cells after it, two at least. With the lines, the token
/// after the last holder (what follows the table: "... à Lise W Paul V
/// a donné pouvoir à ...").
fn column_after_column(text: &str, tokens: &[Token]) -> Option<(Vec<ProxyLine>, usize)> {
    let word_is = |k: usize, words: &[&str]| word_among(text, tokens, k, words);
    let noun = |k: usize| word_is(k, &["pouvoir", "procuration"]) && word_is(k + 1, &["a", "au"]);
    // The cell's length: "pouvoir à", "a donné pouvoir à".
    let cell = |k: usize| {
        if noun(k) {
            Some(2)
        } else if word_is(k, &["a"]) && word_is(k + 1, &["donne"]) && noun(k + 2) {
            Some(4)
        } else {
            None
        }
    };
    // No proxy noun in the section, no cell: skip the scan.
    let span = &text[tokens.first()?.start..tokens.last()?.end];
    if !["ouvoir", "OUVOIR", "rocuration", "ROCURATION"]
        .iter()
        .any(|n| memchr::memmem::find(span.as_bytes(), n.as_bytes()).is_some())
    {
        return None;
    }
    let first = (1..tokens.len()).find(|&k| cell(k).is_some())?;
    let style = NameStyle::guess(text, &tokens[first..]);
    let mut holders = Vec::new();
    let mut k = first;
    while let Some(len) = cell(k) {
        let (Mention::Name(n), next) = people::name_at(text, tokens, k + len, style)? else {
            return None;
        };
        holders.push(n);
        k = next;
        while tokens.get(k).is_some_and(|t| t.kind == Kind::Newline) {
            k += 1;
        }
    }
    let after = k;
    if holders.len() < 2 {
        return None;
    }
    let region = tokens[0].start..tokens[first].start;
    let (entries, stop) = people::list(text, region.clone());
    let read_whole = text[stop.min(region.end)..region.end].trim().is_empty();
    // Names each opening on a given name the lexicon knows, else as a list
    // reads them.
    let grantors: Vec<Name> = match given_names_apart(text, &tokens[..first]) {
        Some(names) if names.len() == holders.len() => names,
        _ if read_whole && entries.len() == holders.len() => entries
            .into_iter()
            .map(|e| match e.mention {
                Mention::Name(n) => Some(n),
                Mention::Role(..) => None,
            })
            .collect::<Option<_>>()?,
        _ => return None,
    };
    if grantors.len() != holders.len() {
        return None;
    }
    let lines = grantors
        .into_iter()
        .zip(holders)
        .map(|(grantor, holder)| {
            let range = grantor.whole.start..holder.whole.end;
            ProxyLine {
                grantor: Mention::Name(grantor),
                holder: Mention::Name(holder),
                condition: Condition::default(),
                range,
            }
        })
        .collect();
    Some((lines, after))
}

/// A table of proxies flattened column by column, each word of the verb
/// in its own column: the grantors, then "a" as many times, "donné" as many
/// times, "pouvoir", "à", then the holders in the same order ("Paul X Anne Y
/// a a donné donné pouvoir pouvoir à à Marc Z Lise W"). None unless every
/// word between the two columns of names is a word of the verb, each
/// repeated once a grantor, and the holders end the section. The first
/// words of the verb may stand in the grantors' column, the same after
/// each ("Paul X qui a donné Anne Y qui a donné pouvoir pouvoir à à Marc
/// Z Lise W"); then the holders may end their line, prose after them.
fn word_after_word(text: &str, tokens: &[Token]) -> Option<Vec<ProxyLine>> {
    const VERB: [&str; 7] = [
        "a",
        "donne",
        "donnee",
        "pouvoir",
        "procuration",
        "au",
        "ont",
    ];
    // No proxy noun in the section: skip the scan, as
    // [`column_after_column`] does.
    let span = &text[tokens.first()?.start..tokens.last()?.end];
    if !["ouvoir", "OUVOIR", "rocuration", "ROCURATION"]
        .iter()
        .any(|n| memchr::memmem::find(span.as_bytes(), n.as_bytes()).is_some())
    {
        return None;
    }
    let word_is = |k: usize, words: &[&str]| word_among(text, tokens, k, words);
    let filler = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Newline | Kind::Blank | Kind::Punct('.' | ',')))
    };
    let skip = |mut k: usize| {
        while filler(k) {
            k += 1;
        }
        k
    };
    // The verb's words, in capitals or not but each a word of its own.
    let first = (1..tokens.len()).find(|&k| word_is(k, &VERB))?;
    let style = NameStyle::guess(text, tokens);
    let mut grantors = Vec::new();
    let mut k = skip(0);
    // "Mme X\nqui a donné\nMme Y\nqui a donné\npouvoir\npouvoir\nà\nà":
    // the first words of the verb in the grantors' column, the same after
    // each grantor; the other words in columns of their own.
    let lead_word = |k: usize| word_is(k, &VERB) || word_is(k, &["qui"]);
    let mut lead: Option<Vec<String>> = None;
    while !lead_word(k) && k < tokens.len() {
        let (Mention::Name(n), next) = people::name_at(text, tokens, k, style)? else {
            return None;
        };
        grantors.push(n);
        k = skip(next);
        if grantors.len() == 1 && word_is(k, &["qui"]) {
            let mut words = Vec::new();
            while lead_word(k) {
                words.push(fold(&text[tokens[k].start..tokens[k].end]));
                k = skip(k + 1);
            }
            lead = Some(words);
        } else if let Some(words) = &lead {
            for w in words {
                if !word_is(k, &[w.as_str()]) {
                    return None;
                }
                k = skip(k + 1);
            }
        }
    }
    let count = grantors.len();
    if count < 2 || (lead.is_none() && k != first) {
        return None;
    }
    let same_word = |k: usize, word: &str| {
        tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word && text[t.start..t.end].eq_ignore_ascii_case(word)
        })
    };
    // The verb's columns: runs of one word, each as long as the grantors.
    let columns = |mut k: usize| {
        let mut columns = 0;
        let mut noun = false;
        while word_is(k, &VERB) {
            let word = &text[tokens[k].start..tokens[k].end];
            noun |= word_is(k, &["pouvoir", "procuration"]);
            for _ in 0..count {
                if !same_word(k, word) {
                    return None;
                }
                k = skip(k + 1);
            }
            columns += 1;
        }
        (columns >= 2 && noun).then_some(k)
    };
    // Or one column of cells, the whole verb in each, as many as the
    // grantors: "Mme X\nM. Y\npouvoir à\npouvoir à\nM. Z\nMme W".
    let cells = |mut k: usize| {
        let phrase: Vec<&str> = std::iter::successors(Some(k), |&j| Some(skip(j + 1)))
            .take_while(|&j| word_is(j, &VERB))
            .map(|j| &text[tokens[j].start..tokens[j].end])
            .enumerate()
            .take_while(|&(n, w)| {
                n == 0 || !w.eq_ignore_ascii_case(&text[tokens[k].start..tokens[k].end])
            })
            .map(|(_, w)| w)
            .collect();
        let noun = phrase
            .iter()
            .any(|w| matches!(fold(w).as_str(), "pouvoir" | "procuration"));
        if phrase.len() < 2 || !noun {
            return None;
        }
        for _ in 0..count {
            for w in &phrase {
                if !same_word(k, w) {
                    return None;
                }
                k = skip(k + 1);
            }
        }
        Some(k)
    };
    let in_cells;
    (k, in_cells) = match columns(k) {
        Some(after) => (after, false),
        None => (cells(k)?, true),
    };
    let mut holders = Vec::new();
    let mut holders_end = k;
    while holders.len() < count {
        // A column of cells holds a name a line: "M. Z\nBOURGEOIS\n" are two.
        let line = match in_cells {
            true => (k + 1..tokens.len())
                .find(|&j| breaks_before(text, tokens, j))
                .unwrap_or(tokens.len()),
            false => tokens.len(),
        };
        let (holder, next) = people::name_at(text, &tokens[..line], k, style)?;
        holders.push(holder);
        holders_end = next;
        k = skip(next);
    }
    // The holders end the section, or their line: "... M. DASSONNEVILLE\n
    // Lesquels membres présents forment la majorité ...".
    if k < tokens.len()
        && !((lead.is_some() || in_cells)
            && holders_end > 0
            && text[tokens[holders_end - 1].end..tokens[k].start].contains('\n'))
    {
        return None;
    }
    Some(
        grantors
            .into_iter()
            .zip(holders)
            .map(|(grantor, holder)| ProxyLine {
                // Over the verb's columns, which tell the proxy.
                range: grantor.whole.start..match &holder {
                    Mention::Name(n) => n.whole.end,
                    Mention::Role(_, r) => r.end,
                },
                grantor: Mention::Name(grantor),
                holder,
                condition: Condition::default(),
            })
            .collect(),
    )
}

/// "X, Y, Z qui ont donné respectivement procuration à A, B, C.": the
/// grantors listed, then the holders in the same order, paired by rank. A
/// civility left without its name ("Messieurs , X") holds the rank of a
/// name lost in extraction: its holder is left out. None unless both lists
/// read whole and hold as many ranks.
fn respectively(text: &str, tokens: &[Token]) -> Option<Vec<ProxyLine>> {
    let word = |k: usize| people::Words { text, tokens }.word(k);
    let at = (0..tokens.len())
        .find(|&k| word(k).is_some_and(|w| crate::text::folds_to(w, "respectivement")))?;
    // The proxy's words around "respectivement", back to the grantors and
    // on to "à".
    let proxy_word = |w: &str| {
        with_fold(w, |f| {
            matches!(
                f,
                "qui"
                    | "ont"
                    | "avaient"
                    | "donne"
                    | "delegue"
                    | "leur"
                    | "pouvoir"
                    | "pouvoirs"
                    | "procuration"
                    | "procurations"
                    | "mandat"
                    | "respectivement"
            )
        })
    };
    let mut first = at;
    while first > 0 && word(first - 1).is_some_and(proxy_word) {
        first -= 1;
    }
    let mut to = at;
    while word(to).is_some_and(proxy_word) {
        to += 1;
    }
    if !word(to).is_some_and(|w| matches!(w, "à" | "a" | "au" | "aux")) || first == 0 {
        return None;
    }
    // The holders up to the sentence's end.
    let holders_start = to + 1;
    let holders_end = (holders_start..tokens.len())
        .find(|&k| {
            tokens[k].kind == Kind::Punct('.') && !word(k - 1).is_some_and(people::is_initial)
        })
        .unwrap_or(tokens.len());
    by_rank(text, tokens, first, holders_start, holders_end)
}

/// "Mme A, M. B, Mme C (procuration à M. X, Mme Y, M. Z).": the grantors
/// listed, then one note giving as many holders, matched by rank as
/// "respectivement" matches them. Only when the note closes the list.
fn parallel_note(text: &str, tokens: &[Token]) -> Option<Vec<ProxyLine>> {
    let open = tokens.iter().position(|t| t.kind == Kind::Punct('('))?;
    let word = |k: usize| people::Words { text, tokens }.word(k);
    if open == 0
        || !word(open + 1).is_some_and(|w| {
            with_fold(w, |f| {
                matches!(f, "procuration" | "procurations" | "pouvoir" | "pouvoirs")
            })
        })
        || !matches!(word(open + 2), Some("à" | "a"))
    {
        return None;
    }
    let close = (open + 3..tokens.len()).find(|&k| tokens[k].kind == Kind::Punct(')'))?;
    let rest_words = (close + 1..tokens.len()).any(|k| tokens[k].kind == Kind::Word);
    if rest_words || (open + 3..close).any(|k| tokens[k].kind == Kind::Punct('(')) {
        return None;
    }
    by_rank(text, tokens, open, open + 3, close)
}

/// The grantors listed in `tokens[..first]` and the holders in
/// `tokens[holders_start..holders_end]`, matched by rank: as many of each,
/// two or more.
fn by_rank(
    text: &str,
    tokens: &[Token],
    first: usize,
    holders_start: usize,
    holders_end: usize,
) -> Option<Vec<ProxyLine>> {
    let word = |k: usize| people::Words { text, tokens }.word(k);
    let read = |from: usize, to: usize| -> Option<Vec<people::Entry>> {
        let range = tokens.get(from)?.start..tokens.get(to - 1)?.end;
        let (entries, stop) = people::list(text, range.clone());
        text[stop.min(range.end)..range.end]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
            .then_some(entries)
    };
    let grantors = read(0, first)?;
    let holders = read(holders_start, holders_end)?;
    // Ranks of the grantors: a name each, and each civility left without
    // its name before a separator.
    let mut ranks: Vec<Option<Name>> = Vec::new();
    let lost = (0..first).filter(|&k| {
        word(k).is_some_and(|w| people::civility(w).is_some())
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Punct(','))
    });
    let mut lost = lost.peekable();
    for e in grantors {
        let Mention::Name(n) = e.mention else {
            return None;
        };
        while lost.peek().is_some_and(|&k| tokens[k].end <= n.whole.start) {
            lost.next();
            ranks.push(None);
        }
        ranks.push(Some(n));
    }
    ranks.extend(lost.map(|_| None));
    if ranks.len() != holders.len() || holders.len() < 2 {
        return None;
    }
    ranks
        .into_iter()
        .zip(holders)
        .filter_map(|(grantor, holder)| Some((grantor?, holder)))
        .map(|(grantor, holder)| {
            let Mention::Name(h) = holder.mention else {
                return None;
            };
            Some(ProxyLine {
                range: grantor.whole.start..h.whole.end,
                grantor: Mention::Name(grantor),
                holder: Mention::Name(h),
                condition: Condition::default(),
            })
        })
        .collect()
}

/// Names in mixed case run together without separators, a cell a name
/// ("Paul Morel Anne-Lise Petit Marc Di Luca"): each starts at a given
/// name the lexicon knows that follows a family name. None unless every
/// name has a given name and a family name.
fn given_names_apart(text: &str, tokens: &[Token]) -> Option<Vec<Name>> {
    let mut names: Vec<Name> = Vec::new();
    // Words of the name being read: given names, then family words.
    let mut given: Option<Range<usize>> = None;
    let mut family: Option<Range<usize>> = None;
    let mut push = |given: Option<Range<usize>>, family: Option<Range<usize>>| {
        let (g, f) = (given?, family?);
        names.push(Name {
            civility: None,
            given: Some(g.clone()),
            family: f.clone(),
            whole: g.start..f.end,
        });
        Some(())
    };
    for t in tokens {
        let w = &text[t.start..t.end];
        match t.kind {
            Kind::Newline => continue,
            Kind::Punct('-') => {
                // A hyphen inside a compound word: the word goes on.
                match (&mut family, &mut given) {
                    (Some(f), _) => f.end = t.end,
                    (None, Some(g)) => g.end = t.end,
                    _ => return None,
                }
                continue;
            }
            Kind::Word => {}
            _ => return None,
        }
        let glued = text[..t.start].ends_with('-');
        if glued {
            match (&mut family, &mut given) {
                (Some(f), _) => f.end = t.end,
                (None, Some(g)) => g.end = t.end,
                _ => return None,
            }
            continue;
        }
        if !people::is_capitalised(w) && !people::is_caps(w) && !people::is_particle(w) {
            return None;
        }
        // "Di Luca": after a particle the family name goes on.
        let after_particle = family.as_ref().is_some_and(|f| {
            text[f.clone()]
                .split_whitespace()
                .last()
                .is_some_and(people::is_particle)
        });
        let is_given = crate::grammar::given_names::is_given_name(w) && !after_particle;
        if is_given && family.is_some() {
            push(given.take(), family.take())?;
        }
        if is_given && family.is_none() {
            given = Some(given.map_or(t.start..t.end, |g| g.start..t.end));
        } else {
            family = Some(family.map_or(t.start..t.end, |f| f.start..t.end));
        }
    }
    push(given, family)?;
    Some(names)
}

/// What a list of proxies and names holds: "Karine X donne pouvoir à Louis
/// Y", and names alone ("Myriam Z") between them.
#[derive(Debug, Default)]
pub(crate) struct ProxiesAndNames {
    pub(crate) lines: Vec<ProxyLine>,
    /// Names followed by no proxy: a separator or a line end after them.
    pub(crate) names: Vec<(Mention, Range<usize>)>,
    /// What looked like a proxy but could not be read.
    pub(crate) unreadable: Vec<Range<usize>>,
    /// Members replaced by a substitute, not represented: "Gérard X,
    /// suppléé par Dany Y" (the member, the substitute, where written).
    pub(crate) substituted: Vec<Substitution>,
}

/// "Gérard X, suppléé par Dany Y": X absent, Y sits in X's place.
#[derive(Debug, Clone)]
pub(crate) struct Substitution {
    pub(crate) member: Mention,
    pub(crate) by: Mention,
    pub(crate) range: Range<usize>,
}

/// Whether a line break stands before `tokens[k]`.
fn breaks_before(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0 && k < tokens.len() && text[tokens[k - 1].end..tokens[k].start].contains('\n')
}

/// A name at `tokens[i]` read within its line when the line holds it
/// whole: "... à Louis Y\nMyriam Z" ends at the line end, "... à M.\nPaul
/// Y" and "... à Odile\nX" wrap. A name is whole on its line with two
/// words, its family name in capitals unless no name is.
fn name_in_lines(
    text: &str,
    tokens: &[Token],
    i: usize,
    style: NameStyle,
) -> Option<(Mention, usize)> {
    let full = people::name_at(text, tokens, i, style);
    let end = full.as_ref().map_or((i + 8).min(tokens.len()), |f| f.1);
    let mut breaks = (i + 1..end).filter(|&k| breaks_before(text, tokens, k));
    let Some(first) = breaks.next() else {
        return full;
    };
    if let Some((Mention::Name(n), after)) = people::name_at(text, &tokens[..first], i, style) {
        let words = (i..after)
            .filter(|&k| people::civility(&text[tokens[k].start..tokens[k].end]).is_none())
            .count();
        if words >= 2 && (style.mixed || people::is_caps(&text[n.family.clone()])) {
            return Some((Mention::Name(n), after));
        }
        // "... à Mme CAPRON\nM. D. AUDONNET a donné ...": a civility and a
        // family name in capitals, the next line opening on a civility.
        let next_civility = tokens
            .get(first)
            .is_some_and(|t| people::civility(&text[t.start..t.end]).is_some());
        if after == first
            && next_civility
            && n.civility.is_some()
            && people::is_caps(&text[n.family.clone()])
        {
            return Some((Mention::Name(n), after));
        }
    }
    if let Some(second) = breaks.next()
        && let Some((Mention::Name(n), after)) = people::name_at(text, &tokens[..second], i, style)
    {
        return Some((Mention::Name(n), after));
    }
    full
}

/// "pouvoir à Claire MORIN GARNIER Yves donnant pouvoir à ...": proxies
/// written one after another with no separator, the holder given name
/// first and the next grantor family name first. A holder read as a given
/// name in mixed case then two family words or more in capitals, followed
/// by a given name of the lexicon in mixed case and a proxy's word, holds
/// the first of those words only (with the particles before it: "Henri LE
/// GALL"); the next grantor starts after it. `tokens[k..after]` is the
/// holder read. `None` when the shapes do not hold.
pub(crate) fn next_grantor_family_first(
    text: &str,
    tokens: &[Token],
    k: usize,
    holder: &Mention,
    after: usize,
) -> Option<(Mention, usize)> {
    let word = |j: usize| people::Words { text, tokens }.word(j);
    let Mention::Name(n) = holder else {
        return None;
    };
    let given = n.given.as_ref()?;
    // The holder given name first, in mixed case.
    if given.start > n.family.start || people::is_caps(&text[given.clone()]) {
        return None;
    }
    // The next grantor's given name, then the proxy's words ("donnant
    // pouvoir", ", excusée, a donné pouvoir": words in lower case before
    // one that links).
    let next_given = word(after)?;
    let links = (after + 1..tokens.len().min(after + 5))
        .take_while(|&j| {
            tokens[j].kind == Kind::Punct(',')
                || word(j).is_some_and(|w| w.starts_with(char::is_lowercase))
        })
        .any(|j| word(j).is_some_and(is_linking_word));
    if !people::is_capitalised(next_given)
        || people::is_caps(next_given)
        || !given_names::is_given_name(next_given)
        || !links
        || breaks_before(text, tokens, after)
    {
        return None;
    }
    // The family words, all in capitals: the holder keeps the first one
    // that is no particle, with the particles before it.
    let first = (k..after).find(|&j| tokens[j].start >= n.family.start)?;
    if !(first..after).all(|j| word(j).is_some_and(people::is_caps)) {
        return None;
    }
    let cut = (first..after).find(|&j| word(j).is_some_and(|w| !people::is_particle(w)))? + 1;
    if cut >= after {
        return None;
    }
    let given_first = NameStyle {
        given_first: true,
        ..NameStyle::default()
    };
    people::name_at(text, &tokens[..cut], k, given_first)
        .filter(|(m, a)| *a == cut && matches!(m, Mention::Name(h) if h.given.is_some()))
}

/// "NOM Prénom, qui donne procuration à Hélène Poulin.": a holder written
/// given name first in mixed case whatever the order of the list's names,
/// two capitalised words that end the proxy (a separator, a line's or the
/// text's end after them), the first a given name and the second not only
/// one ("Dumas Hélène" is left to the list's order); after a civility
/// too ("à Mr Michel Dufresnel,").
fn mixed_case_holder(
    text: &str,
    tokens: &[Token],
    k: usize,
    style: NameStyle,
) -> Option<(Mention, usize)> {
    let word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    if let Some((civility, false)) = word(k).and_then(people::civility) {
        let (Mention::Name(mut n), after) = mixed_case_holder(text, tokens, k + 1, style)? else {
            return None;
        };
        n.civility = civility;
        n.whole.start = tokens[k].start;
        return Some((Mention::Name(n), after));
    }
    // (Each test only once the one before holds: the cheapest first.)
    let two_words = || {
        (k..k + 2).all(|j| word(j).is_some_and(people::is_capitalised))
            && !breaks_before(text, tokens, k + 1)
    };
    let ends = || {
        tokens.get(k + 2).is_none_or(|t| {
            matches!(
                t.kind,
                Kind::Punct('.' | ',' | ';') | Kind::Newline | Kind::Blank
            ) || breaks_before(text, tokens, k + 2)
        })
    };
    let given_first = || {
        word(k).is_some_and(given_names::is_given_name)
            && word(k + 1).is_some_and(|w| given_names::given_name(w) != GivenName::Yes)
    };
    if !(two_words() && ends() && given_first()) {
        return None;
    }
    let mixed = NameStyle {
        mixed: true,
        given_first: true,
        ..style
    };
    people::name_at(text, &tokens[..k + 2], k, mixed).filter(|(_, after)| *after == k + 2)
}

/// "SOCAUFE Sandrine, Mireille (représentée par sa suppléante), MECEUT
/// Jacques", "..., Christian procuration à Cyrille X": a common given name
/// alone after a comma, before another or a proxy's words, its family name lost,
/// read as the name (the lists read such an entry so), so that the list
/// goes on past it.
fn given_name_alone(text: &str, tokens: &[Token], i: usize) -> Option<(Mention, usize)> {
    let t = tokens.get(i)?;
    let w = &text[t.start..t.end];
    let between_commas = i > 0
        && tokens[i - 1].kind == Kind::Punct(',')
        && tokens.get(i + 1).is_some_and(|n| {
            matches!(n.kind, Kind::Punct(',' | '('))
                // "..., Christian procuration à Cyrille X": a proxy's words.
                || n.kind == Kind::Word && is_linking_word(&text[n.start..n.end])
        })
        // More of the list after it.
        && tokens.get(i + 2).is_some();
    (between_commas
        && t.kind == Kind::Word
        && people::is_capitalised(w)
        && people::civility(w).is_none()
        && given_names::given_name(w) == GivenName::Yes)
        .then(|| (Mention::Name(Name::word(t.start..t.end)), i + 1))
}

/// Where the token after a written agreement mark ends, if one stands at
/// `k` right after the word before it: "(e)", "(es)", "(s)" in
/// "représenté(e)", "excusé(e)s".
fn agreement_mark(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let words = people::Words { text, tokens };
    let open = tokens.get(k).filter(|t| t.kind == Kind::Punct('('))?;
    let glued = k > 0 && tokens[k - 1].kind == Kind::Word && tokens[k - 1].end == open.start;
    let mark = words
        .word(k + 1)
        .is_some_and(|w| matches!(w, "e" | "es" | "s"));
    let closed = words.is(k + 2, Kind::Punct(')'));
    // "(e)s": a plural after the mark, glued to it.
    let plural = words.word(k + 3) == Some("s") && tokens[k + 3].start == tokens[k + 2].end;
    (glued && mark && closed).then_some(k + 3 + usize::from(plural))
}

/// A word that says a proxy is given ("donne", "pouvoir", "représenté"),
/// not a preposition or a determiner of the proxy words.
fn is_linking_word(word: &str) -> bool {
    with_fold(word, |f| {
        (PROXY_WORDS.contains(&f) || is_proxy_noun_slip(f))
            && !matches!(f, "a" | "au" | "par" | "de" | "vote" | "sa" | "son")
    })
}

/// A mark that stands for an arrow between a grantor and the proxy's words
/// ("→", "=>", ">"), or that a broken extraction made of one (a straight
/// quote): none of the punctuation a list or a name is written with.
fn is_arrow_mark(c: char) -> bool {
    !c.is_alphanumeric()
        && !matches!(
            c,
            ',' | ';' | ':' | '.' | '(' | ')' | '[' | ']' | '-' | '–' | '/' | '\'' | '’' | '&'
        )
}

/// "Mme Robert" before a separator or the next civility: a holder's
/// surname in mixed case after a civility, in a list of names in capitals.
fn civility_and_surname(text: &str, tokens: &[Token], k: usize) -> Option<(Mention, usize)> {
    let word = |j: usize| people::Words { text, tokens }.word(j);
    let (civility, _) = people::civility(word(k)?)?;
    let surname = word(k + 1)?;
    let capitalised = surname.chars().next().is_some_and(char::is_uppercase)
        && surname.chars().skip(1).any(char::is_lowercase)
        && surname.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !people::is_function_word(surname);
    // Not at the very end of the text, where a name may be cut ("... à M.
    // Cyril" ending an excerpt).
    let cut = text[tokens[k + 1].end..].trim().is_empty();
    // ("à Mme Brunet durant son absence ...": the stretch the proxy covers
    // after the name.)
    let ends = !cut
        && (tokens.get(k + 2).is_none_or(|t| t.kind != Kind::Word)
            || word(k + 2).is_some_and(|w| {
                people::civility(w).is_some() || range_follows(w) && fold(w) != "a"
            }));
    (capitalised && ends).then(|| {
        let t = tokens[k + 1];
        (
            Mention::Name(people::Name {
                civility,
                given: None,
                family: t.start..t.end,
                whole: tokens[k].start..t.end,
            }),
            k + 2,
        )
    })
}

/// Where the proxy verb stands after a clause opening at `tokens[from]`
/// on a grantor's line: words in lower case, times of day ("21h00",
/// "19h", "20 h 15") and commas, at most twenty tokens, then a verb that
/// links to the holder ("donne pouvoir à", "après avoir donné pouvoir
/// à"). None when anything else comes first (a name, a line's end).
fn clause_before_verb(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let word = |k: usize| people::Words { text, tokens }.word(k);
    let hour = |w: &str| {
        w.strip_prefix(['h', 'H'])
            .is_some_and(|r| r.len() <= 2 && r.bytes().all(|b| b.is_ascii_digit()))
    };
    for j in from..tokens.len().min(from + 20) {
        if j > from && breaks_before(text, tokens, j) {
            return None;
        }
        match tokens[j].kind {
            Kind::Number | Kind::Punct(',') => continue,
            Kind::Word => {}
            _ => return None,
        }
        let w = word(j)?;
        if j > from && is_linking_word(w) {
            return line_links(text, tokens, j).then_some(j);
        }
        if !(w.starts_with(char::is_lowercase) || hour(w)) {
            return None;
        }
    }
    None
}

/// Whether the line starting at `tokens[from]` links a grantor to a holder
/// ("donne pouvoir à"): a proxy verb then "à", "au" or "par".
fn line_links(text: &str, tokens: &[Token], from: usize) -> bool {
    let mut verb = false;
    for k in from..tokens.len().min(from + 24) {
        if k > from && breaks_before(text, tokens, k) {
            break;
        }
        if tokens[k].kind != Kind::Word {
            continue;
        }
        let (links, linking) = with_fold(&text[tokens[k].start..tokens[k].end], |f| {
            (matches!(f, "a" | "au" | "par"), is_linking_word(f))
        });
        if verb && links {
            return true;
        }
        verb |= linking;
    }
    false
}

/// Reads the proxies and the names alone written in `text[range]`; under a
/// label of proxies (`labelled`), a holder may stand alone in brackets
/// ("Eric X (René Y), Yohan Z (Francis W)").
pub(crate) fn proxies_and_names(
    text: &str,
    range: Range<usize>,
    labelled: bool,
) -> ProxiesAndNames {
    let tokens = people::inline(people::strip_margin(
        text,
        people::tokenize(text, range.clone()),
    ));
    // "Absents excusés : Paul X Anne Y a donné pouvoir à Marc Z a donné
    // pouvoir à Lise W Luc V a donné pouvoir à Eve U": a table flattened
    // column by column, then proxies written in line.
    if let Some((mut lines, after)) = column_after_column(text, &tokens) {
        let mut rest = read_proxies(text, tokens[after..].to_vec(), range.end, labelled, false);
        lines.append(&mut rest.lines);
        rest.lines = lines;
        return rest;
    }
    // "Absents excusés : Mme X qui a donné Mme Y qui a donné pouvoir
    // pouvoir à à M. Z Mme W": each word of the verb in its column.
    if let Some(lines) = word_after_word(text, &tokens) {
        return ProxiesAndNames {
            lines,
            ..ProxiesAndNames::default()
        };
    }
    read_proxies(text, tokens, range.end, labelled, false)
}

/// Whether the label right before `at`, on its line, names the grantors:
/// "Pouvoirs de : X pour Y", "Procurations de : X pour Y" (the proxies of
/// X, for Y to hold), where "Etaient porteurs d'un pouvoir : A pour B"
/// names the holders.
fn names_grantors(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let before = fold(&text[line_start..at]);
    crate::text::regex!(r"(?:^|[^a-z])(?:pouvoirs?|procurations?)\s+(?:de|des)\s*:?\s*$")
        .is_match(&before)
}

/// [`proxies_and_names`] of the tokens of a range ending at `range_end`, as
/// `inline` gives them.
fn read_proxies(
    text: &str,
    tokens: Vec<Token>,
    range_end: usize,
    labelled: bool,
    grantors_first: bool,
) -> ProxiesAndNames {
    if let Some(lines) = respectively(text, &tokens).or_else(|| parallel_note(text, &tokens)) {
        return ProxiesAndNames {
            lines,
            ..ProxiesAndNames::default()
        };
    }
    let style = NameStyle::guess(text, &tokens);
    let word = |k: usize| {
        people::Words {
            text,
            tokens: &tokens,
        }
        .word(k)
    };
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    let mut names: Vec<(Mention, Range<usize>)> = Vec::new();
    let mut substituted = Vec::new();
    let mut i = 0;
    // After a blank line, what does not read as a proxy ends the list quietly.
    let mut past_blank = false;
    // The questions the last scope heading gave, for the proxies under it.
    let mut scope: Option<Condition> = None;
    while i < tokens.len() {
        match tokens[i].kind {
            Kind::Punct(',')
            | Kind::Punct(';')
            | Kind::Punct('.')
            | Kind::Punct('-')
            | Kind::Punct('/')
            | Kind::Newline
            | Kind::Punct('•')
            | Kind::Punct('*') => {
                i += 1;
                continue;
            }
            Kind::Punct('(') => {
                i = people::skip_parens(&tokens, i);
                continue;
            }
            Kind::Blank => {
                past_blank = !found.is_empty();
                i += 1;
                continue;
            }
            Kind::Word if word(i) == Some("et") => {
                i += 1;
                continue;
            }
            // "commune d'Albert, Daniel X à Claude Y ; commune de Bray,
            // ...": the grantors' commune before them, up to its comma.
            Kind::Word
                if word(i).is_some_and(|w| matches!(w, "commune" | "communes" | "Commune"))
                    && word(i + 1).is_some_and(|w| {
                        matches!(w, "de" | "du" | "des")
                            || w.starts_with("d'")
                            || w.starts_with("d’")
                    }) =>
            {
                let comma = (i + 1..tokens.len().min(i + 10)).find(|&k| {
                    matches!(tokens[k].kind, Kind::Punct(',' | ':'))
                        || word(k).is_some_and(|w| w == "à" || people::civility(w).is_some())
                });
                match comma {
                    Some(k) if matches!(tokens[k].kind, Kind::Punct(',' | ':')) => {
                        i = k + 1;
                        continue;
                    }
                    _ => {}
                }
            }
            // "1- M. X a donné procuration à Y, 2- Mme Z ...": numbered.
            Kind::Number
                if tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | ')' | '.' | '–')))
                    && tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Word) =>
            {
                i += 2;
                continue;
            }
            Kind::Word => {}
            _ => break,
        }
        // "Pouvoir de Mme X à M. Y", "POUVOIR DE M. X A M. Y": each proxy
        // opening on its noun, the grantor after "de".
        // (The proxy's range opens on its noun.)
        let opened_on_noun = (word(i)
            .is_some_and(|w| with_fold(w, |f| matches!(f, "pouvoir" | "procuration")))
            && word(i + 1).is_some_and(|w| matches!(w, "de" | "De" | "DE"))
            && tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Word))
        .then(|| {
            i += 2;
            tokens[i - 2].start
        });
        // "de Mme X à Mme Y", "par M. X à Mme Y": the grantor introduced by
        // "de" or "par" (at an entry's start, "par" names no holder).
        // ("DE MME X A M. Y" in capitals, a civility after it: "DE JAHAM"
        // is a particle.)
        if (word(i).is_some_and(|w| matches!(w, "de" | "De" | "par" | "Par"))
            || word(i) == Some("DE") && word(i + 1).and_then(people::civility).is_some())
            && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            i += 1;
        }
        // "Mmes : X à Y, ..., MM : Z à W": a group's civility heading its
        // proxies; "Mesdames et Messieurs : X par Y", both.
        let group = |k: usize| {
            word(k)
                .and_then(people::civility)
                .is_some_and(|(_, group)| group)
        };
        let colon = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'));
        if group(i) && colon(i + 1) {
            i += 2;
            continue;
        }
        // (Without a colon too: "REPRÉSENTÉS : Mesdames et Messieurs X
        // représenté par Y".)
        // "Mmes/MM. X à Y ; Z à W": both, joined by a slash.
        let slash = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('/'));
        if group(i) && (word(i + 1) == Some("et") || slash(i + 1)) && group(i + 2) {
            i += 3;
            if tokens.get(i).is_some_and(|t| t.kind == Kind::Punct('.')) {
                i += 1;
            }
            if colon(i) {
                i += 1;
            }
            continue;
        }
        // "... par Y , votants : 29 Z représentée par W": a margin's count
        // woven into the proxies, between two of them.
        if !found.is_empty()
            && let Some(after) = margin_count(text, &tokens, i)
        {
            i = after;
            continue;
        }
        // "Bazus : Serge X ayant donné pouvoir à Y. Lavalette : ...": the
        // grantor's place heading the proxy, in mixed case before a name
        // ("Mairie : Mme X, adjointe" is staff, no proxy).
        if let Some(colon) =
            (i + 1..tokens.len().min(i + 6)).find(|&k| tokens[k].kind == Kind::Punct(':'))
            && (i..colon).all(|k| {
                word(k).is_some_and(|w| {
                    (people::is_capitalised(w) || people::is_particle(w))
                        && people::civility(w).is_none()
                })
            })
            && word(i).is_some_and(people::is_capitalised)
            && word(colon + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
            && mentions_proxy(
                &text[tokens[colon].end..{
                    let k = (colon + 1..tokens.len())
                        .find(|&k| matches!(tokens[k].kind, Kind::Punct('.') | Kind::Newline))
                        .unwrap_or(tokens.len() - 1);
                    tokens[k].end
                }]
                    .to_lowercase(),
            )
        {
            i = colon + 1;
            continue;
        }
        // "BOURG-NEUF Mme X a donné pouvoir à M. Y ; VAL-D’ARS M. Z ...":
        // the grantor's commune in capitals heading the proxy, run into the
        // grantor's civility, no colon between.
        if let Some(c) =
            (i + 1..tokens.len().min(i + 8)).find(|&k| word(k).and_then(people::civility).is_some())
            && word(i).is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            && (i..c).all(|k| match tokens[k].kind {
                Kind::Word => {
                    word(k).is_some_and(|w| people::is_caps(w) && people::civility(w).is_none())
                }
                Kind::Punct('-' | '\'' | '’') => true,
                _ => false,
            })
            && word(c + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
            && line_links(text, &tokens, c)
        {
            i = c;
            continue;
        }
        // "durant toute la séance : X par Y, ... à partir de l'affaire n° 4 :
        // Z par W": a heading, closed by a colon, giving the questions the
        // proxies under it cover, up to the next heading.
        if let Some((c, after)) = scope_heading(text, &tokens, i) {
            scope = c;
            i = after;
            continue;
        }
        // "A partir de 19h31 M. X à M. Y": the time or question the proxy
        // starts at, written before it.
        let mut lead = None;
        if word(i).is_some_and(|w| matches!(w, "A" | "a" | "À" | "à" | "partir"))
            && let Some(from) = (i..tokens.len().min(i + 3)).find(|&k| word(k) == Some("partir"))
            && matches!(word(from + 1), Some("de" | "du"))
            && let Some(j) = (from + 3..tokens.len().min(from + 10)).find(|&j| {
                word(j).is_some_and(|w| people::civility(w).is_some() || people::is_caps(w))
            })
        {
            let comma = tokens[j - 1].kind == Kind::Punct(',');
            let upto = j - usize::from(comma);
            let range = tokens[i].start..tokens[upto - 1].end;
            if text[range.clone()].bytes().any(|b| b.is_ascii_digit())
                && let Some(c) = notes::condition(text, range)
            {
                lead = Some(c);
                i = j;
            }
        }
        let Some((grantor, next)) =
            name_in_lines(text, &tokens, i, style).or_else(|| given_name_alone(text, &tokens, i))
        else {
            // A line that links two people ("M. Guy DE Lorme donne
            // procuration à ...") whose grantor cannot be read is one
            // unreadable proxy, not the end of the list.
            let line_start = i == 0 || breaks_before(text, &tokens, i);
            if line_start && line_links(text, &tokens, i) {
                let mut e = i + 1;
                while e < tokens.len() && !breaks_before(text, &tokens, e) {
                    e += 1;
                }
                unreadable.push(tokens[i].start..tokens[e - 1].end);
                i = e;
                continue;
            }
            break;
        };
        // "Philippe CAISGOZ - COROUGE donne procuration à": a family name
        // written with a spaced hyphen.
        let (grantor, next) = match grantor {
            Mention::Name(mut n)
                if tokens.get(next).is_some_and(|t| t.kind == Kind::Punct('-'))
                    && word(next + 1).is_some_and(|w| people::is_caps(w) && !w.contains('-'))
                    && word(next + 2).is_some_and(is_proxy_verb) =>
            {
                n.family.end = tokens[next + 1].end;
                n.whole.end = tokens[next + 1].end;
                (Mention::Name(n), next + 2)
            }
            other => (other, next),
        };
        // "Lise X – CC Val de Brume donne pouvoir à Y": what the grantor
        // stands for (a commune, a body) after a dash, up to the verb.
        let next = match grantor {
            Mention::Name(_)
                if tokens
                    .get(next)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–'))) =>
            {
                (next + 1..tokens.len().min(next + 10))
                    .take_while(|&k| {
                        word(k).is_some_and(|w| people::civility(w).is_none())
                            || matches!(tokens[k].kind, Kind::Punct('-' | '\'' | '’' | '.'))
                    })
                    .find(|&k| {
                        // The verb, not a word of the body's name ("Val de
                        // Brume"): a proxy noun within three words.
                        word(k).is_some_and(|w| is_proxy_verb(w) && w != "de")
                            && mentions_proxy(
                                &text[tokens[k].start..tokens[(k + 2).min(tokens.len() - 1)].end]
                                    .to_lowercase(),
                            )
                    })
                    // ("Paul X – A donné pouvoir à Y": the verb right after
                    // the dash, the dash only a separator.)
                    .filter(|&k| {
                        k > next + 1
                            || word(k).is_some_and(|w| {
                                is_linking_word(w)
                                    || fold(w) == "a" && word(k + 1).is_some_and(is_linking_word)
                            })
                    })
                    .unwrap_or(next)
            }
            _ => next,
        };
        // "Mme X et M. Y ont donné pouvoir à Z": several grantors, one holder.
        let mut grantors = vec![grantor];
        let mut next = next;
        while word(next) == Some("et")
            && let Some((more, after)) = name_in_lines(text, &tokens, next + 1, style)
        {
            grantors.push(more);
            next = after;
        }
        let grantor = grantors[0].clone();
        let start = opened_on_noun.unwrap_or(tokens[i].start);
        let mut k = next;
        let mut aside_end = None;
        // "Mme X à 22h45 (a donné pouvoir à M. Y)": the time a member left,
        // before the proxy written as a note; the proxy holds from then.
        let mut left_at = None;
        if matches!(word(k), Some("à" | "a" | "À"))
            && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Number)
            && let Some(open) =
                (k + 2..tokens.len().min(k + 5)).find(|&j| tokens[j].kind == Kind::Punct('('))
            && text[tokens[k + 1].start..tokens[open - 1].end]
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'h' | b'H' | b':' | b' '))
        {
            left_at = Some(tokens[k].start..tokens[open - 1].end);
            k = open;
        }
        // "Mme X, (représentée par M. Y)": a stray comma before the note.
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(','))
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Punct('('))
            && matches!(
                note(text, people::in_parens(&tokens, k + 1).0),
                Note::ProxyTo(..)
            )
        {
            k += 1;
        }
        // Under a label of proxies, the holder first, then the member voted
        // for: "Etaient porteurs d'un pouvoir : Mme A pour M. B" (as "A (pour
        // B)" below), or "Dépôt de pouvoirs : Madame A a déposé un pouvoir
        // pour voter au nom de Monsieur B" (words in lower case naming a
        // proxy, then "au nom de").
        let voted_for = (labelled && grantors.len() == 1)
            .then(|| {
                if word(k) == Some("pour")
                    && word(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
                {
                    return Some(k + 1);
                }
                let j = (k + 1..tokens.len().min(k + 10))
                    .take_while(|&j| word(j - 1).is_some_and(|w| w.starts_with(char::is_lowercase)))
                    .find(|&j| {
                        word(j) == Some("au")
                            && word(j + 1) == Some("nom")
                            && word(j + 2) == Some("de")
                    })?;
                mentions_proxy(&text[tokens[k].start..tokens[j].start].to_lowercase())
                    .then_some(j + 3)
            })
            .flatten();
        if let Some(at) = voted_for
            && let Some((within, after)) = name_in_lines(text, &tokens, at, style)
        {
            // ("Pouvoirs de : A pour B": the grantor first.)
            let (grantor, holder) = if grantors_first && word(k) == Some("pour") {
                (grantor, within)
            } else {
                (within, grantor)
            };
            found.push(ProxyLine {
                grantor,
                holder,
                condition: Condition::default(),
                range: start..tokens[after - 1].end,
            });
            i = after;
            continue;
        }
        // "X (pouvoir à Y)": the proxy written as a note.
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, close) = people::in_parens(&tokens, k);
            let read = note(text, inner.clone());
            // "DETTASAUD Vincent (pour LAUGROET Audrey)", "X (pouvoir de Y)":
            // under a label of proxies, the holder listed first and the
            // grantor in brackets.
            let grantor_within = match &read {
                Note::ProxyFrom(g @ Mention::Name(_)) => Some(g.clone()),
                _ => notes::for_whom(text, inner.clone()),
            };
            if labelled
                && grantors.len() == 1
                && tokens[close - 1].kind == Kind::Punct(')')
                && let Some(within) = grantor_within
            {
                found.push(ProxyLine {
                    grantor: within,
                    holder: grantor,
                    condition: Condition::default(),
                    range: start..tokens[close - 1].end,
                });
                i = close;
                continue;
            }
            // "M. GRORILON Dominique (Suppléant M. GROGROIER Ulysse)" among the
            // members absent and represented: a substitute sits.
            if labelled
                && grantors.len() == 1
                && let Some(by) = notes::substitute_written(text, inner.clone())
            {
                substituted.push(Substitution {
                    member: grantor,
                    by,
                    range: start..tokens[close - 1].end,
                });
                i = close;
                continue;
            }
            // "M. Paul X (pouvoir Anne Y)" under a label of proxies (or of
            // the absent who gave one): the proxy's noun with no
            // preposition, the member listed absent, the name in brackets
            // the holder (as "Eric X (René Y)" below).
            if labelled
                && grantors.len() == 1
                && tokens[close - 1].kind == Kind::Punct(')')
                && let Note::Proxy(holder @ Mention::Name(_)) = &read
            {
                found.push(ProxyLine {
                    grantor,
                    holder: holder.clone(),
                    condition: scope.clone().unwrap_or_default(),
                    range: start..tokens[close - 1].end,
                });
                i = close;
                continue;
            }
            if let Note::ProxyTo(holder, mut condition) = read {
                if condition == Condition::default() {
                    condition.wording = left_at;
                }
                if condition == Condition::default()
                    && let Some(c) = &scope
                {
                    condition = c.clone();
                }
                found.push(ProxyLine {
                    grantor,
                    holder,
                    condition,
                    range: start..tokens[close - 1].end,
                });
                i = close;
                continue;
            }
            // "Eric X (René Y),": the holder alone in brackets, a given
            // name or a civility and a family name ("S. X (M. Y)"), then a
            // separator ("Y) – Z", a dash
            // spaced apart, too).
            let separator_after = tokens.get(close).is_none_or(|t| {
                matches!(
                    t.kind,
                    Kind::Punct(',') | Kind::Punct(';') | Kind::Punct('.') | Kind::Blank
                ) || breaks_before(text, &tokens, close)
                    || t.kind == Kind::Punct('-')
                        && tokens[close - 1].end < t.start
                        && tokens.get(close + 1).is_none_or(|n| t.end < n.start)
            });
            if labelled && separator_after && close > k + 2 {
                let inside = &tokens[..close - 1];
                if let Some((Mention::Name(holder), end)) =
                    people::name_at(text, inside, k + 1, style)
                    && end == close - 1
                    && (holder.given.is_some() || holder.civility.is_some())
                {
                    found.push(ProxyLine {
                        grantor,
                        holder: Mention::Name(holder),
                        condition: Condition::default(),
                        range: start..tokens[close - 1].end,
                    });
                    i = close;
                    continue;
                }
            }
            // "Régis X (Champtocel) représenté par Y": an aside, read on.
            k = close;
            // Closed: a note the text's end cuts is no aside.
            if tokens[close - 1].kind == Kind::Punct(')') {
                aside_end = Some(close);
            }
        }
        // "Gérard X, suppléé par Dany Y", "Emmanuel X, représenté par sa
        // suppléante, Mme Christine Y": a substitute, not a proxy.
        let comma = usize::from(tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(',')));
        // ("X est suppléé par Y": the auxiliary first.)
        let comma = comma
            + usize::from(
                word(k + comma).is_some_and(|w| matches!(w, "est" | "était"))
                    && word(k + comma + 1).is_some_and(|w| {
                        with_fold(w, |f| {
                            STATUS_SUBSTITUTE_WORDS.contains(&f) || f.starts_with("represente")
                        })
                    }),
            );
        // ("représenté(e) par sa suppléante Y": the agreement written.)
        let par = agreement_mark(text, &tokens, k + comma + 1).unwrap_or(k + comma + 1);
        let by_at = if word(k + comma)
            .is_some_and(|w| with_fold(w, |f| STATUS_SUBSTITUTE_WORDS.contains(&f)))
            && word(par) == Some("par")
        {
            Some(par + 1)
        } else if word(k + comma).is_some_and(|w| with_fold(w, |f| f.starts_with("represente")))
            && word(par) == Some("par")
            && matches!(word(par + 1), Some("son" | "sa"))
            && word(par + 2).is_some_and(|w| fold(w).starts_with("suppl"))
        {
            let j = par + 3;
            Some(j + usize::from(tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(','))))
        } else {
            None
        };
        if let Some(at) = by_at
            && let Some((by, after)) = name_in_lines(text, &tokens, at, style)
        {
            substituted.push(Substitution {
                member: grantor,
                by,
                range: start..tokens[after - 1].end,
            });
            i = after;
            continue;
        }
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':')) {
            k += 1;
        }
        // "Mme X → pouvoir à M. Y", 'Mme X " pouvoir à M. Y': an arrow, or
        // the mark a broken extraction made of it, between the grantor and
        // the proxy's words.
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if is_arrow_mark(c)))
            && word(k + 1).is_some_and(is_linking_word)
        {
            k += 1;
        }
        // "CLAUDINE X, POUVOIR A PIERRE Y": a comma before the proxy words;
        // under a label of proxies, "X Paul, à Anne Y": before the bare
        // "à" and a name.
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(','))
            && (word(k + 1).is_some_and(is_linking_word) && line_links(text, &tokens, k + 1)
                || labelled
                    && matches!(word(k + 1), Some("à" | "À"))
                    && word(k + 2).is_some_and(|w| w.starts_with(char::is_uppercase)))
        {
            k += 1;
        }
        // "Marie X, Conseillère municipale, pouvoir donné à Y": the
        // grantor's function between commas, or to the end of its line
        // ("Régine X Conseillère municipale").
        let mut after_name = aside_end.unwrap_or(next);
        let comma = usize::from(tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(',')));
        if word(k + comma).is_some_and(people::is_function_word)
            && !breaks_before(text, &tokens, k + comma)
        {
            let f = k + comma;
            let mut j = f;
            while j < f + 8
                && (j == f || !breaks_before(text, &tokens, j))
                && word(j).is_some_and(|w| {
                    !is_proxy_verb(w)
                        || people::is_function_word(w)
                        // "Délégué de la Commune de X": a preposition inside.
                        || j > f && matches!(w, "de" | "du" | "des")
                })
            {
                j += 1;
            }
            if tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(',')) {
                k = j + 1;
                after_name = k;
                // "Mme X, Déléguée Titulaire, Commune de Brume, représentée
                // par M. Y": the place the grantor sits for after the
                // function, up to its comma, then the proxy's words.
                if word(k).is_some_and(|w| with_fold(w, |f| PLACE_NOUNS.contains(&f)))
                    && let Some(c) = (k + 1..tokens.len().min(k + 10))
                        .take_while(|&c| !breaks_before(text, &tokens, c))
                        .find(|&c| tokens[c].kind == Kind::Punct(','))
                    && word(c + 1).is_some_and(is_linking_word)
                {
                    k = c + 1;
                    after_name = k;
                }
            } else if j > f && word(j).is_some_and(|w| with_fold(w, |w| w == "par")) {
                // "Mme X, Adjointe par M. Y": the holder right after the
                // function.
                k = j;
            } else if j == tokens.len() || breaks_before(text, &tokens, j) {
                k = j;
                after_name = k;
            }
        }
        // "Jean X absent en début de séance donne pouvoir à Y", "Catherine
        // X, absente ayant donné pouvoir à Y": a few words in lower case on
        // the grantor's line before the proxy verb.
        let mut skipped_to = None;
        let from = if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(','))
            && word(k + 1).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        {
            k + 1
        } else {
            k
        };
        if word(from).is_some_and(|w| !is_proxy_verb(w)) && !breaks_before(text, &tokens, from) {
            let k = from;
            let mut j = k;
            // "Paul X, communauté de communes du Val d'Oust donne pouvoir à
            // Y": the grantor's body, a place's name after a preposition.
            let place_word = |j: usize| {
                j > k
                    && matches!(word(j - 1), Some("de" | "du" | "des" | "d'" | "d’"))
                    && word(j)
                        .is_some_and(|w| people::is_capitalised(w) && people::civility(w).is_none())
            };
            while j < k + 10
                && !breaks_before(text, &tokens, j)
                && (word(j).is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_lowercase) && !is_linking_word(w)
                }) || place_word(j))
            {
                j += 1;
            }
            // "Lise X, absente, représentée par Y": the words closed by a
            // comma; "Paul X, excusé, qui a donné pouvoir à Y", "..., a
            // donné pouvoir à Y": a relative or an auxiliary before the verb.
            let verb_after_comma = |j: usize| {
                let mut m = j + 1;
                if word(m).is_some_and(|w| with_fold(w, |f| f == "qui")) {
                    m += 1;
                }
                if word(m).is_some_and(|w| with_fold(w, |f| matches!(f, "a" | "avait"))) {
                    m += 1;
                }
                word(m).is_some_and(is_linking_word).then_some(m)
            };
            let j = match verb_after_comma(j) {
                Some(m) if j > k && tokens.get(j).is_some_and(|t| t.kind == Kind::Punct(',')) => m,
                _ => j,
            };
            if j > k && word(j).is_some_and(is_linking_word) && line_links(text, &tokens, j) {
                skipped_to = Some(j);
            }
        }
        // "M. X, excusé, quitte la séance à 21h00, après avoir donné
        // pouvoir à Mme Y", "Monsieur X, délégué, présent de 19h à 20h15,
        // donne pouvoir à Y": a clause of words in lower case, times of
        // day and commas, on the grantor's line, then the proxy verb.
        // (A clause that tells a departure, "quitte la séance à 21h00", makes
        // the proxy hold from then: its wording is the proxy's condition.)
        let mut departure = None;
        if skipped_to.is_none()
            && word(from).is_some_and(|w| !is_proxy_verb(w))
            && !breaks_before(text, &tokens, from)
        {
            skipped_to = clause_before_verb(text, &tokens, from);
            if let Some(j) = skipped_to {
                let clause = tokens[from].start..tokens[j - 1].end;
                if with_fold(&text[clause.clone()], |f| {
                    [
                        "quitte",
                        "part ",
                        "depart",
                        "sort ",
                        "absente a",
                        "absent a",
                    ]
                    .iter()
                    .any(|w| f.contains(w))
                }) {
                    departure = Some(clause);
                }
            }
        }
        // "Mme X de la commune de Vaux à Mme Y": under a label of proxies,
        // the grantor's commune after "de", then "à" and the holder, no
        // verb.
        if labelled && skipped_to.is_none() && word(k) == Some("de") {
            let place = |j: usize| {
                matches!(word(j - 1), Some("de" | "d'" | "d’"))
                    && word(j)
                        .is_some_and(|w| people::is_capitalised(w) && people::civility(w).is_none())
            };
            let mut j = k;
            while j < k + 8
                && !breaks_before(text, &tokens, j)
                && word(j).is_some_and(|w| {
                    !matches!(w, "à" | "au")
                        && (matches!(w, "de" | "la" | "l'" | "l’" | "d'" | "d’")
                            || with_fold(w, |f| f == "commune")
                            || place(j))
                })
            {
                j += 1;
            }
            if j > k + 1
                && matches!(word(j), Some("à" | "au"))
                && (k + 1..j).any(place)
                && word(j + 1).is_some_and(|w| people::civility(w).is_some() || people::is_caps(w))
            {
                skipped_to = Some(j);
            }
        }
        if let Some(j) = skipped_to {
            k = j;
        }
        // "Monsieur X a été nommé secrétaire de séance": the list is over.
        let appointed = |w: Option<&str>| {
            w.map(fold).is_some_and(|w| {
                w.starts_with("nomm") || w.starts_with("design") || w.starts_with("elu")
            })
        };
        let tells = match word(k).map(fold).as_deref() {
            Some("a") => word(k + 1).map(fold).as_deref() == Some("ete") && appointed(word(k + 2)),
            Some("est") => appointed(word(k + 1)),
            Some("ete") => appointed(word(k + 1)),
            _ => false,
        };
        // "... à M. Y. Le Maire certifie que ...": a role opening the
        // sentence after the list, its verb no proxy's: the list is over.
        let role_speaks = grantors.iter().all(|g| matches!(g, Mention::Role(..)))
            && word(k).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !is_proxy_verb(w) && !is_linking_word(w)
            })
            && !line_links(text, &tokens, k);
        if tells || role_speaks {
            break;
        }
        let verbs_start = k;
        let mut linked = false;
        loop {
            // "représenté(e) par Y": the written agreement of a verb.
            if k > verbs_start
                && let Some(after) = agreement_mark(text, &tokens, k)
            {
                k = after;
                continue;
            }
            let Some(w) = word(k) else { break };
            // "a donné pouvoir écrit de voter en son nom à Y": words that
            // qualify the proxy between its noun and the holder.
            let qualifier = (k > verbs_start)
                .then(|| {
                    PROXY_QUALIFIERS.iter().find_map(|phrase| {
                        phrase
                            .iter()
                            .enumerate()
                            .all(|(i, p)| word(k + i).is_some_and(|w| fold(w) == *p))
                            .then_some(phrase.len())
                    })
                })
                .flatten();
            if let Some(n) = qualifier {
                k += n;
                continue;
            }
            // "X en faveur de Y": the holder after the phrase.
            if fold(w) == "en"
                && word(k + 1).is_some_and(|n| fold(n) == "faveur")
                && matches!(word(k + 2), Some("de" | "du"))
            {
                k += 3;
                linked = true;
                break;
            }
            if !is_proxy_verb(w) && fold(w) != "a" {
                // "Paul X – A donné pouvoir Anne Y": the proxy's noun, no
                // link, then the holder's name on the same line.
                linked = k > verbs_start
                    && word(k - 1)
                        .is_some_and(|p| with_fold(p, |f| STATUS_PROXY_WORDS.contains(&f)))
                    && w.starts_with(char::is_uppercase)
                    && !breaks_before(text, &tokens, k)
                    && name_in_lines(text, &tokens, k, style).is_some();
                break;
            }
            let f = fold(w);
            k += 1;
            if f == "a" || f == "par" || f == "au" {
                // "a donné": the auxiliary, not the preposition.
                if f == "a"
                    && word(k)
                        .is_some_and(|n| is_proxy_verb(n) && fold(n) != "a" && fold(n) != "par")
                {
                    continue;
                }
                linked = true;
                break;
            }
        }
        if (!linked || k == verbs_start) && past_blank {
            break;
        }
        // "Myriam Z" alone on its line or before a comma: a name without a
        // proxy.
        // "M. X (Artix) M. Y (Biron)": after a place in brackets, the next
        // name's civility ends the name too.
        let ends_here = k == after_name
            && tokens.get(k).is_none_or(|t| {
                matches!(
                    t.kind,
                    Kind::Punct(',') | Kind::Punct(';') | Kind::Punct('.') | Kind::Blank
                ) || breaks_before(text, &tokens, k)
                    || aside_end == Some(k) && word(k).and_then(people::civility).is_some()
            });
        if ends_here && past_blank {
            break;
        }
        if ends_here {
            for g in grantors {
                let r = match &g {
                    Mention::Name(n) => n.whole.clone(),
                    Mention::Role(_, r) => r.clone(),
                };
                names.push((g, r));
            }
            i = k;
            continue;
        }
        if !linked || k == verbs_start {
            unreadable.push(start..tokens.get(k).map_or(range_end, |t| t.end));
            i = next_separator(&tokens, k);
            continue;
        }
        // "a donné pouvoir à partir du point 2 à Olivier X": the range
        // between the proxy words and the holder.
        let mut range_before_holder = None;
        if matches!(word(k).map(fold).as_deref(), Some("partir" | "compter"))
            && let Some(j) = (k + 1..(k + 8).min(tokens.len()))
                .find(|&j| word(j).map(fold).as_deref() == Some("a"))
            && let Some(c) = notes::condition(text, tokens[k - 1].start..tokens[j - 1].end)
        {
            range_before_holder = Some(c);
            k = j + 1;
        }
        // "procuration A m Nicolas X": a civility typed in lower case.
        if matches!(word(k), Some("m" | "mme" | "mr" | "mlle"))
            && word(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            k += 1;
        }
        let Some((holder, after)) = mixed_case_holder(text, &tokens, k, style)
            .or_else(|| name_in_lines(text, &tokens, k, style))
            .or_else(|| civility_and_surname(text, &tokens, k))
        else {
            unreadable.push(start..tokens.get(k).map_or(range_end, |t| t.end));
            i = next_separator(&tokens, k);
            continue;
        };
        // "à Mme Trax M. Vidal ayant donné pouvoir à ...": the next
        // grantor's civility, read as an initial inside the holder's name
        // when the proxy words follow it; the holder ends before it.
        let (holder, after) = match (k + 2..after)
            .find(|&c| word(c).and_then(people::civility).is_some())
            .filter(|_| word(after).is_some_and(is_linking_word))
            .and_then(|c| {
                let before = &tokens[..c];
                name_in_lines(text, before, k, style)
                    .or_else(|| civility_and_surname(text, before, k))
                    .filter(|(_, a)| *a == c)
            }) {
            Some(cut) => cut,
            None => (holder, after),
        };
        // "pouvoir à Renaud Calvat Claudine Goulon pouvoir à ...": in mixed
        // case with no civility, the next grantor's given name (a common
        // one, capitalised, two words or more into the holder) ends it.
        let (holder, after) = match word(after)
            .filter(|w| is_linking_word(w))
            .and_then(|_| {
                (k + 2..after.saturating_sub(1)).find(|&c| {
                    word(c)
                        .is_some_and(|w| people::is_capitalised(w) && given_names::is_given_name(w))
                })
            })
            .and_then(|c| mixed_case_holder(text, &tokens[..c], k, style).filter(|(_, a)| *a == c))
        {
            Some(cut) => cut,
            None => (holder, after),
        };
        let (holder, after) = match next_grantor_family_first(text, &tokens, k, &holder, after) {
            Some(cut) => cut,
            None => (holder, after),
        };
        let mut end = tokens[after - 1].end;
        let mut condition = range_before_holder.unwrap_or_default();
        let mut j = after;
        if tokens.get(j).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, close) = people::in_parens(&tokens, j);
            if let Some(c) = notes::condition(text, inner) {
                condition = c;
            }
            end = tokens[close - 1].end;
            j = close;
        }
        if condition == Condition::default()
            && let Some(c) = lead.or_else(|| scope.clone())
        {
            condition = c;
        }
        if condition == Condition::default() {
            condition.wording = departure;
        }
        for g in grantors {
            found.push(ProxyLine {
                grantor: g,
                holder: holder.clone(),
                condition: condition.clone(),
                range: start..end,
            });
        }
        i = j;
        // "... à Paul Y en date du 26 février 2018, Lise Z ayant donné
        // ...": the day the proxy was given, up to the next separator.
        if let Some(e) = proxy_date_end(text, &tokens, i) {
            i = e;
            continue;
        }
        // "... par M. Y, Maire. M. Z ...", "... par Mme W Conseillère
        // municipale": the holder's function, after a comma or none, up to
        // a separator, the next civility or the line's end.
        let comma = usize::from(tokens.get(i).is_some_and(|t| t.kind == Kind::Punct(',')));
        if word(i + comma).is_some_and(people::is_function_word)
            && !breaks_before(text, &tokens, i + comma)
        {
            let mut e = i + comma + 1;
            while e < tokens.len().min(i + comma + 6)
                && !breaks_before(text, &tokens, e)
                && word(e).is_some_and(|w| {
                    people::is_function_word(w)
                        || people::is_capitalised(w)
                            && !people::is_caps(w)
                            && people::civility(w).is_none()
                            && !is_proxy_verb(w)
                })
            {
                e += 1;
            }
            let ends = tokens.get(e).is_none_or(|t| {
                matches!(t.kind, Kind::Punct(',' | ';' | '.'))
                    || breaks_before(text, &tokens, e)
                    || word(e).and_then(people::civility).is_some()
            }) || word(e).is_some_and(range_follows);
            if ends {
                i = e;
            }
        }
        // "... à Y pour les points 1 et 2", "... jusqu'au point 3": the range
        // written after the holder, up to the next separator or name.
        // (A heading closed by its colon opens the next proxies instead.)
        if word(i).is_some_and(range_follows) && scope_heading(text, &tokens, i).is_none() {
            let from = tokens[i].start;
            let mut e = i;
            while let Some(t) = tokens.get(e) {
                // ("19 H 05": the hour's letter of a clock time is no name.)
                let is_name_start = t.kind == Kind::Word && {
                    let w = &text[t.start..t.end];
                    let hour =
                        matches!(w, "H" | "h") && e > 0 && tokens[e - 1].kind == Kind::Number;
                    people::civility(w).is_some() || people::is_caps(w) && !hour
                };
                if is_name_start
                    || matches!(t.kind, Kind::Punct(',') | Kind::Punct(';') | Kind::Blank)
                    || (e > i && breaks_before(text, &tokens, e))
                {
                    break;
                }
                e += 1;
            }
            let to = tokens.get(e.max(i + 1) - 1).map_or(from, |t| t.end);
            if let Some(c) = notes::condition(text, from..to) {
                for p in found.iter_mut().rev().take_while(|p| p.range.end <= from) {
                    if p.condition == Condition::default() {
                        p.condition = c.clone();
                    }
                }
                i = e;
                continue;
            }
        }
        // "... à M. Y, communauté de communes du Val – M. Z donne ...": the
        // holder's body after a comma, two words or more up to a dash, a
        // semicolon, the line's end or the next civility.
        if tokens.get(i).is_some_and(|t| t.kind == Kind::Punct(','))
            && word(i + 1).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase) && w != "et" && !is_linking_word(w)
            })
        {
            let mut e = i + 1;
            while e < tokens.len().min(i + 12)
                && !breaks_before(text, &tokens, e)
                && word(e).is_some_and(|w| people::civility(w).is_none() && !is_linking_word(w))
            {
                e += 1;
            }
            let stops = tokens.get(e).is_none_or(|t| {
                matches!(t.kind, Kind::Punct('-' | '–' | ';'))
                    || breaks_before(text, &tokens, e)
                    || word(e).and_then(people::civility).is_some()
            });
            if e > i + 2 && stops {
                let dash = tokens
                    .get(e)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')));
                i = e + usize::from(dash);
                continue;
            }
        }
        // After a proxy, only a separator, a scope heading or another proxy
        // may follow.
        if scope_heading(text, &tokens, i).is_some() {
            continue;
        }
        if let Some(t) = tokens.get(i)
            && t.kind == Kind::Word
            && word(i)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && w != "et")
        {
            // "... à Philippe Y pour toutes les délibérations (est arrivé
            // ensuite)": a remark to the end of the line, then the next proxy.
            let line_end =
                (i + 1..tokens.len().min(i + 30)).find(|&e| breaks_before(text, &tokens, e));
            match line_end {
                Some(e) if !past_blank => {
                    i = e;
                    continue;
                }
                _ => break,
            }
        }
    }
    // "M. André X à M. René Y (son suppléant)": a procuration to the
    // member's own substitute, who sits in the member's place: a
    // substitution, not a proxy.
    let (own, found): (Vec<ProxyLine>, Vec<ProxyLine>) = found
        .into_iter()
        .partition(|l| own_substitute_after(text, l.range.clone()));
    substituted.extend(own.into_iter().map(|l| Substitution {
        member: l.grantor,
        by: l.holder,
        range: l.range,
    }));
    ProxiesAndNames {
        lines: found,
        names,
        unreadable,
        substituted,
    }
}

/// Whether a proxy's holder, read in `text[line]`, is qualified right after
/// as the grantor's own substitute: "(son suppléant)", "(sa suppléante)",
/// within the line or right after it.
fn own_substitute_after(text: &str, line: Range<usize>) -> bool {
    let own = |bracket: &str| {
        with_fold(bracket, |f| {
            f.starts_with("(son suppl") || f.starts_with("(sa suppl")
        })
    };
    let after = text[line.end..].trim_start_matches([' ', '\t']);
    let after = &after[..after.floor_char_boundary(after.len().min(24))];
    let within = &text[line.clone()];
    own(after)
        || within.trim_end().ends_with(')')
            && within.rfind('(').is_some_and(|open| own(&within[open..]))
}

/// The end of the day a proxy was given, written after its holder and
/// before a separator or the list's end: "en date du 26 février 2018", "le
/// 3 mars 2020", "du 02/03/2020". None unless the words from `tokens[i]`
/// are those of a date only, a figure among them.
fn proxy_date_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| people::Words { text, tokens }.word(k).map(fold);
    if !matches!(word(i).as_deref(), Some("en" | "le" | "du")) {
        return None;
    }
    let (mut figure, mut month) = (false, false);
    let mut e = i;
    while let Some(t) = tokens.get(e) {
        match t.kind {
            Kind::Number => figure = true,
            Kind::Punct('/') => month = true,
            Kind::Word => match word(e).as_deref() {
                Some("en" | "date" | "du" | "le") => {}
                Some(w) if super::date::month_number(w).is_some() => month = true,
                _ => return None,
            },
            _ => break,
        }
        e += 1;
        if e > i + 8 {
            return None;
        }
    }
    let separator = tokens.get(e).is_none_or(|t| {
        matches!(
            t.kind,
            Kind::Punct(',' | ';' | '.') | Kind::Newline | Kind::Blank
        )
    });
    (figure && month && separator).then_some(e)
}

/// "durant toute la séance :", "à partir de l'affaire n° 4 :", "de la
/// question 2 à la question 5 :": a heading over the proxies (or the names)
/// that follow it, read at `tokens[i]` up to its colon; the questions it
/// gives (None for the whole sitting) and the token after the colon. Only
/// words in lower case after the first, figures and punctuation stand
/// before the colon: no name.
pub(crate) fn scope_heading(
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Option<(Option<Condition>, usize)> {
    let colon = (i + 1..tokens.len().min(i + 14)).find(|&k| tokens[k].kind == Kind::Punct(':'))?;
    let words_ok = (i..colon).all(|k| match tokens[k].kind {
        Kind::Word => {
            k == i
                || text[tokens[k].start..tokens[k].end]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_uppercase())
        }
        Kind::Number | Kind::Punct(_) => true,
        _ => false,
    });
    if !words_ok || tokens[i].kind != Kind::Word {
        return None;
    }
    let range = tokens[i].start..tokens[colon - 1].end;
    let f = fold(&text[range.clone()]);
    let whole = crate::text::regex!(
        r"^(?:durant|pendant|pour|sur)\s+(?:toute|l'ensemble de)\s+la\s+(?:duree\s+de\s+la\s+)?seance$"
    );
    if whole.is_match(&f) {
        return Some((None, colon + 1));
    }
    let opens = crate::text::regex!(r"^(?:a partir|a compter|jusqu|de |du |des |pour )");
    if !opens.is_match(&f) || !f.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = notes::condition(text, range)?;
    (c.from.is_some() || c.until.is_some() || c.wording.is_some()).then_some((Some(c), colon + 1))
}

/// Where the scope headings ([`scope_heading`]) stand in `text[range]`.
pub(crate) fn scope_headings_in(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let tokens = people::inline(people::tokenize(text, range));
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match scope_heading(text, &tokens, i) {
            Some((_, after)) => {
                found.push(tokens[i].start..tokens[after - 1].end);
                i = after;
            }
            None => i += 1,
        }
    }
    found
}

/// A word that opens the range of a proxy written after its holder:
/// "pour les points 1 et 2", "jusqu'au point 3".
/// "durant son absence 19 H 05 – 19 H 50", "après son départ 20 H 10":
/// the stretch a proxy covers, told by the grantor's absence or movement.
fn range_follows(w: &str) -> bool {
    matches!(
        fold(w).as_str(),
        "pour" | "jusqu'au" | "jusqu'a" | "a" | "des" | "sur" | "durant" | "pendant" | "apres"
    )
}

/// Proxies written "X à Y" with a side box of counts woven between them
/// ("Présents : 17 Paul X à Anne Y Procurations : 7 Luc Z à Eve W 44 Guy V
/// à Ida U"): the box's labels with their figures ([`margin_count`]), and
/// its bare figures, each between a holder's name and the next grantor's,
/// dropped. Only where two proxies at least are written "X à Y" and a box's
/// label stands between two of them or before the first.
fn drop_box_counts(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let word = |k: usize| {
        people::Words {
            text,
            tokens: &tokens,
        }
        .word(k)
    };
    let capitalised = |k: usize| word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    let pairs = (1..tokens.len())
        .filter(|&k| matches!(word(k), Some("à" | "À")) && capitalised(k - 1) && capitalised(k + 1))
        .count();
    // A box's label, with its count or without, ends on a colon: no colon,
    // no box (the scan below for one would find none).
    if pairs < 2 || !tokens.iter().any(|t| t.kind == Kind::Punct(':')) {
        return tokens;
    }
    // A box's label opens on a capitalised word, after a name's last word
    // or at the start, and a capitalised word follows its figure.
    let label_at = |k: usize, after_label: bool| {
        ((k == 0 || after_label || capitalised(k - 1)) && capitalised(k))
            .then(|| margin_count(text, &tokens, k))
            .flatten()
            // ("Présents : 16 – Suffrages exprimés : 23": a dash between.)
            .map(|after| {
                after
                    + usize::from(
                        tokens
                            .get(after)
                            .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–'))),
                    )
            })
            .filter(|&after| capitalised(after))
            // Words of a label, no name in capitals nor "à" among them.
            .filter(|&after| {
                (k..after).all(|j| {
                    word(j).is_none_or(|w| {
                        !matches!(w, "à" | "À")
                            && (!people::is_caps(w)
                                || with_fold(w, |f| {
                                    MARGIN_WORDS.contains(&f) || f == "procurations"
                                }))
                    })
                })
            })
    };
    // "... à Anne SAMSON Conseillers présents : Paul X à ...", "... à Eve
    // W délibérantes : Luc Z à ...": a box's label with no figure, a few
    // words in lower case or capitalised after a holder in capitals, its
    // colon, then a name. A box is woven in when one holds a margin word.
    let bare_label_at = |k: usize| -> Option<(usize, bool)> {
        if k == 0 || !word(k - 1).is_some_and(people::is_caps) {
            return None;
        }
        let colon = (k..tokens.len().min(k + 5)).find(|&j| word(j).is_none())?;
        let margin = (k..colon)
            .any(|j| word(j).is_some_and(|w| with_fold(w, |f| MARGIN_WORDS.contains(&f))));
        (colon > k
            && tokens[colon].kind == Kind::Punct(':')
            && capitalised(colon + 1)
            && (k..colon).all(|j| {
                word(j).is_some_and(|w| !matches!(w, "à" | "À" | "a") && !people::is_caps(w))
            }))
        .then_some((colon + 1, margin))
    };
    if !(0..tokens.len())
        .any(|k| label_at(k, false).is_some() || bare_label_at(k).is_some_and(|(_, m)| m))
    {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0;
    // Right after a label dropped: another may follow ("Nbre de conseillers
    // en exercice : 27 Présents : 17").
    let mut after_label = false;
    while k < tokens.len() {
        if let Some(after) = label_at(k, after_label) {
            k = after;
            after_label = true;
            continue;
        }
        if let Some((after, _)) = bare_label_at(k) {
            k = after;
            after_label = true;
            continue;
        }
        // "... à Anne SAMSON Suppléants ayant voix Paul X à ...": a box's
        // words with no colon, some in lower case, after a holder in
        // capitals and before the next proxy (its "à" within four words).
        if k > 0
            && (after_label || word(k - 1).is_some_and(people::is_caps))
            && let Some(link) =
                (k + 2..tokens.len().min(k + 10)).find(|&m| matches!(word(m), Some("à" | "À")))
            // The grantor: the capitalised words right before "à", from a
            // given name among them ("du Maire Vincent MAUBESON à").
            && let Some(next) = (k + 1..link)
                .rev()
                .take_while(|&j| capitalised(j))
                .filter(|&j| word(j).is_some_and(given_names::is_given_name))
                .last()
            && (k..next).all(|j| {
                word(j).is_some_and(|w| !matches!(w, "à" | "À" | "a"))
                    || matches!(tokens[j].kind, Kind::Punct('\'' | '’'))
            })
            && (k..next).any(|j| {
                word(j).is_some_and(|w| w.starts_with(char::is_lowercase) && !people::is_particle(w))
            })
        {
            k = next;
            continue;
        }
        after_label = false;
        // "... à Anne SAMSON 44 Marc MONRINAUD à ...": a bare figure between
        // a holder in capitals and the next name.
        if tokens[k].kind == Kind::Number
            && k > 0
            && word(k - 1).is_some_and(people::is_caps)
            && capitalised(k + 1)
        {
            k += 1;
            continue;
        }
        out.push(tokens[k]);
        k += 1;
    }
    out
}

/// After a margin's count at `tokens[i]`: up to three words, one of them a
/// margin word ("votants", "en exercice"), a colon and a figure; up to six
/// words for a box's longer labels ("Nbre de conseillers en exercice : 27",
/// "Suffrages exprimés : 24", "Procurations : 7").
fn margin_count(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    let mut margin = false;
    while k < i + 6 && tokens.get(k).is_some_and(|t| t.kind == Kind::Word) {
        margin |= with_fold(&text[tokens[k].start..tokens[k].end], |f| {
            MARGIN_WORDS.contains(&f)
                || matches!(f, "procurations" | "suffrages" | "exprimes" | "nbre")
        });
        k += 1;
    }
    (margin
        && tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':'))
        && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Number))
    .then_some(k + 2)
}

fn next_separator(tokens: &[Token], from: usize) -> usize {
    tokens[from.min(tokens.len())..]
        .iter()
        .position(|t| matches!(t.kind, Kind::Punct(',') | Kind::Punct(';') | Kind::Newline))
        .map_or(tokens.len(), |p| from + p + 1)
}

/// The column of holders of a flattened attendance table, the first in
/// `text[within]`: a run of cells "Par" and a name, each with a civility,
/// where a later column (or the next status's cell) put it apart from the
/// members represented ("Étaient représentés Mme X Anne M. Y Paul ... Par
/// M. Z Luc Par Mme W Eve"). The run's range and its names, in order;
/// `None` without such a cell.
///
/// ```text
/// "Par M. ZOLA Luc Par Mme VERT Eve\n\nMme TRAX Ida" -> ZOLA, VERT
/// "représenté par M. ZOLA Luc"                       -> none ("par" in prose)
/// ```
pub(crate) fn holders_column(
    text: &str,
    within: Range<usize>,
) -> Option<(Range<usize>, Vec<Name>)> {
    // A cell: "Par" capitalised at a word start, then a civility.
    let cell_at = |at: usize| -> Option<usize> {
        let rest = text[at..within.end].strip_prefix("Par")?;
        let after = rest.trim_start_matches([' ', '\u{a0}']);
        let civility = after.split([' ', '\n']).next()?;
        (after.len() < rest.len() && people::civility(civility).is_some())
            .then(|| within.end - after.len())
    };
    let start = text[within.clone()]
        .match_indices("Par ")
        .map(|(p, _)| within.start + p)
        .find(|&p| {
            text[..p]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
                && cell_at(p).is_some()
        })?;
    let mut names = Vec::new();
    let mut at = start;
    let mut end = start;
    while let Some(name_start) = cell_at(at) {
        // The cell ends at the next cell, at a blank line or at a line's end.
        let hay = &text[name_start..within.end];
        let cell_end = [hay.find(" Par "), hay.find("\nPar "), hay.find('\n')]
            .into_iter()
            .flatten()
            .min()
            .map_or(within.end, |p| name_start + p);
        let name = people::lone_name(text, name_start..cell_end)?;
        if !text[name.whole.end..cell_end].trim().is_empty() {
            return None;
        }
        names.push(name);
        end = cell_end;
        let rest = &text[cell_end..within.end];
        let next = rest.trim_start_matches([' ', '\u{a0}', '\n']);
        // Cells on one line or on lines of their own, not past a blank line.
        if rest[..rest.len() - next.len()].contains("\n\n") {
            break;
        }
        at = within.end - next.len();
    }
    (!names.is_empty()).then_some((start..end, names))
}

/// What follows a proxy's keyword ("pouvoir", "procuration",
/// "représenté par") where the lists' reading left it out: the holder,
/// read as one person, or the text cut before its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HolderAfter {
    /// "pouvoir à M. Paul X, 3° Vice-président": the holder, and where its
    /// name ends.
    Read(Mention, usize),
    /// "pouvoir à Mme Od" as the text's last words: a name cut, or none
    /// written before the text's end.
    Cut,
    /// Anything else: no link word, or no person after it.
    Unread,
}

/// The holder written right after a proxy keyword ending at `from`, within
/// `from..ceiling`: past its link ("à", "au", "par", "en faveur de"), one
/// person read with the name reader ("pouvoir à Monsieur Paul X, 3°
/// Vice-président", "(pouvoir à X Anne)"). A keyword that ends with its
/// own link ("représentée par") needs none. A name cut by the text's end in
/// its family name, or nothing but a word fragment left after the link, is
/// [`HolderAfter::Cut`].
pub(crate) fn holder_after(text: &str, from: usize, ceiling: usize, linked: bool) -> HolderAfter {
    let end = text.floor_char_boundary(ceiling.min(from + 160).max(from));
    let tokens = people::inline(people::strip_margin(
        text,
        people::tokenize(text, from..end),
    ));
    let w = people::Words {
        text,
        tokens: &tokens,
    };
    let mut i = 0;
    if w.is(0, Kind::Punct(':')) {
        i += 1;
    }
    let link = |k: usize| w.word(k).map(fold).unwrap_or_default();
    let mut link_read = linked;
    // ("pouvoir donné à Y", "procuration écrite à Y".)
    if matches!(link(i).as_str(), "donne" | "donnee" | "ecrit" | "ecrite")
        && matches!(link(i + 1).as_str(), "a" | "au")
    {
        i += 1;
    }
    if !link_read {
        match link(i).as_str() {
            "a" | "au" | "par" => {
                i += 1;
                link_read = true;
            }
            "en" if link(i + 1) == "faveur" && matches!(link(i + 2).as_str(), "de" | "du") => {
                i += 3;
                link_read = true;
            }
            _ => {}
        }
    }
    if !link_read {
        return HolderAfter::Unread;
    }
    let Some(start) = tokens.get(i).map(|t| t.start) else {
        return if text[from..].trim().is_empty() || end < ceiling {
            HolderAfter::Unread
        } else {
            HolderAfter::Cut
        };
    };
    // "à ma" as the text's last words: the name lost.
    let rest = text[start..].trim_end();
    if rest.split_whitespace().count() <= 1 && !rest.ends_with(['.', ',', ';', ')']) {
        return HolderAfter::Cut;
    }
    let style = NameStyle::guess(text, &tokens[i..]);
    let read = [
        style,
        NameStyle {
            mixed: true,
            ..style
        },
    ]
    .into_iter()
    .find_map(|style| people::name_at(text, &tokens, i, style));
    match read {
        Some((Mention::Name(n), _)) if !stands_for_no_one(text, &n) => {
            // The text's last words: a family name in mixed case there
            // ("Mme Od") is a given name cut, its family name lost; one in
            // capitals is kept, whole or not ("MIGAN Jea", "Luc MIGAN").
            if text[n.whole.end..].trim().is_empty()
                && n.given.as_ref().is_none_or(|g| g.start < n.family.start)
                && !text[n.family.clone()]
                    .split_whitespace()
                    .any(people::is_caps)
            {
                return HolderAfter::Cut;
            }
            let end = n.whole.end;
            HolderAfter::Read(Mention::Name(n), end)
        }
        Some((role @ Mention::Role(..), _)) => {
            let Mention::Role(_, r) = &role else {
                unreachable!()
            };
            let end = r.end;
            HolderAfter::Read(role, end)
        }
        _ => HolderAfter::Unread,
    }
}

/// Whether a name read is a function or a label's word rather than a
/// person ("Conseillère Communautaire", "Procurations").
fn stands_for_no_one(text: &str, n: &Name) -> bool {
    text[n.whole.clone()]
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|x| !x.is_empty())
        .any(|x| {
            people::is_function_word(x)
                || with_fold(x, |f| STATUS_PROXY_WORDS.iter().any(|p| f.starts_with(p)))
        })
        || n.civility.is_none()
            && n.given.is_none()
            && !text[n.family.clone()].chars().any(char::is_uppercase)
}

/// The grantor written right before a proxy keyword starting at `to`,
/// after `floor` (the previous proxy's end, a label's): the nearest person
/// read with the name reader from a separator, a civility or `floor`, with
/// nothing between it and the keyword but what a grantor's status says:
/// punctuation, words in lower case ("excusé, a donné", "par", "qui
/// donne"), a function and its qualifier ("Conseillère Communautaire"), a
/// bracket ("X Anne (pouvoir à Y)"). Another name on the way, or none read:
/// `None`.
pub(crate) fn grantor_before(text: &str, floor: usize, to: usize) -> Option<Mention> {
    let from = text.floor_char_boundary(floor.max(to.saturating_sub(160)));
    let tokens = people::inline(people::tokenize(text, from..to));
    let w = people::Words {
        text,
        tokens: &tokens,
    };
    let opens = |k: usize| {
        k == 0
            || matches!(
                tokens[k - 1].kind,
                Kind::Punct(',' | ';' | ':' | '(' | ')' | '•' | '-' | '–' | '/')
                    | Kind::Newline
                    | Kind::Blank
            )
            || w.word(k).and_then(people::civility).is_some()
    };
    let style = NameStyle::guess(text, &tokens);
    // Nearest first; a few names back at most.
    for k in (0..tokens.len()).rev().take(24) {
        let Some(word) = w.word(k) else { continue };
        if !opens(k) || word.starts_with(char::is_lowercase) || people::is_function_word(word) {
            continue;
        }
        let read = [
            style,
            NameStyle {
                mixed: true,
                ..style
            },
        ]
        .into_iter()
        .find_map(|style| people::name_at(text, &tokens, k, style));
        let Some((mention, j)) = read else { continue };
        if let Mention::Name(n) = &mention
            && stands_for_no_one(text, n)
        {
            return None;
        }
        return status_only(w, j).then_some(mention);
    }
    None
}

/// Whether `tokens[j..]` say only a grantor's status between its name and
/// the proxy's keyword: ", excusé, a donné", "par", ", Conseillère
/// Communautaire,", "(".
fn status_only(w: people::Words<'_>, j: usize) -> bool {
    let mut after_function = false;
    w.tokens.len() - j <= 10
        && (j..w.tokens.len()).all(|k| match w.tokens[k].kind {
            Kind::Punct(',' | '(' | ':' | '-' | '–' | ';') | Kind::Newline => true,
            Kind::Number => {
                after_function
                    || w.is(k + 1, Kind::Word)
                        && w.word(k + 1).is_some_and(people::is_function_word)
            }
            Kind::Word => {
                let word = w.word(k).unwrap_or("");
                if people::is_function_word(word) {
                    after_function = true;
                    true
                } else if word.starts_with(char::is_lowercase) {
                    true
                } else {
                    // "Communautaire", "Municipal": a function's qualifier,
                    // never a name in capitals.
                    after_function && !people::is_caps(word)
                }
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(text: &str, m: &Mention) -> String {
        match m {
            Mention::Name(n) => text[n.family.clone()].to_string(),
            Mention::Role(r, _) => format!("{r:?}"),
        }
    }

    #[track_caller]
    fn check(text: &str, expected: &[(&str, &str, Option<u32>, Option<u32>)]) {
        let found = proxies(text, 0..text.len()).lines;
        let got: Vec<(String, String, Option<u32>, Option<u32>)> = found
            .iter()
            .map(|p| {
                (
                    family(text, &p.grantor),
                    family(text, &p.holder),
                    p.condition.from,
                    p.condition.until,
                )
            })
            .collect();
        let expected: Vec<(String, String, Option<u32>, Option<u32>)> = expected
            .iter()
            .map(|&(a, b, f, u)| (a.to_string(), b.to_string(), f, u))
            .collect();
        assert_eq!(got, expected, "reading {text:?}");
    }

    #[test]
    fn stretches_told_by_the_clock_after_mixed_case_holders() {
        check(
            "- Mme TISSERAND à M. le Maire jusqu'à son arrivée 18 H 40 - M. FAURIEL à Mme Brunet durant son absence 19 H 05 – 19 H 50 - M. CHAPELLE à M. Lacombe après son départ 20 H 10 - Mme ESCOFFIER à Mme Moreau.",
            &[
                ("TISSERAND", "Mayor", None, None),
                ("FAURIEL", "Brunet", None, None),
                ("CHAPELLE", "Lacombe", None, None),
                ("ESCOFFIER", "Moreau", None, None),
            ],
        );
    }

    #[test]
    fn an_arrow_or_its_garbled_mark_before_the_proxy_words() {
        check(
            "Mme Anne TRAX \" pouvoir à M. Paul PONS ñ M. Luc MAS → pouvoir à Mme Lise VIAL.",
            &[("TRAX", "PONS", None, None), ("MAS", "VIAL", None, None)],
        );
    }

    #[test]
    fn a_comma_before_the_bare_link_and_in_favour_of() {
        check(
            "ARNAL Paul, à Lise BOREL, CAROT Marc, à Anne DAMAS.",
            &[
                ("ARNAL", "BOREL", None, None),
                ("CAROT", "DAMAS", None, None),
            ],
        );
        check(
            "M. Yves EYRAL en faveur de Mme Rose FABRE.",
            &[("EYRAL", "FABRE", None, None)],
        );
    }

    #[test]
    fn a_table_column_by_column_then_proxies_in_line() {
        let text = "Paul ARNAL Lise BOREL a donné pouvoir à Marc CAROT a donné pouvoir à Anne DAMAS Yves EYRAL a donné pouvoir à Rose FABRE";
        let pairs: Vec<(String, String)> = proxies_and_names(text, 0..text.len(), false)
            .lines
            .iter()
            .map(|l| (family(text, &l.grantor), family(text, &l.holder)))
            .collect();
        assert_eq!(
            pairs,
            [("ARNAL", "CAROT"), ("BOREL", "DAMAS"), ("EYRAL", "FABRE")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
    }

    #[test]
    fn a_side_box_of_counts_woven_between_proxies_with_no_separator() {
        check(
            "Nbre de conseillers en exercice : 15 Présents : 9 Anne ARNAL à Paul BOREL Procurations : 3 Luc CAROT à Eve DAMAS 12 Guy EYRAL à Ida FABRE Conseillers présents : Yves GARNIER à Lise HAMEL",
            &[
                ("ARNAL", "BOREL", None, None),
                ("CAROT", "DAMAS", None, None),
                ("EYRAL", "FABRE", None, None),
                ("GARNIER", "HAMEL", None, None),
            ],
        );
    }

    #[test]
    fn a_margin_count_woven_between_proxies() {
        check(
            "Mesdames et Messieurs CALVIGNE à BELVEZE , votants : 11 DUMAS à GRANGE, TRAX à MOULIN.",
            &[
                ("CALVIGNE", "BELVEZE", None, None),
                ("DUMAS", "GRANGE", None, None),
                ("TRAX", "MOULIN", None, None),
            ],
        );
    }

    #[test]
    fn the_day_a_proxy_was_given_after_its_holder() {
        check(
            "Lise AUDRAN ayant donné pouvoir à Paul BERGON en date du 2 mars 2020, Marc CRESPIN ayant donné pouvoir à Anne DOLLET le 03/03/2020, Eva FABRE ayant donné pouvoir à Guy GIRON en date du 3 mars 2020.",
            &[
                ("AUDRAN", "BERGON", None, None),
                ("CRESPIN", "DOLLET", None, None),
                ("FABRE", "GIRON", None, None),
            ],
        );
    }

    #[test]
    fn a_sentence_leading_in_to_the_list() {
        check(
            "Madame la Présidente dépose sur le bureau les pouvoirs de vote de : M. AUDRAN à M. BERGON, Mme CRESPIN à M. DOLLET.",
            &[
                ("AUDRAN", "BERGON", None, None),
                ("CRESPIN", "DOLLET", None, None),
            ],
        );
    }

    #[test]
    fn proxy_noun_with_its_ligature_lost() {
        check(
            "Monsieur Paul AUDRAN a donné procuraon à Monsieur Marc BERGON",
            &[("AUDRAN", "BERGON", None, None)],
        );
    }

    #[test]
    fn the_holder_first_voting_in_the_name_of_the_grantor() {
        check(
            "Madame VIGUIER a déposé un pouvoir pour voter au nom de Monsieur ROSSET Monsieur TALON a déposé un pouvoir pour voter au nom de Madame ESTIVAL.",
            &[
                ("ROSSET", "VIGUIER", None, None),
                ("ESTIVAL", "TALON", None, None),
            ],
        );
    }

    #[test]
    fn holder_in_mixed_case_after_a_civility() {
        check(
            "Mr Paul AUDRAN à Mr Michel Dufresnel, Mme Lise BERGON à Mr GASTON",
            &[
                ("AUDRAN", "Dufresnel", None, None),
                ("BERGON", "GASTON", None, None),
            ],
        );
    }

    #[test]
    fn functions_around_a_proxy_by_par() {
        check(
            "Mme VIGNAL, Adjointe par M. CORBIN, Maire jusqu'à 21h10. M. DESROCHES, Adjoint par Mme FAURIEL, Adjointe. M. GERMAIN, Conseiller Municipal, par M. HAUTBOIS, Conseiller Municipal M. JUSSIEU, Conseiller Municipal, par Mme LORTAL Conseillère Municipale.",
            &[
                ("VIGNAL", "CORBIN", None, None),
                ("DESROCHES", "FAURIEL", None, None),
                ("GERMAIN", "HAUTBOIS", None, None),
                ("JUSSIEU", "LORTAL", None, None),
            ],
        );
    }

    #[test]
    fn grantors_introduced_by_par() {
        check(
            "par Monsieur BRETEAU Alain à Lucie MORVAN, par M. CAZES à M. DOLET",
            &[
                ("BRETEAU", "MORVAN", None, None),
                ("CAZES", "DOLET", None, None),
            ],
        );
    }

    #[test]
    fn mixed_case_holders_end_at_the_next_grantors_given_name() {
        check(
            "Olivier Bastide pouvoir à Gérard Fontanel Martine Escudier pouvoir à Paul Rességuier",
            &[
                ("Bastide", "Fontanel", None, None),
                ("Escudier", "Rességuier", None, None),
            ],
        );
    }

    #[test]
    fn holders_given_first_end_before_the_next_grantors_family_name() {
        check(
            "TOURNIER Léa donnant pouvoir à Nadine VASSEUR MARCHAND Paul a donné procuration à \
             Thierry LE GALL DU PLESSIS Anne représentée par Hélène PRUVOST",
            &[
                ("TOURNIER", "VASSEUR", None, None),
                ("MARCHAND", "LE GALL", None, None),
                ("DU PLESSIS", "PRUVOST", None, None),
            ],
        );
    }

    #[test]
    fn holders_in_brackets_between_dashes() {
        // (Normalised: the en dash is a hyphen.)
        check(
            "LUTZ Bernard (KIEFFER Alain) - MULLER Irène (JOST Denise) - SCHOTT Paul (ECKERT Louis)",
            &[
                ("LUTZ", "KIEFFER", None, None),
                ("MULLER", "JOST", None, None),
                ("SCHOTT", "ECKERT", None, None),
            ],
        );
        // Capitals without their accent: "A" for "à".
        check(
            "BRIGITTE DEVOS A HERVE DUQUESNOY, THIERRY CAULIER A SYLVIE CARPENTIER",
            &[
                ("DEVOS", "DUQUESNOY", None, None),
                ("CAULIER", "CARPENTIER", None, None),
            ],
        );
    }

    #[test]
    fn proxies_paired_respectively() {
        check(
            "Mesdames AUBRY, COSTE, Messieurs RAIVIR qui ont donné respectivement procuration à Messieurs BLANC, PETIT, Madame NOIR.",
            &[
                ("AUBRY", "BLANC", None, None),
                ("COSTE", "PETIT", None, None),
                ("RAIVIR", "NOIR", None, None),
            ],
        );
        // A civility left without its name holds a rank: its holder is
        // nobody's here.
        check(
            "Mesdames AUBRY, COSTE, Messieurs , RAIVIR qui ont donné respectivement procuration à Messieurs BLANC, PETIT, GROS, Madame NOIR.",
            &[
                ("AUBRY", "BLANC", None, None),
                ("COSTE", "PETIT", None, None),
                ("RAIVIR", "NOIR", None, None),
            ],
        );
        // As many holders as grantors, or no pairing is guessed.
        let text = "Mesdames AUBRY, COSTE qui ont donné respectivement procuration à Messieurs BLANC, PETIT, GROS.";
        assert!(respectively(text, &people::tokenize(text, 0..text.len())).is_none());
    }

    #[test]
    fn holders_in_mixed_case_among_capitals() {
        check(
            "FABRE Maud (adjointe), qui donne procuration à Hélène Dumas.\nGIRON André, qui donne procuration à Denis Eloy.",
            &[
                ("FABRE", "Dumas", None, None),
                ("GIRON", "Eloy", None, None),
            ],
        );
    }

    #[test]
    fn a_status_between_commas_before_the_proxy() {
        check(
            "Paul TROD, excusé, qui a donné pouvoir à Luc TRAX Anne COTY, excusée, a donné pouvoir à Léa VIAL",
            &[("TROD", "TRAX", None, None), ("COTY", "VIAL", None, None)],
        );
    }

    #[test]
    fn a_relative_before_the_proxy_noun_and_a_passive_after() {
        check(
            "Mme Lise BON dont pouvoir est donné à M. Paul VENT, M. Jean DOUX dont procuration est donnée à Mme Anne TRAX",
            &[("BON", "VENT", None, None), ("DOUX", "TRAX", None, None)],
        );
    }

    #[test]
    fn a_table_flattened_column_after_column() {
        check(
            "Bernard Morel Christine Di Luca Etienne Vasseur-Roy pouvoir à Paul Amiel pouvoir à Anne Trod pouvoir à Marc Colin",
            &[
                ("Morel", "Amiel", None, None),
                ("Di Luca", "Trod", None, None),
                ("Vasseur-Roy", "Colin", None, None),
            ],
        );
        // One holder fewer than the grantors: no pairing is guessed.
        let text = "Bernard Morel Christine Di Luca Etienne Vasseur pouvoir à Paul Amiel pouvoir à Anne Trod";
        let toks = people::inline(people::tokenize(text, 0..text.len()));
        assert!(column_after_column(text, &toks).is_none());
    }

    #[test]
    fn a_table_flattened_word_after_word() {
        check(
            "Monsieur ALBERO\nMadame CASTAGNE\nMonsieur VIDAL\na\na\na\ndonné\ndonné\ndonné\npouvoir\npouvoir\npouvoir\nà\nà\nà\nMadame LORIOT\nMonsieur le Maire\nMonsieur BRESSE\n",
            &[
                ("ALBERO", "LORIOT", None, None),
                ("CASTAGNE", "Mayor", None, None),
                ("VIDAL", "BRESSE", None, None),
            ],
        );
        // One "donné" short: no pairing is guessed.
        let text = "Monsieur ALBERO\nMadame CASTAGNE\na\na\ndonné\npouvoir\npouvoir\nà\nà\nMadame LORIOT\nMonsieur BRESSE";
        let toks = people::inline(people::tokenize(text, 0..text.len()));
        assert!(word_after_word(text, &toks).is_none());
    }

    #[test]
    fn a_substitute_among_proxies() {
        let text = "BOLIVAR Anne, suppléée par DORIAC Paul CARMONT Lise, pouvoir à AMBRE Luc";
        let read = proxies(text, 0..text.len());
        assert!(read.unreadable.is_empty());
        let s = &read.substituted[0];
        assert_eq!(
            (family(text, &s.member), family(text, &s.by)),
            ("BOLIVAR".into(), "DORIAC".into())
        );
        check(text, &[("CARMONT", "AMBRE", None, None)]);
    }

    #[test]
    fn proxies_grouped_by_civility_and_from_a_time() {
        check(
            "Mmes : RENAUD Céline à M. BERTRAND Luc, MM : GOFFIN Paul à M. FOSSIER Alain\nA partir de 20h11 M. DEVAUX Yann à M. PONSART Rémi",
            &[
                ("RENAUD", "BERTRAND", None, None),
                ("GOFFIN", "FOSSIER", None, None),
                ("DEVAUX", "PONSART", None, None),
            ],
        );
        let text = "A partir de 20h11 M. DEVAUX Yann à M. PONSART Rémi";
        let found = proxies(text, 0..text.len()).lines;
        assert!(found[0].condition.wording.is_some());
    }

    #[test]
    fn a_civility_in_lower_case() {
        check(
            "Mme Anne BOLIVAR a donné procuration A m Paul DORIAC Mme Lise CARMONT a donné procuration à M Luc AMBRE",
            &[
                ("BOLIVAR", "DORIAC", None, None),
                ("CARMONT", "AMBRE", None, None),
            ],
        );
    }

    #[test]
    fn the_next_grantors_civility_after_a_holder_in_mixed_case() {
        check(
            "M. Tardieu ayant donné pouvoir à Mme Vannier M. Rossel ayant donné pouvoir à M. Oudin Mme Gache ayant donné pouvoir à Mme Pelras",
            &[
                ("Tardieu", "Vannier", None, None),
                ("Rossel", "Oudin", None, None),
                ("Gache", "Pelras", None, None),
            ],
        );
    }

    #[test]
    fn a_proxy_given_written_after_its_noun() {
        let text = "Anne Bolivar (procuration donnée à Paul Doriac), Lise Carmont";
        let found = proxies(text, 0..text.len()).lines;
        assert_eq!(family(text, &found[0].holder), "Doriac");
    }

    #[test]
    fn the_members_bodies_after_grantor_and_holder() {
        check(
            "M. BRUNEL Luc, communauté de communes des Causses donne procuration à M. VALAT Guy",
            &[("BRUNEL", "VALAT", None, None)],
        );
        check(
            "M. ROUQUET Paul, donne procuration à M. TEYSSIER Marc, communauté de communes du Val d'Oust – M. BRUNEL Luc, communauté de communes des Causses donne procuration à M. VALAT Guy, syndicat des eaux",
            &[
                ("ROUQUET", "TEYSSIER", None, None),
                ("BRUNEL", "VALAT", None, None),
            ],
        );
    }

    #[test]
    fn a_function_between_grantor_and_proxy() {
        let text = "Mme Anne BOLIVAR, Conseillère municipale, pouvoir donné à M. Paul DORIAC";
        let ProxiesAndNames {
            lines: found,
            unreadable,
            ..
        } = proxies(text, 0..text.len());
        assert!(unreadable.is_empty());
        assert_eq!(family(text, &found[0].grantor), "BOLIVAR");
        assert_eq!(family(text, &found[0].holder), "DORIAC");
    }

    #[test]
    fn a_table_of_proxies_flattened_row_by_row() {
        let text = "Absents/excusés Pouvoir à Martine TRAX Pascal PONS Michelle MAS Claude RAIVIR";
        let ProxiesAndNames {
            lines: found,
            unreadable,
            ..
        } = proxies(text, 0..text.len());
        assert!(unreadable.is_empty());
        let pairs: Vec<(String, String)> = found
            .iter()
            .map(|p| (family(text, &p.grantor), family(text, &p.holder)))
            .collect();
        assert_eq!(
            pairs,
            [
                ("TRAX".into(), "PONS".into()),
                ("MAS".into(), "RAIVIR".into())
            ]
        );
        // A grantor's name before "pouvoir à" is one proxy, no table.
        let text = "Paul TRAX pouvoir à Anne PONS";
        let found = proxies(text, 0..text.len()).lines;
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_table_of_proxies_under_its_column_headings() {
        // A column of dates: each row ends with one; a note on a grantor
        // is the proxy's wording.
        let text = "Mandant Mandataire Date de procuration CURTET Annie CHATEL Marc \
                    04/03/2019 DE LA FONTAINE Rémi FAVRE Olivier 05/03/2019 BAUD Josiane \
                    (arrivée à 20h45) SALLAZ Gilbert 07/03/2019\n\nMonsieur Hervé JACQUIER est \
                    désigné";
        let found = proxies(text, 0..text.len()).lines;
        let pairs: Vec<(String, String)> = found
            .iter()
            .map(|p| (family(text, &p.grantor), family(text, &p.holder)))
            .collect();
        assert_eq!(
            pairs,
            [
                ("CURTET".into(), "CHATEL".into()),
                ("DE LA FONTAINE".into(), "FAVRE".into()),
                ("BAUD".into(), "SALLAZ".into())
            ]
        );
        let wording = found[2].condition.wording.clone().map(|w| &text[w]);
        assert_eq!(wording, Some("arrivée à 20h45"));
        let rows = text.find("CURTET").unwrap();
        assert!(rows_heading(text, text.find("procuration").unwrap(), rows));
        // The headings as the section's label, no dates.
        let text = "Noms des mandants Noms des mandataires : CURTET Annie CHATEL Marc MARIN \
                    Patrice REY Colette";
        let start = text.find(':').unwrap() + 1;
        let found = proxies(text, start..text.len()).lines;
        assert_eq!(found.len(), 2);
        // Headings naming no holder's column: no table.
        let text = "Mandants : CURTET Annie CHATEL Marc MARIN Patrice REY Colette";
        assert!(headed_rows(text, &people::tokenize(text, 0..text.len()), 0).is_none());
    }

    #[test]
    fn proxies_between_slashes_and_a_spaced_hyphen() {
        let text = "Ida PONS donne procuration à Denis GROUR\n/ Anne MAREUIL donne procuration à Paul TRAX /\nPaul CAISGOZ - COROUGE donne procuration à Lise NIGEL\nMonsieur Paul TRAX a été nommé secrétaire de séance";
        let ProxiesAndNames {
            lines: found,
            unreadable,
            ..
        } = proxies(text, 0..text.len());
        assert!(unreadable.is_empty(), "{unreadable:?}");
        let grantors: Vec<String> = found.iter().map(|p| family(text, &p.grantor)).collect();
        assert_eq!(grantors, ["PONS", "MAREUIL", "CAISGOZ - COROUGE"]);
    }

    #[test]
    fn a_role_opening_the_next_sentence_ends_the_proxies() {
        let text = "Mme PONS I. procuration à Mme TRAX A. Le Maire certifie que la convocation a été faite";
        let ProxiesAndNames {
            lines: found,
            unreadable,
            ..
        } = proxies(text, 0..text.len());
        assert!(unreadable.is_empty(), "{unreadable:?}");
        assert_eq!(found.len(), 1);
        let Mention::Name(holder) = &found[0].holder else {
            panic!("{:?}", found[0].holder)
        };
        assert_eq!(&text[holder.whole.clone()], "Mme TRAX A.");
    }

    #[test]
    fn proxy_wordings() {
        check(
            "M. Gabriel DALISSE à Mme Catherine DALELIN, Mme Marie CASANARDOT à Mme Frédérique CORUSSEL (jusqu'à la question n°22 incluse)",
            &[
                ("DALISSE", "DALELIN", None, None),
                ("CASANARDOT", "CORUSSEL", None, Some(22)),
            ],
        );
        check(
            "Mme Martine BELANISTON donne pouvoir à M. le Maire, Mme Pascale SALANOMBAR donne pouvoir à Mme Hélène BELANEVRIN.",
            &[
                ("BELANISTON", "Mayor", None, None),
                ("SALANOMBAR", "BELANEVRIN", None, None),
            ],
        );
        check(
            "Monsieur Stéphane CASANUSSEL par Monsieur Jean-Plaivier TORANEYRE",
            &[("CASANUSSEL", "TORANEYRE", None, None)],
        );
        check(
            "M. Lionel PERERET représenté par Mme Séverine FENUSSEL.",
            &[("PERERET", "FENUSSEL", None, None)],
        );
        check(
            "Mme Hélène VALANIRAC : pouvoir à Mme BARILLOU ; Mme Coralie FENENOT : pouvoir à M. PERANOUZE",
            &[
                ("VALANIRAC", "BARILLOU", None, None),
                ("FENENOT", "PERANOUZE", None, None),
            ],
        );
        check(
            "Yannick SALANONNET a donné procuration à Catherine PLAENOT,\nMorgane VALOMBAR a donné procuration à Catherine PLAENOT,",
            &[
                ("SALANONNET", "PLAENOT", None, None),
                ("VALOMBAR", "PLAENOT", None, None),
            ],
        );
        check(
            "Mme Jeanne DALOCHE et M. Robert FERADOU ont donné pouvoir à M. Alain GORIRAC.",
            &[
                ("DALOCHE", "GORIRAC", None, None),
                ("FERADOU", "GORIRAC", None, None),
            ],
        );
        check(
            "de Mme Maïté LABETIN à Mme Pascale CORUSSEL ; de M. Beñat SALOMBAR à M. Jon TREAVEL.",
            &[
                ("LABETIN", "CORUSSEL", None, None),
                ("SALOMBAR", "TREAVEL", None, None),
            ],
        );
        check(
            "Laurence CASAVEL (pouvoir à Karine FENANIRAC), Fabrice BARAGNOL (pouvoir à Monussel FALIRAC),",
            &[
                ("CASAVEL", "FENANIRAC", None, None),
                ("BARAGNOL", "FALIRAC", None, None),
            ],
        );
        check(
            "Mesdames et Messieurs : Paul BALIRAC par Anne CORANIS, Lise DALOU par Rose VALIN.",
            &[
                ("BALIRAC", "CORANIS", None, None),
                ("DALOU", "VALIN", None, None),
            ],
        );
        check(
            "GORAS Lise, absente, représentée par Mme VALIN Rose, DALOU Paul, absent, représenté par M. BALIRAC Jean.",
            &[
                ("GORAS", "VALIN", None, None),
                ("DALOU", "BALIRAC", None, None),
            ],
        );
        check(
            "Mme VALOUR Agnès a donné pouvoir écrit de voter en son nom à Mr Jean-Luc DARMET. Mr PINSAC Rémi a donné pouvoir écrit de voter en son nom à Mme SOLAND Irène.",
            &[
                ("VALOUR", "DARMET", None, None),
                ("PINSAC", "SOLAND", None, None),
            ],
        );
        check(
            "  Jacqueline CASANISTON par Karine TORANAVEL\n  Farid BARAVEL par Falisse CHAEVRIN\n",
            &[
                ("CASANISTON", "TORANAVEL", None, None),
                ("BARAVEL", "CHAEVRIN", None, None),
            ],
        );
    }
}

#[cfg(test)]
mod respectively_tests {
    use super::*;

    #[test]
    fn a_dash_before_the_proxy_verb_and_no_link_before_the_holder() {
        let text = "Absents représentés :\nLise ARNEL – A donné pouvoir Paul BOREL\n\nGuy CAROT – A donné pouvoir à Anne DAMAS Rose EYRAL – A donné pouvoir à Marc FABRE Absents :";
        let start = text.find('\n').unwrap();
        let read = proxies(text, start..text.len());
        let pairs: Vec<(String, String)> = read
            .lines
            .iter()
            .map(|p| match (&p.grantor, &p.holder) {
                (Mention::Name(g), Mention::Name(h)) => (
                    text[g.family.clone()].to_string(),
                    text[h.family.clone()].to_string(),
                ),
                _ => Default::default(),
            })
            .collect();
        assert_eq!(
            pairs,
            [("ARNEL", "BOREL"), ("CAROT", "DAMAS"), ("EYRAL", "FABRE")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
    }

    #[test]
    fn the_place_a_grantor_sits_for_after_the_function() {
        let text = "- Mme Lise ARNEL, Déléguée Titulaire, Commune de Brume, représentée par M. Paul BOREL\n";
        let read = proxies(text, 0..text.len());
        assert_eq!(read.lines.len(), 1, "{read:?}");
        let grantor = match &read.lines[0].grantor {
            Mention::Name(g) => &text[g.family.clone()],
            Mention::Role(..) => "a role",
        };
        assert_eq!(grantor, "ARNEL");
    }

    #[test]
    fn a_proxy_note_after_a_stray_comma() {
        let text = "- Mme Anne ARNEL (représentée par M. BOREL) - Mme Lise CAROT, (représentée par M. DAMAS)";
        let read = proxies(text, 0..text.len());
        assert_eq!(read.lines.len(), 2);
        assert!(read.unreadable.is_empty());
    }

    #[test]
    fn grantors_and_holders_paired_in_order() {
        let text = "Vu le code, M. Paul ARNEL, Mme Lise BOREL et M. Yves CAROT ont donné respectivement pouvoir à Mme Anne DAMAS, M. Guy EYRAL et Mme Rose FABRE. Le quorum";
        let lower = text.to_ascii_lowercase();
        let family = |m: &Mention| match m {
            Mention::Name(n) => text[n.family.clone()].to_string(),
            Mention::Role(..) => String::new(),
        };
        let pairs: Vec<(String, String)> = respectively_in_prose(text, &lower, 0..text.len())
            .iter()
            .map(|l| (family(&l.grantor), family(&l.holder)))
            .collect();
        assert_eq!(
            pairs,
            [("ARNEL", "DAMAS"), ("BOREL", "EYRAL"), ("CAROT", "FABRE")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        // Lists of different lengths pair nothing.
        let text =
            "M. Paul ARNEL et Mme Lise BOREL ont donné respectivement pouvoir à Mme Anne DAMAS.";
        assert!(respectively_in_prose(text, &text.to_ascii_lowercase(), 0..text.len()).is_empty());
    }

    #[test]
    fn a_column_of_holders() {
        let family = |text: &str, names: &[Name]| -> Vec<String> {
            names
                .iter()
                .map(|n| text[n.family.clone()].to_string())
                .collect()
        };
        let text = "Mme TRAX Ida\n\nPar M. ZOLA Luc Par Mme VERT Eve\n\nM. NOIR Guy";
        let (range, names) = holders_column(text, 0..text.len()).unwrap();
        assert_eq!(family(text, &names), ["ZOLA", "VERT"]);
        assert_eq!(&text[range], "Par M. ZOLA Luc Par Mme VERT Eve");
        // One cell a line.
        let text = "Par M. ZOLA Luc\nPar Mme VERT Eve\nÉtaient absents";
        let (_, names) = holders_column(text, 0..text.len()).unwrap();
        assert_eq!(family(text, &names), ["ZOLA", "VERT"]);
        // "par" in prose, or with no civility, is no cell.
        let text = "M. TRAX Ida représenté par M. ZOLA Luc. Par ailleurs";
        assert!(holders_column(text, 0..text.len()).is_none());
    }
}

#[cfg(test)]
mod around_keyword_tests {
    use super::*;

    /// The grantor and holder read around the first "pouvoir" of `text`:
    /// their family names, or what stopped the reading.
    fn around(text: &str) -> (Option<String>, String) {
        let at = text.find("pouvoir").unwrap();
        let family = |m: &Mention| match m {
            Mention::Name(n) => text[n.family.clone()].to_string(),
            Mention::Role(r, _) => format!("{r:?}"),
        };
        let grantor = grantor_before(text, 0, at).map(|m| family(&m));
        let holder = match holder_after(text, at + "pouvoir".len(), text.len(), false) {
            HolderAfter::Read(m, _) => family(&m),
            HolderAfter::Cut => "cut".to_string(),
            HolderAfter::Unread => "unread".to_string(),
        };
        (grantor, holder)
    }

    #[track_caller]
    fn check(text: &str, grantor: Option<&str>, holder: &str) {
        assert_eq!(
            around(text),
            (grantor.map(str::to_string), holder.to_string()),
            "reading {text:?}"
        );
    }

    #[test]
    fn past_a_function_and_a_status() {
        check(
            "- Madame Lise ARNAL, Conseillère Communautaire, pouvoir à Monsieur Paul BOREL, 2° Vice-président - Madame",
            Some("ARNAL"),
            "BOREL",
        );
        check(
            ", DAMAS Yves, excusé, a donné pouvoir à Mme EYRAL Rose, FABRE Luc, excusé",
            Some("DAMAS"),
            "EYRAL",
        );
        check(
            ": M. Guy CAROT par pouvoir à M. Marc DUVAL, Mme",
            Some("CAROT"),
            "DUVAL",
        );
        check(
            "), GIRON Anne (pouvoir à HAREL Paul), IVARS",
            Some("GIRON"),
            "HAREL",
        );
        check(
            "Mme Ida JOUVE en faveur de Mme Lou KAHN pouvoir en faveur de M. Max LENOIR.",
            Some("KAHN"),
            "LENOIR",
        );
        check(
            "M. Paul MOREAU donne pouvoir au Président,",
            Some("MOREAU"),
            "unread",
        );
    }

    #[test]
    fn another_name_on_the_way_reads_nothing() {
        // Two names run together before the keyword: which one granted?
        check(
            "Anne NOVEL Paul ORSAT a donné pouvoir à Luc MIGAN",
            None,
            "MIGAN",
        );
        check("Anne NOVEL Paul ORSAT a donné pouvoir à", None, "cut");
        // A holder's side: "pouvoir de" names the grantor after it.
        check(
            "M. Yves RAMEL (pouvoir de Mme SAGE)",
            Some("RAMEL"),
            "unread",
        );
    }

    #[test]
    fn a_holder_cut_by_the_text_end() {
        check("M. Jean TAVEL par pouvoir à Mme Odet", Some("TAVEL"), "cut");
        check(
            "Mme Rose VIDAL ayant donné pouvoir à ma",
            Some("VIDAL"),
            "cut",
        );
        // Cut in the given name after a whole family name: kept.
        check("WALTER Anne (pouvoir à YVON Pa", Some("WALTER"), "YVON");
    }
}
