//! The records a deliberation is read into, and their JSON (contract v1).
//!
//! Field names are fixed by the contract: other tools read them. A field the
//! text does not give is `None` (JSON `null`) or an empty list, never a guess.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::text::{fold, fold_char};

/// The version of the JSON contract these records follow.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything read from one deliberation text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Document {
    /// Always [`SCHEMA_VERSION`]; reading JSON of another version is an
    /// error that says which.
    #[serde(deserialize_with = "schema_version")]
    pub schema_version: u32,
    /// The sitting: who, when, where.
    pub meeting: Meeting,
    /// Who was present, absent, represented or substituted.
    pub attendance: Attendance,
    /// The deliberations, in the order of the text.
    pub deliberations: Vec<Deliberation>,
    /// Euro amounts written outside any deliberation (preamble, agenda).
    #[serde(default)]
    pub amounts: Vec<Amount>,
    /// What parsing noticed: unreadable parts, conflicts, doubts.
    pub findings: Vec<Finding>,
    /// What the validator concluded, when it ran.
    pub validation: Option<Validation>,
}

/// The schema version of a document read from JSON: [`SCHEMA_VERSION`]
/// only, the fields of another version meaning other things.
fn schema_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let version = u32::deserialize(d)?;
    if version == SCHEMA_VERSION {
        Ok(version)
    } else {
        Err(serde::de::Error::custom(format!(
            "expected schema_version {SCHEMA_VERSION}, found {version}: a document of another version of the contract"
        )))
    }
}

impl Document {
    /// Every finding: parsing's, then the validator's (when it ran).
    ///
    /// ```
    /// let doc = deliberation::Options::new()
    ///     .validate(true)
    ///     .parse("Séance du 2 juin 2016\nPrésents : M. Jean DUPONT\nPour : 3 Contre : 0")?;
    /// for f in doc.all_findings() {
    ///     println!("{f}");
    /// }
    /// assert!(doc.has_errors()); // three votes, one member present
    /// # Ok::<(), deliberation::Error>(())
    /// ```
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .chain(self.validation.iter().flat_map(|v| &v.findings))
    }

    /// Whether any finding, parsing's or the validator's, is an error.
    pub fn has_errors(&self) -> bool {
        self.all_findings().any(|f| f.severity == Severity::Error)
    }
}

/// The sitting itself ("Séance du 26 octobre 2023").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Meeting {
    /// The collectivity: "Grand Besançon Métropole", "Ribonde de Pornic".
    pub authority: Option<String>,
    /// The deliberating body: "Bureau", "Conseil municipal", "Comité
    /// syndical" (see [`Council`]).
    pub body: Option<Council>,
    /// The sitting's date.
    pub date: Option<NaiveDate>,
    /// "Date de convocation", "convoqué le".
    pub convened_on: Option<NaiveDate>,
    /// "Publié le", "Affiché le", "Mis en ligne le".
    pub published_on: Option<NaiveDate>,
    /// Where the body met ("s'est réuni salle ...").
    pub place: Option<String>,
    /// Who presided ("sous la présidence de").
    pub president: Option<Person>,
    /// "La séance est ouverte à 18h10".
    #[serde(with = "crate::model::clock")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<ClockTime>"))]
    pub opened_at: Option<ClockTime>,
    /// "levée à 19h30".
    #[serde(with = "crate::model::clock")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<ClockTime>"))]
    pub closed_at: Option<ClockTime>,
    /// "Membres en exercice : 32".
    pub members_in_office: Option<u32>,
    /// A stated count of members present ("Présents : 29"), as written.
    pub stated_present: Option<u32>,
    /// A stated count of voters ("Votants : 33"), as written.
    pub stated_voters: Option<u32>,
    /// "Secrétaire de séance : ...".
    pub secretary: Option<Person>,
    /// "Ordre de passage des rapports : 1, 2, 3, 4, 34, 5".
    pub order_of_business: Vec<u32>,
    /// The text the meeting was read from (its header), when found.
    pub span: Option<Span>,
    /// A sitting on second convocation after a quorum failure, which
    /// deliberates without quorum (L2121-17 al. 2): "deuxième convocation",
    /// "sans condition de quorum".
    #[serde(default)]
    pub second_convocation: bool,
}

