//! Stage 4: assemble the records from the sections and grammars, collecting
//! findings on the way. Offsets into the normalised text are mapped back to
//! the input here, and only here.
//!
//! The work is split by what is read: the meeting's header (`meeting`), the
//! attendance (`attendance`) and the deliberations (`deliberations`).

mod attendance;
mod deliberations;
mod meeting;

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::grammar::amounts::{FoundAmount, amounts};
use crate::grammar::date::{self, WrittenDate};
use crate::grammar::notes::{self, Condition, Note, ProxyLine};
use crate::grammar::people::{self, Civility, Entry, Mention, Name, Role, Style};
use crate::grammar::votes::{self, Tally};
use crate::grammar::{
    captures_where, fold, is_word_char, lines_where, lower_regex, regex, unicode_word_edges,
    word_ends_at, word_starts_at,
};
use crate::model::*;
use crate::normalize::Normalized;
use crate::segment::{self, Heading, Label, Section};
use crate::span::{LineIndex, Span};

/// Everything the extract stage needs about one input.
pub(crate) struct Extractor<'a> {
    input: &'a str,
    norm: &'a Normalized,
    text: &'a str,
    /// `text` with ASCII letters in lower case: same offsets, and lower-case
    /// patterns searched in it find their literals at memchr speed, which
    /// `(?i)` patterns (every case variant a literal) cannot.
    lower: String,
    index: LineIndex<'a>,
    findings: Vec<Finding>,
    /// Where each attendance section's list or proxies stopped, as read by
    /// `attendance` (by body start and end): `after_sections` needs the same
    /// answers and reading every list twice doubled their cost.
    section_stops: HashMap<(usize, usize), usize>,
    /// Every amount of the text, found once: deliberations take theirs.
    amounts: Vec<FoundAmount>,
}

impl<'a> Extractor<'a> {
    pub(crate) fn new(input: &'a str, norm: &'a Normalized) -> Self {
        Extractor {
            input,
            norm,
            text: &norm.text,
            lower: norm.text.to_ascii_lowercase(),
            index: LineIndex::new(input),
            findings: Vec::new(),
            section_stops: HashMap::new(),
            amounts: amounts(&norm.text),
        }
    }

