//! Open-data formats built from a [`Document`]: rows of the
//! SCDL « Délibérations » schema (what French open-data portals publish)
//! and Popolo / Open Civic Data vote events (what Councilmatic and
//! OpenStates exchange).
//!
//! Both say only what the text says: a field the text does not give stays
//! empty. Counts come from the vote as written, and for a unanimous vote
//! written without figures, from the validator where its timeline fixes
//! the number of voters at that item (see [`counts`]).

mod popolo;
mod scdl;

pub use popolo::{
    VoteCount, VoteEvent, VoteEventMotion, VoteEventOrganization, VoteEventSource, VoteEventVote,
    VoteEventVoter, vote_events,
};
pub use scdl::{SCDL_FIELDS, ScdlOptions, ScdlRow, scdl_rows, write_scdl_csv};

use crate::{Document, Severity};

/// The counts of one vote, for the export formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counts {
    /// Votes for.
    pub for_: Option<u32>,
    /// Votes against.
    pub against: Option<u32>,
    /// Abstentions.
    pub abstentions: Option<u32>,
    /// Members who took no part.
    pub not_voting: Option<u32>,
    /// Whether the counts were derived from the validator's timeline (a
    /// unanimous vote written without figures) rather than read.
    pub from_timeline: bool,
}

impl Counts {
    /// For + against + abstentions, when all three are known.
    pub fn cast(&self) -> Option<u32> {
        self.for_?
            .checked_add(self.against?)?
            .checked_add(self.abstentions?)
    }
}

/// The counts of deliberation `index`'s vote, `None` when it has no vote.
///
/// As written, except for a unanimous vote written without any figure: it
/// gets `for` = the voters the validator expects at that item, 0 against
/// and 0 abstentions, but only where that number is fixed and consistent:
/// the validator ran, its check of the item gives expected voters, any
/// stated count of voters agrees with them, and no validation error
/// concerns the item. Otherwise the counts stay unknown.
///
/// ```
/// let text = "Séance du 2 juin 2016\nMembres en exercice : 2\nPrésents : M. Jean DUPONT, Mme Anne MARTIN\n\
///             Secrétaire de séance : Mme Anne MARTIN\n\nAdopté à l'unanimité (2 votants)\n";
/// let doc = deliberation::Options::new().validate(true).parse(text)?;
/// let c = deliberation::export::counts(&doc, 0).unwrap();
/// assert_eq!((c.for_, c.against, c.abstentions, c.from_timeline), (Some(2), Some(0), Some(0), true));
/// # Ok::<(), deliberation::Error>(())
/// ```
pub fn counts(doc: &Document, index: usize) -> Option<Counts> {
    let vote = doc.deliberations.get(index)?.vote.as_ref()?;
    let written = Counts {
        for_: vote.for_,
        against: vote.against,
        abstentions: vote.abstentions,
        not_voting: vote.not_voting,
        from_timeline: false,
    };
    let figureless = vote.for_.is_none() && vote.against.is_none() && vote.abstentions.is_none();
    if !(vote.unanimous && figureless) {
        return Some(written);
    }
    let Some(validation) = &doc.validation else {
        return Some(written);
    };
    let check = validation
        .questions
        .iter()
        .find(|q| q.deliberation == index);
    let Some(expected) = check.and_then(|q| q.expected_voters) else {
        return Some(written);
    };
    let agrees = vote.voters.is_none_or(|n| n == expected)
        && check.is_some_and(|q| q.tally_voters.is_none_or(|n| n == expected));
    let troubled = validation
        .findings
        .iter()
        .any(|f| f.deliberation == Some(index) && f.severity == Severity::Error);
    if !agrees || troubled || expected == 0 {
        return Some(written);
    }
    Some(Counts {
        for_: Some(expected),
        against: Some(0),
        abstentions: Some(0),
        from_timeline: true,
        ..written
    })
}
