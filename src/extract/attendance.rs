//! The attendance: lists, proxies, substitutes, tables of delegates, the secretary.

use std::collections::HashSet;

use super::*;
use crate::grammar::proxies::ProxiesAndNames;
use crate::text::{initial_in, initials, with_fold};
use crate::vocabulary::{BODY_NOUNS, MOVEMENT_WORDS};

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
        // Grantors of proxies whose holders are not written.
        let mut unheld: Vec<Person> = Vec::new();
        // The sections (label, content) of those grantors.
        let mut holders_unwritten: Vec<(Range<usize>, Range<usize>)> = Vec::new();
        let mut present_listed = false;
        let mut presiding: Option<Person> = None;
        // "M. Paul X (Secrétaire de séance)" among the present.
        let mut listed_secretary: Option<Person> = None;
        // "Agnès (Pr**)" among the present, "Marielle (Pr**)" among the
        // absent: a proxy marked by the same symbol on both sides.
        let mut marked: Vec<(String, Mention, bool)> = Vec::new();
        // Everyone sits but the members listed: proxy holders among them.
        let mut by_exception = false;
        // The present named on an attendance sheet the text does not hold.
        let mut by_sheet: Option<Range<usize>> = None;

        // Tables first: a Markdown table or a flattened table with "X" marks.
        let sitting = m.date.map(|d| (d.day(), d.month()));
        let tabled = match tables::attendance(self.norm, 0..head_end, sitting) {
            Some(rows) => {
                by_exception |= self.table_rows(rows, a, &mut proxy_lines);
                true
            }
            None => false,
        };
        present_listed |= tabled;
        self.tabled = tabled;

        // "Présents : ... Objet de la 1ère délibération : ... Présents : ...":
        // the attendance restated for an item after the sitting's own is
        // that item's, not more members of the sitting.
        let restated_from = restated_attendance(text, sections);
        for s in sections {
            if restated_from.is_some_and(|r| s.label_range.start >= r)
                && matches!(s.label, Label::Present | Label::Absent(_) | Label::Proxies)
            {
                if s.label == Label::Present {
                    self.restated_conditions(s.content.clone(), a);
                }
                continue;
            }
            a.absent_label |= matches!(s.label, Label::Absent(_));
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
                    let label = self.clean(s.label_range.start..from.max(s.label_range.end));
                    self.finding(
                        Code::UnreadableList,
                        Severity::Warning,
                        format!(
                            "expected the members present to be named, found {label:?}: only the exceptions are named, so the present list holds only the proxy holders"
                        ),
                        Some(s.label_range.start..from.max(s.label_range.end)),
                    );
                    self.absent_families = Some(Families::new());
                    for e in entries {
                        self.absent_entry(e, None, a, &mut proxy_lines);
                    }
                    self.absent_families = None;
                }
                Label::Present if !tabled => {
                    let (mut entries, stop) = self.list_past_counts(s.content.clone());
                    // "..., Danielle X. Michèle Y - Daniel Z Absents :": the
                    // list read on past a piece it could not read.
                    let stop = self.list_resumed(&mut entries, stop, s.content.end);
                    let stop = self.list_loosely(s, &mut entries, stop);
                    // "... Nicolas Y, Paul - présents : 12 VASSEUR, ...":
                    // what the loose reading stopped at read on past, as
                    // above (a side box's line after a margin's label).
                    let stop = self.list_resumed(&mut entries, stop, s.content.end);
                    let stop = self.list_by_anchors(sections, s, &mut entries, stop);
                    box_cut_given_names(text, &mut entries);
                    // "Conseillers Présents : 15 MOYEUVRE-GRANDE Procurations :
                    // 7": a box of counts flattened, the word after the
                    // count a cell of another column, when another present
                    // label lists the members: one bare name, no civility
                    // and no given name, is no member.
                    if s.count.is_some()
                        && entries.len() == 1
                        && entries[0].group_civility.is_none()
                        && matches!(&entries[0].mention,
                            Mention::Name(n) if n.civility.is_none() && n.given.is_none())
                        && sections.iter().any(|o| {
                            o.label == Label::Present
                                && o.count.is_none()
                                && o.label_range.start > s.content.end
                        })
                    {
                        entries.clear();
                    }
                    // "X, Y.\n\nMadame Z, absente ayant donné pouvoir à W ...":
                    // the list read on into a paragraph of proxies.
                    let last_para = text[s.content.start..stop]
                        .rfind("\n\n")
                        .map(|p| s.content.start + p + 2);
                    let mut stop = stop;
                    let mut told = None;
                    if let Some(p) = last_para
                        && entries
                            .first()
                            .is_some_and(|e| mention_start(&e.mention) < p)
                        && let Some(read) = self.proxies_paragraph(p..s.content.end, false)
                    {
                        entries.retain(|e| mention_start(&e.mention) < p);
                        stop = p;
                        told = Some(read);
                    }
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    if !entries.is_empty() {
                        present_listed = true;
                    } else {
                        // "Présents : Voir liste d'émargement ci-jointe".
                        if sheet_elsewhere(text, s.content.clone()) {
                            by_sheet =
                                Some(s.label_range.start..s.content.start.max(s.label_range.end));
                        }
                        self.unreadable_list(s);
                    }
                    let listed: Vec<&Person> = a.present.iter().map(|p| &p.person).collect();
                    if self.repeats(&entries, &listed) {
                        continue;
                    }
                    // "Suppléants remplaçant les titulaires absents : X (pour
                    // Y)": substitutes, each with the titular they sit for.
                    let substitutes_listed = self.lower[s.label_range.clone()].contains("suppl");
                    self.present_families = Some(Families::new());
                    for e in entries {
                        // ("Maire et Président": functions joined.)
                        let says_president = e.function.iter().chain(&e.notes).any(|r| {
                            text[r.clone()]
                                .split(" et ")
                                .any(|part| PRESIDING.contains(&fold(part.trim()).as_str()))
                        });
                        if says_president
                            && presiding.is_none()
                            && let Mention::Name(n) = &e.mention
                        {
                            presiding = Some(self.person(n, e.group_civility));
                        }
                        if listed_secretary.is_none()
                            && e.notes.iter().any(|r| {
                                with_fold(text[r.clone()].trim(), |f| f == "secretaire de seance")
                            })
                            && let Mention::Name(n) = &e.mention
                        {
                            listed_secretary = Some(self.person(n, e.group_civility));
                        }
                        if let Some(mark) = self.proxy_mark(&e.notes) {
                            marked.push((mark, e.mention.clone(), true));
                        }
                        let e = if substitutes_listed {
                            self.substitute_for_whom(e, a)
                        } else {
                            e
                        };
                        self.present_entry(e, a, &mut proxy_lines);
                    }
                    self.present_families = None;
                    // "Madame X, absente ayant donné pouvoir à Y ...": the
                    // proxies in the paragraph after the list, without a label.
                    if let Some(read) =
                        told.or_else(|| self.unlabelled_proxies(stop..s.content.end))
                    {
                        let end = read.lines.last().map_or(stop, |l| l.range.end);
                        self.section_stops
                            .insert((s.content.start, s.content.end), end);
                        for l in &read.lines {
                            let e = Entry {
                                mention: l.grantor.clone(),
                                group_civility: None,
                                notes: Vec::new(),
                                function: None,
                                skipped: None,
                            };
                            self.absent_entry(e, None, a, &mut proxy_lines);
                        }
                        proxy_lines.extend(read.lines);
                    }
                }
                // "Absents : 00": nobody, so what follows ("PROCES VERBAL")
                // is no list of theirs. "Absents : 1 Contre : Président,
                // Claude X": a box of counts woven into the text, the vote's
                // count after the absent's: a count, no list.
                Label::Absent(_)
                    if !tabled
                        && (s.count == Some(0)
                            || s.count.is_some()
                                && lower_regex!(
                                    r"^\s*(?:contre|pour|abstentions?|votants|exprimés|suffrages exprimés)\s*:"
                                )
                                .is_match(&self.lower[s.content.clone()])) =>
                {
                    self.section_stops
                        .insert((s.content.start, s.content.end), s.content.start);
                }
                Label::Absent(excused) if !tabled => {
                    let (entries, stop) = self.list_past_counts(s.content.clone());
                    // "Absents excusés : Karine X donne pouvoir à Louis Y,
                    // Myriam Z": proxies written among the absent.
                    // (The proxies the entries' notes give: "X, excusé,
                    // donne pouvoir à Y".)
                    // (The entries whose notes give no proxy: "X, excusé"
                    // where the list's note ends before "..., après avoir
                    // donné pouvoir à Y".)
                    let proxied = |e: &Entry| {
                        e.notes.iter().any(|n| {
                            matches!(
                                notes::note(self.text, n.clone()),
                                Note::ProxyTo(..) | Note::Proxy(..)
                            )
                        })
                    };
                    let noted = (
                        entries.iter().filter(|e| proxied(e)).count(),
                        entries
                            .iter()
                            .filter(|e| !e.notes.is_empty() && !proxied(e))
                            .count(),
                    );
                    if let Some(read) =
                        self.absent_with_proxies(s.content.clone(), entries.len(), noted)
                    {
                        let stop = read
                            .lines
                            .iter()
                            .map(|l| l.range.end)
                            .chain(read.names.iter().map(|n| n.1.end))
                            .chain(read.substituted.iter().map(|r| r.range.end))
                            .max()
                            .unwrap_or(stop);
                        self.section_stops
                            .insert((s.content.start, s.content.end), stop);
                        let mut read_in_order: Vec<(usize, Mention)> = read
                            .names
                            .into_iter()
                            .map(|(m, r)| (r.start, m))
                            .chain(
                                read.lines
                                    .iter()
                                    .map(|l| (l.range.start, l.grantor.clone())),
                            )
                            .collect();
                        read_in_order.sort_by_key(|x| x.0);
                        self.absent_families = Some(Families::new());
                        for (_, mention) in read_in_order {
                            // "Excusée : Mme X. Mme X donne pouvoir à Y": named twice.
                            if let Mention::Name(n) = &mention {
                                let p = self.person(n, None);
                                if self.absent_families.as_mut().is_none_or(|f| {
                                    f.may_hold(&p, a.absent.iter().map(|x| &x.person))
                                }) && a.absent.iter().any(|x| x.person.same_as(&p))
                                {
                                    continue;
                                }
                            }
                            let e = Entry {
                                mention,
                                group_civility: None,
                                notes: Vec::new(),
                                function: None,
                                skipped: None,
                            };
                            self.absent_entry(e, excused, a, &mut proxy_lines);
                        }
                        self.absent_families = None;
                        proxy_lines.extend(read.lines);
                        self.seat_substitutes(read.substituted, excused, a);
                        continue;
                    }
                    let mut entries = entries;
                    let stop = self.list_resumed(&mut entries, stop, s.content.end);
                    let stop = self.list_loosely(s, &mut entries, stop);
                    let stop = self.list_by_anchors(sections, s, &mut entries, stop);
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    if entries.is_empty() {
                        self.unreadable_list(s);
                    }
                    // "Absents ayant voté par procuration : X / Y": proxies
                    // whose holders are not written.
                    let voted_by_proxy = !entries.is_empty()
                        && lower_regex!(r"ayant voté par (?:procuration|pouvoir)")
                            .is_match(&self.lower[s.label_range.clone()]);
                    if voted_by_proxy {
                        self.holders_not_written(s.label_range.clone());
                    }
                    let listed: Vec<&Person> = a.absent.iter().map(|p| &p.person).collect();
                    if self.repeats(&entries, &listed) {
                        continue;
                    }
                    let before = a.absent.len();
                    self.absent_families = Some(Families::new());
                    // "EXCUSÉS : MM. X (procuration M. A) Y (M. B) Z
                    // (procuration Mme C)": where the notes of two members
                    // or more name the holders of their proxies, a note
                    // holding a civility and a name alone names one too,
                    // the proxy's noun left out.
                    let proxy_notes = entries
                        .iter()
                        .filter(|e| {
                            e.notes.iter().any(|n| {
                                matches!(
                                    notes::note(self.text, n.clone()),
                                    Note::ProxyTo(..) | Note::Proxy(..)
                                )
                            })
                        })
                        .count();
                    for e in entries {
                        if let Some(mark) = self.proxy_mark(&e.notes) {
                            marked.push((mark, e.mention.clone(), false));
                        }
                        if proxy_notes >= 2
                            && let Mention::Name(n) = &e.mention
                            && let [note] = e.notes.as_slice()
                            && let Some(holder) = notes::civility_and_name(self.text, note.clone())
                        {
                            proxy_lines.push(ProxyLine {
                                grantor: e.mention.clone(),
                                holder,
                                condition: Condition::default(),
                                range: n.whole.start..note.end,
                            });
                        }
                        self.absent_entry(e, excused, a, &mut proxy_lines);
                    }
                    self.absent_families = None;
                    if voted_by_proxy {
                        unheld.extend(a.absent[before..].iter().map(|x| x.person.clone()));
                    }
                }
                Label::Proxies
                    if let Some((_, lines)) = self
                        .held_columns
                        .iter()
                        .find(|(label, _)| *label == s.label_range) =>
                {
                    let stop = lines.iter().map(|l| l.range.end).max();
                    self.section_stops.insert(
                        (s.content.start, s.content.end),
                        stop.unwrap_or(s.content.start),
                    );
                    proxy_lines.extend(lines.iter().cloned());
                }
                Label::Proxies => {
                    // "REPRÉSENTÉS : 2 - X par Y": a label of the represented
                    // alone, no proxy noun in it.
                    if with_fold(text[s.label_range.clone()].trim(), |f| {
                        f.split_whitespace()
                            .all(|w| matches!(w, "etaient" | "etait") || w.starts_with("represent"))
                    }) {
                        self.represented_sections.push(s.content.clone());
                    }
                    let read = proxies::proxies(text, s.content.clone());
                    let stop = read
                        .lines
                        .iter()
                        .map(|l| l.range.end)
                        .chain(read.substituted.iter().map(|r| r.range.end))
                        .max()
                        .unwrap_or(s.content.start);
                    self.section_stops
                        .insert((s.content.start, s.content.end), stop);
                    // "Titulaires absents ayant donné pouvoir : M. X, Mme
                    // Y.": grantors listed without their holders, each a
                    // name alone.
                    let grantors_alone: Option<Vec<Person>> = (read.lines.is_empty()
                        && !read.unreadable.is_empty())
                    .then(|| {
                        let alone = read
                            .unreadable
                            .iter()
                            .map(|r| self.name_alone(r.clone()))
                            .collect::<Option<Vec<Person>>>();
                        // "X Anne, Déléguée de A\n\nY Paul, Conseil de B":
                        // the list reads past a paragraph break where the
                        // proxies' reading stops; the longer reading wins.
                        let listed = || {
                            // "Procurations : Messieurs X Marc – Y Michel.":
                            // a list of names only, read as a list.
                            let (entries, _) = people::list(text, s.content.clone());
                            // Each a person's name (a civility or a given
                            // name with it), not a word left over.
                            let names: Vec<Person> = entries
                                .iter()
                                .filter_map(|e| match &e.mention {
                                    Mention::Name(n)
                                        if n.given.is_some()
                                            || n.civility.is_some()
                                            || e.group_civility.is_some() =>
                                    {
                                        Some(self.person(n, e.group_civility))
                                    }
                                    _ => None,
                                })
                                .collect();
                            (names.len() >= 2 && names.len() == entries.len()).then_some(names)
                        };
                        match alone {
                            Some(alone) => {
                                Some(listed().filter(|l| l.len() > alone.len()).unwrap_or(alone))
                            }
                            None => listed(),
                        }
                    })
                    .flatten();
                    // "EXCUSES : POUVOIR A : Mme Anne X Mme Y M. Paul Z M.
                    // W": the absent and their holders, two columns read row
                    // by row, each holder a member listed present.
                    if grantors_alone.is_some()
                        && let Some((rows, last)) = self.rows_of_grantor_and_holder(s, a)
                    {
                        proxy_lines.extend(rows);
                        if let Some(grantor) = last {
                            absent_once(a, grantor.clone());
                            unheld.push(grantor);
                        }
                        continue;
                    }
                    if let Some(grantors) = grantors_alone {
                        // "Étaient excusés et représentés par leurs
                        // suppléants : MM X, Y": members replaced by
                        // substitutes not named, no proxy.
                        let by_substitutes = self.lower[s.label_range.clone()].contains("suppl");
                        for grantor in grantors {
                            absent_once(a, grantor.clone());
                            if !by_substitutes {
                                unheld.push(grantor);
                            }
                        }
                        if !by_substitutes {
                            self.holders_not_written(s.label_range.clone());
                            holders_unwritten.push((s.label_range.clone(), s.content.clone()));
                        }
                        continue;
                    }
                    // "Absents représentés par leur suppléant : Mme X par
                    // Y": under a label of substitutes with no proxy noun,
                    // each "X par Y" a member replaced by the substitute
                    // who sits, no proxy.
                    let head = &self.lower[s.label_range.start..s.content.start];
                    let mut read = read;
                    if head.contains("suppl") && !proxies::mentions_proxy(head) {
                        let lines = std::mem::take(&mut read.lines);
                        read.substituted
                            .extend(lines.into_iter().map(|l| proxies::Substitution {
                                member: l.grantor,
                                by: l.holder,
                                range: l.range,
                            }));
                    }
                    proxy_lines.extend(read.lines);
                    self.seat_substitutes(read.substituted, None, a);
                    for r in read.unreadable {
                        let shown = self.clean(r.clone());
                        // The grantor of a proxy cut in its holder's name;
                        // or "Xavier X" alone among "Y par Z" lines, a
                        // member absent whose holder is not written, unless
                        // those are the last words of a text cut there (a
                        // proxy whose holder is lost: null, as the labels
                        // write it).
                        let (grantor, cut) = match self.grantor_cut_off(r.clone()) {
                            Some(grantor) => (Some(grantor), true),
                            None => (
                                people::lone_name(self.text, r.clone())
                                    .filter(|n| {
                                        // ("M. Paul X (" as the text's last
                                        // words: its note cut.)
                                        let rest = self.text[n.whole.end..r.end].trim();
                                        // ("Monsieur Guy X, sur proposition
                                        // de ...": the subject of the next
                                        // sentence, a clause in small letters
                                        // after its comma, no member listed.)
                                        let after = self.text[r.end..].trim_start();
                                        let clause = after.strip_prefix(',').is_some_and(|a| {
                                            let word = a.split_whitespace().next().unwrap_or("");
                                            with_fold(word, |f| {
                                                matches!(
                                                    f,
                                                    "sur"
                                                        | "conformement"
                                                        | "en"
                                                        | "apres"
                                                        | "selon"
                                                )
                                            })
                                        });
                                        n.given.is_some()
                                            && !clause
                                            && (rest.is_empty()
                                                || rest == "("
                                                    && self.text[r.end..].trim().is_empty())
                                            && !has_label_word(&self.text[n.family.clone()])
                                    })
                                    .map(|n| self.person(&n, None)),
                                self.text[r.end..].trim().is_empty(),
                            ),
                        };
                        let message = match grantor {
                            Some(grantor) => {
                                absent_once(a, grantor.clone());
                                if cut {
                                    unheld.push(grantor);
                                    holder_cut_message(&shown)
                                } else {
                                    format!(
                                        "expected a proxy \"X donne pouvoir à Y\", found {shown:?} with no holder read: read absent, with no proxy"
                                    )
                                }
                            }
                            None => {
                                format!("expected a proxy \"X donne pouvoir à Y\", found {shown:?}")
                            }
                        };
                        self.finding(Code::UnreadableProxy, Severity::Warning, message, Some(r));
                    }
                }
                Label::Secretary if m.secretary.is_none() => {
                    // "Secrétaire de séance : Il a été désigné M. X".
                    let filler = fold_regex!(
                        r"(?i)^[\s:]*(?:il\s+|elle\s+)?(?:a\s+été|est|ont\s+été)\s+(?:désignée?s?|nommée?s?|élue?s?)\s*:?"
                    );
                    // (Past a bullet: "Secrétaire de séance\n  • Mme X",
                    // "Secrétaire de séance : - X N.", or the dot a column of
                    // labels leaves: "SECRÉTAIRE :\n. M. X".)
                    let written = &self.text[s.content.clone()];
                    let bullets = written.len()
                        - written
                            .trim_start_matches(|c: char| {
                                c.is_whitespace()
                                    || matches!(c, ':' | '.' | '•' | '▪' | '◦' | '●' | '-' | '–')
                            })
                            .len();
                    let content = s.content.start + bullets..s.content.end;
                    let from = filler
                        .find(&self.text[content.clone()])
                        .map_or(content.start, |f| content.start + f.end());
                    // The name read, with the civility of its group when it
                    // has none of its own.
                    let mut read: Option<(Name, Option<Civility>)> =
                        people::lone_name(self.text, from..content.end).map(|n| (n, None));
                    // "Secrétaire de séance : Monsieur Paul X  Avant de
                    // commencer ...": a run of blanks where a line break
                    // was (a text flattened onto one line) ends the name.
                    if let Some((n, _)) = &read
                        && let Some(gap) = self.text[n.whole.clone()].find("  ")
                        && let Some(short) = people::lone_name(self.text, from..n.whole.start + gap)
                    {
                        read = Some((short, None));
                    }
                    // "Secrétaire de séance : M. TRAX Jean DÉCISIONS DU
                    // MAIRE": a text flattened onto one line runs on after
                    // the name; a family name, a given name of the lexicon,
                    // then a word that is neither, is the name, and the
                    // word the text's.
                    if let Some((n, _)) = &read
                        && let Some(cut) = self.name_run_on(n)
                        && let Some(short) = people::lone_name(self.text, from..cut)
                        && short.given.is_some()
                    {
                        read = Some((short, None));
                    }
                    // "Secrétaire de séance : Renaud X : je vous propose la
                    // candidature de Madame Y": a speaker, then the one named.
                    if let Some((n, _)) = &read
                        && self.text[n.whole.end..content.end]
                            .trim_start()
                            .starts_with(':')
                    {
                        let proposed = fold_regex!(
                            r"(?i)(?:(?:propose|désigne|nomme)(?:\s+(?:la\s+|sa\s+)?candidature\s+de)?|candidature\s+de)\s+"
                        );
                        let after = n.whole.end;
                        read = proposed
                            .find(&self.text[after..content.end])
                            .and_then(|p| {
                                people::lone_name(self.text, after + p.end()..content.end)
                            })
                            .or_else(|| self.secretary_before_speaker(from..after))
                            .map(|n| (n, None));
                    } else if read.is_none() {
                        // "Secrétaires de séance : MM. Bourotte, Montoille":
                        // the first of a list, named with its civility.
                        let (entries, _) = people::list(self.text, from..content.end);
                        if let Some(e) = entries.first()
                            && let Mention::Name(n) = &e.mention
                            && (n.civility.is_some() || e.group_civility.is_some())
                        {
                            read = Some((n.clone(), e.group_civility));
                        }
                    }
                    if let Some((n, group)) = read {
                        m.secretary = Some(self.person(&n, group));
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
        if !tabled {
            self.excused_by_sentence(0..head_end, a, &mut proxy_lines);
        }
        self.present_after_counts(sections, a, &mut proxy_lines);
        if a.present.is_empty() && !tabled {
            self.present_by_commune(sections, head_end, a, &mut proxy_lines);
        }
        if a.present.is_empty() && !tabled {
            self.present_before_absent(sections, head_end, a, &mut proxy_lines);
        }
        if !tabled {
            let (lines, cut) =
                self.proxy_lines_after_lists(sections, restated_from, head_end, &proxy_lines);
            proxy_lines.extend(lines);
            for (r, grantor) in cut {
                absent_once(a, grantor.clone());
                self.proxies_read.push(r.clone());
                unheld.push(grantor);
                self.holder_cut(r);
            }
        }
        if m.secretary.is_none() {
            m.secretary = listed_secretary;
        }
        if m.secretary.is_none() {
            m.secretary = self.secretary_sentence(0..text.len());
        }
        if let Some(secretary) = &mut m.secretary {
            given_name_in_capitals(secretary, &a.present);
        }
        // "M. Pierre X (Président)", "M. Jean Y, Maire": the president named
        // in the list when the preamble does not say who presided.
        if m.president.is_none() {
            m.president = presiding.clone();
        }

        // "X, Y et Z avaient donné respectivement procuration à A, B et C".
        let lists = sections.first().map_or(head_end, |s| s.label_range.start)..head_end;
        if lists.start < lists.end {
            for line in proxies::respectively_in_prose(text, self.lower, lists.clone()) {
                if let Mention::Name(n) = &line.grantor {
                    absent_once(a, self.person(n, None));
                }
                proxy_lines.push(line);
            }
        }
        // "A, B, C - Vice-présidents\n\nD – Conseiller délégué\n\nE, F -
        // Conseillers\n\nPouvoirs : ...": no present label, the members
        // grouped by role, each group's paragraph ending with its role.
        if !present_listed
            && a.present.is_empty()
            && let Some(first) = first_list_with_no_present_label(sections)
        {
            let groups = role_groups(text, first);
            if groups.len() >= 2 {
                for g in groups {
                    let (entries, _) = people::list(text, g);
                    self.present_entries(entries, a, &mut proxy_lines);
                }
                present_listed = !a.present.is_empty();
            }
        }
        // "Monsieur X procède à l'appel. Pour la commune de Y : Mme A Anne
        // présente, M. B Paul procuration à Mme A Anne, ...": no attendance
        // label, a roll call with a status after each name.
        if !present_listed
            && a.present.is_empty()
            && !tabled
            && !sections
                .iter()
                .any(|s| matches!(s.label, Label::Present | Label::Absent(_)))
        {
            for e in self.roll_call(head_end) {
                self.present_entry(e, a, &mut proxy_lines);
            }
            present_listed = !a.present.is_empty();
        }
        if !tabled {
            self.proxies_around_keywords(
                sections,
                restated_from,
                head_end,
                &mut proxy_lines,
                &mut unheld,
                &holders_unwritten,
            );
        }
        self.resolve_proxies(a, proxy_lines, m.president.clone());
        unheld.append(&mut self.holders_cut);
        // Their holders unwritten, unless the text names one elsewhere.
        let told = if unheld.is_empty() || lists.start >= lists.end {
            Vec::new()
        } else {
            self.holders_told(lists.clone())
        };
        for grantor in unheld {
            if !a.proxies.iter().any(|p| p.grantor.same_as(&grantor)) {
                // "Monsieur X, Adjoint, indique qu'il a une procuration de
                // Madame Y": the holder, a member present, told apart.
                let holder = told
                    .iter()
                    .find(|(g, h)| {
                        g.same_as(&grantor) && a.present.iter().any(|x| x.person.same_as(h))
                    })
                    .map(|(_, h)| h.clone());
                a.proxies.push(Proxy {
                    span: grantor.span,
                    grantor,
                    holder,
                    from_question: None,
                    until_question: None,
                });
            }
        }
        // "Les membres du Conseil Municipal : A, B, C, D.\n\nPouvoirs : B à
        // C.\n\nAbsent : D.": no present label, the body's roster right
        // before the proxies and the absent; those neither absent nor
        // represented sit.
        if !present_listed
            && a.present.is_empty()
            && !tabled
            && let Some(first) = first_list_with_no_present_label(sections)
            && let Some(roster) = roster_before(text, first)
        {
            let (entries, _) = people::list(text, roster);
            let mut scratch = Vec::new();
            self.present_entries(entries, a, &mut scratch);
            let (absent, proxies) = (&a.absent, &a.proxies);
            a.present.retain(|p| {
                !absent.iter().any(|x| x.person.same_as(&p.person))
                    && !proxies.iter().any(|x| x.grantor.same_as(&p.person))
            });
            present_listed = !a.present.is_empty();
        }
        if let Some(label) = by_sheet
            && a.present.is_empty()
            && !a.proxies.is_empty()
        {
            by_exception = true;
            let shown = self.clean(label.clone());
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!("expected the members present to be named, found {shown:?} pointing to an attendance sheet the text does not hold: the present list holds only the proxy holders"),
                Some(label),
            );
        }
        if by_exception {
            for holder in a.proxies.iter().filter_map(|p| p.holder.as_ref()) {
                if !a.present.iter().any(|x| x.person.same_as(holder)) {
                    a.present.push(Presence::new(holder.clone()));
                }
            }
        }
        // "Administrateurs titulaires présents M. X, Mme Y, MM. Z, W": no
        // present list read, the members present named after the word
        // with no label's colon: read loosely.
        if !present_listed && a.present.is_empty() && !tabled {
            let entries = self.unlabelled_present(head_end, sections);
            // "BASTIAN Paul (mandataire X à son départ 20h01)": the proxies
            // written in the members' notes, read as a labelled list's.
            let mut lines = Vec::new();
            self.present_entries(entries, a, &mut lines);
            if !lines.is_empty() {
                self.resolve_proxies(a, lines, m.president.clone());
            }
            present_listed = !a.present.is_empty();
        }
        // "Membres présents : 20 ; ... - Monsieur X qui donne pouvoir à
        // Madame Y": the members present counted, none named; or
        // "Conseillers absents excusés : X (pouvoir à Y), Z" and no list
        // of the present at all. Those the text makes certain sit: the
        // president of the sitting, the holders of proxies (a proxy is
        // voted by a member present) and the secretary of the sitting (a
        // member named by the council); the others present are not named,
        // and a finding says so. (Not under a present label of its own
        // that names no one: "Etaient présents : les membres du Conseil".)
        // Proxies told in prose with no list at all ("Madame X, empêchée,
        // a donné pouvoir à Madame Y pour voter en son nom."), likewise:
        // their grantors are read absent further on.
        let absent_only =
            !sections.iter().any(|s| s.label == Label::Present) && !a.proxies.is_empty();
        if !present_listed
            && a.present.is_empty()
            && !sections
                .iter()
                .any(|s| s.label == Label::Present && s.count.is_none())
            && (m.stated_present.is_some() || absent_only)
        {
            let certain: Vec<Person> = m
                .president
                .iter()
                .cloned()
                .chain(a.proxies.iter().filter_map(|p| p.holder.clone()))
                .chain(m.secretary.iter().cloned())
                .collect();
            for p in certain {
                if !a.present.iter().any(|x| x.person.same_as(&p))
                    && !a.absent.iter().any(|x| x.person.same_as(&p))
                {
                    a.present.push(Presence::new(p));
                }
            }
            if !a.present.is_empty() {
                let message = match m.stated_present {
                    Some(stated) => format!(
                        "expected the members present to be named, found only their count ({stated}): the present list holds only the president, the proxy holders and the secretary ({} of {stated})",
                        a.present.len()
                    ),
                    None => format!(
                        "expected the members present to be named, found only the absent listed: the present list holds only the president, the proxy holders and the secretary ({})",
                        a.present.len()
                    ),
                };
                self.finding(Code::UnreadableList, Severity::Warning, message, None);
            }
        }
        // Those listed absent who arrived later sit from their arrival.
        for late in std::mem::take(&mut self.arrived_late) {
            if !a.present.iter().any(|x| x.person.same_as(&late.person)) {
                a.present.push(late);
            }
        }
        // The president sits even when the list leaves them out, unless
        // the lists say otherwise ("sous la présidence de M. X, Maire" the
        // header's formula, "Procurations : X Paul, à Y": absent).
        if present_listed
            && let Some(p) = &m.president
            && !a.present.iter().any(|x| {
                x.person.same_as(p) || x.person.shortened(p) || p.given_name_glued(&x.person)
            })
            && !a.proxies.iter().any(|x| x.grantor.same_as(p))
        {
            a.present.insert(0, Presence::new(p.clone()));
        }
        self.given_names_alone(a);
        self.label_words_left_out(a);
        absent_grantors_and_titulars(a);
        // (The struck-through names a note announces first: then there is
        // nothing left for the roll to explain.)
        self.struck_through(head_end, a);
        let present_label = sections
            .iter()
            .find(|s| s.label == Label::Present)
            .map(|s| s.label_range.clone());
        self.roll_of_members(a, present_label);
    }

    /// "MAUOURIER Magali, Mireille, LAUNOLET Marie-Jeanne": an entry that is
    /// a given name alone (the lexicon's, no family name's), in mixed case,
    /// in a list whose family names are in capitals: its family name lost
    /// by the extraction. The member a proxy names with that given name
    /// ("pouvoir à X Mireille"), when only one, read where the proxy names
    /// them; else the entry stays as written (the given name read as the
    /// name).
    fn given_names_alone(&mut self, a: &mut Attendance) {
        use crate::grammar::given_names::{GivenName, given_name};
        let upper = |w: &str| !w.chars().any(char::is_lowercase);
        let alone = |p: &Person| {
            p.given_name.is_none()
                && p.text == p.family_name
                && !p.family_name.contains([' ', '-'])
                && !upper(&p.family_name)
                && given_name(&p.family_name) == GivenName::Yes
        };
        let in_caps = |list: &mut dyn Iterator<Item = &Person>| {
            let (mut caps, mut all) = (0, 0);
            for p in list {
                all += 1;
                caps += usize::from(p.given_name.is_some() && upper(&p.family_name));
            }
            caps >= 3 && 4 * caps >= 3 * all
        };
        let named: Vec<Person> = a
            .proxies
            .iter()
            .flat_map(|x| std::iter::once(&x.grantor).chain(x.holder.as_ref()))
            .filter(|p| upper(&p.family_name))
            .cloned()
            .collect();
        let found = |p: &Person| -> Option<Person> {
            let mut with_it = named.iter().filter(|n| {
                n.given_name
                    .as_deref()
                    .is_some_and(|g| fold(g) == fold(&p.family_name))
            });
            let first = with_it.next()?;
            with_it
                .all(|n| n.key() == first.key())
                .then(|| first.clone())
        };
        if in_caps(&mut a.present.iter().map(|x| &x.person)) {
            for x in a.present.iter_mut().filter(|x| alone(&x.person)) {
                if let Some(p) = found(&x.person) {
                    x.person = p;
                }
            }
        }
        if in_caps(&mut a.absent.iter().map(|x| &x.person)) {
            for x in a.absent.iter_mut().filter(|x| alone(&x.person)) {
                if let Some(p) = found(&x.person) {
                    x.person = p;
                }
            }
        }
    }

    /// A label's word read as a member ("Absents : 1 Dont Pouvoirs 1",
    /// "..., NOMBRE DE CONSEILLERS"): a family name that is one such word
    /// and nothing else is left out of the lists, with a finding.
    fn label_words_left_out(&mut self, a: &mut Attendance) {
        let label_word = |p: &Person| is_label_word(&p.family_name);
        let left: Vec<Person> = listed_people(a)
            .filter(|p| label_word(p))
            .cloned()
            .collect();
        for p in left {
            self.findings.push(Finding {
                code: Code::UnreadableList,
                severity: Severity::Warning,
                message: format!(
                    "expected a member's name, found {:?}, a word of a label: left out of the list, which was misread around it",
                    p.family_name
                ),
                span: Some(p.span),
                deliberation: None,
            });
        }
        a.present.retain(|x| !label_word(&x.person));
        a.absent.retain(|x| !label_word(&x.person));
    }

    /// "Les personnes dont le nom est barré sont reportées ci-dessous":
    /// the present list prints every member and strikes out the absent, a
    /// mark the text lost. A member of the present list who is also listed
    /// absent (or gave a proxy) is the absent one.
    fn struck_through(&mut self, head_end: usize, a: &mut Attendance) {
        let end = self.text.floor_char_boundary(head_end.min(self.text.len()));
        let Some(at) =
            lower_regex!(r"noms?\s+(?:est\s+|sont\s+)?barr[éÉe]").find(&self.lower[..end])
        else {
            return;
        };
        let before = a.present.len();
        let away = Away::of(&a.absent, &a.proxies, false);
        a.present.retain(|p| !away.lists(&p.person));
        let struck = before - a.present.len();
        if struck > 0 {
            self.finding(
                Code::UnreadableList,
                Severity::Info,
                format!("expected the present list to name only the present, found names struck through (a mark the text lost): the {struck} also listed absent are read absent"),
                Some(at.range()),
            );
        }
    }

    /// The proxies of the lines read: a role resolved to the president,
    /// a proxy written twice kept once.
    fn resolve_proxies(
        &mut self,
        a: &mut Attendance,
        proxy_lines: Vec<ProxyLine>,
        president: Option<Person>,
    ) {
        let text = self.text;
        let mut proxies_by_grantor: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, p) in a.proxies.iter().enumerate() {
            proxies_by_grantor
                .entry(p.grantor.key())
                .or_default()
                .push(k);
        }
        // The members present by family name: each proxy's people are
        // looked for among the few of that name.
        let mut present_keys = PresentKeys::default();
        // The proxies written with their noun ("pouvoir à", "procuration").
        let with_nouns: Vec<Range<usize>> = proxy_lines
            .iter()
            .filter(|l| proxies::mentions_proxy(&self.lower[l.range.clone()]))
            .map(|l| l.range.clone())
            .collect();
        // Where each proxy read starts: what follows one proxy ends at the
        // next written right after it ("X Anne Y Paul 13/02/2018 Z Luc
        // (arrivée à 19h30) W Eve": a table's rows on one line).
        let mut starts: Vec<usize> = proxy_lines.iter().map(|l| l.range.start).collect();
        starts.sort_unstable();
        for line in proxy_lines {
            self.proxies_read.push(line.range.clone());
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
            let grantor = listed_whole(&grantor, a).unwrap_or(grantor);
            // "Partis en cours de séance : Mme X à 22h45 (a donné pouvoir à
            // Y)" of a member listed present: present until a time, not a
            // question.
            if let Some(w) = &line.condition.wording
                && line.condition.from.is_none()
                && line.condition.until.is_none()
                && let Some(k) = present_keys.find(&a.present, &grantor, |p| {
                    p.condition.is_none() && p.person.same_as(&grantor)
                })
            {
                a.present[k].condition = Some(squeeze(&text[w.clone()]));
            } else if let Some(w) = &line.condition.wording
                && line.condition.from.is_none()
                && line.condition.until.is_none()
                && tells_arrival(&self.lower[w.clone()])
                && let (Mention::Name(g), Mention::Name(h)) = (&line.grantor, &line.holder)
                && g.whole.end <= w.start
                && w.end <= h.whole.start
                && !a.present.iter().any(|p| p.person.same_as(&grantor))
            {
                // "Mandant Mandataire X Anne (arrivée à 19h30) Y Paul": a
                // grantor absent at the opening who came later, the arrival
                // written on the grantor's name, sits from the arrival on.
                self.arrived_late.push(Presence {
                    condition: Some(squeeze(&text[w.clone()])),
                    ..Presence::new(grantor.clone())
                });
            }
            let holder = listed_whole(&holder, a)
                .or_else(|| {
                    let listed =
                        present_keys.find(&a.present, &holder, |p| p.person.same_as(&holder));
                    listed_in_full(&holder, a, listed.is_some())
                })
                .unwrap_or(holder);
            // "... Paul X à Anne DORMAN" as the text's last
            // words: a holder the text's end may cut, kept only when the
            // lists name that member; else the proxy without its holder.
            if let Mention::Name(n) = &line.holder
                && text[n.whole.end..].trim().is_empty()
                && present_keys
                    .find(&a.present, &holder, |p| p.person.key() == holder.key())
                    .is_none()
            {
                self.holder_cut(line.range.clone());
                let span = self.span(line.range.clone());
                a.proxies.push(Proxy {
                    grantor,
                    holder: None,
                    from_question: None,
                    until_question: None,
                    span,
                });
                continue;
            }
            // Only proxies whose grantor has the same family name can be the
            // same: looked up by key, not compared with every proxy
            // (quadratic in a long list).
            let key = grantor.key();
            if proxies_by_grantor.get(&key).is_some_and(|ks| {
                ks.iter().any(|&k| {
                    let p = &a.proxies[k];
                    p.grantor.same_as(&grantor)
                        && p.holder
                            .as_ref()
                            .is_some_and(|h| h.same_as(&holder) || words_glued_after(h, &holder))
                })
            }) {
                continue;
            }
            // "Mme X à Mme Marie Y" written again as "Mme X à Mme Marie Z",
            // the holder's family name one typing slip from the first's:
            // the same proxy, its holder as the lists name the member.
            if let Some(k) = proxies_by_grantor.get(&key).and_then(|ks| {
                ks.iter().copied().find(|&k| {
                    let p = &a.proxies[k];
                    p.grantor.same_as(&grantor)
                        && p.holder
                            .as_ref()
                            .is_some_and(|h| one_slip_apart(h, &holder))
                })
            }) {
                let listed = |p: &Person| a.present.iter().any(|x| x.person.same_as(p));
                if listed(&holder)
                    && let Some(h) = a.proxies[k].holder.as_mut()
                    && !listed(h)
                {
                    *h = holder;
                }
                continue;
            }
            proxies_by_grantor
                .entry(key)
                .or_default()
                .push(a.proxies.len());
            // "X absent en début de séance donne pouvoir à Y pour toutes
            // les délibérations (est arrivé aux questions diverses)": a
            // presence told after the proxy that no question range says.
            if line.condition.from.is_none() && line.condition.until.is_none() {
                // What follows the proxy in its sentence, 150 bytes at most
                // (a flattened text is one line).
                let end = line.range.end;
                // The next proxy right after it, a list's separator between
                // ("X à Y, Z à W (à partir de la question 6)": Z's range).
                let next_proxy = starts[starts.partition_point(|&s| s < end)..]
                    .first()
                    .copied()
                    .filter(|&s| {
                        text[end..s]
                            .trim_matches(|c: char| {
                                c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–')
                            })
                            .is_empty()
                    })
                    .unwrap_or(text.len());
                // "X (pouvoir à Y), Z, W (arrivée 20h25)": a proxy in brackets
                // closed before a list's separator; what follows is the next
                // entry's.
                let closed = text[end..]
                    .trim_start()
                    .strip_prefix(')')
                    .is_some_and(|r| r.trim_start().starts_with([',', ';', '-', '–']));
                let next_proxy = if closed { end } else { next_proxy };
                let line_end = text[end..]
                    .find(['\n', '.', ';'])
                    .map_or(text.len(), |p| end + p)
                    .min(text.floor_char_boundary(end + 150))
                    .min(next_proxy);
                let rest = &self.lower[end..line_end];
                // (A scope heading over the next proxies tells none; the
                // headings are looked for only once a movement is found.)
                let mut headings: Option<Vec<Range<usize>>> = None;
                if lower_regex!(&format!(
                    r"{MOVEMENT_WORDS}|en cours de s[éÉe]ance|questions diverses"
                ))
                .find_iter(rest)
                .any(|m| {
                    !headings
                        .get_or_insert_with(|| {
                            crate::grammar::proxies::scope_headings_in(text, end..line_end)
                        })
                        .iter()
                        .any(|h| h.contains(&(end + m.start())))
                }) {
                    let shown = self.clean(line.range.start..line_end);
                    self.finding(
                        Code::UnreadableProxy,
                        Severity::Warning,
                        format!("expected the questions the proxy in {shown:?} covers, found a presence told that no question range says: the proxy is read for the whole sitting"),
                        Some(line.range.start..line_end),
                    );
                }
            }
            // "PELSARON Sauveur représenté par GRONOLAUD Louis" where the
            // lists do not name Y on their own: Y sits in X's place, a
            // substitute, not a member holding a proxy. A table's status
            // cell without "par" ("Représentée G. Martin", under "A donné
            // pouvoir à") names a holder, listed or not (the table cut).
            // "X, représenté par Y, Z, pouvoir à W": where the same list
            // (the same line) writes proxies with their noun, "représenté
            // par" is set apart from them: a substitute, listed present or
            // not.
            // (Under a bare label of the represented, "X par Y" says it.)
            let represented = line.condition == Condition::default()
                && !a.present.is_empty()
                && (lower_regex!(r"représentée?s? par").is_match(&self.lower[line.range.clone()])
                    || self
                        .represented_sections
                        .iter()
                        .any(|r| r.contains(&line.range.start))
                        && !proxies::mentions_proxy(&self.lower[line.range.clone()]));
            let holder_listed = |present: &[Presence], keys: &mut PresentKeys| {
                keys.find(present, &holder, |p| p.person.same_as(&holder))
                    .is_some()
            };
            if represented
                && (!holder_listed(&a.present, &mut present_keys)
                    || with_nouns.iter().any(|r| {
                        let (from, to) = if r.start < line.range.start {
                            (r.end, line.range.start)
                        } else {
                            (line.range.end, r.start)
                        };
                        from <= to && to - from < 600 && !text[from..to].contains('\n')
                    }))
                && !president.as_ref().is_some_and(|p| p.same_as(&holder))
            {
                let span = self.span(line.range.clone());
                a.substitutes.push(Substitute {
                    substitute: holder.clone(),
                    for_member: grantor.clone(),
                    span,
                });
                if !holder_listed(&a.present, &mut present_keys) {
                    present_keys.push(a.present.len(), &holder);
                    a.present.push(Presence::new(holder));
                }
                if !a.absent.iter().any(|p| p.person.same_as(&grantor)) {
                    a.absent.push(Absence {
                        person: grantor,
                        excused: None,
                    });
                }
                continue;
            }
            // "X a donné pouvoir à partir du point 2 à Y" of a member listed
            // present: present until the proxy starts, or from where it ends.
            let (from, until) = (line.condition.from, line.condition.until);
            if from.is_some() != until.is_some()
                && let Some(k) = present_keys.find(&a.present, &grantor, |p| {
                    p.person.same_as(&grantor)
                        && p.from_question.is_none()
                        && p.until_question.is_none()
                })
            {
                let p = &mut a.present[k];
                p.until_question = from.and_then(|f| f.checked_sub(1));
                p.from_question = until.map(|u| u + 1);
            } else if let (Some(f), Some(u)) = (from, until)
                && let Some(k) = present_keys.find(&a.present, &grantor, |p| {
                    p.person.same_as(&grantor)
                        && p.from_question.is_none()
                        && p.until_question.is_none()
                })
            {
                // "X à Y (du point 1 au point 12)", "X à Y (des points 4 à
                // 6)" of a member listed present: present before the
                // proxy's stretch and after it, one entry each.
                if f > 1 {
                    a.present[k].until_question = Some(f - 1);
                    let back = Presence {
                        from_question: Some(u + 1),
                        ..Presence::new(a.present[k].person.clone())
                    };
                    present_keys.push(a.present.len(), &back.person);
                    a.present.push(back);
                } else {
                    a.present[k].from_question = Some(u + 1);
                }
            }
            let span = self.span(line.range.clone());
            a.proxies.push(Proxy {
                grantor,
                holder: Some(holder),
                from_question: line.condition.from,
                until_question: line.condition.until,
                span,
            });
        }
    }
}
impl Extractor<'_> {
    /// The finding of a proxy whose holder the text's end cuts: its grantor
    /// is read absent, the proxy without its holder.
    fn holder_cut(&mut self, range: Range<usize>) {
        let shown = self.clean(range.clone());
        self.finding(
            Code::UnreadableProxy,
            Severity::Warning,
            holder_cut_message(&shown),
            Some(range),
        );
    }
}

