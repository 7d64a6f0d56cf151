//! Stage 3: assemble the records from the segments, read with the
//! grammars, collecting findings on the way. Offsets into the normalised
//! text become spans of the input through `Normalized`.
//!
//! The work is split by what is read: the meeting's header (`meeting`), the
//! attendance (`attendance`), the deliberations (`deliberations`) and the
//! arrivals and departures they tell (`movements`).

mod attendance;
mod deliberations;
mod meeting;
mod movements;

use std::collections::HashMap;
use std::ops::Range;

use chrono::Datelike;

use crate::grammar::amounts::{FoundAmount, amounts};
use crate::grammar::council;
use crate::grammar::counts;
use crate::grammar::date::{self, WrittenDate};
use crate::grammar::decisions;
use crate::grammar::header::{self, SittingDate};
use crate::grammar::notes::{self, Condition, Note};
use crate::grammar::people::{self, Civility, Entry, Mention, Name, NameStyle};
use crate::grammar::proxies::{self, ProxyLine};
use crate::grammar::tables::{self, Row, Seat};
use crate::grammar::votes::{self, Tally};
use crate::model::*;
use crate::normalize::Normalized;
use crate::segment::{Heading, Label, Section, Segments};
use crate::span::Span;
use crate::text::{
    captures_where, feeds_within, fold, fold_char, fold_regex, folds_to, letters_before,
    lines_where_given, lower_regex, regex, squeeze, unicode_word_edges, word_ends_at,
    word_starts_at,
};
use crate::vocabulary::PRESIDING;

/// The records of a normalised, segmented text.
pub(crate) fn extract(norm: &Normalized, segments: &Segments) -> Document {
    Extractor::new(norm, &segments.mark_words).run(segments)
}

/// Everything the extract stage needs about one input.
struct Extractor<'a> {
    norm: &'a Normalized<'a>,
    text: &'a str,
    /// `text` with ASCII letters in lower case (same offsets), where the
    /// keyword patterns are searched.
    lower: &'a str,
    findings: Vec<Finding>,
    /// Where each attendance section's list or proxies stopped, as read by
    /// `attendance` (by content start and end): `after_sections` needs the same
    /// answers and reading every list twice doubled their cost.
    section_stops: HashMap<(usize, usize), usize>,
    /// Where each proxy read was written: a proxy wording outside them was
    /// not read (`unread_attendance`).
    proxies_read: Vec<Range<usize>>,
    /// Grantors of proxies written as a note whose holder's name the
    /// text's end cuts ("X (..., ayant donné pouvoir à Jérôme PE" as the
    /// last words): the proxy is read without its holder.
    holders_cut: Vec<Person>,
    /// Members listed absent with a note of their arrival ("Absents
    /// excusés : X (arrivée 19h30)"): they sit from then on, added to the
    /// present once every list is read.
    arrived_late: Vec<Presence>,
    /// Where the attendance table read ends (its last row, one cut off
    /// included), or the roll call read with no label
    /// (`Extractor::roll_call`), 0 without one.
    table_end: usize,
    /// Whether the attendance was read from a table (its rows' marks say
    /// who sits; the names beside them, substitutes not sitting, are no
    /// doubt: `unread_people`).
    tabled: bool,
    /// Where lists were read by their names' anchors: each with its own
    /// warning, which leaves the completeness check to the other lists.
    anchored: Vec<String>,
    /// Every amount of the text, found once: deliberations take theirs.
    amounts: Vec<FoundAmount>,
    /// Every decision mark of the text, found once (`decisions::marks`):
    /// each region groups its own.
    marks: Vec<Range<usize>>,
    /// The offsets of the text's line feeds, found with the mark words.
    feeds: Vec<usize>,
    /// The proxies of a "représentés" column paired with the column of
    /// their holders, by the label of the section that lists the grantors.
    held_columns: Vec<(Range<usize>, Vec<ProxyLine>)>,
    /// The family names of the present list while a list of the present
    /// is read (`present_entries`), for `present_entry`'s search of the
    /// same member listed before; `None` between lists.
    present_families: Option<attendance::Families>,
    /// The same of the absent list while a list of the absent is read,
    /// for `absent_entry`'s.
    absent_families: Option<attendance::Families>,
    /// The contents of the sections under a bare label of the represented
    /// ("REPRÉSENTÉS : X par Y"): "par" there says "représenté par".
    represented_sections: Vec<Range<usize>>,
}

/// A table's column headings in a row, no colon after them: three
/// attendance words or more one right after the other ("Présents
/// Absent(s) excusé(s) Absent(s) Procuration(s) Secrétaire de séance"),
/// within the text's first 3,000 bytes. Its range.
fn heading_row(text: &str) -> Option<Range<usize>> {
    let head = &text[..text.floor_char_boundary(text.len().min(3000))];
    fold_regex!(
        r"(?i)\b(?:(?:présent|absent|excusé|procuration|pouvoir)(?:\(e\))?(?:\(s\)|e?s)?(?:\s+excusé(?:\(e\))?(?:\(s\)|e?s)?)?\s+){2,}(?:présent|absent|excusé|procuration|pouvoir|secrétaire)(?:\(e\))?(?:\(s\)|e?s)?(?:\s+de\s+séance)?"
    )
    .find(head)
    .filter(|m| !head[m.end()..].trim_start().starts_with(':'))
    .map(|m| m.range())
}

