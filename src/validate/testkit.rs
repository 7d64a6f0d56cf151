//! A small builder of documents for the validator's unit tests, so that a
//! test case fits on one line.

use std::collections::BTreeSet;

use crate::model::*;
use crate::span::Span;

/// A document under construction.
pub(crate) struct Doc {
    doc: Document,
    next: usize,
}

impl Doc {
    /// A meeting of `body` on `date` ("" for none) with `n` members in office (0: not stated).
    pub(crate) fn new(body: &str, date: &str, n: u32) -> Doc {
        Doc {
            doc: Document {
                schema_version: SCHEMA_VERSION,
                meeting: Meeting {
                    body: (!body.is_empty()).then(|| body.into()),
                    date: (!date.is_empty()).then(|| date.parse().expect("date")),
                    members_in_office: (n > 0).then_some(n),
                    ..Meeting::default()
                },
                attendance: Attendance::default(),
                deliberations: Vec::new(),
                amounts: Vec::new(),
                findings: Vec::new(),
                validation: None,
            },
            next: 0,
        }
    }

    fn span(&mut self) -> Span {
        self.next += 10;
        Span {
            start: self.next,
            end: self.next + 5,
            line: 1,
            column: self.next + 1,
        }
    }

    /// "Marie SANAC" or "SANAC", after a civility "M. " or "Mme ".
    fn person(&mut self, name: &str) -> Person {
        let name = name.trim();
        let (civility, name) = match (name.strip_prefix("M. "), name.strip_prefix("Mme ")) {
            (Some(rest), _) => (Some("M.".to_string()), rest),
            (_, Some(rest)) => (Some("Mme".to_string()), rest),
            _ => (None, name),
        };
        let (given, family) = match name.rsplit_once(' ') {
            Some((g, f)) => (Some(g.to_string()), f.to_string()),
            None => (None, name.to_string()),
        };
        Person {
            civility,
            given_name: given,
            family_name: family,
            text: name.to_string(),
            span: self.span(),
        }
    }

    /// "NAME[3-5]", "NAME[-5]", "NAME[3-]", "NAME{arrivé à 19h}" or "NAME".
    fn ranged(&mut self, item: &str) -> (Person, Option<u32>, Option<u32>, Option<String>) {
        let item = item.trim();
        if let Some((name, cond)) = item.split_once('{') {
            let p = self.person(name);
            return (p, None, None, Some(cond.trim_end_matches('}').to_string()));
        }
        let Some((name, range)) = item.split_once('[') else {
            return (self.person(item), None, None, None);
        };
        let (from, until) = range.trim_end_matches(']').split_once('-').expect("a-b");
        let num = |s: &str| (!s.is_empty()).then(|| s.parse().expect("number"));
        (self.person(name), num(from), num(until), None)
    }

    fn items(list: &str) -> impl Iterator<Item = &str> {
        list.split(',').map(str::trim).filter(|s| !s.is_empty())
    }

    /// Present members: "A, B[3-], C[-4]".
    pub(crate) fn present(mut self, list: &str) -> Doc {
        for item in Self::items(list) {
            let (person, from_question, until_question, condition) = self.ranged(item);
            self.doc.attendance.present.push(Presence {
                from_question,
                until_question,
                condition,
                ..Presence::new(person)
            });
        }
        self
    }

    /// Absent members: "E, C".
    pub(crate) fn absent(self, list: &str) -> Doc {
        self.listed_absent(list, None)
    }

    /// Absent members who sent their excuses ("Absents excusés : E, C").
    pub(crate) fn excused(self, list: &str) -> Doc {
        self.listed_absent(list, Some(true))
    }

    fn listed_absent(mut self, list: &str, excused: Option<bool>) -> Doc {
        self.doc.attendance.absent_label = true;
        for item in Self::items(list) {
            let person = self.person(item);
            self.doc.attendance.absent.push(Absence { person, excused });
        }
        self
    }

    /// Proxies "grantor>holder[range]": "E>A, C>B[-2]".
    pub(crate) fn proxy(mut self, list: &str) -> Doc {
        for item in Self::items(list) {
            let (grantor, rest) = item.split_once('>').expect("a>b");
            let grantor = self.person(grantor);
            let (holder, from_question, until_question, _) = self.ranged(rest);
            let span = self.span();
            self.doc.attendance.proxies.push(Proxy {
                grantor,
                holder: Some(holder),
                from_question,
                until_question,
                span,
            });
        }
        self
    }

    /// Proxies "grantor>holder" whose grantors are read absent from the
    /// proxies themselves ("Ont donné pouvoir : E à A", no list of the
    /// absent): the same person, the same span.
    pub(crate) fn granted(self, list: &str) -> Doc {
        let from = self.doc.attendance.proxies.len();
        let mut doc = self.proxy(list);
        let grantors: Vec<Person> = doc.doc.attendance.proxies[from..]
            .iter()
            .map(|p| p.grantor.clone())
            .collect();
        for person in grantors {
            doc.doc.attendance.absent.push(Absence {
                person,
                excused: None,
            });
        }
        doc
    }

    /// Substitutes "substitute>titular".
    pub(crate) fn substitute(mut self, list: &str) -> Doc {
        for item in Self::items(list) {
            let (s, t) = item.split_once('>').expect("s>t");
            let (substitute, for_member, span) = (self.person(s), self.person(t), self.span());
            self.doc.attendance.substitutes.push(Substitute {
                substitute,
                for_member,
                span,
            });
        }
        self
    }

