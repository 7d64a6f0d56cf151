//! Quorum per range of questions with the same attendance, under the rule
//! in force for the body on the meeting's date.

use super::rules::{Regime, Threshold};
use super::timeline::{Timeline, runs};
use super::{Placement, error_unless, finding, questions_text};
use crate::model::{Code, Document, Finding, QuorumCheck, Severity};

/// Quorum checks of a document: one per run of questions with the same
/// attendance, the members out of a deliberation placed there removed.
pub(crate) fn check(
    doc: &Document,
    t: &Timeline<'_>,
    regime: &Regime,
    placements: &[Placement],
    checks: &mut Vec<QuorumCheck>,
    findings: &mut Vec<Finding>,
) {
    if !super::presence_known(doc) {
        return;
    }
    // "Membres présents : 20" and two named (the president, a proxy's
    // holder): the names are a fragment of the members present, too few
    // to judge the quorum by.
    let named = u32::try_from(doc.attendance.present.len()).unwrap_or(u32::MAX);
    if doc
        .meeting
        .stated_present
        .is_some_and(|stated| named.saturating_mul(2) < stated)
    {
        return;
    }
    let (n, n_stated) = match doc.meeting.members_in_office {
        Some(n) => (n, true),
        None => (t.roster.listed_members(), false),
    };
    if n == 0 {
        return;
    }
    let ctx = Context {
        t,
        regime,
        n,
        n_stated,
        doc,
    };
    // Which deliberation's out members apply at each question: the one
    // placed there, unless several with different members out are.
    let mut chosen: Vec<Option<usize>> = vec![None; t.questions().count()];
    let mut placed = vec![false; chosen.len()];
    let mut extras: Vec<usize> = Vec::new();
    let index = |q: u32| if t.numbered() { q as usize - 1 } else { 0 };
    for p in placements {
        for &q in &p.at {
            placed[index(q)] = true;
        }
    }
    if t.numbered() {
        let mut conflict = vec![false; chosen.len()];
        for (k, p) in placements.iter().enumerate() {
            let known = doc.deliberations[k].question.is_some();
            if p.out.is_empty() && !known {
                continue;
            }
            for &q in &p.at {
                let i = index(q);
                match chosen[i] {
                    None => chosen[i] = Some(k),
                    Some(j) if placements[j].out == p.out => {}
                    Some(_) => conflict[i] = true,
                }
            }
        }
        for (i, c) in conflict.iter().enumerate() {
            if *c {
                chosen[i] = None;
            }
        }
        for (k, p) in placements.iter().enumerate() {
            if !p.out.is_empty()
                && p.at
                    .iter()
                    .any(|&q| chosen[index(q)].is_some_and(|c| placements[c].out != p.out))
                || p.at.iter().any(|&q| conflict[index(q)]) && !p.out.is_empty()
            {
                extras.push(k);
            }
        }
    } else if placements.len() == 1 {
        // One deliberation: the sitting is its question.
        chosen[0] = Some(0);
    } else {
        extras.extend((0..placements.len()).filter(|&k| !placements[k].out.is_empty()));
    }
    let empty = Placement::default();
    let keys = t.questions().map(|q| {
        let p = chosen[index(q)].map_or(&empty, |k| &placements[k]);
        (t.key(q), &p.out, p.interested_count)
    });
    let qs: Vec<u32> = t.questions().collect();
    for (a, b, _) in runs(keys) {
        let p = chosen[a].map_or(&empty, |k| &placements[k]);
        let any_placed = placed[a..=b].iter().any(|&x| x);
        let (c, f) = ctx.evaluate(qs[a], qs[b], p, any_placed, chosen[a]);
        checks.push(c);
        findings.extend(f);
    }
    for k in extras {
        let p = &placements[k];
        let Some(&q) = p.at.first() else { continue };
        let last = p.at.last().copied().unwrap_or(q);
        let (c, f) = ctx.evaluate(q, last, p, true, Some(k));
        checks.push(c);
        findings.extend(f);
    }
}

struct Context<'a, 't> {
    t: &'a Timeline<'t>,
    regime: &'a Regime,
    n: u32,
    n_stated: bool,
    doc: &'a Document,
}

