//! Stage 4: check a document against who was really there.
//!
//! The attendance lists give a timeline: who sits and who is represented at
//! each question number (`timeline`). Against it, under the rules in force
//! for the body on the meeting's date (`rules`): the lists and stated
//! counts (`attendance`), each tally (`tallies`), the quorum per range
//! of questions (`quorum`) and the financing plans (`amounts`).
//!
//! Severity: an error is an inconsistency in the text or a rule broken; a
//! warning is what the text leaves ambiguous (a date near a change of rules,
//! a list that names fewer members than in office, why a member is
//! interested).

mod amounts;
mod attendance;
mod quorum;
mod rules;
mod tallies;
#[cfg(test)]
mod testkit;
mod timeline;

use crate::model::{Code, Document, Finding, Severity, Validation};
use crate::span::Span;

/// Validate a parsed document. Never panics, whatever the document holds.
pub fn validate(doc: &Document) -> Validation {
    validate_in(doc, None)
}

/// Validate a document with the text it was read from (its spans point
/// into it), when at hand: a name written in the attendance part that no
/// list read then makes a check on the lists not conclusive.
pub(crate) fn validate_in(doc: &Document, text: Option<&str>) -> Validation {
    let t = timeline::Timeline::new(doc);
    let regime = rules::Regime::of(&doc.meeting);
    let doubt = attendance_doubt(doc);
    let mut v = Validation::default();
    attendance::check(doc, &t, &regime, doubt.is_some(), text, &mut v.findings);
    not_conclusive(&mut v.findings, doubt.as_deref());
    let (questions, placements) = tallies::check(doc, &t, doubt.as_deref(), text, &mut v.findings);
    v.questions = questions;
    let k = v.findings.len();
    quorum::check(
        doc,
        &t,
        &regime,
        &placements,
        &mut v.quorum,
        &mut v.findings,
    );
    not_conclusive(&mut v.findings[k..], doubt.as_deref());
    amounts::check(doc, &mut v.findings);
    v
}

/// Whether the text says who sits: some member is listed present with no
/// range and no condition. "Etaient présents : les membres du Conseil"
/// names nobody, and members read only from the notes of their arrival or
/// departure ("départ de M. X après le point 4") leave the list of those
/// present all along unread: who sits is unknown rather than nobody. No
/// list read at all, the president and the secretary alone named present
/// (`attendance_missing`), likewise.
pub(crate) fn presence_known(doc: &Document) -> bool {
    doc.attendance.present.iter().any(|p| p.plain())
        && !doc
            .findings
            .iter()
            .any(|f| f.code == Code::AttendanceMissing)
}

/// Whether the text counts more members present than its lists name at
/// any question ("Présents : 24" beside a list of which five names are
/// read): the present list was most likely read in part, and a check that
/// rests on who is listed present is not conclusive. The count stated and
/// the most members the lists seat at one question.
pub(crate) fn present_short(doc: &Document, t: &timeline::Timeline<'_>) -> Option<(u32, u32)> {
    let stated = doc.meeting.stated_present?;
    if !presence_known(doc) {
        return None;
    }
    let most = t
        .spans()
        .iter()
        .map(|&(q, _)| t.counts(q, &[]).present)
        .max()
        .unwrap_or(0);
    (stated > most).then_some((stated, most))
}

/// Whether some tally counts far more votes than the lists seat with
/// their proxies at any question (under two thirds of it): the present
/// list was most likely read in part. The most votes of a tally and the
/// most voters the lists give.
pub(crate) fn votes_short(doc: &Document, t: &timeline::Timeline<'_>) -> Option<(u32, u32)> {
    let votes = doc
        .deliberations
        .iter()
        .filter_map(|d| tallies::counted(d.vote.as_ref()?))
        .map(|c| c.total)
        .max()?;
    if !presence_known(doc) {
        return None;
    }
    let most = t
        .spans()
        .iter()
        .map(|&(q, _)| t.counts(q, &[]).voters())
        .max()
        .unwrap_or(0);
    far_more(votes, most).then_some((votes, most))
}

/// Whether a tally of `votes` is far above the `voters` the lists give:
/// these under two thirds of it, and three votes more at least (a tally
/// of three beside one name read is as likely the text's slip).
pub(crate) fn far_more(votes: u32, voters: u32) -> bool {
    u64::from(voters) * 3 < u64::from(votes) * 2 && votes >= voters.saturating_add(3)
}

