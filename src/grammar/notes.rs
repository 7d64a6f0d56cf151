//! What is written in parentheses after a name, and proxy lines.
//!
//! Notes: "(à partir de la question n°13)", "(jusqu'à la question n°53
//! incluse)", "(arrivé à 19h)", "(pouvoir à Mme X)", "(pouvoir de M. Y)",
//! "(suppléant de M. Z)". Proxies: "X donne pouvoir à Y", "X à Y", "X par
//! Y", "X représenté(e) par Y", "X : pouvoir à Y ;", "X pouvoir à Y".

use std::ops::Range;

use super::fold;
use super::people::{self, Kind, Mention, Style, Token};
use super::regex;

/// A question range or another condition on presence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Condition {
    pub(crate) from: Option<u32>,
    pub(crate) until: Option<u32>,
    /// The wording, when it is not a question range ("arrivé à 19h").
    pub(crate) wording: Option<Range<usize>>,
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
    let f = fold(s);
    let unit = regex!(
        r"(question|point|d[ée]lib[ée]ration|rapport|dossier|affaire|sujet|projet|objet|item)"
    );
    let has_unit = unit.is_match(&f);
    // Only the figures are read: an ordinal suffix ("2ème") changes none.
    let number = regex!(r"(\d{1,3})");
    // The number next to its unit ("point 7", "2ème question") before any
    // other ("à 22h15 après le point 7").
    let next_to_unit = regex!(
        r"(?:question|point|d[ée]lib[ée]ration|rapport|dossier|affaire|sujet|projet|objet|item)s?\s*(?:n\s*°?\s*)?(\d{1,3})(?-u:\b)|(?-u:\b)(\d{1,3})\s*(?:e|er|ere|eme|ème|è)\s+(?:\p{L}+\s+)?(?:question|point|d[ée]lib[ée]ration|rapport|dossier)"
    );
    // ASCII `\b` in the pattern (a Unicode one sends it to a slow engine),
    // the Unicode edge checked here.
    let edge_ok = |c: &regex::Captures<'_>| {
        let m = c.get(0).expect("match");
        if c.get(1).is_some() {
            super::word_ends_at(&f, m.end())
        } else {
            super::word_starts_at(&f, m.start())
        }
    };
    let n: Option<u32> = has_unit
        .then(|| {
            next_to_unit
                .captures_iter(&f)
                .find(edge_ok)
                .and_then(|c| c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok()))
                .or_else(|| number.captures(&f).and_then(|c| c[1].parse().ok()))
        })
        .flatten();
    let arrival =
        regex!(r"a partir|a compter|a dater|arrive|rejoint|present(e)? (a|des)|des le|des la");
    // "jusqu", "juqu", "jsuqu": the `j\w{0,3}qu` of the pattern, read by
    // `jusqu_like` (three copies of a Unicode `\w` cost 6 M instructions
    // to compile, a third of a small document's parse).
    let until_words = regex!(r"quitt|depart|part(i|ie)? |sorti|absent(e)? (a|apres)");
    let until = |f: &str| jusqu_like(f) || until_words.is_match(f);
    let single = regex!(r"^\s*(pour|sur) (le|la|les) ");
    let mut c = Condition::default();
    match n {
        Some(n) if single.is_match(&f) => {
            // "pour les points 1 et 2", "pour les questions 3 à 5".
            let last = number
                .captures_iter(&f)
                .filter_map(|c| c[1].parse::<u32>().ok())
                .last()
                .unwrap_or(n);
            c.from = Some(n);
            c.until = Some(last.max(n));
        }
        Some(n) if until(&f) => {
            let leaves_before =
                (f.contains("quitt") || f.contains("depart") || f.contains("sorti"))
                    && !f.contains("apres");
            c.until = Some(
                if f.contains("exclu") || f.contains("avant") || leaves_before {
                    n.saturating_sub(1)
                } else {
                    n
                },
            );
        }
        Some(n) if arrival.is_match(&f) => {
            c.from = Some(if f.contains("apres") { n + 1 } else { n });
        }
        _ => {
            if arrival.is_match(&f) || until(&f) || f.contains("retard") {
                c.wording = Some(range);
            } else {
                return None;
            }
        }
    }
    Some(c)
}