/// The message of [`Extractor::holder_cut`], for a proxy shown as `shown`.
fn holder_cut_message(shown: &str) -> String {
    format!(
        "expected the holder of the proxy in {shown:?}, found the text cut: the grantor is read absent, the proxy without its holder"
    )
}

/// Where the first absent or proxies label starts, when no present label
/// was found: the members who sit are written before it, unlabelled.
fn first_list_with_no_present_label(sections: &[Section]) -> Option<usize> {
    if sections.iter().any(|s| s.label == Label::Present) {
        return None;
    }
    sections
        .iter()
        .filter(|s| matches!(s.label, Label::Absent(_) | Label::Proxies))
        .map(|s| s.label_range.start)
        .min()
}

/// "Les membres du Conseil Municipal : A, B, C.\n\nPouvoirs : ...": the
/// paragraph right before `before`, a roster of the body's members
/// introduced by "(Les) membres du ...", written to its colon: where its
/// names are.
fn roster_before(text: &str, before: usize) -> Option<Range<usize>> {
    let head = text[..before].trim_end();
    let start = head.rfind("\n\n").map_or(0, |p| p + 2);
    let para = &head[start..];
    let intro = &para[..para.floor_char_boundary(para.len().min(80))];
    let colon = intro.find(':')?;
    let opens = with_fold(&intro[..colon], |f| {
        let f = f.strip_prefix("les ").unwrap_or(f);
        f.starts_with("membres du ") || f.starts_with("membres de la ")
    });
    (opens && !para[colon + 1..].trim().is_empty()).then(|| start + colon + 1..head.len())
}

/// "GAUCHER" holding a proxy, where the lists name one member present
/// "GAUCHER-LOISEAU" and nobody "GAUCHER": that member, a compound family
/// name written short.
/// The paragraphs right before `before`, each a group of members ending
/// with its role after a dash ("A, B - Vice-présidents"), nearest last
/// read first: the names of each (its role left out), in the text's order.
fn role_groups(text: &str, before: usize) -> Vec<Range<usize>> {
    let mut groups = Vec::new();
    let mut end = before;
    // (A few groups at most: the scan stops at the first paragraph that
    // is no group.)
    while groups.len() < 12 {
        let head = &text[..end];
        let trimmed = head.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let start = trimmed.rfind("\n\n").map_or(0, |p| p + 2);
        let para = &text[start..trimmed.len()];
        if para.len() > 4000 {
            break;
        }
        let Some(dash) = para
            .char_indices()
            .rev()
            .find(|&(k, c)| {
                matches!(c, '-' | '–' | '—')
                    && para[..k].ends_with(' ')
                    && para[k + c.len_utf8()..].starts_with(' ')
            })
            .map(|(k, _)| k)
        else {
            break;
        };
        let role = para[dash..].trim_start_matches(['-', '–', '—']).trim();
        let is_role = with_fold(role, |f| {
            let f = f.strip_suffix('s').unwrap_or(f);
            matches!(
                f,
                "vice-president"
                    | "vice-presidente"
                    | "conseiller"
                    | "conseillere"
                    | "conseiller delegue"
                    | "conseillere deleguee"
                    | "conseillers delegue"
                    | "delegue"
                    | "deleguee"
                    | "membre"
                    | "adjoint"
                    | "adjointe"
            )
        });
        if !is_role || para[..dash].trim().is_empty() {
            break;
        }
        groups.push(start..start + dash);
        end = start;
    }
    groups.reverse();
    groups
}

/// Whether two people are one written twice with a typing slip in the
/// family name ("Anne-Sophie MARCHETTI", "Anne-Sophie
/// MARCHETI"): the same given name, written, and family names one slip
/// apart.
fn one_slip_apart(a: &Person, b: &Person) -> bool {
    match (&a.given_name, &b.given_name) {
        (Some(x), Some(y)) => {
            fold(x) == fold(y)
                && crate::text::one_slip_from(&fold(&a.family_name), &fold(&b.family_name))
        }
        _ => false,
    }
}

fn listed_in_full(p: &Person, a: &Attendance, listed: bool) -> Option<Person> {
    if listed {
        return None;
    }
    let short = fold(&p.family_name);
    let mut found = a.present.iter().filter(|x| {
        let full = fold(&x.person.family_name);
        full.len() > short.len()
            && full.starts_with(&short)
            && full[short.len()..].starts_with(['-', ' '])
            && match (&x.person.given_name, &p.given_name) {
                (Some(g), Some(h)) => fold(g) == fold(h),
                _ => true,
            }
    });
    let one = found.next()?;
    found.next().is_none().then(|| one.person.clone())
}

/// "ANGE LE LAN" read as a family name in a proxy, where the lists name
/// "Ange LE LAN": the member listed whose given and family names, folded,
/// are the words of that family name. The mention keeps its civility and
/// place in the text.
/// ("ANGE LE LAN" read given name first in capitals, three words or
/// more: the given name as the lists write it.)
fn listed_whole(p: &Person, a: &Attendance) -> Option<Person> {
    // (Keys, not folds: "HUBERT EMMANUEL EMILE" is the list's "Hubert
    // EMMANUEL-\nEMILE", a hyphen for a space.)
    let whole = match &p.given_name {
        None if p.family_name.contains(' ') => p.key(),
        Some(g)
            if people::is_caps(g) && format!("{g} {}", p.family_name).matches(' ').count() >= 2 =>
        {
            Person::key_of(&format!("{g} {}", p.family_name))
        }
        _ => return None,
    };
    let listed = listed_people(a).find(|x| {
        x.given_name
            .as_ref()
            .is_some_and(|g| Person::key_of(&format!("{g} {}", x.family_name)) == whole)
    })?;
    Some(Person {
        given_name: listed.given_name.clone(),
        family_name: listed.family_name.clone(),
        ..p.clone()
    })
}

/// Whether a present label's content points to an attendance sheet
/// instead of naming anyone: "Voir liste d'émargement ci-jointe", "cf.
/// feuille de présence annexée".
fn sheet_elsewhere(text: &str, content: Range<usize>) -> bool {
    let end = text.floor_char_boundary(content.end.min(content.start + 80));
    let f = fold(text[content.start..end].trim_start());
    f.starts_with("voir")
        || f.starts_with("cf")
        || f.contains("emargement")
        || f.contains("feuille de presence")
}

/// Where a mention starts in the text.
/// Where the attendance restated for an item starts: a list of members
/// present after the sitting's absent or proxies, with a line opening an
/// item ("Objet de la 1ère délibération :") between them.
/// Where the paragraphs of `text[range]` that open on a civility end: the
/// cells of places a flattened table puts after its names ("Mme X Anne\n\n
/// Conseil départemental Nord\n\n") are left out; `range.end` when the last
/// paragraph opens on one, `range.start` when none does.
fn civility_paragraphs_end(text: &str, range: Range<usize>) -> usize {
    let mut end = range.start;
    let mut offset = range.start;
    for para in text[range.clone()].split_inclusive("\n\n") {
        let first = para.split_whitespace().next().unwrap_or("");
        if people::civility(first).is_some() {
            end = offset + para.len();
        }
        offset += para.len();
    }
    end.min(range.end)
}

