//! Arrivals and departures told in the items, applied to the attendance
//! read from the lists. Ranges written in the lists win; what the items
//! tell only fills what the lists leave empty. One told in the head with
//! its item number is written as the lists write one.

use std::ops::Range;

use super::Extractor;
use crate::grammar::people::{Mention, NameStyle};
use crate::grammar::{notes, people};
use crate::model::{Attendance, Person, Presence, Proxy};
use crate::text::{fold_regex, lower_regex, regex, squeeze};

/// Where the sentence from `at` ends (its full stop or its line's end, not
/// a civility's dot: "représenté par M. X."), at the latest at `end`.
fn sentence_end(text: &str, at: usize, end: usize) -> usize {
    let mut from = at;
    while let Some(p) = text[from..end].find(['.', '\n']) {
        let stop = from + p;
        let word = text[..stop]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if text[stop..].starts_with('.') && matches!(word, "M" | "MM" | "Mr") {
            from = stop + 1;
            continue;
        }
        return stop;
    }
    end
}

impl Extractor<'_> {
    /// "sous la présidence de M. Louis X, Premier Vice-Président, en
    /// l'absence de M. Jean Y, Président empêché": the member the one who
    /// presides stands in for, named in the sentence that says who
    /// presides, is absent (not "en l'absence de M. le Maire", a role).
    pub(super) fn absent_from_presidency(&mut self, head: Range<usize>, a: &mut Attendance) {
        let text = self.text;
        let lower = self.lower;
        let told = lower_regex!(
            r"(?-u:\b)présidence\s+d[eu]\b[^.;:]{0,200}?\ben\s+l['’]\s?absence\s+d[eu]\s+"
        );
        let Some(m) = told.find(&lower[head.clone()]) else {
            return;
        };
        let from = head.start + m.end();
        let to = text[from..head.end]
            .find([',', '.', ';', '(', '\n'])
            .map_or(head.end, |p| from + p);
        let Some(name) = people::lone_name(text, from..to) else {
            return;
        };
        if name.civility.is_none() {
            return;
        }
        let person = self.person(&name, None);
        if a.present.iter().any(|p| p.person.same_as(&person))
            || a.absent.iter().any(|x| x.person.same_as(&person))
        {
            return;
        }
        a.absent.push(crate::model::Absence {
            person,
            excused: None,
        });
    }

    /// "Mr Ludovic X est arrivé au cours de la séance (point n° 5)", in the
    /// head, after the lists: the member's first (or last) question, as
    /// if the list had written it, when the list writes none.
    pub(super) fn told_in_head(
        &mut self,
        head: Range<usize>,
        president: Option<&Person>,
        a: &mut Attendance,
    ) {
        let text = self.text;
        let words = lower_regex!(
            r"(?-u:\b)(?:arriv|rejoint|entre\s+(?:en\s+)?séance|quitt|sort\s|part\s|départ\s+d)"
        );
        let lower = self.lower;
        let found: Vec<regex::Match<'_>> = words.find_iter(&lower[head.clone()]).collect();
        for (k, m) in found.iter().enumerate() {
            let at = head.start + m.start();
            // "21 à l'arrivée de M. X (avant le vote du point n°1)", "Après
            // le vote de la délibération n° 8, départ de : M. X avec
            // procuration à M. Y, Mme Z ...": the noun, the members after it.
            let next = found
                .get(k + 1)
                .map_or(head.end, |n| head.start + n.start());
            if self.told_by_noun(head.clone(), president, at, next, a)
                || m.as_str().starts_with('d')
            {
                continue;
            }
            // "ne prend pas part au vote": takes no part, leaves nothing.
            if m.as_str().starts_with("part")
                && lower_regex!(r"(?:pas|prendre|prend|prennent|pris)\s+$").is_match(
                    &self.lower[self.lower.floor_char_boundary(at.saturating_sub(12))..at],
                )
            {
                continue;
            }
            let mut start = text[head.start..at]
                .rfind(['.', '\n'])
                .map_or(head.start, |p| head.start + p + 1);
            // "M. Paul X est arrivé": the civility's dot is no sentence end.
            if start >= head.start + 2 && text[..start].ends_with("M.") {
                start -= 2;
            }
            // "..., Y et Z NB : Mme X est arrivée au point 5": a note's
            // colon opens the sentence too.
            if let Some(colon) = text[start..at].rfind(": ") {
                start += colon + 1;
            }
            // "(M J-M X est arrivé à 19h00)" alone on its line, under a
            // list: a sentence in brackets.
            let opening = &text[start..at];
            let mut bracketed = false;
            if let Some(inner) = opening.trim_start().strip_prefix('(')
                && text[..start].ends_with('\n')
            {
                start = at - inner.len();
                bracketed = true;
            }
            // A sentence of its own: not a note in a list ("X (arrivée au
            // point 2), Y"), nor a list's entry.
            let before = &text[start..at];
            // (Up to six words a member: "Mmes X Anne / Y Sophie ont".)
            let words = before.split_whitespace().count();
            let members = 1 + before
                .split_whitespace()
                .filter(|w| matches!(*w, "/" | "et"))
                .count();
            if before.contains([',', ';', '(', ')']) || words > 6 * members {
                continue;
            }
            let mut end = text[at..head.end]
                .find(['.', '\n'])
                .map_or(head.end, |p| at + p + 1);
            if bracketed && let Some(close) = text[at..end].rfind(')') {
                end = at + close;
            }
            let Some(c) = notes::condition(text, start..end) else {
                continue;
            };
            let arrives = ["arriv", "rejoint", "entre"]
                .iter()
                .any(|w| m.as_str().starts_with(w));
            if c.from.is_none() && c.until.is_none() && !arrives {
                continue;
            }
            // "Mmes X Christelle / Y Sophie ont rejoint la séance au point
            // 4": several members, read as a list that ends at the verb.
            let (entries, stop) = people::list(text, start..at);
            let verb_only = text[stop.min(at)..at]
                .split_whitespace()
                .all(|w| matches!(w, "ont" | "sont" | "a" | "est"));
            let group: Vec<Person> = if entries.len() >= 2 && verb_only {
                entries
                    .iter()
                    .filter_map(|e| match &e.mention {
                        people::Mention::Name(n) => Some(self.person(n, e.group_civility)),
                        _ => None,
                    })
                    .collect()
            } else {
                let Some(name) = people::lone_name(text, start..at) else {
                    continue;
                };
                vec![self.person(&name, None)]
            };
            if let [who] = group.as_slice() {
                self.proxy_told(who, &c, arrives, at..sentence_end(text, at, head.end), a);
            }
            for who in group {
                self.told_of(who, &c, arrives, &text[at..end], a);
            }
        }
    }

    /// An arrival or a departure written as a noun at `at` (`next`: where
    /// the next one is written), the members named after it and the
    /// question in its clause: "Membres présents : 20 puis 21 à l'arrivée
    /// de M. X à 20h26 (avant le vote du point n°1)" (X from 1), "Après le
    /// vote de la délibération n° 8, départ de : M. Y avec procuration à
    /// M. Z, Mme W ..." (Y and W until 8, Y represented by Z from 9).
    /// Whether it read one.
    fn told_by_noun(
        &mut self,
        head: Range<usize>,
        president: Option<&Person>,
        at: usize,
        next: usize,
        a: &mut Attendance,
    ) -> bool {
        let text = self.text;
        let Some(noun) = lower_regex!(r"^(?:arrivée|départ)\s+(?:de\s*:?\s*|d['’]\s*)")
            .find(&self.lower[at..head.end])
        else {
            return false;
        };
        let arrives = self.lower[at..].starts_with("arriv");
        let names_start = at + noun.end();
        // The clause: from its sentence's start, a colon or a semicolon, to
        // its end, a semicolon or the next noun.
        // (Never before the names: a line end inside the noun, "départ\nde
        // M. X", may end the sentence there.)
        let mut end = sentence_end(text, names_start, head.end)
            .min(next.max(names_start))
            .max(names_start);
        if let Some(p) = text[names_start..end].find(';') {
            end = names_start + p;
        }
        let mut start = text[head.start..at]
            .rfind(['.', '\n', ';'])
            .map_or(head.start, |p| head.start + p + 1);
        if start >= head.start + 2 && text[..start].ends_with("M.") {
            start = text[head.start..start - 2]
                .rfind(['.', '\n', ';'])
                .map_or(head.start, |p| head.start + p + 1);
        }
        if let Some(colon) = text[start..at].rfind(": ") {
            start += colon + 1;
        }
        // What follows the noun first ("à l'arrivée de M. X (avant le vote
        // du point n°1)"), then what leads to it ("Après le vote de la
        // délibération n° 8, départ de").
        let numbered = |c: &notes::Condition| c.from.is_some() || c.until.is_some();
        let Some(c) = notes::condition(text, at..end)
            .filter(numbered)
            .or_else(|| notes::condition(text, start..end))
        else {
            return false;
        };
        // A departure tells the last question sat; an arrival may tell
        // only a time ("à l'arrivée de M. X à 19h30").
        if arrives && c.until.is_some() || !arrives && (c.until.is_none() || c.from.is_some()) {
            return false;
        }
        // The members, each maybe with the proxy they leave: "M. Y avec
        // procuration à M. Z, Mme W avec procuration à Mme V".
        let giving = fold_regex!(
            r"(?i)^\s*,?\s*(?:avec|et\s+donnen?t?|en\s+donnant)\s+(?:pouvoir|procuration)\s+à\s+"
        );
        let mut told: Vec<(Person, bool, Option<Person>, usize)> = Vec::new();
        let mut pos = names_start;
        // Each with a civility or the family name in capitals: not the
        // words after the list ("..., Nombre de conseillers").
        let marked = |n: &people::Name| {
            let family = &text[n.family.clone()];
            n.civility.is_some()
                || family.chars().any(char::is_uppercase) && !family.chars().any(char::is_lowercase)
        };
        while let Some(name) = people::lone_name(text, pos..end).filter(marked) {
            let mut after = name.whole.end;
            let mut holder = None;
            let mut gives = false;
            if let Some(g) = giving.find(&text[after..end]) {
                after += g.end();
                gives = true;
                // "avec procuration à M. le Maire": the president, when
                // known.
                let tokens = people::inline(people::tokenize(text, after..end));
                let style = NameStyle::guess(text, &tokens);
                match people::name_at(text, &tokens, 0, style) {
                    Some((Mention::Name(h), _)) => {
                        after = h.whole.end;
                        holder = Some(self.person(&h, None));
                    }
                    Some((Mention::Role(_, r), _)) => {
                        after = r.end;
                        holder = president.and_then(|p| self.president_named(r, Some(p)));
                    }
                    None => {}
                }
            }
            told.push((self.person(&name, None), gives, holder, after));
            let Some(sep) = regex!(r"^\s*(?:[,;]|et\s)\s*").find(&text[after..end]) else {
                break;
            };
            pos = after + sep.end();
        }
        if told.is_empty() {
            return false;
        }
        for (who, gives, holder, after) in told {
            if arrives {
                self.told_of(who, &c, true, &text[at..end], a);
                continue;
            }
            let Some(until) = c.until else { continue };
            match a.present.iter_mut().find(|p| p.person.same_as(&who)) {
                Some(p) => {
                    if p.plain() {
                        p.until_question = Some(until);
                    }
                }
                None => {
                    let mut presence = Presence::new(who.clone());
                    presence.until_question = Some(until);
                    a.present.push(presence);
                }
            }
            // The holder unknown ("le Maire" with no president read): the
            // proxy without its holder.
            if gives && !a.proxies.iter().any(|p| p.grantor.same_as(&who)) {
                self.proxies_read.push(at..after);
                a.proxies.push(Proxy {
                    span: self.span(at..after),
                    grantor: who.clone(),
                    holder,
                    from_question: Some(until + 1),
                    until_question: None,
                });
                super::attendance::absent_once(a, who);
            }
        }
        true
    }

    /// The proxy a movement told in the head carries: "M. X quitte la
    /// séance pendant la délibération 32 et sera représenté par M. Y" (X
    /// to Y from 32), "M. Z entre en séance à la délibération 19 et
    /// représente Mme W" (W to Z from 19), when no proxy of the grantor is
    /// read already. Only with the item numbers that bound it.
    fn proxy_told(
        &mut self,
        who: &Person,
        c: &notes::Condition,
        arrives: bool,
        clause: Range<usize>,
        a: &mut Attendance,
    ) {
        let text = self.text;
        let (words, from) = if arrives {
            (fold_regex!(r"(?i)(?:^|\s)et\s+représente\s+"), c.from)
        } else {
            (
                fold_regex!(
                    r"(?i)(?:^|\s)et\s+(?:donnen?t?\s+(?:pouvoir|procuration|délégation\s+de\s+vote)\s+à|(?:sera|est)\s+représentée?\s+par)\s+"
                ),
                c.until.map(|u| u + 1),
            )
        };
        let (Some(from), Some(m)) = (from, words.find(&text[clause.clone()])) else {
            return;
        };
        let other_at = clause.start + m.end();
        let Some(other) = people::lone_name(text, other_at..clause.end) else {
            return;
        };
        let other = self.person(&other, None);
        let (grantor, holder) = if arrives {
            (other, who.clone())
        } else {
            (who.clone(), other)
        };
        if grantor.same_as(&holder) || a.proxies.iter().any(|p| p.grantor.same_as(&grantor)) {
            return;
        }
        self.proxies_read.push(clause.clone());
        a.proxies.push(Proxy {
            span: self.span(clause),
            grantor: grantor.clone(),
            holder: Some(holder),
            from_question: Some(from),
            until_question: None,
        });
        super::attendance::absent_once(a, grantor);
    }

    /// Applies what the head tells of one member (`c`, written in `told`).
    fn told_of(
        &self,
        who: Person,
        c: &notes::Condition,
        arrives: bool,
        told: &str,
        a: &mut Attendance,
    ) {
        if let Some(p) = a
            .present
            .iter_mut()
            .find(|p| p.person.same_as(&who) && p.plain())
        {
            p.from_question = c.from;
            p.until_question = c.until;
        } else if arrives
            && !a.present.is_empty()
            && !a.present.iter().any(|p| p.person.same_as(&who))
        {
            // "Mrs Pierre X est arrivé en cours de séance" after the
            // lists, who are not in them: present for part of the
            // sitting, from where the text says, or as it says it.
            let mut presence = Presence::new(who);
            presence.from_question = c.from;
            presence.until_question = c.until;
            if c.from.is_none() && c.until.is_none() {
                presence.condition = Some(squeeze(told).trim_end_matches('.').to_string());
            }
            a.present.push(presence);
        }
    }
}
use crate::span::Span;