/// A deliberating body, written in JSON by its French name ("Conseil
/// municipal"): the kind of council decides the quorum rules.
///
/// ```
/// use deliberation::Council;
/// let doc = deliberation::parse("Extrait du registre des délibérations du Conseil municipal\nSéance du 2 juin 2016")?;
/// assert_eq!(doc.meeting.body, Some(Council::MunicipalCouncil));
/// assert_eq!(Council::MunicipalCouncil.to_string(), "Conseil municipal");
/// // A name this version does not know is kept as written.
/// assert_eq!(Council::from("Conseil métropolitain"), Council::Other("Conseil métropolitain".into()));
/// # Ok::<(), deliberation::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Council {
    /// "Conseil municipal": a commune's council.
    MunicipalCouncil,
    /// "Conseil communautaire": the council of an intercommunality.
    CommunityCouncil,
    /// "Conseil de communauté": the same council under its older name.
    CouncilOfTheCommunity,
    /// "Comité syndical": the council of a syndicate of communes.
    SyndicateCommittee,
    /// "Bureau": the bureau of an intercommunality, acting under delegation.
    Bureau,
    /// "Commission permanente" of a département or a région.
    StandingCommittee,
    /// "Conseil départemental".
    DepartmentalCouncil,
    /// "Conseil général": the departmental council's name before 2015.
    GeneralCouncil,
    /// "Conseil régional".
    RegionalCouncil,
    /// Another name, as written (in a document from elsewhere).
    Other(String),
}

impl Council {
    /// Every kind this version knows, for the readers of names.
    const KNOWN: [Council; 9] = [
        Council::MunicipalCouncil,
        Council::CommunityCouncil,
        Council::CouncilOfTheCommunity,
        Council::SyndicateCommittee,
        Council::Bureau,
        Council::StandingCommittee,
        Council::DepartmentalCouncil,
        Council::GeneralCouncil,
        Council::RegionalCouncil,
    ];

    /// The body's French name, as the JSON writes it: "Conseil municipal".
    pub fn name(&self) -> &str {
        match self {
            Council::MunicipalCouncil => "Conseil municipal",
            Council::CommunityCouncil => "Conseil communautaire",
            Council::CouncilOfTheCommunity => "Conseil de communauté",
            Council::SyndicateCommittee => "Comité syndical",
            Council::Bureau => "Bureau",
            Council::StandingCommittee => "Commission permanente",
            Council::DepartmentalCouncil => "Conseil départemental",
            Council::GeneralCouncil => "Conseil général",
            Council::RegionalCouncil => "Conseil régional",
            Council::Other(name) => name,
        }
    }
}

impl From<&str> for Council {
    /// The council of that exact name, else [`Council::Other`].
    fn from(name: &str) -> Council {
        Council::KNOWN
            .into_iter()
            .find(|c| c.name() == name)
            .unwrap_or_else(|| Council::Other(name.to_string()))
    }
}

impl From<String> for Council {
    fn from(name: String) -> Council {
        Council::from(name.as_str())
    }
}

impl From<Council> for String {
    fn from(council: Council) -> String {
        match council {
            Council::Other(name) => name,
            known => known.name().to_string(),
        }
    }
}

/// A string in the JSON Schema: the council's French name.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Council {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Council".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

impl std::fmt::Display for Council {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A time of day, written "HH:MM" in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    /// 0 to 23.
    pub hour: u8,
    /// 0 to 59.
    pub minute: u8,
}

impl ClockTime {
    /// A valid time of day, or `None`.
    pub fn new(hour: u32, minute: u32) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then_some(ClockTime {
            hour: hour as u8,
            minute: minute as u8,
        })
    }
}

/// "HH:MM" in the JSON Schema.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day, \"HH:MM\".",
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
        })
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