fn restated_attendance(text: &str, sections: &[Section]) -> Option<usize> {
    let first = sections.iter().position(|s| s.label == Label::Present)?;
    let closed = first
        + sections[first..]
            .iter()
            .position(|s| matches!(s.label, Label::Absent(_) | Label::Proxies))?;
    let again = closed
        + sections[closed..]
            .iter()
            .position(|s| s.label == Label::Present)?;
    let between = sections[again - 1].label_range.end..sections[again].label_range.start;
    let mut at = between.start;
    for line in text[between].split_inclusive('\n') {
        if fold(line.trim_start()).starts_with("objet") {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// Whether two people's civilities, where both are written, are of one
/// gender: "Monsieur X" and "Madame X" are two people.
fn same_gender(a: &Person, b: &Person) -> bool {
    let female = |p: &Person| {
        p.civility.as_deref().map(|c| {
            let f = fold(c);
            f.starts_with("mme")
                || f.starts_with("mad")
                || f.starts_with("mesd")
                || f.starts_with("ml")
        })
    };
    match (female(a), female(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn mention_start(m: &Mention) -> usize {
    match m {
        Mention::Name(n) => n.whole.start,
        Mention::Role(_, r) => r.start,
    }
}

/// Proxy grantors and replaced titulars are absent: those the lists do not
/// already name absent are added.
fn absent_grantors_and_titulars(a: &mut Attendance) {
    // (Borrowed from the proxies and substitutes, copied only when added.)
    let grantors = a.proxies.iter().map(|p| &p.grantor);
    let titulars = a.substitutes.iter().map(|s| &s.for_member);
    // Few: each compared with every absent member.
    if a.absent.len() + a.proxies.len() + a.substitutes.len() < INDEXED_FROM {
        for p in grantors.chain(titulars) {
            if !a.absent.iter().any(|x| x.person.same_as(p)) {
                a.absent.push(Absence {
                    person: p.clone(),
                    excused: None,
                });
            }
        }
        return;
    }
    // Looked up by family name, not compared with every absent member
    // (quadratic in a long list).
    let mut absent_by_family: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, x) in a.absent.iter().enumerate() {
        absent_by_family.entry(x.person.key()).or_default().push(k);
    }
    for p in grantors.chain(titulars) {
        let key = p.key();
        let known = absent_by_family
            .get(&key)
            .is_some_and(|ks| ks.iter().any(|&k| a.absent[k].person.same_as(p)));
        if !known {
            absent_by_family
                .entry(key)
                .or_default()
                .push(a.absent.len());
            a.absent.push(Absence {
                person: p.clone(),
                excused: None,
            });
        }
    }
}

impl<'a> Extractor<'a> {
    /// "HIRIGOYEN (présente à partir de la 2ème délibération)" in the
    /// attendance restated for an item: the condition of a member the
    /// sitting's list names without one.
    fn restated_conditions(&mut self, content: Range<usize>, a: &mut Attendance) {
        let (entries, _) = people::list(self.text, content);
        for e in entries {
            let Mention::Name(name) = &e.mention else {
                continue;
            };
            let person = self.person(name, e.group_civility);
            for note in &e.notes {
                if let Note::Presence(c) = notes::note(self.text, note.clone())
                    && let Some(p) = a.present.iter_mut().find(|p| {
                        p.person.same_as(&person) && same_gender(&p.person, &person) && p.plain()
                    })
                {
                    self.apply_condition(p, &c);
                }
            }
        }
    }

    /// A substitute listed with the titular they sit for, "FLONOLET Irénée
    /// (pour TRAGROLEUNCE Philippe)", under a label of substitutes: the seat
    /// recorded, the note taken off the entry.
    fn substitute_for_whom(&mut self, mut e: Entry, a: &mut Attendance) -> Entry {
        let Mention::Name(name) = &e.mention else {
            return e;
        };
        let mut kept = Vec::with_capacity(e.notes.len());
        for note in std::mem::take(&mut e.notes) {
            match notes::for_whom(self.text, note.clone()) {
                Some(Mention::Name(t)) => {
                    let span = self.span(name.whole.start..note.end.min(self.text.len()));
                    a.substitutes.push(Substitute {
                        substitute: self.person(name, e.group_civility),
                        for_member: self.person(&t, None),
                        span,
                    });
                }
                _ => kept.push(note),
            }
        }
        e.notes = kept;
        e
    }

    pub(super) fn present_entry(
        &mut self,
        e: Entry,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        self.skipped_entry(&e);
        let Mention::Name(name) = &e.mention else {
            return;
        };
        // "Marc X, absent, pouvoir" among the present: a status column
        // flattened after the name says absent.
        // (Each word folded on the stack, the note given up at its first
        // word of another kind.)
        let standing = |note: &Range<usize>| -> Option<bool> {
            let (mut absent, mut excused) = (false, false);
            for w in self.text[note.clone()]
                .split([',', ' '])
                .filter(|w| !w.is_empty())
            {
                let is_standing = with_fold(w, |f| {
                    absent |= f.starts_with("absent") || f.starts_with("excuse");
                    excused |= f.starts_with("excuse");
                    people::is_standing_word(f)
                });
                if !is_standing {
                    return None;
                }
            }
            absent.then_some(excused)
        };
        if let Some(excused) = e.notes.iter().find_map(standing) {
            self.absent_entry(e, excused.then_some(true), a, proxies);
            return;
        }
        // "NALAUR Claude (suppléant sans pouvoir de vote)": a substitute
        // sitting beside their titular without a vote, no member present,
        // as under a label "Présents sans voix délibérative :".
        if e.notes.iter().any(|note| {
            with_fold(&self.text[note.clone()], |f| {
                [
                    "sans voix deliberative",
                    "sans pouvoir de vote",
                    "sans droit de vote",
                ]
                .iter()
                .any(|w| f.contains(w))
            })
        }) {
            return;
        }
        let mut presence = Presence::new(self.person(name, e.group_civility));
        // The person as read, once a substitute has taken their place in
        // `presence` (kept aside then only: a copy for every entry cost
        // four allocations).
        let mut as_read: Option<Person> = None;
        // "Christophe X a donné pouvoir à Isabelle Y" among the present:
        // represented for the whole sitting, so not present.
        let mut represented = false;
        // The question a member who left comes back at: a second stretch.
        let mut resumes = None;
        // And the last question of that second stretch, when written.
        let mut resumes_until = None;
        for note in &e.notes {
            let read = notes::note(self.text, note.clone());
            // "ayant le pouvoir de M. Y et de M. Z": a proxy from each
            // (only where the note says whose, "de").
            let from = matches!(read, Note::ProxyFrom(_));
            match read {
                Note::Presence(c) => {
                    self.apply_condition(&mut presence, &c);
                    if resumes.is_none() {
                        resumes = c.resumes;
                        resumes_until = c.resumes_until;
                    }
                }
                // "FABRE Paul (pouvoir LOPEZ Anne)" among the
                // present: the member present holds the proxy.
                Note::ProxyFrom(grantor) | Note::Proxy(grantor) => {
                    let further = from
                        .then(|| notes::further_grantors(self.text, note.clone()))
                        .into_iter()
                        .flatten();
                    for grantor in std::iter::once(grantor).chain(further) {
                        proxies.push(ProxyLine {
                            grantor,
                            holder: e.mention.clone(),
                            condition: Condition::default(),
                            // The closing bracket, where the text has one.
                            range: name.whole.start..(note.end + 1).min(self.text.len()),
                        });
                    }
                }
                Note::SubstituteFor(titular) => {
                    if let Mention::Name(t) = &titular {
                        let for_member = self.person(t, None);
                        let span = self.span(name.whole.start..note.end.min(self.text.len()));
                        a.substitutes.push(Substitute {
                            substitute: as_read.as_ref().unwrap_or(&presence.person).clone(),
                            for_member,
                            span,
                        });
                    }
                }
                Note::ProxyTo(holder, mut c) => {
                    // "(à 22h15 donne pouvoir à M. X)": leaves at a time
                    // written before the proxy, represented after.
                    if c == Condition::default() {
                        c.wording = notes::leading_time(self.text, note.clone());
                    }
                    // "(pouvoir à M. X à partir de 10 H 50)": present until
                    // a time, not a question.
                    if let Some(w) = &c.wording
                        && c.from.is_none()
                        && c.until.is_none()
                        && presence.condition.is_none()
                    {
                        presence.condition = Some(self.clean(w.clone()));
                    }
                    // "(partie après le point 7, pouvoir à X)": present until 7,
                    // represented from 8.
                    if let Some(whole) = notes::condition(self.text, note.clone())
                        && c == Condition::default()
                    {
                        if let Some(u) = whole.until {
                            // "(présent de la délibération 1 à la 6, donne
                            // procuration à X ...)": the stretch's start too.
                            if presence.until_question.is_none() {
                                presence.from_question = presence.from_question.or(whole.from);
                            }
                            presence.until_question = presence.until_question.or(Some(u));
                            c.from = Some(u + 1);
                            if let Some(back) = whole.resumes {
                                c.until = Some(back - 1);
                                resumes = resumes.or(Some(back));
                            }
                        } else if let Some(f) = whole.from {
                            presence.from_question = presence.from_question.or(Some(f));
                            c.until = f.checked_sub(1);
                        }
                    }
                    // "(a donné procuration à X à compter du point 1 jusqu'au
                    // point 12 inclus)": represented for that stretch,
                    // present for the rest of the sitting (before it, after
                    // it, or both).
                    if let (Some(f), Some(u)) = (c.from, c.until)
                        && presence.from_question.is_none()
                        && presence.until_question.is_none()
                        && c.resumes.is_none()
                    {
                        if f > 1 {
                            presence.until_question = Some(f - 1);
                            resumes = resumes.or(Some(u + 1));
                        } else {
                            presence.from_question = Some(u + 1);
                        }
                    }
                    represented |= c == Condition::default();
                    // "(..., ayant donné pouvoir à Jérôme PE" ending the
                    // text: the holder's name may be cut, so is not read.
                    if let Mention::Name(h) = &holder
                        && self.text[h.whole.end..].trim().is_empty()
                    {
                        let shown = self.clean(name.whole.start..h.whole.end);
                        self.finding(
                            Code::UnreadableProxy,
                            Severity::Warning,
                            format!(
                                "expected the holder of the proxy in {shown:?}, found the text cut in its note: the proxy is read without its holder"
                            ),
                            Some(name.whole.start..h.whole.end),
                        );
                        self.holders_cut.push(presence.person.clone());
                        // (Read: no proxy left unread there.)
                        self.proxies_read
                            .push(name.whole.start..h.whole.end.max(note.end));
                        continue;
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
                    let read = as_read.as_ref().unwrap_or(&presence.person);
                    let by = self.substitution(a, read, &s, name.whole.start..note.end);
                    let read = std::mem::replace(&mut presence.person, by);
                    as_read.get_or_insert(read);
                    // "X représenté par Y, suppléant": read, no proxy left unread.
                    self.proxies_read.push(name.whole.start..note.end);
                }
                Note::Other => self.unread_presence(note.clone()),
                Note::SubstitutedBy(_) => {}
            }
        }
        if represented && presence.plain() {
            return;
        }
        // The same person listed again under another group, for another
        // body they sit for ("Agglomération : M. X Jean ... Communes de
        // l'agglomération : M. X Jean"): the same given names (hyphens or
        // spaces between them) and family name, no stretch on either.
        let given_key = |p: &Person| p.given_name.as_deref().map(|g| fold(&g.replace('-', " ")));
        // (Initials may be two people's: "M N. X, Mme N. X"; civilities
        // that differ are two people.)
        // (Three letters in mixed case are a name, "Luc"; in capitals they
        // may be initials, "JPM".)
        let whole_given = presence.person.given_name.as_deref().is_some_and(|g| {
            let letters = g.chars().filter(|c| c.is_alphabetic()).count();
            (letters > 3 || letters == 3 && g.chars().any(char::is_lowercase)) && !g.contains('.')
        });
        let listed_before = |p: &Presence| {
            p.plain()
                && p.person.family_name == presence.person.family_name
                && given_key(&p.person) == given_key(&presence.person)
                && (p.person.civility.is_none()
                    || presence.person.civility.is_none()
                    || p.person.civility == presence.person.civility)
        };
        // (Only where a member of that family name was read: a list of
        // thousands is no quadratic scan.)
        let family_read = self
            .present_families
            .as_mut()
            .is_none_or(|f| f.may_hold(&presence.person, a.present.iter().map(|x| &x.person)));
        if whole_given
            && presence.plain()
            && resumes.is_none()
            && family_read
            && a.present.iter().any(listed_before)
        {
            return;
        }
        // Listed plain, then again with its stretch among those present for
        // part of the sitting ("..., FAVIER Jean, ... ; FAVIER Jean (jusqu'à
        // la délibération 3)"): one member, whose stretch the second says
        // (written in a row too, which the test below would drop).
        if whole_given
            && presence.condition.is_none()
            && (presence.from_question.is_some() || presence.until_question.is_some())
            && family_read
            && let Some(k) = a.present.iter().position(listed_before)
        {
            a.present.remove(k);
        }
        // The same person written twice in a row ("MM Falisse X\nFalisse X").
        if let Some(last) = a.present.last()
            && last.person.given_name.is_some()
            && last.person.given_name == presence.person.given_name
            && last.person.family_name == presence.person.family_name
        {
            return;
        }
        // One entry per stretch, for the same mention.
        let back = resumes.map(|r| Presence {
            from_question: Some(r),
            until_question: resumes_until,
            ..Presence::new(presence.person.clone())
        });
        if let Some(f) = &mut self.present_families {
            f.add(&presence.person);
        }
        a.present.push(presence);
        a.present.extend(back);
    }

    /// The present entries of one list, read in turn by `present_entry`
    /// with the family names of the present list at hand.
    fn present_entries(
        &mut self,
        entries: Vec<Entry>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        self.present_families = Some(Families::new());
        for e in entries {
            self.present_entry(e, a, proxies);
        }
        self.present_families = None;
    }

    /// What the attendance sections before `end` say that was not read: a
    /// proxy written where no proxy read covers it ("Marc (pouvoir donné
    /// Patrick)", "avaient délégué leur mandat à :"), and names left after
    /// a list stopped. Each is a finding, so that the validator does not
    /// hold the text to lists read only in part.
    /// "Madame X, Conseillère Communautaire, pouvoir à Monsieur Y, 3°
    /// Vice-président", "X Anne (pouvoir à Y Paul)", "M. X par pouvoir à
    /// M. Y", "X Paul, excusé, a donné pouvoir à Mme Y": a proxy keyword
    /// the lists' reading left out (the place an unreadable_proxy finding
    /// would name), read around it. The holder is the person read right
    /// after the keyword and its link ("à", "par", "en faveur de"), the
    /// grantor the person read right before it, back to a separator or the
    /// previous proxy's end, past the grantor's status ("excusé", "a
    /// donné", a function). When either side is no person nothing is read
    /// and the finding stays; a holder cut by the text's end leaves the
    /// proxy without a holder.
    fn proxies_around_keywords(
        &mut self,
        sections: &[Section],
        restated_from: Option<usize>,
        head_end: usize,
        proxy_lines: &mut Vec<ProxyLine>,
        unheld: &mut Vec<Person>,
        holders_unwritten: &[(Range<usize>, Range<usize>)],
    ) {
        let text = self.text;
        // Read only where the doubts are looked for: up to the first
        // decision (found once a keyword asks).
        let mut end: Option<usize> = None;
        let mut read: Vec<Range<usize>> = Vec::new();
        let mut cut: Vec<Range<usize>> = Vec::new();
        for s in sections {
            if !matches!(s.label, Label::Present | Label::Absent(_) | Label::Proxies)
                || restated_from.is_some_and(|r| s.label_range.start >= r)
            {
                continue;
            }
            let Some((region_end, _)) = self.doubt_region(s, head_end) else {
                continue;
            };
            let hay = &self.lower[s.content.start..region_end];
            if !(hay.contains("pouvoir")
                || hay.contains("procuration")
                || hay.contains("représent")
                || hay.contains("mandataire"))
            {
                continue;
            }
            let end = *end.get_or_insert_with(|| {
                let first_content_end = sections
                    .iter()
                    .find(|s| s.label != Label::Stop)
                    .map_or(0, |s| s.content.end);
                self.decision_groups(first_content_end..head_end)
                    .first()
                    .map_or(head_end, |g| g.start)
                    .min(head_end)
            });
            let Some((region_end, _)) = self.doubt_region(s, end) else {
                continue;
            };
            // Past the region, a run of proxies read one after the other
            // goes on to the section's end.
            let run_end = text.floor_char_boundary(s.content.end.min(end).max(region_end));
            let lead_in_end = (s.label == Label::Proxies)
                .then(|| proxies::lead_in_colon(text, s.content.clone()))
                .flatten()
                .map_or(0, |colon| colon + 1);
            let mut floor = s.content.start.max(lead_in_end);
            let mut last_read = s.content.start;
            for at in self.proxy_keywords(s, run_end, sections) {
                if at.start > region_end && at.start > last_read + 300 {
                    break;
                }
                // The proxies read before it end where its grantor may start.
                let before = self
                    .proxies_read
                    .iter()
                    .chain(proxy_lines.iter().map(|l| &l.range))
                    .filter(|r| r.start < at.start)
                    .map(|r| r.end)
                    .max();
                if let Some(e) = before
                    && at.end <= e + 1
                {
                    last_read = last_read.max(e);
                    continue;
                }
                floor = floor.max(before.unwrap_or(0)).min(at.start);
                // "Après le vote du point 4, départ de : M. X avec
                // procuration à M. Y": a proxy told with a departure or an
                // arrival, read with it by the movements.
                let window =
                    text.floor_char_boundary(at.start.saturating_sub(200).max(s.content.start));
                let sentence = sentences(text, window..at.start)
                    .last()
                    .map_or(window, |r| r.start);
                if lower_regex!(
                    r"(?:arriv|rejoint|entre\s+(?:en\s+)?séance|quitt|sort\s|part\s|départ\s+d)"
                )
                .is_match(&self.lower[sentence..at.start])
                {
                    continue;
                }
                // ("représenté par Y", "mandataire : Y": no link to read.)
                let linked = self.lower[at.clone()].ends_with("par")
                    || self.lower[at.clone()].starts_with("mandataire");
                let holder = proxies::holder_after(text, at.end, s.content.end.min(end), linked);
                let grantor = proxies::grantor_before(text, floor, at.start);
                if let proxies::HolderAfter::Read(_, e) = &holder {
                    floor = *e;
                }
                let Some(grantor) = grantor else { continue };
                let Mention::Name(g) = grantor.clone() else {
                    continue;
                };
                match holder {
                    proxies::HolderAfter::Read(holder, e) => {
                        last_read = e;
                        read.push(g.whole.start..e);
                        proxy_lines.push(ProxyLine {
                            grantor,
                            holder,
                            condition: Condition::default(),
                            range: g.whole.start..e,
                        });
                    }
                    proxies::HolderAfter::Cut => {
                        let grantor = self.person(&g, None);
                        self.proxies_read.push(g.whole.start..text.len());
                        // (Read already as a note's proxy cut.)
                        if unheld
                            .iter()
                            .chain(&self.holders_cut)
                            .any(|p| p.same_as(&grantor))
                        {
                            continue;
                        }
                        read.push(g.whole.start..text.len());
                        unheld.push(grantor);
                        cut.push(g.whole.start..text.len());
                    }
                    proxies::HolderAfter::Unread => {}
                }
            }
        }
        // The findings of the proxies now read ("expected a proxy \"X
        // donne pouvoir à Y\", found \"M. X par pouvoir\"") are left out.
        // "ABSENTS/POUVOIRS : X Anne (pouvoir à Y Paul), Z Marc": holders
        // written after some names of a list read as grantors without
        // holders; the others are absent without a proxy.
        for (label, content) in holders_unwritten {
            if read.iter().any(|r| content.contains(&r.start)) {
                let within = self.span(content.clone());
                unheld.retain(|p| !(within.start <= p.span.start && p.span.end <= within.end));
                let label = self.span(label.clone());
                self.findings
                    .retain(|f| f.code != Code::UnreadableProxy || f.span.as_ref() != Some(&label));
            }
        }
        if !read.is_empty() {
            let spans: Vec<Span> = read.iter().map(|r| self.span(r.clone())).collect();
            self.findings.retain(|f| {
                f.code != Code::UnreadableProxy
                    || !f
                        .span
                        .as_ref()
                        .is_some_and(|x| spans.iter().any(|r| r.start <= x.start && x.end <= r.end))
            });
        }
        for r in cut {
            self.holder_cut(r);
        }
    }

    /// Where the doubts about section `s` are looked for, before `end`:
    /// the end of the region after its content's start (what follows a
    /// list's end closely: a proxy sentence after the absent, the rest of a
    /// list the grammar gave up on), and where its list stopped.
    fn doubt_region(&self, s: &Section, end: usize) -> Option<(usize, usize)> {
        let stop = self
            .section_stops
            .get(&(s.content.start, s.content.end))
            .copied()
            .unwrap_or(s.content.start)
            .max(s.content.start);
        let region_end = self
            .text
            .floor_char_boundary(s.content.end.min(end).min(stop + 400));
        (region_end > s.content.start).then_some((region_end, stop))
    }

    /// The proxy keywords written in section `s` up to `region_end`
    /// ("pouvoir", "procuration", "représenté par", "délégué son vote",
    /// "mandataire" naming the holder, "Mandants ... Mandataires" heading
    /// a table of proxies),
    /// past a sentence leading in to the proxies, but not a label's, a
    /// negated or counted one ("sans pouvoir", "dont 3 pouvoirs"), nor a
    /// presence sheet's column heading.
    fn proxy_keywords(
        &self,
        s: &Section,
        region_end: usize,
        sections: &[Section],
    ) -> Vec<Range<usize>> {
        let text = self.text;
        // A sentence leading in to the proxies ("... dépose sur le
        // bureau les pouvoirs de vote de :") names them, read after it.
        let lead_in_end = (s.label == Label::Proxies)
            .then(|| proxies::lead_in_colon(text, s.content.clone()))
            .flatten()
            .unwrap_or(0);
        let mut found = Vec::new();
        for m in lower_regex!(
            r"\b(?:pouvoirs?|procurations?|mandataires?|mandants?)\b|\breprésentée?s?\s+par\b|\b(?:délégué|donné|confié)\w*\s+(?:son\s+|leur\s+|sa\s+)?(?:mandat|vote|voix)\b"
        )
        .find_iter(&self.lower[s.content.start..region_end])
        {
            let at = s.content.start + m.start()..s.content.start + m.end();
            let inside = |r: &Range<usize>| r.start <= at.start && at.end <= r.end + 1;
            // "MEMBRES PRÉSENT ABSENT EXCUSÉ POUVOIR A": a presence
            // sheet's header names its column of proxies.
            let line_start = text[..at.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[at.end..].find('\n').map_or(text.len(), |p| at.end + p);
            if at.end <= lead_in_end
                || sections.iter().any(|x| inside(&x.label_range))
                || !names_a_proxy(text, at.clone())
                || tables::is_sheet_header(&text[line_start..line_end])
            {
                continue;
            }
            found.push(at);
        }
        found
    }

    pub(super) fn unread_attendance(&mut self, sections: &[Section], end: usize, a: &Attendance) {
        let text = self.text;
        // Names already read are no doubt, wherever the list stopped (their
        // set built when a word is first asked about: most texts ask none).
        let known_names: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
        let known = |folded: &str| {
            known_names
                .get_or_init(|| listed_people(a).map(|p| fold(&p.family_name)).collect())
                .contains(folded)
        };
        let mut doubts: Vec<(Doubt, Range<usize>)> = Vec::new();
        // "Présents : ... Absents excusés : ... Présents : ...": a second
        // attendance block (another sitting, another body) read into the
        // same lists.
        // Counts ("Présents : 22") are no list. The second list names
        // someone the first block lists absent.
        let mut seen_present = false;
        let mut seen_absent_after = false;
        // (Built when a second present list asks: most texts have none.)
        let absent: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
        for s in sections
            .iter()
            .filter(|s| s.label_range.start < end && s.count.is_none())
        {
            match s.label {
                Label::Present if seen_absent_after => {
                    let (entries, _) = people::list(text, s.content.clone());
                    let again = entries.iter().any(|e| match &e.mention {
                        Mention::Name(n) => absent
                            .get_or_init(|| a.absent.iter().map(|x| x.person.key()).collect())
                            .contains(&self.person(n, None).key()),
                        Mention::Role(..) => false,
                    });
                    if restated_attendance(text, sections).is_some_and(|r| s.label_range.start >= r)
                    {
                        doubts.push((Doubt::Restated, s.label_range.clone()));
                    } else if again {
                        doubts.push((Doubt::SecondBlock, s.label_range.clone()));
                    }
                    break;
                }
                Label::Present => seen_present = true,
                Label::Absent(_) if seen_present => seen_absent_after = true,
                _ => {}
            }
        }
        for s in sections {
            if !matches!(s.label, Label::Present | Label::Absent(_) | Label::Proxies)
                || s.label_range.start >= end
            {
                continue;
            }
            // "Absents ayant donné procuration :" and no proxy read after
            // it, nor "néant".
            if s.label == Label::Proxies
                && s.count.is_none()
                && !self
                    .proxies_read
                    .iter()
                    .any(|r| s.content.contains(&r.start))
                && proxies::proxies(text, s.content.clone())
                    .unreadable
                    .is_empty()
            {
                let to = text.floor_char_boundary((s.content.start + 40).min(text.len()));
                let next = fold(text[s.content.start..to].trim_start());
                if !["neant", "aucun", "sans objet", "0", "-", "/", "non"]
                    .iter()
                    .any(|w| next.starts_with(w))
                {
                    doubts.push((Doubt::NoProxy, s.label_range.clone()));
                }
            }
            let Some((region_end, stop)) = self.doubt_region(s, end) else {
                continue;
            };
            for at in self.proxy_keywords(s, region_end, sections) {
                let inside = |r: &Range<usize>| r.start <= at.start && at.end <= r.end + 1;
                // "Mandant Mandataire Date de procuration X Anne Y Paul
                // ...": a column heading right before the rows read.
                let heading = || {
                    self.proxies_read
                        .iter()
                        .filter(|r| r.start >= at.end)
                        .map(|r| r.start)
                        .min()
                        .is_some_and(|rows| proxies::rows_heading(text, at.start, rows))
                };
                if !self.proxies_read.iter().any(inside) && !heading() {
                    doubts.push((Doubt::Proxy, at));
                }
            }
            // "Membres suppléants avec voix délibérative : X, Y" inside the
            // present list, or "SUPPLEANTS PRESENTS SANS VOTE : X, Y" as
            // its label, none paired with the titular it replaces: the
            // lists may count a seat twice.
            // ("Présents titulaires ou suppléants ayant droit de vote :"
            // says who sits, in a seat each: no substitute listed there;
            // so does "MM. les délégués titulaires (DT) ou suppléants (DS)
            // :" opening the list.)
            let from =
                if self.lower[s.label_range.end..s.content.start].contains("titulaires ou suppl") {
                    s.content.start
                } else {
                    s.label_range.start
                };
            if s.label == Label::Present
                && a.substitutes.is_empty()
                && stop > s.content.start
                // ("Suppléants : /" names no one.)
                && text[s.content.start..stop].contains(char::is_alphabetic)
                && let Some(k) = self.lower[from..stop]
                    .match_indices("suppl")
                    .map(|(k, _)| k)
                    .find(|&k| !titulars_or_substitutes(&self.lower[from..from + k]))
            {
                let at = from + k;
                let to = text.floor_char_boundary((at + 5).min(text.len()));
                doubts.push((Doubt::Substitutes, at..to));
            }
            // "Nelly arrivée à 18H45.": an arrival or departure of someone
            // no list names.
            if stop < region_end {
                let rest = &text[stop..region_end];
                let moved =
                    lower_regex!(r"\b(?:arrivée?s?|arrive|départ|quitte|sortie?|partie?)\b");
                for m in moved.find_iter(&self.lower[stop..region_end]) {
                    let who = rest[..m.start()]
                        .split_whitespace()
                        .rfind(|w| !matches!(*w, "est" | "a" | "M." | "Mme"))
                        .unwrap_or("");
                    let who = who.trim_matches(|c: char| !c.is_alphabetic());
                    if who.chars().next().is_some_and(char::is_uppercase)
                        && who.chars().count() >= 3
                        && !known(&fold(who))
                    {
                        let at = stop + rest[..m.start()].rfind(who).unwrap_or(m.start());
                        doubts.push((Doubt::Movement, at..stop + m.end()));
                    }
                }
            }
            if matches!(s.label, Label::Present | Label::Absent(_))
                && stop < region_end
                && let Some(left) = names_left(text, stop..region_end, &known)
                    .or_else(|| cell_ends_on_a_name(text, stop..region_end, &known))
            {
                doubts.push((Doubt::Names, left));
            }
        }
        // A label read as a name ("PRESENTS PAR PROCURATION", "NOMBRE DE
        // CONSEILLERS EN EXERCICE"): the list it ended was misread.
        for p in listed_people(a) {
            if has_label_word(&p.family_name) {
                self.findings.push(Finding {
                    code: Code::UnreadableList,
                    severity: Severity::Warning,
                    message: format!(
                        "expected a member's name, found {:?}, with words of a label or a civility in it: the list around it was misread",
                        p.family_name
                    ),
                    span: Some(p.span),
                    deliberation: None,
                });
            }
        }
        // The attendance restated for an item is not read: one finding says so.
        if let Some(r) = restated_attendance(text, sections) {
            doubts.retain(|(d, at)| matches!(d, Doubt::Restated) || at.start < r);
        }
        for (doubt, at) in doubts.into_iter().take(8) {
            let line_start = text[..at.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[at.end..].find('\n').map_or(text.len(), |p| at.end + p);
            let mut from = text.floor_char_boundary(line_start.max(at.start.saturating_sub(40)));
            // Shown from a word's start, not from inside one ("atherine").
            if from > line_start && text[..from].ends_with(char::is_alphanumeric) {
                from = text[from..at.start]
                    .find(char::is_whitespace)
                    .map_or(at.start, |p| from + p + 1);
            }
            let to = text.floor_char_boundary(line_end.min(at.end + 60).max(at.end));
            let shown = self.clean(from..to);
            let (code, message) = match doubt {
                Doubt::Proxy => (
                    Code::UnreadableProxy,
                    format!(
                        "expected the proxy written in {shown:?} to be read, found none: the proxies may be incomplete"
                    ),
                ),
                Doubt::Names => (
                    Code::UnreadableList,
                    format!(
                        "expected the list to end, found {shown:?} after it that could not be read as people: the list may be incomplete"
                    ),
                ),
                Doubt::NoProxy => (
                    Code::UnreadableProxy,
                    format!(
                        "expected proxies after {shown:?}, found none that could be read: the proxies may be incomplete"
                    ),
                ),
                Doubt::Substitutes => (
                    Code::UnreadableList,
                    format!(
                        "expected each substitute in {shown:?} to be paired with the member it replaces, found none paired: the lists may count a seat twice"
                    ),
                ),
                Doubt::SecondBlock => (
                    Code::UnreadableList,
                    format!(
                        "expected one attendance block, found another present list at {shown:?} after the absent of the first: two sittings or two bodies may be read as one"
                    ),
                ),
                Doubt::Restated => (
                    Code::UnreadableList,
                    format!(
                        "expected one attendance block, found another for an item at {shown:?}: left out of the sitting's lists, which may miss an arrival or a departure"
                    ),
                ),
                Doubt::Movement => (
                    Code::UnreadableList,
                    format!(
                        "expected the arrival or departure in {shown:?} to be of a member the lists name, found none: the lists may be incomplete"
                    ),
                ),
            };
            self.finding(code, Severity::Warning, message, Some(at));
        }
    }

    /// Several counts of the members present in the head ("Nombre de
    /// présents : 18" for the first items, "... : 21" for the last) while
    /// the lists tie no one to items: someone arrived or left whom the
    /// lists do not say. A doubt, so that the validator does not hold the
    /// lists to the first count.
    pub(super) fn moving_counts(&mut self, stated: Option<u32>, head_end: usize, a: &Attendance) {
        let Some(first) = stated else { return };
        let ranged = a
            .present
            .iter()
            .any(|p| p.from_question.is_some() || p.until_question.is_some());
        if ranged {
            return;
        }
        let head = 0..head_end.min(self.text.len());
        let mut counts: Vec<u32> = header::present_counts(self.text, self.lower, head).collect();
        counts.dedup();
        if counts.len() < 2 || counts.iter().all(|&n| n == first) {
            return;
        }
        let listed: Vec<String> = counts.iter().map(u32::to_string).collect();
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            format!(
                "expected one count of the members present, found several ({}): members arrived or left whom the lists do not tie to items",
                listed.join(", ")
            ),
            None,
        );
    }

    /// Whether section `s`, its list left empty, names something in
    /// capitals after its label, no count nor "néant": a list the grammar
    /// could not read.
    fn names_unread(&self, s: &Section) -> bool {
        let text = self.text;
        if s.count.is_some() {
            return false;
        }
        let start = s.content.start;
        let end = text.floor_char_boundary(s.content.end.min(start + 120));
        let shown = text[start..end].trim();
        let first = fold(shown.split_whitespace().next().unwrap_or(""));
        let names_something = shown
            .split_whitespace()
            .take(8)
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && people::is_caps(w));
        names_something && !matches!(first.as_str(), "neant" | "aucun" | "aucune" | "les")
    }

    /// The second reading of a list the grammar read nothing of, or
    /// stopped inside while names go on after it (see
    /// [`people::loose_list`]): the names read loosely join `entries`, a
    /// warning says so; where the list now stops.
    fn list_loosely(&mut self, s: &Section, entries: &mut Vec<Entry>, stop: usize) -> usize {
        let text = self.text;
        let end = text.floor_char_boundary(s.content.end.min(s.content.start + 4000));
        let region_end = text.floor_char_boundary(end.min(stop + 400));
        let remnant = if entries.is_empty() {
            // The list left empty: names in capitals after the label, or
            // names left after where the list stopped ("• • Mme X
            // déléguée de Y"), not prose.
            if prose_after_empty_label(&text[s.content.clone()]).is_some()
                || !self.names_unread(s)
                    && (stop >= region_end
                        || names_left(text, stop..region_end, &|_| false).is_none())
            {
                return stop;
            }
            false
        } else {
            if stop >= region_end || rule_drawn_at(&text[stop..]) {
                return stop;
            }
            // (Each family name folded only when a word is asked about.)
            let known = |folded: &str| {
                entries.iter().any(|e| {
                    matches!(&e.mention, Mention::Name(n)
                        if with_fold(&text[n.family.clone()], |f| f == folded))
                })
            };
            if names_left(text, stop..region_end, &known).is_none() {
                return stop;
            }
            true
        };
        let from = if remnant { stop } else { s.content.start };
        let loose = people::loose_list(text, from..end.max(from), remnant);
        let known = families_read(text, entries);
        let before = entries.len();
        for (n, notes) in loose.names {
            if known.contains(&fold(&text[n.family.clone()])) {
                continue;
            }
            entries.push(Entry::named(n, notes));
        }
        let added = entries.len() - before;
        if added == 0 {
            return stop;
        }
        let shown: String = self.clean(from..loose.stop).chars().take(80).collect();
        let names = if added == 1 {
            "1 name".to_string()
        } else {
            format!("{added} names")
        };
        let label = self.clean(s.label_range.clone());
        let message = if remnant {
            format!(
                "expected the list after {label:?} to end, found more names after it: read loosely as {names} from {shown:?}, which may be misread"
            )
        } else {
            format!(
                "expected a list of members after {label:?}, found {shown:?} that the list grammar could not read: read loosely as {names}, which may be misread"
            )
        };
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            message,
            Some(from..loose.stop),
        );
        loose.stop.max(stop)
    }

    /// The last reading of a list neither the grammar nor the loose
    /// reading read anything of (see [`people::anchored_list`]): a table
    /// flattened, a run with no separators ("Amné Paul CORVANT Loué
    /// BERLIAC Anne"); only the names held by strong anchors join
    /// `entries`, and a warning says so. Where the list now stops.
    fn list_by_anchors(
        &mut self,
        sections: &[Section],
        s: &Section,
        entries: &mut Vec<Entry>,
        stop: usize,
    ) -> usize {
        let text = self.text;
        // (Not after a count: "Absent(s) excusé(s) : 1 Franck, X Anne", a
        // box of counts woven into another list.)
        // (Nor under a label right after another left empty: "Etaient
        // présents : Etaient absents et excusés : M. X, ... Mme Y, ...",
        // two columns flattened, whose names alternate.)
        let after_empty = sections.iter().any(|o| {
            matches!(o.label, Label::Present | Label::Absent(_))
                && o.label_range.start < s.label_range.start
                && text[o.content.start.min(s.label_range.start)..s.label_range.start]
                    .trim()
                    .is_empty()
        });
        if s.count.is_some()
            || after_empty
            || prose_after_empty_label(&text[s.content.clone()]).is_some()
        {
            return stop;
        }
        // The list read in part, names going on after where it stopped
        // ("M. X de Lorcy ; M. Y de ; Mme Z, M. W de Vaux ;"): read from
        // there, the names it read already left out.
        let remnant = !entries.is_empty();
        let from = if remnant { stop } else { s.content.start };
        let end = text.floor_char_boundary(s.content.end.min(s.content.start + 4000));
        if from >= end || remnant && rule_drawn_at(&text[stop..]) {
            return stop;
        }
        let read = people::anchored_list(text, from..end, remnant);
        let known = families_read(text, entries);
        let names: Vec<_> = read
            .names
            .into_iter()
            .filter(|(n, _)| !known.contains(&fold(&text[n.family.clone()])))
            .collect();
        if names.len() < people::MIN_ANCHORED {
            return stop;
        }
        let added = names.len();
        for (n, notes) in names {
            entries.push(Entry::named(n, notes));
        }
        let shown: String = self.clean(from..read.stop).chars().take(80).collect();
        let label = self.clean(s.label_range.clone());
        let message = if remnant {
            format!(
                "expected the list after {label:?} to end, found more names after where it stopped, {shown:?}, that neither the list grammar nor a loose reading could split: read by name anchors as {added} more names (a family name in capitals beside a known given name, or after a civility), the words between them passed; check it"
            )
        } else {
            format!(
                "expected a list of members after {label:?}, found {shown:?} that neither the list grammar nor a loose reading could split: read by name anchors as {added} names (a family name in capitals beside a known given name, or after a civility), the words between them passed; check it"
            )
        };
        self.anchored.push(message.clone());
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            message,
            Some(from..read.stop),
        );
        read.stop.max(stop)
    }

    /// No present list read: the members named after "présents" written
    /// with no label's colon in the head ("Administrateurs titulaires
    /// présents M. X, Mme Y, MM. Z, W", "ETAIENT PRESENTS\n- M. Paul X,
    /// Délégué"), read loosely (see [`people::loose_list`]), two names
    /// at least after each word; a warning says so.
    fn unlabelled_present(&mut self, head_end: usize, sections: &[Section]) -> Vec<Entry> {
        let text = self.text;
        let head = &self.lower[..self.text.floor_char_boundary(head_end.min(text.len()))];
        let mut entries: Vec<Entry> = Vec::new();
        let mut read: Vec<Range<usize>> = Vec::new();
        let words = head
            .match_indices("présent")
            .chain(head.match_indices("present"))
            .map(|(i, w)| (i, i + w.len()));
        let mut at: Vec<(usize, usize)> = words.collect();
        at.sort_unstable();
        for (start, end) in at {
            // "présents", "présentes", not "représentés" nor "présentation".
            let tail = head[end..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if !matches!(tail, "s" | "es" | "e" | "")
                || head[..start].ends_with(char::is_alphabetic)
                || read.iter().any(|r| r.contains(&start))
            {
                continue;
            }
            let from = end + tail.len();
            // A label's colon or a count after the word: a label the
            // sections read already.
            let after = text[from..].trim_start_matches([' ', '\t', '\n']);
            if after.starts_with([':', '(']) || after.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            // Up to the next label.
            let next_label = sections
                .iter()
                .map(|s| s.label_range.start)
                .filter(|&l| l > from)
                .min()
                .unwrap_or(head.len());
            let to = text.floor_char_boundary((from + 3000).min(head.len()).min(next_label));
            let loose = people::loose_list(text, from..to, false);
            if loose.names.len() < 2 {
                continue;
            }
            let label_start = text[..start]
                .rfind('\n')
                .map_or(0, |p| p + 1)
                .max(start.saturating_sub(40));
            let label = self.clean(text.floor_char_boundary(label_start)..from);
            let message = format!(
                "expected a present label, found the members named after {label:?} with no colon: read loosely as {} names, which may be misread",
                loose.names.len()
            );
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                message,
                Some(start..loose.stop),
            );
            read.push(start..loose.stop);
            for (n, notes) in loose.names {
                entries.push(Entry::named(n, notes));
            }
        }
        entries
    }

    /// A roll call with no label: names each followed by a status
    /// ("présente", "absent excusé", "procuration à Mme X Anne"), grouped
    /// under headings ("Pour la commune de Y :"). Read from the start of
    /// the sentence or line of the first name with a status; a roll call
    /// when three names or more are read, two thirds of them or more with
    /// a status. The names with none (one the text's end cut before its
    /// status) are left out: whether they sat is not written.
    fn roll_call(&mut self, head_end: usize) -> Vec<Entry> {
        let text = self.text;
        let head = &self.lower[..text.floor_char_boundary(head_end.min(text.len()))];
        let status = lower_regex!(
            r"[a-zé] (?:présente?s?|absente?s?|excusée?s?|procuration à|pouvoir à|représentée? par)[ ,.;\n]"
        );
        // (A status first after a name in capitals: "M. X Paul présent,".)
        let Some(first) = status.find_iter(head).find(|m| {
            let space = m.start() + m.as_str().find(' ').unwrap_or(0);
            let before = text[..space].trim_end();
            let word = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            people::is_capitalised(word) || people::is_caps(word)
        }) else {
            return Vec::new();
        };
        if status.find_iter(head).take(3).count() < 3 {
            return Vec::new();
        }
        // The start of the line or sentence holding the first name.
        let line = text[..first.start()].rfind('\n').map_or(0, |p| p + 1);
        let sentence = text[line..first.start()]
            .rfind(". ")
            .map_or(line, |p| line + p + 2);
        let (entries, stop) = people::list(text, sentence..head.len());
        let with_status = |e: &Entry| match &e.mention {
            Mention::Name(n) => {
                !e.notes.is_empty()
                    || with_fold(
                        text[n.whole.end..]
                            .trim_start()
                            .split([' ', ',', '.', ';', '\n'])
                            .next()
                            .unwrap_or(""),
                        |f| f.starts_with("present"),
                    )
            }
            Mention::Role(..) => false,
        };
        let read = entries.iter().filter(|e| with_status(e)).count();
        if entries.len() < 3 || read * 3 < entries.len() * 2 || stop <= first.start() {
            return Vec::new();
        }
        self.table_end = self.table_end.max(stop);
        entries.into_iter().filter(with_status).collect()
    }

    /// A list label followed by something that names people in capitals but
    /// could not be read as a list: say so rather than guess.
    pub(super) fn unreadable_list(&mut self, s: &Section) {
        let text = self.text;
        if !self.names_unread(s) {
            return;
        }
        let start = s.content.start;
        let end = text.floor_char_boundary(s.content.end.min(start + 120));
        let shown = text[start..end].trim();
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

    /// A note on a member that tells a presence no range says ("(absent de
    /// 23h01 à 23h10, délib. 56)"): said as a doubt, so that the member
    /// listed both present and absent is not reported as the text's error.
    fn unread_presence(&mut self, note: Range<usize>) {
        let told = lower_regex!(&format!(
            r"absente?|{MOVEMENT_WORDS}|\d{{1,2}}\s?h\s?\d{{0,2}}"
        ));
        if told.is_match(&self.lower[note.clone()]) {
            let shown = self.clean(note.clone());
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!("expected a presence the lists can say, found {shown:?}: when the member sat is not read"),
                Some(note),
            );
        }
    }

    pub(super) fn apply_condition(&self, presence: &mut Presence, c: &Condition) {
        presence.from_question = presence.from_question.or(c.from);
        presence.until_question = presence.until_question.or(c.until);
        if let Some(w) = &c.wording {
            presence.condition = Some(self.clean(w.clone()));
        }
    }

    /// A warning for what a list skipped before this entry: a member
    /// whose name could not be read is missing from the lists.
    fn skipped_entry(&mut self, e: &Entry) {
        if let Some(r) = e.skipped.clone() {
            let shown = self.clean(r.clone());
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!(
                    "expected a member's name, found {shown:?} that could not be read: it is left out of the lists, which may be incomplete"
                ),
                Some(r),
            );
        }
    }

    pub(super) fn absent_entry(
        &mut self,
        e: Entry,
        excused: Option<bool>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        self.skipped_entry(&e);
        let Mention::Name(name) = &e.mention else {
            return;
        };
        let person = self.person(name, e.group_civility);
        for (k, note) in e.notes.iter().enumerate() {
            match notes::note(self.text, note.clone()) {
                Note::ProxyTo(holder, c) => {
                    // "X pouvoir à Y (jusqu'au point 3)": a stretch in
                    // brackets after the holder is the proxy's; of a member
                    // also listed present, it is read below as the stretch
                    // of the absence, and the proxy lapses when the member
                    // sits.
                    let c = match e
                        .notes
                        .get(k + 1)
                        .map(|n| notes::note(self.text, n.clone()))
                    {
                        Some(Note::Presence(after))
                            if c == Condition::default()
                                && !a.present.iter().any(|p| p.person.same_as(&person)) =>
                        {
                            after
                        }
                        _ => c,
                    };
                    // "(pouvoir à M. X à partir de 10 H 50)" of a member also
                    // listed present: present until a time, not a question.
                    if let Some(w) = &c.wording
                        && c.from.is_none()
                        && c.until.is_none()
                        && let Some(p) = a
                            .present
                            .iter_mut()
                            .find(|p| p.condition.is_none() && p.person.same_as(&person))
                    {
                        p.condition = Some(squeeze(&self.text[w.clone()]));
                    }
                    proxies.push(ProxyLine {
                        grantor: e.mention.clone(),
                        holder,
                        condition: c,
                        range: name.whole.start..note.end,
                    });
                }
                // "MARTIN (pouvoir M. TRAX)" among the absent: the
                // member absent gave it.
                Note::Proxy(holder) => proxies.push(ProxyLine {
                    grantor: e.mention.clone(),
                    holder,
                    condition: Condition::default(),
                    range: name.whole.start..note.end,
                }),
                // "Absents excusés : X (suppléé par Y)": the substitute
                // sits, listed present or not.
                Note::SubstitutedBy(Mention::Name(s)) => {
                    let sits = self.substitution(a, &person, &s, name.whole.start..note.end);
                    if !a.present.iter().any(|p| p.person.same_as(&sits)) {
                        if let Some(f) = &mut self.present_families {
                            f.add(&sits);
                        }
                        a.present.push(Presence::new(sits));
                    }
                }
                // "ABSENTS ... X (de la délibération n° 15 à la n° 22)" of a
                // member also listed present: present for part of the
                // sitting only. A bare range the absence's ("Excusés : X (à
                // partir de la délibération n°16)": present until 15); any
                // other, which part the list does not say for sure, kept
                // as written.
                Note::Presence(c) => {
                    if let Some(k) = a
                        .present
                        .iter()
                        .position(|p| p.plain() && p.person.same_as(&person))
                    {
                        match notes::absence(self.text, note.clone()) {
                            Some(range) => {
                                let p = &mut a.present[k];
                                self.apply_condition(p, &range);
                                // Away for some items in the middle: back after them.
                                if let Some(back) = range.resumes {
                                    let again = Presence {
                                        from_question: Some(back),
                                        until_question: range.resumes_until,
                                        ..Presence::new(p.person.clone())
                                    };
                                    a.present.insert(k + 1, again);
                                }
                            }
                            None => {
                                a.present[k].condition = Some(squeeze(&self.text[note.clone()]));
                            }
                        }
                    } else if c.until.is_none() && tells_arrival(&self.lower[note.clone()]) {
                        // "Absents excusés : X (arrivée 19h30)": absent at
                        // the opening, sitting from the arrival on.
                        self.arrived_late.push(Presence {
                            from_question: c.from,
                            condition: c
                                .wording
                                .is_some()
                                .then(|| squeeze(&self.text[note.clone()])),
                            ..Presence::new(person.clone())
                        });
                    }
                }
                _ => {}
            }
        }
        // (Only where a member of that family name was read.)
        let family_read = self
            .absent_families
            .as_mut()
            .is_none_or(|f| f.may_hold(&person, a.absent.iter().map(|x| &x.person)));
        // "ABSENTS EXCUSÉS : Mmes LEGLEGET Florence ... Mme LEGLEGET Florence a
        // donné pouvoir à M. X": the same member named again.
        if person.given_name.is_some()
            && family_read
            && a.absent
                .iter()
                .any(|p| p.person.given_name.is_some() && p.person.same_as(&person))
        {
            return;
        }
        // "Absents excusés : MM X, Y. Monsieur X donne pouvoir à M. Z": a
        // family name alone named again as the grantor of a proxy, with the
        // same civility.
        let gives_proxy = e.notes.iter().any(|n| {
            matches!(
                notes::note(self.text, n.clone()),
                Note::ProxyTo(..) | Note::Proxy(..)
            )
        });
        if gives_proxy
            && person.given_name.is_none()
            && person.civility.is_some()
            && family_read
            && a.absent.iter().any(|p| {
                p.person.given_name.is_none()
                    && p.person.civility == person.civility
                    && p.person.same_as(&person)
            })
        {
            return;
        }
        if let Some(f) = &mut self.absent_families {
            f.add(&person);
        }
        a.absent.push(Absence { person, excused });
    }

    /// The list of a section; when nothing reads at its start and it opens
    /// on counts ("PRÉSENTS : 21 (de 20h00 à 23h00, délib. 32 à 55), 20 de
    /// 23h01 à 23h10\n\nMMES ET MM. X, Y"), the list after their paragraph;
    /// or on a lead-in of short lines, the list after them.
    fn list_past_counts(&self, content: Range<usize>) -> (Vec<Entry>, usize) {
        // "Excusés :\n\nLe Président, Paul X, et le Maire de Y accueillent
        // l'Assemblée": a label left empty, the paragraph after it prose
        // opening on an article and a function, not a list.
        if let Some(prose) = prose_after_empty_label(&self.text[content.clone()]) {
            return (Vec::new(), content.start + prose);
        }
        let (entries, stop) = people::list(self.text, content.clone());
        if !entries.is_empty() {
            return (entries, stop);
        }
        let written = &self.text[content.clone()];
        let opens_on_count = written
            .trim_start_matches([' ', ':'])
            .starts_with(|c: char| c.is_ascii_digit() || c == '(');
        if let Some(p) = written.find("\n\n").filter(|_| opens_on_count) {
            let (after, after_stop) = people::list(self.text, content.start + p..content.end);
            if !after.is_empty() {
                return (after, after_stop);
            }
        }
        // "ETAIENT PRESENTS\nA)\nles délégués titulaires dont les noms
        // suivent\nMairie de X\nGilles Y": a lead-in of short lines (an
        // outline's mark, the members introduced), then the list, one name
        // a line: read from the line after them when it is a run of two
        // people or more, each with a civility or a given name.
        let mut line = 0;
        for _ in 0..3 {
            let Some(n) = written[line..].find('\n') else {
                break;
            };
            let skipped = &written[line..line + n];
            if skipped.len() > 80 || skipped.contains(':') {
                break;
            }
            line += n + 1;
            if skipped.trim().is_empty() {
                continue;
            }
            let (after, after_stop) = people::list(self.text, content.start + line..content.end);
            if after.len() >= 2
                && after.iter().all(|e| {
                    matches!(&e.mention, Mention::Name(n) if n.civility.is_some() || n.given.is_some())
                })
            {
                return (after, after_stop);
            }
        }
        (entries, stop)
    }

    /// Where a list that stopped at `stop`, before `end`, stops once read
    /// on past what it could not read, `entries` extended: "..., Danielle
    /// X. Michèle Y - Daniel Z" (a stray full stop), "..., Gérard Y,
    /// Conseillers en fonction : 15 Jean-Marc, DANSAUT Didier, ..." (a box
    /// of counts woven into the list). The piece skipped is punctuation, a
    /// label and its count (a colon or a figure in it), one word or one
    /// whole line between names one a line (a heading), within
    /// eight words on its paragraph; the list after it a run of two people
    /// or more, each with a civility or a given name, read to `end` (the
    /// next label; figures, marks and three words may be left, or a short
    /// line naming no one), up to four pieces skipped. A piece with letters is the
    /// next entry's [`Entry::skipped`], so that a warning says a member may
    /// be missing; nothing is read on otherwise.
    fn list_resumed(&self, entries: &mut Vec<Entry>, stop: usize, end: usize) -> usize {
        let text = self.text;
        // Nothing left that names anyone: marks, the figures of a date
        // woven in from a margin ("CORDIER. 13/11/ 2020"), or its stamp's
        // words ("Affichée le"), three at most.
        // Or a line naming no one ("B) les délégués suppléants dont les
        // noms suivent\nC)": an empty sub-list's heading, the next one's
        // mark).
        let rest_is_empty = |from: usize| {
            let rest = text[from.min(end)..end].trim();
            let words = rest
                .split_whitespace()
                .filter(|w| w.contains(char::is_alphabetic));
            words.clone().take(4).count() <= 3
                || rest.len() <= 80
                    && !words.into_iter().any(|w| {
                        people::is_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    })
        };
        if entries.is_empty() || stop >= end || rest_is_empty(stop) {
            return stop;
        }
        let well_formed = |e: &Entry| {
            matches!(&e.mention, Mention::Name(n) if n.civility.is_some() || n.given.is_some())
                || e.group_civility.is_some()
        };
        // Or the rest of a margin's label whose first word the list read
        // into a name ("Chantal Nombre | de membres OLLIVIER, ...").
        let box_line_re = fold_regex!(
            r"^[\s,]*(?:(?:\p{Lu}[\p{L}'-]*\s+)?-\s+[\p{L}'. ]+:\s*\d+|(?:[Nn]ombre\s+)?de\s+(?:membres|conseillers|délégués))\s*$"
        );
        // Where the last entry read ends: a box's dash the list read as a
        // separator is looked at from there.
        let entry_end = |e: &Entry| match &e.mention {
            Mention::Name(n) => n.whole.end,
            Mention::Role(_, r) => r.end,
        };
        let mut more: Vec<Entry> = Vec::new();
        let mut at = stop;
        for _ in 0..4 {
            let rest = &text[at..end];
            // The word starts after `at`, on its paragraph.
            let para = rest.find("\n\n").unwrap_or(rest.len());
            let starts = rest[..para]
                .char_indices()
                .filter(|&(i, c)| {
                    c.is_alphabetic()
                        && (i == 0
                            || !rest[..i]
                                .ends_with(|p: char| p.is_alphanumeric() || p == '-' || p == '\''))
                })
                .map(|(i, _)| at + i)
                .take(8);
            let mut resumed = None;
            for p in starts {
                let piece = &text[at..p];
                let words = piece
                    .split_whitespace()
                    .filter(|w| w.contains(char::is_alphabetic))
                    .count();
                // "Nadia - ayant donné procuration : 3 ", "- absents : 0 ": a
                // side box's line, led by its dash, its count last, woven
                // into the list (after a given name whose family name
                // follows it, perhaps).
                let box_line = box_line_re.is_match(
                    &text[more.last().or(entries.last()).map_or(at, entry_end).min(at)..p],
                );
                // "- mandataire : M. X", "(pouvoir à Y)": a proxy's holder,
                // "suppléant : Z" a substitute's, no member of this list.
                let folded = fold(piece);
                if !box_line && proxies::mentions_proxy(&folded)
                    || ["mandat", "represent", "suppl", "remplac"]
                        .iter()
                        .any(|w| folded.contains(w))
                {
                    break;
                }
                // One whole line between names a line ("Syndicat
                // Intercommunal des Eaux du Haut-Val (SIEHV)"): a heading.
                let one_line = piece.trim_end_matches([' ', '\t']).ends_with('\n')
                    && piece.trim_start_matches([' ', '\t']).starts_with('\n')
                    && !piece.trim().contains('\n')
                    && piece.trim().len() <= 80;
                // A whole entry between two separators, three words at
                // most ("– Anne DE K/LORMET –", a slash in a name): the
                // list's next entry after it.
                // (One entry: no separator before its last, "Thierry –
                // X –" is a given name parted from its family name.)
                let trimmed = piece.trim_end();
                let inner = trimmed
                    .trim_matches([',', ';', '–', '—', '-', ' ', '\n', '\t'])
                    .trim();
                let whole_entry = words <= 3
                    && trimmed.len() <= 40
                    && (trimmed.ends_with([',', ';', '–', '—']) || trimmed.ends_with(" -"))
                    && !inner.contains([',', ';', '–', '—'])
                    && !inner.contains(" - ");
                let skippable = words == 0
                    || words == 1
                    || box_line
                    || whole_entry
                    || one_line
                    || piece.contains([':'])
                    || piece.contains(|c: char| c.is_ascii_digit());
                if !skippable {
                    continue;
                }
                let (mut read, read_stop) = people::list(text, p..end);
                // "..., Paul - présents : 12 VASSEUR, ...": a box's line
                // the list read past, a given name cut from its family
                // name before it.
                box_cut_given_names(text, &mut read);
                // (Its first name after a plural civility, "MM. Paul X":
                // the civility opens the entry.)
                let opens_at_p = |e: &Entry| {
                    let at = mention_start(&e.mention);
                    at == p
                        || e.group_civility.is_some()
                            && at > p
                            && people::civility(text[p..at].trim()).is_some()
                };
                // The family name the box cut from its given name: a bare
                // name first.
                let bare_first = box_line;
                // A bare family name right after a box's line is its cut
                // name's.
                let after_box = |i: usize| {
                    i > 0
                        && box_line_re.is_match(
                            &text[entry_end(&read[i - 1])
                                ..mention_start(&read[i].mention).max(entry_end(&read[i - 1]))],
                        )
                };
                if read.len() >= 2
                    && read.first().is_some_and(opens_at_p)
                    && read
                        .iter()
                        .enumerate()
                        .all(|(i, e)| well_formed(e) || i == 0 && bare_first || after_box(i))
                {
                    resumed = Some((p, read, read_stop));
                    break;
                }
            }
            let Some((p, mut read, read_stop)) = resumed else {
                break;
            };
            let piece = &text[at..p];
            let box_line = box_line_re
                .is_match(&text[more.last().or(entries.last()).map_or(at, entry_end).min(at)..p]);
            if piece.contains(char::is_alphabetic) && !box_line {
                let marks = |c: char| c.is_whitespace() || ",;.-–".contains(c);
                let from = at + piece.len() - piece.trim_start_matches(marks).len();
                // ("N. ," keeps its initial's dot.)
                let to = piece.trim_end_matches(|c: char| c != '.' && marks(c)).len();
                read[0].skipped = Some(from..at + to);
            }
            more.extend(read);
            at = read_stop;
            if rest_is_empty(at) {
                entries.extend(more);
                return at;
            }
        }
        stop
    }

    /// The proxies of the paragraph right after a list (`after` from where
    /// the list stopped), when it reads as proxies to its end and nothing
    /// else: "Madame X, absente ayant donné pouvoir à Y Mme Z, absente ...".
    fn unlabelled_proxies(&self, after: Range<usize>) -> Option<ProxiesAndNames> {
        let rest = self.text.get(after.clone())?;
        let lead = rest.len() - rest.trim_start_matches([' ', '.', ';', '\t']).len();
        let gap = &rest[lead..];
        // A new paragraph.
        let blank = gap.len() - gap.trim_start_matches(['\n', ' ', '\t']).len();
        if gap[..blank].matches('\n').count() < 2 {
            return None;
        }
        self.proxies_paragraph(after.start + lead + blank..after.end, false)
    }

    /// The proxies told one a paragraph in `within`, each paragraph opening
    /// with its holder's name: "Monsieur Paul X, Adjoint au Maire, indique
    /// qu'il a une procuration de Madame Anne Y, Conseillère Municipale,
    /// ..." (the grantor, then the holder).
    fn holders_told(&self, within: Range<usize>) -> Vec<(Person, Person)> {
        let held = lower_regex!(
            r"\b(?:a|avait|détient|a\s+reçu)\s+(?:une|la|sa)\s+(?:procuration|pouvoir)\s+de\s+"
        );
        let mut told = Vec::new();
        for m in held.find_iter(&self.lower[within.clone()]) {
            let at = within.start + m.start();
            let para_start = self.text[within.start..at]
                .rfind("\n\n")
                .map_or(within.start, |p| within.start + p + 2);
            let para_end = self.text[at..within.end]
                .find("\n\n")
                .map_or(within.end, |p| at + p);
            let holder = people::lone_name(self.text, para_start..at);
            let grantor = people::lone_name(self.text, within.start + m.end()..para_end);
            if let (Some(h), Some(g)) = (holder, grantor)
                && h.family != g.family
            {
                told.push((self.person(&g, None), self.person(&h, None)));
            }
        }
        told
    }

    /// The proxies of the paragraph starting `within`, when it reads as
    /// proxies to its end and nothing else.
    /// `represented`: "X, absent, représenté par Y" counts as a proxy's
    /// wording too.
    fn proxies_paragraph(
        &self,
        within: Range<usize>,
        represented: bool,
    ) -> Option<ProxiesAndNames> {
        let start = within.start;
        let para = self.text.get(within.clone())?;
        let end = start + para.find("\n\n").unwrap_or(para.len()).min(3000);
        let end = self.text.floor_char_boundary(end);
        let lower = &self.lower[start..end];
        let mentions = if represented {
            proxies::mentions_proxy_or_representation(lower)
        } else {
            proxies::mentions_proxy(lower)
        };
        if !mentions {
            return None;
        }
        let read = proxies::proxies_and_names(self.text, start..end, false);
        let last = read.lines.last()?.range.end;
        let rest_after = self.text[last..end].trim_matches(|c: char| c.is_whitespace() || c == '.');
        (read.unreadable.is_empty() && read.names.is_empty() && rest_after.is_empty())
            .then_some(read)
    }

    /// The grantor of a proxy the text's end cuts in its holder's name ("Mme
    /// Jacqueline X à M. Cl", "Ghislaine X donne pouvoir à Mire" as the last
    /// words of an excerpt): `text[r]` is the proxy left unread, at most one
    /// word after it, and its grantor one name before "à".
    /// "Présents : A, B, C, D, E. Ont donné procuration : B à A. Absents
    /// excusés : C, D.": a present list that names, for the whole sitting,
    /// two members or more whom the other lists give absent or
    /// represented is the roll of the members, not of those present; they
    /// are absent only, and a finding says the present list was read so.
    fn roll_of_members(&mut self, a: &mut Attendance, label: Option<Range<usize>>) {
        // The absent and the grantors for the whole sitting.
        let away = Away::of(&a.absent, &a.proxies, true);
        let listed_absent = |p: &Presence| p.plain() && away.lists(&p.person);
        // Each present member looked up once.
        let away_too: Vec<bool> = a.present.iter().map(listed_absent).collect();
        let both = away_too.iter().filter(|&&b| b).count();
        if both < 2 || both * 4 < a.absent.len().max(a.proxies.len()) {
            return;
        }
        let mut flags = away_too.into_iter();
        a.present.retain(|_| !flags.next().unwrap_or(false));
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            format!(
                "expected the members present to be listed apart from the absent, found {both} of them in both: the present list is read as the roll of the members, those listed absent or represented are absent only"
            ),
            label,
        );
    }

    /// The sections with the column of holders of a flattened table taken
    /// out, when there is one: "Étaient représentés Mme X Anne M. Y Paul"
    /// then, in this section or one after it (before the next table's
    /// present or represented members), "Par M. Z Luc Par Mme W Eve". The
    /// members represented and the holders are paired in order when they
    /// are as many (in `held_columns`); otherwise a finding says so and the
    /// members are read as the section reads them. The holders' cells are
    /// taken out of the list they fell into either way: a list ends before
    /// them (and before the cells of places between, which a civility does
    /// not open), or starts after them. `None` when no section changes.
    pub(super) fn holders_columns(
        &mut self,
        sections: &[Section],
        end: usize,
    ) -> Option<Vec<Section>> {
        let text = self.text;
        let mut cut: Vec<Section> = sections.to_vec();
        let mut changed = false;
        for k in 0..sections.len() {
            let s = &sections[k];
            if s.label != Label::Proxies
                || !fold(&text[s.label_range.clone()]).contains("represent")
            {
                continue;
            }
            let until = sections[k + 1..]
                .iter()
                .find(|o| matches!(o.label, Label::Present | Label::Proxies))
                .map_or(end, |o| o.label_range.start)
                .max(s.content.start);
            let Some((run, holders)) = proxies::holders_column(text, s.content.start..until) else {
                continue;
            };
            // The members represented: the section's names before the run.
            let (entries, _) = people::list(text, s.content.start..run.start.min(s.content.end));
            let grantors: Vec<&Name> = entries
                .iter()
                .filter_map(|e| match &e.mention {
                    Mention::Name(n) if n.civility.is_some() || e.group_civility.is_some() => {
                        Some(n)
                    }
                    _ => None,
                })
                .collect();
            if grantors.len() == entries.len() && grantors.len() == holders.len() {
                let lines = grantors
                    .iter()
                    .zip(&holders)
                    .map(|(g, h)| ProxyLine {
                        grantor: Mention::Name((*g).clone()),
                        holder: Mention::Name(h.clone()),
                        condition: Condition::default(),
                        range: g.whole.clone(),
                    })
                    .collect();
                self.held_columns.push((s.label_range.clone(), lines));
                self.proxies_read.push(run.clone());
            } else {
                let shown = self.clean(s.label_range.clone());
                self.finding(
                    Code::UnreadableProxy,
                    Severity::Warning,
                    format!(
                        "expected one holder (\"Par M. X\") for each of the {} members listed under {shown:?}, found {}: the holders are not paired",
                        entries.len(),
                        holders.len()
                    ),
                    Some(run.clone()),
                );
            }
            for o in cut.iter_mut().skip(k) {
                let c = o.content.clone();
                if run.start >= c.end || run.end <= c.start {
                    continue;
                }
                changed = true;
                o.content = if text[c.start..run.start].trim().is_empty() {
                    run.end.min(c.end)..c.end
                } else {
                    c.start..civility_paragraphs_end(text, c.start..run.start)
                };
            }
        }
        changed.then_some(cut)
    }

    /// "PRESENTS : EXCUSES : Mme A, M. B, M. C. M. D, Mme E.": two columns
    /// flattened, their headings first, side by side, then the first
    /// column's list, ended by a full stop, then the second's. A present
    /// or absent label with nothing after it, right before a label of the
    /// other kind whose section reads as a list to a full stop and then as
    /// another list of two names or more straight after it: the first list
    /// is the first label's, the second the second's. `None` when no
    /// section changes.
    pub(super) fn headings_side_by_side(&self, sections: &[Section]) -> Option<Vec<Section>> {
        let text = self.text;
        let list_label = |l: Label| matches!(l, Label::Present | Label::Absent(_));
        let mut cut: Option<Vec<Section>> = None;
        for k in 1..sections.len() {
            let (a, b) = (&sections[k - 1], &sections[k]);
            if !list_label(a.label)
                || !list_label(b.label)
                || (a.label == Label::Present) == (b.label == Label::Present)
                || a.count.is_some()
                || b.count.is_some()
                || !text[a.content.clone()]
                    .trim_matches([' ', '\n', '\t', ':'])
                    .is_empty()
            {
                continue;
            }
            // The lists read as one, a full stop between two of its
            // entries: where the first column ends.
            let (entries, _) = people::list(text, b.content.clone());
            let end_of = |e: &Entry| {
                let name_end = match &e.mention {
                    Mention::Name(n) => n.whole.end,
                    Mention::Role(_, r) => r.end,
                };
                e.notes
                    .iter()
                    .map(|r| r.end)
                    .chain(e.function.as_ref().map(|r| r.end))
                    .fold(name_end, usize::max)
            };
            let stops_before = |i: usize| {
                let gap = &text[end_of(&entries[i - 1])..mention_start(&entries[i].mention)];
                gap.trim() == "."
            };
            let stopped = (2..entries.len().saturating_sub(1)).find(|&i| stops_before(i));
            let Some(at) = stopped.or_else(|| self.proxies_cut(&entries)) else {
                continue;
            };
            let from = mention_start(&entries[at].mention);
            // The second column ends as the first did, at a full stop
            // (a title of the page may follow it: "M. Y. CONSEIL MUNICIPAL").
            let until = if stopped.is_some() {
                (at + 2..entries.len())
                    .find(|&i| stops_before(i))
                    .map_or(b.content.end, |i| mention_start(&entries[i].mention))
            } else {
                b.content.end
            };
            let cut = cut.get_or_insert_with(|| sections.to_vec());
            cut[k - 1].content = b.content.start..from;
            cut[k].content = from..until;
        }
        cut
    }

    /// Where the second column starts in two columns under headings side
    /// by side read as one list, no full stop between them ("Etaient
    /// présents : Excusés : A - B - C (Ville) D (procuration remise à A),
    /// E (procuration remise à C)"): at the first entry giving a proxy,
    /// when none before gives one and every proxy from there on goes to a
    /// member named before it (a proxy is held by a member present), two
    /// proxies or more.
    fn proxies_cut(&self, entries: &[Entry]) -> Option<usize> {
        let gives = |e: &Entry| {
            e.notes
                .iter()
                .find_map(|n| match notes::note(self.text, n.clone()) {
                    Note::ProxyTo(holder, _) | Note::Proxy(holder) => Some(holder),
                    _ => None,
                })
        };
        let key = |m: &Mention| match m {
            Mention::Name(n) => Some(self.person(n, None).key()),
            Mention::Role(..) => None,
        };
        let at = entries.iter().position(|e| gives(e).is_some())?;
        if at < 2 {
            return None;
        }
        let before: HashSet<String> = entries[..at]
            .iter()
            .filter_map(|e| key(&e.mention))
            .collect();
        let holders: Vec<Mention> = entries[at..].iter().filter_map(gives).collect();
        (holders.len() >= 2
            && holders
                .iter()
                .all(|h| key(h).is_some_and(|k| before.contains(&k))))
        .then_some(at)
    }

    /// A proxies' section whose names alternate, an absent member then
    /// the member present holding the proxy: two columns ("EXCUSES :
    /// POUVOIR A :") flattened row by row. Read so only when every second
    /// name is a member listed present and none of the others is, two
    /// rows or more; the last name alone, a grantor without holder.
    fn rows_of_grantor_and_holder(
        &self,
        s: &Section,
        a: &Attendance,
    ) -> Option<(Vec<proxies::ProxyLine>, Option<Person>)> {
        let (entries, _) = people::list(self.text, s.content.clone());
        let names: Vec<(&Name, Person)> = entries
            .iter()
            .map(|e| match &e.mention {
                Mention::Name(n) => Some((n, self.person(n, e.group_civility))),
                Mention::Role(..) => None,
            })
            .collect::<Option<_>>()?;
        if names.len() < 4 {
            return None;
        }
        let present = |p: &Person| a.present.iter().any(|x| x.person.same_as(p));
        let rows: Vec<_> = names.chunks_exact(2).collect();
        if !rows.iter().all(|r| !present(&r[0].1) && present(&r[1].1)) {
            return None;
        }
        let lines = rows
            .iter()
            .map(|r| proxies::ProxyLine {
                grantor: Mention::Name(r[0].0.clone()),
                holder: Mention::Name(r[1].0.clone()),
                condition: Default::default(),
                range: r[0].0.whole.start..r[1].0.whole.end,
            })
            .collect();
        let last = names.chunks_exact(2).remainder().first().map(|(_, p)| p);
        if last.is_some_and(present) {
            return None;
        }
        Some((lines, last.cloned()))
    }

    /// Proxies listed under `label` by their grantors only: the grantors
    /// are read absent, and this finding says the proxies are left out.
    fn holders_not_written(&mut self, label: Range<usize>) {
        let shown = self.clean(label.clone());
        self.finding(
            Code::UnreadableProxy,
            Severity::Warning,
            format!("expected the holders of the proxies under {shown:?}, found none written: the grantors are read absent, their proxies without holders"),
            Some(label),
        );
    }

    /// The person named in `r` when nothing else is written there but
    /// separators: a proxy's grantor listed without a holder.
    fn name_alone(&self, r: Range<usize>) -> Option<Person> {
        let name = people::lone_name(self.text, r.clone())?;
        let rest = &self.text[name.whole.end.min(r.end)..r.end];
        rest.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '.'))
            .then(|| self.person(&name, None))
    }

    fn grantor_cut_off(&self, r: Range<usize>) -> Option<Person> {
        if self.text[r.end..].split_whitespace().count() > 1 {
            return None;
        }
        let to = match self.lower[r.clone()].rfind(" à ") {
            Some(p) => r.start + p,
            None => self.proxy_words_cut(r.clone())?,
        };
        let before = lower_regex!(
            r"(?:,\s*)?(?:(?:a\s+)?donn[ée]\s+(?:pouvoir|procuration)|pouvoir|procuration)\s*$"
        );
        let to = before
            .find(&self.lower[r.start..to])
            .map_or(to, |m| r.start + m.start());
        let name = people::lone_name(self.text, r.start..to)?;
        let person = self.person(&name, None);
        (self.text[name.family.clone()]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            >= 2)
            .then_some(person)
    }

    /// Where the proxy's words start in `text[r]` when the text's end cuts
    /// them after the grantor's name: "Guillaume X à", "Mme Anne X a do",
    /// "M. Y a donné po" as its last words (the last word a proxy word or
    /// the start of one, the words before it whole).
    fn proxy_words_cut(&self, r: Range<usize>) -> Option<usize> {
        const WORDS: [&str; 9] = [
            "a",
            "à",
            "ayant",
            "donne",
            "donné",
            "donnant",
            "pouvoir",
            "procuration",
            "qui",
        ];
        if !self.text[r.end..].trim().is_empty() {
            return None;
        }
        let lower = &self.lower[r.clone()];
        let mut to = None;
        let mut last = true;
        for (at, w) in lower
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - lower.as_ptr() as usize, w))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let proxy_word = if last {
                WORDS.iter().any(|p| p.starts_with(w))
            } else {
                WORDS.contains(&w)
            };
            if !proxy_word {
                break;
            }
            last = false;
            to = Some(r.start + at);
        }
        to
    }

    /// Proxies written one a line after the lists, without a label, past a
    /// sentence of counts ("Le nombre de présents est de 23, ... dont 4
    /// procurations.\n\n-Monsieur X procuration à Madame Y\n\n-Madame Z
    /// procuration à ..."): within 600 bytes of where the last list stopped,
    /// before the next label, each line read whole as one proxy and nothing
    /// else. Lines already read are left out.
    fn proxy_lines_after_lists(
        &self,
        sections: &[Section],
        restated_from: Option<usize>,
        head_end: usize,
        read: &[ProxyLine],
    ) -> (Vec<ProxyLine>, Vec<(Range<usize>, Person)>) {
        let text = self.text;
        let mut cut = Vec::new();
        let lists = sections.iter().filter(|s| {
            matches!(s.label, Label::Present | Label::Absent(_))
                && restated_from.is_none_or(|r| s.label_range.start < r)
        });
        let stop = lists
            .filter_map(|s| self.section_stops.get(&(s.content.start, s.content.end)))
            .copied()
            .max();
        // No list read and no proxy: "X était absent, représenté par Y."
        // one a paragraph, in the first paragraphs of a summary that lists
        // no one (the label words inside those sentences read nothing);
        // each paragraph read as proxies to its end and nothing else.
        let no_lists = stop.is_none() && read.is_empty();
        let Some(stop) = stop.or(no_lists.then_some(0)) else {
            return (Vec::new(), cut);
        };
        // Where the first label (not a stop, nor the secretary's: "Secrétaire
        // de séance : Mme X\nMme Y donne procuration à Mme Z") at or after
        // `from` starts.
        let next_label = |from: usize| {
            sections
                .iter()
                .filter(|s| {
                    !matches!(s.label, Label::Stop | Label::Secretary)
                        && s.label_range.start >= from
                })
                .map(|s| s.label_range.start)
                .min()
                .unwrap_or(text.len())
        };
        let reach = if no_lists { 2000 } else { 600 };
        let end = text.floor_char_boundary(
            (stop + reach)
                .min(head_end)
                .min(next_label(stop))
                .min(text.len()),
        );
        let mut found: Vec<ProxyLine> = Vec::new();
        // "M. X a donné pouvoir à M. Y, M. Z a donné pouvoir à M. W.": a
        // paragraph of proxies and nothing else, before or after the lists.
        let mut offset = 0;
        for para in text[..end].split_inclusive("\n\n") {
            let r = offset..offset + para.trim_end().len();
            offset += para.len();
            if r.is_empty()
                || read
                    .iter()
                    .any(|p| p.range.start < r.end && r.start < p.range.end)
                || !no_lists
                    && sections
                        .iter()
                        .any(|s| s.label != Label::Stop && r.contains(&s.label_range.start))
            {
                continue;
            }
            let lower = &self.lower[r.clone()];
            // ("représenté par Y" when no list is read.)
            if !(lower.contains(" à ") || no_lists && lower.contains(" par ")) {
                continue;
            }
            if let Some(got) = self.proxies_paragraph(r.clone(), no_lists) {
                found.extend(got.lines);
            }
        }
        // "X, Y. formant la majorité. Madame Z a donné pouvoir à Madame W
        // Absents : ...": proxy sentences between a list and the next label,
        // as well as after the last list.
        let mut gaps: Vec<Range<usize>> = sections
            .iter()
            .filter(|s| {
                matches!(s.label, Label::Present | Label::Absent(_))
                    && restated_from.is_none_or(|r| s.label_range.start < r)
            })
            .filter_map(|s| {
                let from = *self.section_stops.get(&(s.content.start, s.content.end))?;
                let to = text.floor_char_boundary(
                    (from + 600)
                        .min(head_end)
                        .min(next_label(from))
                        .min(s.content.end),
                );
                (from < to && to <= stop).then_some(from..to)
            })
            .collect();
        gaps.push(stop.min(end)..end);
        let said: Vec<Range<usize>> = gaps.into_iter().flat_map(|g| sentences(text, g)).collect();
        let mut n = 0;
        while n < said.len() {
            let r = said[n].clone();
            n += 1;
            let lower = &self.lower[r.clone()];
            if !proxies::mentions_proxy(lower)
                || read
                    .iter()
                    .chain(&found)
                    .any(|p| p.range.start < r.end && r.start < p.range.end)
            {
                continue;
            }
            // "Madame X, empêchée, a donné pouvoir à Madame Anne\nY pour
            // voter en son nom.": a sentence run over line breaks, joined up
            // to its full stop (three lines at most), read first; else its
            // first line alone.
            let mut joined = r.clone();
            let mut k = n;
            while k < said.len()
                && k < n + 2
                && !text[joined.clone()].ends_with(['.', ';', ':'])
                && text[joined.end..said[k].start].trim_matches([' ', '\t']) == "\n"
            {
                joined.end = said[k].end;
                k += 1;
            }
            if k > n
                && text[joined.clone()].ends_with('.')
                && let Some((lines, cut_off)) = self.proxy_sentence(joined)
            {
                found.extend(lines);
                cut.extend(cut_off);
                n = k;
            } else if let Some((lines, cut_off)) = self.proxy_sentence(r) {
                found.extend(lines);
                cut.extend(cut_off);
            }
        }
        (found, cut)
    }

    /// The proxies of sentence `r` when it reads as proxies to its end and
    /// nothing else: past a lead-in in the passive ("Pouvoirs ont été
    /// donnés par X à Y, ..."), a last proxy cut in its holder's name by the
    /// text's end kept with its grantor, and one proxy's purpose after its
    /// holder ("... à Mme Y pour voter en son nom au cours de la séance").
    #[allow(clippy::type_complexity)]
    fn proxy_sentence(
        &self,
        r: Range<usize>,
    ) -> Option<(Vec<ProxyLine>, Option<(Range<usize>, Person)>)> {
        let text = self.text;
        let from = proxies::lead_in_passive(text, r.clone()).unwrap_or(r.start);
        let got = proxies::proxies_and_names(text, from..r.end, false);
        let (first, last) = (got.lines.first()?, got.lines.last()?);
        let before = text[from..first.range.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '•' | '*'));
        // "..., Mme X à Mme Y, M. Z à M.BR" as the text's last words: the
        // last proxy cut in its holder's name, its grantor kept.
        let cut_off = match got.unreadable.as_slice() {
            [u] if u.start >= last.range.end => self.grantor_cut_off(u.clone()).map(|g| (u, g)),
            _ => None,
        };
        let last_end = cut_off.as_ref().map_or(last.range.end, |(u, _)| u.end);
        let after = text[last_end..r.end]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ','));
        let purpose = got.lines.len() == 1
            && cut_off.is_none()
            && got.unreadable.is_empty()
            && lower_regex!(r"^\s*(?:pour|afin\s+de)\s+(?:le\s+|la\s+|les\s+|l'|l’)?\w+er\b")
                .is_match(&self.lower[last_end..r.end]);
        ((got.unreadable.is_empty() || cut_off.is_some())
            && got.names.is_empty()
            && before.is_empty()
            && (after.is_empty() || purpose))
            .then(|| (got.lines, cut_off.map(|(u, g)| (u.clone(), g))))
    }

    /// The proxies and names of an absent section that writes proxies as
    /// sentences ("X donne pouvoir à Y", "X, conseillère, pouvoir donné à
    /// Y"), when they read more people than the list (`listed`).
    /// "Gérard X, suppléé par Dany Y" read among proxies: X absent, Y sits
    /// in X's place.
    fn seat_substitutes(
        &mut self,
        substituted: Vec<proxies::Substitution>,
        excused: Option<bool>,
        a: &mut Attendance,
    ) {
        for r in substituted {
            if let (Mention::Name(member), Mention::Name(by)) = (&r.member, &r.by) {
                // A representation read: no proxy left unread there.
                self.proxies_read.push(r.range.clone());
                let person = self.person(member, None);
                let sits = self.substitution(a, &person, by, r.range.clone());
                if !a.present.iter().any(|p| p.person.same_as(&sits)) {
                    a.present.push(Presence::new(sits));
                }
                if !a.absent.iter().any(|p| p.person.same_as(&person)) {
                    a.absent.push(Absence { person, excused });
                }
            }
        }
    }

    fn absent_with_proxies(
        &self,
        content: Range<usize>,
        listed: usize,
        (noted, unproxied_notes): (usize, usize),
    ) -> Option<ProxiesAndNames> {
        // A list is read in its first few lines, not to the end of a text
        // whose section runs on.
        let end = self
            .text
            .floor_char_boundary(content.end.min(content.start + 3000));
        let lower = &self.lower[content.start..end];
        if !proxies::mentions_proxy_or_representation(lower) {
            return None;
        }
        let read = proxies::proxies_and_names(self.text, content.start..end, false);
        let grantors: usize = read.lines.len();
        let read_in_all = grantors + read.substituted.len() + read.names.len();
        // (As many read, and a proxy read with the stretch it covers, "X
        // pouvoir à Y (jusqu'au point 3)", which the list's entries leave
        // out: the proxies' reading too.)
        let ranged = read
            .lines
            .iter()
            .any(|l| l.condition != Condition::default());
        // As many read, but entries whose notes give no proxy where the
        // proxies' reading finds one ("X, excusé, quitte la séance à 21h00,
        // après avoir donné pouvoir à Y": the entry's note ends at the
        // first comma): the proxies' reading, unless the text's end cuts
        // the last holder's name (that proxy is the cut reading's).
        let more_proxies = grantors > noted
            && grantors - noted <= unproxied_notes
            && read
                .lines
                .iter()
                .all(|l| !self.text[l.range.end..].trim().is_empty());
        (grantors > 0
            && (read_in_all > listed || read_in_all == listed && (ranged || more_proxies)))
            .then_some(read)
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

    /// The members a sentence says excused, its subject before the verb:
    /// "M. Michel X, Maire de Y, s'est fait excuser.", "MM. A et B se sont
    /// fait excuser" (the apostrophe lost too: "s est fait excuser"). The
    /// subject is read from the first civility before the verb whose list
    /// reads whole up to it; what a list or a proxy left unread there is
    /// read so, and its finding dropped.
    fn excused_by_sentence(
        &mut self,
        within: Range<usize>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        // ("M. Paul X s'est excusé.": the verb alone, so too.)
        let verb = lower_regex!(
            r"\bs(?:'|’|\s)\s?est\s+faite?\s+excuser\b|\bse\s+sont\s+fait(?:e|es|s)?\s+excuser\b|\bs(?:'|’|\s)\s?(?:est|[ée]tait)\s+excus[ée]e?\b|\bse\s+sont\s+excus[ée]e?s\b"
        );
        // The pattern tried only where "excuser" is written (a memmem
        // search): run over a whole head, its word boundaries in Unicode
        // cost a seed's parse 4% of its instructions.
        let lower = self.lower;
        let told: Vec<Range<usize>> =
            memchr::memmem::find_iter(&lower.as_bytes()[within.clone()], b"excus")
                .filter_map(|p| {
                    let word = within.start + p;
                    let end = word + "excus".len();
                    let from = lower.floor_char_boundary(end.saturating_sub(48).max(within.start));
                    let hay = &lower[..lower.ceil_char_boundary((end + 8).min(within.end))];
                    let mut at = from;
                    while let Some(m) = verb.find_at(hay, at) {
                        if m.start() < word && m.end() > word {
                            return Some(m.range());
                        }
                        at = m.end().max(at + 1);
                        at = lower.ceil_char_boundary(at);
                        if at >= end {
                            break;
                        }
                    }
                    None
                })
                .collect();
        for at in told {
            let text = self.text;
            let from = text.floor_char_boundary(at.start.saturating_sub(160));
            // The civilities before the verb, each a word of its own.
            let mut starts = Vec::new();
            let mut word_start = None;
            for (i, c) in text[from..at.start].char_indices() {
                if c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(') {
                    if let Some(w) = word_start.take()
                        && people::civility(&text[from + w..from + i]).is_some()
                    {
                        starts.push(from + w);
                    }
                } else if word_start.is_none() {
                    word_start = Some(i);
                }
            }
            let read = starts.into_iter().find_map(|start| {
                let (entries, stop) = people::list(text, start..at.start);
                let rest = &text[stop.min(at.start)..at.start];
                (!entries.is_empty()
                    && rest
                        .trim_matches(|c: char| c.is_whitespace() || c == ',')
                        .is_empty()
                    && entries
                        .iter()
                        .all(|e| matches!(e.mention, Mention::Name(_))))
                .then_some((start, entries))
            });
            let Some((start, entries)) = read else {
                continue;
            };
            for e in entries {
                let Mention::Name(n) = &e.mention else {
                    continue;
                };
                let person = self.person(n, e.group_civility);
                if a.absent.iter().any(|x| x.person.same_as(&person)) {
                    continue;
                }
                self.absent_entry(e, Some(true), a, proxies);
            }
            let told = self.span(start..at.end);
            self.findings.retain(|f| {
                !(matches!(f.code, Code::UnreadableProxy | Code::UnreadableList)
                    && f.span
                        .is_some_and(|s| s.start >= told.start && s.end <= told.end + 1))
            });
        }
    }

    /// Where a name read as three words or more ends when its first two
    /// are a family name and a given name of the lexicon ("TRAX Jean
    /// DÉCISIONS": the family name came first, so the name is whole) and
    /// the third is neither a particle nor a given name, the line running
    /// on after the name with a word: the end of the second word. (Given
    /// name first, a third word may be a second family name: "Anne
    /// VIDAL ROCHE".)
    fn name_run_on(&self, n: &Name) -> Option<usize> {
        use crate::grammar::given_names::is_given_name;
        let after = self.text[n.whole.end..].trim_start_matches([' ', '\t']);
        if !after.starts_with(char::is_alphanumeric) {
            return None;
        }
        let start = n
            .given
            .as_ref()
            .map_or(n.family.start, |g| g.start.min(n.family.start));
        let mut words = self.text[start..n.whole.end]
            .split_whitespace()
            .map(|w| (w, w.as_ptr() as usize - self.text.as_ptr() as usize));
        let (w1, _) = words.next()?;
        let (w2, at2) = words.next()?;
        let (w3, _) = words.next()?;
        let plain = |w: &str| !people::is_particle(w) && !people::is_capital_particle(w);
        (!is_given_name(w1)
            && is_given_name(w2)
            && plain(w1)
            && plain(w2)
            && plain(w3)
            && !is_given_name(w3))
        .then_some(at2 + w2.len())
    }

    /// The secretary in `run`, a name and the speaker who opens the debate
    /// run into one before the speaker's colon ("SECRÉTAIRE DE SÉANCE : Mme
    /// X Gaëlle Pascal Y : Mesdames ..."): the name before the speaker's
    /// last one or two words, named with its civility, when those words
    /// are a name too and have none.
    fn secretary_before_speaker(&self, run: Range<usize>) -> Option<Name> {
        let text = self.text;
        let starts: Vec<usize> = text[run.clone()]
            .char_indices()
            .filter(|&(i, c)| {
                !c.is_whitespace()
                    && (i == 0 || text[run.start..run.start + i].ends_with(char::is_whitespace))
            })
            .map(|(i, _)| run.start + i)
            .collect();
        // The speaker as "Prénom NOM" first, then a family name alone.
        [2, 1].into_iter().find_map(|speaker_words| {
            // (At least two words before: a civility and a name.)
            let k = starts
                .len()
                .checked_sub(speaker_words)
                .filter(|&k| k >= 2)?;
            let cut = starts[k];
            let secretary = people::lone_name(text, run.start..cut)?;
            let speaker = people::lone_name(text, cut..run.end)?;
            (secretary.civility.is_some()
                && speaker.civility.is_none()
                && speaker.whole.end == run.end
                && text[secretary.whole.end..cut].trim().is_empty())
            .then_some(secretary)
        })
    }

    /// "Mme X a été élue secrétaire", "M. X est désigné secrétaire de
    /// séance", "Mme X a été désignée à l'unanimité par le Conseil pour
    /// remplir les fonctions de secrétaire de séance", "Mme X étant secrétaire de séance", "Mme X se propose d'être secrétaire de séance", "le Président désigne avec son accord Paul X secrétaire de
    /// séance", "que Madame X sera Secrétaire de séance", "le secrétariat de
    /// la séance est assuré par Mme X".
    pub(super) fn secretary_sentence(&self, within: Range<usize>) -> Option<Person> {
        let text = self.text;
        let re = fold_regex!(
            r"(?i)(?:se propose|se porte volontaire|accepte|est volontaire)\s+(?:[a-zà-ÿ]+\s+){0,4}?(?:pour\s+)?(?:d['’]\s*)?(?:être|assurer|remplir)\s+(?:les fonctions de\s+|la fonction de\s+|le\s+|la\s+)?secr[ée]taire|(?:a été|est|sera|ont été|fut|été|étant)\s+(?:(?:élue?|nommée?|désignée?|choisie?|déclarée?)(?:\(e\))?\s+(?:à\s+l['’]unanimité\s+)?(?:par\s+(?:le|la|l['’])\s*[^.;,\n]{0,40}?\s+)?(?:comme\s+|en qualité de\s+|en tant que\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+|pour\s+)?)?(?:secr[ée]taire)|(?:d[ée]sign(?:er|e|é)|nomm(?:er|e|é)|[ée]lire|a\s+[ée]lu)\s+(?:(?:à l['’]unanimité|avec (?:son|leur) accord)\s+)?(?:M\.|Mme|Monsieur|Madame|(?-i:[A-Z]\.\s*[A-Z]{2,})|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}))|(?:comme|en qualité de|en tant que|fonctions de)\s+secr[ée]taire|,\s+(?:désignée?|nommée?|élue?)(?:\(e\))?\s+secr[ée]taire|assurer?\s+le\s+secr[ée]tariat|(?:choisi|désigné|nommé|élu|pris)\s+pour\s+secr[ée]taire|,\s+secr[ée]taire de s[ée]ance|(?:a été|est|ont été|sont)\s+(?:élue?s?|nommée?s?|désignée?s?)\s+pour\s+remplir\s+(?:ces|cette|les)\s+fonctions?|secr[ée]taire de s[ée]ance\s+(?:(?:sera|est)\s+)?(?:M\.|Mme|Monsieur|Madame|M(?-u:\b))|secr[ée]tariat(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s+(?:est|a été|sera)\s+(?:réalisé|assuré|tenu|effectué)\s+par\s*:?\s+(?:M\.|Mme|Monsieur|Madame)"
        );
        for m in re.find_iter(&text[within.clone()]) {
            let at = within.start + m.start();
            let line = fold(&text[text.floor_char_boundary(at.saturating_sub(40))..at]);
            if line.contains("auxiliaire") {
                continue;
            }
            // "... les fonctions de secrétaire-adjoint": not the secretary.
            let after = fold(
                &text[at + m.len()..text.floor_char_boundary((at + m.len() + 12).min(text.len()))],
            );
            if after.starts_with("-adjoint")
                || after.starts_with(" adjoint")
                || after.starts_with(" auxiliaire")
            {
                continue;
            }
            // The name is the last one before the verb, or the first after "désigner".
            // A blank line ends a sentence too (a list above a heading).
            // (Not at a civility's full stop: "la désignation de M. X comme
            // secrétaire de séance"; nor at an initial's after a family
            // name in capitals: "Mme X N. a été élue secrétaire".)
            let floor = text.floor_char_boundary(at.saturating_sub(400));
            let initial_after_caps = |p: usize| {
                let before = &text[floor..floor + p];
                let initial = letters_before(before, p);
                initial.chars().count() == 1
                    && initial.chars().all(char::is_uppercase)
                    && before[..p - initial.len()]
                        .strip_suffix(' ')
                        .map(|b| letters_before(b, b.len()))
                        .is_some_and(|w| w.chars().count() >= 2 && people::is_caps(w))
            };
            let sentence_start = text[floor..at]
                .match_indices(['.', ';'])
                .rev()
                .find(|&(p, c)| {
                    c == ";"
                        || people::civility(letters_before(&text[floor..at], p)).is_none()
                            && !initial_after_caps(p)
                })
                .map_or(0, |(p, _)| floor + p + 1)
                .max(text[..at].rfind("\n\n").map_or(0, |p| p + 2))
                .max(at.saturating_sub(400));
            let sentence_start = text.ceil_char_boundary(sentence_start);
            let matched = fold(m.as_str());
            // "procédé à l'élection du secrétaire ..., M. X ayant obtenu la
            // majorité des suffrages a été désigné pour remplir ces
            // fonctions": the secretary named earlier in the sentence.
            // ("En conformité avec l'article L 2121-15 du code ..., MM. X
            // et Y ont été désignés pour remplir les fonctions de S": the
            // article of the code on the secretary of the sitting, the
            // office's word cut.)
            if !matched.contains("secretaire") && matched.contains("remplir") {
                let before = fold(&text[text.floor_char_boundary(at.saturating_sub(300))..at]);
                let after = fold(
                    &text[at + m.len()
                        ..text.floor_char_boundary((at + m.len() + 20).min(text.len()))],
                );
                // The office's word after "les fonctions de": the
                // secretary's ("secrétaires", or cut: "S"), or another
                // ("délégué").
                let office = after
                    .trim_start()
                    .strip_prefix("de ")
                    .and_then(|r| r.trim_start().split(|c: char| !c.is_alphabetic()).next())
                    .filter(|w| !w.is_empty());
                let secretary =
                    |w: &str| "secretaire".starts_with(w) || w.starts_with("secretaire");
                let named = office.is_some_and(|w| w.len() > 3 && secretary(w));
                if office.is_some_and(|w| !secretary(w))
                    || !(named || before.contains("secretaire") || before.contains("2121-15"))
                {
                    continue;
                }
            }
            // "MM. X et Y ont été désignés": the first named.
            let first_of_several = matched.starts_with("ont ete") || matched.starts_with("sont");
            // "propose de choisir comme secrétaire de séance Madame X": the
            // name after, from its civility.
            // ("Le Conseil a choisi pour secrétaire M. X": the same after
            // the verb in the active voice.)
            let civility_after = (matched.starts_with("comme")
                || matched.starts_with("en qualite")
                || matched.starts_with("en tant que")
                || matched.ends_with(" pour secretaire")
                    && ["choisi ", "designe ", "nomme ", "elu ", "pris "]
                        .iter()
                        .any(|w| matched.starts_with(w)))
            .then(|| {
                let rest = &text[at + m.len()..];
                // ("a choisi comme secrétaire de séance Sophie X": a given
                // name and a family name in capitals, no civility.)
                let lead = fold_regex!(
                    r"(?i)^\s+(?:de\s+(?:la\s+)?séance\s*:?\s+)?(?:(?:M\.|Mme|Monsieur|Madame)\s|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}))"
                )
                .find(rest)?;
                let matched = &rest[..lead.end()];
                let civility = at + m.len() + matched.trim_end().rfind(' ')? + 1;
                let civility = if matched.ends_with(char::is_whitespace) {
                    civility
                } else {
                    // (The given name's start: the word before the capitals.)
                    let given = matched[..matched.trim_end().rfind(' ')?].trim_end();
                    at + m.len() + given.rfind(char::is_whitespace)? + 1
                };
                Some(civility)
            })
            .flatten();
            let (from, to) = if let Some(civility) = civility_after {
                (
                    civility,
                    text.floor_char_boundary((civility + 80).min(text.len())),
                )
            } else if matched.starts_with("secretaire de seance") {
                // "le secrétaire de séance sera Monsieur Bruno X": the name
                // after, from its civility.
                let civility = at + m.as_str().rfind(' ').map_or(0, |p| p + 1);
                (
                    civility,
                    text.floor_char_boundary((civility + 80).min(text.len())),
                )
            } else if matched.starts_with(',')
                && let Some(c) = fold_regex!(r"(?i)^\s+(?:M\.|Mme|Monsieur|Madame|M(?-u:\b))")
                    .find(&text[at + m.len()..])
            {
                // "X président, secrétaire de séance M Paul Y": the
                // secretary after the office, not the apposition's subject.
                let civility = at + m.len() + c.end() - c.as_str().trim_start().len();
                (
                    civility,
                    text.floor_char_boundary((civility + 80).min(text.len())),
                )
            } else if matched.starts_with("secretariat") {
                // "Le secrétariat de la séance est réalisé par Mme X": the
                // name after "par".
                let s = at + m.as_str().rfind(" par ").map_or(0, |p| p + 5);
                (s, text.floor_char_boundary((s + 120).min(text.len())))
            } else if matched.starts_with("design")
                || matched.starts_with("nomm")
                || matched.starts_with("elire")
                || regex!(r"^a\s+elu").is_match(&matched)
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
                if let Some(secretary) = folded.find("secretaire") {
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
                } else {
                    // "1 - Désignation du Secrétaire de séance ... nomme un
                    // de ses membres pour remplir les fonctions de
                    // Secrétaire. Décision : Il est proposé de nommer Mme
                    // X.": the designation the paragraph is about, when
                    // nothing after the name gives it another office.
                    let paragraph = text[..at]
                        .rfind("\n\n")
                        .map_or(0, |p| p + 2)
                        .max(at.saturating_sub(500));
                    let about = fold(&text[text.ceil_char_boundary(paragraph)..at]);
                    let office = regex!(
                        r"delegu|represent|titulaire|suppleant|referent|correspondant|membre|president|adjoint|commission|comite|conseil d"
                    );
                    // (In the sentence, past the civility's full stop; not
                    // in what a comma sets after the name, who the member
                    // is: "nommer M. X, titulaire de Y".)
                    let sentence = folded
                        .get(4..)
                        .and_then(|r| r.find(". "))
                        .map_or(folded.as_str(), |p| &folded[..p + 4]);
                    let sentence = people::lone_name(text, s..s + window.len())
                        .filter(|n| text[n.whole.end..].starts_with(','))
                        .and_then(|n| sentence.get(..fold(&text[s..n.whole.end]).len()))
                        .unwrap_or(sentence);
                    // (From the last designation told: "2 - Désignation
                    // d'un délégué ... il est proposé de nommer Mme Y" is
                    // another's.)
                    let told = regex!(r"designation|nomination|election")
                        .find_iter(&about)
                        .last()
                        .map_or(0, |m| m.start());
                    let secretary = regex!(
                        r"(?:designation|nomination|election) (?:du|d.un) secretaire|secretaire de (?:la )?seance|fonctions de secretaire"
                    );
                    // ("1 - Désignation du Secrétaire de séance\n\nLes
                    // articles ...\n\nDécision :\n\nIl est proposé de nommer
                    // Mme X.": the paragraphs of the item, back to its title
                    // designating the secretary, when the sentence's own
                    // paragraph does not say what is designated.)
                    let titled = || {
                        let back = fold(&text[text.ceil_char_boundary(at.saturating_sub(500))..at]);
                        let from = regex!(r"designation|nomination|election")
                            .find_iter(&back)
                            .last()
                            .map_or(back.len(), |m| m.start());
                        regex!(r"^(?:designation|nomination|election) (?:du|d.un) secretaire")
                            .is_match(&back[from..])
                    };
                    if !(secretary.is_match(&about[told..]) || told == 0 && titled())
                        || office.is_match(sentence)
                    {
                        continue;
                    }
                }
                (s, text.floor_char_boundary((s + 120).min(text.len())))
            } else if m.as_str().starts_with(char::is_uppercase)
                // (Not a sentence written in capitals: "MME X A ÉTÉ
                // NOMMÉE SECRÉTAIRE" names her before the verb.)
                && m.as_str().contains(char::is_lowercase)
                && text[..at].trim_end().ends_with(|c: char| c.is_alphabetic())
            {
                // "..., Mr X Est nommé secrétaire, Mr Y": a
                // sentence opening on its verb, its full stop lost after a
                // list; the name after it.
                // (Not past a blank line: "A été nommé secrétaire : Paul\n\n1
                // OBJET : ..." names no one the next paragraph opens on.)
                let s = at + m.len();
                let to = text.floor_char_boundary((s + 80).min(text.len()));
                (s, text[s..to].find("\n\n").map_or(to, |p| s + p))
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
            // "Etaient excusés : / Monsieur Paul Durand est nommé
            // secrétaire" after a list with family names in capitals: the
            // subject right before the verb, with its civility, whatever
            // the list's style.
            if from == sentence_start && !first_of_several {
                let subject = (0..tokens.len()).rev().find_map(|i| {
                    match people::name_at(text, &tokens, i, mixed) {
                        Some((Mention::Name(n), _))
                            if n.civility.is_some() && text[n.whole.end..at].trim().is_empty() =>
                        {
                            Some(n)
                        }
                        _ => None,
                    }
                });
                if let Some(n) = subject {
                    return Some(self.person(&n, None));
                }
            }
            for style in [guessed, mixed] {
                let mut best = None;
                let mut i = 0;
                while i < tokens.len() {
                    if let Some((Mention::Name(n), next)) = people::name_at(text, &tokens, i, style)
                    {
                        best = Some(n);
                        if from != sentence_start || first_of_several {
                            break;
                        }
                        i = next;
                    } else {
                        i += 1;
                    }
                }
                // "l'un des membres du Conseil qui remplira les fonctions de
                // secrétaire": a body, not a person.
                // ("le Conseil Municipal a désigné": no name either.)
                let body = |n: &Name| {
                    let whole = fold(&text[n.whole.clone()]);
                    n.civility.is_none() && whole.split([' ', '-']).any(|w| BODY_NOUNS.contains(&w))
                };
                if let Some(n) = best.filter(|n| !body(n)) {
                    return Some(self.person(&n, None));
                }
            }
        }
        // "désignation d'un secrétaire ... M. X ayant recueilli ..., il a été désigné",
        // "il convient de nommer un secrétaire de séance ; Mme X est désignée",
        // "Désignation d'un secrétaire de séance (article L.2121-15 du CGCT) :
        // Mme X a été désignée".
        // At most 120 characters to the full stop, 200 before "désigné"
        // (checked on the match, see `captures_where`).
        // "procédé à la nomination d'un secrétaire. X a accepté de remplir
        // cette fonction.", "... l'élection d'un secrétaire. Mr X accepte de
        // remplir cette fonction."
        let re2 = fold_regex!(
            r"(?i)(?:secrétaire de séance|(?:nomination|désignation|élection) d['’]un secrétaire)\s*(?:\([^)]{0,120}\))?([^.:;]*)[.:;]\s*((?:M\.\s|[^.])*?)(?:désignée?|a accepté|accepte)"
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

    /// The records of an attendance table's rows. Whether rows were left
    /// out for a mark whose column was lost: then the holders of the
    /// proxies read are the only members known present but the president.
    fn table_rows(
        &mut self,
        rows: Vec<Row>,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) -> bool {
        let mut marked: Option<Range<usize>> = None;
        let mut nameless: Vec<Range<usize>> = Vec::new();
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
                    // Represented until a question, then sitting.
                    if let (None, Some(u)) = (condition.from, condition.until) {
                        let mut presence = Presence::new(person.clone());
                        presence.from_question = Some(u + 1);
                        a.present.push(presence);
                    }
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
                Seat::Marked => marked = Some(row.member.whole.clone()),
                Seat::Nameless => nameless.push(row.member.whole.clone()),
                Seat::CutOff => self.table_end = self.table_end.max(row.member.whole.end),
            }
        }
        if let Some(first) = nameless.first() {
            let n = nameless.len();
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!(
                    "expected a member's name before each status of the attendance table, found {n} status cell{} right after another row's with no name before {}: rows whose names the extraction moved, left out of the lists",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "it" } else { "them" },
                ),
                Some(first.clone()),
            );
        }
        let left_out = marked.is_some();
        if let Some(at) = marked {
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                "expected each mark of the attendance table under its column, found bare marks whose column the text lost while marks stand in more than one column: those rows are left out of the lists".to_string(),
                Some(at),
            );
        }
        left_out
    }
}

