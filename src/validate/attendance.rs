//! Attendance checks: the lists against the members in office and the
//! stated counts, people both present and absent, proxies whose grantor
//! sits or whose holder does not, holders over the cap.

use super::rules::{Regime, Threshold, Tier};
use super::timeline::{Link, Timeline, ranges};
use super::{finding, questions_text};
use crate::model::{Code, Document, Finding, Person, Severity};

/// All attendance checks of a document.
///
/// `doubt`: the parser says it read the attendance in part; its errors
/// then become warnings that say so, and the lists' own signs of a list
/// read in part are not looked for.
pub(crate) fn check(
    doc: &Document,
    t: &Timeline<'_>,
    regime: &Regime,
    doubt: bool,
    text: Option<&str>,
    out: &mut Vec<Finding>,
) {
    if t.roster.members.is_empty() {
        return;
    }
    members_count(doc, t, regime, doubt, text, out);
    let presence_known = super::presence_known(doc);
    let unnamed = presence_known && unnamed_president(doc, t);
    let unread = if doubt {
        Unread {
            doubt,
            ..Unread::default()
        }
    } else {
        Unread {
            short: super::present_short(doc, t),
            votes: super::votes_short(doc, t),
            below_quorum: below_quorum(doc, t, regime),
            holders: unlisted_holders(t),
            doubt,
        }
    };
    if presence_known {
        stated_counts(doc, t, unnamed, &unread, text, out);
    }
    for link in &t.roster.links {
        grantor_present(doc, t, link, out);
        if presence_known {
            holder_absent(doc, t, link, unnamed, &unread, text, out);
        }
    }
    listed_both_ways(doc, t, out);
    overloaded(t, regime, out);
}

/// What says the present list was read in part though the parser did not
/// say so: the checks that rest on it are then not conclusive.
#[derive(Default)]
struct Unread {
    /// The parser said it read the attendance in part: its own reason
    /// stands, the signs are not looked for.
    doubt: bool,
    /// The text counts more present than the lists seat at any question
    /// (the count stated, the most seated).
    short: Option<(u32, u32)>,
    /// A tally counts far more votes than the lists seat with their
    /// proxies (the most votes, the most voters).
    votes: Option<(u32, u32)>,
    /// The lists seat fewer than the quorum at every question of a
    /// sitting held on a first convocation (the most seated, the quorum).
    below_quorum: Option<(u32, u32)>,
    /// Holders of proxies whom no list names present, each once.
    holders: Vec<usize>,
}

impl Unread {
    /// Whether a holder no list names present is more likely a name the
    /// present list lost than a holder away: the text counts more present
    /// than named, a tally far more votes, the lists seat fewer than a
    /// quorum (a sitting on a first convocation deliberates with one), or
    /// two holders or more are missing from it (a clerk seldom writes
    /// proxies to several members who are not there).
    fn holder_in_doubt(&self) -> bool {
        self.short.is_some()
            || self.votes.is_some()
            || self.below_quorum.is_some()
            || self.holders.len() >= 2
    }
}

/// Whether the lists seat fewer than the quorum at every question though
/// the sitting is on a first convocation and deliberates: a sitting held
/// without its quorum is rare, a present list read in part less so. The
/// most seated (with the represented where they count) and the quorum.
fn below_quorum(doc: &Document, t: &Timeline<'_>, regime: &Regime) -> Option<(u32, u32)> {
    if doc.meeting.second_convocation || doc.deliberations.is_empty() {
        return None;
    }
    let n = doc
        .meeting
        .members_in_office
        .unwrap_or_else(|| t.roster.listed_members());
    let required = match regime.threshold {
        Threshold::None => return None,
        th => th.required(n),
    };
    let most = t
        .spans()
        .iter()
        .map(|&(q, _)| {
            let c = t.counts(q, &[]);
            c.present
                + if regime.counts_represented {
                    c.represented
                } else {
                    0
                }
        })
        .max()
        .unwrap_or(0);
    (most < required).then_some((most, required))
}

