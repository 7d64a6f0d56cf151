//! Tallies: for + against + abstentions against who could vote at the
//! deliberation's question, the stated voters and expressed votes,
//! unanimity, the outcome, and interested members who voted.

use super::timeline::{Counts, Timeline, span_ranges};
use super::{Placement, error_unless, finding};
use crate::model::{
    Code, Deliberation, Document, Finding, Outcome, Person, QuestionCheck, Severity, Vote,
};
use crate::text::fold;

/// Check every deliberation; one [`QuestionCheck`] and one [`Placement`]
/// each.
///
/// The checks within a vote stand on the vote alone; those against the
/// attendance are not conclusive when the attendance was read in part
/// (`doubt`).
pub(crate) fn check(
    doc: &Document,
    t: &Timeline<'_>,
    doubt: Option<&str>,
    text: Option<&str>,
    findings: &mut Vec<Finding>,
) -> (Vec<QuestionCheck>, Vec<Placement>) {
    let mut checks = Vec::new();
    let mut placements = Vec::new();
    // The counts the text states, when they say more than the lists name:
    // the limit a tally is then held to.
    // (The parser's own doubt, when it says one, says it instead.)
    let stated = Stated::of(doc, t).filter(|_| doubt.is_none());
    // Two holders of proxies or more whom no list seats, or one whose name
    // is a part of a compound name read present or written where no list
    // read it: more likely names the
    // present list lost (see `attendance`), whose votes and proxies a tally
    // may count.
    let mut unread = if doubt.is_none() && super::presence_known(doc) {
        super::attendance::unlisted_holders(t)
    } else {
        Vec::new()
    };
    if unread.len() < 2 {
        unread.retain(|&h| super::attendance::maybe_seated(doc, t, text, h));
    }
    for (i, d) in doc.deliberations.iter().enumerate() {
        if let Some(v) = &d.vote {
            internal(i, d, v, findings);
        }
        let k = findings.len();
        let (c, p) = deliberation(t, i, d, stated, &unread, findings);
        super::not_conclusive(&mut findings[k..], doubt);
        checks.push(c);
        placements.push(p);
    }
    (checks, placements)
}

/// The counts of the header ("Présents : 24 - Votants : 27"). When they
/// say more than the lists name at any question, the present list was
/// most likely read in part, and a tally above the lists is compared with
/// the counts instead; a tally above the counts themselves is the text's
/// own contradiction.
#[derive(Debug, Clone, Copy, Default)]
struct Stated {
    present: Option<u32>,
    voters: Option<u32>,
    /// A count above what the lists name at every question.
    above: bool,
}

impl Stated {
    fn of(doc: &Document, t: &Timeline<'_>) -> Option<Stated> {
        if !super::presence_known(doc) {
            return None;
        }
        let m = &doc.meeting;
        let most = t
            .spans()
            .iter()
            .map(|&(q, _)| t.counts(q, &[]))
            .fold((0, 0), |(p, v), c| (p.max(c.present), v.max(c.voters())));
        let above = m.stated_present.is_some_and(|s| s > most.0)
            || m.stated_voters.is_some_and(|s| s > most.1);
        (m.stated_present.is_some() || m.stated_voters.is_some()).then_some(Stated {
            present: m.stated_present,
            voters: m.stated_voters,
            above,
        })
    }