/// "..., Paul - présents : 12 VASSEUR, ...": a side box's line cut into
/// a list between a given name and its family name. The given name, read
/// as an entry of its own (a bare given name, no civility), is no member:
/// left out, the family name after the box read as the member.
fn box_cut_given_names(text: &str, entries: &mut Vec<Entry>) {
    let box_line = regex!(r"^\s*-\s+[\p{L}'. ]+:\s*\d+\s*$");
    let cut: Vec<usize> = entries
        .windows(2)
        .enumerate()
        .filter_map(|(i, w)| {
            let (Mention::Name(n), Mention::Name(next)) = (&w[0].mention, &w[1].mention) else {
                return None;
            };
            let family = &text[n.family.clone()];
            (n.civility.is_none()
                && n.given.is_none()
                && w[0].group_civility.is_none()
                && next.whole.start > n.whole.end
                && !people::is_caps(family)
                && crate::grammar::given_names::is_given_name(family)
                && box_line.is_match(&text[n.whole.end..next.whole.start]))
            .then_some(i)
        })
        .collect();
    for i in cut.into_iter().rev() {
        entries.remove(i);
    }
}

/// The lines of `text[within]`, each cut further at a sentence's end: a
/// full stop after a word of three letters or more, or in small letters,
/// then a space and a capital ("absents excusés. Mr X a donné ..."; not
/// "M. X").
fn sentences(text: &str, within: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = within.start;
    for line in text[within].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let line = line.trim_end();
        let mut from = 0;
        // (A vector search: `match_indices` set up a substring search for
        // each line.)
        for p in memchr::memmem::find_iter(line.as_bytes(), ". ") {
            // The word before the stop: its letters counted, no copy made.
            let (mut letters, mut small) = (0, false);
            for c in line[..p].chars().rev().take_while(|c| c.is_alphabetic()) {
                letters += 1;
                small |= c.is_lowercase();
            }
            let ends = letters >= 3 || small;
            // ("... Maire. - Anne X pouvoir à Paul Y - ...": a dash or a
            // bullet opening the next sentence, an item of a list run on.)
            let capital = line[p + 2..]
                .trim_start()
                .trim_start_matches(['-', '–', '•'])
                .trim_start()
                .starts_with(char::is_uppercase);
            if ends && capital {
                out.push(line_start + from..line_start + p + 1);
                from = p + 2;
            }
        }
        out.push(line_start + from..line_start + line.len());
    }
    out
}

