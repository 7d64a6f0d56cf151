//! Attendance per question number: who sits, who is represented by whom.
//!
//! The people of the lists (present, absent, proxies, substitutes) are first
//! gathered into one roster of members, matched by name, so that "Mme Marie
//! SANAC" present from question 23 and "Mme Marie SANAC" giving a proxy until
//! question 22 are one member. The timeline then says, for every question,
//! which members sit and which proxies can be used.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::model::{Document, Person, Presence, Proxy};

/// Question numbers beyond this are ignored, unless the text has more
/// deliberations (see [`question_cap`]): the timeline stays small whatever
/// number a text (or a misread) gives.
pub(crate) const MAX_QUESTION: u32 = 500;

/// The most cells (questions x members) a timeline is given.
const MAX_CELLS: usize = 1 << 22;

/// The highest question number the timeline follows: [`MAX_QUESTION`], or
/// twice the number of deliberations for a longer sitting (its later items
/// would otherwise all be unplaced, each compared with every question), as
/// long as the timeline stays under [`MAX_CELLS`].
fn question_cap(deliberations: usize, members: usize) -> u32 {
    let by_items = (2 * deliberations).min(MAX_CELLS / members.max(1));
    MAX_QUESTION.max(u32::try_from(by_items).unwrap_or(u32::MAX))
}

/// One member of the body, as the lists give them.
#[derive(Debug, Clone)]
pub(crate) struct Member<'a> {
    /// The first mention read.
    pub(crate) person: &'a Person,
    /// The presence entries (more than one when the text repeats the name).
    pub(crate) presence: Vec<&'a Presence>,
    /// Listed among the absent (proxy grantors included).
    pub(crate) listed_absent: bool,
    /// Sits for a titular member ("suppléant de"): not a member in office.
    pub(crate) substitute: bool,
    /// A titular member replaced by a substitute: does not sit.
    pub(crate) replaced: bool,
    /// The president, missing from the lists: presides, so sits.
    pub(crate) implicit: bool,
}

impl Member<'_> {
    /// Present with only a wording that is not a question range ("arrivé à
    /// 19h05"): when exactly is unknown.
    pub(crate) fn uncertain(&self) -> bool {
        !self.presence.is_empty()
            && self.presence.iter().all(|p| {
                p.condition.is_some() && p.first_question().is_none() && p.last_question().is_none()
            })
    }

    /// Present for the whole sitting, as far as the text says.
    pub(crate) fn always_present(&self) -> bool {
        self.implicit
            || self.presence.iter().any(|p| {
                p.condition.is_none() && p.first_question().is_none() && p.last_question().is_none()
            })
    }

    /// The family name, for messages.
    pub(crate) fn name(&self) -> &str {
        &self.person.family_name
    }
}

/// A proxy between two members.
#[derive(Debug, Clone)]
pub(crate) struct Link<'a> {
    /// Index of the grantor in the roster.
    pub(crate) grantor: usize,
    /// Index of the holder in the roster.
    pub(crate) holder: usize,
    /// The proxy as read.
    pub(crate) proxy: &'a Proxy,
}

impl Link<'_> {
    /// Whether the text gives the proxy a question range.
    pub(crate) fn ranged(&self) -> bool {
        self.proxy.from_question.is_some() || self.proxy.until_question.is_some()
    }
}

/// Everyone named in the attendance lists, once each.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roster<'a> {
    /// The members (and substitutes).
    pub(crate) members: Vec<Member<'a>>,
    /// The proxies, between roster members.
    pub(crate) links: Vec<Link<'a>>,
    /// Members by folded family name ([`Person::key`], hashed: see
    /// [`NameMap`]), so that matching stays linear.
    by_name: NameMap,
    /// Members by folded given and family names together ([`whole_key`],
    /// hashed).
    by_whole_name: NameMap,
}