pub(crate) mod clock {
    use super::ClockTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(t: &Option<ClockTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(t),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ClockTime>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let (h, m) = text
            .split_once(':')
            .ok_or_else(|| D::Error::custom(format!("expected HH:MM, found {text:?}")))?;
        let parse = |x: &str| x.parse::<u32>().map_err(D::Error::custom);
        ClockTime::new(parse(h)?, parse(m)?)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected a time of day, found {text:?}")))
    }
}

/// One person as named in the text ("Mme Marie CASANARDOT").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Person {
    /// "M.", "Mme" or "Mlle" (normalised), `None` when none is written.
    pub civility: Option<String>,
    /// Given name(s) or initials as written: "Marie-Jeanne", "J.-P.".
    pub given_name: Option<String>,
    /// Family name as written: "DALENOT", "PLAONNET-CASEMONT", "de Guénin".
    pub family_name: String,
    /// The whole mention as read.
    pub text: String,
    /// Where the mention is.
    pub span: Span,
}

impl Person {
    /// Whether two mentions name the same person: the same family name
    /// (folded, spaces, hyphens and apostrophes aside) and given names that
    /// agree as far as both are written ("J.-C." and "Jean-Claude", "Marie"
    /// and "Marie-Jeanne", or one of them not written).
    ///
    /// ```
    /// let doc = deliberation::parse(
    ///     "Séance du 2 juin 2016\nPrésents : M. J.-C. DUPONT, Mme Anne MARTIN\n\
    ///      Secrétaire de séance : M. Jean-Claude Dupont",
    /// )?;
    /// let secretary = doc.meeting.secretary.as_ref().unwrap();
    /// assert!(doc.attendance.present[0].person.same_as(secretary));
    /// assert!(!doc.attendance.present[1].person.same_as(secretary));
    /// # Ok::<(), deliberation::Error>(())
    /// ```
    pub fn same_as(&self, other: &Person) -> bool {
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
        let bare_initials = |g: &str| g.len() == 2 && g.bytes().all(|b| b.is_ascii_uppercase());
        // Family names opening on two different ASCII letters or digits
        // have different keys (most pairs compared): told on their first
        // bytes.
        if let (Some(a), Some(b)) = (
            self.family_name.as_bytes().first(),
            other.family_name.as_bytes().first(),
        ) && a.is_ascii_alphanumeric()
            && b.is_ascii_alphanumeric()
            && !a.eq_ignore_ascii_case(b)
        {
            return false;
        }
        // The same family name written the same way has the same key.
        if self.family_name != other.family_name
            && !Person::key_chars(&self.family_name).eq(Person::key_chars(&other.family_name))
        {
            return false;
        }
        match (&self.given_name, &other.given_name) {
            // The same given names written the same way: whatever the case
            // below, they agree.
            (Some(x), Some(y)) if x == y => true,
            // "JC REY" and "Jean Christian REY": two initials without their
            // dots stand for two given names.
            (Some(x), Some(y)) if bare_initials(x) || bare_initials(y) => {
                let of = |g: &str| {
                    if bare_initials(g) {
                        g.to_lowercase()
                    } else {
                        initials(g)
                    }
                };
                of(x) == of(y)
            }
            // "J. Pierre" and "Jean-Pierre": an initial among the names.
            (Some(x), Some(y))
                if only_initials(x) || only_initials(y) || x.contains('.') || y.contains('.') =>
            {
                let (ix, iy) = (initials(x), initials(y));
                ix.starts_with(&iy) || iy.starts_with(&ix)
            }
            // "J-Louis" and "Jean-Louis": a part cut to its initial.
            (Some(x), Some(y))
                if [x, y]
                    .iter()
                    .any(|g| g.split(['-', ' ']).any(|p| p.chars().count() == 1)) =>
            {
                let parts = |g: &str| -> Vec<String> {
                    g.split(['-', ' '])
                        .filter(|p| !p.is_empty())
                        .map(fold)
                        .collect()
                };
                let (px, py) = (parts(x), parts(y));
                px.len() == py.len()
                    && px.iter().zip(&py).all(|(a, b)| {
                        a == b
                            || a.chars().count() == 1 && b.starts_with(a.as_str())
                            || b.chars().count() == 1 && a.starts_with(b.as_str())
                    })
            }
            (Some(x), Some(y)) => {
                // As `fold(..).replace(['-', ' ', '.'], "")` of each, one
                // starting the other, compared without allocating.
                fn plain(g: &str) -> impl Iterator<Item = char> + '_ {
                    g.chars()
                        .filter_map(fold_char)
                        .filter(|c| !matches!(c, '-' | ' ' | '.'))
                }
                let (mut x, mut y) = (plain(x), plain(y));
                loop {
                    match (x.next(), y.next()) {
                        (Some(a), Some(b)) if a == b => {}
                        (Some(_), Some(_)) => break false,
                        _ => break true,
                    }
                }
            }
            _ => true,
        }
    }

    /// Whether one mention shortens the other's compound family name, with
    /// the same given name: "Mme Sylvie Sarrin" in a list for the
    /// président "Mme Sylvie SARRIN-LE GOFF". Only where a person named
    /// apart from the lists (the président) is looked for in them.
    pub(crate) fn shortened(&self, other: &Person) -> bool {
        let (Some(ga), Some(gb)) = (&self.given_name, &other.given_name) else {
            return false;
        };
        // The given names first, compared folded without a copy: most
        // pairs differ there.
        if !ga
            .chars()
            .filter_map(fold_char)
            .eq(gb.chars().filter_map(fold_char))
        {
            return false;
        }
        let (fa, fb) = (fold(&self.family_name), fold(&other.family_name));
        let starts = |long: &str, short: &str| {
            long.len() > short.len()
                && long.starts_with(short)
                && long[short.len()..].starts_with(['-', ' '])
        };
        starts(&fa, &fb) || starts(&fb, &fa)
    }

    /// Whether this name, in capitals and read without a given name
    /// ("Monsieur JEAN DUVAL DU PRÉ" in a presidency sentence), is `listed`
    /// ("DUVAL DU PRÉ") with its given name in front: the first word a
    /// given name of the lexicon, the rest `listed`'s family name, `listed`
    /// with no other given name.
    pub(crate) fn given_name_glued(&self, listed: &Person) -> bool {
        self.given_name.is_none()
            && self
                .family_name
                .split_once(' ')
                .is_some_and(|(first, rest)| {
                    crate::grammar::given_names::is_given_name(first)
                        && Person::key_of(rest) == listed.key()
                        && listed
                            .given_name
                            .as_deref()
                            .is_none_or(|g| fold(g) == fold(first))
                })
    }

    /// The family name folded, without spaces, hyphens and apostrophes:
    /// two mentions of one person have the same key (see
    /// [`Person::same_as`]), so people can be looked up by it.
    pub(crate) fn key(&self) -> String {
        Person::key_of(&self.family_name)
    }

    /// A name folded without its spaces, hyphens and apostrophes, as
    /// [`Person::key`] folds a family name.
    pub(crate) fn key_of(name: &str) -> String {
        // As `fold(..).replace([' ', '-', '\''], "")`, in one allocation.
        let mut key = String::with_capacity(name.len());
        Person::push_key(&mut key, name);
        key
    }

    /// The characters of [`Person::key_of`] appended to `out` (an ASCII
    /// name byte by byte).
    pub(crate) fn push_key(out: &mut String, name: &str) {
        if name.is_ascii() {
            out.reserve(name.len());
            for b in name.bytes() {
                if !matches!(b, b' ' | b'-' | b'\'') {
                    out.push(char::from(b.to_ascii_lowercase()));
                }
            }
        } else {
            out.extend(Person::key_chars(name));
        }
    }

    /// The characters of [`Person::key_of`], to compare keys without
    /// allocating them.
    pub(crate) fn key_chars(name: &str) -> impl Iterator<Item = char> + '_ {
        // (Any apostrophe: a name keeps the one its text wrote, "L’HOSTIS"
        // in one list and "L'HOSTIS" in another.)
        name.chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}'))
            .filter_map(fold_char)
    }
}