/// Whether the proxy word at `at` tells of a proxy given: not "pas de
/// pouvoir", "sans procuration" (none), "10 pouvoirs", "Nombre de
/// procurations : 2" (a count), "représenté par son suppléant" (a
/// substitute), "lecture des procurations qui..." (the word alone). The
/// word must be followed by what introduces a holder or a name.
fn names_a_proxy(text: &str, at: Range<usize>) -> bool {
    let from = text.floor_char_boundary(at.start.saturating_sub(24));
    let before = fold(&text[from..at.start]);
    let before = before.trim_end();
    let negated = [
        "pas de",
        "sans",
        "aucun",
        "aucune",
        "ni",
        "pas d'",
        "nombre de",
    ]
    .iter()
    .any(|w| {
        before.ends_with(w) && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
    });
    let counted = before.ends_with(|c: char| c.is_ascii_digit());
    let to = text.floor_char_boundary((at.end + 40).min(text.len()));
    let after = fold(&text[at.end..to]);
    let after = after
        .trim_start_matches("(s)")
        .trim_start_matches(['(', ')', '»', '"', ' ', '\u{a0}']);
    let counted = counted
        || after
            .trim_start_matches([':', ' '])
            .starts_with(|c: char| c.is_ascii_digit());
    let substitute = after
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with("suppl"))
        || after.contains("titulaire");
    let next = after.split_whitespace().next().unwrap_or("");
    let raw_next = text[at.end..to]
        .trim_start_matches("(s)")
        .trim_start_matches([' ', '\u{a0}'])
        .split_whitespace()
        .next()
        .unwrap_or("");
    let introduces = matches!(
        next.trim_end_matches([',', '.']),
        "a" | "au"
            | "aux"
            | "de"
            | "en"
            | ":"
            | "donne"
            | "donnee"
            | "donnees"
            | "donnes"
            | "son"
            | "sa"
            | "leur"
    ) || next.starts_with("donn")
        || next.starts_with(':')
        || raw_next.starts_with(char::is_uppercase);
    // "avaient délégué leur mandat", "représenté par": a phrase in itself.
    // "Mandants commune Mandataires commune X Anne Vaux Y Paul Vaux": the
    // header of a table of proxies, grantors then holders.
    let phrase = text[at.clone()].contains(char::is_whitespace)
        || with_fold(&text[at.clone()], |f| f.starts_with("mandant"))
            && after.contains("mandataire");
    !negated && !counted && !substitute && (introduces || phrase)
}

