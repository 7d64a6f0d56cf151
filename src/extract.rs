//! Stage 4: assemble the records from the sections and grammars, collecting
//! findings on the way. Offsets into the normalised text are mapped back to
//! the input here, and only here.

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::grammar::amounts::{FoundAmount, amounts};
use crate::grammar::date::{self, WrittenDate};
use crate::grammar::notes::{self, Condition, Note, ProxyLine};
use crate::grammar::people::{self, Civility, Entry, Mention, Name, Role, Style};
use crate::grammar::votes::{self, Tally};
use crate::grammar::{fold, is_word_char, regex, unicode_word_edges};
use crate::model::*;
use crate::normalize::Normalized;
use crate::segment::{self, Heading, Label, Section};
use crate::span::{LineIndex, Span};

/// Everything the extract stage needs about one input.
pub(crate) struct Extractor<'a> {
    input: &'a str,
    norm: &'a Normalized,
    text: &'a str,
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
        let sections = segment::sections(text, 0..head_end);

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
            let pre_tally = votes::tally(text, pre.clone());
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

    fn meeting_header(&mut self, m: &mut Meeting, first_label: usize, head_end: usize) {
        let text = self.text;
        let header = 0..first_label.min(text.len());
        let head = 0..head_end.min(text.len());

        m.date = self.sitting_date(header.clone(), head.clone());
        m.body = body_of(
            &text[header.start..text.floor_char_boundary(header.end.max(1500.min(head.end)))],
        );
        m.authority = self.authority(head.clone());

        // Publication and convocation.
        let year = m.date.map(|d| d.year());
        let published =
            regex!(r"(?i)(?:publi[ée]e?|affich[ée]e?|mis en ligne)(?: en mairie)? le\s*:?\s*");
        m.published_on = self.date_after(published, head.clone(), year);
        if m.published_on.is_none() {
            m.published_on = self.date_after(published, 0..text.len(), year);
        }
        let convened = regex!(
            r"(?i)(?:date de (?:la )?convocation\s*:?\s*(?:le |du )?|convoqu[ée]e?s?(?: le| en date du)?\s*|sur convocation (?:adressée )?(?:du |en date du |le )?|convocation du |convocation adressée le )"
        );
        m.convened_on = self.date_after(convened, head.clone(), year);

        // Times.
        let opened = regex!(
            r"(?i)(?:s[ée]ance (?:est )?ouverte|ouvre la s[ée]ance|d[ée]clare la s[ée]ance ouverte|ouverture de la s[ée]ance)\s*(?:à|a)"
        );
        m.opened_at = date::time_after(&text[head.clone()], opened).map(|(t, _)| t);
        let closed = regex!(
            r"(?i)(?:lev[ée]e|l[èe]ve la s[ée]ance|cl[ôo]tur[ée]e|se termine|fin de (?:la )?s[ée]ance)\s*(?:à|a)"
        );
        m.closed_at = date::time_after(text, closed).map(|(t, _)| t);

        // Counts.
        let in_office = regex!(r"(?i)en (?:exercice|fonctions?)\s*:?\s*(\d{1,4})\b");
        m.members_in_office = in_office
            .captures(&text[head.clone()])
            .or_else(|| in_office.captures(text))
            .and_then(|c| c[1].parse().ok());
        let present = regex!(
            r"(?i)(?:^|[^\p{L}])(?:nombre de )?pr[ée]sents?\s*(?:\(\w+\)\s*)?:?\s*(\d{1,4})(?:\s*[,;\-\n–]|\s*$|\s+\p{L})"
        );
        // Not "Auditeurs présents : 47": the public is not counted.
        // (No `\b` after the digits: what follows them is never a word
        // character anyway, and a Unicode `\b` makes the regex slow.)
        m.stated_present = present
            .captures_iter(&text[head.clone()])
            .find(|c| {
                let at = head.start + c.get(0).map_or(0, |m| m.start());
                !fold(&text[text.floor_char_boundary(at.saturating_sub(12))..at])
                    .contains("auditeur")
            })
            .and_then(|c| c[1].parse().ok())
            .or_else(|| {
                // ASCII `\b` (fast) and the Unicode edge checked here.
                let hay = &text[head.clone()];
                regex!(r"\((\d{1,4}) pr[ée]sents(?-u:\b)")
                    .captures_iter(hay)
                    .find(|c| {
                        let m = c.get(0).expect("match");
                        !hay[m.end()..].chars().next().is_some_and(is_word_char)
                    })
                    .and_then(|c| c[1].parse().ok())
            });
        let voters =
            regex!(r"(?i)(?-u:\b)votants?(?:\s*\([^)\n]{0,40}\))?\s*:?\s*(\d{1,4})(?-u:\b)");
        let hay = &text[header.start..first_label.max(head_end.min(text.len()))];
        m.stated_voters = voters
            .captures_iter(hay)
            .find(|c| {
                let m = c.get(0).expect("match");
                unicode_word_edges(hay, m.start(), m.end())
            })
            .and_then(|c| c[1].parse().ok());
        // Order of business.
        let order = regex!(
            r"(?i)ordre de passage(?: des (?:rapports|dossiers|questions))?\s*:\s*((?:\d{1,3}\s*,\s*)*\d{1,3})"
        );
        if let Some(c) = order.captures(&text[head.clone()]) {
            m.order_of_business = c[1]
                .split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect();
        }
        // President and place.
        let presidency = regex!(r"(?i)sous\s+la\s+pr[ée]sidence\s+(?:de\s+|d')\s*");
        if let Some(pm) = presidency.find(&text[head.clone()]) {
            let start = head.start + pm.end();
            let end = (start + 200).min(text.len());
            let end = text.floor_char_boundary(end);
            if let Some(name) = self.single_name(start..end) {
                m.president = Some(self.person(&name, None));
            }
        }
        let place = regex!(
            r"(?i)(?:s'est|se sont) (?:r[ée]unie?s?|assembl[ée]e?s?)(?: en (?:s[ée]ance|session) (?:ordinaire|publique|extraordinaire|plénière))?(?:,? exceptionnellement)?\s+(?:à\s+\d{1,2}\s?h(?:\s?\d{2})?,?\s+)?((?:à|au|en|dans|salle)\b[^.;]{2,200}?)(?:,?\s+(?:sous la pr[ée]sidence|sur (?:la )?convocation|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d))|\.\s|,\s*(?:à|le) \d)"
        );
        if let Some(c) = place.captures(&text[head.clone()]) {
            let g = c.get(1).expect("group");
            let r = head.start + g.start()..head.start + g.end();
            let cleaned = self.clean(r);
            let cleaned = cleaned.trim_end_matches([',', ' ']).to_string();
            if !cleaned.is_empty() {
                m.place = Some(cleaned);
            }
        }
        m.span = (first_label > 0).then(|| self.span(0..first_label.min(text.len())));
        // L2121-17 al. 2: the sitting after a failed quorum needs none.
        m.second_convocation = regex!(
            r"(?i)(?:deuxi[èe]me|seconde|nouvelle)\s+convocation|sans\s+condition\s+de\s+quorum|quel\s+que\s+soit\s+le\s+nombre\s+des\s+membres\s+pr[ée]sents"
        )
        .is_match(&text[head.clone()]);
    }

    fn date_after(
        &self,
        re: &regex::Regex,
        within: Range<usize>,
        year: Option<i32>,
    ) -> Option<NaiveDate> {
        let text = self.text;
        for m in re.find_iter(&text[within.clone()]) {
            let start = within.start + m.end();
            let end = text.floor_char_boundary((start + 60).min(text.len()));
            let found = date::dates(&text[start..end]);
            if let Some(d) = found.first().filter(|d| d.start <= 12) {
                let d = match (d.year, year) {
                    (None, Some(y)) => d.with_year(y),
                    _ => *d,
                };
                if let Some(date) = d.date() {
                    return Some(date);
                }
            }
        }
        None
    }

    /// The date of the sitting. The preamble ("L'an deux mille ..., le ...",
    /// "s'est réuni le ...") and headings ("Séance du ...", "Ribisse
    /// municipal du ...") are claims; when they disagree the date is left
    /// empty and a finding says so.
    fn sitting_date(&mut self, header: Range<usize>, head: Range<usize>) -> Option<NaiveDate> {
        let text = self.text;
        let region = if header.end > 40 { header } else { head };
        let hay = &text[region.clone()];
        let dates = date::dates(hay);
        let mut preamble: Vec<(WrittenDate, usize)> = Vec::new();
        let mut headings: Vec<(WrittenDate, usize)> = Vec::new();
        let mut bare: Vec<(WrittenDate, usize)> = Vec::new();
        // "L'an deux mille vingt-trois, le quatorze mars".
        let l_an = regex!(r"(?i)\bl'? ?an\s+");
        let mut an_year: Option<(i32, usize)> = None;
        for m in l_an.find_iter(hay) {
            if let Some((y, len)) = date::year_in_words(&hay[m.end()..]) {
                an_year = Some((y, m.end() + len));
                break;
            }
        }
        for d in &dates {
            let before = &hay[..d.start];
            let tail_start = hay.floor_char_boundary(d.start.saturating_sub(60));
            let tail = fold(&hay[tail_start..d.start]);
            if regex!(r"(convoqu|convocation|affich|publi|transmis|recu|reçu|envoy|en date du\s*$|scrutin|ligne le|delibere|deliberation|arrete|loi|decret|approuv|approbation|adopt|precedente|derniere)").is_match(tail.rsplit(['.', '\n']).next().unwrap_or("")) {
                continue;
            }
            let pos = region.start + d.start;
            let is_preamble = an_year.is_some_and(|(_, end)| d.start >= end && d.start <= end + 60)
                || regex!(r"(?i)(?:r[ée]uni(?:e|s|es)?|assembl[ée]e?s?)\s+(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$").is_match(before)
                || regex!(r"(?i)(?:^|\n|\.\s)\s*le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$").is_match(before)
                // "Le quinze décembre deux mille seize": a date in words is a preamble.
                || regex!(r"(?i)\ble\s+$").is_match(before)
                    && hay[d.start..].starts_with(|c: char| c.is_alphabetic());
            if is_preamble {
                let d = match (d.year, an_year) {
                    (None, Some((y, _))) => d.with_year(y),
                    _ => *d,
                };
                preamble.push((d, pos));
            } else if regex!(r"(?i)(?:s[ée]ance|r[ée]union|session|conseil|comit[ée]|bureau|commission permanente|cm|assembl[ée]e|cdc|pl[ée]ni[èe]re|municipal|communautaire|syndical|r[ée]gional|d[ée]partemental|g[ée]n[ée]ral)\s+(?:[^\n.]{0,60}\s+)?(?:du|de)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$").is_match(before)
                || regex!(r"(?i)(?:date\s+de\s+la\s+)?s[ée]ance\s*:\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$").is_match(before)
            {
                headings.push((*d, pos));
            } else if regex!(r"(?i)(?:^|\n)\s*(?:du\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$").is_match(before)
                && d.year.is_some()
            {
                // A date alone on its line: a title, or a page's publication date.
                bare.push((*d, pos));
            }
        }
        let full = |v: &[(WrittenDate, usize)]| -> Vec<(NaiveDate, usize)> {
            v.iter()
                .filter_map(|(d, p)| d.date().map(|x| (x, *p)))
                .collect()
        };
        let pre = full(&preamble);
        let mut heads = full(&headings);
        if pre.is_empty() && heads.is_empty() {
            heads = full(&bare);
        }
        let chosen = pre.first().or(heads.first()).copied();
        let (date, pos) = chosen?;
        if let Some(&(other, opos)) = pre.iter().chain(heads.iter()).find(|(d, _)| *d != date) {
            let _ = opos;
            let range = pos..pos + 10;
            self.finding(
                Code::DateConflict,
                Severity::Warning,
                format!(
                    "expected one date for the sitting, found {date} and {other}; date left empty"
                ),
                Some(range.start.min(text.len())..range.end.min(text.len())),
            );
            return None;
        }
        Some(date)
    }

    fn authority(&self, head: Range<usize>) -> Option<String> {
        let text = self.text;
        let hay = &text[head.start..text.floor_char_boundary(head.end.min(head.start + 2500))];
        // Header lines naming a collectivity, the most local kind first: a
        // "DÉPARTEMENT DE LA DRÔME" line only locates a commune.
        let kinds = [
            regex!(r"(?mi)^[ \t#]*((?:commune|ville|mairie) d(?:e |u |es |')\s*[^\n,]{2,60})\s*$"),
            regex!(
                r"(?mi)^[ \t#]*((?:communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole|syndicat|sivom|sivu|smictom|p[ôo]le d'[ée]quilibre)\b[^\n]{0,100})\s*$"
            ),
            regex!(
                r"(?mi)^[ \t#]*(conseil d[ée]partemental d[^\n,]{2,60}|r[ée]gion [^\n,]{2,60})\s*$"
            ),
            regex!(r"(?mi)^[ \t#]*(d[ée]partement d(?:e |u |es |e l'|')[^\n,]{2,60})\s*$"),
        ];
        for re in kinds {
            if let Some(c) = re.captures(hay) {
                return Some(self.clean_str(c[1].trim()));
            }
        }
        let council = regex!(
            r"(?i)conseil municipal de (?:la (?:commune|ville) de |la ville d'|la commune d')?\s*([\p{Lu}][\p{L}'\- ]{1,60}?)(?:,|\s+(?:s'est|dûment|légalement|régulièrement|d[ûu]ment|sur|en))"
        );
        if let Some(c) = council.captures(hay) {
            return Some(format!("Commune de {}", c[1].trim()));
        }
        let pres = regex!(
            r"(?i)(?:vice-)?pr[ée]sidente? (?:de |du |d')((?:[\p{Lu}][\p{L}'\-]*)(?: (?:[\p{Lu}][\p{L}'\-]*|de|du|des|la|le|l'|d'))*)"
        );
        if let Some(c) = pres.captures(hay) {
            let s = c[1].trim();
            if !s.starts_with("Conseil") && !s.starts_with("la ") && s.split(' ').count() >= 2 {
                return Some(s.to_string());
            }
        }
        None
    }

    fn clean_str(&self, s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    // -----------------------------------------------------------------------
    // Attendance

    fn attendance(
        &mut self,
        sections: &[Section],
        a: &mut Attendance,
        m: &mut Meeting,
        head_end: usize,
    ) {
        let text = self.text;
        let mut proxy_lines: Vec<(ProxyLine, Option<Civility>)> = Vec::new();
        let mut present_listed = false;
        let mut presiding: Option<Person> = None;

        // Tables first: a Markdown table or a flattened table with "X" marks.
        let tabled = self.pipe_table(0..head_end, a, &mut proxy_lines)
            || self.x_table(0..head_end, a, &mut proxy_lines);
        present_listed |= tabled;

        for s in sections {
            match s.label {
                Label::Present if !tabled => {
                    let (entries, stop) = people::list(text, s.body.clone());
                    self.section_stops.insert((s.body.start, s.body.end), stop);
                    if !entries.is_empty() {
                        present_listed = true;
                    }
                    for e in entries {
                        let says_president = e.function.iter().chain(&e.notes).any(|r| {
                            let f = fold(text[r.clone()].trim());
                            f == "president" || f == "presidente" || f == "maire"
                        });
                        if says_president
                            && presiding.is_none()
                            && let Mention::Name(n) = &e.mention
                        {
                            presiding = Some(self.person(n, e.group_civility));
                        }
                        self.present_entry(e, a, &mut proxy_lines);
                    }
                }
                Label::Absent(excused) if !tabled => {
                    let (entries, stop) = people::list(text, s.body.clone());
                    self.section_stops.insert((s.body.start, s.body.end), stop);
                    for e in entries {
                        self.absent_entry(e, excused, a, &mut proxy_lines);
                    }
                }
                Label::Proxies => {
                    let (lines, unreadable) = notes::proxies(text, s.body.clone());
                    let stop = lines.last().map_or(s.body.start, |p| p.range.end);
                    self.section_stops.insert((s.body.start, s.body.end), stop);
                    for l in lines {
                        proxy_lines.push((l, None));
                    }
                    for r in unreadable {
                        let shown = self.clean(r.clone());
                        self.finding(
                            Code::UnreadableProxy,
                            Severity::Warning,
                            format!("expected a proxy \"X donne pouvoir à Y\", found {shown:?}"),
                            Some(r),
                        );
                    }
                }
                Label::Secretary if m.secretary.is_none() => {
                    if let Some(n) = self.single_name(s.body.clone()) {
                        m.secretary = Some(self.person(&n, None));
                    }
                }
                _ => {}
            }
        }
        if m.secretary.is_none() {
            m.secretary = self.secretary_sentence(0..text.len());
        }
        // "M. Pierre X (Président)", "M. Jean Y, Maire": the president named
        // in the list when the preamble does not say who presided.
        if m.president.is_none() {
            m.president = presiding.clone();
        }

        // Proxies: roles resolved to the president, duplicates merged.
        let president = m.president.clone();
        let mut proxies_by_grantor: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, p) in a.proxies.iter().enumerate() {
            proxies_by_grantor
                .entry(family_key(&p.grantor))
                .or_default()
                .push(k);
        }
        for (line, _) in proxy_lines {
            let grantor = match &line.grantor {
                Mention::Name(n) => self.person(n, None),
                Mention::Role(role, r) => {
                    match self.role_person(*role, r.clone(), president.as_ref()) {
                        Some(p) => p,
                        None => continue,
                    }
                }
            };
            let holder = match &line.holder {
                Mention::Name(n) => self.person(n, None),
                Mention::Role(role, r) => {
                    match self.role_person(*role, r.clone(), president.as_ref()) {
                        Some(p) => p,
                        None => {
                            let shown = self.clean(r.clone());
                            self.finding(
                            Code::UnresolvedHolder,
                            Severity::Warning,
                            format!("expected the person behind {shown:?}, found no president of the sitting; proxy left out"),
                            Some(r.clone()),
                        );
                            continue;
                        }
                    }
                }
            };
            // Only proxies whose grantor has the same family name can be the
            // same: looked up by key, not compared with every proxy
            // (quadratic in a long list).
            let key = family_key(&grantor);
            if proxies_by_grantor.get(&key).is_some_and(|ks| {
                ks.iter().any(|&k| {
                    let p = &a.proxies[k];
                    same_person(&p.grantor, &grantor) && same_person(&p.holder, &holder)
                })
            }) {
                continue;
            }
            proxies_by_grantor
                .entry(key)
                .or_default()
                .push(a.proxies.len());
            let span = self.span(line.range.clone());
            a.proxies.push(Proxy {
                grantor,
                holder,
                from_question: line.condition.from,
                until_question: line.condition.until,
                span,
            });
        }

        // The president sits even when the list leaves them out.
        if present_listed
            && let Some(p) = &m.president
            && !a.present.iter().any(|x| same_person(&x.person, p))
        {
            a.present.insert(0, Presence::new(p.clone()));
        }
        // Proxy grantors and replaced titulars are absent.
        let grantors: Vec<Person> = a.proxies.iter().map(|p| p.grantor.clone()).collect();
        let titulars: Vec<Person> = a.substitutes.iter().map(|s| s.for_member.clone()).collect();
        // By family name, as above.
        let mut absent_by_family: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, x) in a.absent.iter().enumerate() {
            absent_by_family
                .entry(family_key(&x.person))
                .or_default()
                .push(k);
        }
        for p in grantors.into_iter().chain(titulars) {
            let key = family_key(&p);
            let known = absent_by_family
                .get(&key)
                .is_some_and(|ks| ks.iter().any(|&k| same_person(&a.absent[k].person, &p)));
            if !known {
                absent_by_family
                    .entry(key)
                    .or_default()
                    .push(a.absent.len());
                a.absent.push(Absence {
                    person: p,
                    excused: None,
                });
            }
        }
    }

    fn present_entry(
        &mut self,
        e: Entry,
        a: &mut Attendance,
        proxies: &mut Vec<(ProxyLine, Option<Civility>)>,
    ) {
        let Mention::Name(name) = &e.mention else {
            return;
        };
        let person = self.person(name, e.group_civility);
        let mut presence = Presence::new(person.clone());
        for note in &e.notes {
            match notes::note(self.text, note.clone()) {
                Note::Presence(c) => self.apply_condition(&mut presence, &c),
                Note::ProxyFrom(grantor) => proxies.push((
                    ProxyLine {
                        grantor,
                        holder: e.mention.clone(),
                        condition: Condition::default(),
                        range: name.whole.start..note.end + 1,
                    },
                    None,
                )),
                Note::SubstituteFor(titular) => {
                    if let Mention::Name(t) = &titular {
                        let for_member = self.person(t, None);
                        let span = self.span(name.whole.start..note.end.min(self.text.len()));
                        a.substitutes.push(Substitute {
                            substitute: person.clone(),
                            for_member,
                            span,
                        });
                    }
                }
                Note::ProxyTo(holder, mut c) => {
                    // "(partie après le point 7, pouvoir à X)": present until 7,
                    // represented from 8.
                    if let Some(whole) = notes::condition(self.text, note.clone())
                        && c == Condition::default()
                    {
                        if let Some(u) = whole.until {
                            presence.until_question = presence.until_question.or(Some(u));
                            c.from = Some(u + 1);
                        } else if let Some(f) = whole.from {
                            presence.from_question = presence.from_question.or(Some(f));
                            c.until = f.checked_sub(1);
                        }
                    }
                    proxies.push((
                        ProxyLine {
                            grantor: e.mention.clone(),
                            holder,
                            condition: c,
                            range: name.whole.start..note.end,
                        },
                        None,
                    ));
                }
                Note::SubstitutedBy(Mention::Name(s)) => {
                    // "Odile X, suppléée par René Y": Y sits, X is replaced.
                    presence.person = self.substitution(a, &person, &s, name.whole.start..note.end);
                }
                Note::SubstitutedBy(_) | Note::Other => {}
            }
        }
        // The same person written twice in a row ("MM Falisse X\nFalisse X").
        if let Some(last) = a.present.last()
            && last.person.given_name.is_some()
            && last.person.given_name == presence.person.given_name
            && last.person.family_name == presence.person.family_name
        {
            return;
        }
        a.present.push(presence);
    }

    /// `titular` is replaced by the substitute named `by`: record it and
    /// return the substitute, who sits.
    fn substitution(
        &self,
        a: &mut Attendance,
        titular: &Person,
        by: &Name,
        written: Range<usize>,
    ) -> Person {
        let substitute = self.person(by, None);
        let span = self.span(written.start..written.end.min(self.text.len()));
        a.substitutes.push(Substitute {
            substitute: substitute.clone(),
            for_member: titular.clone(),
            span,
        });
        substitute
    }

    fn apply_condition(&self, presence: &mut Presence, c: &Condition) {
        presence.from_question = presence.from_question.or(c.from);
        presence.until_question = presence.until_question.or(c.until);
        if let Some(w) = &c.wording {
            presence.condition = Some(self.clean(w.clone()));
        }
    }

    fn absent_entry(
        &mut self,
        e: Entry,
        excused: Option<bool>,
        a: &mut Attendance,
        proxies: &mut Vec<(ProxyLine, Option<Civility>)>,
    ) {
        let Mention::Name(name) = &e.mention else {
            return;
        };
        let person = self.person(name, e.group_civility);
        for note in &e.notes {
            match notes::note(self.text, note.clone()) {
                Note::ProxyTo(holder, c) => proxies.push((
                    ProxyLine {
                        grantor: e.mention.clone(),
                        holder,
                        condition: c,
                        range: name.whole.start..note.end,
                    },
                    None,
                )),
                Note::SubstitutedBy(Mention::Name(s)) => {
                    self.substitution(a, &person, &s, name.whole.start..note.end);
                }
                _ => {}
            }
        }
        a.absent.push(Absence { person, excused });
    }

    /// "Mme X a été élue secrétaire", "M. X est désigné secrétaire de
    /// séance", "que Madame X sera Secrétaire de séance".
    fn secretary_sentence(&self, within: Range<usize>) -> Option<Person> {
        let text = self.text;
        let re = regex!(
            r"(?i)(?:a été|est|sera|ont été|fut)\s+(?:(?:élue?|nommée?|désignée?|choisie?)\s+(?:comme\s+|en qualité de\s+|pour\s+)?)?(?:secr[ée]taire)|(?:d[ée]sign(?:er|e)|nomm(?:er|e)|[ée]lire)\s+(?:M\.|Mme|Monsieur|Madame)"
        );
        for m in re.find_iter(&text[within.clone()]) {
            let at = within.start + m.start();
            let line = fold(&text[text.floor_char_boundary(at.saturating_sub(40))..at]);
            if line.contains("auxiliaire") {
                continue;
            }
            // The name is the last one before the verb, or the first after "désigner".
            let sentence_start = text[..at]
                .rfind(['.', ';'])
                .map_or(0, |p| p + 1)
                .max(at.saturating_sub(400));
            let sentence_start = text.ceil_char_boundary(sentence_start);
            let matched = fold(m.as_str());
            let (from, to) = if matched.starts_with("design")
                || matched.starts_with("nomm")
                || matched.starts_with("elire")
            {
                let s = at + m.as_str().find(['M']).unwrap_or(0);
                (s, text.floor_char_boundary((s + 120).min(text.len())))
            } else {
                (sentence_start, at)
            };
            let tokens = people::tokenize(text, from..to);
            let style = Style::guess(text, &tokens);
            let mut best = None;
            let mut i = 0;
            while i < tokens.len() {
                if let Some((Mention::Name(n), next)) = people::name_at(text, &tokens, i, style) {
                    best = Some(n);
                    if from != sentence_start {
                        break;
                    }
                    i = next;
                } else {
                    i += 1;
                }
            }
            if let Some(n) = best {
                return Some(self.person(&n, None));
            }
        }
        // "désignation d'un secrétaire ... M. X ayant recueilli ..., il a été désigné".
        let re2 =
            regex!(r"(?i)secr[ée]taire de s[ée]ance[^.]{0,120}\.\s*([^.]{0,200}?d[ée]sign[ée]e?)");
        if let Some(c) = re2.captures(&text[within.clone()]) {
            let g = c.get(1).expect("group");
            let r = within.start + g.start()..within.start + g.end();
            let tokens = people::tokenize(text, r);
            let style = Style::guess(text, &tokens);
            for i in 0..tokens.len() {
                if let Some((Mention::Name(n), _)) = people::name_at(text, &tokens, i, style) {
                    return Some(self.person(&n, None));
                }
            }
        }
        None
    }

    /// A Markdown table of delegates: "| Ribonde | Délégué titulaire |
    /// Présent | Suppléant(e) siégeant | Pouvoir donné à |".
    fn pipe_table(
        &mut self,
        within: Range<usize>,
        a: &mut Attendance,
        proxies: &mut Vec<(ProxyLine, Option<Civility>)>,
    ) -> bool {
        let text = self.text;
        let hay = &text[within.clone()];
        let mut offset = within.start;
        let mut columns: Option<TableColumns> = None;
        let mut read_any = false;
        for line in hay.split_inclusive('\n') {
            let line_start = offset;
            offset += line.len();
            let trimmed = line.trim();
            if !trimmed.starts_with('|') {
                if columns.is_some() && read_any {
                    break;
                }
                continue;
            }
            let cells = cell_ranges(text, line_start, line);
            if columns.is_none() {
                let folded: Vec<String> =
                    cells.iter().map(|c| fold(text[c.clone()].trim())).collect();
                let name = folded.iter().position(|c| {
                    c.contains("delegue")
                        || c.starts_with("nom")
                        || c.contains("titulaire")
                        || c.contains("membre")
                        || c.contains("conseiller")
                });
                let present = folded.iter().position(|c| c.starts_with("present"));
                if let (Some(name), Some(present)) = (name, present) {
                    let substitute = folded.iter().position(|c| c.contains("suppl"));
                    let proxy = folded
                        .iter()
                        .position(|c| c.contains("pouvoir") || c.contains("procuration"));
                    columns = Some((name, Some(present), substitute, proxy));
                }
                continue;
            }
            if trimmed.contains("---") {
                continue;
            }
            let Some((name_col, present_col, sub_col, proxy_col)) = columns else {
                continue;
            };
            let Some(name_cell) = cells.get(name_col) else {
                continue;
            };
            let Some(titular) = self.first_name(name_cell.clone()) else {
                continue;
            };
            read_any = true;
            let cell = |col: Option<usize>| {
                col.and_then(|c| cells.get(c))
                    .filter(|r| !text[(*r).clone()].trim().is_empty())
                    .cloned()
            };
            let present_cell = cell(present_col);
            let sub_cell = cell(sub_col);
            let proxy_cell = cell(proxy_col);
            let tperson = self.person(&titular, None);
            if let Some(pc) =
                present_cell.filter(|r| text[r.clone()].trim_start().starts_with(['X', 'x']))
            {
                let mut presence = Presence::new(tperson);
                if let Some(open) = text[pc.clone()].find('(') {
                    let inner_start = pc.start + open + 1;
                    let inner_end = text[inner_start..pc.end]
                        .find(')')
                        .map_or(pc.end, |p| inner_start + p);
                    if let Some(c) = notes::condition(text, inner_start..inner_end) {
                        self.apply_condition(&mut presence, &c);
                    }
                }
                a.present.push(presence);
            } else if let Some(sc) = sub_cell {
                if let Some(sub) = self.first_name(sc.clone()) {
                    let substitute = self.person(&sub, None);
                    a.present.push(Presence::new(substitute.clone()));
                    let span = self.span(name_cell.start..sc.end);
                    a.substitutes.push(Substitute {
                        substitute,
                        for_member: tperson,
                        span,
                    });
                }
            } else if let Some(pc) = proxy_cell {
                if let Some(holder) = self.first_name(pc.clone()) {
                    proxies.push((
                        ProxyLine {
                            grantor: Mention::Name(titular.clone()),
                            holder: Mention::Name(holder),
                            condition: Condition::default(),
                            range: name_cell.start..pc.end,
                        },
                        None,
                    ));
                }
            } else {
                a.absent.push(Absence {
                    person: tperson,
                    excused: None,
                });
            }
        }
        read_any
    }

    /// A presence sheet, one member a row, with marks: "X" present, "E"
    /// excused, "A" absent, then "suppléé(e) par Y", "pouvoir à Y" or just a
    /// substitute's name. Columns are read from tabs in the input when there
    /// are any ("Conseiller\tPrésent\tExcusé\tAbsent\tPouvoir à"), else from
    /// the marks' order. A commune written before each member is left out.
    fn x_table(
        &mut self,
        within: Range<usize>,
        a: &mut Attendance,
        proxies: &mut Vec<(ProxyLine, Option<Civility>)>,
    ) -> bool {
        let text = self.text;
        let hay = &text[within.clone()];
        let header = regex!(
            r"(?im)^[^\n:\d]*\b(?:nom|conseill\w*|d[ée]l[ée]gu[ée]s?|membres?|titulaires?|[ée]lus?)\b[^\n:\d]*pr[ée]sen(?:t|ce)[^\n:\d]*$"
        );
        // The header is one line (`^`, `$`, no `\n` inside): only lines
        // with "sen" in them (as "présent" and "présence" have) go to the
        // regex, whose Unicode `\b` makes it slow on French text. Same
        // first match.
        let mut line_start = 0;
        let mut found = None;
        for line in hay.split_inclusive('\n') {
            let body = line.strip_suffix('\n').unwrap_or(line);
            if body
                .as_bytes()
                .windows(3)
                .any(|w| w.eq_ignore_ascii_case(b"sen"))
                && let Some(m) = header.find(body)
            {
                found = Some(line_start + m.start()..line_start + m.end());
                break;
            }
            line_start += line.len();
        }
        let Some(h) = found else {
            return false;
        };
        let header_range = within.start + h.start..within.start + h.end;
        // Column names from the original line's tabs.
        let orig_header = self.norm.original(header_range.clone());
        let header_cells: Vec<String> = self.input[orig_header.clone()]
            .split('\t')
            .map(|c| fold(c.trim()))
            .collect();
        let tabbed = header_cells.len() >= 3;
        let mut rows = Vec::new();
        let mut offset = header_range.end + 1;
        for line in text[offset.min(within.end)..within.end].split_inclusive('\n') {
            let r = offset..offset + line.trim_end().len();
            offset += line.len();
            let t = line.trim();
            if t.is_empty() {
                if rows.is_empty() {
                    continue;
                }
                break;
            }
            if t.starts_with("Légende") || t.starts_with("Legende") || fold(t).starts_with("page ")
            {
                continue;
            }
            rows.push(r);
        }
        let is_mark = |w: &str| matches!(w, "X" | "x" | "E" | "A" | "P" | "AE");
        let marked = rows
            .iter()
            .filter(|r| text[(*r).clone()].split_whitespace().any(is_mark))
            .count();
        if marked < 3 {
            return false;
        }
        let family_first = Style {
            given_first: false,
            mixed: false,
            dash_separated: false,
        };
        let caps_prefix = |r: &Range<usize>| -> Vec<String> {
            text[r.clone()]
                .split_whitespace()
                .take_while(|w| people::is_caps(w) && !is_mark(w))
                .map(str::to_string)
                .collect()
        };
        let prefixes: Vec<Vec<String>> = rows.iter().map(caps_prefix).collect();
        let common =
            |x: &[String], y: &[String]| x.iter().zip(y).take_while(|(a, b)| a == b).count();
        let last = rows.len().saturating_sub(1);
        for (n, r) in rows.iter().enumerate() {
            let r = r.clone();
            let cut_off = n == last && text[r.end..].trim().is_empty();
            // The commune shared with the next or previous row.
            let mine = &prefixes[n];
            let shared = [n.checked_sub(1), Some(n + 1)]
                .into_iter()
                .flatten()
                .filter_map(|k| prefixes.get(k))
                .map(|other| common(mine, other))
                .max()
                .unwrap_or(0);
            let skip_words = if shared > 0 && shared < mine.len() {
                shared
            } else {
                0
            };
            let mut tokens = people::tokenize(text, r.clone());
            let mut dropped = 0;
            while dropped < skip_words && !tokens.is_empty() {
                tokens.remove(0);
                dropped += 1;
            }
            let guessed = Style::guess(text, &tokens);
            let style = if guessed.mixed { guessed } else { family_first };
            let Some((Mention::Name(name), after)) = people::name_at(text, &tokens, 0, style)
            else {
                continue;
            };
            let person = self.person(&name, None);
            // The row's status: from its tab column, else from its mark.
            let (status, rest) = if tabbed {
                let orig = self.norm.original(r.clone());
                let cells: Vec<&str> = self.input[orig.clone()].split('\t').collect();
                let mut status = None;
                let mut rest = None;
                for (k, cell) in cells.iter().enumerate().skip(1) {
                    let head = header_cells.get(k).map_or("", String::as_str);
                    let c = cell.trim();
                    if c.is_empty() {
                        continue;
                    }
                    if is_mark(c) {
                        status = Some(
                            if head.starts_with("present") || head.starts_with("presence") {
                                'X'
                            } else if head.starts_with("excus") {
                                'E'
                            } else if head.starts_with("absent") {
                                'A'
                            } else {
                                c.chars().next().unwrap_or('X')
                            },
                        );
                    } else if head.contains("pouvoir") || head.contains("procuration") {
                        rest = Some(format!("pouvoir à {c}"));
                    } else if head.contains("suppl") {
                        rest = Some(format!("suppléé par {c}"));
                    }
                }
                (status, rest.map(|s| (s, orig)))
            } else {
                let mark = tokens[after..]
                    .iter()
                    .position(|t| is_mark(&text[t.start..t.end]))
                    .map(|p| after + p);
                match mark {
                    Some(k) => {
                        let m = text[tokens[k].start..tokens[k].end].to_uppercase();
                        (m.chars().next(), None)
                    }
                    None => (None, None),
                }
            };
            // What follows the mark: a substitute or a proxy holder.
            let note_after = |this: &Self| -> Option<Note> {
                if tabbed {
                    return None;
                }
                let k = tokens.iter().position(|t| is_mark(&text[t.start..t.end]))?;
                let start = tokens.get(k + 1)?.start;
                let note_range = start..r.end;
                match notes::note(text, note_range.clone()) {
                    Note::Other | Note::Presence(_) => {
                        // A bare name after the mark: a substitute (d29 style).
                        let n = this.first_name(note_range)?;
                        Some(Note::SubstitutedBy(Mention::Name(n)))
                    }
                    other => Some(other),
                }
            };
            let note = note_after(self);
            let tab_note = rest.as_ref().map(|(s, _)| s.clone());
            match (status, note) {
                (_, Some(Note::SubstitutedBy(Mention::Name(sub)))) => {
                    let substitute = self.person(&sub, None);
                    let span = self.span(r.clone());
                    a.present.push(Presence::new(substitute.clone()));
                    a.substitutes.push(Substitute {
                        substitute,
                        for_member: person,
                        span,
                    });
                }
                (_, Some(Note::ProxyTo(holder, c))) => {
                    proxies.push((
                        ProxyLine {
                            grantor: Mention::Name(name.clone()),
                            holder,
                            condition: c,
                            range: r.clone(),
                        },
                        None,
                    ));
                    a.absent.push(Absence {
                        person,
                        excused: Some(status == Some('E')),
                    });
                }
                (Some('X') | Some('P'), _) => a.present.push(Presence::new(person)),
                (None, _) if cut_off => {}
                (status, _) => {
                    if let Some(t) = tab_note
                        && let Some(holder_name) = t.strip_prefix("pouvoir à ")
                    {
                        let _ = holder_name;
                        // Resolve the holder from the normalised row text.
                        let start = text[r.clone()]
                            .rfind(holder_name.split_whitespace().next().unwrap_or(""))
                            .map(|p| r.start + p);
                        if let Some(s) = start
                            && let Some(h) = self.first_name(s..r.end)
                        {
                            proxies.push((
                                ProxyLine {
                                    grantor: Mention::Name(name.clone()),
                                    holder: Mention::Name(h),
                                    condition: Condition::default(),
                                    range: r.clone(),
                                },
                                None,
                            ));
                        }
                    }
                    a.absent.push(Absence {
                        person,
                        excused: match status {
                            Some('E') => Some(true),
                            Some('A') => Some(false),
                            _ => None,
                        },
                    });
                }
            }
        }
        true
    }

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

    fn deliberation(
        &mut self,
        range: Range<usize>,
        heading: Option<&Heading>,
        meeting: &Meeting,
    ) -> Deliberation {
        let text = self.text;
        let body_start = heading.map_or(range.start, |h| h.range.end.min(range.end));
        let body = body_start..range.end;
        let number = heading
            .and_then(|h| h.number.clone())
            .map(|r| self.clean(r));
        let mut title = heading.and_then(|h| h.title.clone()).map(|r| self.clean(r));

        // Rapporteur.
        let rap = regex!(r"(?i)rapporteure?\s*:\s*");
        let mut rapporteur = None;
        let mut rap_at = None;
        if let Some(m) = rap.find(&text[range.clone()]) {
            let start = range.start + m.end();
            rap_at = Some(range.start + m.start());
            let end = text[start..range.end]
                .find('\n')
                .map_or(range.end, |p| start + p);
            let tokens = people::tokenize(text, start..end);
            let style = Style::guess(text, &tokens);
            match people::name_at(text, &tokens, 0, style) {
                Some((Mention::Name(n), _)) => rapporteur = Some(self.person(&n, None)),
                Some((Mention::Role(role, r), _)) => {
                    rapporteur = self.role_person(role, r, meeting.president.as_ref())
                }
                None => {}
            }
        }
        if title.is_none() {
            title = self.title_before(range.clone(), rap_at);
        }

        // Opinions of commissions.
        let mut opinions = Vec::new();
        let op = regex!(
            r"(?im)^[ \t]*(commission[^\n]*?)[ \t]+(\d{1,2}/\d{1,2}/\d{4})[ \t]+(favorable|d[ée]favorable|r[ée]serv[ée]e?|sans avis|avis favorable|avis d[ée]favorable)(?-u:\b)"
        );
        let hay = &text[range.clone()];
        for c in op.captures_iter(hay) {
            // ASCII `\b` in the regex (fast), the Unicode edge here.
            if hay[c.get(0).expect("match").end()..]
                .chars()
                .next()
                .is_some_and(is_word_char)
            {
                continue;
            }
            let d = date::dates(&c[2]).first().and_then(WrittenDate::date);
            opinions.push(Opinion {
                body: self.clean_str(&c[1]),
                date: d,
                opinion: c[3].to_string(),
            });
        }

        // Interested members.
        let interested = self.interested(body.clone());

        // The vote.
        let tally = votes::tally(text, body.clone());
        let vote = (!tally.is_empty()).then(|| self.vote(tally, &interested));

        let found: Vec<FoundAmount> = self
            .amounts
            .iter()
            .filter(|a| range.start <= a.range.start && a.range.end <= range.end)
            .map(|a| FoundAmount {
                cents: a.cents,
                range: a.range.start - range.start..a.range.end - range.start,
            })
            .collect();
        let totals = totals(&text[range.clone()], &found);
        let amounts = found
            .into_iter()
            .map(|a| {
                self.amount(
                    a.cents,
                    range.start + a.range.start..range.start + a.range.end,
                )
            })
            .collect();
        Deliberation {
            number,
            question: heading.and_then(|h| h.question),
            title,
            rapporteur,
            opinions,
            interested,
            withdrawn: Vec::new(),
            vote,
            amounts,
            totals,
            span: self.span(range),
        }
    }

    /// Presence events told in the deliberations' text. Ranges written in
    /// the attendance list win; events only fill what the list leaves empty.
    fn events(
        &mut self,
        regions: &[Range<usize>],
        delibs: &mut [Deliberation],
        a: &mut Attendance,
        meeting: &Meeting,
    ) {
        let text = self.text;
        let leave = regex!(
            r"(?i)\b(?:quitte(?:nt)?\s+(?:d[ée]finitivement\s+)?(?:la\s+s[ée]ance|la\s+salle|l'assembl[ée]e|la\s+r[ée]union)|se\s+retiren?t?\b|sorten?t?\s+de\s+la\s+salle|s'absentent?)"
        );
        let back = regex!(
            r"(?i)\b(?:rejoin(?:t|nent)|regagnen?t?|(?:reprend|reprennent)\s+(?:sa\s+|leur\s+)?place|revien(?:t|nent)|r[ée]int[èe]gren?t?|arrive(?:nt)?\s+en\s+s[ée]ance|entren?t?\s+en\s+s[ée]ance)"
        );
        for (k, region) in regions.iter().enumerate() {
            let Some(d) = delibs.get(k) else { break };
            let question = d.question;
            let vote_start = d.vote.as_ref().map(|v| v.span.start);
            let hay = &text[region.clone()];
            let mut leaving: Vec<(Person, usize, Range<usize>)> = Vec::new();
            let mut returning: Vec<(Person, usize)> = Vec::new();
            for (is_leave, m) in leave
                .find_iter(hay)
                .map(|m| (true, m))
                .chain(back.find_iter(hay).map(|m| (false, m)))
            {
                let at = region.start + m.start();
                let start = sentence_start(text, region.start, at);
                let Some(who) = self.subject(start..at, meeting) else {
                    continue;
                };
                if is_leave {
                    let end = text[at..region.end]
                        .find(['.', '\n'])
                        .map_or(region.end, |p| at + p);
                    leaving.push((who, at, at..end));
                } else {
                    returning.push((who, at));
                }
            }
            let original_vote = vote_start;
            for (who, at, sentence) in leaving {
                if delibs[k].interested.iter().any(|p| same_person(p, &who)) {
                    continue;
                }
                let returns = returning
                    .iter()
                    .any(|(p, r)| *r > at && same_person(p, &who));
                if returns {
                    if !delibs[k].withdrawn.iter().any(|p| same_person(p, &who)) {
                        delibs[k].withdrawn.push(who);
                    }
                    continue;
                }
                let Some(q) = question else { continue };
                let orig = self.norm.original(at..at + 1).start;
                let after_vote = original_vote.is_none_or(|v| orig > v);
                let until = if after_vote { q } else { q.saturating_sub(1) };
                if let Some(p) = a.present.iter_mut().find(|p| same_person(&p.person, &who))
                    && p.last_question().is_none()
                    && p.first_question().is_none_or(|f| f <= until)
                {
                    p.until_question_told = Some(until);
                }
                // "... quitte la séance et donne pouvoir à Mme X".
                let giving = regex!(
                    r"(?i)donnen?t?\s+(?:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote)\s+[àa]\s+"
                );
                if let Some(g) = giving.find(&text[sentence.clone()]) {
                    let hs = sentence.start + g.end();
                    if let Some(holder) = self.single_name(hs..sentence.end.max(hs)) {
                        let holder = self.person(&holder, None);
                        if !a.proxies.iter().any(|p| same_person(&p.grantor, &who)) {
                            let span = self.span(sentence.clone());
                            a.proxies.push(Proxy {
                                grantor: who.clone(),
                                holder,
                                from_question: Some(until + 1),
                                until_question: None,
                                span,
                            });
                            if !a.absent.iter().any(|x| same_person(&x.person, &who)) {
                                a.absent.push(Absence {
                                    person: who.clone(),
                                    excused: None,
                                });
                            }
                        }
                    }
                }
            }
            for (who, at) in returning {
                let Some(q) = question else { continue };
                if delibs[k].interested.iter().any(|p| same_person(p, &who)) {
                    continue;
                }
                let orig = self.norm.original(at..at + 1).start;
                let from = if original_vote.is_none_or(|v| orig < v) {
                    q
                } else {
                    q + 1
                };
                if let Some(p) = a.present.iter_mut().find(|p| same_person(&p.person, &who))
                    && p.first_question().is_none()
                    && p.last_question().is_none()
                    && !delibs[k].withdrawn.iter().any(|w| same_person(w, &who))
                {
                    p.from_question_told = Some(from);
                }
            }
        }
    }

    /// The person a sentence is about: its first name, or "le Maire".
    fn subject(&self, range: Range<usize>, meeting: &Meeting) -> Option<Person> {
        let text = self.text;
        // The last name before the verb: "Conformément à l'article L.2121-14
        // du CGCT, Monsieur le Maire quitte la salle".
        let tokens = people::inline(people::tokenize(text, range));
        let style = Style::guess(text, &tokens);
        let mut found = None;
        let mut i = 0;
        while i < tokens.len() {
            match people::name_at(text, &tokens, i, style) {
                Some((m, next)) => {
                    found = Some(m);
                    i = next;
                }
                None => i += 1,
            }
        }
        match found? {
            Mention::Name(n) => Some(self.person(&n, None)),
            Mention::Role(role, r) => self.role_person(role, r, meeting.president.as_ref()),
        }
    }

    /// The paragraph right before "Rapporteur :" (the seed's bold title).
    fn title_before(&self, range: Range<usize>, rap_at: Option<usize>) -> Option<String> {
        let text = self.text;
        let at = rap_at?;
        let before = &text[range.start..at];
        let trimmed = before.trim_end();
        let para_start = trimmed.rfind("\n\n").map_or(0, |p| p + 2);
        let para = &trimmed[para_start..];
        let cleaned = self.clean_str(para);
        (!cleaned.is_empty() && cleaned.len() < 400).then_some(cleaned)
    }

    fn interested(&self, body: Range<usize>) -> Vec<Person> {
        let text = self.text;
        let re = regex!(
            r"(?i)int[ée]ress[ée]e?s?|ne prenn?e?n?t? (?:pas )?part|n'(?:a|ont) pas pris part|ne participen?t? pas au vote|se d[ée]porten?t?|(?-u:\b)NPPV(?-u:\b)"
        );
        let mut out: Vec<Person> = Vec::new();
        // The sentence start and where the list read before the previous
        // match stopped, and that match: a list that ended before its match
        // reads no further at the next one in the same sentence.
        let mut last: Option<(usize, usize, usize)> = None;
        for m in re.find_iter(&text[body.clone()]) {
            // The regex has no Unicode `\b` (slow): "intéressé(e)(s)" must
            // end a word, "NPPV" be one.
            let word_after = text[body.start + m.end()..]
                .chars()
                .next()
                .is_some_and(is_word_char);
            if word_after
                || (m.as_str().eq_ignore_ascii_case("nppv")
                    && !unicode_word_edges(&text[body.clone()], m.start(), m.end()))
            {
                continue;
            }
            let at = body.start + m.start();
            // "Conseillers intéressés : 2" is a count, not a sentence.
            if text[body.start + m.end()..].trim_start().starts_with(':') {
                continue;
            }
            // A sentence is read back at most this far: without a bound (and
            // the skip below), each match re-read the text since the last
            // full stop, quadratic in a text of many matches.
            const SENTENCE_MAX: usize = 1000;
            let floor = text
                .floor_char_boundary(at.saturating_sub(SENTENCE_MAX))
                .max(body.start);
            let start = sentence_start(text, floor, at);
            if let Some((s, stop, prev_at)) = last
                && s == start
                && stop < prev_at
            {
                continue;
            }
            let (entries, stop) = people::list(text, start..at);
            last = Some((start, stop, at));
            for e in entries {
                if let Mention::Name(n) = &e.mention {
                    let p = self.person(n, e.group_civility);
                    if !out.iter().any(|x| same_person(x, &p)) {
                        out.push(p);
                    }
                }
            }
        }
        out
    }

    fn vote(&self, t: Tally, interested: &[Person]) -> Vote {
        let unanimous = t.unanimous_written
            || (t.for_.is_some_and(|f| f > 0)
                && t.against == Some(0)
                && t.abstentions.is_none_or(|a| a == 0)
                && t.abstentions.is_some());
        let outcome_stated = t.outcome_written.is_some();
        let outcome = match t.outcome_written {
            Some(true) => Some(Outcome::Adopted),
            Some(false) => Some(Outcome::Rejected),
            None => match (t.for_, t.against) {
                _ if t.unanimous_written => Some(Outcome::Adopted),
                (Some(f), Some(a)) if f > a => Some(Outcome::Adopted),
                (Some(f), Some(a)) if f < a => Some(Outcome::Rejected),
                (Some(f), None) if f > 0 => Some(Outcome::Adopted),
                _ => None,
            },
        };
        let names = |entries: &[Entry]| -> Vec<Person> {
            entries
                .iter()
                .filter_map(|e| match &e.mention {
                    Mention::Name(n) => Some(self.person(n, e.group_civility)),
                    _ => None,
                })
                .collect()
        };
        let range = t.range.clone().unwrap_or(0..0);
        Vote {
            for_: t.for_,
            against: t.against,
            abstentions: t.abstentions,
            not_voting: t.not_voting,
            voters: t.voters,
            expressed: t.expressed,
            unanimous,
            outcome,
            outcome_stated,
            against_names: names(&t.against_names),
            abstention_names: names(&t.abstention_names),
            not_voting_names: interested.to_vec(),
            span: self.span(range),
        }
    }

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