impl std::fmt::Display for Person {
    /// The person as records write them: "Mme Marie CASANARDOT", "M.
    /// DUPONT" (what is not written is left out).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for part in [&self.civility, &self.given_name].into_iter().flatten() {
            write!(f, "{part} ")?;
        }
        f.write_str(&self.family_name)
    }
}

/// Who attended, who did not, who voted for whom.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Attendance {
    /// Everyone who sat for at least part of the meeting: one entry per
    /// stretch, so a member who left and came back has two, with the same
    /// person and span.
    pub present: Vec<Presence>,
    /// Everyone listed absent or excused, proxy grantors and replaced titulars included.
    pub absent: Vec<Absence>,
    /// Written proxies ("pouvoirs", "procurations", "délégations de vote").
    pub proxies: Vec<Proxy>,
    /// Substitutes sitting for a titular member ("suppléant de").
    pub substitutes: Vec<Substitute>,
    /// Whether the text writes a list of the absent under a label of its
    /// own, even one naming nobody ("Absents : néant"), so that members it
    /// does not name are missing from the text rather than left unwritten.
    /// Not in the JSON contract (a document read back has it unset).
    #[serde(skip)]
    pub(crate) absent_label: bool,
}

/// Equal lists are equal attendances: `absent_label`, a reading aid the
/// JSON does not carry, is left out, so a document read back equals the
/// one written.
impl PartialEq for Attendance {
    fn eq(&self, other: &Attendance) -> bool {
        self.present == other.present
            && self.absent == other.absent
            && self.proxies == other.proxies
            && self.substitutes == other.substitutes
    }
}

