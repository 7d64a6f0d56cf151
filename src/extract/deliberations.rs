//! The deliberations: title, rapporteur, opinions, interested members, vote,
//! amounts, and the movements of members told in their text.

use super::*;

use super::movements::Movement;

impl<'a> Extractor<'a> {
    pub(super) fn deliberation(
        &mut self,
        range: Range<usize>,
        heading: Option<&Heading>,
        meeting: &Meeting,
        read: Option<votes::Tally>,
    ) -> (Deliberation, Vec<Movement>) {
        let text = self.text;
        let content_start = heading.map_or(range.start, |h| h.range.end.min(range.end));
        let content = content_start..range.end;
        let number = heading
            .and_then(|h| h.number.clone())
            .map(|r| self.clean(r));
        let mut title = heading.and_then(|h| h.title.clone()).map(|r| self.clean(r));

        // Rapporteur.
        // Searched in the lower-cased text (the same matches as `(?i)` in
        // the text, no letter here having a case outside ASCII): the engine
        // skips ahead to the literal, where the case-insensitive pattern
        // stepped through candidates at every "ra".
        let rap = lower_regex!(r"rapporteure?\s*:\s*");
        let mut rapporteur = None;
        let mut rap_at = None;
        if let Some(m) = rap.find(&self.lower[range.clone()]) {
            let start = range.start + m.end();
            rap_at = Some(range.start + m.start());
            let end = text[start..range.end]
                .find('\n')
                .map_or(range.end, |p| start + p);
            let tokens = people::tokenize(text, start..end);
            let style = NameStyle::guess(text, &tokens);
            match people::name_at(text, &tokens, 0, style) {
                Some((Mention::Name(n), _)) => rapporteur = Some(self.person(&n, None)),
                Some((Mention::Role(_, r), _)) => {
                    rapporteur = self.president_named(r, meeting.president.as_ref())
                }
                None => {}
            }
        }
        if title.is_none() {
            title = self.title_before(range.clone(), rap_at);
        }

        // Opinions of commissions.
        let mut opinions = Vec::new();
        // Tried on one line at a time: a match starts the line (`\A`,
        // where `(?m)^` had the engine read each line to its end).
        let op = fold_regex!(
            r"(?i)\A[ \t]*(commission[^\n]*?)[ \t]+(\d{1,2}/\d{1,2}/\d{4})[ \t]+(favorable|défavorable|réservée?|sans avis|avis favorable|avis défavorable)(?-u:\b)"
        );
        // Anchored at a line start: only lines starting with a "c" can match.
        let feeds = feeds_within(&self.feeds, range.clone());
        let feeds = feeds.iter().map(|f| f - range.start);
        for (_, line) in lines_where_given(&text[range.clone()], feeds, |b| b == b'c' || b == b'C')
        {
            let Some(c) = op.captures(line) else { continue };
            // ASCII `\b` in the regex (fast), the Unicode edge here.
            if !word_ends_at(line, c.get(0).expect("match").end()) {
                continue;
            }
            let d = date::dates(&c[2]).first().and_then(WrittenDate::date);
            opinions.push(Opinion {
                body: squeeze(&c[1]),
                date: d,
                opinion: c[3].to_string(),
            });
        }

        // Interested members.
        let interested = self.interested(content.clone());

        // The vote.
        // (Read already, of the same range, for a part outside every item.)
        let mut tally = match read {
            Some(t) if heading.is_none() => t,
            _ => votes::tally(text, self.lower, content.clone()),
        };
        // "1) Le compte-rendu du 7 mars est approuvé à l'unanimité.": an
        // item of one line, its decision inside what the heading took for
        // its title.
        if tally.is_empty()
            && text[content.clone()].trim().is_empty()
            && let Some(h) = heading
        {
            tally = votes::tally(text, self.lower, h.range.start..content.start);
        }
        // "25/16 – OBJET : ... Votants : 11 Pour : 11 Contre : 0
        // Abstentions : 0": the counts box written on the heading's line,
        // after the title, where the item's text counts nothing (its
        // "décide" kept).
        if tally.for_.is_none()
            && tally.against.is_none()
            && tally.abstentions.is_none()
            && let Some(h) = heading
            && !text[content.clone()].trim().is_empty()
        {
            let own = votes::tally(text, self.lower, h.range.start..content.start);
            if own.for_.is_some() && (own.against.is_some() || own.abstentions.is_some()) {
                // The title ends where the box starts.
                if let (Some(t), Some(box_at)) = (h.title.clone(), own.range.clone())
                    && t.start < box_at.start
                    && box_at.start < t.end
                {
                    let kept = text[t.start..box_at.start].trim_end().len();
                    title = Some(self.clean(t.start..t.start + kept));
                }
                tally = votes::with_counts_of(tally, own);
            }
        }
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
        let totals = totals(
            &text[range.clone()],
            &found,
            feeds_within(&self.feeds, range.clone()),
            range.start,
        );
        let amounts = found
            .into_iter()
            .map(|a| {
                self.amount(
                    a.cents,
                    range.start + a.range.start..range.start + a.range.end,
                )
            })
            .collect();
        let mut d = Deliberation {
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
            span: self.span(range.clone()),
        };
        let (withdrawn, movements) = self.movements(range, &d, meeting);
        d.withdrawn = withdrawn;
        (d, movements)
    }