/// A member arriving or leaving during the sitting, as an item's text
/// tells it: what the attendance lists did not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Movement {
    /// Left for good after question `until`, maybe giving a proxy (to a
    /// holder, written at a span) for the rest of the sitting.
    Left {
        who: Person,
        until: u32,
        proxy: Option<(Person, Span)>,
    },
    /// Came (back) from question `from`.
    Came { who: Person, from: u32 },
}

/// Apply the movements, in the order the text tells them.
pub(super) fn apply(a: &mut Attendance, movements: Vec<Movement>) {
    for m in movements {
        match m {
            Movement::Left { who, until, proxy } => {
                if let Some(p) = a.present.iter_mut().find(|p| p.person.same_as(&who))
                    && p.last_question().is_none()
                    && p.first_question().is_none_or(|f| f <= until)
                {
                    p.until_question_told = Some(until);
                }
                if let Some((holder, span)) = proxy
                    && !a.proxies.iter().any(|p| p.grantor.same_as(&who))
                {
                    a.proxies.push(Proxy {
                        grantor: who.clone(),
                        holder: Some(holder),
                        from_question: Some(until + 1),
                        until_question: None,
                        span,
                    });
                    super::attendance::absent_once(a, who);
                }
            }
            Movement::Came { who, from } => {
                if let Some(p) = a.present.iter_mut().find(|p| p.person.same_as(&who))
                    && p.first_question().is_none()
                    && p.last_question().is_none()
                {
                    p.from_question_told = Some(from);
                }
            }
        }
    }
}