    /// The most voters the counts allow at question `q`: the voters
    /// stated, or the present stated and every proxy written for an
    /// absent grantor (its holder may be among the names not read). The
    /// limit and how it reads.
    fn limit(self, t: &Timeline<'_>, q: u32, out: &[usize]) -> Option<(u32, String)> {
        let proxies = || {
            let mut g: Vec<usize> = t
                .roster
                .links
                .iter()
                .filter(|l| t.covers(l, q) && !t.seated(q, l.grantor) && !out.contains(&l.grantor))
                .map(|l| l.grantor)
                .collect();
            g.sort_unstable();
            g.dedup();
            g.len() as u32
        };
        let by_present = self.present.map(|p| {
            let r = proxies();
            (
                p.saturating_add(r),
                format!(
                    "{p} present stated and {r} {} written",
                    if r == 1 { "proxy" } else { "proxies" }
                ),
            )
        });
        let by_voters = self.voters.map(|v| (v, format!("{v} voters stated")));
        match (by_present, by_voters) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}

/// Members who are out of one deliberation: interested (and named as not
/// taking part), and withdrawn for the item only.
fn out_members(t: &Timeline<'_>, d: &Deliberation) -> (Vec<usize>, Vec<usize>, u32) {
    let named: Vec<&Person> = d
        .interested
        .iter()
        .chain(d.vote.iter().flat_map(|v| &v.not_voting_names))
        .collect();
    let mut distinct: Vec<&Person> = Vec::new();
    for p in named {
        if !distinct.iter().any(|x| x.same_as(p)) {
            distinct.push(p);
        }
    }
    let mut interested: Vec<usize> = distinct.iter().filter_map(|p| t.roster.find(p)).collect();
    interested.sort_unstable();
    interested.dedup();
    let mut out = interested.clone();
    out.extend(d.withdrawn.iter().filter_map(|p| t.roster.find(p)));
    out.sort_unstable();
    out.dedup();
    (out, interested, distinct.len() as u32)
}

/// The votes a tally counts, and how it reads.
pub(super) struct Counted {
    pub(super) total: u32,
    text: String,
    /// Against or abstentions not written: the total may be short.
    partial: bool,
}

pub(super) fn counted(v: &Vote) -> Option<Counted> {
    if let Some(f) = v.for_ {
        let (a, ab) = (v.against.unwrap_or(0), v.abstentions.unwrap_or(0));
        let mut text = format!("{f} for");
        if let Some(a) = v.against {
            text += &format!(", {a} against");
        }
        if let Some(ab) = v.abstentions {
            text += &format!(", {ab} abstention{}", if ab == 1 { "" } else { "s" });
        }
        return Some(Counted {
            total: f.saturating_add(a).saturating_add(ab),
            text,
            partial: v.against.is_none() || v.abstentions.is_none(),
        });
    }
    v.voters.map(|n| Counted {
        total: n,
        text: format!("{n} voters stated"),
        partial: false,
    })
}

fn deliberation(
    t: &Timeline<'_>,
    i: usize,
    d: &Deliberation,
    stated: Option<Stated>,
    unread: &[usize],
    findings: &mut Vec<Finding>,
) -> (QuestionCheck, Placement) {
    let (out, interested, interested_count) = out_members(t, d);
    let known = d
        .question
        .filter(|&q| t.numbered() && (1..=t.last).contains(&q));
    let mut check = QuestionCheck {
        deliberation: i,
        question: d.question,
        expected_voters: None,
        tally_voters: None,
        consistent_questions: Vec::new(),
    };
    let mut placement = Placement {
        at: match (known, t.numbered()) {
            (Some(q), _) => vec![q],
            (None, false) => vec![0],
            (None, true) => Vec::new(),
        },
        out: out.clone(),
        interested_count,
    };
    let Some(v) = &d.vote else {
        return (check, placement);
    };
    let span = Some(v.span);
    let Some(tally) = counted(v) else {
        return (check, placement);
    };
    check.tally_voters = Some(tally.total);
    // No one listed present: the attendance is unknown, not empty.
    if !t.questions().any(|q| t.counts(q, &[]).present > 0) {
        return (check, placement);
    }
    // "Conseillers intéressés : 3" may count more than the names given
    // (their lost proxies); the text may or may not fold them into the tally.
    let extra = v.not_voting.unwrap_or(0).saturating_sub(interested_count);
    let fits = |e: u32| e == tally.total || (extra > 0 && e == tally.total.saturating_add(extra));
    // Once per run of questions with the same attendance, not per question
    // (each deliberation would cost the length of the sitting).
    let expected: Vec<((u32, u32), Counts)> = t
        .spans()
        .iter()
        .map(|&(a, b)| ((a, b), t.counts(a, &out)))
        .collect();
    if t.numbered() {
        check.consistent_questions = span_ranges(
            expected
                .iter()
                .map(|&((a, b), c)| ([a, b], fits(c.voters()))),
        );
    }
    let at = match known {
        Some(q) => Some(q),
        None if !t.numbered() => Some(0),
        None => None,
    };
    if let Some(q) = at {
        let c = t.counts(q, &out);
        check.expected_voters = Some(c.voters());
        let item = Item {
            t,
            i,
            d,
            out: &out,
            interested: &interested,
            stated,
            unread,
        };
        item.compare(q, c, &tally, extra, findings);
        return (check, placement);
    }
    // Question unknown: where could it have been voted?
    placement.at = check
        .consistent_questions
        .iter()
        .flat_map(|r| r[0]..=r[1])
        .collect();
    let values: Vec<u32> = expected.iter().map(|(_, c)| c.voters()).collect();
    check.expected_voters = match placement.at.first() {
        Some(&q) => Some(t.counts(q, &out).voters()),
        None if values.windows(2).all(|w| w[0] == w[1]) => values.first().copied(),
        None => None,
    };
    if placement.at.is_empty() {
        let (lo, hi) = (
            values.iter().min().copied().unwrap_or(0),
            values.iter().max().copied().unwrap_or(0),
        );
        // The text counting more than the lists name: the tally held to
        // its counts (at the opening).
        let by_count = stated
            .and_then(|s| s.limit(t, *t.questions().start(), &out))
            .filter(|(limit, _)| stated.is_some_and(|s| s.above) && tally.total <= *limit);
        let few = super::far_more(tally.total, hi);
        let severity = error_unless(
            tally.total <= hi.saturating_add(t.unaccounted)
                || tally.partial
                || by_count.is_some()
                || few,
        );
        let why = by_count.map_or_else(|| if few {
            "; so many more votes than the lists seat that they may not have been read whole, so the check is not conclusive".to_string()
        } else {
            String::new()
        }, |(_, how)| {
            format!(
                "; the text counts more than the lists name, and compared with its counts ({how}) the tally fits: the lists may not have been read whole, so the check is not conclusive"
            )
        });
        findings.push(finding(
            Code::TallyMismatch,
            severity,
            format!(
                "expected a tally matching the attendance at some question ({lo} to {hi} voters{}), found {} ({}){why}",
                out_text(t, &out),
                tally.total,
                tally.text
            ),
            span,
            Some(i),
        ));
    }
    (check, placement)
}

/// "question 8", or "the sitting" when the text numbers no question.
fn at_text(q: u32) -> String {
    if q == 0 {
        "the sitting".to_string()
    } else {
        format!("question {q}")
    }
}

fn out_text(t: &Timeline<'_>, out: &[usize]) -> String {
    if out.is_empty() {
        String::new()
    } else {
        format!(", {} out of the vote: {}", out.len(), t.roster.names(out))
    }
}

/// One deliberation whose tally is compared with the attendance at its
/// question.
struct Item<'a, 't> {
    t: &'a Timeline<'t>,
    /// Its index in the document.
    i: usize,
    d: &'a Deliberation,
    /// Roster members out of the vote: interested, not voting, withdrawn.
    out: &'a [usize],
    /// Of those, the ones named interested or not voting.
    interested: &'a [usize],
    /// The header's counts, when they say more than the lists name.
    stated: Option<Stated>,
    /// Holders of proxies no list seats, when two or more.
    unread: &'a [usize],
}

impl Item<'_, '_> {
    /// The tally at a known question against who could vote there.
    fn compare(&self, q: u32, c: Counts, tally: &Counted, extra: u32, findings: &mut Vec<Finding>) {
        let (t, i, d, out) = (self.t, self.i, self.d, self.out);
        let e = c.voters();
        let span = d.vote.as_ref().map(|v| v.span).or(Some(d.span));
        let at = at_text(q);
        let attendance = format!(
            "{} present, {} represented{}",
            c.present,
            c.represented,
            out_text(t, out)
        );
        if tally.total == e {
            return;
        }
        let mismatch = |findings: &mut Vec<Finding>, severity, message| {
            findings.push(finding(
                Code::TallyMismatch,
                severity,
                message,
                span,
                Some(i),
            ));
        };
        if extra > 0 && tally.total.saturating_add(extra) == e {
            mismatch(
                findings,
                Severity::Warning,
                format!(
                    "expected {e} voters at {at} ({attendance}), found {} ({}) plus {extra} not voting: members present who did not vote are not named",
                    tally.total, tally.text
                ),
            );
            return;
        }
        if tally.total < e {
            let why = if tally.partial {
                ": the figures not written may make up the difference"
            } else {
                ": some members present or represented did not vote"
            };
            mismatch(
                findings,
                Severity::Warning,
                format!(
                    "expected {e} voters at {at} ({attendance}), found {} ({}){why}",
                    tally.total, tally.text
                ),
            );
            return;
        }
        let surplus = tally.total - e;
        let doubt = if surplus <= t.unaccounted {
            format!(
                "; the lists name {} fewer members than in office",
                t.unaccounted
            )
        } else if t.uncertain > 0 {
            format!(
                "; {} members have arrival or departure times that are not question numbers",
                t.uncertain
            )
        } else {
            String::new()
        };
        // The text counts more than the lists name: the lists were read in
        // part, and the tally is held to the counts the text states.
        let by_count = self.stated.and_then(|s| s.limit(t, q, out));
        // The holders no list seats, present after all, with the proxies
        // they hold: what they would add.
        let unread = if self.unread.is_empty() {
            0
        } else {
            let held = t
                .roster
                .links
                .iter()
                .filter(|l| {
                    self.unread.contains(&l.holder)
                        && t.covers(l, q)
                        && !t.seated(q, l.grantor)
                        && !out.contains(&l.grantor)
                        && !out.contains(&l.holder)
                })
                .count() as u32;
            let seated = self.unread.iter().filter(|h| !out.contains(h)).count() as u32;
            held + seated
        };
        let above = self.stated.is_some_and(|s| s.above);
        let (severity, doubt) = match by_count {
            Some((limit, how)) if above && tally.total <= limit => (
                Severity::Warning,
                format!(
                    "; the text counts more than the lists name, and compared with its counts ({how}) the tally fits: the lists may not have been read whole, so the check is not conclusive"
                ),
            ),
            Some((limit, how)) if tally.total > limit && doubt.is_empty() => (
                Severity::Error,
                format!("; compared with the text's own counts ({how}), still more than {limit}"),
            ),
            _ if unread > 0 && surplus <= unread => (
                Severity::Warning,
                format!(
                    "; {} seated by no list, and with {} and the proxies held ({unread} more) the tally fits: the present list may not have been read whole, so the check is not conclusive",
                    match self.unread.len() {
                        1 => "a holder of a proxy is".to_string(),
                        n => format!("{n} holders of proxies are"),
                    },
                    if self.unread.len() == 1 { "the holder" } else { "them" }
                ),
            ),
            // Under two thirds of the votes: more likely lists read in part
            // than a tally that wrong.
            _ if super::far_more(tally.total, e) => (
                Severity::Warning,
                "; so many more votes than the lists seat that they may not have been read whole, so the check is not conclusive".to_string(),
            ),
            _ => (error_unless(!doubt.is_empty()), doubt),
        };
        mismatch(
            findings,
            severity,
            format!(
                "expected at most {e} voters at {at} ({attendance}), found {} ({}){doubt}",
                tally.total, tally.text
            ),
        );
        // A diagnosis from the figures alone may be a coincidence: a warning.
        self.diagnose(q, surplus, Severity::Warning, span, findings);
    }

