//! Arrivals and departures told in the items, applied to the attendance
//! read from the lists. Ranges written in the lists win; what the items
//! tell only fills what the lists leave empty.

use crate::model::{Absence, Attendance, Person, Proxy};
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
                        holder,
                        from_question: Some(until + 1),
                        until_question: None,
                        span,
                    });
                    if !a.absent.iter().any(|x| x.person.same_as(&who)) {
                        a.absent.push(Absence {
                            person: who,
                            excused: None,
                        });
                    }
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