    /// The stated counts of the meeting.
    pub(crate) fn stated(mut self, present: Option<u32>, voters: Option<u32>) -> Doc {
        self.doc.meeting.stated_present = present;
        self.doc.meeting.stated_voters = voters;
        self
    }

    /// The president, named in the header ("sous la présidence de A").
    pub(crate) fn president(mut self, name: &str) -> Doc {
        let p = self.person(name);
        self.doc.meeting.president = Some(p);
        self
    }

    /// Second convocation.
    pub(crate) fn second_convocation(mut self) -> Doc {
        self.doc.meeting.second_convocation = true;
        self
    }

    /// A deliberation at question `q` (0: unknown) with a vote written
    /// "for/against/abstentions" ("-" for a figure not given) then flags:
    /// `u` (unanimity), `nv=2`, `voters=25`, `expressed=24`, `adopted`,
    /// `rejected`, `against=A;B`, `abst=A;B`, `title=compte administratif`.
    /// An empty spec means no vote.
    pub(crate) fn delib(mut self, q: u32, spec: &str) -> Doc {
        let span = self.span();
        let mut d = Deliberation {
            number: None,
            question: (q > 0).then_some(q),
            title: None,
            rapporteur: None,
            opinions: Vec::new(),
            interested: Vec::new(),
            withdrawn: Vec::new(),
            vote: None,
            amounts: Vec::new(),
            totals: Vec::new(),
            span,
        };
        let mut words = spec.split_whitespace();
        if let Some(figures) = words.next() {
            let f: Vec<Option<u32>> = figures
                .split('/')
                .map(|x| (x != "-").then(|| x.parse().expect("figure")))
                .collect();
            let span = self.span();
            let mut v = Vote {
                for_: f.first().copied().flatten(),
                against: f.get(1).copied().flatten(),
                abstentions: f.get(2).copied().flatten(),
                not_voting: None,
                voters: None,
                expressed: None,
                unanimous: false,
                outcome: None,
                outcome_stated: false,
                against_names: Vec::new(),
                abstention_names: Vec::new(),
                not_voting_names: Vec::new(),
                span,
            };
            for w in words {
                let (k, val) = w.split_once('=').unwrap_or((w, ""));
                let names = |doc: &mut Doc| -> Vec<Person> {
                    val.split(';').map(|n| doc.person(n)).collect()
                };
                match k {
                    "u" => v.unanimous = true,
                    "nv" => v.not_voting = val.parse().ok(),
                    "voters" => v.voters = val.parse().ok(),
                    "expressed" => v.expressed = val.parse().ok(),
                    "adopted" | "rejected" => {
                        v.outcome = Some(if k == "adopted" {
                            Outcome::Adopted
                        } else {
                            Outcome::Rejected
                        });
                        v.outcome_stated = true;
                    }
                    "against" => v.against_names = names(&mut self),
                    "abst" => v.abstention_names = names(&mut self),
                    "title" => d.title = Some(val.replace('_', " ")),
                    _ => panic!("unknown vote flag {w}"),
                }
            }
            d.vote = Some(v);
        }
        self.doc.deliberations.push(d);
        self
    }

    /// Interested members of the last deliberation.
    pub(crate) fn interested(mut self, list: &str) -> Doc {
        let people: Vec<Person> = Self::items(list).map(|n| self.person(n)).collect();
        self.doc
            .deliberations
            .last_mut()
            .expect("a deliberation")
            .interested = people;
        self
    }

    /// Members withdrawn from the last deliberation.
    pub(crate) fn withdrawn(mut self, list: &str) -> Doc {
        let people: Vec<Person> = Self::items(list).map(|n| self.person(n)).collect();
        self.doc
            .deliberations
            .last_mut()
            .expect("a deliberation")
            .withdrawn = people;
        self
    }

    /// A financing plan in the last deliberation: total then parts, in euros.
    pub(crate) fn plan(mut self, total: i64, parts: &[i64]) -> Doc {
        let mut amounts = Vec::new();
        for &e in std::iter::once(&total).chain(parts) {
            let span = self.span();
            amounts.push(Amount {
                cents: e * 100,
                currency: "EUR".into(),
                text: format!("{e} €"),
                span,
            });
        }
        let d = self.doc.deliberations.last_mut().expect("a deliberation");
        let base = d.amounts.len();
        d.totals.push(AmountTotal {
            total: base,
            parts: (base + 1..base + 1 + parts.len()).collect(),
        });
        d.amounts.extend(amounts);
        self
    }

    /// The document.
    pub(crate) fn build(self) -> Document {
        self.doc
    }
}

/// The codes of the findings of one severity, sorted.
pub(crate) fn codes(v: &Validation, severity: Severity) -> Vec<&'static str> {
    let of_severity = v.findings.iter().filter(|f| f.severity == severity);
    let sorted: BTreeSet<&str> = of_severity.map(|f| f.code.as_str()).collect();
    sorted.into_iter().collect()
}

/// The codes of the findings of severity `error`, sorted.
pub(crate) fn errors(v: &Validation) -> Vec<&'static str> {
    codes(v, Severity::Error)
}

/// The codes of the findings of severity `warning`, sorted.
pub(crate) fn warnings(v: &Validation) -> Vec<&'static str> {
    codes(v, Severity::Warning)
}
