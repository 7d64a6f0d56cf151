//! The meeting's header: date, body, authority, place, president, times, counts.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn meeting_header(&mut self, m: &mut Meeting, first_label: usize, head_end: usize) {
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
        // The phrases below are searched in the lower-cased text (literal
        // prefixes the regex engine skips ahead to), read in `text`.
        let published =
            lower_regex!(r"(?:publi[éÉe]e?|affich[éÉe]e?|mis en ligne)(?: en mairie)? le\s*:?\s*");
        m.published_on = self.date_after(published, head.clone(), year);
        if m.published_on.is_none() {
            m.published_on = self.date_after(published, 0..text.len(), year);
        }
        let convened = lower_regex!(
            r"(?:date de (?:la )?convocation\s*:?\s*(?:le |du )?|convoqu[éÉe]e?s?(?: le| en date du)?\s*|sur convocation (?:adress[éÉ]e )?(?:du |en date du |le )?|convocation du |convocation adress[éÉ]e le )"
        );
        m.convened_on = self.date_after(convened, head.clone(), year);

        // Times.
        let opened = lower_regex!(
            r"(?:s[éÉe]ance (?:est )?ouverte|ouvre la s[éÉe]ance|d[éÉe]clare la s[éÉe]ance ouverte|ouverture de la s[éÉe]ance)\s*(?:à|À|a)"
        );
        m.opened_at = date::time_after(&text[head.clone()], &self.lower[head.clone()], opened)
            .map(|(t, _)| t);
        let closed = lower_regex!(
            r"(?:lev[éÉe]e|l[èÈe]ve la s[éÉe]ance|cl[ôÔo]tur[éÉe]e|se termine|fin de (?:la )?s[éÉe]ance)\s*(?:à|À|a)"
        );
        m.closed_at = date::time_after(text, &self.lower, closed).map(|(t, _)| t);

        // Counts.
        let in_office = lower_regex!(r"en (?:exercice|fonctions?)\s*:?\s*(\d{1,4})(?-u:\b)");
        let lower = &self.lower;
        let count_in = |within: Range<usize>| {
            in_office
                .captures_iter(&lower[within.clone()])
                .find(|c| word_ends_at(text, within.start + c.get(0).expect("match").end()))
                .and_then(|c| c[1].parse().ok())
        };
        m.members_in_office = count_in(head.clone()).or_else(|| count_in(0..text.len()));
        // In the lower-cased text, from its first letter (a literal the
        // engine skips ahead to); no letter may come before it.
        let present = lower_regex!(
            r"(?:nombre de )?pr[éÉe]sents?\s*(?:\(\w+\)\s*)?:?\s*(\d{1,4})(?:\s*[,;\-\n–]|\s*$|\s+\p{L})"
        );
        // Not "Auditeurs présents : 47": the public is not counted.
        // (No `\b` after the digits: what follows them is never a word
        // character anyway, and a Unicode `\b` makes the regex slow.)
        let head_text = &text[head.clone()];
        m.stated_present = present
            .captures_iter(&lower[head.clone()])
            .find(|c| {
                let start = c.get(0).expect("match").start();
                let before = head_text[..start].chars().next_back();
                if before.is_some_and(char::is_alphabetic) {
                    return false;
                }
                // From the character before, as the pattern once matched it.
                let at = head.start + start - before.map_or(0, char::len_utf8);
                !fold(&text[text.floor_char_boundary(at.saturating_sub(12))..at])
                    .contains("auditeur")
            })
            .and_then(|c| c[1].parse().ok())
            .or_else(|| {
                // ASCII `\b` (fast) and the Unicode edge checked here.
                let hay = &text[head.clone()];
                regex!(r"\((\d{1,4}) pr[ée]sents(?-u:\b)")
                    .captures_iter(hay)
                    .find(|c| word_ends_at(hay, c.get(0).expect("match").end()))
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
        let order = lower_regex!(
            r"ordre de passage(?: des (?:rapports|dossiers|questions))?\s*:\s*((?:\d{1,3}\s*,\s*)*\d{1,3})"
        );
        if let Some(c) = order.captures(&lower[head.clone()]) {
            m.order_of_business = c[1]
                .split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect();
        }
        // President and place.
        let presidency = lower_regex!(r"sous\s+la\s+pr[éÉe]sidence\s+(?:de\s+|d')\s*");
        if let Some(pm) = presidency.find(&lower[head.clone()]) {
            let start = head.start + pm.end();
            let end = (start + 200).min(text.len());
            let end = text.floor_char_boundary(end);
            if let Some(name) = self.single_name(start..end) {
                m.president = Some(self.person(&name, None));
            }
        }
        let place = lower_regex!(
            r"(?:s'est|se sont) (?:r[éÉe]unie?s?|assembl[éÉe]e?s?)(?: en (?:s[éÉe]ance|session) (?:ordinaire|publique|extraordinaire|pl[éÉ]ni[èÈ]re))?(?:,? exceptionnellement)?\s+(?:[àÀ]\s+\d{1,2}\s?h(?:\s?\d{2})?,?\s+)?((?:[àÀ]|au|en|dans|salle)[^\w.;][^.;]+?)(?:,?\s+(?:sous la pr[éÉe]sidence|sur (?:la )?convocation|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d))|\.\s|,\s*(?:[àÀ]|le) \d)"
        );
        // (The place runs at most 200 characters after its first word,
        // checked here: a bounded repetition in the regex would multiply
        // its automaton's states.)
        let place_found = place.captures(&lower[head.clone()]).filter(|c| {
            c.get(1).is_some_and(|g| {
                let s = g.as_str();
                let word = s.find(|ch: char| !is_word_char(ch)).unwrap_or(s.len());
                s[word..].chars().count() <= 200
            })
        });
        if let Some(c) = place_found {
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
        m.second_convocation = lower_regex!(
            r"(?:deuxi[èÈe]me|seconde|nouvelle)\s+convocation|sans\s+condition\s+de\s+quorum|quel\s+que\s+soit\s+le\s+nombre\s+des\s+membres\s+pr[éÉe]sents"
        )
        .is_match(&lower[head.clone()]);
    }

    pub(super) fn date_after(
        &self,
        re: &regex::Regex,
        within: Range<usize>,
        year: Option<i32>,
    ) -> Option<NaiveDate> {
        let text = self.text;
        for m in re.find_iter(&self.lower[within.clone()]) {
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
    pub(super) fn sitting_date(
        &mut self,
        header: Range<usize>,
        head: Range<usize>,
    ) -> Option<NaiveDate> {
        let text = self.text;
        let region = if header.end > 40 { header } else { head };
        let hay = &text[region.clone()];
        let dates = date::dates(hay);
        let mut preamble: Vec<(WrittenDate, usize)> = Vec::new();
        let mut headings: Vec<(WrittenDate, usize)> = Vec::new();
        let mut bare: Vec<(WrittenDate, usize)> = Vec::new();
        // "L'an deux mille vingt-trois, le quatorze mars".
        let l_an = regex!(r"(?i)(?-u:\b)l'? ?an\s+");
        let mut an_year: Option<(i32, usize)> = None;
        let starts_word = |m: &regex::Match| word_starts_at(hay, m.start());
        for m in l_an.find_iter(hay).filter(starts_word) {
            if let Some((y, len)) = date::year_in_words(&hay[m.end()..]) {
                an_year = Some((y, m.end() + len));
                break;
            }
        }
        for d in &dates {
            let before = &hay[..d.start];
            // The clause just before the date: after the last full stop,
            // line feed or double space (a line break flattened away), and
            // from a capitalised "Séance" ("... DES DÉLIBÉRATIONS Séance du
            // 14 mars 2023" is a heading, "... de la séance du ..." not).
            let tail_start = hay.floor_char_boundary(d.start.saturating_sub(60));
            let mut clause = &hay[tail_start..d.start];
            if let Some(p) = clause.rfind(['.', '\n']) {
                clause = &clause[p + 1..];
            }
            if let Some(p) = clause.rfind("  ") {
                clause = &clause[p + 2..];
            }
            if let Some(p) = ["Séance", "SÉANCE", "Seance", "SEANCE"]
                .iter()
                .filter_map(|w| clause.rfind(w))
                .max()
            {
                clause = &clause[p..];
            }
            if regex!(r"(convoqu|convocation|affich|publi|transmis|recu|reçu|envoy|en date du\s*$|scrutin|ligne le|delibere|deliberation|arrete|loi|decret|approuv|approbation|adopt|precedente|derniere)").is_match(&fold(clause)) {
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

    pub(super) fn authority(&self, head: Range<usize>) -> Option<String> {
        let text = self.text;
        let hay = &text[head.start..text.floor_char_boundary(head.end.min(head.start + 2500))];
        // Header lines naming a collectivity, the most local kind first: a
        // "DÉPARTEMENT DE LA DRÔME" line only locates a commune.
        // The lengths are checked on the match (the second and later groups,
        // spaces at their end aside): a counted repetition (`[^\n,]{2,60}`)
        // compiles to as many copies of its class, 3 ms at start-up for these.
        let kinds = [
            (
                regex!(
                    r"(?mi)^[ \t#]*((?:commune|ville|mairie) d(?:e |u |es |')\s*([^\n,]{2,}))\s*$"
                ),
                60,
            ),
            (
                regex!(
                    r"(?mi)^[ \t#]*((?:communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole|syndicat|sivom|sivu|smictom|p[ôo]le d'[ée]quilibre)\b([^\n]*))\s*$"
                ),
                100,
            ),
            (
                regex!(
                    r"(?mi)^[ \t#]*(conseil d[ée]partemental d([^\n,]{2,})|r[ée]gion ([^\n,]{2,}))\s*$"
                ),
                60,
            ),
            (
                regex!(r"(?mi)^[ \t#]*(d[ée]partement d(?:e |u |es |e l'|')([^\n,]{2,}))\s*$"),
                60,
            ),
        ];
        // The patterns hold to one line from its start: only lines opening
        // with one of their first words are searched.
        let starts: [&[&str]; 4] = [
            &["commune", "ville", "mairie"],
            &[
                "communaut",
                "metropole",
                "syndicat",
                "sivom",
                "sivu",
                "smictom",
                "pole",
            ],
            &["conseil", "region"],
            &["departement"],
        ];
        let lines: Vec<(&str, String)> = hay
            .split_inclusive('\n')
            .filter_map(|line| {
                let lead = line.trim_start_matches([' ', '\t', '#']);
                let first = &lead[..lead.floor_char_boundary(12)];
                (!first.is_empty()).then(|| (line, fold(first)))
            })
            .collect();
        for ((re, max), words) in kinds.into_iter().zip(starts) {
            for (line, first) in &lines {
                if words.iter().any(|w| first.starts_with(w))
                    && let Some(c) = re.captures(line)
                    && c.iter()
                        .skip(2)
                        .flatten()
                        .all(|m| m.as_str().trim_end().chars().count() <= max)
                {
                    return Some(self.clean_str(c[1].trim()));
                }
            }
        }
        // The name's length is checked on the match: a counted repetition
        // of a Unicode class (`{1,60}?`) compiles to sixty copies of it,
        // 16 ms at start-up.
        let council = regex!(
            r"(?i)conseil municipal de (?:la (?:commune|ville) de |la ville d'|la commune d')?\s*([\p{Lu}][\p{L}'\- ]+?)(?:,|\s+(?:s'est|dûment|légalement|régulièrement|d[ûu]ment|sur|en))"
        );
        if let Some(c) = captures_where(council, hay, |c| c[1].chars().count() <= 61) {
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
}

pub(super) fn body_of(header: &str) -> Option<String> {
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