/// What the attendance sections say that was not read.
#[derive(Clone, Copy)]
enum Doubt {
    /// A proxy's wording no proxy read covers.
    Proxy,
    /// Names left after a list stopped.
    Names,
    /// An arrival or departure of someone no list names.
    Movement,
    /// A proxies label with no proxy read after it.
    NoProxy,
    /// Substitutes listed among the present, none paired with a titular.
    Substitutes,
    /// A present list after the absent of a first block.
    SecondBlock,
    /// The attendance restated for an item, left out of the lists.
    Restated,
}

/// Words of attendance labels and counts, folded: never a member's name.
/// Civilities inside a name ("RONCHIETTO-MR GUERRIER") are names run
/// together.
const LABEL_WORDS: [&str; 19] = [
    "presents",
    "present",
    "absents",
    "excuses",
    "procuration",
    "procurations",
    "pouvoir",
    "pouvoirs",
    "nombre",
    "conseillers",
    "exercice",
    "votants",
    "representes",
    "mr",
    "mme",
    "mmes",
    "mlle",
    "monsieur",
    "madame",
];

/// Whether `word` folds to one of [`LABEL_WORDS`]. Most names are turned
/// away on their first letter, unfolded.
fn is_label_word(word: &str) -> bool {
    const INITIALS: u32 = initials(&LABEL_WORDS);
    initial_in(word, INITIALS) && with_fold(word, |f| LABEL_WORDS.contains(&f))
}