    /// Arrivals and departures told in one deliberation's text ("Mme X
    /// rejoint la séance", "M. Y quitte la séance et donne pouvoir à Z"),
    /// and the members who leave the room for this item only ("Le
    /// Président quitte la salle ... regagne la salle"): those withdrawn,
    /// then the movements for the attendance, in the order they are told.
    fn movements(
        &self,
        region: Range<usize>,
        d: &Deliberation,
        meeting: &Meeting,
    ) -> (Vec<Person>, Vec<Movement>) {
        let text = self.text;
        // Searched in the lower-cased text: lower-case literals let the
        // regex engine skip ahead; ASCII `\b` there, Unicode edges below.
        // Leaving and coming back in one scan (the group tells a return):
        // their words differ, so no match of one overlaps one of the other.
        let moves = lower_regex!(concat!(
            r"(?-u:\b)(?:",
            r"quitte(?:nt)?\s+(?:définitivement\s+)?(?:la\s+séance|la\s+salle|l'assemblée|la\s+réunion)|retiren?t?(?-u:\b)|sorten?t?\s+de\s+la\s+salle|s'absentent?",
            r"|(rejoin(?:t|nent)|regagnen?t?|(?:reprend|reprennent)\s+(?:sa\s+|leur\s+)?place|revien(?:t|nent)|réintègren?t?|arrive(?:nt)?\s+en\s+séance|entren?t?\s+en\s+séance))"
        ));
        let lower = self.lower;
        // Where the match starts, once its edges are checked: "retire" is
        // sought alone (a literal the engine skips ahead to, where "se" is
        // everywhere) and must follow "se" and spaces.
        let start_of = |start: usize, end: usize| -> Option<usize> {
            let mut start = start;
            if lower[start..].starts_with("retir") {
                let before = lower[..start].trim_end();
                if before.len() == start || !before.ends_with("se") {
                    return None;
                }
                start = before.len() - 2;
                if !word_ends_at(text, end) {
                    return None;
                }
            }
            word_starts_at(text, start).then_some(start)
        };
        let question = d.question;
        let vote_start = d.vote.as_ref().map(|v| v.span.start);
        let mut leaving: Vec<(Person, usize, Range<usize>)> = Vec::new();
        let mut returning: Vec<(Person, usize)> = Vec::new();
        for c in moves.captures_iter(&lower[region.clone()]) {
            let m = c.get(0).expect("match");
            let is_leave = c.get(1).is_none();
            let at = match start_of(region.start + m.start(), region.start + m.end()) {
                Some(at) if at >= region.start => at,
                _ => continue,
            };
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
        // Before or after the vote, in the input (where the vote's span is).
        let after_vote = |at: usize| {
            let orig = self.norm.original(at..at + 1).start;
            vote_start.is_none_or(|v| orig > v)
        };
        let mut withdrawn: Vec<Person> = Vec::new();
        let mut movements = Vec::new();
        for (who, at, sentence) in leaving {
            if d.interested.iter().any(|p| p.same_as(&who)) {
                continue;
            }
            let returns = returning.iter().any(|(p, r)| *r > at && p.same_as(&who));
            if returns {
                if !withdrawn.iter().any(|p| p.same_as(&who)) {
                    withdrawn.push(who);
                }
                continue;
            }
            let Some(q) = question else { continue };
            let until = if after_vote(at) {
                q
            } else {
                q.saturating_sub(1)
            };
            // "... quitte la séance et donne pouvoir à Mme X".
            let giving = fold_regex!(
                r"(?i)donnen?t?\s+(?:pouvoir|procuration|délégation\s+de\s+vote)\s+à\s+"
            );
            let proxy = giving.find(&text[sentence.clone()]).and_then(|g| {
                let hs = sentence.start + g.end();
                let holder = people::lone_name(self.text, hs..sentence.end.max(hs))?;
                Some((self.person(&holder, None), self.span(sentence.clone())))
            });
            movements.push(Movement::Left { who, until, proxy });
        }
        for (who, at) in returning {
            let Some(q) = question else { continue };
            if d.interested.iter().any(|p| p.same_as(&who))
                || withdrawn.iter().any(|w| w.same_as(&who))
            {
                continue;
            }
            let orig = self.norm.original(at..at + 1).start;
            let from = if vote_start.is_none_or(|v| orig < v) {
                q
            } else {
                q + 1
            };
            movements.push(Movement::Came { who, from });
        }
        (withdrawn, movements)
    }

    /// The person a sentence is about: its first name, or "le Maire".
    pub(super) fn subject(&self, range: Range<usize>, meeting: &Meeting) -> Option<Person> {
        let text = self.text;
        // The last name before the verb: "Conformément à l'article L.2121-14
        // du CGCT, Monsieur le Maire quitte la salle".
        let tokens = people::inline(people::tokenize(text, range));
        let style = NameStyle::guess(text, &tokens);
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
            Mention::Role(_, r) => self.president_named(r, meeting.president.as_ref()),
        }
    }