/// What the parser says it could not read of the attendance (its own
/// findings: a list read in part, a proxy written but not read, a holder
/// not resolved, a text cut off), as a reason; `None` when it read the
/// attendance without doubt.
fn attendance_doubt(doc: &Document) -> Option<String> {
    let count = |code| doc.findings.iter().filter(|f| f.code == code).count();
    let mut what = Vec::new();
    for (code, one, many) in [
        (
            Code::UnreadableList,
            "a list read in part",
            "lists read in part",
        ),
        (
            Code::UnreadableProxy,
            "a proxy written but not read",
            "proxies written but not read",
        ),
        (
            Code::UnresolvedHolder,
            "a proxy holder not resolved",
            "proxy holders not resolved",
        ),
        (Code::Truncated, "the text cut off", "the text cut off"),
        (
            Code::AttendanceMissing,
            "no attendance list read",
            "no attendance list read",
        ),
    ] {
        match count(code) {
            0 => {}
            1 => what.push(one.to_string()),
            _ if code == Code::Truncated => what.push(many.to_string()),
            n => what.push(format!("{n} {many}")),
        }
    }
    (!what.is_empty()).then(|| {
        format!(
            "the parser could not read the attendance fully ({}), so the check is not conclusive",
            what.join(", ")
        )
    })
}

/// An inconsistency is an error only if every input it rests on was read
/// without doubt: the errors of checks that rest on an attendance read in
/// part become warnings that say why.
fn not_conclusive(findings: &mut [Finding], doubt: Option<&str>) {
    let Some(doubt) = doubt else { return };
    for f in findings
        .iter_mut()
        .filter(|f| f.severity == Severity::Error)
    {
        f.severity = Severity::Warning;
        f.message = format!("{}; {doubt}", f.message);
    }
}

/// Where a deliberation stands in the timeline, and who is out of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Placement {
    /// Its question, or the questions its tally is consistent with when
    /// the text does not number it (0: the unnumbered sitting).
    pub(crate) at: Vec<u32>,
    /// Roster members out of it: interested, not voting, withdrawn.
    pub(crate) out: Vec<usize>,
    /// Distinct people named interested (some may be missing from the lists).
    pub(crate) interested_count: u32,
}

fn finding(
    code: Code,
    severity: Severity,
    message: String,
    span: Option<Span>,
    deliberation: Option<usize>,
) -> Finding {
    Finding {
        code,
        severity,
        message,
        span,
        deliberation,
    }
}

/// An error when the text leaves no doubt, else a warning.
fn error_unless(doubtful: bool) -> Severity {
    if doubtful {
        Severity::Warning
    } else {
        Severity::Error
    }
}

