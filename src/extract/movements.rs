//! Arrivals and departures told in the items, applied to the attendance
//! read from the lists. Ranges written in the lists win; what the items
//! tell only fills what the lists leave empty. One told in the head with
//! its item number is written as the lists write one.

use std::ops::Range;

use super::Extractor;
use crate::grammar::{notes, people};
use crate::model::{Attendance, Person, Presence, Proxy};
use crate::text::{lower_regex, squeeze};

impl Extractor<'_> {
    /// "Mr Ludovic X est arrivé au cours de la séance (point n° 5)", in the
    /// head, after the lists: the member's first (or last) question, as
    /// if the list had written it, when the list writes none.
    pub(super) fn told_in_head(&self, head: Range<usize>, a: &mut Attendance) {
        let text = self.text;
        let words = lower_regex!(r"(?-u:\b)(?:arriv|rejoint|quitt|sort\s|part\s)");
        for m in words.find_iter(&self.lower[head.clone()]) {
            let at = head.start + m.start();
            let mut start = text[head.start..at]
                .rfind(['.', '\n'])
                .map_or(head.start, |p| head.start + p + 1);
            // "M. Paul X est arrivé": the civility's dot is no sentence end.
            if start >= head.start + 2 && text[..start].ends_with("M.") {
                start -= 2;
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
            let end = text[at..head.end]
                .find(['.', '\n'])
                .map_or(head.end, |p| at + p + 1);
            let Some(c) = notes::condition(text, start..end) else {
                continue;
            };
            let arrives = m.as_str().starts_with("arriv") || m.as_str().starts_with("rejoint");
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
            for who in group {
                self.told_of(who, &c, arrives, &text[at..end], a);
            }
        }
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
        if let Some(p) = a.present.iter_mut().find(|p| {
            p.person.same_as(&who)
                && p.from_question.is_none()
                && p.until_question.is_none()
                && p.condition.is_none()
        }) {
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