impl<'a> Extractor<'a> {
    fn new(norm: &'a Normalized<'a>, mark_words: &decisions::MarkWords) -> Self {
        Extractor {
            norm,
            text: &norm.text,
            lower: &norm.lower,
            findings: Vec::new(),
            section_stops: HashMap::new(),
            proxies_read: Vec::new(),
            holders_cut: Vec::new(),
            arrived_late: Vec::new(),
            table_end: 0,
            tabled: false,
            anchored: Vec::new(),
            amounts: amounts(&norm.text),
            marks: decisions::marks(&norm.text, &norm.lower, 0..norm.text.len(), mark_words),
            feeds: mark_words.feeds().to_vec(),
            held_columns: Vec::new(),
            present_families: None,
            absent_families: None,
            represented_sections: Vec::new(),
        }
    }

    /// The decisions recorded in `text[range]`: its marks, grouped.
    fn decision_groups(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let from = self.marks.partition_point(|m| m.start < range.start);
        let to = self.marks.partition_point(|m| m.end <= range.end);
        decisions::group(self.text, self.lower, &self.marks[from..to.max(from)])
    }

    fn span(&self, range: Range<usize>) -> Span {
        self.norm.span(range)
    }

    fn finding(
        &mut self,
        code: Code,
        severity: Severity,
        message: String,
        range: Option<Range<usize>>,
    ) {
        let span = range.map(|r| self.span(r));
        self.findings.push(Finding {
            code,
            severity,
            message,
            span,
            deliberation: None,
        });
    }

    /// The text of a range, whitespace collapsed: names wrapped over lines
    /// read as one.
    fn clean(&self, range: Range<usize>) -> String {
        squeeze(&self.text[range])
    }

    fn person(&self, name: &Name, group: Option<Civility>) -> Person {
        let (span, written) = self.norm.as_written(name.whole.clone());
        let mut family = self.clean(name.family.clone());
        // A hyphen spaced on one side or both ("BAUDU- LAMARQUE", "DUPONT -
        // MARTIN"), where an extraction joined a name cut at its hyphen:
        // rewritten only then (a copy otherwise).
        // (The hyphen looked for first: a byte search, where the pairs
        // would each set up a substring search.)
        if family.contains('-') && (family.contains("- ") || family.contains(" -")) {
            family = family
                .split('-')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("-");
        }
        // The apostrophe as written ("GUINVARC’H"): normalising made it straight.
        if family.contains('\'') {
            let (_, written) = self.norm.as_written(name.family.clone());
            if written.contains('’') && !written.contains('\'') {
                family = family.replace('\'', "’");
            }
        }
        Person {
            civility: name.civility.or(group).map(|c| c.as_str().to_string()),
            given_name: name.given.clone().map(|g| self.clean(g)),
            family_name: family,
            text: written.to_string(),
            span,
        }
    }

    /// The members named as the assesseurs of a vote's bureau, in a list
    /// after the word, opened by a colon or a bracket in the same clause:
    /// "désigne deux assesseurs : Mme Anne X et M. Paul Y", "2 assesseurs
    /// désignés parmi les conseillers (Mme Anne X et M. Paul Y)". Only
    /// names with a civility or a given name.
    fn assessors(&self) -> Vec<Person> {
        let (text, lower) = (self.text, self.lower);
        let mut out = Vec::new();
        for m in lower_regex!(r"\bassesseurs?\b").find_iter(lower) {
            let near = &lower[m.end()..lower.floor_char_boundary((m.end() + 120).min(lower.len()))];
            let Some(open) = near.find([':', '(']) else {
                continue;
            };
            // (In the same clause: no full stop, line break or semicolon
            // before the list opens.)
            if near[..open].contains(['.', ';', '\n']) {
                continue;
            }
            let start = m.end() + open + 1;
            let bracket = near.as_bytes()[open] == b'(';
            let limit = lower.floor_char_boundary((start + 400).min(lower.len()));
            let end = if bracket {
                match lower[start..limit].find(')') {
                    Some(k) => start + k,
                    None => continue,
                }
            } else {
                lower[start..limit]
                    .find("\n\n")
                    .map_or(limit, |k| start + k)
            };
            let (entries, _) = people::list(text, start..end);
            for e in entries {
                if let Mention::Name(n) = &e.mention
                    && (n.civility.is_some() || e.group_civility.is_some() || n.given.is_some())
                {
                    out.push(self.person(n, e.group_civility));
                }
            }
        }
        out
    }

    /// The president of the sitting, as a role names them ("M. le Maire",
    /// "la Présidente") at `range`.
    fn president_named(&self, range: Range<usize>, president: Option<&Person>) -> Option<Person> {
        let p = president?;
        let (span, written) = self.norm.as_written(range);
        Some(Person {
            text: written.to_string(),
            span,
            ..p.clone()
        })
    }