/// A member present, possibly for part of the meeting only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Presence {
    /// Who.
    pub person: Person,
    /// First question sat for, inclusive ("à partir de la question n°13").
    pub from_question: Option<u32>,
    /// Last question sat for, inclusive ("jusqu'à la question n°53 incluse").
    pub until_question: Option<u32>,
    /// Any wording that is not a question range ("arrivé à 19h05").
    pub condition: Option<String>,
    /// First question sat for as told later in the text ("Mme X rejoint la
    /// séance" before question 4), when the list writes no range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_question_told: Option<u32>,
    /// Last question sat for as told later in the text ("M. X quitte la
    /// séance" after question 9), when the list writes no range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until_question_told: Option<u32>,
}

impl Presence {
    /// A member present for the whole sitting as far as the list says.
    pub fn new(person: Person) -> Presence {
        Presence {
            person,
            from_question: None,
            until_question: None,
            condition: None,
            from_question_told: None,
            until_question_told: None,
        }
    }

    /// Listed present with no range and no condition: as the list wrote
    /// it, for the whole sitting.
    pub(crate) fn plain(&self) -> bool {
        self.from_question.is_none() && self.until_question.is_none() && self.condition.is_none()
    }

    /// The first question sat for: written in the list, else told in the text.
    pub fn first_question(&self) -> Option<u32> {
        self.from_question.or(self.from_question_told)
    }

    /// The last question sat for: written in the list, else told in the text.
    pub fn last_question(&self) -> Option<u32> {
        self.until_question.or(self.until_question_told)
    }
}

/// A member listed absent or excused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Absence {
    /// Who.
    pub person: Person,
    /// `Some(true)` for "excusé", `Some(false)` for "non excusé", else `None`.
    pub excused: Option<bool>,
}

/// A written proxy: the grantor's vote is cast by the holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Proxy {
    /// Who gave the proxy (absent).
    pub grantor: Person,
    /// Who holds it (present); none (`null`) when the text names the
    /// grantor as represented but not who holds the proxy ("Absents ayant
    /// donné procuration : X, Y").
    pub holder: Option<Person>,
    /// First question it covers, inclusive.
    pub from_question: Option<u32>,
    /// Last question it covers, inclusive.
    pub until_question: Option<u32>,
    /// Where the proxy is written.
    pub span: Span,
}