/// Reads one note (the text inside parentheses).
pub(crate) fn note(text: &str, range: Range<usize>) -> Note {
    let Some(s) = text.get(range.clone()) else {
        return Note::Other;
    };
    let f = fold(s);
    let proxy_to = regex!(
        r"(?:^|[\s,;])(?:a |avait |ayant |qui )?(?:donne |donnee )?(?:pouvoir|procuration|delegation(?: de vote)?|mandat)\s+(?:a|au)\s|(?:^|[\s,;])represente?e? par\s"
    );
    let proxy_from = regex!(r"^(?:pouvoir|procuration|delegation(?: de vote)?|mandat)\s+de\s");
    let substitute_for = regex!(r"^suppleante?\s+(?:de|du)\s");
    let substituted_by = regex!(r"^(?:supplee?e?|remplacee?)\s+par\s");
    let ft = f.trim_start();
    let mention_after = |m: regex::Match<'_>| -> Option<(Mention, usize)> {
        // `ft` and `s` differ in length when accents fold: find the same word count.
        let words = ft[..m.end()].split_whitespace().count();
        let lead = s.len() - s.trim_start().len();
        let start = nth_word_start(&s[lead..], words).map(|o| range.start + lead + o)?;
        let tokens = people::inline(people::tokenize(text, start..range.end));
        let style = Style::guess(text, &tokens);
        people::name_at(text, &tokens, 0, style).map(|(m, next)| {
            let end = tokens.get(next).map_or(range.end, |t| t.start);
            (m, end)
        })
    };
    if let Some(m) = proxy_to.find(ft) {
        if ft[m.end()..].trim_start().starts_with("son ")
            || ft[m.end()..].trim_start().starts_with("sa ")
        {
            return Note::Other;
        }
        if let Some((who, end)) = mention_after(m) {
            let cond = condition(text, end..range.end).unwrap_or_default();
            return Note::ProxyTo(who, cond);
        }
        return Note::Other;
    }
    for (re, kind) in [(proxy_from, 0), (substitute_for, 1), (substituted_by, 2)] {
        if let Some(m) = re.find(ft) {
            return match mention_after(m) {
                Some((who, _)) => match kind {
                    0 => Note::ProxyFrom(who),
                    1 => Note::SubstituteFor(who),
                    _ => Note::SubstitutedBy(who),
                },
                None => Note::Other,
            };
        }
    }
    match condition(text, range) {
        Some(c) => Note::Presence(c),
        None => Note::Other,
    }
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
    matches!(
        fold(word).as_str(),
        "donne"
            | "donnent"
            | "a"
            | "avait"
            | "ayant"
            | "pouvoir"
            | "procuration"
            | "delegation"
            | "de"
            | "vote"
            | "represente"
            | "representee"
            | "represente(e)"
            | "mandat"
            | "au"
            | "par"
            | "ont"
            | "donnee"
            | "sa"
            | "son"
    )
}

/// Reads the proxies written in `text[range]`. Returns them and the ranges
/// that looked like a proxy but could not be read.
pub(crate) fn proxies(text: &str, range: Range<usize>) -> (Vec<ProxyLine>, Vec<Range<usize>>) {
    let tokens: Vec<Token> = people::inline(people::tokenize(text, range.clone()));
    let style = Style::guess(text, &tokens);
    let word = |k: usize| -> Option<&str> {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &text[t.start..t.end])
    };
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    let mut i = 0;
    // After a blank line, what does not read as a proxy ends the list quietly.
    let mut past_blank = false;
    while i < tokens.len() {
        match tokens[i].kind {
            Kind::Punct(',')
            | Kind::Punct(';')
            | Kind::Punct('.')
            | Kind::Punct('-')
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
            Kind::Word => {}
            _ => break,
        }
        // "de Mme X à Mme Y": the grantor introduced by "de".
        if word(i).is_some_and(|w| w == "de" || w == "De")
            && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            i += 1;
        }
        let Some((grantor, next)) = people::name_at(text, &tokens, i, style) else {
            break;
        };
        // "Mme X et M. Y ont donné pouvoir à Z": several grantors, one holder.
        let mut grantors = vec![grantor];
        let mut next = next;
        while word(next) == Some("et")
            && let Some((more, after)) = people::name_at(text, &tokens, next + 1, style)
        {
            grantors.push(more);
            next = after;
        }
        let grantor = grantors[0].clone();
        let start = tokens[i].start;
        let mut k = next;
        // "X (pouvoir à Y)": the proxy written as a note.
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, close) = people::in_parens(&tokens, k);
            if let Note::ProxyTo(holder, condition) = note(text, inner) {
                found.push(ProxyLine {
                    grantor,
                    holder,
                    condition,
                    range: start..tokens[close - 1].end,
                });
                i = close;
                continue;
            }
            // "Régis X (Champtocel) représenté par Y": an aside, read on.
            k = close;
        }
        if tokens.get(k).is_some_and(|t| t.kind == Kind::Punct(':')) {
            k += 1;
        }
        let verbs_start = k;
        let mut linked = false;
        while let Some(w) = word(k) {
            if !is_proxy_verb(w) && fold(w) != "a" {
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
        if !linked || k == verbs_start {
            unreadable.push(start..tokens.get(k).map_or(range.end, |t| t.end));
            i = next_separator(&tokens, k);
            continue;
        }
        let Some((holder, after)) = people::name_at(text, &tokens, k, style) else {
            unreadable.push(start..tokens.get(k).map_or(range.end, |t| t.end));
            i = next_separator(&tokens, k);
            continue;
        };
        let mut end = tokens[after - 1].end;
        let mut condition = Condition::default();
        let mut j = after;
        if tokens.get(j).is_some_and(|t| t.kind == Kind::Punct('(')) {
            let (inner, close) = people::in_parens(&tokens, j);
            if let Some(c) = self::condition(text, inner) {
                condition = c;
            }
            end = tokens[close - 1].end;
            j = close;
        }
        for g in grantors {
            found.push(ProxyLine {
                grantor: g,
                holder: holder.clone(),
                condition: condition.clone(),
                range: start..end,
            });
        }
        let _ = grantor;
        i = j;
        // "... à Y pour les points 1 et 2", "... jusqu'au point 3": the range
        // written after the holder, up to the next separator or name.
        if word(i).is_some_and(|w| {
            matches!(
                fold(w).as_str(),
                "pour" | "jusqu'au" | "jusqu'a" | "a" | "des" | "sur"
            )
        }) {
            let from = tokens[i].start;
            let mut e = i;
            while let Some(t) = tokens.get(e) {
                let is_name_start = t.kind == Kind::Word && {
                    let w = &text[t.start..t.end];
                    people::civility(w).is_some() || people::is_caps(w)
                };
                if is_name_start
                    || matches!(t.kind, Kind::Punct(',') | Kind::Punct(';') | Kind::Blank)
                {
                    break;
                }
                e += 1;
            }
            let to = tokens.get(e.max(i + 1) - 1).map_or(from, |t| t.end);
            if let Some(c) = self::condition(text, from..to) {
                for p in found.iter_mut().rev().take_while(|p| p.range.end <= from) {
                    if p.condition == Condition::default() {
                        p.condition = c.clone();
                    }
                }
                i = e;
                continue;
            }
        }
        // After a proxy, only a separator or another proxy may follow.
        if let Some(t) = tokens.get(i)
            && t.kind == Kind::Word
            && word(i)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && w != "et")
        {
            break;
        }
    }
    (found, unreadable)
}

