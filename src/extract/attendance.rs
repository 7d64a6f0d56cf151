//! The attendance: lists, proxies, substitutes, tables of delegates, the secretary.

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
                    } else {
                        self.unreadable_list(s);
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
                    if entries.is_empty() {
                        self.unreadable_list(s);
                    }
                    for e in entries {
                        self.absent_entry(e, excused, a, &mut proxy_lines);
                    }
                }
                Label::Proxies => {
                    let (lines, unreadable) = notes::proxies(text, s.body.clone());
                    let stop = lines.last().map_or(s.body.start, |p| p.range.end);
                    self.section_stops.insert((s.body.start, s.body.end), stop);
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
        for line in proxy_lines {
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
        let start = s.body.start;
        let end = text.floor_char_boundary(s.body.end.min(start + 120));
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
            Some(s.label_range.start..s.body.start.max(s.label_range.end)),
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

    /// "Mme X a été élue secrétaire", "M. X est désigné secrétaire de
    /// séance", "que Madame X sera Secrétaire de séance".
    pub(super) fn secretary_sentence(&self, within: Range<usize>) -> Option<Person> {
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
        // At most 120 characters to the full stop, 200 before "désigné"
        // (checked on the match, see `captures_where`).
        let re2 = regex!(r"(?i)secr[ée]taire de s[ée]ance([^.]*)\.\s*([^.]*?)d[ée]sign[ée]e?");
        let bounded =
            |c: &regex::Captures<'_>| c[1].chars().count() <= 120 && c[2].chars().count() <= 200;
        if let Some(c) = captures_where(re2, &text[within.clone()], bounded) {
            let from = c.get(2).expect("group").start();
            let r = within.start + from..within.start + c.get(0).expect("match").end();
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
    pub(super) fn pipe_table(
        &mut self,
        within: Range<usize>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
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
                    proxies.push(ProxyLine {
                        grantor: Mention::Name(titular.clone()),
                        holder: Mention::Name(holder),
                        condition: Condition::default(),
                        range: name_cell.start..pc.end,
                    });
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
    pub(super) fn x_table(
        &mut self,
        within: Range<usize>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) -> bool {
        let text = self.text;
        let hay = &text[within.clone()];
        // A whole word naming the members, then "présent(s)" or "présence",
        // on a line without colon or figure. The word's edges are written
        // as non-word characters, not `\b`: a Unicode `\b` makes the regex
        // slow on French text.
        let header = table_header();
        // The header is one line (`^`, `$`, no `\n` inside): only lines
        // with "sen" in them (as "présent" and "présence" have), found by a
        // literal search of the lower-cased text, go to the regex. Same
        // first match.
        let lower = &self.lower[within.clone()];
        let mut found = None;
        let mut from = 0;
        while let Some(p) = lower[from..].find("sen") {
            let at = from + p;
            let line_start = hay[..at].rfind('\n').map_or(0, |n| n + 1);
            let line_end = hay[at..].find('\n').map_or(hay.len(), |n| at + n);
            let line = &hay[line_start..line_end];
            // "pr[ée]sen", and no colon or figure anywhere on the line.
            let pr = ["pre", "pré", "prÉ"]
                .iter()
                .any(|p| lower[..at].ends_with(p));
            if pr
                && !line.bytes().any(|b| b == b':' || b.is_ascii_digit())
                && let Some(m) = header.find(line)
            {
                found = Some(line_start + m.start()..line_start + m.end());
                break;
            }
            from = line_end;
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
                    proxies.push(ProxyLine {
                        grantor: Mention::Name(name.clone()),
                        holder,
                        condition: c,
                        range: r.clone(),
                    });
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
                            proxies.push(ProxyLine {
                                grantor: Mention::Name(name.clone()),
                                holder: Mention::Name(h),
                                condition: Condition::default(),
                                range: r.clone(),
                            });
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
}

pub(super) fn cell_ranges(text: &str, line_start: usize, line: &str) -> Vec<Range<usize>> {
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

pub(super) type TableColumns = (usize, Option<usize>, Option<usize>, Option<usize>);

/// A presence table's header line: a whole word naming the members, then
/// "présent(s)" or "présence", no colon or figure. The word's edges are
/// written as non-word characters, not `\b`: a Unicode `\b` makes the
/// regex slow on French text.
fn table_header() -> &'static regex::Regex {
    regex!(
        r"(?im)^(?:[^\n:\d]*[^\w\n:\d])?(?:nom|conseill\w*|d[ée]l[ée]gu[ée]s?|membres?|titulaires?|[ée]lus?)[^\w\n:\d][^\n:\d]*pr[ée]sen(?:t|ce)[^\n:\d]*$"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_header_is_the_word_boundary_pattern() {
        let with_boundaries = regex::Regex::new(
            r"(?im)^[^\n:\d]*\b(?:nom|conseill\w*|d[ée]l[ée]gu[ée]s?|membres?|titulaires?|[ée]lus?)\b[^\n:\d]*pr[ée]sen(?:t|ce)[^\n:\d]*$",
        )
        .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut lines: Vec<String> = [
            "Nom\tPrésent\tExcusé",
            "NOM PRÉNOM PRÉSENCE",
            "Conseillers municipaux présents",
            "Élus présents ou représentés",
            "élus présents",
            "désélus présents",
            "Membres présents",
            "Membresprésents",
            "nominations présentées",
            "Délégués titulaires présents",
            "Les membres du bureau sont représentés par le groupe",
            "Les conseillers présents : 12",
            "prénom nom présence",
            "nom",
        ]
        .map(String::from)
        .into();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                lines.extend(text.lines().map(String::from));
            }
        }
        let mut headers = 0;
        for line in &lines {
            let expected = with_boundaries.find(line).map(|m| m.range());
            assert_eq!(
                super::table_header().find(line).map(|m| m.range()),
                expected,
                "{line:?}"
            );
            headers += usize::from(expected.is_some());
        }
        assert!(headers >= 8, "{headers} header lines");
    }
}