    /// The paragraph right before "Rapporteur :" (the seed's bold title).
    pub(super) fn title_before(
        &self,
        range: Range<usize>,
        rap_at: Option<usize>,
    ) -> Option<String> {
        let text = self.text;
        let at = rap_at?;
        let before = &text[range.start..at];
        let trimmed = before.trim_end();
        let para_start = trimmed.rfind("\n\n").map_or(0, |p| p + 2);
        let para = &trimmed[para_start..];
        let cleaned = squeeze(para);
        (!cleaned.is_empty() && cleaned.len() < 400).then_some(cleaned)
    }

    pub(super) fn interested(&self, content: Range<usize>) -> Vec<Person> {
        let text = self.text;
        let re = lower_regex!(
            r"intéressée?s?|ne prenn?e?n?t? (?:pas )?part|n'(?:a|ont) pas pris part|ne participen?t? pas au vote|se déporten?t?|(?-u:\b)nppv(?-u:\b)"
        );
        let mut out: Vec<Person> = Vec::new();
        // The sentence start and where the list read before the previous
        // match stopped, and that match: a list that ended before its match
        // reads no further at the next one in the same sentence.
        let mut last: Option<(usize, usize, usize, usize)> = None;
        // In the lower-cased text (literals the engine skips ahead to).
        for m in re.find_iter(&self.lower[content.clone()]) {
            // The regex has no Unicode `\b` (slow): "intéressé(e)(s)" must
            // end a word, "NPPV" be one.
            if !word_ends_at(text, content.start + m.end())
                || (m.as_str().eq_ignore_ascii_case("nppv")
                    && !unicode_word_edges(&text[content.clone()], m.start(), m.end()))
            {
                continue;
            }
            let at = content.start + m.start();
            // "Conseillers intéressés : 2" is a count, not a sentence.
            if text[content.start + m.end()..]
                .trim_start()
                .starts_with(':')
            {
                continue;
            }
            // A sentence is read back at most this far: without a bound (and
            // the skip below), each match re-read the text since the last
            // full stop, quadratic in a text of many matches.
            const SENTENCE_MAX: usize = 1000;
            let floor = text
                .floor_char_boundary(at.saturating_sub(SENTENCE_MAX))
                .max(content.start);
            let start = sentence_start(text, floor, at);
            // A list that read up to the previous match in the same
            // sentence read every name before it: the next match reads on
            // from the end of that one ("MM. X et Y, conseillers
            // intéressés, ne prennent pas part au vote": once).
            let mut from = start;
            if let Some((s, stop, prev_at, prev_end)) = last
                && s == start
            {
                if stop < prev_at {
                    continue;
                }
                from = prev_end.min(at);
            }
            let (entries, stop) = people::list(text, from..at);
            last = Some((start, stop, at, content.start + m.end()));
            for e in entries {
                if let Mention::Name(n) = &e.mention {
                    let p = self.person(n, e.group_civility);
                    if !out.iter().any(|x| x.same_as(&p)) {
                        out.push(p);
                    }
                }
            }
        }
        out
    }