/// The holders of proxies that some question needs (the grantor not
/// sitting) whom no list names present, each once.
pub(super) fn unlisted_holders(t: &Timeline<'_>) -> Vec<usize> {
    let mut out: Vec<usize> = t
        .roster
        .links
        .iter()
        .filter(|l| {
            let h = &t.roster.members[l.holder];
            h.presence.is_empty()
                && !h.implicit
                && t.questions()
                    .any(|q| t.covers(l, q) && !t.seated(q, l.grantor))
        })
        .map(|l| l.holder)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Family names written with a man's civility in one mention and a
/// woman's in another ("Mesdames VILPELON" present, "M. VILPELON" absent):
/// perhaps two people the lists read as one.
fn homonyms_by_civility(doc: &Document) -> Vec<String> {
    let a = &doc.attendance;
    // Each key with a civility, whether a man's, sorted: the keys of both
    // kinds come out in order, once each, with no map to build. (A name
    // without a civility makes no homonym.)
    let mut seen: Vec<(String, bool)> = a
        .present
        .iter()
        .map(|x| &x.person)
        .chain(a.absent.iter().map(|x| &x.person))
        .filter_map(|p| Some((p.key(), p.civility.as_deref()? == "M.")))
        .collect();
    seen.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    for pair in seen.windows(2) {
        // Sorted, a key's women come before its men.
        if pair[0].0 == pair[1].0 && !pair[0].1 && pair[1].1 && out.last() != Some(&pair[0].0) {
            out.push(pair[0].0.clone());
        }
    }
    out
}

/// Whether the members under `key` are written with a given name in one
/// list and with none in the other ("Présents : M. X ..." and "M. Paul X,
/// Maire de Y, s'est fait excuser"): the text does not say they are one
/// person.
fn given_names_tell_apart(doc: &Document, key: &str) -> bool {
    let a = &doc.attendance;
    let given = |people: &mut dyn Iterator<Item = &Person>| -> (bool, bool) {
        people
            .filter(|p| p.key() == key)
            .fold((false, false), |(with, without), p| {
                (
                    with || p.given_name.is_some(),
                    without || p.given_name.is_none(),
                )
            })
    };
    let present = given(&mut a.present.iter().map(|x| &x.person));
    let absent = given(&mut a.absent.iter().map(|x| &x.person));
    (present == (true, false) && absent == (false, true))
        || (present == (false, true) && absent == (true, false))
}

/// Whether the text counts one member present more than its lists name
/// and names no president ("Présents : Mmes A, B ... Quorum : 23
/// présents" with 22 named): the one counted and not named is most likely
/// the president, whom many lists leave out. Who that is, the text does
/// not say. A member present votes: a count of voters the lists reach
/// says the one more present is a wrong count, not an unnamed member.
fn unnamed_president(doc: &Document, t: &Timeline<'_>) -> bool {
    let m = &doc.meeting;
    m.president.is_none()
        && m.stated_present.is_some_and(|s| {
            t.questions().any(|q| {
                let c = t.counts(q, &[]);
                c.present + 1 == s && m.stated_voters.is_none_or(|v| c.voters() < v)
            })
        })
}

/// People listed present + absent against the members in office, and no
/// question with more members sitting than in office.
fn members_count(
    doc: &Document,
    t: &Timeline<'_>,
    regime: &Regime,
    doubt: bool,
    text: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let Some(n) = doc.meeting.members_in_office else {
        return;
    };
    let members: Vec<_> = t.roster.members.iter().filter(|m| !m.substitute).collect();
    // Titulars in office and substitutes present counted apart, the lists
    // telling no substitute from the titulars: more named than in office
    // may be the substitutes.
    let substitutes_unmarked = || {
        t.roster.members.iter().all(|m| !m.substitute)
            && text.is_some_and(substitutes_counted_apart)
    };
    let listed = members.len() as u32;
    let present = members
        .iter()
        .filter(|m| !m.replaced && (m.implicit || !m.presence.is_empty()))
        .count();
    if listed != n && super::presence_known(doc) {
        // Fewer names than seats in a cut text, or with no absent named at
        // all, may just be names the excerpt does not give.
        let truncated = doc.findings.iter().any(|f| f.code == Code::Truncated);
        let a = &doc.attendance;
        let no_absent = a.absent.is_empty() && a.proxies.is_empty();
        // "Ont donné pouvoir : X à Y" and no label of the absent (each
        // absent read from its own proxy), or "Mme X (et pouvoir de M. Y)"
        // inside the present list: the absent named only as the grantors
        // of proxies; the others are not written. ("Absents : néant" writes
        // a list, empty.)
        let present_list = a
            .present
            .iter()
            .map(|p| p.person.span.start)
            .min()
            .unwrap_or(0)
            ..a.present
                .iter()
                .map(|p| p.person.span.end)
                .max()
                .unwrap_or(0);
        let only_grantors = !a.absent.is_empty()
            && a.absent.iter().all(|x| {
                a.proxies.iter().any(|p| {
                    p.grantor.same_as(&x.person)
                        && (p.grantor.span == x.person.span && !a.absent_label
                            || present_list.contains(&x.person.span.start))
                })
            });
        let only_excused = !a.absent.is_empty() && a.absent.iter().all(|x| x.excused == Some(true));
        let (severity, why) = match (listed < n, truncated, no_absent) {
            (true, true, _) => (Severity::Warning, "; the text is cut off"),
            (true, _, true) => (Severity::Warning, "; the text names no absent member"),
            // (The homonyms looked for only when the answer turns on them.)
            (true, _, _) if listed + homonyms_by_civility(doc).len() as u32 >= n => (
                Severity::Warning,
                "; a family name written both with \"M.\" and \"Mme\" may be two people read as one",
            ),
            // A third of the council or more unnamed: more likely lists read
            // in part (a table cut, a layout not understood) than a text
            // that forgets them.
            (true, _, _) if u64::from(listed) * 3 < u64::from(n) * 2 => (
                Severity::Warning,
                "; so many unnamed that the lists may not have been read whole",
            ),
            (true, _, _) if only_grantors => (
                Severity::Warning,
                "; the text names the absent only as proxy grantors, and writes no list of the absent",
            ),
            // "Absents excusés : X (pouvoir à Y), Z" and no other absent
            // named: those absent without excuse are not written.
            (true, _, _) if only_excused => (
                Severity::Warning,
                "; the text lists only the absent who sent their excuses",
            ),
            // "Présents : 24" and fewer read: the lists were cut, not
            // the council.
            (true, _, _) if !doubt && super::present_short(doc, t).is_some() => (
                Severity::Warning,
                "; the text counts more members present than the lists name, so they may not have been read whole and the check is not conclusive",
            ),
            (true, _, _) if !doubt && below_quorum(doc, t, regime).is_some() => (
                Severity::Warning,
                "; the lists seat fewer than a quorum, so they may not have been read whole and the check is not conclusive",
            ),
            (true, _, _) if !doubt && super::votes_short(doc, t).is_some() => (
                Severity::Warning,
                "; a tally counts far more votes than the lists seat, so they may not have been read whole and the check is not conclusive",
            ),
            (false, _, _) if !doubt && substitutes_unmarked() => {
                (Severity::Warning, SUBSTITUTES_APART)
            }
            _ => (Severity::Error, ""),
        };
        out.push(finding(
            Code::MembersCountMismatch,
            severity,
            format!(
                "expected {n} members in office, found {listed} named in the lists ({present} present, {} absent or represented only){why}",
                listed as usize - present
            ),
            doc.meeting.span,
            None,
        ));
    }
    let mut worst = None;
    // The substitutes, found once for every question (most texts have none).
    let substitutes: Vec<usize> = (0..t.roster.members.len())
        .filter(|&m| t.roster.members[m].substitute)
        .collect();
    for q in t.questions() {
        let p = t.counts(q, &[]).present;
        let subs = substitutes.iter().filter(|&&m| t.seated(q, m)).count() as u32;
        let titulars = p.saturating_sub(subs);
        if titulars > n && worst.is_none_or(|(_, w)| titulars > w) {
            worst = Some((q, titulars));
        }
    }
    if let Some((q, p)) = worst {
        let (severity, why) = if !doubt && substitutes_unmarked() {
            (Severity::Warning, SUBSTITUTES_APART)
        } else {
            (Severity::Error, "")
        };
        out.push(finding(
            Code::MembersCountMismatch,
            severity,
            format!(
                "expected at most {n} members sitting, found {p} at {}{why}",
                questions_text(&[[q, q]])
            ),
            doc.meeting.span,
            None,
        ));
    }
}

/// "Présents : 29", "Votants : 33" against the lists: the count must match
/// the attendance at some question (the opening, or the item the extract
/// is about).
fn stated_counts(
    doc: &Document,
    t: &Timeline<'_>,
    unnamed: bool,
    unread: &Unread,
    text: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let m = &doc.meeting;
    // No count stated, nothing to compare: the counts at every question
    // are not worked out.
    if m.stated_present.is_none() && m.stated_voters.is_none() {
        return;
    }
    let mut present = Vec::new();
    let mut voters = Vec::new();
    // "PRÉSENTS : 37 ... REPRÉSENTÉS : 2 - X par Y": a count of the
    // titulars present may leave out the substitutes sitting for others.
    let substitutes: Vec<usize> = (0..t.roster.members.len())
        .filter(|&m| t.roster.members[m].substitute)
        .collect();
    let mut titulars = Vec::new();
    for q in t.questions() {
        let c = t.counts(q, &[]);
        present.push(c.present);
        voters.push(c.voters());
        let subs = substitutes.iter().filter(|&&m| t.seated(q, m)).count() as u32;
        if subs > 0 {
            titulars.push(c.present.saturating_sub(subs));
        }
    }
    // An item's own count removes its interested members; any item may be
    // the one the header speaks of.
    for d in &doc.deliberations {
        let gone: Vec<usize> = d
            .interested
            .iter()
            .chain(&d.withdrawn)
            .filter_map(|p| t.roster.find(p))
            .collect();
        if gone.is_empty() {
            continue;
        }
        for q in d.question.map_or(t.questions(), |q| q..=q) {
            let c = t.counts(q, &gone);
            present.push(c.present);
            voters.push(c.voters());
        }
    }
    let unplaced = doc
        .attendance
        .present
        .iter()
        .filter(|p| {
            p.condition.is_some()
                && p.from_question.is_none()
                && p.until_question.is_none()
                && p.from_question_told.is_none()
                && p.until_question_told.is_none()
        })
        .count();
    let unplaced = u32::try_from(unplaced).unwrap_or(u32::MAX);
    // Members the lists leave uncertain, who may make up a count above
    // them: the president counted and not named (and the proxies of
    // holders no list names, whom he may be), a family name written with
    // "M." and "Mme" read as one member (and that member's proxies).
    let homonyms = homonyms_by_civility(doc);
    let unsure_present = u32::from(unnamed) + homonyms.len() as u32;
    let unsure_voters = unsure_present
        + t.roster
            .links
            .iter()
            .filter(|l| {
                let h = &t.roster.members[l.holder];
                unnamed && h.presence.is_empty() && !h.implicit
                    || homonyms.contains(&t.roster.members[l.grantor].person.key())
            })
            .count() as u32;
    // What the holders no list seats would add, present after all: one
    // each to those present; to the voters, each one and the proxies held
    // (every sum of some of them, capped; with the members already
    // uncertain).
    let adds = |voters: bool| -> Vec<u32> {
        let mut sums = vec![0u32];
        for &h in &unread.holders {
            let held = if voters {
                t.roster.links.iter().filter(|l| l.holder == h).count() as u32
            } else {
                0
            };
            // A holder whose name is a part of a compound name read
            // present may be that member: only the proxies held to add.
            let joined = voters && held > 0 && joined_into(t, h).is_some();
            let more: Vec<u32> = sums
                .iter()
                .flat_map(|s| [s + 1 + held, if joined { s + held } else { 0 }])
                .collect();
            sums.extend(more);
            sums.sort_unstable();
            sums.dedup();
            if sums.len() > 64 {
                break;
            }
        }
        sums
    };
    for (label, stated, found, unsure) in [
        ("present", m.stated_present, present, unsure_present),
        ("voters", m.stated_voters, voters, unsure_voters),
    ] {
        let sums: Vec<u32> = if unread.holders.is_empty() {
            Vec::new()
        } else {
            adds(label == "voters")
                .into_iter()
                .flat_map(|s| (0..=unsure).map(move |u| s + u))
                .filter(|&s| s > 0)
                .collect()
        };
        let Some(stated) = stated else { continue };
        if found.contains(&stated)
            || found.is_empty()
            || label == "present" && titulars.contains(&stated)
        {
            continue;
        }
        // Members who arrive or leave at a time no question places ("à
        // partir de 20h40"): the count may be taken with or without them.
        if unplaced > 0
            && found
                .iter()
                .any(|&f| f.saturating_sub(unplaced) <= stated && stated <= f)
        {
            continue;
        }
        let (lo, hi) = (
            found.iter().min().copied().unwrap_or(0),
            found.iter().max().copied().unwrap_or(0),
        );
        let found_text = if lo == hi {
            format!("{lo}")
        } else {
            format!("{lo} to {hi} depending on the question")
        };
        // Under two thirds of the count stated: more likely lists read in
        // part than a wrong count.
        let (severity, why) = if u64::from(hi) * 3 < u64::from(stated) * 2 {
            (
                Severity::Warning,
                ": so few that the lists may not have been read whole",
            )
        } else if unsure > 0 && found.iter().any(|&f| f < stated && stated - f <= unsure) {
            (
                Severity::Warning,
                if homonyms.is_empty() {
                    ": more than named, perhaps the president, whom the text does not name, and the proxies he holds"
                } else {
                    ": more than named, perhaps a family name written with \"M.\" and \"Mme\" that stands for two people, or a president the text does not name"
                },
            )
        } else if !unread.holders.is_empty()
            && found
                .iter()
                .any(|&f| f < stated && sums.contains(&(stated - f)))
        {
            // Each holder the lists do not seat, if present after all,
            // makes one more: the count and the proxies agree that names
            // are missing from the present list.
            (
                Severity::Warning,
                ": more than named, perhaps holders of proxies whom the lists do not name present, so the check is not conclusive",
            )
        } else if substitutes.is_empty() && text.is_some_and(substitutes_counted_apart) {
            (
                Severity::Warning,
                ": the text counts substitutes present apart (\"suppléants présents\"), whom the lists do not tell from the titulars, so the check is not conclusive",
            )
        } else {
            (Severity::Error, "")
        };
        out.push(finding(
            Code::StatedCountMismatch,
            severity,
            format!("expected {stated} {label} as stated, found {found_text} in the lists{why}"),
            m.span,
            None,
        ));
    }
}

/// Why a count against lists that mix substitutes with titulars is not
/// conclusive.
const SUBSTITUTES_APART: &str = "; the text counts substitutes present apart (\"suppléants présents\"), whom the lists do not tell from the titulars, so the check is not conclusive";

/// Whether the head of `text` counts the substitutes present apart from
/// the titulars ("Nbre de délégués suppléants présents : 13 dont 3 avec
/// voix délibérative"): a count of the present may then be of titulars
/// alone, or of the voters among them.
fn substitutes_counted_apart(text: &str) -> bool {
    let head = &text[..text.floor_char_boundary(text.len().min(6000))];
    crate::text::fold_regex!(r"(?i)suppléante?s?(?:\s+\S+){0,3}\s+présente?s?").is_match(head)
}

/// A proxy whose grantor sits at a question the proxy is written to cover.
/// An unranged proxy of a member who arrives later simply lapses (rules
/// §8); only a stated range, or a grantor present all along, contradicts.
/// A family name written with "M." in one list and "Mme" in the other
/// ("Mmes A, X" present, "M. X pouvoir à M. B" absent) may be two people
/// the roster reads as one: a warning that says so.
fn grantor_present(doc: &Document, t: &Timeline<'_>, link: &Link<'_>, out: &mut Vec<Finding>) {
    let grantor = &t.roster.members[link.grantor];
    if !link.ranged() && !grantor.always_present() {
        return;
    }
    let both = ranges(
        t.questions()
            .map(|q| (q, t.covers(link, q) && t.seated(q, link.grantor))),
    );
    if both.is_empty() {
        return;
    }
    let holder = t.roster.members[link.holder].name();
    let at = questions_text(&both);
    // "X (jusqu'à la délibération 3)" present and "X par Y (à partir de la
    // délibération 3)": a handover written with the same question on both
    // sides, which the text does not place on either.
    let handover = matches!(both.as_slice(), [[q, r]] if q == r
        && (link.proxy.from_question == Some(*q) || link.proxy.until_question == Some(*q)))
        && !grantor.always_present();
    let (severity, why) = if homonyms_by_civility(doc).contains(&grantor.person.key()) {
        (
            Severity::Warning,
            "; written with \"M.\" in one list and \"Mme\" in the other, perhaps two people",
        )
    } else if handover {
        (
            Severity::Warning,
            "; the presence and the proxy meet at that question, which the text places on neither side",
        )
    } else {
        (Severity::Error, "")
    };
    out.push(finding(
        Code::ProxyGrantorPresent,
        severity,
        format!(
            "expected the proxy of {} to {holder} to cover only questions where {} is absent, found {} sitting at {at}{why}",
            grantor.name(),
            grantor.name(),
            grantor.name()
        ),
        Some(link.proxy.span),
        None,
    ));
    out.push(finding(
        Code::PersonBothPresentAndAbsent,
        severity,
        format!(
            "expected {} either present or represented, found both at {at} (sitting, and a proxy to {holder}){why}",
            grantor.name()
        ),
        Some(grantor.person.span),
        None,
    ));
}

/// A proxy whose holder never sits while it could be used (error), or is
/// away for part of a range the text states (warning: the proxy lapses).
fn holder_absent(
    doc: &Document,
    t: &Timeline<'_>,
    link: &Link<'_>,
    unnamed: bool,
    unread: &Unread,
    text: Option<&str>,
    out: &mut Vec<Finding>,
) {
    // The questions the proxy is for, walked again rather than gathered:
    // most proxies are for none or are held throughout.
    let covered = || {
        t.questions()
            .filter(|&q| t.covers(link, q) && !t.seated(q, link.grantor))
    };
    if covered().next().is_none() {
        return;
    }
    let away = ranges(covered().map(|q| (q, !t.seated(q, link.holder))));
    if away.is_empty() {
        return;
    }
    let holder = &t.roster.members[link.holder];
    let never = away.iter().map(|r| r[1] - r[0] + 1).sum::<u32>() as usize == covered().count();
    let unlisted = holder.presence.is_empty() && !holder.implicit;
    // The one member counted present and not named may be this holder.
    let maybe_unnamed = unnamed && unlisted;
    // A present list read in part may have lost the holder's name.
    let maybe_unread = unlisted && unread.holder_in_doubt();
    // "CARREL- DUMAS" read as one compound name while "pouvoir à M. DUMAS":
    // a separator lost between two names, or one person written two ways.
    let joined = if unlisted && !maybe_unread {
        joined_into(t, link.holder)
    } else {
        None
    };
    // The name written in the attendance part where no list read it.
    let written = match text {
        Some(text) if unlisted && !maybe_unread && joined.is_none() && !unread.doubt => {
            written_unread(doc, text, &holder.person.family_name)
        }
        _ => None,
    };
    let doubt = maybe_unnamed || maybe_unread || joined.is_some() || written.is_some();
    let severity = if never && !holder.uncertain() && !doubt {
        Severity::Error
    } else if link.ranged() || holder.uncertain() || doubt {
        Severity::Warning
    } else {
        return;
    };
    let found = if maybe_unnamed {
        "not listed present, though the text counts one member present more than it names (its president, unnamed?)".to_string()
    } else if let Some(line) = written {
        format!(
            "not read present, though the name is written on line {line} of the attendance, where no list read it: the holder may be one the lists did not read, so the check is not conclusive"
        )
    } else if let Some(compound) = joined {
        format!(
            "not read present, though {compound} is, a compound name of which it is one part: two names the list joined, or one person written two ways, so the check is not conclusive"
        )
    } else if let (true, Some((stated, most))) = (maybe_unread, unread.short) {
        format!(
            "not read present, though the text counts {stated} present and the lists name {most}: the holder may be one the lists did not read, so the check is not conclusive"
        )
    } else if let (true, Some((votes, most))) = (maybe_unread, unread.votes) {
        format!(
            "not read present, though a tally counts {votes} votes and the lists seat {most} voters: the holder may be one the lists did not read, so the check is not conclusive"
        )
    } else if maybe_unread && unread.holders.len() >= 2 {
        format!(
            "not read present, nor {}: more likely a present list read in part than so many holders away, so the check is not conclusive",
            match unread.holders.len() - 1 {
                1 => "another holder of a proxy".to_string(),
                n => format!("{n} other holders of proxies"),
            }
        )
    } else if let (true, Some((most, required))) = (maybe_unread, unread.below_quorum) {
        format!(
            "not read present, though the lists seat {most}, fewer than the {required} of a quorum: the holder may be one the lists did not read, so the check is not conclusive"
        )
    } else if maybe_unread {
        "not read present, so the check is not conclusive".to_string()
    } else if unlisted {
        "not listed present".to_string()
    } else {
        format!("absent at {}", questions_text(&away))
    };
    out.push(finding(
        Code::ProxyHolderAbsent,
        severity,
        format!(
            "expected {} present to hold the proxy of {}, found {} {found}",
            holder.name(),
            t.roster.members[link.grantor].name(),
            holder.name(),
        ),
        Some(link.proxy.span),
        None,
    ));
}

/// A member seated at some question whose compound family name has the
/// holder's family name as one of its parts ("CARREL-DUMAS" and "DUMAS"),
/// as written.
pub(super) fn joined_into<'t>(t: &'t Timeline<'_>, holder: usize) -> Option<&'t str> {
    let key = t.roster.members[holder].person.key();
    if key.chars().count() < 3 {
        return None;
    }
    t.roster
        .members
        .iter()
        .filter(|m| m.implicit || !m.presence.is_empty())
        .find(|m| {
            let family = &m.person.family_name;
            family.contains('-')
                && m.person.key() != key
                && family.split('-').any(|part| Person::key_of(part) == key)
        })
        .map(|m| m.name())
}

/// Whether a holder no list seats may sit all the same: a part of a
/// compound name read present, or the name written in the attendance part
/// where no list read it.
pub(super) fn maybe_seated(doc: &Document, t: &Timeline<'_>, text: Option<&str>, h: usize) -> bool {
    joined_into(t, h).is_some()
        || text.is_some_and(|text| {
            written_unread(doc, text, &t.roster.members[h].person.family_name).is_some()
        })
}

/// The line where a family name is written in the attendance part of the
/// text (before the first deliberation) outside every name the lists read,
/// every proxy phrase, the president and the secretary: a mention no list
/// took ("Présents : ... M. X" cut, a line the readers skipped). Written as
/// the name is written, or in capitals, as a whole word (not a part of a
/// compound name or a place: "Saint-Martin" is not "MARTIN").
fn written_unread(doc: &Document, text: &str, family: &str) -> Option<usize> {
    if family.chars().count() < 3 {
        return None;
    }
    let end = doc
        .deliberations
        .iter()
        .map(|d| d.span.start)
        .min()
        .unwrap_or(text.len());
    let head = text.get(..end.min(text.len()))?;
    let a = &doc.attendance;
    let read: Vec<(usize, usize)> = a
        .present
        .iter()
        .map(|p| &p.person.span)
        .chain(a.absent.iter().map(|x| &x.person.span))
        .chain(a.proxies.iter().map(|p| &p.span))
        .chain(a.substitutes.iter().map(|s| &s.span))
        .chain(doc.meeting.president.iter().map(|p| &p.span))
        .chain(doc.meeting.secretary.iter().map(|p| &p.span))
        .map(|s| (s.start, s.end))
        .collect();
    let word =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'));
    let upper = family.to_uppercase();
    let needles: &[&str] = if upper == family {
        &[family]
    } else {
        &[family, upper.as_str()]
    };
    for needle in needles {
        for (i, _) in head.match_indices(needle) {
            let j = i + needle.len();
            if word(head[..i].chars().next_back()) || word(head[j..].chars().next()) {
                continue;
            }
            if read.iter().any(|&(s, e)| s <= i && j <= e) {
                continue;
            }
            return Some(head[..i].matches('\n').count() + 1);
        }
    }
    None
}

/// Listed present for the whole sitting and also absent, with no proxy
/// range or presence range to reconcile the two.
fn listed_both_ways(doc: &Document, t: &Timeline<'_>, out: &mut Vec<Finding>) {
    // Looked for once a member is listed both ways (most texts list none).
    let homonyms = std::cell::OnceCell::new();
    for (i, m) in t.roster.members.iter().enumerate() {
        // (The proxies looked through only for a member listed both ways:
        // once for each member, a long list's scan was quadratic.)
        if m.listed_absent
            && !m.replaced
            && m.always_present()
            && !t.roster.links.iter().any(|l| l.grantor == i)
        {
            let two = homonyms
                .get_or_init(|| homonyms_by_civility(doc))
                .contains(&m.person.key());
            let told_apart = !two && given_names_tell_apart(doc, &m.person.key());
            out.push(finding(
                Code::PersonBothPresentAndAbsent,
                if two || told_apart {
                    Severity::Warning
                } else {
                    Severity::Error
                },
                format!(
                    "expected {} either present or absent, found {} listed both present for the whole sitting and absent{}",
                    m.name(),
                    m.name(),
                    if two {
                        "; written with \"M.\" in one list and \"Mme\" in the other, perhaps two people"
                    } else if told_apart {
                        "; with a given name in one list and none in the other, perhaps two people"
                    } else {
                        ""
                    }
                ),
                Some(m.person.span),
                None,
            ));
        }
    }
}

/// Holders carrying more proxies at once than the rule in force allows.
fn overloaded(t: &Timeline<'_>, regime: &Regime, out: &mut Vec<Finding>) {
    let cap = regime.proxy_cap;
    // One pass per question: each holder's grantors absent there.
    let mut by_holder: std::collections::BTreeMap<usize, (Vec<u32>, Vec<usize>)> =
        Default::default();
    // One buffer for every question's pairs.
    let mut held: Vec<(usize, usize)> = Vec::new();
    for q in t.questions() {
        held.clear();
        held.extend(
            t.roster
                .links
                .iter()
                .filter(|l| t.covers(l, q) && !t.seated(q, l.grantor))
                .map(|l| (l.holder, l.grantor)),
        );
        held.sort_unstable();
        held.dedup();
        for chunk in held.chunk_by(|a, b| a.0 == b.0) {
            if chunk.len() as u32 <= cap {
                continue;
            }
            let (over, most) = by_holder.entry(chunk[0].0).or_default();
            over.push(q);
            if chunk.len() > most.len() {
                *most = chunk.iter().map(|x| x.1).collect();
            }
        }
    }
    for (h, (over, most)) in by_holder {
        let over = ranges(over.into_iter().map(|q| (q, true)));
        let article = if cap > 1 {
            regime.rule.clone()
        } else {
            match regime.tier {
                Tier::Departement | Tier::CommissionPermanenteDept => "L3121-16".to_string(),
                Tier::Region | Tier::CommissionPermanenteRegion => "L4132-15".to_string(),
                _ => "L2121-20".to_string(),
            }
        };
        let (severity, why) = match &regime.doubt {
            Some(d) => (Severity::Warning, format!("; {d}")),
            None => (Severity::Error, String::new()),
        };
        let span = t
            .roster
            .links
            .iter()
            .find(|l| l.holder == h)
            .map(|l| l.proxy.span);
        out.push(finding(
            Code::ProxyHolderOverloaded,
            severity,
            format!(
                "expected at most {cap} {} per holder ({article}), found {} holding {} ({}) at {}{why}",
                if cap == 1 { "proxy" } else { "proxies" },
                t.roster.members[h].name(),
                most.len(),
                t.roster.names(&most),
                questions_text(&over)
            ),
            span,
            None,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testkit::{Doc, errors, warnings};
    use crate::validate::validate;

    fn cm(n: u32) -> Doc {
        Doc::new("Conseil municipal", "2019-04-11", n)
    }

    #[test]
    fn consistent_lists_give_no_finding() {
        let doc = cm(5)
            .present("A, B, F, C[3-]")
            .absent("D, C")
            .proxy("D>A, C>B[-2]");
        assert!(validate(&doc.build()).findings.is_empty());
    }

    #[test]
    fn members_count_off_by_one() {
        let v = validate(&cm(6).present("A, B, C, F").absent("D").build());
        assert_eq!(errors(&v), ["members_count_mismatch"]);
        assert!(
            v.findings[0]
                .message
                .contains("expected 6 members in office, found 5")
        );
    }

    #[test]
    fn lists_of_the_excused_only_may_leave_out_the_others() {
        // "Absents excusés : D" and no other absent written: those absent
        // without excuse may go unnamed.
        let v = validate(&cm(6).present("A, B, C, F").excused("D").build());
        assert_eq!(
            (errors(&v), warnings(&v)),
            (vec![], vec!["members_count_mismatch"])
        );
        // An absent not said excused among them: the list claims them all.
        let v = validate(&cm(7).present("A, B, C, F").excused("D").absent("E").build());
        assert_eq!(errors(&v), ["members_count_mismatch"]);
    }

    #[test]
    fn lists_without_absent_may_be_partial() {
        let v = validate(&cm(6).present("A, B, C, F").build());
        assert_eq!(
            (errors(&v), warnings(&v)),
            (vec![], vec!["members_count_mismatch"])
        );
        // The absent named only as proxy grantors inside the present list
        // ("B (et pouvoir de D)"): no list of the absent is written.
        let v = validate(
            &cm(7)
                .present("A, B")
                .absent("D")
                .present("C, F")
                .proxy("D>B")
                .build(),
        );
        assert_eq!(
            (errors(&v), warnings(&v)),
            (vec![], vec!["members_count_mismatch"])
        );
        // "Ont donné pouvoir : D à B" and no list of the absent.
        let v = validate(&cm(7).present("A, B, C, F").granted("D>B").build());
        assert_eq!(
            (errors(&v), warnings(&v)),
            (vec![], vec!["members_count_mismatch"])
        );
        // The same with "Absents : néant" written: the list says nobody
        // else is absent, so a member is missing from the text.
        let v = validate(
            &cm(7)
                .present("A, B, C, F")
                .absent("")
                .granted("D>B")
                .build(),
        );
        assert_eq!(errors(&v), ["members_count_mismatch"]);
        // The same grantor in a list of the absent after the present one:
        // an error.
        let v = validate(&cm(7).present("A, B, C, F").absent("D").proxy("D>B").build());
        assert_eq!(errors(&v), ["members_count_mismatch"]);
        // No names present: attendance unknown, proxies not checked.
        let v = validate(&cm(3).absent("A").proxy("A>B").stated(Some(2), None).build());
        assert!(v.findings.is_empty(), "{:?}", v.findings);
    }

    #[test]
    fn stated_counts() {
        let doc = cm(4).present("A, B, C").absent("D").proxy("D>A");
        assert!(errors(&validate(&doc.stated(Some(3), Some(4)).build())).is_empty());
        let doc = cm(4)
            .president("A")
            .present("A, B, C")
            .absent("D")
            .proxy("D>A");
        assert_eq!(
            errors(&validate(&doc.stated(Some(4), Some(4)).build())),
            ["stated_count_mismatch"]
        );
        // Far fewer than stated: the lists more likely read in part.
        let doc = cm(9).present("A, B, C").absent("D").proxy("D>A");
        let v = validate(&doc.stated(Some(8), None).build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        assert!(warnings(&v).contains(&"stated_count_mismatch"));
        // "Présents : 31" with a member arriving at a clock time no
        // question places: the count is taken before the arrival.
        let doc = cm(4).present("A, B, C{à partir de 20h40}").absent("D");
        let v = validate(&doc.stated(Some(2), None).build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        let doc = cm(4).present("A, B, C{à partir de 20h40}").absent("D");
        assert_eq!(
            errors(&validate(&doc.stated(Some(1), None).build())),
            ["stated_count_mismatch"]
        );
    }

    #[test]
    fn one_counted_present_more_than_named_and_no_president_named() {
        // "Présents : A, B, C ... 4 présents - 5 votants", D's proxy to E:
        // E, not named, may be the president the text counts and leaves
        // unnamed.
        let doc = cm(5)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .stated(Some(4), None);
        let v = validate(&doc.build());
        assert_eq!(errors(&v), Vec::<&str>::new(), "{:?}", v.findings);
        assert_eq!(
            warnings(&v),
            ["proxy_holder_absent", "stated_count_mismatch"]
        );
        // The voters stated as the lists give them: the one present more
        // is a wrong count.
        let doc = cm(4)
            .present("A, B, C")
            .absent("D")
            .proxy("D>B")
            .stated(Some(4), Some(4));
        assert_eq!(errors(&validate(&doc.build())), ["stated_count_mismatch"]);
        // A president named: the one counted more is the text's error.
        let doc = cm(4)
            .president("A")
            .present("A, B, C")
            .absent("D")
            .proxy("D>B")
            .stated(Some(4), None);
        assert_eq!(errors(&validate(&doc.build())), ["stated_count_mismatch"]);
        // The lists naming as many as counted: the holder's absence stays
        // an error.
        let doc = cm(5)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .stated(Some(3), None);
        assert_eq!(errors(&validate(&doc.build())), ["proxy_holder_absent"]);
    }

    #[test]
    fn a_third_of_the_council_unnamed_is_a_doubt() {
        let v = validate(&cm(9).present("A, B, C, F").absent("D").build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        assert!(warnings(&v).contains(&"members_count_mismatch"));
    }

    #[test]
    fn grantor_present_within_the_proxy_range() {
        let doc = cm(3)
            .present("A, C, B[3-]")
            .absent("B")
            .proxy("B>A[-5]")
            .delib(6, "");
        assert_eq!(
            errors(&validate(&doc.build())),
            ["person_both_present_and_absent", "proxy_grantor_present"]
        );
        // Unranged proxy of a late arrival: it lapses, nothing wrong.
        let doc = cm(3)
            .present("A, B[3-], C")
            .absent("B")
            .proxy("B>A")
            .delib(6, "");
        assert!(validate(&doc.build()).findings.is_empty());
        // Present all along and giving a proxy.
        let doc = cm(3).present("A, B, C").proxy("B>A");
        assert_eq!(
            errors(&validate(&doc.build())),
            ["person_both_present_and_absent", "proxy_grantor_present"]
        );
        // "Mmes A, B" present and "M. B pouvoir à M. C": perhaps two
        // people of one family name, which the roster reads as one.
        let doc = cm(3)
            .present("Mme A, Mme B, M. C")
            .absent("M. B")
            .proxy("M. B>M. C");
        let v = validate(&doc.build());
        assert_eq!(
            (errors(&v), warnings(&v)),
            (
                vec![],
                vec!["person_both_present_and_absent", "proxy_grantor_present"]
            )
        );
    }

    #[test]
    fn listed_present_and_absent() {
        let doc = cm(3).present("A, B, C").absent("C");
        assert_eq!(
            errors(&validate(&doc.build())),
            ["person_both_present_and_absent"]
        );
    }

    #[test]
    fn listed_both_ways_with_and_without_a_given_name_is_a_warning() {
        // "M. X" present, "Paul X" excused: perhaps two people.
        let v = validate(&cm(3).present("A, B, X").absent("Paul X").build());
        assert!(errors(&v).is_empty());
        assert_eq!(warnings(&v), ["person_both_present_and_absent"]);
        // The same name both ways: the text contradicts itself.
        let doc = cm(3).present("A, B, Paul X").absent("Paul X");
        assert_eq!(
            errors(&validate(&doc.build())),
            ["person_both_present_and_absent"]
        );
    }

    #[test]
    fn holder_absent() {
        let doc = cm(5).present("A, D, E").absent("B, C").proxy("B>C");
        assert_eq!(errors(&validate(&doc.build())), ["proxy_holder_absent"]);
        // Holder leaving mid-sitting with an unranged proxy: it lapses.
        let doc = cm(5)
            .present("A, D, E, C[-4]")
            .absent("B")
            .proxy("B>C")
            .delib(8, "");
        assert!(validate(&doc.build()).findings.is_empty());
        // Only members read from their movements are present: the others
        // present are not known, so neither is whether the holder sits.
        let doc = cm(5)
            .present("D[-4], E[-4]")
            .absent("B")
            .proxy("B>C")
            .delib(8, "");
        assert!(validate(&doc.build()).findings.is_empty());
        // ... but a stated range says the holder should be there.
        let doc = cm(5)
            .present("A, D, E, C[-4]")
            .absent("B")
            .proxy("B>C[2-6]")
            .delib(8, "");
        assert_eq!(warnings(&validate(&doc.build())), ["proxy_holder_absent"]);
    }

    #[test]
    fn holder_unread_when_the_present_list_looks_cut() {
        // "Présents : 4" beside three names read: the holder E may be the
        // one the lists lost; the count agrees (a warning each).
        let doc = cm(7)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .president("A")
            .stated(Some(4), None);
        let v = validate(&doc.build());
        assert_eq!(errors(&v), Vec::<&str>::new(), "{:?}", v.findings);
        for code in ["proxy_holder_absent", "stated_count_mismatch"] {
            let f = v.findings.iter().find(|f| f.code.as_str() == code);
            assert!(
                f.is_some_and(|f| f.message.contains("not conclusive")),
                "{code}"
            );
        }
        // Two holders no list names present, no count stated: more likely
        // a list read in part than two holders away.
        let doc = cm(7)
            .present("A, B, C")
            .absent("D, F")
            .proxy("D>E, F>G")
            .president("A");
        let v = validate(&doc.build());
        assert_eq!(errors(&v), Vec::<&str>::new(), "{:?}", v.findings);
        let unread = |f: &&crate::model::Finding| {
            f.code == crate::model::Code::ProxyHolderAbsent && f.message.contains("not conclusive")
        };
        assert_eq!(v.findings.iter().filter(unread).count(), 2);
        // One holder missing and the lists naming as many as the text
        // counts: the text's error.
        let doc = cm(5)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .president("A")
            .stated(Some(3), Some(3));
        assert_eq!(errors(&validate(&doc.build())), ["proxy_holder_absent"]);
    }

    #[test]
    fn holder_unread_when_the_lists_seat_fewer_than_a_quorum() {
        // 9 in office, 3 seated, a deliberation on a first convocation:
        // more likely a present list read in part than a sitting without
        // its quorum.
        let doc = cm(9)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .president("A")
            .delib(1, "");
        let v = validate(&doc.build());
        assert!(
            !errors(&v).contains(&"proxy_holder_absent"),
            "{:?}",
            v.findings
        );
        assert!(warnings(&v).contains(&"proxy_holder_absent"));
        // A second convocation deliberates without a quorum: the holder's
        // absence is the text's.
        let doc = cm(9)
            .present("A, B, C")
            .absent("D")
            .proxy("D>E")
            .president("A")
            .second_convocation()
            .delib(1, "");
        assert!(errors(&validate(&doc.build())).contains(&"proxy_holder_absent"));
    }

    #[test]
    fn fewer_named_than_in_office_and_counted_present() {
        // 9 in office, "Présents : 8", five named present and one absent:
        // the present list was read in part, not the council forgotten.
        let doc = cm(9)
            .present("A, B, C, D, E, F, G")
            .absent("H")
            .president("A")
            .stated(Some(9), None);
        let v = validate(&doc.build());
        assert!(
            !errors(&v).contains(&"members_count_mismatch"),
            "{:?}",
            v.findings
        );
        assert!(warnings(&v).contains(&"members_count_mismatch"));
        // The same lists and no count: the text's error.
        let doc = cm(9)
            .present("A, B, C, D, E, F, G")
            .absent("H")
            .president("A");
        assert_eq!(errors(&validate(&doc.build())), ["members_count_mismatch"]);
    }

    #[test]
    fn holder_with_a_given_name_misspelt_is_the_member_listed() {
        // One letter off in a long given name: a slip, the member present.
        let doc = cm(4)
            .present("Albane A, Denise D, Eric E")
            .absent("Brune B")
            .proxy("Brune B>Albana A");
        let v = validate(&doc.build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        // One part of a compound given name: the member listed.
        let doc = cm(4)
            .present("Jean-Dominique A, Denise D, Eric E")
            .absent("Brune B")
            .proxy("Brune B>Dominique A");
        let v = validate(&doc.build());
        assert!(errors(&v).is_empty(), "{:?}", v.findings);
        // Two letters off, or a short name: another person, not present.
        for (listed, holder) in [("Albane A", "Albiny A"), ("Joan A", "Jean A")] {
            let doc = cm(4)
                .present(&format!("{listed}, Denise D, Eric E"))
                .absent("Brune B")
                .proxy(&format!("Brune B>{holder}"));
            let errors = errors(&validate(&doc.build()));
            assert!(
                errors.contains(&"proxy_holder_absent"),
                "{holder}: {errors:?}"
            );
        }
    }

    #[test]
    fn proxy_cap_by_date() {
        let two = |date| {
            Doc::new("Conseil municipal", date, 5)
                .present("A, B, E")
                .absent("C, D")
                .proxy("C>A, D>A")
                .build()
        };
        assert_eq!(
            errors(&validate(&two("2019-04-11"))),
            ["proxy_holder_overloaded"]
        );
        assert!(validate(&two("2021-02-10")).findings.is_empty());
        assert_eq!(
            warnings(&validate(&two("2022-08-02"))),
            ["proxy_holder_overloaded"]
        );
    }
}