    fn run(mut self, segments: &Segments) -> Document {
        let text = self.text;
        let (headings, head_end, sections) =
            (&segments.headings, segments.head_end, &segments.sections);

        let mut meeting = Meeting::default();
        let first_label = sections
            .iter()
            .find(|s| s.label != Label::Stop)
            .map_or(text.floor_char_boundary(head_end.min(3000)), |s| {
                s.label_range.start
            });
        // Without item headings the head is the whole text; the meeting's
        // header and attendance are searched only up to a little after the
        // last attendance label (an annex of 25 KB needs no date search).
        let header_end = sections
            .iter()
            .filter(|s| !(s.label == Label::Stop && s.about_items(text)))
            .map(|s| s.label_range.end)
            .max()
            .map_or(head_end, |e| {
                text.floor_char_boundary((e + 3000).min(head_end))
            });
        self.meeting_header(&mut meeting, first_label, header_end);
        // The holders' column of a flattened table taken out of the lists
        // it fell into, and paired with the members represented.
        let held = self.holders_columns(sections, header_end);
        let sections: &[Section] = held.as_deref().unwrap_or(sections);
        // Two columns' headings written first, side by side, then each
        // column's list in turn: each list given to its heading.
        let paired = self.headings_side_by_side(sections);
        let sections: &[Section] = paired.as_deref().unwrap_or(sections);

        let mut attendance = Attendance::default();
        self.attendance(sections, &mut attendance, &mut meeting, header_end);
        // Where each section's list ends, read once for the two questions
        // below (where the attendance ends, whether it runs to the text's
        // end): what they read is settled once the attendance is read.
        let section_ends = self.section_ends(sections);

        // Deliberations.
        // The attendance ends where its labels end, but a label after the
        // first decision ("Secrétaires :", a commission's members) is
        // inside the items of a text without item headings.
        let first_content_end = sections
            .iter()
            .find(|s| s.label != Label::Stop)
            .map_or(0, |s| s.content.end);
        let first_decision = self
            .decision_groups(first_content_end..head_end)
            .first()
            .map_or(head_end, |g| g.start);
        let listed =
            &sections[..sections.partition_point(|s| s.label_range.start < first_decision)];
        let attendance_end = listed
            .iter()
            .filter(|s| s.label == Label::Stop && !s.about_items(text))
            .map(|s| s.content.start)
            .max()
            .unwrap_or(0)
            .max(self.after_sections(&section_ends[..listed.len()]));
        let lists_start = sections.first().map_or(0, |s| s.label_range.start);
        self.told_in_head(
            lists_start..first_decision.min(head_end).max(lists_start),
            meeting.president.as_ref(),
            &mut attendance,
        );
        self.absent_from_presidency(0..first_decision.min(head_end), &mut attendance);
        self.unread_attendance(sections, first_decision.min(head_end), &attendance);
        self.unread_people(
            sections,
            first_decision.min(head_end),
            &mut attendance,
            &meeting,
        );
        self.moving_counts(meeting.stated_present, header_end, &attendance);
        let mut deliberations = Vec::new();
        let mut covered: Vec<Range<usize>> = Vec::new();
        // Each item's region, then one deliberation per decision recorded
        // in it: a procès-verbal read without item headings, or an item
        // voted in parts, records several.
        let mut regions: Vec<(Range<usize>, Option<&Heading>)> = Vec::new();
        if headings.is_empty() {
            regions.push((attendance_end.min(text.len())..text.len(), None));
        } else {
            // Before the first heading, a vote on its own (the secretary's
            // designation, the previous minutes) is a deliberation too.
            let pre = attendance_end.min(head_end)..head_end;
            let pre_tally = votes::tally(text, self.lower, pre.clone());
            let decided = !self.decision_groups(pre.clone()).is_empty();
            // Something read as a vote (a count, an outcome stated), not a
            // word such as "a accepté de remplir cette fonction".
            if !pre_tally.is_empty() || decided {
                regions.push((pre, None));
            }
            for (k, h) in headings.iter().enumerate() {
                let end = headings.get(k + 1).map_or(text.len(), |n| n.range.start);
                regions.push((h.range.start..end, Some(h)));
            }
        }
        let mut movements = Vec::new();
        for (range, heading) in regions {
            let body_start = heading.map_or(range.start, |h| h.range.end.min(range.end));
            let headed = heading.is_some();
            for (k, part) in self
                .decision_parts(range, body_start)
                .into_iter()
                .enumerate()
            {
                // Electing the secretary of the sitting is no deliberation.
                let mut read = None;
                let mut part = part;
                if !headed {
                    let (secretary, tally) = self.designates_secretary(part.clone());
                    if secretary {
                        continue;
                    }
                    // (A tally read: a secretary is named near.)
                    if let Some(read) = &tally
                        && let Some(rest) = self.after_counted_designation(part.clone(), read)
                    {
                        part = rest;
                    } else {
                        read = tally;
                    }
                }
                let heading = if k == 0 { heading } else { None };
                let (d, moved) = self.deliberation(part.clone(), heading, &meeting, read);
                // An item of its own for the designation of the secretary
                // of the sitting ("1 - Désignation du secrétaire de
                // séance"): no deliberation either.
                if k == 0 && headed && d.title.as_deref().is_some_and(designates_the_secretary) {
                    continue;
                }
                covered.push(part);
                deliberations.push(d);
                movements.extend(moved);
            }
        }
        // An extract's counts box in its head ("Votants : 53 Pour : 53
        // Contre : 0 Abstentions : 0", beside the members' counts): the
        // counts of its one deliberation, where that deliberation counts
        // no vote of its own ("DÉCIDE", "à l'unanimité" are kept).
        if headings.len() <= 1 {
            self.counts_box_in_head(&mut deliberations, &covered);
        }
        // Arrivals and departures told in the items complete the lists.
        movements::apply(&mut attendance, movements);

        // Amounts outside every deliberation.
        let mut loose = Vec::new();
        // `covered` is in text order and its ranges do not overlap: a binary
        // search per amount, not a scan of every deliberation (quadratic).
        debug_assert!(covered.windows(2).all(|w| w[0].end <= w[1].start));
        for a in std::mem::take(&mut self.amounts) {
            let k = covered.partition_point(|c| c.start <= a.range.start);
            if k.checked_sub(1)
                .is_none_or(|k| a.range.end > covered[k].end)
            {
                loose.push(self.amount(a.cents, a.range));
            }
        }

        if meeting.date.is_none() && !self.findings.iter().any(|f| f.code == Code::DateConflict) {
            // "lundi 15 mars 221", "15/3/221": a year of three digits, a
            // digit the extraction lost (a font's zero): no date is
            // guessed, the finding says what was seen.
            let head = &text[..text.floor_char_boundary(text.len().min(3000))];
            let short_year = fold_regex!(
                r"(?i)\b[0-3]?\d(?:/[01]?\d/|\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)2\d\d\b"
            )
            .find(head)
            .filter(|m| !head[m.end()..].starts_with(|c: char| c.is_ascii_digit()));
            let message = match short_year {
                Some(m) => format!(
                    "expected the date of the sitting (\"Séance du ...\", \"L'an ..., le ...\"), found only {:?}, a year of three digits (a digit the extraction lost?): no date is read",
                    m.as_str()
                ),
                None => "expected the date of the sitting (\"Séance du ...\", \"L'an ..., le ...\"), found none".into(),
            };
            let at = short_year.map(|m| m.range());
            self.finding(Code::DateMissing, Severity::Warning, message, at);
        }
        // "COMMUNE DE BRENTHONNE TROSSET": a table's place cell read into a
        // member's name. The lists are misread there: a doubt, so that the
        // validator does not hold the text to them.
        let place_in_name = attendance
            .present
            .iter()
            .map(|p| &p.person)
            .chain(attendance.absent.iter().map(|x| &x.person))
            .chain(
                attendance
                    .proxies
                    .iter()
                    .flat_map(|p| std::iter::once(&p.grantor).chain(&p.holder)),
            )
            .find(|p| {
                // A place noun, then "de", "du", "d'..." ("COMMUNE DE X"):
                // in the words of the given names then the family name, or
                // the family name then the given names ("COMMUNE D", its
                // "D" read as an initial), each compared folded (folding
                // keeps the words apart).
                let (mut after_place, mut found) = (false, false);
                let given = p.given_name.as_deref().unwrap_or("");
                for part in [given, &p.family_name, "", &p.family_name, given] {
                    if part.is_empty() {
                        after_place = false;
                    }
                    for w in part.split_whitespace() {
                        let initial = w.chars().next().and_then(fold_char);
                        found |= after_place && initial == Some('d');
                        // (The place nouns start with a "c" or a "v".)
                        after_place = matches!(initial, Some('c' | 'v'))
                            && crate::vocabulary::PLACE_NOUNS
                                .iter()
                                .any(|noun| folds_to(w, noun));
                    }
                }
                found
            });
        if let Some(p) = place_in_name {
            let shown = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!("expected a member's name, found {shown:?}: a place read as a name, the lists may be misread"),
                None,
            );
        }
        // "Commune d'ANDELU", "Communauté de Communes du Pays": a mention
        // opening on a place noun and its link is a place's heading, not a
        // member (the finding above says the lists are doubtful there).
        // ("COMMUNE DE VERNAZ DUCRETTAZ Hélène", a member read with the
        // place before her, is kept: her family name is not the place's.)
        attendance.present.retain(|x| !names_a_place(&x.person));
        attendance.absent.retain(|x| !names_a_place(&x.person));
        if attendance.present.is_empty() && attendance.absent.is_empty() {
            // No list read at all ("Le Conseil Municipal, réuni sous la
            // présidence de M. X, maire : ..."; a roll call whose marks
            // are lost): those the text makes certain sit are the
            // president of the sitting and the secretary it names before
            // its items ("nomme M. Y en qualité de secrétaire de séance");
            // one designated in an item of its own is that item's. The
            // finding says that no one else is named, so the checks that
            // rest on the lists are not conclusive. (Not under a present
            // label whose list could not be read, "Présents : cf. feuille
            // jointe": that list is left empty, and a finding says so.)
            let labelled = sections.iter().any(|s| s.label == Label::Present);
            let items = headings
                .first()
                .map_or(first_decision, |h| h.range.start.min(first_decision));
            // "1 - Désignation du Secrétaire de séance ... Il est proposé
            // de nommer M. Y": an item of its own titled for it, which a
            // flattened line may hide from the headings.
            let titled = lower_regex!(
                r"(?:désignation|élection|election|nomination) d(?:u|e la|['’] ?une?) secrétaire"
            )
            .find(self.lower)
            .map_or(items, |m| m.start().min(items));
            let items = self.norm.original(0..titled.min(text.len())).end;
            let secretary = meeting.secretary.iter().filter(|s| s.span.end <= items);
            let certain = meeting
                .president
                .iter()
                .map(|p| (p, "the president of the sitting"))
                .chain(secretary.map(|p| (p, "the secretary")))
                .take(if labelled { 0 } else { 2 });
            let mut named = Vec::new();
            for (p, role) in certain {
                if !attendance.present.iter().any(|x| x.person.same_as(p)) {
                    attendance.present.push(Presence::new(p.clone()));
                    named.push(role);
                }
            }
            // "Le conseil a désigné deux assesseurs : Mme Anne X, M. Paul
            // Y": the assesseurs of a vote's bureau are members, chosen
            // among those who sit.
            if !labelled {
                let mut assessors = false;
                for p in self.assessors() {
                    if !attendance.present.iter().any(|x| x.person.same_as(&p)) {
                        attendance.present.push(Presence::new(p));
                        assessors = true;
                    }
                }
                if assessors {
                    named.push("the assesseurs of the vote");
                }
            }
            let message = if let Some(row) = heading_row(text) {
                // "Présents Absent(s) excusé(s) Absent(s) Procuration(s)
                // Secrétaire de séance Anne X Paul Y ...": a table's
                // column headings, its cells run together after them.
                format!(
                    "expected an attendance list (\"Présents :\", \"Etaient présents :\"), found a table's column headings in a row, {:?}, the cells under them run together by the extraction: which column each name is in cannot be told, so no list is read{}",
                    self.clean(row),
                    if named.is_empty() {
                        String::new()
                    } else {
                        format!(" (the present list holds only {})", named.join(" and "))
                    }
                )
            } else if named.is_empty() {
                "expected an attendance list (\"Présents :\", \"Etaient présents :\"), found none that could be read".to_string()
            } else {
                format!(
                    "expected an attendance list (\"Présents :\", \"Etaient présents :\"), found none that could be read: the present list holds only {}",
                    named.join(" and ")
                )
            };
            self.finding(Code::AttendanceMissing, Severity::Warning, message, None);
        }
        // Excerpts cut off inside the attendance: the lists are incomplete.
        let tail = text.trim_end();
        let list_end = self.after_sections(&section_ends);
        // "..., Paul X [départ à 21h05 – après la délibération n°20":
        // a note on the last entry the end cuts open.
        let open_note = list_end > 0
            && list_end + 200 >= tail.len()
            && tail.rfind(['(', '[']).is_some_and(|open| {
                open + 200 >= tail.len()
                    && tail.rfind([')', ']']).is_none_or(|close| close < open)
                    && !tail[open..].contains(['\n', ';', ':'])
            });
        let attendance_runs_to_end = list_end > 0
            && (list_end + 40 >= tail.len() || open_note)
            && !text[list_end.min(tail.len())..tail.len()].contains([';', ':']);
        // "... LACOSTE : M. M": cut inside a name, after its civility.
        let mut last_words = tail.rsplit(char::is_whitespace);
        let (last, before_last) = (last_words.next(), last_words.next());
        let cut_in_name = match (last, before_last) {
            (Some(w), Some(before)) => {
                people::civility(before).is_some() && w.chars().count() <= 2
                    || people::civility(w).is_some()
            }
            _ => false,
        };
        // "... 24 Adjoint Madame X 1 25 Adjoint Mon": a civility cut in its
        // middle, the name it opened lost, right after the last member
        // read (a members' table read without labels; not a name in prose
        // far below the lists). Members' spans are in the input: so is the
        // text's end they are measured against.
        let tail_end = self.norm.original(0..tail.len()).end;
        let cut_in_civility = last.is_some_and(|w| {
            w.len() >= 3
                && w.len() < 8
                && ["Monsieur", "Madame", "Mademoiselle"]
                    .iter()
                    .any(|c| c.starts_with(w))
        }) && attendance
            .present
            .iter()
            .map(|p| p.person.span.end)
            .chain(attendance.absent.iter().map(|a| a.person.span.end))
            .max()
            .is_some_and(|end| end + 200 >= tail_end);
        let ends_cut = tail.ends_with(|c: char| c.is_alphabetic() || c == ',') || open_note;
        if attendance_runs_to_end && ends_cut
            || cut_in_civility
            || cut_in_name && !sections.is_empty() && (ends_cut || tail.ends_with('.'))
        {
            let last_word_start = tail
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(0, |(p, c)| p + c.len_utf8());
            let word = &tail[last_word_start..];
            // A signature ("Le Maire,\nJean DUPONT") ends a text properly.
            let last_line = tail.rsplit('\n').next().unwrap_or("");
            // A list's entry ("     Mme Catherine LEGNOLAUD", "• Madame
            // X") is no signature.
            let entry = last_line
                .split_whitespace()
                .find(|w| {
                    !w.chars()
                        .all(|c| crate::text::is_symbol_bullet(c) || c == '-')
                })
                .and_then(people::civility)
                .is_some();
            // Nor the last line of a list wrapped, its names parted by
            // commas ("AUCLAIR, André SARQUETOT").
            let signature = word.chars().count() >= 2
                && word.chars().all(char::is_uppercase)
                && last_line.split_whitespace().count() <= 6
                && !last_line.contains(',')
                && !entry;
            if !signature {
                self.finding(
                Code::Truncated,
                Severity::Info,
                    format!("expected the attendance lists to end, found the text cut after {word:?}: they may be incomplete"),
                    Some(last_word_start..tail.len()),
                );
                // "..., MERCIER Paul, MIM": the last entry the text's end
                // cuts inside its name, a family name alone where the
                // entries of its list carry given names: no member's name.
                let end = self.span(tail.len()..tail.len()).start;
                let proxies = &attendance.proxies;
                if let Some(k) = cut_last_entry(&attendance.present, |x| &x.person, end, proxies) {
                    attendance.present.remove(k);
                } else if let Some(k) =
                    cut_last_entry(&attendance.absent, |x| &x.person, end, proxies)
                {
                    attendance.absent.remove(k);
                }
            }
        }
        if ends_cut {
            let end = self.span(tail.len()..tail.len()).start;
            // "Pouvoirs : Mme Anne LAVERNELLE à M. X. Excusés : Mme
            // Anne LAVER": the last entry the text's end cuts
            // inside the family name of a member read already.
            let known: Vec<&Person> = attendance::listed_people(&attendance).collect();
            let cut_repeat = |last: &Person| {
                last.span.end + 1 >= end
                    && known.iter().any(|p| {
                        p.span != last.span
                            && p.family_name.chars().count() > last.family_name.chars().count()
                            && p.family_name.starts_with(&last.family_name)
                            && p.given_name == last.given_name
                    })
            };
            let at = |people: Vec<&Person>| {
                people
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, p)| p.span.end)
                    .filter(|(_, p)| cut_repeat(p))
                    .map(|(k, _)| k)
            };
            let in_present = at(attendance.present.iter().map(|x| &x.person).collect());
            let in_absent = at(attendance.absent.iter().map(|x| &x.person).collect());
            if let Some(k) = in_present {
                attendance.present.remove(k);
            } else if let Some(k) = in_absent {
                attendance.absent.remove(k);
            }
        }
        self.present_read_short(
            sections,
            first_decision.min(head_end),
            &attendance,
            &meeting,
        );
        if meeting.secretary.is_none() {
            self.finding(
                Code::SecretaryMissing,
                Severity::Info,
                "expected a secretary of the sitting (\"Secrétaire de séance :\"), found none"
                    .into(),
                None,
            );
        }
        Document {
            schema_version: SCHEMA_VERSION,
            meeting,
            attendance,
            deliberations,
            amounts: loose,
            findings: self.findings,
            validation: None,
        }
    }

    /// An extract's counts box written in its head, among the members'
    /// counts and left out of every deliberation: the counts of its one
    /// deliberation (the first of `covered`), where that deliberation
    /// counts no vote of its own.
    fn counts_box_in_head(&self, deliberations: &mut [Deliberation], covered: &[Range<usize>]) {
        let uncounted = |v: &Option<crate::model::Vote>| {
            v.as_ref()
                .is_none_or(|v| v.for_.is_none() && v.against.is_none() && v.abstentions.is_none())
        };
        let [only] = deliberations else {
            return;
        };
        let Some(at) = covered.first().map(|c| c.start) else {
            return;
        };
        if !uncounted(&only.vote) {
            return;
        }
        let t = votes::tally(self.text, self.lower, 0..at);
        if t.for_.is_none() || (t.against.is_none() && t.abstentions.is_none()) {
            return;
        }
        let boxed = self.vote(t, &only.interested);
        only.vote = Some(match only.vote.take() {
            None => boxed,
            Some(own) => crate::model::Vote {
                unanimous: own.unanimous || boxed.unanimous,
                outcome: own.outcome.or(boxed.outcome),
                outcome_stated: own.outcome_stated,
                ..boxed
            },
        });
    }

    /// Whether the decision of a part outside every item is the secretary
    /// of the sitting's designation ("Mme X est désignée secrétaire de
    /// séance à l'unanimité", "Désignation du secrétaire : Mme X se propose.
    /// ... votants : 12, pour : 12"): the secretary is the last thing named
    /// before the decision, in the same paragraph, a few sentences before
    /// it, and no minutes, agenda or urgency in between.
    /// The part's tally comes with the answer when it was read, for the
    /// deliberation to use (read once).
    fn designates_secretary(&self, part: Range<usize>) -> (bool, Option<votes::Tally>) {
        let lower = self.lower;
        // Most parts name no secretary, or decide far after naming one: no
        // tally is read for them here. "secr" is searched forwards (memmem's
        // vector search; its reverse search is not vectorised and cost a
        // seed's parse 3% of its instructions): named at all, then named
        // again less than 800 bytes before the decision, which is what the
        // last mention being that near means.
        let near = lower.floor_char_boundary(part.start.saturating_sub(400));
        let named_from = |from: usize| {
            from < part.end
                && memchr::memmem::find(&lower.as_bytes()[from..part.end], b"secr").is_some()
        };
        if !named_from(near) {
            return (false, None);
        }
        let decided = self.decision_groups(part.clone()).last().map(|g| g.start);
        if decided.is_some_and(|d| d > near + 800 && !named_from(d - 800)) {
            return (false, None);
        }
        let tally = votes::tally(self.text, lower, part.clone());
        (self.designation_decided(&tally, decided), Some(tally))
    }

    /// The rest of a part outside every item that opens on the secretary's
    /// designation with its own count and records another decision after
    /// it in the same paragraph ("Mme X a été élue secrétaire de séance :
    /// Pour 13 voix Contre 0 voix ... Après mise aux voix, ce procès-verbal
    /// est approuvé à l'unanimité"): from the sentence of that last
    /// decision, the count left to the designation.
    /// (`read`: the part's tally, read whole; asked only when it has a
    /// count for, the count is named a secretary just before it, and a
    /// sentence after it holds the last decision.)
    fn after_counted_designation(&self, part: Range<usize>, read: &Tally) -> Option<Range<usize>> {
        let counted = read.range.as_ref().filter(|_| read.for_.is_some())?.start;
        let near = self.lower.floor_char_boundary(counted.saturating_sub(400));
        memchr::memmem::find(&self.lower.as_bytes()[near..counted], b"secr")?;
        let last = self.decision_groups(part.clone()).last()?.start;
        let cut = sentence_start(self.text, part.start, last);
        if cut <= counted.max(part.start) {
            return None;
        }
        let before = votes::tally(self.text, self.lower, part.start..cut);
        (before.for_.is_some() && self.designation_decided(&before, None)).then_some(cut..part.end)
    }

    /// Whether the last decision of a part (its `tally`, its last group of
    /// decision marks) is the designation of the secretary.
    fn designation_decided(&self, tally: &votes::Tally, decided: Option<usize>) -> bool {
        let lower = self.lower;
        // The last decision of the part: where the vote is read (a count,
        // unanimity), or a decision after it ("votants : 8, pour : 8. M. le
        // Maire propose d'ajouter ... à l'ordre du jour. Accepté à
        // l'unanimité" is the agenda's).
        let Some(at) = tally
            .range
            .as_ref()
            .map(|r| r.start)
            .into_iter()
            .chain(decided)
            .max()
        else {
            return false;
        };
        // "Sur sa proposition, acceptée à l'unanimité, Mme X est désignée
        // comme secrétaire de séance.": the decision told first, the
        // designation after it in the same sentence.
        let limit = lower.floor_char_boundary((at + 200).min(lower.len()));
        let sentence_end = [". ", ".\n", ";", "\n\n", "\n-"]
            .iter()
            .filter_map(|end| lower[at..limit].find(end))
            .min()
            .map_or(limit, |p| at + p);
        let rest = &lower[at..sentence_end];
        if lower_regex!(r"secr[ée]taire de s[ée]ance").is_match(rest)
            && lower_regex!(r"(?:est|sont|a été|ont été)\s+(?:d[ée]sign|nomm|[ée]lu)")
                .is_match(rest)
        {
            return true;
        }
        // (Looked for before the part too: the secretary's label may close
        // the lists the part starts after.)
        let window = lower.floor_char_boundary(at.saturating_sub(400));
        let before = &lower[window..at];
        let Some(named) = lower_regex!(r"secr[ée]taire|secr[ée]tariat")
            .find_iter(before)
            .filter(|m| {
                let after = &before[m.end()..];
                // Staff, and the secretary of a ballot ("secrétaire du
                // scrutin"), not of the sitting.
                !(after.starts_with(" de mairie")
                    || after.starts_with("s de mairie")
                    || after.starts_with(" général")
                    || after.starts_with(" generale")
                    || after.starts_with(" du scrutin")
                    || after.starts_with(" du bureau"))
            })
            .last()
        else {
            return false;
        };
        let between = &self.text[window + named.end()..at];
        // Sentences ended between: a full stop, then a capital.
        let sentences = between
            .match_indices(". ")
            .filter(|(p, _)| between[p + 2..].starts_with(char::is_uppercase))
            .count();
        // A designation told, not a label naming the secretary
        // ("Secrétaire de séance : Mme X. Mme le Maire propose ...").
        let told_from = lower.floor_char_boundary((window + named.start()).saturating_sub(150));
        // ("élu(e)": a form's inclusive ending.)
        let designated =
            lower_regex!(r"d[ée]sign|nomm|[ée]lu(?:e|\(e\))?s?\s|candidat|choisi|remplir")
                .is_match(&lower[told_from..at]);
        designated
            && !between.contains("\n\n")
            && sentences <= 3
            && !lower_regex!(
                r"proc[èe]s[- ]verba|compte[- ]rendu|ordre du jour|s[ée]ance pr[ée]c[ée]dente|derni[èe]re (?:s[ée]ance|r[ée]union)|urgence|[ée]lection des"
            )
            .is_match(&before[named.end()..])
    }

    /// `range` cut after each decision recorded in it but the last: each
    /// part runs to the end of the line its decision ends on. One part
    /// when `range` records one decision or none.
    fn decision_parts(&self, range: Range<usize>, body_start: usize) -> Vec<Range<usize>> {
        let text = self.text;
        let groups = self.decision_groups(body_start..range.end);
        let headless = body_start == range.start;
        let mut parts = Vec::with_capacity(groups.len().max(1));
        let mut start = range.start;
        // The marks that open and close a group.
        let first_mark = |g: &Range<usize>| {
            let k = self.marks.partition_point(|m| m.start < g.start);
            self.marks.get(k).cloned().unwrap_or(g.clone())
        };
        let last_mark = |g: &Range<usize>| {
            let k = self.marks.partition_point(|m| m.end <= g.end);
            k.checked_sub(1)
                .map_or(g.clone(), |k| self.marks[k].clone())
        };
        // Parts voted line by line ("o A l'unanimité, comme membres de la
        // commission A", "o A l'unanimité, ... B") are each a decision.
        let apart = |a: &Range<usize>, b: &Range<usize>| {
            decisions::apart(self.lower, first_mark(a), first_mark(b))
                || decisions::apart(self.lower, last_mark(a), first_mark(b))
        };
        for (k, pair) in groups.windows(2).enumerate() {
            let (this, next) = (&pair[0], &pair[1]);
            let line_end = self.vote_lines_end(this.end, next.start);
            // The next decision's own lines start the next part.
            let next_line = text[..next.start].rfind('\n').map_or(0, |p| p + 1);
            let cut = line_end.min(next_line.max(this.end));
            // What comes before parts voted line by line is a decision too.
            let in_parts =
                apart(this, next) || groups.get(k + 2).is_some_and(|after| apart(next, after));
            // "A l'unanimité, le Bureau : - autorise ... Rapport adopté à
            // l'unanimité : Pour : 22": the same decision told twice, with
            // no new item between.
            // "Mme X a été élue secrétaire de séance ... : Pour 13 voix
            // Contre 0 voix ... ce procès-verbal est approuvé à
            // l'unanimité": the designation outside every item, then
            // another decision in the same paragraph.
            // (Asked last: it reads a tally when a secretary is named near.)
            let designated = || headless && cut > start && self.designates_secretary(start..cut).0;
            if !in_parts
                && !decisions::new_item_between(text, self.lower, cut..next_line.max(cut))
                && !decisions::told_in_own_paragraph(text, this.end, next_line, next.start)
                && !designated()
            {
                continue;
            }
            if cut > start && cut < range.end {
                parts.push(start..cut);
                start = cut;
            }
        }
        parts.push(start..range.end);
        parts
    }

    /// Where the lines of a vote whose last mark ends at `mark_end` end,
    /// before `limit`: the end of the mark's line, then a tally's last lines
    /// ("Vote : - 1 abstention (M. X)\n- 17 pour") and names in brackets
    /// wrapped to the next line, six lines at most.
    fn vote_lines_end(&self, mark_end: usize, limit: usize) -> usize {
        let text = self.text;
        let line_start = text[..mark_end].rfind('\n').map_or(0, |p| p + 1);
        let next_line_end =
            |from: usize| text[from..limit].find('\n').map_or(limit, |p| from + p + 1);
        let mut end = next_line_end(mark_end);
        for _ in 0..6 {
            if end >= limit {
                break;
            }
            let after = next_line_end(end);
            let open = text[line_start..end].matches('(').count()
                > text[line_start..end].matches(')').count();
            if !open && !counts::is_count_line(&self.lower[end..after]) {
                break;
            }
            end = after;
        }
        end
    }

    /// Where the last attendance list actually ends (the list grammar may
    /// stop well before the next label), of sections whose ends
    /// [`Extractor::section_ends`] gave.
    fn after_sections(&self, ends: &[usize]) -> usize {
        ends.iter().copied().max().unwrap_or(0).max(self.table_end)
    }

    /// Where each section's list actually ends (0 for a label that only
    /// ends the section before it).
    fn section_ends(&self, sections: &[Section]) -> Vec<usize> {
        sections
            .iter()
            .map(|s| match s.label {
                Label::Stop => 0,
                _ if self
                    .section_stops
                    .contains_key(&(s.content.start, s.content.end)) =>
                {
                    self.section_stops[&(s.content.start, s.content.end)]
                }
                Label::Present | Label::Absent(_) => people::list(self.text, s.content.clone()).1,
                Label::Proxies => proxies::proxies(self.text, s.content.clone())
                    .lines
                    .last()
                    .map_or(s.content.start, |p| p.range.end),
                Label::Secretary => people::lone_name(self.text, s.content.clone())
                    .map_or(s.content.start, |n| n.whole.end),
            })
            .collect()
    }

    fn amount(&self, cents: i64, range: Range<usize>) -> Amount {
        let (span, written) = self.norm.as_written(range);
        Amount {
            cents,
            currency: "EUR".into(),
            text: written.to_string(),
            span,
        }
    }
}