/// The roster's maps: looked up, never iterated (their hash orders
/// nothing), keyed by the hash of a folded name ([`name_hash`]) so that
/// neither a look-up nor an insertion allocates the folded name. Two names
/// may share a hash: the members under one are checked against the name
/// looked for, in order, so a collision changes no answer.
type NameMap = HashMap<u64, Indices, BuildHasherDefault<NameHasher>>;

/// The hash of the folded names of `parts` one after the other
/// ([`Person::key_of`] of each, as [`whole_key`] chains them), the key of
/// a [`NameMap`]: FNV-1a over the characters' scalar values, one step a
/// character.
fn name_hash(parts: &[&str]) -> u64 {
    let mut h = NameHasher::default().0;
    for part in parts {
        for c in Person::key_chars(part) {
            h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The roster maps' hasher: their keys are FNV-1a hashes of names already
/// ([`name_hash`]), taken as they are (FNV-1a for any other bytes), where
/// SipHash's set-up and finish cost more than the name's own hash. The keys
/// are the names of a document's lists, a few hundred at most: no flood of
/// collisions to fear.
#[derive(Debug, Clone, Copy)]
struct NameHasher(u64);

impl Default for NameHasher {
    fn default() -> NameHasher {
        NameHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A map's key is already an FNV-1a hash ([`name_hash`]): taken as it is.
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The members under one name, in order: most names are one member's,
/// held without a vector of their own.
#[derive(Debug, Clone)]
enum Indices {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Indices {
    fn as_slice(&self) -> &[usize] {
        match self {
            Indices::One(one) => one,
            Indices::Many(many) => many,
        }
    }

    fn push(&mut self, i: usize) {
        match self {
            Indices::One([first]) => *self = Indices::Many(vec![*first, i]),
            Indices::Many(many) => many.push(i),
        }
    }
}

/// The characters of a person's given and family names folded together,
/// without spaces or hyphens: "Jean" + "Pierre BEFETROE" and "Jean-Pierre"
/// + "Befetroe" are both "jeanpierrebefetroe". None without a given name.
fn whole_key(p: &Person) -> Option<impl Iterator<Item = char> + '_> {
    let given = whole_given(p)?;
    Some(Person::key_chars(given).chain(Person::key_chars(&p.family_name)))
}

/// The given name of [`whole_key`], when there is one to fold.
fn whole_given(p: &Person) -> Option<&str> {
    let given = p.given_name.as_deref()?;
    Person::key_chars(given).next()?;
    Some(given)
}

/// The hash of [`whole_key`].
fn whole_hash(p: &Person) -> Option<u64> {
    Some(name_hash(&[whole_given(p)?, &p.family_name]))
}

/// The hash of a person's key ([`Person::key`]), in the roster's maps.
fn key_hash(p: &Person) -> u64 {
    name_hash(&[&p.family_name])
}

/// Whether two people have the same key ([`Person::key`]).
fn same_key(a: &Person, b: &Person) -> bool {
    a.family_name == b.family_name
        || Person::key_chars(&a.family_name).eq(Person::key_chars(&b.family_name))
}

impl<'a> Roster<'a> {
    /// Gather the lists of a document.
    pub(crate) fn new(doc: &'a Document) -> Roster<'a> {
        let a = &doc.attendance;
        let mut r = Roster::default();
        // Sized once for every mention: grown member by member, the maps
        // were rehashed several times (they are only looked up, never
        // iterated, so their capacity changes nothing else).
        let mentions =
            a.present.len() + a.absent.len() + 2 * (a.substitutes.len() + a.proxies.len()) + 1;
        r.members.reserve(mentions);
        r.by_name.reserve(mentions);
        r.by_whole_name.reserve(mentions);
        // Each presence entry is one member: homonyms are listed twice.
        for p in &a.present {
            let same_mention = r.by_name.get(&key_hash(&p.person)).and_then(|c| {
                c.as_slice().iter().copied().find(|&i| {
                    let m = r.members[i].person;
                    m.span == p.person.span && same_key(m, &p.person)
                })
            });
            match same_mention {
                Some(i) => r.members[i].presence.push(p),
                None => {
                    r.push(Member {
                        person: &p.person,
                        presence: vec![p],
                        listed_absent: false,
                        substitute: false,
                        replaced: false,
                        implicit: false,
                    });
                }
            }
        }
        for x in &a.absent {
            let i = r.find_or_add(&x.person);
            r.members[i].listed_absent = true;
        }
        for s in &a.substitutes {
            let i = r.find_or_add(&s.substitute);
            r.members[i].substitute = true;
            let t = r.find_or_add(&s.for_member);
            if t != i {
                r.members[t].replaced = true;
            }
        }
        // A proxy whose holder is not written links nobody: its grantor is
        // absent, as listed (the finding on the list says the proxies are
        // not all read).
        for p in &a.proxies {
            let Some(holder) = &p.holder else {
                r.find_or_add(&p.grantor);
                continue;
            };
            let grantor = r.find_or_add(&p.grantor);
            let holder = r.find_or_add(holder);
            if grantor != holder {
                r.links.push(Link {
                    grantor,
                    holder,
                    proxy: p,
                });
            }
        }
        // Label convention and practice: the president sits even when the
        // "Présents" list leaves them out.
        if let Some(president) = &doc.meeting.president
            && r.find(president).is_none()
            && !a
                .present
                .iter()
                .any(|p| p.person.shortened(president) || president.given_name_glued(&p.person))
            && !a.present.is_empty()
        {
            r.push(Member {
                person: president,
                presence: Vec::new(),
                listed_absent: false,
                substitute: false,
                replaced: false,
                implicit: true,
            });
        }
        r
    }

    /// The member a mention names, if any. Among homonyms, one with the
    /// same civility (or none written) comes first.
    pub(crate) fn find(&self, p: &Person) -> Option<usize> {
        let mut best = None;
        let under_key = self.by_name.get(&key_hash(p));
        for &i in under_key.map_or(&[][..], Indices::as_slice) {
            let m = &self.members[i];
            // `same_as` compares the keys first: a member whose key only
            // shares the hash is passed over.
            if !m.person.same_as(p) {
                continue;
            }
            let civility_agrees = match (&m.person.civility, &p.civility) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if civility_agrees {
                return Some(i);
            }
            best.get_or_insert(i);
        }
        // "Jean Pierre Befetroe" read as given name "Jean", family name
        // "Pierre Befetroe", and "Jean-Pierre Befetroe" in a list: the same
        // words, cut elsewhere (looked for only when nothing else matches).
        best.or_else(|| {
            let under = self.by_whole_name.get(&whole_hash(p)?)?;
            under.as_slice().iter().copied().find(|&i| {
                let m = self.members[i].person;
                whole_key(m).is_some_and(|w| whole_key(p).is_some_and(|q| w.eq(q)))
            })
        })
        .or_else(|| self.given_name_near(p, under_key.map_or(&[][..], Indices::as_slice)))
    }

    /// The one member under a mention's family name whose given name is
    /// one letter away from the mention's ("Stylitt X" in the list,
    /// "Stylite X" holding a proxy): a slip of the text, not another
    /// person. None when two members are that near, or the names are
    /// short (one letter tells "Jean" from "Joan"). Likewise the one
    /// member whose compound given name has the mention's as one of its
    /// parts ("Jean-Dominique X" in the list, "Dominique X" holding a
    /// proxy).
    fn given_name_near(&self, p: &Person, under_key: &[usize]) -> Option<usize> {
        let given = |q: &Person| q.given_name.as_deref().map(crate::text::fold);
        let wanted = given(p).filter(|g| g.chars().count() >= 4)?;
        // One name a part of the other, compound ("jean-dominique").
        let part_of = |short: &str, long: &str| {
            let mut parts = long.split(['-', ' ']).filter(|w| !w.is_empty());
            let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
                return false;
            };
            short.chars().count() >= 4 && (a == short || b == short || parts.any(|w| w == short))
        };
        let mut near = under_key.iter().copied().filter(|&i| {
            let m = self.members[i].person;
            Person::key_chars(&m.family_name).eq(Person::key_chars(&p.family_name))
                && given(m).is_some_and(|g| {
                    g.chars().count() >= 5
                        && wanted.chars().count() >= 5
                        && crate::text::edit_distance(g.as_bytes(), wanted.as_bytes()) == 1
                        || part_of(&wanted, &g)
                        || part_of(&g, &wanted)
                })
        });
        let first = near.next()?;
        near.next().is_none().then_some(first)
    }

    fn find_or_add(&mut self, p: &'a Person) -> usize {
        if let Some(i) = self.find(p) {
            return i;
        }
        self.push(Member {
            person: p,
            presence: Vec::new(),
            listed_absent: false,
            substitute: false,
            replaced: false,
            implicit: false,
        })
    }

    fn push(&mut self, m: Member<'a>) -> usize {
        let i = self.members.len();
        self.by_name
            .entry(key_hash(m.person))
            .and_modify(|c| c.push(i))
            .or_insert(Indices::One([i]));
        if let Some(whole) = whole_hash(m.person) {
            self.by_whole_name
                .entry(whole)
                .and_modify(|c| c.push(i))
                .or_insert(Indices::One([i]));
        }
        self.members.push(m);
        i
    }

    /// Members in office named by the lists: everyone but substitutes.
    pub(crate) fn listed_members(&self) -> u32 {
        self.members.iter().filter(|m| !m.substitute).count() as u32
    }

    /// Names of several members, for messages: "COUDRY, VUILLEMIN".
    pub(crate) fn names(&self, members: &[usize]) -> String {
        members
            .iter()
            .map(|&i| self.members[i].name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Attendance at each question.
#[derive(Debug, Clone)]
pub(crate) struct Timeline<'a> {
    /// The members and proxies.
    pub(crate) roster: Roster<'a>,
    /// The highest question number mentioned (0: the text numbers none, and
    /// the whole sitting is one pseudo-question).
    pub(crate) last: u32,
    /// `seated[q index * members + member]`: one row of members per
    /// question, in one allocation.
    seated: Vec<bool>,
    /// Per question: members sitting, grantors represented, and the
    /// proxies that can be used (their range in `usable`), with nobody
    /// out; so that a deliberation costs only its out members.
    base: Vec<(Counts, Range<usize>)>,
    /// The proxies of `base`, every question's in one allocation.
    usable: Vec<usize>,
    /// Per member: the proxies they give or hold.
    links_of: Vec<Vec<usize>>,
    /// Runs of consecutive questions with the same attendance (first and
    /// last question): [`Timeline::counts`] is the same at every question
    /// of a run, whoever is out, so it is computed once per run.
    spans: Vec<(u32, u32)>,
    /// Members in office that the lists do not name (when N is stated).
    pub(crate) unaccounted: u32,
    /// Members present at a time the text gives only as a clock time.
    pub(crate) uncertain: u32,
}

/// Counts at one question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Members sitting (substitutes included), out members removed.
    pub(crate) present: u32,
    /// Absent members whose proxy can be used.
    pub(crate) represented: u32,
}

impl Counts {
    /// Present plus represented: who can vote.
    pub(crate) fn voters(self) -> u32 {
        self.present + self.represented
    }
}

impl<'a> Timeline<'a> {
    /// The attendance of a document, question by question.
    pub(crate) fn new(doc: &'a Document) -> Timeline<'a> {
        let roster = Roster::new(doc);
        let a = &doc.attendance;
        let mentioned = a
            .present
            .iter()
            .flat_map(|p| [p.first_question(), p.last_question()])
            .chain(
                a.proxies
                    .iter()
                    .flat_map(|p| [p.from_question, p.until_question]),
            )
            .chain(doc.deliberations.iter().map(|d| d.question))
            .flatten()
            .chain(doc.meeting.order_of_business.iter().copied());
        let cap = question_cap(doc.deliberations.len(), roster.members.len());
        let last = mentioned.filter(|&q| q <= cap).max().unwrap_or(0);
        // Who sits at each question, question by question: each member's
        // cells set over the questions their presence entries cover
        // (every question when the text numbers none).
        let width = roster.members.len();
        let mut seated = vec![false; last.max(1) as usize * width];
        for (k, m) in roster.members.iter().enumerate() {
            if m.replaced {
                continue;
            }
            let mut sit = |from: u32, until: u32| {
                for q in from..=until {
                    seated[(q.max(1) - 1) as usize * width + k] = true;
                }
            };
            if m.implicit || last == 0 && !m.presence.is_empty() {
                sit(1, last.max(1));
                continue;
            }
            for p in &m.presence {
                let from = p.first_question().unwrap_or(1).max(1);
                let until = p.last_question().unwrap_or(last).min(last);
                if from <= until {
                    sit(from, until);
                }
            }
        }
        let unaccounted = doc
            .meeting
            .members_in_office
            .unwrap_or(0)
            .saturating_sub(roster.listed_members());
        let uncertain = roster.members.iter().filter(|m| m.uncertain()).count() as u32;
        let mut t = Timeline {
            roster,
            last,
            seated,
            base: Vec::new(),
            usable: Vec::new(),
            links_of: Vec::new(),
            spans: Vec::new(),
            unaccounted,
            uncertain,
        };
        t.links_of = vec![Vec::new(); t.roster.members.len()];
        for (k, l) in t.roster.links.iter().enumerate() {
            t.links_of[l.grantor].push(k);
            t.links_of[l.holder].push(k);
        }
        // The grantors of one question, the same buffer for every question.
        let mut grantors: Vec<usize> = Vec::new();
        let mut usable: Vec<usize> = Vec::new();
        // The counts and usable proxies of the question before: a question
        // where the same members sit and every proxy covers as it did there
        // has them too (most questions of a sitting: its attendance changes
        // at a few), and shares its stretch of `usable`.
        let mut before: Option<(Counts, Range<usize>)> = None;
        let base = t
            .questions()
            .map(|q| {
                if let Some((counts, range)) = &before
                    && let Some(i) = t.index(q).filter(|&i| i > 0)
                    && t.row(i) == t.row(i - 1)
                    && t.roster
                        .links
                        .iter()
                        .all(|l| t.covers(l, q) == t.covers(l, q - 1))
                {
                    return (*counts, range.clone());
                }
                let present = t
                    .index(q)
                    .map_or(0, |i| t.row(i).iter().filter(|&&s| s).count());
                let from = usable.len();
                usable.extend(
                    (0..t.roster.links.len()).filter(|&l| t.usable(&t.roster.links[l], q, &[])),
                );
                grantors.clear();
                grantors.extend(usable[from..].iter().map(|&l| t.roster.links[l].grantor));
                grantors.sort_unstable();
                grantors.dedup();
                let counts = Counts {
                    present: present as u32,
                    represented: grantors.len() as u32,
                };
                before = Some((counts, from..usable.len()));
                (counts, from..usable.len())
            })
            .collect();
        (t.base, t.usable) = (base, usable);
        let qs: Vec<u32> = t.questions().collect();
        t.spans = runs(t.questions().map(|q| t.key(q)))
            .into_iter()
            .map(|(a, b, _)| (qs[a], qs[b]))
            .collect();
        t
    }

    /// The runs of questions with the same attendance, in order.
    pub(crate) fn spans(&self) -> &[(u32, u32)] {
        &self.spans
    }

    fn questions_of(last: u32) -> std::ops::RangeInclusive<u32> {
        if last == 0 { 0..=0 } else { 1..=last }
    }

    /// Every question number (just 0 when the text numbers none).
    pub(crate) fn questions(&self) -> std::ops::RangeInclusive<u32> {
        Self::questions_of(self.last)
    }

    /// Whether the text numbers its questions.
    pub(crate) fn numbered(&self) -> bool {
        self.last > 0
    }

    fn index(&self, q: u32) -> Option<usize> {
        if self.last == 0 {
            Some(0)
        } else {
            (1..=self.last).contains(&q).then(|| q as usize - 1)
        }
    }

    /// Whether a member sits at a question (outside the known questions: no).
    pub(crate) fn seated(&self, q: u32, member: usize) -> bool {
        // (The cell itself: its row is in `seated`, a question's index
        // being below `last`, or 0 when there is none.)
        let n = self.roster.members.len();
        self.index(q)
            .is_some_and(|i| member < n && self.seated[i * n + member])
    }

    /// Who sits at the question of index `i`, member by member.
    fn row(&self, i: usize) -> &[bool] {
        let n = self.roster.members.len();
        &self.seated[i * n..(i + 1) * n]
    }

    /// Whether a proxy's range covers a question (an open side runs to the
    /// start or the end of the sitting).
    pub(crate) fn covers(&self, link: &Link<'_>, q: u32) -> bool {
        self.last == 0 || covers(link.proxy.from_question, link.proxy.until_question, q)
    }

    /// Whether a proxy can be used at a question, `out` members (interested,
    /// withdrawn) removed: its grantor is absent, its holder sits, and
    /// neither is out.
    pub(crate) fn usable(&self, link: &Link<'_>, q: u32, out: &[usize]) -> bool {
        self.covers(link, q)
            && !self.seated(q, link.grantor)
            && self.seated(q, link.holder)
            && !out.contains(&link.grantor)
            && !out.contains(&link.holder)
    }

    /// Present and represented at a question, `out` members removed. A
    /// grantor is represented once even if the text gives two proxies.
    pub(crate) fn counts(&self, q: u32, out: &[usize]) -> Counts {
        let Some((base, _)) = self.index(q).and_then(|i| self.base.get(i)) else {
            return Counts::default();
        };
        if out.is_empty() {
            return *base;
        }
        // The out members seated, each once: a few, told apart from those
        // before them without gathering them.
        let out_seated = if out.len() <= 16 {
            out.iter()
                .enumerate()
                .filter(|&(k, &m)| self.seated(q, m) && !out[..k].contains(&m))
                .count()
        } else {
            let mut seated: Vec<usize> =
                out.iter().copied().filter(|&m| self.seated(q, m)).collect();
            seated.sort_unstable();
            seated.dedup();
            seated.len()
        };
        // Only grantors linked to an out member can lose their representation.
        let mut touched: Vec<usize> = out
            .iter()
            .filter_map(|&m| self.links_of.get(m))
            .flatten()
            .map(|&l| self.roster.links[l].grantor)
            .collect();
        touched.sort_unstable();
        touched.dedup();
        let lost = touched
            .into_iter()
            .filter(|&g| {
                let theirs = || {
                    self.links_of[g]
                        .iter()
                        .map(|&l| &self.roster.links[l])
                        .filter(move |l| l.grantor == g)
                };
                theirs().any(|l| self.usable(l, q, &[]))
                    && !theirs().any(|l| self.usable(l, q, out))
            })
            .count() as u32;
        Counts {
            present: base.present - out_seated as u32,
            represented: base.represented - lost,
        }
    }

    /// Who sits at a question, as a key to group questions with the same
    /// attendance.
    pub(crate) fn key(&self, q: u32) -> (&[bool], &[usize]) {
        match self.index(q) {
            Some(i) => (self.row(i), &self.usable[self.base[i].1.clone()]),
            None => (&[], &[]),
        }
    }
}

fn covers(from: Option<u32>, until: Option<u32>, q: u32) -> bool {
    from.is_none_or(|f| f <= q) && until.is_none_or(|u| q <= u)
}

/// Consecutive runs of items with equal keys, as inclusive index pairs.
pub(crate) fn runs<K: PartialEq>(keys: impl IntoIterator<Item = K>) -> Vec<(usize, usize, K)> {
    let mut out: Vec<(usize, usize, K)> = Vec::new();
    for (i, k) in keys.into_iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.2 == k => last.1 = i,
            _ => out.push((i, i, k)),
        }
    }
    out
}

/// Inclusive ranges of the questions for which `ok` holds: [[1, 12]].
pub(crate) fn ranges(questions: impl IntoIterator<Item = (u32, bool)>) -> Vec<[u32; 2]> {
    span_ranges(questions.into_iter().map(|(q, ok)| ([q, q], ok)))
}

/// The ranges covered by consecutive spans of questions that pass, in
/// order, adjacent ones merged: `[1, 3]` and `[4, 6]` give `[1, 6]`.
pub(crate) fn span_ranges(spans: impl IntoIterator<Item = ([u32; 2], bool)>) -> Vec<[u32; 2]> {
    let mut out: Vec<[u32; 2]> = Vec::new();
    for ([first, last], ok) in spans {
        if !ok {
            continue;
        }
        match out.last_mut() {
            Some(r) if r[1] + 1 == first => r[1] = last,
            _ => out.push([first, last]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testkit::Doc;

    #[test]
    fn seed_like_attendance() {
        let doc = Doc::new("Bureau", "2023-10-26", 5)
            .present("A, B, C[3-], D[-4]")
            .absent("E, C")
            .proxy("E>A, C>B[-2]")
            .build();
        let t = Timeline::new(&doc);
        assert_eq!(t.roster.members.len(), 5);
        assert_eq!(t.last, 4);
        assert_eq!(t.unaccounted, 0);
        let c = |q| t.counts(q, &[]);
        assert_eq!(
            c(1),
            Counts {
                present: 3,
                represented: 2
            }
        );
        assert_eq!(
            c(3),
            Counts {
                present: 4,
                represented: 1
            }
        );
        assert_eq!(c(5), Counts::default());
        // B out: its held proxy is lost too.
        assert_eq!(
            t.counts(1, &[1]),
            Counts {
                present: 2,
                represented: 1
            }
        );
    }

    #[test]
    fn no_numbers_is_one_pseudo_question() {
        let doc = Doc::new("Conseil municipal", "2019-01-10", 4)
            .present("A, B")
            .absent("C, D")
            .proxy("C>A")
            .build();
        let t = Timeline::new(&doc);
        assert!(!t.numbered());
        assert_eq!(t.counts(0, &[]).voters(), 3);
        assert_eq!(t.unaccounted, 0);
    }

    #[test]
    fn substitutes_sit_for_their_titular() {
        let doc = Doc::new("Conseil communautaire", "2023-03-14", 3)
            .present("A, S")
            .absent("T, C")
            .substitute("S>T")
            .build();
        let t = Timeline::new(&doc);
        assert_eq!(t.roster.listed_members(), 3);
        assert_eq!(t.counts(0, &[]).present, 2);
    }

    #[test]
    fn ranges_and_runs() {
        assert_eq!(
            ranges([(1, true), (2, true), (3, false), (4, true)]),
            [[1, 2], [4, 4]]
        );
        assert_eq!(
            span_ranges([
                ([1, 3], true),
                ([4, 6], true),
                ([7, 7], false),
                ([8, 9], true)
            ]),
            [[1, 6], [8, 9]]
        );
        assert_eq!(runs([1, 1, 2, 2, 1]), [(0, 1, 1), (2, 3, 2), (4, 4, 1)]);
    }

    #[test]
    fn huge_question_numbers_are_capped() {
        let doc = Doc::new("Conseil municipal", "2019-01-10", 2)
            .present("A[-4000000000], B[7-]")
            .build();
        let t = Timeline::new(&doc);
        assert_eq!(t.last, 7);
        assert!(t.seated(7, 0) && t.seated(7, 1) && !t.seated(6, 1));
    }
}