/// Column indices of a delegates table: name, presence, substitute, proxy.
type TableColumns = (usize, Option<usize>, Option<usize>, Option<usize>);

/// Stated totals and their parts, from the layout of a financing plan: lines
/// that each hold one amount ("- DETR (35 %) : 144 480 €", or table rows)
/// followed by a "Total" line, or a "montant total de X €, dont :" line
/// followed by such lines.
fn totals(region: &str, found: &[crate::grammar::amounts::FoundAmount]) -> Vec<AmountTotal> {
    // Amount indices on each line.
    let mut lines: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    let mut start = 0;
    for line in region.split_inclusive('\n') {
        let r = start..start + line.len();
        start += line.len();
        let on_line: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|(_, a)| r.contains(&a.range.start))
            .map(|(i, _)| i)
            .collect();
        lines.push((r, on_line));
    }
    let is_total = |r: &Range<usize>| -> bool {
        let l = fold(region[r.clone()].trim_start_matches([' ', '|', '-', '*']));
        l.starts_with("total") || l.starts_with("montant total")
    };
    let is_part = |r: &Range<usize>, n: usize| -> bool {
        let l = region[r.clone()].trim();
        // A bullet or a table row, or a short "Région : 180 000 €" line that
        // ends with its amount.
        let plan_line = l.len() < 100
            && l.contains(':')
            && regex!(r"(?i)(?:€|euros?)(?:\s*(?:HT|TTC))?\s*[;,.]?$").is_match(l);
        // "Coût prévisionnel HT : 186 400 €" states the whole, not a part.
        let whole = regex!(r"(?i)^[-•|* ]*(?:co[ûu]t|montant|budget|d[ée]pense)").is_match(l);
        n == 1
            && (l.starts_with(['-', '•', '|', '*']) || l.starts_with("o ") || plan_line)
            && !whole
            && !is_total(r)
    };
    let mut out = Vec::new();
    for (k, (r, on)) in lines.iter().enumerate() {
        if on.len() != 1 {
            continue;
        }
        if is_total(r) {
            // Parts above, possibly across one blank line (and a table rule).
            let mut parts = Vec::new();
            let mut j = k;
            let mut skipped = 0;
            while j > 0 {
                j -= 1;
                let (pr, pon) = &lines[j];
                let blank =
                    region[pr.clone()].trim().is_empty() || region[pr.clone()].contains("---");
                if blank && skipped == 0 && parts.is_empty() {
                    skipped += 1;
                    continue;
                }
                if !is_part(pr, pon.len()) {
                    break;
                }
                parts.push(pon[0]);
            }
            parts.reverse();
            if parts.len() >= 2 && !out.iter().any(|t: &AmountTotal| t.parts == parts) {
                out.push(AmountTotal {
                    total: on[0],
                    parts,
                });
            }
            continue;
        }
        // "pour un montant total de 38 650 €, dont :" and the lines below.
        let l = fold(&region[r.clone()]);
        if l.contains("total") && l.trim_end().ends_with(':') {
            let parts: Vec<usize> = lines[k + 1..]
                .iter()
                .take_while(|(pr, pon)| is_part(pr, pon.len()))
                .map(|(_, pon)| pon[0])
                .collect();
            if parts.len() >= 2 {
                out.push(AmountTotal {
                    total: on[0],
                    parts,
                });
            }
        }
    }
    out
}