/// Whether a part of `name`, cut at its spaces and hyphens, folds to one
/// of [`LABEL_WORDS`]: each part folded alone, as folding changes every
/// character into one and a space or a hyphen into itself.
pub(super) fn has_label_word(name: &str) -> bool {
    name.split([' ', '-']).any(is_label_word)
}

/// The family names of `entries`' names, folded: those a later reading
/// of the same list leaves out.
fn families_read(text: &str, entries: &[Entry]) -> HashSet<String> {
    entries
        .iter()
        .filter_map(|e| match &e.mention {
            Mention::Name(n) => Some(fold(&text[n.family.clone()])),
            Mention::Role(..) => None,
        })
        .collect()
}

/// "... comptes publics Michel Prada\n\nReprésentant des étudiants": a
/// table's cell after where a list stopped, ending (at its blank line) on
/// a member's "Prénom Nom" in mixed case, a given name of the lexicon then
/// a capitalised word that is none, no list holding it. Where the cell
/// starts.
fn cell_ends_on_a_name(
    text: &str,
    range: Range<usize>,
    known: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    use crate::grammar::given_names::is_given_name;
    let rest = &text[range.clone()];
    let lead = rest.len() - rest.trim_start().len();
    let cell = &rest[lead..];
    let cell = &cell[..cell.find("\n\n").unwrap_or(cell.len())];
    let mut words = cell.split_whitespace().rev();
    let family = words.next()?;
    let given = words.next()?;
    let capitalised =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
    let named = capitalised(family)
        && family.chars().all(|c| c.is_alphabetic() || c == '-')
        && family.chars().count() >= 3
        && !is_given_name(family)
        // ("SERVEL Jeanne Présente": a status column's word.)
        && !is_label_word(family)
        && !with_fold(family, |f| {
            ["present", "absent", "excuse", "represent", "pouvoir"]
                .iter()
                .any(|w| f.starts_with(w))
        })
        && capitalised(given)
        && is_given_name(given)
        && !known(&fold(family));
    named.then(|| range.start + lead..range.start + lead + cell.trim_end().len())
}

/// Whether `rest`, where a list stopped, opens (after spaces) on a rule
/// drawn under the lists, a run of underscores or dashes: "M. HOUIN
/// \n__________\nMadame Anne X est élue secrétaire": the names after it
/// are no longer the list's.
fn rule_drawn_at(rest: &str) -> bool {
    let rest = rest.trim_start();
    let run = |c: char| rest.chars().take_while(|&d| d == c).count();
    run('_') >= 3 || ['-', '\u{2013}', '\u{2014}'].iter().any(|&c| run(c) >= 4)
}

/// Names left in `text[range]` after a list stopped, up to a blank line or
/// a sentence's end: at least two words in capitals, one of them after a
/// civility or a comma, as a list of people goes on. Where they start.
fn names_left(
    text: &str,
    range: Range<usize>,
    known: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let rest = &text[range.clone()];
    // A sentence ends at a full stop after a word, not after "M." or "J.".
    let full_stop = rest.match_indices('.').map(|(i, _)| i).find(|&i| {
        rest[i + 1..].starts_with(char::is_whitespace)
            && rest[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .count()
                >= 3
    });
    let cut = [rest.find("\n\n"), full_stop]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    let rest = &rest[..cut];
    // A sentence going on ("ayant donné pouvoir à ..."), not names.
    let first = rest
        .trim_start_matches(|c: char| c.is_whitespace() || ",;.)-".contains(c))
        .split_whitespace()
        .next()
        .unwrap_or("");
    // Another label ("Assistaient également : ..."): what it names is not
    // this list's.
    // Words before a colon, one of them in lower case: another label
    // ("Assistaient également à la séance :"), what it names is not this
    // list's. ("RIEN : Hubert X" is a commune's name before its members.)
    let opening: Vec<&str> = rest
        .trim_start_matches(|c: char| c.is_whitespace() || ",;.)".contains(c))
        .split_whitespace()
        .take(8)
        .collect();
    let label = opening
        .iter()
        .position(|w| w.contains(':'))
        .is_some_and(|colon| {
            opening[..=colon].iter().any(|w| {
                let word = w.trim_end_matches(':');
                word.chars().count() >= 3
                    && word.chars().all(|c| c.is_lowercase() || !c.is_alphabetic())
            })
        });
    if label {
        return None;
    }
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    let unknown_caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && people::is_caps(w)
            && !known(&fold(w.trim_matches(|c: char| !c.is_alphabetic())))
    };
    let caps = words.iter().filter(|w| unknown_caps(w)).count();
    // "Lory QUETTASAUD", "M. GUERIN": a given name or a civility, then a
    // family name in capitals no list holds.
    let given = |w: &str| {
        people::civility(w).is_some()
            || w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
    };
    let named = words
        .windows(2)
        .filter(|w| given(w[0]) && unknown_caps(w[1]))
        .count();
    let listed = rest.contains(',') || words.iter().any(|w| people::civility(w).is_some());
    // A sentence going on ("ayant donné pouvoir à Bernard X --- DÉCISIONS
    // MUNICIPALES"), unless it plainly names people.
    let sentence = first.chars().count() >= 2 && first.starts_with(char::is_lowercase);
    if named < 1 && (caps < 2 || !listed || sentence) {
        return None;
    }
    let lead = rest.len() - rest.trim_start().len();
    let start = range.start + lead;
    let end = text.floor_char_boundary((range.start + cut).max(start));
    Some(start..end)
}

impl Extractor<'_> {
    /// "Présents : 47 / Votants : 56", then the members present listed
    /// under the box of counts with no label of their own ("M. Jacky X,
    /// Maire", "Mme Y, M. Z, Adjoints au Maire."): when the present count
    /// has no list, the names after the box's last count, up to the next
    /// label, are that list. A box whose present count is no label
    /// ("En exercice 63 / Titulaires Présents 48 / Votants 61 / Majorité
    /// absolue 31", then "X Pierre, Y Odile, ...") likewise, when no list
    /// of the present comes before it: the present then read (substitutes
    /// listed after it) are kept.
    pub(super) fn present_after_counts(
        &mut self,
        sections: &[Section],
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        let counted = sections
            .iter()
            .position(|s| s.label == Label::Present && s.count.is_some());
        if counted.is_some() && !a.present.is_empty() {
            return;
        }
        // Without a present label counted, the first count of a run of
        // counts (stop labels, each close after the one before).
        let Some(k) = counted.or_else(|| {
            sections.iter().position(|s| {
                s.label == Label::Stop
                    && self.text[s.content.clone()]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
            })
        }) else {
            return;
        };
        // The box: the present count and the counts right after it.
        let mut last = k;
        while sections
            .get(last + 1)
            .is_some_and(|s| s.label == Label::Stop && s.content.start < s.content.end)
            && sections[last + 1].label_range.start - sections[last].content.start < 80
        {
            last += 1;
        }
        let box_end = &sections[last];
        let text = self.text;
        let rest = &text[box_end.content.clone()];
        // After the last count: a blank line, then the names.
        let Some(gap) = rest.find("\n\n") else {
            return;
        };
        // (The count, then maybe a heading of the members before its
        // colon: "Votants 37 Délégués des communes :".)
        let after_count = rest[..gap].trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let heading = after_count.trim_end().strip_suffix(':').is_some_and(|h| {
            h.len() <= 40
                && with_fold(h.trim(), |f| {
                    ["delegue", "conseiller", "membre", "elu"]
                        .iter()
                        .any(|p| f.starts_with(p))
                })
        });
        if !(after_count.trim().is_empty() || heading) {
            return;
        }
        // A box with no present label counts the present in it, before
        // any list of the present.
        if counted.is_none()
            && (!fold(&text[sections[k].label_range.start..box_end.content.start])
                .contains("present")
                || sections[..k].iter().any(|s| s.label == Label::Present))
        {
            return;
        }
        let list = box_end.content.start + gap..box_end.content.end;
        let (entries, _) = people::list(text, list);
        // A run of people: each with a civility, or (no present label at
        // all) a given name.
        let person = |e: &Entry| {
            matches!(&e.mention, Mention::Name(n)
                if n.civility.is_some() || counted.is_none() && n.given.is_some())
        };
        let people = entries.iter().filter(|e| person(e)).count();
        if people < 3 || people * 2 < entries.len() {
            return;
        }
        self.present_entries(entries, a, proxies);
    }
}

impl Extractor<'_> {
    /// "ARVILLE : Paul X, Anne Y – BOURNEL : Marc Z – ...": the members
    /// present listed commune by commune, each commune's name in capitals
    /// before a colon, with no label announcing the list. When no label
    /// names the present, the first line of the head that opens on such a
    /// heading and holds four of them or more is the present list, if the
    /// list reader finds names there (five or more, most of the entries).
    fn present_by_commune(
        &mut self,
        sections: &[Section],
        head_end: usize,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        // (A present label that only counts, "Nombre de conseillers
        // titulaires présents : 26", names no one.)
        if sections
            .iter()
            .any(|s| s.label == Label::Present && s.count.is_none())
        {
            return;
        }
        let text = self.text;
        let end = text.floor_char_boundary(head_end.min(text.len()));
        let opens = regex!(r"^\p{Lu}[\p{Lu}\p{Pd}' ]{1,40}\s:\s+\S");
        let heading = regex!(r"(?:^|[\s–;,-])\p{Lu}{2,}[\p{Lu}\p{Pd}' ]{0,40}\s:\s");
        // "Ailleux : FRASLOR Jean, : BALDINI Anne Boën sur Lignon : ...":
        // or communes in mixed case ("Saint Paul le Haut", "Bussy-Albieux"),
        // each followed by a member written family name first in capitals
        // (or by a blank cell's colon and one), which no count nor sentence
        // is ("Nombre de votants : 30").
        let mixed_opens = regex!(r"^\p{Lu}\p{Ll}[\p{L}\p{Pd}'’ ]{0,40}\s:\s+\p{Lu}{2,}");
        let mixed_heading =
            regex!(r"(?:^|[\s–;,-])\p{Lu}\p{Ll}[\p{L}\p{Pd}'’ ]{0,40}\s:\s+(?::\s+)?\p{Lu}{2,}");
        let mut at = 0;
        for line in text[..end].split_inclusive('\n') {
            let start = at;
            at += line.len();
            let trimmed = line.trim_end();
            // A heading names a place, not a sentence's subject: short
            // lines are no such list.
            if trimmed.len() < 80 {
                continue;
            }
            let caps = opens.is_match(trimmed) && heading.find_iter(trimmed).take(4).count() >= 4;
            let mixed = !caps
                && mixed_opens.is_match(trimmed)
                && mixed_heading.find_iter(trimmed).take(4).count() >= 4;
            if !caps && !mixed {
                continue;
            }
            // (Up to the next label on the line: "... Excusés : X".)
            let line_end = start + trimmed.len();
            let until = sections
                .iter()
                .map(|s| s.label_range.start)
                .find(|&l| l > start && l < line_end)
                .unwrap_or(line_end);
            let (entries, _) = people::list(text, start..until);
            let names = entries
                .iter()
                .filter(|e| matches!(&e.mention, Mention::Name(_)))
                .count();
            if names < 5 || names * 3 < entries.len() * 2 {
                return;
            }
            self.present_entries(entries, a, proxies);
            return;
        }
    }
}

impl Extractor<'_> {
    /// "Monsieur Jean X, Maire – Madame Y – ... adjoints.\n Absents ayant
    /// donné pouvoir : ...": the members present listed with no label of
    /// their own, right before the first label of the absent or of the
    /// proxies. When no label announces the present, the lines from the
    /// first one that opens on a civility to that label are the present
    /// list, if they are nothing but a list (read to its end, five names
    /// or more, most of them with a civility).
    fn present_before_absent(
        &mut self,
        sections: &[Section],
        head_end: usize,
        a: &mut Attendance,
        proxies: &mut Vec<ProxyLine>,
    ) {
        let text = self.text;
        // "Présents : 25 Absents : 2" in a box of counts names nobody, nor
        // does a count whose label is not read ("Absents : 2 Procurat. : 2").
        let counted_only = |s: &Section| {
            s.count.is_some()
                && regex!(r"^(?:[\p{L}.' ]{1,30}:\s*\d+\s*)*$")
                    .is_match(text[s.content.clone()].trim())
        };
        // "..., Pierre Z. Etaient présents MM. les Conseillers Municipaux,
        // lesquels forment la majorité ...": a present label written after
        // the names, the majority formula in its sentence, names no one
        // itself and ends the list before it.
        let majority = lower_regex!(r"lesquel(?:le)?s\s+(?:forment|formant)\s+la\s+majorit");
        let after_names = |s: &Section| {
            s.label == Label::Present && s.count.is_none() && {
                let to = self
                    .lower
                    .floor_char_boundary(s.content.end.min(s.content.start + 120));
                let head = &self.lower[s.content.start..to.max(s.content.start)];
                majority
                    .find(head)
                    .is_some_and(|m| !head[..m.start()].contains(':'))
            }
        };
        if sections
            .iter()
            .any(|s| s.label == Label::Present && s.count.is_none() && !after_names(s))
        {
            return;
        }
        let Some(k) = sections.iter().position(|s| {
            (matches!(s.label, Label::Absent(_) | Label::Proxies) || after_names(s))
                && s.label_range.start < head_end
                && !counted_only(s)
        }) else {
            return;
        };
        let end = sections[k].label_range.start;
        let from = k.checked_sub(1).map_or(0, |j| sections[j].label_range.end);
        if from >= end {
            return;
        }
        // "..., Alain X Lesquels forment la majorité des membres en
        // exercice ... Absents : ...": the formula after the list ends it.
        let end = majority
            .find(&self.lower[from..end])
            .map_or(end, |m| from + m.start());
        // Each line's start, and in a line that extraction flattened, each
        // sentence's ("... sous la présidence de M. X, Maire. Mesdames,
        // Anne Y, ..."): a sentence that is no list is passed over.
        let mut starts = Vec::new();
        let mut at = from;
        for line in text[from..end].split_inclusive('\n') {
            starts.push((at, false));
            for dot in memchr::memmem::find_iter(line.as_bytes(), ". ") {
                let after = &line[dot + 2..];
                starts.push((
                    at + dot + 2 + (after.len() - after.trim_start().len()),
                    true,
                ));
            }
            // "... du 23 mars 2006 à Y Mesdames Anne X, ...": a title run
            // into the list, the list opening on a group's civility.
            for (word_at, word) in line.match_indices(' ').filter_map(|(i, _)| {
                let w = line[i + 1..].split([' ', ',', ':']).next()?;
                Some((i + 1, w))
            }) {
                if matches!(people::civility(word), Some((_, true))) && word.len() > 3 {
                    starts.push((at + word_at, true));
                }
            }
            starts.sort_unstable();
            starts.dedup();
            at += line.len();
        }
        // (At most a few sentences are tried: each reads the list to the
        // label, and a long flattened head has many.)
        let civility_starts = starts.into_iter().filter(|&(start, _)| {
            let first = text[start..end].split_whitespace().next().unwrap_or("");
            people::civility(first.trim_end_matches([',', ':'])).is_some()
        });
        'starts: for (start, in_line) in civility_starts.take(16) {
            // The list may stop at each group's full stop ("..., adjoints.
            // Madame Z - ..."): read on, group by group, to the label.
            let mut entries = Vec::new();
            let mut pos = start;
            while pos < end {
                let (group, stop) = people::list(text, pos..end);
                if group.is_empty() || stop <= pos {
                    if in_line {
                        continue 'starts;
                    }
                    return;
                }
                entries.extend(group);
                let rest = &text[stop..end];
                pos = stop + rest.len()
                    - rest
                        .trim_start_matches(|c: char| {
                            c.is_whitespace() || matches!(c, '.' | ',' | ';' | '-' | '–')
                        })
                        .len();
            }
            let with_civility = entries
                .iter()
                .filter(|e| {
                    e.group_civility.is_some()
                        || matches!(&e.mention, Mention::Name(n) if n.civility.is_some())
                })
                .count();
            if entries.len() < 5 || with_civility * 2 < entries.len() {
                if in_line {
                    continue;
                }
                return;
            }
            self.present_entries(entries, a, proxies);
            return;
        }
    }
}