/// A substitute sitting for a titular member ("X, suppléant de Y").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Substitute {
    /// Who sits.
    pub substitute: Person,
    /// The titular member replaced.
    pub for_member: Person,
    /// Where the substitution is written.
    pub span: Span,
}

/// One deliberation (a report, an item of the order of business).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Deliberation {
    /// Its number as written: "12", "2023-10-26/05", "D2016-45".
    pub number: Option<String>,
    /// The question number that presence ranges refer to, when known.
    pub question: Option<u32>,
    /// Its title.
    pub title: Option<String>,
    /// Who reported it ("Rapporteur : ...").
    pub rapporteur: Option<Person>,
    /// Commission opinions.
    pub opinions: Vec<Opinion>,
    /// Members who took no part ("conseillers intéressés", "ne prend pas part au vote").
    pub interested: Vec<Person>,
    /// Members who left the room for this item only, such as the mayor for
    /// the compte administratif (L2121-14): "Monsieur le Maire quitte la salle".
    #[serde(default)]
    pub withdrawn: Vec<Person>,
    /// The vote, when the text gives one.
    pub vote: Option<Vote>,
    /// Euro amounts written in it.
    pub amounts: Vec<Amount>,
    /// Stated totals and their stated parts (indices into `amounts`), as in
    /// a financing plan: "- DETR : 144 480 € ... Total : 412 800 €".
    #[serde(default)]
    pub totals: Vec<AmountTotal>,
    /// Where it is written.
    pub span: Span,
}

/// A stated total and the amounts stated as its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct AmountTotal {
    /// Index in [`Deliberation::amounts`] of the total.
    pub total: usize,
    /// Indices in [`Deliberation::amounts`] of the parts.
    pub parts: Vec<usize>,
}

/// A commission's opinion ("Commission n° 2 — 11/10/2023 — Favorable").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Opinion {
    /// "Commission n° 2".
    pub body: String,
    /// When it gave its opinion.
    pub date: Option<NaiveDate>,
    /// "Favorable", "Défavorable", ...
    pub opinion: String,
}

/// How a deliberation was voted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Vote {
    /// Votes for ("Pour : 22").
    #[serde(rename = "for")]
    pub for_: Option<u32>,
    /// Votes against.
    pub against: Option<u32>,
    /// Abstentions.
    pub abstentions: Option<u32>,
    /// Members not voting ("Conseillers intéressés : 2").
    pub not_voting: Option<u32>,
    /// "Votants : 25", as written.
    pub voters: Option<u32>,
    /// "Suffrages exprimés : 24", as written.
    pub expressed: Option<u32>,
    /// Unanimity, written or given as X for, 0 against, 0 abstentions.
    pub unanimous: bool,
    /// Adopted or rejected, when stated or implied by the tally.
    pub outcome: Option<Outcome>,
    /// Whether `outcome` is written in the text (rather than derived from the tally).
    #[serde(default)]
    pub outcome_stated: bool,
    /// Members named as voting against.
    pub against_names: Vec<Person>,
    /// Members named as abstaining.
    pub abstention_names: Vec<Person>,
    /// Members named as not taking part.
    pub not_voting_names: Vec<Person>,
    /// Where the vote is written.
    pub span: Span,
}

/// Whether a deliberation passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// "adopté", "approuvé".
    Adopted,
    /// "rejeté".
    Rejected,
}

impl Outcome {
    /// The outcome as written in JSON: `"adopted"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A euro amount as written ("19 800 €" is 1 980 000 cents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Amount {
    /// The amount in euro cents.
    pub cents: i64,
    /// Always "EUR".
    pub currency: String,
    /// The amount as written.
    pub text: String,
    /// Where it is written.
    pub span: Span,
}

impl std::fmt::Display for Amount {
    /// The amount in French: "19 800 €", "1 380 000,50 €".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&euros(i128::from(self.cents)))
    }
}

