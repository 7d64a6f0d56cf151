//! The attendance: lists, proxies, substitutes, tables of delegates, the secretary.

use std::collections::HashSet;

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn attendance(
        &mut self,
        sections: &[Section],
        a: &mut Attendance,
        m: &mut Meeting,
        head_end: usize,
    ) {
        let text = self.text;
        let mut proxy_lines: Vec<ProxyLine> = Vec::new();
        let mut present_listed = false;
        let mut presiding: Option<Person> = None;
        // "Agnès (Pr**)" among the present, "Marielle (Pr**)" among the
        // absent: a proxy marked by the same symbol on both sides.
        let mut marked: Vec<(String, Mention, bool)> = Vec::new();
        // Everyone sits but the members listed: proxy holders among them.
        let mut by_exception = false;

        // Tables first: a Markdown table or a flattened table with "X" marks.
        let tabled = match tables::attendance(self.norm, 0..head_end) {
            Some(rows) => {
                self.table_rows(rows, a, &mut proxy_lines);
                true
            }
            None => false,
        };
        present_listed |= tabled;

        for s in sections {
            match s.label {
                Label::Present if !tabled && self.exception_list(s.content.clone()).is_some() => {
                    // "Etaient présents : tous les membres en exercice, à
                    // l'exception de : X, Y": the list names the absent.
                    let from = self
                        .exception_list(s.content.clone())
                        .unwrap_or(s.content.start);
                    let (entries, stop) = people::list(text, from..s.content.end);
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    present_listed = true;
                    by_exception = true;
                    for e in entries {
                        self.absent_entry(e, None, a, &mut proxy_lines);
                    }
                }
                Label::Present if !tabled => {
                    let (entries, stop) = people::list(text, s.content.clone());
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    if !entries.is_empty() {
                        present_listed = true;
                    } else {
                        self.unreadable_list(s);
                    }
                    let listed: Vec<&Person> = a.present.iter().map(|p| &p.person).collect();
                    if self.repeats(&entries, &listed) {
                        continue;
                    }
                    for e in entries {
                        let says_president =
                            e.function.iter().chain(&e.notes).any(|r| {
                                PRESIDING.contains(&fold(text[r.clone()].trim()).as_str())
                            });
                        if says_president
                            && presiding.is_none()
                            && let Mention::Name(n) = &e.mention
                        {
                            presiding = Some(self.person(n, e.group_civility));
                        }
                        if let Some(mark) = self.proxy_mark(&e.notes) {
                            marked.push((mark, e.mention.clone(), true));
                        }
                        self.present_entry(e, a, &mut proxy_lines);
                    }
                }
                Label::Absent(excused) if !tabled => {
                    let (entries, stop) = people::list(text, s.content.clone());
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    if entries.is_empty() {
                        self.unreadable_list(s);
                    }
                    let listed: Vec<&Person> = a.absent.iter().map(|p| &p.person).collect();
                    if self.repeats(&entries, &listed) {
                        continue;
                    }
                    for e in entries {
                        if let Some(mark) = self.proxy_mark(&e.notes) {
                            marked.push((mark, e.mention.clone(), false));
                        }
                        self.absent_entry(e, excused, a, &mut proxy_lines);
                    }
                }
                Label::Proxies => {
                    let (lines, unreadable) = proxies::proxies(text, s.content.clone());
                    let stop = lines.last().map_or(s.content.start, |p| p.range.end);
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    for l in lines {
                        proxy_lines.push(l);
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
                    if let Some(n) = people::lone_name(self.text, s.content.clone()) {
                        m.secretary = Some(self.person(&n, None));
                    }
                }
                _ => {}
            }
        }
        for (mark, grantor, present) in &marked {
            if *present {
                continue;
            }
            let holders: Vec<&Mention> = marked
                .iter()
                .filter(|h| h.2 && h.0 == *mark)
                .map(|h| &h.1)
                .collect();
            if let ([holder], Mention::Name(g)) = (holders.as_slice(), grantor) {
                proxy_lines.push(ProxyLine {
                    grantor: grantor.clone(),
                    holder: (*holder).clone(),
                    condition: Condition::default(),
                    range: g.whole.clone(),
                });
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

        self.resolve_proxies(a, proxy_lines, m.president.clone());
        if by_exception {
            for p in &a.proxies {
                if !a.present.iter().any(|x| x.person.same_as(&p.holder)) {
                    a.present.push(Presence::new(p.holder.clone()));
                }
            }
        }
        // The president sits even when the list leaves them out.
        if present_listed
            && let Some(p) = &m.president
            && !a.present.iter().any(|x| x.person.same_as(p))
        {
            a.present.insert(0, Presence::new(p.clone()));
        }
        absent_grantors_and_titulars(a);
    }

    /// The proxies of the lines read: a role resolved to the president,
    /// a proxy written twice kept once.
    fn resolve_proxies(
        &mut self,
        a: &mut Attendance,
        proxy_lines: Vec<ProxyLine>,
        president: Option<Person>,
    ) {
        let mut proxies_by_grantor: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, p) in a.proxies.iter().enumerate() {
            proxies_by_grantor
                .entry(p.grantor.key())
                .or_default()
                .push(k);
        }
        for line in proxy_lines {
            let grantor = match &line.grantor {
                Mention::Name(n) => self.person(n, None),
                Mention::Role(_, r) => match self.president_named(r.clone(), president.as_ref()) {
                    Some(p) => p,
                    None => continue,
                },
            };
            let holder = match &line.holder {
                Mention::Name(n) => self.person(n, None),
                Mention::Role(_, r) => match self.president_named(r.clone(), president.as_ref()) {
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
                },
            };
            // Only proxies whose grantor has the same family name can be the
            // same: looked up by key, not compared with every proxy
            // (quadratic in a long list).
            let key = grantor.key();
            if proxies_by_grantor.get(&key).is_some_and(|ks| {
                ks.iter().any(|&k| {
                    let p = &a.proxies[k];
                    p.grantor.same_as(&grantor) && p.holder.same_as(&holder)
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
    }
}

/// Proxy grantors and replaced titulars are absent: those the lists do not
/// already name absent are added.
fn absent_grantors_and_titulars(a: &mut Attendance) {
    let grantors: Vec<Person> = a.proxies.iter().map(|p| p.grantor.clone()).collect();
    let titulars: Vec<Person> = a.substitutes.iter().map(|s| s.for_member.clone()).collect();
    // Looked up by family name, not compared with every absent member
    // (quadratic in a long list).
    let mut absent_by_family: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, x) in a.absent.iter().enumerate() {
        absent_by_family.entry(x.person.key()).or_default().push(k);
    }
    for p in grantors.into_iter().chain(titulars) {
        let key = p.key();
        let known = absent_by_family
            .get(&key)
            .is_some_and(|ks| ks.iter().any(|&k| a.absent[k].person.same_as(&p)));
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

impl<'a> Extractor<'a> {
    pub(super) fn present_entry(
        &mut self,
        e: Entry,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        let Mention::Name(name) = &e.mention else {
            return;
        };
        let person = self.person(name, e.group_civility);
        let mut presence = Presence::new(person.clone());
        for note in &e.notes {
            match notes::note(self.text, note.clone()) {
                Note::Presence(c) => self.apply_condition(&mut presence, &c),
                Note::ProxyFrom(grantor) => proxies.push(ProxyLine {
                    grantor,
                    holder: e.mention.clone(),
                    condition: Condition::default(),
                    range: name.whole.start..note.end + 1,
                }),
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
                    proxies.push(ProxyLine {
                        grantor: e.mention.clone(),
                        holder,
                        condition: c,
                        range: name.whole.start..note.end,
                    });
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

    /// A list label followed by something that names people in capitals but
    /// could not be read as a list: say so rather than guess.
    pub(super) fn unreadable_list(&mut self, s: &Section) {
        let text = self.text;
        if s.count.is_some() {
            return;
        }
        let start = s.content.start;
        let end = text.floor_char_boundary(s.content.end.min(start + 120));
        let shown = text[start..end].trim();
        let first = fold(shown.split_whitespace().next().unwrap_or(""));
        let names_something = shown
            .split_whitespace()
            .take(8)
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && people::is_caps(w));
        if !names_something || matches!(first.as_str(), "neant" | "aucun" | "aucune" | "les") {
            return;
        }
        let label = self.clean(s.label_range.clone());
        let shown: String = shown.chars().take(60).collect();
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            format!("expected a list of members after {label:?}, found {shown:?}; list left empty"),
            Some(s.label_range.start..s.content.start.max(s.label_range.end)),
        );
    }

    /// `titular` is replaced by the substitute named `by`: record it and
    /// return the substitute, who sits.
    pub(super) fn substitution(
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

    pub(super) fn apply_condition(&self, presence: &mut Presence, c: &Condition) {
        presence.from_question = presence.from_question.or(c.from);
        presence.until_question = presence.until_question.or(c.until);
        if let Some(w) = &c.wording {
            presence.condition = Some(self.clean(w.clone()));
        }
    }

    pub(super) fn absent_entry(
        &mut self,
        e: Entry,
        excused: Option<bool>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        let Mention::Name(name) = &e.mention else {
            return;
        };
        let person = self.person(name, e.group_civility);
        for note in &e.notes {
            match notes::note(self.text, note.clone()) {
                Note::ProxyTo(holder, c) => proxies.push(ProxyLine {
                    grantor: e.mention.clone(),
                    holder,
                    condition: c,
                    range: name.whole.start..note.end,
                }),
                Note::SubstitutedBy(Mention::Name(s)) => {
                    self.substitution(a, &person, &s, name.whole.start..note.end);
                }
                _ => {}
            }
        }
        a.absent.push(Absence { person, excused });
    }

    /// Whether a list names again, for the most part, people already listed
    /// under the same label: the attendance restated (a page repeated by a
    /// viewer, the lists restated for an item), not more members.
    fn repeats(&self, entries: &[Entry], listed: &[&Person]) -> bool {
        if listed.is_empty() || entries.len() < 3 {
            return false;
        }
        let keys: HashSet<String> = listed.iter().map(|p| p.key()).collect();
        let again = entries
            .iter()
            .filter(|e| match &e.mention {
                Mention::Name(n) => keys.contains(&self.person(n, None).key()),
                Mention::Role(..) => true,
            })
            .count();
        again * 5 >= entries.len() * 4
    }

    /// Where the list of a present section that names only the exceptions
    /// starts: "tous les membres en exercice, à l'exception de : X, Y",
    /// "Tous les conseillers étaient présents sauf : X".
    fn exception_list(&self, body: Range<usize>) -> Option<usize> {
        let head_end = self
            .text
            .floor_char_boundary((body.start + 160).min(body.end));
        let head = &self.lower[body.start..head_end];
        if !head.trim_start().starts_with("tous les ") {
            return None;
        }
        // "à l'exception de : X", "exceptés : X", "sauf X".
        let at = head.find("except").or_else(|| head.find("sauf"))?;
        let tail = &head[at..];
        let len = match tail[..tail.floor_char_boundary(tail.len().min(30))].find(':') {
            Some(colon) => colon + 1,
            None if tail.starts_with("exception des ") => "exception des".len(),
            None if tail.starts_with("exception de ") => "exception de".len(),
            None => tail.find(' ').unwrap_or(tail.len()),
        };
        let mut from = body.start + at + len;
        let rest = &self.text[from..body.end];
        from += rest.len() - rest.trim_start_matches([' ', ':', '\n', '\t', '-']).len();
        Some(from)
    }

    /// A note that only marks a proxy by a symbol shared by grantor and
    /// holder: "(Pr*)", "(P**)", "(*)"; read in the input, where the
    /// normalised text has dropped the asterisks. Words are other notes.
    fn proxy_mark(&self, notes: &[Range<usize>]) -> Option<String> {
        let is_symbol = |c: char| matches!(c, '*' | '+' | '#' | '°' | '†' | '§');
        notes.iter().find_map(|r| {
            let around = r.start.saturating_sub(1)..(r.end + 1).min(self.text.len());
            let (_, written) = self.norm.as_written(around);
            let note = written.trim();
            let note = note.strip_prefix('(')?.strip_suffix(')')?.trim();
            (note.chars().any(is_symbol)
                && note.len() <= 10
                && note
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || is_symbol(c)))
            .then(|| note.to_string())
        })
    }

    /// "Mme X a été élue secrétaire", "M. X est désigné secrétaire de
    /// séance", "que Madame X sera Secrétaire de séance".
    pub(super) fn secretary_sentence(&self, within: Range<usize>) -> Option<Person> {
        let text = self.text;
        let re = regex!(
            r"(?i)(?:a été|est|sera|ont été|fut)\s+(?:(?:élue?|nommée?|désignée?|choisie?|déclarée?)\s+(?:à l'unanimité\s+)?(?:comme\s+|en qualité de\s+|pour remplir les fonctions de\s+|pour\s+)?)?(?:secr[ée]taire)|(?:d[ée]sign(?:er|e)|nomm(?:er|e)|[ée]lire)\s+(?:à l['’]unanimité\s+)?(?:M\.|Mme|Monsieur|Madame|(?-i:[A-Z]\.\s*[A-Z]{2,}))|(?:comme|en qualité de|fonctions de)\s+secr[ée]taire|,\s+secr[ée]taire de s[ée]ance"
        );
        for m in re.find_iter(&text[within.clone()]) {
            let at = within.start + m.start();
            let line = fold(&text[text.floor_char_boundary(at.saturating_sub(40))..at]);
            if line.contains("auxiliaire") {
                continue;
            }
            // The name is the last one before the verb, or the first after "désigner".
            // A blank line ends a sentence too (a list above a heading).
            let sentence_start = text[..at]
                .rfind(['.', ';'])
                .map_or(0, |p| p + 1)
                .max(text[..at].rfind("\n\n").map_or(0, |p| p + 2))
                .max(at.saturating_sub(400));
            let sentence_start = text.ceil_char_boundary(sentence_start);
            let matched = fold(m.as_str());
            let (from, to) = if matched.starts_with("design")
                || matched.starts_with("nomm")
                || matched.starts_with("elire")
            {
                // The name: its civility, or its initial ("nomme à
                // l'unanimité P. GUERAND secrétaire").
                let matched = m.as_str();
                let verb_end = matched.find(char::is_whitespace).unwrap_or(0);
                let s = at
                    + matched[verb_end..]
                        .find(char::is_uppercase)
                        .map_or(0, |p| verb_end + p);
                // The secretary of the sitting, not of a commission or a
                // delegate ("désigne M. X délégué au syndicat").
                let window = &text[s..text.floor_char_boundary((s + 120).min(text.len()))];
                let folded = fold(window);
                let Some(secretary) = folded.find("secretaire") else {
                    continue;
                };
                let rest = folded[secretary + "secretaire".len()..].trim_start();
                let of_the_sitting = ["de seance", "de la seance", "des seances"]
                    .iter()
                    .any(|w| rest.starts_with(w))
                    || !["de ", "du ", "des ", "d'", "d’"]
                        .iter()
                        .any(|w| rest.starts_with(w));
                if !of_the_sitting {
                    continue;
                }
                (s, text.floor_char_boundary((s + 120).min(text.len())))
            } else {
                (sentence_start, at)
            };
            // A sentence: its line breaks are spaces ("monsieur\nDesmons").
            let tokens = people::inline(people::tokenize(text, from..to));
            let guessed = NameStyle::guess(text, &tokens);
            // In mixed case too, where no capitals mark the family name
            // ("monsieur Desmons comme secrétaire de séance").
            let mixed = NameStyle {
                mixed: true,
                ..guessed
            };
            for style in [guessed, mixed] {
                let mut best = None;
                let mut i = 0;
                while i < tokens.len() {
                    if let Some((Mention::Name(n), next)) = people::name_at(text, &tokens, i, style)
                    {
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
        }
        // "désignation d'un secrétaire ... M. X ayant recueilli ..., il a été désigné",
        // "Désignation d'un secrétaire de séance (article L.2121-15 du CGCT) :
        // Mme X a été désignée".
        // At most 120 characters to the full stop, 200 before "désigné"
        // (checked on the match, see `captures_where`).
        // "procédé à la nomination d'un secrétaire. X a accepté de remplir
        // cette fonction."
        let re2 = fold_regex!(
            r"(?i)(?:secrétaire de séance|(?:nomination|désignation|élection) d['’]un secrétaire)\s*(?:\([^)]{0,120}\))?([^.:]*)[.:]\s*([^.]*?)(?:désignée?|a accepté)"
        );
        let bounded =
            |c: &regex::Captures<'_>| c[1].chars().count() <= 120 && c[2].chars().count() <= 200;
        if let Some(c) = captures_where(re2, &text[within.clone()], bounded) {
            let from = c.get(2).expect("group").start();
            let r = within.start + from..within.start + c.get(0).expect("match").end();
            let tokens = people::tokenize(text, r);
            let style = NameStyle::guess(text, &tokens);
            for i in 0..tokens.len() {
                if let Some((Mention::Name(n), _)) = people::name_at(text, &tokens, i, style) {
                    return Some(self.person(&n, None));
                }
            }
        }
        None
    }

    /// The records of an attendance table's rows.
    fn table_rows(&self, rows: Vec<Row>, a: &mut Attendance, proxies: &mut Vec<ProxyLine>) {
        for row in rows {
            let person = self.person(&row.member, None);
            match row.seat {
                Seat::Present(condition) => {
                    let mut presence = Presence::new(person);
                    if let Some(c) = condition {
                        self.apply_condition(&mut presence, &c);
                    }
                    a.present.push(presence);
                }
                Seat::Substituted { by, written } => {
                    let substitute = self.person(&by, None);
                    a.present.push(Presence::new(substitute.clone()));
                    a.substitutes.push(Substitute {
                        substitute,
                        for_member: person,
                        span: self.span(written),
                    });
                }
                Seat::Represented {
                    holder,
                    condition,
                    written,
                    absent,
                } => {
                    proxies.push(ProxyLine {
                        grantor: Mention::Name(row.member),
                        holder,
                        condition,
                        range: written,
                    });
                    if let Some(excused) = absent {
                        a.absent.push(Absence { person, excused });
                    }
                }
                Seat::Absent(excused) => a.absent.push(Absence { person, excused }),
                Seat::Unknown => {}
            }
        }
    }
}