/// Question ranges for messages: "question 8", "questions 3 to 5 and 9".
fn questions_text(ranges: &[[u32; 2]]) -> String {
    if ranges.iter().all(|r| r == &[0, 0]) {
        return "the sitting".into();
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|r| {
            if r[0] == r[1] {
                r[0].to_string()
            } else {
                format!("{} to {}", r[0], r[1])
            }
        })
        .collect();
    let single = ranges.len() == 1 && ranges[0][0] == ranges[0][1];
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.concat(),
    };
    format!("question{} {list}", if single { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::validate::testkit::Doc;

    #[test]
    fn question_ranges_read_well() {
        assert_eq!(questions_text(&[[8, 8]]), "question 8");
        assert_eq!(questions_text(&[[3, 5], [9, 9]]), "questions 3 to 5 and 9");
        assert_eq!(questions_text(&[[0, 0]]), "the sitting");
    }

    #[test]
    fn empty_document() {
        let v = validate(&Doc::new("", "", 0).build());
        assert_eq!(v, Validation::default());
        let v = validate(&Doc::new("", "", 0).delib(0, "3/0/0 u").build());
        assert!(v.findings.is_empty());
        assert_eq!(v.questions.len(), 1);
    }

    #[test]
    fn messages_are_lowercase_without_final_period() {
        let doc = Doc::new("Conseil municipal", "2019-04-11", 9)
            .present("A, B, C, D[-2]")
            .absent("E, F")
            .proxy("E>D, F>Z")
            .delib(3, "9/2/0 u rejected")
            .interested("A");
        let v = validate(&doc.build());
        assert!(v.findings.len() >= 4, "{:?}", v.findings);
        for f in &v.findings {
            let first = f.message.chars().next().unwrap();
            assert!(
                !first.is_uppercase() && !f.message.ends_with('.'),
                "{}",
                f.message
            );
        }
    }

    #[test]
    fn never_panics_on_odd_documents() {
        let mut doc = Doc::new("Bureau", "2021-11-11", 3)
            .present("A[9-2], B[0-0], C[4294967295-]")
            .absent("A, A, B")
            .proxy("A>A, B>C[7-3], Q>R")
            .substitute("A>A, S>T")
            .delib(4_000_000_000, "0/0/0 u rejected nv=9 voters=0 expressed=0")
            .interested("A, A, Z")
            .delib(0, "-/-/- u")
            .build();
        doc.deliberations[0].totals.push(AmountTotal {
            total: 7,
            parts: vec![1, 99],
        });
        let _ = validate(&doc);
        doc.meeting.members_in_office = Some(0);
        let _ = validate(&doc);
        doc.meeting.second_convocation = true;
        let _ = validate(&doc);
    }

    #[test]
    fn large_documents_stay_fast() {
        let present: Vec<String> = (0..1500)
            .map(|i| format!("P{i}[{}-]", i % 400 + 1))
            .collect();
        let absent: Vec<String> = (0..500).map(|i| format!("A{i}")).collect();
        let proxies: Vec<String> = (0..500).map(|i| format!("A{i}>P{i}")).collect();
        let mut doc = Doc::new("Conseil municipal", "2019-04-11", 2000)
            .present(&present.join(", "))
            .absent(&absent.join(", "))
            .proxy(&proxies.join(", "));
        for q in 1..=500 {
            doc = doc
                .delib(q, "900/10/3 adopted")
                .interested(&format!("P{q}, A{q}"));
        }
        for _ in 0..300 {
            doc = doc.delib(0, "1200/0/0 u");
        }
        let start = std::time::Instant::now();
        let v = validate(&doc.build());
        assert_eq!(v.questions.len(), 800);
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }

    /// A sitting of 5 with a tally of 6: the same inconsistency is an error
    /// when the attendance was read without doubt, a warning that says why
    /// when the parser says it could not read a proxy it saw written.
    #[test]
    fn errors_only_on_inputs_read_without_doubt() {
        let doc = || {
            Doc::new("Conseil municipal", "2019-04-11", 6)
                .present("A, B, C, D, E")
                .absent("F")
                .delib(1, "6/0/0 u voters=5")
                .build()
        };
        let clean = validate(&doc());
        let tally: Vec<_> = clean
            .findings
            .iter()
            .filter(|f| f.code == Code::TallyMismatch)
            .collect();
        assert!(
            tally.iter().any(|f| f.severity == Severity::Error
                && f.message.starts_with("expected at most 5 voters")),
            "{tally:#?}"
        );

        let mut unsure = doc();
        unsure.findings.push(finding(
            Code::UnreadableProxy,
            Severity::Warning,
            "expected the proxy written in \"F (pouvoir donné G)\" to be read, found none".into(),
            None,
            None,
        ));
        let v = validate(&unsure);
        let against_lists = v
            .findings
            .iter()
            .find(|f| f.message.starts_with("expected at most 5 voters"))
            .expect("the tally is still compared with the lists");
        assert_eq!(against_lists.severity, Severity::Warning);
        assert!(
            against_lists
                .message
                .contains("a proxy written but not read")
                && against_lists
                    .message
                    .ends_with("so the check is not conclusive"),
            "{}",
            against_lists.message
        );
        // Within the vote itself (6 for, 5 voters stated) nothing rests on the
        // attendance: still an error.
        assert!(
            v.findings.iter().any(|f| f.severity == Severity::Error
                && f.message
                    .starts_with("expected for + against + abstentions")),
            "{:#?}",
            v.findings
        );
    }

    #[test]
    fn seed_like_extract() {
        // 32 in office, 18 seated at questions 1-12 of whom 2 interested,
        // 6 proxies: 22 for; quorum 16 of 30 only after loi 3DS.
        let present: Vec<String> = (1..=17)
            .map(|i| format!("P{i}"))
            .chain(["V[-53]", "L1[13-]", "L2[19-]", "Z[23-]"].map(String::from))
            .collect();
        let absent: Vec<String> = (1..=11).map(|i| format!("A{i}")).collect();
        let doc = Doc::new("Bureau", "2023-10-26", 32)
            .present(&present.join(", "))
            .absent(&(absent.join(", ") + ", Z"))
            .proxy("A1>P1, A2>P2, A3>P3, A4>P4, A5>P5, Z>P6[-22]")
            .delib(0, "22/0/0 u nv=2 adopted")
            .interested("P7, V")
            .build();
        assert_eq!(doc.attendance.present.len(), 21);
        let v = validate(&doc);
        assert!(
            v.findings.iter().all(|f| f.severity != Severity::Error),
            "{:#?}",
            v.findings
        );
        assert_eq!(v.questions[0].consistent_questions, [[1, 12]]);
        let q = &v.quorum[0];
        assert_eq!((q.from_question, q.until_question), (Some(1), Some(12)));
        assert_eq!(
            (q.in_office, q.present, q.required, q.met),
            (30, 16, 16, true)
        );
    }
}
