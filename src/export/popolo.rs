//! Votes as Popolo vote events (<https://www.popoloproject.com/specs/vote-event.html>),
//! the shape Open Civic Data, Councilmatic and OpenStates exchange.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Document, Outcome, Person};

/// One vote on one deliberation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEvent {
    /// The deliberation's number as written.
    pub identifier: Option<String>,
    /// What was put to the vote.
    pub motion: VoteEventMotion,
    /// The sitting's date.
    pub start_date: Option<NaiveDate>,
    /// The body that voted.
    pub organization: VoteEventOrganization,
    /// `"pass"` or `"fail"`, when stated or implied by the tally.
    pub result: Option<String>,
    /// Counts by option: `"yes"`, `"no"`, `"abstain"`, `"not voting"`;
    /// only those known.
    pub counts: Vec<VoteCount>,
    /// Members named with their vote (`"no"`, `"abstain"`, `"not voting"`).
    pub votes: Vec<VoteEventVote>,
    /// Where the vote was read: the input's name, and the byte offsets of
    /// the vote in its text.
    pub sources: Vec<VoteEventSource>,
}

/// A motion: the deliberation's title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEventMotion {
    /// The deliberation's title.
    pub text: Option<String>,
    /// The sitting's date.
    pub date: Option<NaiveDate>,
}

/// The voting body: "Conseil municipal" of "Commune de Pornic".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEventOrganization {
    /// The body and the collectivity: "Bureau — Grand Besançon Métropole".
    pub name: Option<String>,
    /// The body as written: "Bureau", "Conseil municipal".
    pub classification: Option<String>,
}

/// A count of votes for one option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCount {
    /// `"yes"`, `"no"`, `"abstain"` or `"not voting"`.
    pub option: String,
    /// How many.
    pub value: u32,
}

/// One member's vote, as named in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEventVote {
    /// `"no"`, `"abstain"` or `"not voting"`.
    pub option: String,
    /// Who.
    pub voter: VoteEventVoter,
}

/// A voter as a Popolo person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEventVoter {
    /// The mention as written: "Mme Marie SANAC".
    pub name: String,
    /// "Marie".
    pub given_name: Option<String>,
    /// "SANAC".
    pub family_name: String,
    /// "M.", "Mme".
    pub honorific_prefix: Option<String>,
}

/// Where a vote event was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEventSource {
    /// The input's name or address, as the caller gave it.
    pub url: String,
    /// "bytes 2086-2150 (line 36)".
    pub note: String,
}

impl From<&Person> for VoteEventVoter {
    fn from(p: &Person) -> VoteEventVoter {
        VoteEventVoter {
            name: p.text.split_whitespace().collect::<Vec<_>>().join(" "),
            given_name: p.given_name.clone(),
            family_name: p.family_name.clone(),
            honorific_prefix: p.civility.clone(),
        }
    }
}

/// One vote event per deliberation with a vote, in the order of the text;
/// `source` names the input in each event's `sources`.
///
/// ```
/// let text = "Commune de Trévillac\nConseil municipal\nSéance du 2 juin 2016\n\
///             Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul TRAX\n\
///             Délibération n° 2016-12 : Tarifs de la cantine\n\
///             Pour : 2 Contre : 1 Abstention : 0\nA voté contre : M. Paul TRAX.\n";
/// let doc = deliberation::Options::new().validate(true).parse(text)?;
/// let events = deliberation::export::vote_events(&doc, "trevillac.txt");
/// assert_eq!(events[0].result.as_deref(), Some("pass"));
/// assert_eq!(events[0].counts[1].option, "no");
/// assert_eq!(events[0].votes[0].voter.family_name, "TRAX");
/// # Ok::<(), deliberation::Error>(())
/// ```
pub fn vote_events(doc: &Document, source: &str) -> Vec<VoteEvent> {
    let m = &doc.meeting;
    let organization = VoteEventOrganization {
        name: match (&m.body, &m.authority) {
            (Some(b), Some(a)) => Some(format!("{b} — {a}")),
            (b, a) => b
                .as_ref()
                .map(|b| b.name().to_string())
                .or_else(|| a.clone()),
        },
        classification: m.body.as_ref().map(|b| b.name().to_string()),
    };
    let mut events = Vec::new();
    for (i, d) in doc.deliberations.iter().enumerate() {
        let Some(v) = &d.vote else { continue };
        let c = super::counts(doc, i).unwrap_or_default();
        let counts = [
            ("yes", c.for_),
            ("no", c.against),
            ("abstain", c.abstentions),
            ("not voting", c.not_voting),
        ]
        .into_iter()
        .filter_map(|(option, value)| {
            value.map(|value| VoteCount {
                option: option.to_string(),
                value,
            })
        })
        .collect();
        let named = [
            ("no", &v.against_names),
            ("abstain", &v.abstention_names),
            ("not voting", &v.not_voting_names),
        ];
        let votes = named
            .into_iter()
            .flat_map(|(option, people)| {
                people.iter().map(move |p| VoteEventVote {
                    option: option.to_string(),
                    voter: p.into(),
                })
            })
            .collect();
        events.push(VoteEvent {
            identifier: d.number.clone(),
            motion: VoteEventMotion {
                text: d
                    .title
                    .as_deref()
                    .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
                date: m.date,
            },
            start_date: m.date,
            organization: organization.clone(),
            result: v.outcome.map(|o| match o {
                Outcome::Adopted => "pass".to_string(),
                Outcome::Rejected => "fail".to_string(),
            }),
            counts,
            votes,
            sources: vec![VoteEventSource {
                url: source.to_string(),
                note: format!(
                    "bytes {}-{} (line {})",
                    v.span.start, v.span.end, v.span.line
                ),
            }],
        });
    }
    events
}