    /// When a surplus of votes is exactly what some unusable presence or proxy
    /// would add, say which.
    fn diagnose(
        &self,
        q: u32,
        surplus: u32,
        severity: Severity,
        span: Option<crate::Span>,
        findings: &mut Vec<Finding>,
    ) {
        let (t, i, out, interested) = (self.t, self.i, self.out, self.interested);
        let links = &t.roster.links;
        // Interested members sitting, and proxies lost because of them.
        let sitting: Vec<usize> = interested
            .iter()
            .copied()
            .filter(|&m| t.seated(q, m))
            .collect();
        let lost = links
            .iter()
            .filter(|l| {
                t.usable(l, q, &[])
                    && (interested.contains(&l.grantor) || interested.contains(&l.holder))
            })
            .count() as u32;
        if !interested.is_empty() && (sitting.len() as u32).saturating_add(lost) == surplus {
            findings.push(finding(
            Code::InterestedTookPart,
            severity,
            format!(
                "expected the interested members ({}) and their proxies out of the vote, found {surplus} votes more than the others could cast, as if they had voted",
                t.roster.names(interested)
            ),
            span,
            Some(i),
        ));
        }
        let holder_away: Vec<usize> = links
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                t.covers(l, q)
                    && !t.seated(q, l.grantor)
                    && !t.seated(q, l.holder)
                    && !out.contains(&l.grantor)
            })
            .map(|(k, _)| k)
            .collect();
        let mut gone_holders: Vec<usize> = holder_away.iter().map(|&k| links[k].holder).collect();
        gone_holders.sort_unstable();
        gone_holders.dedup();
        // The clerk may have counted the proxy alone, or the holder too.
        let n = holder_away.len() as u32;
        if n > 0 && (surplus == n || surplus == n.saturating_add(gone_holders.len() as u32)) {
            for &k in &holder_away {
                let l = &links[k];
                findings.push(finding(
                Code::ProxyHolderAbsent,
                severity,
                format!(
                    "expected the proxy of {} unused at {}, its holder {} being absent, found it counted in the tally",
                    t.roster.members[l.grantor].name(),
                    at_text(q),
                    t.roster.members[l.holder].name()
                ),
                Some(l.proxy.span),
                Some(i),
            ));
            }
        }
        let grantor_here: Vec<usize> = links
            .iter()
            .enumerate()
            .filter(|(_, l)| t.covers(l, q) && t.seated(q, l.grantor) && t.seated(q, l.holder))
            .map(|(k, _)| k)
            .collect();
        if !grantor_here.is_empty() && grantor_here.len() as u32 == surplus {
            for &k in &grantor_here {
                let l = &links[k];
                findings.push(finding(
                Code::ProxyGrantorPresent,
                severity,
                format!(
                    "expected the proxy of {} to {} unused at {}, {} sitting, found both counted in the tally",
                    t.roster.members[l.grantor].name(),
                    t.roster.members[l.holder].name(),
                    at_text(q),
                    t.roster.members[l.grantor].name()
                ),
                Some(l.proxy.span),
                Some(i),
            ));
            }
        }
    }
}