/// The entry of `list` that the text's end (at `end`, in the input's
/// offsets) cuts inside its name: the last one, ending there, a family name
/// alone while at least three in four of the others (three at least) carry
/// a given name, and named in no proxy.
fn cut_last_entry<T>(
    list: &[T],
    person: impl Fn(&T) -> &Person,
    end: usize,
    proxies: &[Proxy],
) -> Option<usize> {
    let (k, last) = list
        .iter()
        .enumerate()
        .max_by_key(|(_, x)| person(x).span.end)?;
    let last = person(last);
    let others = list.len() - 1;
    let given = list
        .iter()
        .filter(|x| person(x).given_name.is_some())
        .count();
    let in_a_proxy = proxies
        .iter()
        .any(|p| p.grantor.same_as(last) || p.holder.as_ref().is_some_and(|h| h.same_as(last)));
    (last.span.end + 1 >= end
        && last.given_name.is_none()
        && others >= 3
        && 4 * given >= 3 * others
        && !in_a_proxy)
        .then_some(k)
}

fn sentence_start(text: &str, floor: usize, at: usize) -> usize {
    let before = &text[floor..at];
    let mut cut = floor;
    for (i, c) in before.char_indices().rev() {
        if c == '\n' && before[..i].ends_with('\n') {
            cut = floor + i + 1;
            break;
        }
        if c == '.' || c == ';' || c == ':' {
            // Not the dot of "M." or an initial.
            let w = letters_before(before, i);
            if w.chars().count() <= 3
                && w.chars().next().is_some_and(char::is_uppercase)
                && c == '.'
            {
                continue;
            }
            cut = floor + i + 1;
            break;
        }
    }
    cut
}