impl Context<'_, '_> {
    /// The quorum over questions `from..=until`, `p`'s out members removed.
    fn evaluate(
        &self,
        from: u32,
        until: u32,
        p: &Placement,
        placed: bool,
        deliberation: Option<usize>,
    ) -> (QuorumCheck, Option<Finding>) {
        let (t, regime, n) = (self.t, self.regime, self.n);
        let c = t.counts(from, &p.out);
        let counted = c.present
            + if regime.counts_represented {
                c.represented
            } else {
                0
            };
        let required = regime.threshold.required(n);
        // After loi 3DS, members deported under L1111-6 also leave N
        // (L2131-11 al. 2); the text rarely says why a member is
        // interested, so both readings are computed.
        let deported = if regime.l1111_6 {
            p.interested_count.min(n)
        } else {
            0
        };
        let reduced_n = n - deported;
        let reduced_required = regime.threshold.required(reduced_n);
        let mut rule = regime.rule.clone();
        if regime.counts_represented {
            rule += ", present or represented";
        }
        if deported > 0 {
            rule += &format!(
                "; L1111-6 and L2131-11 (loi 3DS): {n} in office - {deported} interested = {reduced_n}"
            );
        }
        if !self.n_stated {
            rule += "; members in office not stated, counted from the lists";
        }
        let met = regime.threshold == Threshold::None || counted >= reduced_required;
        let qc = QuorumCheck {
            from_question: t.numbered().then_some(from),
            until_question: t.numbered().then_some(until),
            in_office: reduced_n,
            present: counted,
            required: if regime.threshold == Threshold::None {
                0
            } else {
                reduced_required
            },
            met,
            rule,
        };
        if regime.threshold == Threshold::None || counted >= required {
            return (qc, None);
        }
        let at = if t.numbered() {
            questions_text(&[[from, until]])
        } else {
            "the sitting".to_string()
        };
        let who = if regime.counts_represented {
            format!(
                "{counted} ({} present, {} represented)",
                c.present, c.represented
            )
        } else {
            format!("{counted} present")
        };
        let out_names = t.roster.names(&p.out);
        let out = if p.out.is_empty() {
            String::new()
        } else {
            format!(" once {out_names} left the item")
        };
        let span = deliberation
            .and_then(|k| self.doc.deliberations.get(k))
            .map(|d| d.span)
            .or(self.doc.meeting.span);
        if met {
            // Only the 3DS reading reaches the quorum.
            let message = format!(
                "quorum met at {at} only if the {deported} interested members ({out_names}) leave the members in office (L1111-6 and L2131-11 al. 2 after loi 3DS: {reduced_n} in office require {reduced_required}, found {who}); under the plain {} reading {n} in office require {required}: the text does not say why they are interested",
                regime.rule
            );
            return (
                qc,
                Some(finding(
                    Code::QuorumNotMet,
                    Severity::Warning,
                    message,
                    span,
                    deliberation,
                )),
            );
        }
        let mut doubts = Vec::new();
        if let Some(d) = &regime.doubt {
            doubts.push(d.clone());
        }
        if !self.n_stated {
            doubts.push("members in office not stated".into());
        }
        if counted.saturating_add(t.unaccounted) >= reduced_required {
            doubts.push(format!(
                "the lists name {} fewer members than in office",
                t.unaccounted
            ));
        }
        if !placed {
            doubts.push("no deliberation of this text is placed there".into());
        }
        // The text counts more present than the lists name, enough for the
        // quorum: the lists more likely read in part than a sitting
        // without one. (A count short of it too is the text's own word.)
        if let Some((stated, _)) = super::present_short(self.doc, t) {
            let represented = if regime.counts_represented {
                c.represented
            } else {
                0
            };
            if stated.saturating_add(represented) >= reduced_required {
                doubts.push(format!(
                    "the text counts {stated} present, more than the lists name, which would reach it"
                ));
            }
        }
        let severity = error_unless(!doubts.is_empty());
        let doubts = if doubts.is_empty() {
            String::new()
        } else {
            format!("; {}", doubts.join("; "))
        };
        let represented = if regime.counts_represented || c.represented == 0 {
            String::new()
        } else {
            format!(", the {} represented do not count", c.represented)
        };
        let message = format!(
            "expected at least {reduced_required} of {reduced_n} members in office at {at} ({}), found {who}{out}{represented}{doubts}",
            qc.rule
        );
        (
            qc,
            Some(finding(
                Code::QuorumNotMet,
                severity,
                message,
                span,
                deliberation,
            )),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Severity;
    use crate::validate::testkit::{Doc, errors, warnings};
    use crate::validate::validate;

    #[test]
    fn departures_break_the_quorum() {
        let doc = Doc::new("Conseil municipal", "2019-06-27", 5)
            .present("A, B, C[-2]")
            .absent("D, E")
            .delib(1, "")
            .delib(3, "");
        let v = validate(&doc.build());
        assert_eq!(errors(&v), ["quorum_not_met"]);
        let q: Vec<_> = v
            .quorum
            .iter()
            .map(|c| {
                (
                    c.from_question,
                    c.until_question,
                    c.present,
                    c.required,
                    c.met,
                )
            })
            .collect();
        assert_eq!(
            q,
            [
                (Some(1), Some(2), 3, 3, true),
                (Some(3), Some(3), 2, 3, false)
            ]
        );
        assert_eq!(v.quorum[0].rule, "L2121-17");
    }

    #[test]
    fn covid_third_and_second_convocation() {
        let doc = |date| {
            Doc::new("Conseil municipal", date, 9)
                .present("A, B, C")
                .absent("D, E, F, G, H, I")
                .delib(1, "")
        };
        assert!(errors(&validate(&doc("2021-02-10").build())).is_empty());
        assert_eq!(
            errors(&validate(&doc("2019-02-10").build())),
            ["quorum_not_met"]
        );
        let v = validate(&doc("2019-02-10").second_convocation().build());
        assert!(
            v.findings
                .iter()
                .all(|f| f.code.as_str() != "quorum_not_met")
        );
        assert!(v.quorum[0].met);
    }

    #[test]
    fn a_count_of_present_above_the_lists_reaching_the_quorum() {
        // Three seated of 9, "Présents : 5": the lists more likely read in
        // part than a sitting without quorum; "Présents : 4" does not
        // reach it either, the text's own word.
        let doc = |stated| {
            Doc::new("Conseil municipal", "2019-02-10", 9)
                .present("A, B, C")
                .absent("D, E, F, G, H, I")
                .stated(Some(stated), None)
                .delib(1, "")
                .build()
        };
        let v = validate(&doc(5));
        assert!(!errors(&v).contains(&"quorum_not_met"), "{:?}", v.findings);
        assert!(errors(&validate(&doc(4))).contains(&"quorum_not_met"));
    }

    #[test]
    fn commission_permanente_counts_represented() {
        let doc = Doc::new("Commission permanente", "2022-10-17", 5)
            .present("A, B")
            .absent("C, D, E")
            .proxy("C>A, D>B")
            .delib(1, "");
        let v = validate(&doc.build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        assert_eq!((v.quorum[0].present, v.quorum[0].required), (4, 3));
    }

    #[test]
    fn l1111_6_ambiguity_is_a_warning() {
        // 8 in office; 5 seated, 1 interested: 4 present. Plain: 5 needed;
        // after 3DS: 7 in office, 4 needed.
        let doc = || {
            Doc::new("Bureau", "2023-10-26", 8)
                .present("A, B, C, D, E")
                .absent("F, G, H")
                .delib(0, "4/0/0")
                .interested("E")
        };
        let v = validate(&doc().build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        assert_eq!(warnings(&v), ["quorum_not_met"]);
        assert_eq!((v.quorum[0].in_office, v.quorum[0].required), (7, 4));
        assert!(v.quorum[0].rule.contains("L1111-6"));
        // Before 3DS the plain reading applies: an error.
        let mut d = doc().build();
        d.meeting.date = Some("2019-06-01".parse().unwrap());
        d.meeting.body = Some("Conseil municipal".into());
        let v = validate(&d);
        assert!(v.findings.iter().any(|f| f.severity == Severity::Error));
    }
}