/// Checks within the vote itself: stated voters and expressed votes,
/// unanimity, outcome, interested members named among the voters.
fn internal(i: usize, d: &Deliberation, v: &Vote, findings: &mut Vec<Finding>) {
    let span = Some(v.span);
    let mut push = |code, severity, message: String| {
        findings.push(finding(code, severity, message, span, Some(i)));
    };
    if let (Some(f), Some(voters)) = (v.for_, v.voters) {
        let (a, ab) = (v.against.unwrap_or(0), v.abstentions.unwrap_or(0));
        let sum = f.saturating_add(a).saturating_add(ab);
        let partial = v.against.is_none() || v.abstentions.is_none();
        let nv = v.not_voting.unwrap_or(0);
        if sum != voters && !(partial && sum < voters) {
            let severity = if nv > 0 && sum.saturating_add(nv) == voters {
                Severity::Warning
            } else {
                Severity::Error
            };
            push(
                Code::TallyMismatch,
                severity,
                format!(
                    "expected for + against + abstentions to equal the {voters} voters stated, found {sum} ({f} for, {a} against, {ab} abstention{})",
                    if ab == 1 { "" } else { "s" }
                ),
            );
        }
    }
    if let (Some(f), Some(expressed)) = (v.for_, v.expressed)
        && (v.against.is_some() || f > expressed)
    {
        let a = v.against.unwrap_or(0);
        if f.saturating_add(a) != expressed {
            push(
                Code::TallyMismatch,
                Severity::Error,
                format!(
                    "expected for + against to equal the {expressed} votes expressed stated, found {} ({f} for, {a} against)",
                    u64::from(f) + u64::from(a)
                ),
            );
        }
    }
    let against = v.against.unwrap_or(0).max(v.against_names.len() as u32);
    if v.unanimous && against > 0 {
        let names = names(&v.against_names);
        push(
            Code::UnanimityContradiction,
            Severity::Error,
            format!(
                "expected no vote against with unanimity, found {against} against{}",
                if names.is_empty() {
                    String::new()
                } else {
                    format!(" ({names})")
                }
            ),
        );
    }
    if v.outcome_stated
        && let Some(stated) = v.outcome
    {
        let (f, a) = (v.for_.unwrap_or(0), v.against.unwrap_or(0));
        // The compte administratif stands unless a majority votes against
        // (L1612-12), so a tie adopts it; elsewhere the chair's vote breaks
        // a tie, which the figures do not show.
        let account = d
            .title
            .as_deref()
            .is_some_and(|t| fold(t).contains("compte administratif"));
        let by_figures = if v.for_.is_none() && v.against.is_none() {
            v.unanimous.then_some(Outcome::Adopted)
        } else if v.for_.is_none() || v.against.is_none() && f == 0 {
            // Half a tally ("deux conseillers ayant voté contre") decides nothing.
            None
        } else if f == 0 && a == 0 {
            None
        } else if f > a || (account && f == a) {
            Some(Outcome::Adopted)
        } else if f < a {
            Some(Outcome::Rejected)
        } else {
            None
        };
        if let Some(expected) = by_figures
            && expected != stated
        {
            let word = |o: Outcome| match o {
                Outcome::Adopted => "adopted",
                Outcome::Rejected => "rejected",
            };
            push(
                Code::OutcomeContradiction,
                Severity::Error,
                format!(
                    "expected {} with {f} for and {a} against (majority of the {} expressed){}, found {}",
                    word(expected),
                    u64::from(f) + u64::from(a),
                    if v.unanimous { ", unanimity" } else { "" },
                    word(stated)
                ),
            );
        }
    }
    for p in d.interested.iter().chain(&v.not_voting_names) {
        for (list, how) in [
            (&v.against_names, "against"),
            (&v.abstention_names, "abstaining"),
        ] {
            if list.iter().any(|x| x.same_as(p)) {
                push(
                    Code::InterestedTookPart,
                    Severity::Error,
                    format!(
                        "expected {}, declared interested, out of the vote, found {} named as voting {how}",
                        p.family_name, p.family_name
                    ),
                );
            }
        }
    }
    dedup_interested(findings);
}