/// Labels that belong to a deliberation, not to the meeting's header.
fn is_body_label(label: &str) -> bool {
    let f = fold(label);
    ["objet", "rapporteu", "resume", "ordre du jour"]
        .iter()
        .any(|p| f.starts_with(p))
}

/// Where the sentence around `at` starts (not before `floor`).
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

/// The deliberating body named in the header.
fn body_of(header: &str) -> Option<String> {
    let re = regex!(
        r"(?i)\b(commission permanente|bureau(?: communautaire| syndical)?|comit[ée] syndical|comit[ée] du syndicat|conseil (?:de (?:la )?communaut[ée])|conseil communautaire|conseil municipal|conseil d[ée]partemental|conseil g[ée]n[ée]ral|conseil r[ée]gional|conseil intercommunal|comit[ée])\b"
    );
    let mut best: Option<(usize, String)> = None;
    for m in re.find_iter(header) {
        let f = fold(m.as_str());
        let name = if f.starts_with("commission permanente") {
            "Commission permanente"
        } else if f.starts_with("bureau") {
            "Bureau"
        } else if f.starts_with("comite") {
            "Comité syndical"
        } else if f.contains("departemental") {
            "Conseil départemental"
        } else if f.starts_with("conseil de") {
            "Conseil de communauté"
        } else if f.contains("communautaire") || f.contains("intercommunal") {
            "Conseil communautaire"
        } else if f.contains("municipal") {
            "Conseil municipal"
        } else if f.contains("general") {
            "Conseil général"
        } else {
            "Conseil régional"
        };
        // The first body named wins, but a commission permanente is named
        // after the council it belongs to.
        match &best {
            Some((_, b)) if !(name == "Commission permanente" && b.starts_with("Conseil")) => {}
            _ => best = Some((0, name.to_string())),
        }
    }
    best.map(|(_, n)| n)
}

fn cell_ranges(text: &str, line_start: usize, line: &str) -> Vec<Range<usize>> {
    let _ = text;
    let mut cells = Vec::new();
    let bytes = line.as_bytes();
    let pipes: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'|')
        .map(|(i, _)| i)
        .collect();
    for w in pipes.windows(2) {
        cells.push(line_start + w[0] + 1..line_start + w[1]);
    }
    cells
}

/// The family name as [`same_person`] compares it: two people with
/// different keys are never the same.
fn family_key(p: &Person) -> String {
    fold(&p.family_name).replace([' ', '-', '\''], "")
}

/// Two mentions of the same person: same family name (folded), and given
/// names that do not contradict each other.
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

/// Deliberations numbered "2018-01", "2018-02"... whose last numbers run
/// 1, 2, 3 take those as question numbers when none is written.
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