/// Cents written as French euros: 124000000 gives "1 240 000 €", 150 gives
/// "1,50 €".
pub(crate) fn euros(cents: i128) -> String {
    let (sign, cents) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    let digits = (cents / 100).to_string();
    let mut grouped = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    match cents % 100 {
        0 => format!("{sign}{grouped} €"),
        r => format!("{sign}{grouped},{r:02} €"),
    }
}

/// Something parsing or validation noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Finding {
    /// A stable code, see [`Code`].
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// What was expected and what was found.
    pub message: String,
    /// The text concerned.
    pub span: Option<Span>,
    /// Index in [`Document::deliberations`] when it concerns one.
    pub deliberation: Option<usize>,
}

impl std::fmt::Display for Finding {
    /// `23:5: warning[tally_mismatch]: expected ...`: where (when it is one
    /// place), how serious, the code, the message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(span) = self.span {
            write!(f, "{}:{}: ", span.line, span.column)?;
        }
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing, nothing wrong.
    Info,
    /// Doubtful or ambiguous.
    Warning,
    /// An inconsistency in the text, or a rule broken.
    Error,
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Stable finding codes. The validator's are those of contract v1; the
/// others are parsing findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    // Parsing.
    /// The input had bytes that are not UTF-8: it was decoded as Windows-1252
    /// (info) or lossily (warning).
    InvalidUtf8,
    /// The text gives two different dates for the sitting.
    DateConflict,
    /// No date of sitting was found.
    DateMissing,
    /// No attendance list was found.
    AttendanceMissing,
    /// Part of a list could not be read as people.
    UnreadableList,
    /// A proxy's holder or grantor could not be read.
    UnreadableProxy,
    /// A holder written by function ("M. le Maire") could not be resolved to a person.
    UnresolvedHolder,
    /// No secretary of the sitting was found.
    SecretaryMissing,
    /// The text seems cut off.
    Truncated,
    /// The text holds the same minutes twice (a PDF made of two copies): the
    /// second copy is not read.
    RepeatedText,
    /// The extraction dropped the text's accented letters ("Etaient
    /// prsents"): the words of the minutes so damaged were read as written
    /// without accents.
    AccentsRestored,
    // Validation (contract v1).
    /// People listed present + absent differ from the members in office.
    MembersCountMismatch,
    /// A stated count differs from the lists.
    StatedCountMismatch,
    /// One person is present and absent for the same question.
    PersonBothPresentAndAbsent,
    /// A proxy is used at a question where its grantor sits.
    ProxyGrantorPresent,
    /// A proxy's holder is not present at a question the proxy covers.
    ProxyHolderAbsent,
    /// A holder carries more proxies than the rule in force allows.
    ProxyHolderOverloaded,
    /// Fewer members present than the quorum.
    QuorumNotMet,
    /// A tally cannot match who could vote.
    TallyMismatch,
    /// "À l'unanimité" with votes against.
    UnanimityContradiction,
    /// An interested councillor is counted among voters or uses a proxy.
    InterestedTookPart,
    /// The stated outcome contradicts the majority of expressed votes.
    OutcomeContradiction,
    /// A stated total differs from the sum of its parts.
    AmountsDoNotAddUp,
    /// A code this version does not know, read from the JSON of a newer
    /// one: the finding is kept, its code written back as `unknown`.
    #[serde(other)]
    Unknown,
}