/// A mention opening on a place noun and its link, the family name read
/// from the link on ("Commune d'ANDELU", "COMMUNAUTE DE COMMUNES DU X"):
/// a place, not a person.
fn names_a_place(person: &Person) -> bool {
    let mut words = person.text.split_whitespace();
    let (Some(noun), Some(link)) = (words.next(), words.next()) else {
        return false;
    };
    let elided = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(|d| d == 'd' || d == 'D') && matches!(c.next(), Some('\'' | '’'))
    };
    let links = |w: &str| ["de", "du", "des"].iter().any(|l| folds_to(w, l)) || elided(w);
    crate::vocabulary::PLACE_NOUNS
        .iter()
        .any(|n| folds_to(noun, n))
        && links(link)
        && person
            .family_name
            .split_whitespace()
            .next()
            .is_some_and(|w| links(w) || folds_to(w, link))
}

/// Whether an item's title is the designation of the secretary of the
/// sitting: "Désignation du secrétaire de séance", "Election d'un
/// secrétaire de séance", "Nomination du secrétaire".
fn designates_the_secretary(title: &str) -> bool {
    let t = fold(title);
    let t = t.trim_start_matches(|c: char| !c.is_alphabetic());
    ["designation", "election", "nomination", "choix"]
        .iter()
        .any(|w| t.starts_with(w))
        && t.contains("secretaire")
        && t.len() < 80
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_row_of_column_headings() {
        use super::heading_row;
        let t = "Lieu Mairie Présents Absent(s) excusé(s) Absent(s) Procuration(s) Secrétaire de séance Début Anne Roux";
        let r = heading_row(t).unwrap();
        assert!(t[r].starts_with("Présents Absent(s)"));
        // Labels with their colons are lists, not headings.
        assert!(heading_row("Présents : A. Absents : B. Procurations : C").is_none());
        assert!(heading_row("Présents Absents Excusés : X").is_none());
    }
}