/// One interested member named twice (interested and not voting) gives one
/// finding.
fn dedup_interested(findings: &mut Vec<Finding>) {
    // A set, not a list: a long sitting has many such findings.
    let mut seen: std::collections::HashSet<String> = Default::default();
    findings.retain(|f| f.code != Code::InterestedTookPart || seen.insert(f.message.clone()));
}

fn names(people: &[Person]) -> String {
    people
        .iter()
        .map(|p| p.family_name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use crate::model::{Code, Severity};
    use crate::validate::testkit::{Doc, errors, warnings};
    use crate::validate::validate;

    fn cm() -> Doc {
        // 7 in office; F from question 3; proxy of G to A.
        Doc::new("Conseil municipal", "2019-04-11", 7)
            .present("A, B, C, D, E, F[3-]")
            .absent("G")
            .proxy("G>A")
    }

    #[test]
    fn tally_matches_the_attendance() {
        assert!(
            validate(
                &cm()
                    .delib(1, "6/0/0 u adopted")
                    .delib(4, "5/1/1 adopted")
                    .build()
            )
            .findings
            .is_empty()
        );
    }

    #[test]
    fn one_vote_too_many() {
        let v = validate(&cm().delib(1, "6/1/0 adopted").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
        assert_eq!(
            v.findings[0].message,
            "expected at most 6 voters at question 1 (5 present, 1 represented), found 7 (6 for, 1 against, 0 abstentions)"
        );
        assert_eq!(v.questions[0].expected_voters, Some(6));
    }

    #[test]
    fn fewer_votes_is_a_warning() {
        let v = validate(&cm().delib(4, "5/0/0").build());
        assert_eq!((errors(&v), warnings(&v)), (vec![], vec!["tally_mismatch"]));
    }

    #[test]
    fn unknown_question_gives_consistent_ranges() {
        let v = validate(&cm().delib(0, "5/0/0").interested("B").delib(5, "").build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        assert_eq!(v.questions[0].consistent_questions, [[1, 2]]);
        let v = validate(&cm().delib(0, "9/0/0").delib(5, "").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
    }

    #[test]
    fn interested_members_and_their_proxies() {
        // A interested: A and G's proxy are out.
        let ok = cm().delib(4, "5/0/0 nv=1").interested("A");
        assert!(validate(&ok.build()).findings.is_empty());
        let v = validate(&cm().delib(4, "7/0/0").interested("A").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
        assert_eq!(warnings(&v), ["interested_took_part"]);
        let v = validate(&cm().delib(4, "4/1/0 against=B").interested("B").build());
        assert_eq!(errors(&v), ["interested_took_part"]);
    }

    #[test]
    fn not_voting_may_be_counted() {
        let v = validate(&cm().delib(4, "6/0/0 nv=1").build());
        assert_eq!((errors(&v), warnings(&v)), (vec![], vec!["tally_mismatch"]));
    }

    #[test]
    fn withdrawn_for_one_item() {
        let doc = cm()
            .delib(4, "3/0/2 title=compte_administratif")
            .withdrawn("A");
        assert!(validate(&doc.build()).findings.is_empty());
    }

    #[test]
    fn unanimity_and_outcome() {
        let v = validate(&cm().delib(4, "5/2/0 u adopted").build());
        assert_eq!(errors(&v), ["unanimity_contradiction"]);
        let v = validate(&cm().delib(4, "2/5/0 adopted").build());
        assert_eq!(errors(&v), ["outcome_contradiction"]);
        let v = validate(&cm().delib(4, "5/2/0 rejected").build());
        assert_eq!(errors(&v), ["outcome_contradiction"]);
        // A tie: the chair decides.
        let v = validate(&cm().delib(4, "3/3/1 rejected").build());
        assert!(v.findings.is_empty());
        // Compte administratif: a tie adopts it.
        let v = validate(
            &cm()
                .delib(4, "3/3/1 rejected title=compte_administratif")
                .build(),
        );
        assert_eq!(errors(&v), ["outcome_contradiction"]);
    }

    #[test]
    fn stated_voters_and_expressed() {
        let v = validate(&cm().delib(4, "5/1/1 voters=8").build());
        assert!(errors(&v).contains(&"tally_mismatch"));
        let v = validate(&cm().delib(4, "5/1/1 voters=7 expressed=6").build());
        assert!(v.findings.is_empty());
        let v = validate(&cm().delib(4, "5/1/1 voters=7 expressed=7").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
    }

    #[test]
    fn tally_held_to_the_counts_when_the_lists_are_short() {
        // The lists seat 6 and G's proxy (7 voters); the text counts 8
        // present: a tally of 9 fits its counts, the lists were cut.
        let doc = cm().stated(Some(8), None).delib(4, "9/0/0");
        let v = validate(&doc.build());
        // (The count against the lists stays the text's to answer for.)
        assert_eq!(errors(&v), ["stated_count_mismatch"], "{:?}", v.findings);
        let m = &v.findings[1].message;
        assert!(
            m.contains("8 present stated and 1 proxy written") && m.contains("not conclusive"),
            "{m}"
        );
        // Above the counts as well: the text's error, and says so.
        let v = validate(&cm().stated(Some(8), Some(9)).delib(4, "10/0/0").build());
        let f = v.findings.iter().find(|f| f.code == Code::TallyMismatch);
        assert!(
            f.is_some_and(|f| f.severity == Severity::Error
                && f.message.contains("compared with the text's own counts")),
            "{:?}",
            v.findings
        );
        // Counts the lists agree with: the tally above them is an error.
        let v = validate(&cm().stated(Some(6), Some(7)).delib(4, "8/0/0").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
    }

    #[test]
    fn far_more_votes_than_the_lists_seat_is_a_doubt() {
        // Seven voters seated, twelve votes and no count stated: the
        // lists more likely read in part than a tally that wrong.
        let v = validate(&cm().delib(4, "12/0/0").build());
        assert_eq!(errors(&v), Vec::<&str>::new(), "{:?}", v.findings);
        assert!(v.findings[0].message.contains("not conclusive"));
        // Counts stated that the lists agree with: the text's error.
        let v = validate(&cm().stated(Some(6), Some(7)).delib(4, "12/0/0").build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
    }

    #[test]
    fn proxy_holder_gone_but_counted() {
        let doc = Doc::new("Conseil municipal", "2019-04-11", 7)
            .present("A[-2], B, C, D, E, F")
            .absent("G")
            .proxy("G>A")
            .delib(4, "7/0/0");
        let v = validate(&doc.build());
        assert_eq!(errors(&v), ["tally_mismatch"]);
        assert_eq!(warnings(&v), ["proxy_holder_absent"]);
    }
}