impl Code {
    /// The code as written in JSON: `"tally_mismatch"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidUtf8 => "invalid_utf8",
            Code::DateConflict => "date_conflict",
            Code::DateMissing => "date_missing",
            Code::AttendanceMissing => "attendance_missing",
            Code::UnreadableList => "unreadable_list",
            Code::UnreadableProxy => "unreadable_proxy",
            Code::UnresolvedHolder => "unresolved_holder",
            Code::SecretaryMissing => "secretary_missing",
            Code::Truncated => "truncated",
            Code::AccentsRestored => "accents_restored",
            Code::RepeatedText => "repeated_text",
            Code::MembersCountMismatch => "members_count_mismatch",
            Code::StatedCountMismatch => "stated_count_mismatch",
            Code::PersonBothPresentAndAbsent => "person_both_present_and_absent",
            Code::ProxyGrantorPresent => "proxy_grantor_present",
            Code::ProxyHolderAbsent => "proxy_holder_absent",
            Code::ProxyHolderOverloaded => "proxy_holder_overloaded",
            Code::QuorumNotMet => "quorum_not_met",
            Code::TallyMismatch => "tally_mismatch",
            Code::UnanimityContradiction => "unanimity_contradiction",
            Code::InterestedTookPart => "interested_took_part",
            Code::OutcomeContradiction => "outcome_contradiction",
            Code::AmountsDoNotAddUp => "amounts_do_not_add_up",
            Code::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the validator concluded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Validation {
    /// Inconsistencies and broken rules.
    pub findings: Vec<Finding>,
    /// Quorum, one check per question range with the same attendance.
    pub quorum: Vec<QuorumCheck>,
    /// One check per deliberation.
    pub questions: Vec<QuestionCheck>,
}

/// Quorum over a range of questions with the same attendance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct QuorumCheck {
    /// First question of the range, inclusive (`None`: from the opening).
    pub from_question: Option<u32>,
    /// Last question of the range, inclusive (`None`: to the end).
    pub until_question: Option<u32>,
    /// Members in office counted for the quorum.
    pub in_office: u32,
    /// Members counted present (represented ones too where the rule says so).
    pub present: u32,
    /// Members required.
    pub required: u32,
    /// Whether `present >= required` (or no quorum applies).
    pub met: bool,
    /// The rule applied, e.g. "L2121-17".
    pub rule: String,
}

/// One deliberation's tally against who could vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct QuestionCheck {
    /// Index in [`Document::deliberations`].
    pub deliberation: usize,
    /// Its question number, when known.
    pub question: Option<u32>,
    /// Members present or represented who could vote.
    pub expected_voters: Option<u32>,
    /// Votes counted by the tally.
    pub tally_voters: Option<u32>,
    /// Question ranges whose attendance is consistent with the tally (inclusive).
    pub consistent_questions: Vec<[u32; 2]>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(given: &str, family: &str) -> Person {
        Person {
            civility: None,
            given_name: Some(given.to_string()),
            family_name: family.to_string(),
            text: format!("{given} {family}"),
            span: Span {
                start: 0,
                end: 0,
                line: 1,
                column: 1,
            },
        }
    }

    #[test]
    fn initials_without_dots_stand_for_given_names() {
        let full = person("Jean Christian", "REY");
        assert!(person("JC", "REY").same_as(&full));
        assert!(full.same_as(&person("JC", "REY")));
        assert!(person("JC", "REY").same_as(&person("J.-C.", "REY")));
        assert!(!person("JP", "REY").same_as(&full));
        assert!(!person("JC", "REY").same_as(&person("Jean", "REY")));
    }

    #[test]
    fn a_given_name_glued_in_capitals_is_told() {
        let glued = Person {
            given_name: None,
            ..person("", "JEAN DUVAL DU PRE")
        };
        let listed = Person {
            given_name: None,
            ..person("", "DUVAL DU PRE")
        };
        assert!(glued.given_name_glued(&listed));
        assert!(glued.given_name_glued(&person("Jean", "DUVAL DU PRE")));
        assert!(!glued.given_name_glued(&person("Paul", "DUVAL DU PRE")));
        // "DUVAL" is no given name: "DUVAL DU PRE" is a family name whole.
        assert!(!listed.given_name_glued(&person("", "DU PRE")));
    }

    #[test]
    fn any_apostrophe_writes_the_same_name() {
        let straight = person("Paul", "L'HOSTIS-LE GOFF");
        assert!(straight.same_as(&person("Paul", "L\u{2019}HOSTIS-LE GOFF")));
        assert_eq!(
            straight.key(),
            person("Paul", "L\u{2019}HOSTIS LE GOFF").key()
        );
    }
}