fn next_separator(tokens: &[Token], from: usize) -> usize {
    tokens[from.min(tokens.len())..]
        .iter()
        .position(|t| matches!(t.kind, Kind::Punct(',') | Kind::Punct(';') | Kind::Newline))
        .map_or(tokens.len(), |p| from + p + 1)
}

/// Whether `text` has a `j`, up to three word characters, then `qu` (what
/// `j\w{0,3}qu` matches): "jusqu'à", "juqu'à", "jsuqu'à".
fn jusqu_like(text: &str) -> bool {
    text.match_indices('j').any(|(at, _)| {
        let mut rest = &text[at + 1..];
        for _ in 0..=3 {
            if rest.starts_with("qu") {
                return true;
            }
            match rest.chars().next() {
                Some(c) if super::is_word_char(c) => rest = &rest[c.len_utf8()..],
                _ => return false,
            }
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::people::Mention;

    fn family(text: &str, m: &Mention) -> String {
        match m {
            Mention::Name(n) => text[n.family.clone()].to_string(),
            Mention::Role(r, _) => format!("{r:?}"),
        }
    }

    #[track_caller]
    fn check(text: &str, expected: &[(&str, &str, Option<u32>, Option<u32>)]) {
        let (found, _) = proxies(text, 0..text.len());
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
            "  Jacqueline CASANISTON par Karine TORANAVEL\n  Farid BARAVEL par Falisse CHAEVRIN\n",
            &[
                ("CASANISTON", "TORANAVEL", None, None),
                ("BARAVEL", "CHAEVRIN", None, None),
            ],
        );
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
        assert_eq!(c("arrivé à 19h"), Some((None, None, true)));
        assert_eq!(c("1"), None);
    }

    #[test]
    fn notes() {
        let n = |s: &str| note(s, 0..s.len());
        assert!(matches!(
            n("pouvoir de Fabrice BARAGNOL"),
            Note::ProxyFrom(_)
        ));
        assert!(matches!(
            n("suppléant de\nM. TORANANGE Jean-Luc"),
            Note::SubstituteFor(_)
        ));
        assert!(matches!(n("représenté par son suppléant"), Note::Other));
        assert!(matches!(
            n("excusée, pouvoir à M. Jean TORAVEL"),
            Note::ProxyTo(_, _)
        ));
        assert!(matches!(
            n("donne procuration à Marie-Perenot FALILLOU"),
            Note::ProxyTo(_, _)
        ));
        assert!(matches!(
            n("à partir de la question n°13"),
            Note::Presence(_)
        ));
    }

    #[test]
    fn jusqu_like_is_the_pattern() {
        let re = regex::Regex::new(r"j\w{0,3}qu").unwrap();
        for text in [
            "jusqu'a",
            "juqu'a",
            "jsuqu",
            "jqu",
            "j qu",
            "jusqqqu",
            "jusqqu",
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
        ] {
            assert_eq!(super::jusqu_like(text), re.is_match(text), "{text:?}");
        }
    }
}