/// The people listed absent and the proxies' grantors (only those whose
/// proxy covers the whole sitting, when asked), by family name's key: each
/// present member is compared with the few of that name only, so a list of
/// thousands is no quadratic scan. Fewer than [`INDEXED_FROM`] are searched
/// through, which costs less.
enum Away<'a> {
    Few(Vec<&'a Person>),
    ByKey(std::collections::HashMap<String, Vec<&'a Person>>),
}

impl<'a> Away<'a> {
    /// The absent and the grantors of `absent` and `proxies` (an
    /// attendance's, borrowed apart from its present list).
    fn of(absent: &'a [Absence], proxies: &'a [Proxy], whole_sitting_only: bool) -> Self {
        let grantors = proxies
            .iter()
            .filter(|x| {
                !whole_sitting_only || x.from_question.is_none() && x.until_question.is_none()
            })
            .map(|x| &x.grantor);
        let people: Vec<&'a Person> = absent.iter().map(|x| &x.person).chain(grantors).collect();
        if people.len() < INDEXED_FROM {
            return Away::Few(people);
        }
        let mut by_key: std::collections::HashMap<String, Vec<&'a Person>> =
            std::collections::HashMap::new();
        for person in people {
            by_key.entry(person.key()).or_default().push(person);
        }
        Away::ByKey(by_key)
    }

    /// Whether `p` is among them ([`Person::same_as`], which only holds of
    /// two people with the same key).
    fn lists(&self, p: &Person) -> bool {
        match self {
            Away::Few(people) => people.iter().any(|x| x.same_as(p)),
            Away::ByKey(by_key) => by_key
                .get(&p.key())
                .is_some_and(|v| v.iter().any(|x| x.same_as(p))),
        }
    }
}

/// Lists shorter than this are searched through: an index pays off in
/// longer ones.
const INDEXED_FROM: usize = 64;

/// The family names of a list of the present or the absent, while one is
/// read, hashed as [`Person::key`] folds them: whether a member of a
/// family name may have been read before, so that in a long list a member
/// is compared with those of the same family name only, not with every
/// one (a quadratic scan). A hash shared by two names, or an entry since
/// taken off, only costs a comparison with the list; every entry added to
/// the list while it is kept is added to it too. Taken from the list the
/// first time it is asked about a list of [`INDEXED_FROM`] people or more.
#[derive(Default)]
pub(super) struct Families(Option<HashSet<u64>>);

impl Families {
    fn new() -> Self {
        Families::default()
    }

    /// FNV-1a over the characters of the family name's key: the same for
    /// any two people [`Person::same_as`] takes for one.
    fn hash(p: &Person) -> u64 {
        Person::key_chars(&p.family_name).fold(0xcbf2_9ce4_8422_2325, |h, c| {
            (h ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// `p`, added to the list.
    fn add(&mut self, p: &Person) {
        if let Some(set) = &mut self.0 {
            set.insert(Self::hash(p));
        }
    }

    /// Whether a member of `p`'s family name may be in `list`, the list's
    /// people as they are now.
    fn may_hold<'p>(
        &mut self,
        p: &Person,
        list: impl ExactSizeIterator<Item = &'p Person>,
    ) -> bool {
        if self.0.is_none() {
            if list.len() < INDEXED_FROM {
                return true;
            }
            self.0 = Some(list.map(Self::hash).collect());
        }
        self.0
            .as_ref()
            .is_none_or(|set| set.contains(&Self::hash(p)))
    }
}

/// The members of a present list by the hash of their family name's key
/// ([`Families`]), sorted, each with its place in the list: in a long list
/// a person is compared with the few members of that name only, in the
/// list's order. Taken from the list the first time it is asked about a
/// list of [`INDEXED_FROM`] people or more; every member added to the list
/// afterwards is added to it.
#[derive(Default)]
struct PresentKeys(Option<Vec<(u64, usize)>>);

impl PresentKeys {
    /// `p`, added at place `k` of the list.
    fn push(&mut self, k: usize, p: &Person) {
        if let Some(keys) = &mut self.0 {
            let entry = (Families::hash(p), k);
            let at = keys.partition_point(|x| *x < entry);
            keys.insert(at, entry);
        }
    }

    /// The first member of `present` that passes `test`, which holds only
    /// of a member of `p`'s family name (its key): as
    /// `present.iter().position(test)`.
    fn find(
        &mut self,
        present: &[Presence],
        p: &Person,
        test: impl Fn(&Presence) -> bool,
    ) -> Option<usize> {
        if self.0.is_none() {
            if present.len() < INDEXED_FROM {
                return present.iter().position(test);
            }
            let mut keys: Vec<(u64, usize)> = present
                .iter()
                .enumerate()
                .map(|(k, x)| (Families::hash(&x.person), k))
                .collect();
            keys.sort_unstable();
            self.0 = Some(keys);
        }
        let keys = self.0.as_deref().unwrap_or_default();
        let h = Families::hash(p);
        let from = keys.partition_point(|x| x.0 < h);
        keys[from..]
            .iter()
            .take_while(|x| x.0 == h)
            .map(|x| x.1)
            .find(|&k| test(&present[k]))
    }
}

/// Records `person` absent unless the absent already name them (a grantor
/// read again in a proxy, a member who left with a proxy).
pub(super) fn absent_once(a: &mut Attendance, person: Person) {
    if !a.absent.iter().any(|x| x.person.same_as(&person)) {
        a.absent.push(Absence {
            person,
            excused: None,
        });
    }
}

/// "ANISSA BEN LAHCENE a été désignée secrétaire": a name in capitals with
/// no civility read whole as a family name, which is a member present's
/// given name and family name ("Anissa BEN LAHCENE"): the member's.
/// ("ANISSA BEN LAHCENE" read given name first, three words or more: the
/// given name as the list writes it.)
fn given_name_in_capitals(person: &mut Person, present: &[Presence]) {
    let whole = match &person.given_name {
        None if person.family_name.contains(' ') => Person::key_of(&person.family_name),
        Some(g)
            if people::is_caps(g)
                && format!("{g} {}", person.family_name).matches(' ').count() >= 2 =>
        {
            Person::key_of(&format!("{g} {}", person.family_name))
        }
        _ => return,
    };
    if let Some(member) = present.iter().map(|x| &x.person).find(|p| {
        p.given_name.as_ref().is_some_and(|given| {
            whole.len() > p.key().len()
                && whole == Person::key_of(given) + &p.key()
                && !given.ends_with('.')
        })
    }) {
        person.given_name = member.given_name.clone();
        person.family_name = member.family_name.clone();
    }
}

/// A note that tells an arrival, in the lower-cased text: "(arrivée
/// 19h30)", "(arrivé au point 3)", "(rejoint la séance à 20h)".
fn tells_arrival(note: &str) -> bool {
    lower_regex!(r"arriv|rejoin|retard|entr[ée]e? en s[ée]ance").is_match(note)
}

/// Whether `longer` is `person` read again with words in capitals glued
/// after the family name (a member body's name flattened after it: "M.
/// Michel X" then "M. Michel X BOURG-SUR-Y"): the same given name, the
/// family name followed by more words.
fn words_glued_after(person: &Person, longer: &Person) -> bool {
    person.given_name.is_some()
        && person.given_name == longer.given_name
        && longer
            .family_name
            .strip_prefix(person.family_name.as_str())
            .is_some_and(|rest| {
                rest.starts_with(' ')
                    && !rest.trim().is_empty()
                    && !rest.chars().any(char::is_lowercase)
            })
}

/// Where the paragraph after a label's content starts, when that content
/// is empty on its line and the paragraph, after a blank line, opens as
/// prose: an article then a function or a word in lower case ("Le
/// Président, X, ...", "La séance est ouverte").
fn prose_after_empty_label(content: &str) -> Option<usize> {
    let rest = content.trim_start_matches([' ', '\t', ':']);
    let after = rest
        .strip_prefix('\n')
        .map(|r| r.trim_start_matches([' ', '\t', '\r']))
        .and_then(|r| r.strip_prefix('\n'))?;
    let mut words = after.split_whitespace();
    let (article, next) = (words.next()?, words.next()?);
    let next = next.trim_end_matches([',', '.', ';']);
    (matches!(article, "Le" | "La" | "Les")
        && (next.starts_with(char::is_lowercase) || people::is_function_word(next)))
    .then(|| content.len() - after.trim_start().len())
}

/// One person written in the attendance zone: where the words run, and
/// the folded words that may be the family name.
struct Shaped {
    words: Range<usize>,
    /// Where its name words are (folded only when asked about).
    keys: Vec<Range<usize>>,
    /// The name as read: the family name the word in capitals.
    name: Name,
    /// A civility opens it and a colon ends it ("M. X VILLE :"): its last
    /// words may be the heading of the next place, run into it.
    before_colon: bool,
}

/// The people written in `text[zone]`, shaped as names ("M. X", "Mme Anne
/// X", "X Anne", "Anne X"), not staff ("M. X, Directeur") nor substitutes
/// without a vote ("X Anne (suppléante sans voix)"): one pass over the
/// words of the zone, each word looked at once.
///
/// `listed`: whether a word (by where it starts) is inside a name the lists
/// of the present or the absent read; such words are not looked at.
fn people_shaped(text: &str, zone: Range<usize>, listed: &dyn Fn(usize) -> bool) -> Vec<Shaped> {
    let base = text.as_ptr() as usize;
    // Each word (commas part words run together, "X,M. Y") with its start,
    // its letters, and whether a separator or a blank line ends it.
    let mut words: Vec<(usize, &str, bool, &str)> = Vec::new();
    for raw in text[zone.clone()]
        .split_whitespace()
        .flat_map(|w| w.split_inclusive([',', ';']))
    {
        let at = raw.as_ptr() as usize - base;
        // A word of prose, in small letters: no name, only a breaker
        // between names (or an apposition, "rédactrice"), looked at no more.
        if raw.as_bytes()[0].is_ascii_lowercase() {
            words.push((at, raw, raw.ends_with([',', ';', ':']), raw));
            continue;
        }
        let trimmed = raw.trim_matches(|c: char| ",;:.()[]«»\"".contains(c));
        let blank = text.as_bytes()[at + raw.len()..zone.end]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .filter(|&&b| b == b'\n')
            .count()
            >= 2;
        // (A full stop after a word, not after "M." or "J.", ends it.)
        let cut = blank
            || raw.ends_with([',', ';', ':', ')', ']'])
            || raw.ends_with('.')
                && raw.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && people::civility(raw).is_none();
        // Punctuation alone (" : ", " - ") ends the word before it.
        if trimmed.is_empty() && !raw.starts_with(['(', '[']) {
            if let Some(last) = words.last_mut() {
                last.2 |= raw.contains([':', ';', ',', '-', '–']);
                if raw.contains(':') {
                    last.3 = ":";
                }
            }
            continue;
        }
        let at = at + raw.find(trimmed).unwrap_or(0);
        // A word in brackets ("(LANNECAUBE)", a place) is no name.
        let letters = if raw.starts_with(['(', '[']) {
            ""
        } else {
            trimmed
        };
        words.push((at, letters, cut, raw));
    }
    // Each word's class, worked out once: in capitals, capitalised, a
    // word of a name.
    const CAPS: u8 = 1;
    const CAPITALISED: u8 = 2;
    const NAME: u8 = 4;
    let classes: Vec<u8> = words
        .iter()
        .map(|&(at, w, _, _)| {
            if !w.starts_with(|c: char| c.is_uppercase()) || listed(at) {
                return 0;
            }
            let class = if people::is_caps(w) {
                CAPS
            } else if people::is_capitalised(w) {
                CAPITALISED
            } else {
                return 0;
            };
            // ("COMMUNE DE X", "Mairie de Y": a place's heading.)
            let place = matches!(w.as_bytes()[0], b'C' | b'V' | b'M')
                && with_fold(w, |f| {
                    f == "mairie" || crate::vocabulary::PLACE_NOUNS.contains(&f)
                });
            let name = !place
                && w.len() >= 2
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                // ("X.ABSENTS": a name run into the next label.)
                && w.split('.').nth(1).is_none_or(|rest| rest.chars().count() < 3)
                && !matches!(w, "Le" | "La" | "Les" | "LE" | "LA" | "LES")
                && people::civility(w).is_none()
                && !people::is_function_word(w)
                && !has_label_word(w);
            class | if name { NAME } else { 0 }
        })
        .collect();
    let is_caps = |j: usize| classes.get(j).is_some_and(|c| c & CAPS != 0);
    let name_word = |j: usize| classes[j] & NAME != 0;
    let given = |j: usize| {
        classes.get(j).is_some_and(|c| c & CAPITALISED != 0)
            && crate::grammar::given_names::is_given_name(words[j].1)
    };
    // After an entry whose last word is `words[j - 1]`: a title of the
    // staff ("M. X Directeur", "Mme Y, DGS"), an apposition after a comma
    // not a member's function ("Mme Y, rédactrice"), a bracket naming a
    // substitute or a guest ("(suppléant sans voix)"): no member.
    let not_member = |j: usize| {
        let Some(&(_, n, _, raw)) = words.get(j) else {
            return false;
        };
        let staff = with_fold(n, |f| crate::vocabulary::STAFF_TITLES.contains(&f));
        let apposition = words[j - 1].3.ends_with(',')
            && n.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && n.starts_with(char::is_alphabetic)
            && people::civility(n).is_none()
            && !is_caps(j)
            && !crate::grammar::given_names::is_given_name(n)
            && !people::is_function_word(n);
        let bracket = raw.starts_with('(')
            && with_fold(raw, |f| f.starts_with("(suppl") || f.starts_with("(invit"));
        staff || apposition || bracket
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let (at, w, cut, _) = words[k];
        if people::civility(w).is_some() && !cut {
            // "M. Jean-Guy X", "Mme X Anne": up to four words of a name,
            // particles inside ("Mme Anne LE GALL", "M. Paul de SAINT-X").
            let mut j = k + 1;
            let mut keys = Vec::new();
            // The words in capitals, the others.
            let (mut family, mut other): (Option<Range<usize>>, Option<Range<usize>>) =
                (None, None);
            let widen = |r: &mut Option<Range<usize>>, w: Range<usize>| {
                *r = Some(
                    r.as_ref()
                        .map_or(w.clone(), |r| r.start.min(w.start)..w.end),
                );
            };
            // A particle before the family name is its first word ("LE
            // GALL", "de SAINT-X").
            let mut particle: Option<usize> = None;
            let mut first_family: Option<Range<usize>> = None;
            while j < words.len() && j <= k + 4 {
                let (wat, n, _, _) = words[j];
                if people::is_particle(n) || people::is_capital_particle(n) {
                    if words[j].2 {
                        break;
                    }
                    if family.is_some() {
                        widen(&mut family, wat..wat + n.len());
                    } else {
                        particle.get_or_insert(wat);
                    }
                } else if name_word(j) {
                    if is_caps(j) {
                        let from = if family.is_none() {
                            particle.unwrap_or(wat)
                        } else {
                            wat
                        };
                        widen(&mut family, from..wat + n.len());
                        first_family.get_or_insert(from..wat + n.len());
                    } else if family.is_none() {
                        widen(&mut other, wat..wat + n.len());
                    } else {
                        // "M. X Laurence Y": the next name begins.
                        break;
                    }
                    keys.push(wat..wat + n.len());
                } else {
                    break;
                }
                j += 1;
                if words[j - 1].2 {
                    break;
                }
            }
            // A family name in capitals, or a given name and another name
            // ("M. Pour la commune", "Messieurs les Conseillers" are none).
            let caps = family.is_some();
            if caps || given(k + 1) && keys.len() >= 2 {
                if !not_member(j) {
                    let last = &words[j - 1];
                    let whole = at..last.0 + last.1.len();
                    // Words in capitals after the family name, no
                    // separator after them ("M. Paul X VILLE M. Y"): a
                    // place run in, the family name its first word.
                    let family = if last.2 {
                        family
                    } else {
                        first_family.or(family)
                    };
                    let (given_range, family) = match family {
                        Some(f) => (other, f),
                        None => {
                            let g = &words[k + 1];
                            (Some(g.0..g.0 + g.1.len()), words[k + 2].0..whole.end)
                        }
                    };
                    out.push(Shaped {
                        words: whole.clone(),
                        keys,
                        name: Name {
                            civility: people::civility(w).and_then(|c| c.0),
                            given: given_range,
                            family,
                            whole,
                        },
                        before_colon: last.3.ends_with(':'),
                    });
                }
                k = j;
                continue;
            }
        } else if is_caps(k) && name_word(k) && w.chars().count() >= 3 {
            // "X Anne", "Anne X": a family name in capitals beside a given
            // name written in small letters. ("ARCELLES : Anne X": a place
            // before a given name and its family name is no family name.)
            // (Given names of two words, "Jean Pierre", passed.)
            let mut after_given = k + 1;
            while given(after_given) && !words[after_given].2 {
                after_given += 1;
            }
            let caps_after = is_caps(after_given);
            if !cut && given(k + 1) && !(caps_after && after_given > k + 1) {
                if !not_member(k + 2) {
                    let g = &words[k + 1];
                    out.push(Shaped {
                        words: at..g.0 + g.1.len(),
                        keys: std::iter::once(at..at + w.len()).collect(),
                        name: Name {
                            civility: None,
                            given: Some(g.0..g.0 + g.1.len()),
                            family: at..at + w.len(),
                            whole: at..g.0 + g.1.len(),
                        },
                        before_colon: false,
                    });
                }
                k += 2;
                continue;
            }
            if k > 0 && !words[k - 1].2 && given(k - 1) {
                if !not_member(k + 1) {
                    let g = &words[k - 1];
                    out.push(Shaped {
                        words: g.0..at + w.len(),
                        keys: std::iter::once(at..at + w.len()).collect(),
                        name: Name {
                            civility: None,
                            given: Some(g.0..g.0 + g.1.len()),
                            family: at..at + w.len(),
                            whole: g.0..at + w.len(),
                        },
                        before_colon: false,
                    });
                }
                k += 1;
                continue;
            }
        }
        k += 1;
    }
    out
}

impl Extractor<'_> {
    /// The attendance read whole? People written in the attendance zone
    /// (from the first attendance label to the first item) whom no list
    /// took: several of them, and no finding already saying a list was
    /// read in part, leave the lists silently short. One `unreadable_list`
    /// warning says how many, at the first of them.
    pub(super) fn unread_people(
        &mut self,
        sections: &[Section],
        end: usize,
        a: &mut Attendance,
        m: &Meeting,
    ) {
        let text = self.text;
        // The lists already hold as many as the text counts (members in
        // office, or present): none is missing, nothing to look for.
        let counted = |n: Option<u32>, read: usize| n.is_some_and(|n| read >= n as usize);
        if counted(m.members_in_office, a.present.len() + a.absent.len())
            || counted(m.stated_present, a.present.len())
            || a.present.is_empty() && a.absent.is_empty()
            || self.tabled
            || self
                .findings
                .iter()
                .any(|f| f.code == Code::UnreadableList && !self.anchored.contains(&f.message))
        {
            return;
        }
        let attending = |s: &&Section| {
            matches!(s.label, Label::Present | Label::Absent(_) | Label::Proxies)
                && s.label_range.start < end
        };
        let Some(start) = sections.iter().find(attending).map(|s| s.label_range.start) else {
            return;
        };
        // The zone ends where the attendance labels of the head end, each
        // section taken for 3,000 bytes at most (an item's text is no list).
        let labels_end = sections
            .iter()
            .filter(|s| s.label != Label::Stop && s.label_range.start < end)
            .map(|s| s.content.end.min(s.content.start + 3000))
            .max()
            .unwrap_or(start);
        let end = text.floor_char_boundary(end.min(labels_end).min(text.len()));
        if end <= start {
            return;
        }
        // Guests ("Assistaient également :", "Invités :") and substitutes
        // without a vote are no members.
        let guests: Vec<Range<usize>> = sections
            .iter()
            .filter(|s| guests_label(text, s))
            .map(|s| s.content.clone())
            .collect();
        let people: Vec<&Person> = people_read(a).collect();
        // The family names read, folded, and each of their words (built
        // when a name not where the people read are is asked about).
        let known: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
        let known_names = || {
            let mut known = HashSet::new();
            for p in people
                .iter()
                .copied()
                .chain(&m.president)
                .chain(&m.secretary)
            {
                for w in p.family_name.split(|c: char| !c.is_alphabetic()) {
                    if !w.is_empty() {
                        known.insert(fold(w));
                    }
                }
                known.insert(fold(&p.family_name));
            }
            known
        };
        // Where the people read are written, in the input.
        let spans = Spans::new(people.iter().map(|p| p.span));
        // The words of the names the lists of the present and the absent
        // read are passed unlooked at.
        let listed = Spans::new(
            a.present
                .iter()
                .map(|p| p.person.span)
                .chain(a.absent.iter().map(|x| x.person.span)),
        );
        let norm = self.norm;
        let in_listed = |at: usize| listed.contain(norm.original(at..at).start);
        let shaped: Vec<Shaped> = people_shaped(text, start..end, &in_listed)
            .into_iter()
            .filter(|p| !guests.iter().any(|g| g.contains(&p.words.start)))
            .collect();
        let read_in = |p: &Shaped, known: &HashSet<String>| {
            p.keys.iter().any(|k| {
                with_fold(&text[k.clone()], |f| {
                    known.contains(f)
                        || f.split(|c: char| !c.is_alphabetic())
                            .any(|w| known.contains(w))
                })
            })
        };
        // (Where the people read are written is looked at first: most
        // names are there, and no name is folded for them.)
        let unread: Vec<usize> = shaped
            .iter()
            .filter(|p| {
                !spans.overlap(self.norm.original(p.words.clone()))
                    && !read_in(p, known.get_or_init(known_names))
            })
            .map(|p| p.words.start)
            .collect();
        if unread.len() < 5 {
            return;
        }
        let at = unread[0];
        let to = text.floor_char_boundary((at + 60).min(text.len()));
        let shown = self.clean(at..to);
        // The run under a present label (up to the next label of the
        // absent or the proxies, past labels of counts, dates and the
        // secretary a column put between): the people written there and read
        // in no list of the present nor of the absent are present.
        let presence_regions: Vec<Range<usize>> = sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.label == Label::Present && s.label_range.start < end)
            .map(|(k, s)| {
                let to = sections[k + 1..]
                    .iter()
                    .find(|o| {
                        !matches!(o.label, Label::Stop | Label::Secretary)
                            || guests.iter().any(|g| g.start == o.content.start)
                    })
                    .map_or(end, |o| o.label_range.start.min(end));
                s.content.start..to
            })
            .collect();
        let mut added = 0;
        if presence_regions.iter().any(|r| r.contains(&at)) {
            // (Taken: the same person in a list, by family name and given
            // name, "M. Paul X" and "M. Jean X" two people.)
            for p in &shaped {
                if !presence_regions.iter().any(|r| r.contains(&p.words.start)) || p.before_colon {
                    continue;
                }
                let person = self.person(&p.name, None);
                if listed_people(a).any(|x| x.same_as(&person)) {
                    continue;
                }
                a.present.push(Presence::new(person));
                added += 1;
            }
        }
        let read = if added > 0 {
            format!(
                ": the {added} people written under the present label whom no list of the present or the absent took are read present loosely, the lists may still be incomplete"
            )
        } else {
            ": the lists may be incomplete".to_string()
        };
        self.finding(
            Code::UnreadableList,
            Severity::Warning,
            format!(
                "expected every member named in the attendance to be read into a list, found {} names no list took, from {shown:?}{read}",
                unread.len()
            ),
            Some(at..to),
        );
    }
}

/// Where people were read in the input, for "was something read here"
/// questions asked word by word: sorted, searched by bisection, and only
/// as far back as the longest span reaches.
struct Spans {
    spans: Vec<(usize, usize)>,
    max_len: usize,
}

impl Spans {
    fn new(spans: impl Iterator<Item = crate::span::Span>) -> Spans {
        let mut spans: Vec<(usize, usize)> = spans.map(|s| (s.start, s.end)).collect();
        spans.sort_unstable();
        let max_len = spans.iter().map(|(s, e)| e - s).max().unwrap_or(0);
        Spans { spans, max_len }
    }

    /// Whether a span read overlaps `r`.
    fn overlap(&self, r: Range<usize>) -> bool {
        let k = self.spans.partition_point(|&(s, _)| s < r.end);
        self.spans[..k]
            .iter()
            .rev()
            .take_while(|&&(s, _)| s + self.max_len >= r.start)
            .any(|&(_, e)| e > r.start)
    }

    /// Whether a span read holds the byte at `at`.
    fn contain(&self, at: usize) -> bool {
        self.overlap(at..at + 1)
    }
}

/// The people of the present and the absent lists, in that order.
pub(super) fn listed_people(a: &Attendance) -> impl Iterator<Item = &Person> {
    a.present
        .iter()
        .map(|p| &p.person)
        .chain(a.absent.iter().map(|x| &x.person))
}

/// Everyone the attendance read: the present, the absent, both sides of
/// each proxy and of each substitution.
fn people_read(a: &Attendance) -> impl Iterator<Item = &Person> {
    listed_people(a)
        .chain(
            a.proxies
                .iter()
                .flat_map(|p| std::iter::once(&p.grantor).chain(&p.holder)),
        )
        .chain(
            a.substitutes
                .iter()
                .flat_map(|s| [&s.substitute, &s.for_member]),
        )
}

/// Whether `s` is a label of guests ("Assistaient également :",
/// "Invités :") or of substitutes without a vote, which ends a list and
/// names no members.
fn guests_label(text: &str, s: &Section) -> bool {
    s.label == Label::Stop
        && with_fold(&text[s.label_range.clone()], |f| {
            [
                "invit",
                "assist",
                "particip",
                "egalement",
                "auditeur",
                "secretaire",
            ]
            .iter()
            .any(|w| f.starts_with(w))
                || f.starts_with("autres particip")
                || f.contains("suppl")
                || f.contains("sans voix")
        })
}

/// The words of `text[zone]` that may be a member's name: a word in
/// capitals or capitalised, of two letters or more, that is no civility,
/// article, function, label word nor place noun ("M.", "Les", "Maire",
/// "Présents", "Commune"), and that `listed` (by where it starts) does not
/// say is inside a name a list read. Places in capitals are counted too:
/// a list read whole leaves few of them beside its names.
fn name_words(text: &str, zone: Range<usize>, listed: &dyn Fn(usize) -> bool) -> Vec<Range<usize>> {
    let base = text.as_ptr() as usize;
    let mut out = Vec::new();
    for raw in text[zone]
        .split_whitespace()
        .flat_map(|w| w.split_inclusive([',', ';', '/']))
    {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || !w.starts_with(char::is_uppercase) {
            continue;
        }
        let at = w.as_ptr() as usize - base;
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2
            || w.chars().any(|c| c.is_ascii_digit())
            || !(people::is_caps(w) || people::is_capitalised(w))
            || people::civility(w).is_some()
            || matches!(w, "Le" | "La" | "Les" | "LE" | "LA" | "LES")
            || people::is_function_word(w)
            || has_label_word(w)
            || with_fold(w, |f| {
                f == "mairie" || f == "pour" || crate::vocabulary::PLACE_NOUNS.contains(&f)
            })
            || listed(at)
        {
            continue;
        }
        out.push(at..at + w.len());
    }
    out
}

impl Extractor<'_> {
    /// The present list read far short of what the text shows, no finding
    /// yet saying a list was read in part (nor the text cut): one
    /// `unreadable_list` warning that says what was expected, what was
    /// read, and where. The signs, each enough:
    /// - one member read present with four family names or more in
    ///   capitals ("MM. SEGONZAC TALIANO DEJEAN CHAUSSADE"): a list of bare
    ///   family names read as one name;
    /// - the first present label with nothing after it, the next label's
    ///   list holding the names ("Etaient présents : Excusés : X, Y, ..."):
    ///   two headings side by side, the first column read into the second;
    /// - the first present label's run (to the next label of a list, past
    ///   labels of counts and dates, before the items) giving one member or
    ///   none while it holds many words in capitals that no list took
    ///   ("Etaient présents : D.DUBUC M.P.VIGREUX ...", "Pour X M. Gay A,
    ///   Gay L, ...");
    /// - the text counting five members present or more, one read or
    ///   none, and people written in the head whom no list took;
    /// - no present label, one member read present or none, and the text
    ///   counting far more members in office than the lists read.
    pub(super) fn present_read_short(
        &mut self,
        sections: &[Section],
        end: usize,
        a: &Attendance,
        m: &Meeting,
    ) {
        let text = self.text;
        if self.findings.iter().any(|f| {
            matches!(
                f.code,
                Code::UnreadableList | Code::AttendanceMissing | Code::Truncated
            )
        }) {
            return;
        }
        let present = a.present.len();
        // One present member read with many family names.
        if let Some(p) = a.present.iter().find(|p| {
            let words: Vec<&str> = p.person.family_name.split_whitespace().collect();
            p.person.given_name.is_none()
                && words
                    .iter()
                    .all(|w| people::is_caps(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                && words
                    .iter()
                    .filter(|w| !people::is_capital_particle(w))
                    .count()
                    >= 4
        }) {
            let n = p.person.family_name.split_whitespace().count();
            let shown: String = p.person.family_name.chars().take(60).collect();
            self.findings.push(Finding {
                code: Code::UnreadableList,
                severity: Severity::Warning,
                message: format!(
                    "expected one member's name in each entry of the present list, found {n} words in capitals read as one name ({shown:?}): a list of family names read as one member, the present list is incomplete"
                ),
                span: Some(p.person.span),
                deliberation: None,
            });
            return;
        }
        // Where the names read are written, in the input (found when a
        // sign needs them: most texts turn them away before).
        let listed: std::cell::OnceCell<Spans> = std::cell::OnceCell::new();
        let listed_of = || {
            Spans::new(
                people_read(a)
                    .chain(&m.president)
                    .chain(&m.secretary)
                    .map(|p| p.span),
            )
        };
        let norm = self.norm;
        let in_listed = |at: usize| {
            listed
                .get_or_init(listed_of)
                .contain(norm.original(at..at).start)
        };
        let list_label = |s: &Section| {
            matches!(
                s.label,
                Label::Present | Label::Absent(_) | Label::Proxies | Label::Secretary
            ) || guests_label(text, s)
                || s.about_items(text)
        };
        let first_present = sections
            .iter()
            .position(|s| s.label == Label::Present && s.label_range.start < end);
        if let Some(k) = first_present
            && sections[k].count.is_none()
        {
            let s = &sections[k];
            let label = self.clean(s.label_range.clone());
            let content = &text[s.content.clone()];
            // Headings side by side: nothing after the label but the next
            // label, of the absent or the proxies, whose list holds the names.
            if content
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–'))
                .is_empty()
                && present <= 1
                && a.absent.len() >= 3
                && let Some(next) = sections.get(k + 1)
                && matches!(next.label, Label::Absent(_) | Label::Proxies)
            {
                let next_label = self.clean(next.label_range.clone());
                self.finding(
                    Code::UnreadableList,
                    Severity::Warning,
                    format!(
                        "expected the members present listed under {label:?}, found no list after it and {} read absent under {next_label:?} right after: two headings side by side, the present may have been read absent",
                        a.absent.len()
                    ),
                    Some(s.label_range.clone()),
                );
                return;
            }
            // The run of the label: to the next label of a list (past
            // labels of counts and dates), before the items, 3,000 bytes
            // at most.
            let to = sections[k + 1..]
                .iter()
                .find(|o| list_label(o))
                .map_or(end, |o| o.label_range.start)
                .min(end)
                .min(s.content.start + 3000)
                .max(s.content.start);
            let run = s.content.start..text.floor_char_boundary(to);
            let original = norm.original(run.clone());
            let read_here = a
                .present
                .iter()
                .filter(|p| original.contains(&p.person.span.start))
                .count();
            let unread = if read_here <= 1 {
                name_words(text, run.clone(), &in_listed)
            } else {
                Vec::new()
            };
            if unread.len() >= 8 {
                let at = unread[0].start;
                let shown = self.clean(at..text.floor_char_boundary((at + 60).min(run.end)));
                self.finding(
                    Code::UnreadableList,
                    Severity::Warning,
                    format!(
                        "expected the members present listed under {label:?} to be read, found {read_here} read there beside {} words in capitals no list took, from {shown:?}: the present list was read in part",
                        unread.len()
                    ),
                    Some(s.label_range.clone()),
                );
                return;
            }
        }
        // A count of the present far above the one or none read, and people
        // written in the head whom no list took.
        if let Some(stated) = m.stated_present
            && stated >= 5
            && present <= 1
        {
            let guests: Vec<Range<usize>> = sections
                .iter()
                .filter(|s| guests_label(text, s))
                .map(|s| s.content.clone())
                .collect();
            let zone = 0..text.floor_char_boundary(end.min(text.len()));
            let unread: Vec<usize> = people_shaped(text, zone, &in_listed)
                .into_iter()
                .map(|p| p.words.start)
                .filter(|at| !guests.iter().any(|g| g.contains(at)))
                .collect();
            if unread.len() >= 5 {
                let at = unread[0];
                let to = text.floor_char_boundary((at + 60).min(text.len()));
                let shown = self.clean(at..to);
                self.finding(
                    Code::UnreadableList,
                    Severity::Warning,
                    format!(
                        "expected {stated} members present as the text counts, found {present} read present and {} people written before the items whom no list took, from {shown:?}: the present list was not read",
                        unread.len()
                    ),
                    Some(at..to),
                );
                return;
            }
        }
        // No present label, and far fewer read than the members in office.
        if present <= 1
            && !a.absent.is_empty()
            && first_present.is_none()
            && let Some(n) = m.members_in_office
            && n as usize >= present + a.absent.len() + 5
            && (present + a.absent.len()) * 3 < n as usize
        {
            self.finding(
                Code::UnreadableList,
                Severity::Warning,
                format!(
                    "expected the members present to be named ({n} in office, {} read absent), found {present} read present: the present list was not read, or the text does not write it",
                    a.absent.len()
                ),
                None,
            );
        }
    }
}

/// Whether `before` (folded to lower case) ends on "titulaires ou", a
/// bracketed abbreviation after "titulaires" apart ("délégués titulaires
/// (dt) ou"): the "suppléants" after it says who sits, a seat each.
fn titulars_or_substitutes(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix(" ou") else {
        return false;
    };
    let rest = rest.trim_end();
    let rest = match rest.strip_suffix(')') {
        Some(r) => match r.rfind('(') {
            Some(open) if r.len() - open <= 6 => r[..open].trim_end(),
            _ => return false,
        },
        None => rest,
    };
    rest.ends_with("titulaires")
}