    pub(super) fn vote(&self, t: Tally, interested: &[Person]) -> Vote {
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
}

pub(super) fn totals(
    region: &str,
    found: &[crate::grammar::amounts::FoundAmount],
    feeds: &[usize],
    base: usize,
) -> Vec<AmountTotal> {
    // The indices of the amounts on each line (a run of `found`, which is
    // in text order), sized once.
    let mut lines: Vec<(Range<usize>, Range<usize>)> = Vec::with_capacity(feeds.len() + 1);
    // The lines as `split_inclusive('\n')` cuts them, from the text's line
    // feeds (`feeds`, those of the region, offsets in the text from `base`).
    let ends = feeds.iter().map(|p| p - base + 1).chain(Some(region.len()));
    let mut start = 0;
    // `found` is in text order, and so are the lines: the first amount
    // of a line is found walking on from the last line's, neither a scan
    // from the first amount nor a binary search per line.
    let mut first = 0;
    for end in ends {
        if end <= start {
            continue;
        }
        let r = start..end;
        start = end;
        while found.get(first).is_some_and(|a| a.range.start < r.start) {
            first += 1;
        }
        let count = found[first..]
            .iter()
            .take_while(|a| a.range.start < r.end)
            .count();
        lines.push((r, first..first + count));
    }
    let is_total = |r: &Range<usize>| -> bool {
        let l = region[r.clone()].trim_start_matches([' ', '|', '-', '*']);
        let l = fold(&l[..l.floor_char_boundary(16)]);
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
        let whole = fold_regex!(r"(?i)^[-•|* ]*(?:coût|montant|budget|dépense)").is_match(l);
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
                parts.push(pon.start);
            }
            parts.reverse();
            if parts.len() >= 2 && !out.iter().any(|t: &AmountTotal| t.parts == parts) {
                out.push(AmountTotal {
                    total: on.start,
                    parts,
                });
            }
            continue;
        }
        // "pour un montant total de 38 650 €, dont :" and the lines below.
        if region[r.clone()].trim_end().ends_with(':') && fold(&region[r.clone()]).contains("total")
        {
            let parts: Vec<usize> = lines[k + 1..]
                .iter()
                .take_while(|(pr, pon)| is_part(pr, pon.len()))
                .map(|(_, pon)| pon.start)
                .collect();
            if parts.len() >= 2 {
                out.push(AmountTotal {
                    total: on.start,
                    parts,
                });
            }
        }
    }
    out
}