    fn span(&self, range: Range<usize>) -> Span {
        // Within the text and on character boundaries, whatever the caller
        // computed ("pos + 10", "note.end + 1"): the span then maps to
        // boundaries of the input too.
        let text = self.text;
        let start = text.floor_char_boundary(range.start.min(text.len()));
        let end = text
            .ceil_char_boundary(range.end.min(text.len()))
            .max(start);
        let r = self.norm.original(start..end);
        self.index.span(r.start, r.end)
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

    /// Collapses runs of whitespace: names wrapped over lines read as one.
    fn clean(&self, range: Range<usize>) -> String {
        let mut out = String::with_capacity(range.len());
        for word in self.text[range].split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    fn person(&self, name: &Name, group: Option<Civility>) -> Person {
        let span = self.span(name.whole.clone());
        let family = self.clean(name.family.clone()).replace(" - ", "-");
        Person {
            civility: name.civility.or(group).map(|c| c.as_str().to_string()),
            given_name: name.given.clone().map(|g| self.clean(g)),
            family_name: family,
            text: span.text(self.input).to_string(),
            span,
        }
    }

    fn role_person(
        &self,
        role: Role,
        range: Range<usize>,
        president: Option<&Person>,
    ) -> Option<Person> {
        let _ = role;
        let p = president?;
        let span = self.span(range);
        Some(Person {
            text: span.text(self.input).to_string(),
            span,
            ..p.clone()
        })
    }

    pub(crate) fn run(mut self) -> Document {
        let text = self.text;
        let headings = segment::headings(text, 0);
        let head_end = headings.first().map_or(text.len(), |h| h.range.start);
        let sections = segment::sections(text, &self.lower, 0..head_end);

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
            .filter(|s| !(s.label == Label::Stop && is_body_label(&text[s.label_range.clone()])))
            .map(|s| s.label_range.end)
            .max()
            .map_or(head_end, |e| {
                text.floor_char_boundary((e + 3000).min(head_end))
            });
        self.meeting_header(&mut meeting, first_label, header_end);

        let mut attendance = Attendance::default();
        self.attendance(&sections, &mut attendance, &mut meeting, header_end);

        // Deliberations.
        let attendance_end = sections
            .iter()
            .filter(|s| s.label == Label::Stop && !is_body_label(&text[s.label_range.clone()]))
            .map(|s| s.body.start)
            .max()
            .unwrap_or(0)
            .max(self.after_sections(&sections));
        let mut deliberations = Vec::new();
        let mut covered: Vec<Range<usize>> = Vec::new();
        if headings.is_empty() {
            let start = attendance_end.min(text.len());
            let d = self.deliberation(start..text.len(), None, &meeting);
            covered.push(start..text.len());
            deliberations.push(d);
        } else {
            // Before the first heading, a vote on its own (the secretary's
            // designation, the previous minutes) is a deliberation too.
            let pre = attendance_end.min(head_end)..head_end;
            let pre_tally = votes::tally(text, &self.lower, pre.clone());
            if pre_tally.for_.is_some() || pre_tally.against.is_some() {
                covered.push(pre.clone());
                deliberations.push(self.deliberation(pre, None, &meeting));
            }
            for (k, h) in headings.iter().enumerate() {
                let end = headings.get(k + 1).map_or(text.len(), |n| n.range.start);
                covered.push(h.range.start..end);
                deliberations.push(self.deliberation(h.range.start..end, Some(h), &meeting));
            }
        }
        // Question numbers from deliberation numbers "2018-01".."2018-08".
        infer_questions(&mut deliberations);
        // Arrivals, departures and members leaving the room for one item,
        // told in the body ("Mme X rejoint la séance", "Le Président quitte
        // la salle ... regagne la salle").
        self.events(&covered, &mut deliberations, &mut attendance, &meeting);

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
            self.finding(
                Code::DateMissing,
                Severity::Warning,
                "expected the date of the sitting (\"Séance du ...\", \"L'an ..., le ...\"), found none".into(),
                None,
            );
        }
        if attendance.present.is_empty() && attendance.absent.is_empty() {
            self.finding(
                Code::AttendanceMissing,
                Severity::Warning,
                "expected an attendance list (\"Présents :\", \"Etaient présents :\"), found none that could be read".into(),
                None,
            );
        }
        // Excerpts cut off inside the attendance: the lists are incomplete.
        let tail = text.trim_end();
        let list_end = self.after_sections(&sections);
        let attendance_runs_to_end = list_end > 0
            && list_end + 40 >= tail.len()
            && !text[list_end.min(tail.len())..tail.len()].contains([';', ':']);
        if attendance_runs_to_end && tail.ends_with(|c: char| c.is_alphabetic() || c == ',') {
            let last_word_start = tail
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(0, |(p, c)| p + c.len_utf8());
            let word = &tail[last_word_start..];
            // A signature ("Le Maire,\nJean DUPONT") ends a text properly.
            let last_line = tail.rsplit('\n').next().unwrap_or("");
            let signature = word.chars().count() >= 2
                && word.chars().all(char::is_uppercase)
                && last_line.split_whitespace().count() <= 6;
            if !signature {
                self.finding(
                Code::Truncated,
                Severity::Info,
                    format!("expected the attendance lists to end, found the text cut after {word:?}: they may be incomplete"),
                    Some(last_word_start..tail.len()),
                );
            }
        }
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

    /// Where the last attendance list actually ends (the list grammar may
    /// stop well before the next label).
    fn after_sections(&self, sections: &[Section]) -> usize {
        sections
            .iter()
            .map(|s| match s.label {
                Label::Stop => 0,
                _ if self.section_stops.contains_key(&(s.body.start, s.body.end)) => {
                    self.section_stops[&(s.body.start, s.body.end)]
                }
                Label::Present | Label::Absent(_) => people::list(self.text, s.body.clone()).1,
                Label::Proxies => notes::proxies(self.text, s.body.clone())
                    .0
                    .last()
                    .map_or(s.body.start, |p| p.range.end),
                Label::Secretary => self
                    .single_name(s.body.clone())
                    .map_or(s.body.start, |n| n.whole.end),
            })
            .max()
            .unwrap_or(0)
    }

    // -----------------------------------------------------------------------
    // Meeting

    fn clean_str(&self, s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    // -----------------------------------------------------------------------
    // Attendance

    /// One name at the start of `range` ("Secrétaire de séance : Marcel
    /// Casanicat - Base de loisirs"): read in the style of its own line, and
    /// in mixed case when no capitals mark the family name.
    fn single_name(&self, range: Range<usize>) -> Option<Name> {
        let text = self.text;
        let rest = &text[range.clone()];
        let lead = rest.len() - rest.trim_start().len();
        let start = range.start + lead;
        // A name may wrap ("M. Belardot\nSALICAT"), not across a blank line.
        let mut para_end = text[start..range.end]
            .find("\n\n")
            .map_or(range.end, |p| start + p);
        // "Monsieur Marcel\n\nJANKOWIAK": a family name alone after the blank line.
        let after = text[para_end..range.end].trim_start();
        let next_word = after
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        if para_end < range.end && next_word.chars().count() >= 2 && people::is_caps(next_word) {
            para_end = range.end - after.len() + next_word.len();
        }
        let end = text.floor_char_boundary(para_end.min(start + 120));
        let tokens = people::inline(people::tokenize(text, start..end));
        let guessed = Style::guess(text, &tokens);
        let mixed = Style {
            mixed: true,
            ..guessed
        };
        // Mixed case only for a whole name ("Madame Séverine Blondel"), not a
        // given name alone ("Monsieur Marcel" before a blank line).
        [guessed, mixed].into_iter().find_map(|style| {
            match people::name_at(text, &tokens, 0, style) {
                Some((Mention::Name(n), _)) => Some(n),
                _ => None,
            }
        })
    }

    fn first_name(&self, range: Range<usize>) -> Option<Name> {
        let tokens = people::tokenize(self.text, range);
        let style = Style::guess(self.text, &tokens);
        (0..tokens.len().min(4)).find_map(|i| match people::name_at(self.text, &tokens, i, style) {
            Some((Mention::Name(n), _)) => Some(n),
            _ => None,
        })
    }

    // -----------------------------------------------------------------------
    // Deliberations

    fn amount(&self, cents: i64, range: Range<usize>) -> Amount {
        let span = self.span(range);
        Amount {
            cents,
            currency: "EUR".into(),
            text: span.text(self.input).to_string(),
            span,
        }
    }
}

fn is_body_label(label: &str) -> bool {
    let f = fold(label);
    ["objet", "rapporteu", "resume", "ordre du jour"]
        .iter()
        .any(|p| f.starts_with(p))
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
            let word_start = before[..i]
                .char_indices()
                .rev()
                .find(|&(_, ch)| !ch.is_alphabetic())
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            let w = &before[word_start..i];
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

/// The family name folded, without spaces, hyphens and apostrophes: what
/// [`same_person`] compares.
pub(crate) fn family_key(p: &Person) -> String {
    // As `fold(..).replace([' ', '-', '\''], "")`, in one allocation.
    let mut key = String::with_capacity(p.family_name.len());
    key.extend(
        p.family_name
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\''))
            .filter_map(crate::grammar::fold_char),
    );
    key
}

pub(crate) fn same_person(a: &Person, b: &Person) -> bool {
    // "J.-C." and "Jean-Claude": compare initials when one is only initials.
    let initials = |g: &str| -> String {
        g.split(['-', ' ', '.'])
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let only_initials =
        |g: &str| g.contains('.') && g.split(['-', ' ', '.']).all(|p| p.chars().count() <= 2);
    if family_key(a) != family_key(b) {
        return false;
    }
    match (&a.given_name, &b.given_name) {
        (Some(x), Some(y)) if only_initials(x) || only_initials(y) => {
            let (ix, iy) = (initials(x), initials(y));
            ix.starts_with(&iy) || iy.starts_with(&ix)
        }
        (Some(x), Some(y)) => {
            let (x, y) = (
                fold(x).replace(['-', ' ', '.'], ""),
                fold(y).replace(['-', ' ', '.'], ""),
            );
            x == y || x.starts_with(&y) || y.starts_with(&x)
        }
        _ => true,
    }
}

fn infer_questions(delibs: &mut [Deliberation]) {
    if delibs.iter().any(|d| d.question.is_some()) {
        return;
    }
    let trailing: Vec<Option<u32>> = delibs
        .iter()
        .map(|d| {
            let n = d.number.as_deref()?;
            let digits: String = n.chars().rev().take_while(char::is_ascii_digit).collect();
            digits.chars().rev().collect::<String>().parse().ok()
        })
        .collect();
    let numbered: Vec<u32> = trailing.iter().flatten().copied().collect();
    if numbered.len() >= 2
        && numbered.first() == Some(&1)
        && numbered.windows(2).all(|w| w[1] == w[0] + 1)
    {
        for (d, n) in delibs.iter_mut().zip(trailing) {
            d.question = n;
        }
    }
}
