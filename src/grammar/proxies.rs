//! Proxy lines: "X donne pouvoir à Y", "X à Y", "X par Y", "X
//! représenté(e) par Y", "X : pouvoir à Y ;", "X pouvoir à Y", "Mme X et M.
//! Y ont donné pouvoir à Z", "X (pouvoir à Y)", with the questions a proxy
//! covers.

use std::ops::Range;

use super::notes::{self, Condition, Note, note};
use super::people::{self, Kind, Mention, NameStyle, Token};
use crate::text::fold;
use crate::vocabulary::PROXY_WORDS;

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
    PROXY_WORDS.contains(&fold(word).as_str())
}

/// Reads the proxies written in `text[range]`. Returns them and the ranges
/// that looked like a proxy but could not be read.
pub(crate) fn proxies(text: &str, range: Range<usize>) -> (Vec<ProxyLine>, Vec<Range<usize>>) {
    let tokens: Vec<Token> = people::inline(people::tokenize(text, range.clone()));
    let style = NameStyle::guess(text, &tokens);
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
            if let Some(c) = notes::condition(text, inner) {
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
}
