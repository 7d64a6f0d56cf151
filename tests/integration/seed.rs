//! The user's own example, field by field (issue: typed records from the
//! seed document, end to end).

use deliberation::{Document, Outcome, Person};

const SEED: &str = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");

fn seed() -> Document {
    deliberation::Options::new()
        .validate(true)
        .parse(SEED)
        .expect("the seed parses")
}

#[track_caller]
fn is(p: &Person, civility: &str, given: &str, family: &str) {
    assert_eq!(
        (
            p.civility.as_deref(),
            p.given_name.as_deref(),
            p.family_name.as_str()
        ),
        (Some(civility), Some(given), family)
    );
    assert_eq!(&SEED[p.span.start..p.span.end], p.text);
    assert_eq!(p.text, format!("{civility} {given} {family}"));
}

#[test]
fn meeting() {
    let m = seed().meeting;
    assert_eq!(m.authority.as_deref(), Some("Grand Besançon Métropole"));
    assert_eq!(m.body, Some(deliberation::Council::Bureau));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-10-26"));
    assert_eq!(
        m.published_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-15")
    );
    assert_eq!(
        m.place.as_deref(),
        Some("salle Robert SCHWINT - La City - 4 rue Gabriel Plançon - 25000 Besançon")
    );
    let president = m.president.expect("president");
    assert_eq!(
        (
            president.given_name.as_deref(),
            president.family_name.as_str()
        ),
        (Some("Nicolas"), "BODIN")
    );
    assert_eq!(president.civility.as_deref(), Some("M."));
    assert_eq!(m.opened_at.map(|t| t.to_string()).as_deref(), Some("18:10"));
    assert_eq!(m.closed_at.map(|t| t.to_string()).as_deref(), Some("19:30"));
    assert_eq!(m.members_in_office, Some(32));
    is(&m.secretary.expect("secretary"), "M.", "Denis", "JACQUIN");
    assert_eq!(m.order_of_business, [1, 2, 3, 4, 34, 5, 6, 7, 8, 9, 10]);
}

#[test]
fn attendance() {
    let a = seed().attendance;
    assert_eq!(a.present.len(), 21);
    let ranged: Vec<(&str, Option<u32>, Option<u32>)> = a
        .present
        .iter()
        .filter(|p| p.from_question.is_some() || p.until_question.is_some())
        .map(|p| {
            (
                p.person.family_name.as_str(),
                p.from_question,
                p.until_question,
            )
        })
        .collect();
    assert_eq!(
        ranged,
        [
            ("FELT", Some(13), None),
            ("GUYEN", Some(19), None),
            ("VUILLEMIN", None, Some(53)),
            ("ZEHAF", Some(23), None)
        ]
    );
    is(&a.present[2].person, "Mme", "Marie-Jeanne", "BERNABEU");
    // The 11 listed absent, then Mme ZEHAF, represented until question 22
    // (the contract counts proxy grantors among the absent).
    let listed_absent: Vec<&str> = a
        .absent
        .iter()
        .map(|x| x.person.family_name.as_str())
        .collect();
    assert_eq!(
        listed_absent,
        [
            "BAULIEU",
            "BLAISON",
            "BOUSSO",
            "ETEVENARD",
            "GAVIGNET",
            "LAIDIE",
            "MICHAUD",
            "RACLOT",
            "ROUTHIER",
            "SOURISSEAU",
            "VIGNOT",
            "ZEHAF"
        ]
    );
    assert_eq!(a.proxies.len(), 6);
    let zehaf = &a.proxies[5];
    is(&zehaf.grantor, "Mme", "Marie", "ZEHAF");
    is(
        zehaf.holder.as_ref().expect("a holder"),
        "Mme",
        "Frédérique",
        "BAEHR",
    );
    assert_eq!(
        (zehaf.from_question, zehaf.until_question),
        (None, Some(22))
    );
    assert!(a.substitutes.is_empty());
}

#[test]
fn deliberation() {
    let doc = seed();
    assert_eq!(doc.deliberations.len(), 1);
    let d = &doc.deliberations[0];
    assert_eq!(
        d.title.as_deref(),
        Some(
            "Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents (CMQMSI) Soutien financier de Grand Besançon Métropole pour son programme d'actions"
        )
    );
    is(
        d.rapporteur.as_ref().expect("rapporteur"),
        "M.",
        "Nicolas",
        "BODIN",
    );
    assert_eq!(d.opinions.len(), 1);
    assert_eq!(d.opinions[0].body, "Commission n° 2");
    assert_eq!(
        d.opinions[0].date.map(|x| x.to_string()).as_deref(),
        Some("2023-10-11")
    );
    assert_eq!(d.opinions[0].opinion, "Favorable");
    let interested: Vec<&str> = d
        .interested
        .iter()
        .map(|p| p.family_name.as_str())
        .collect();
    assert_eq!(interested, ["COUDRY", "VUILLEMIN"]);
    let v = d.vote.as_ref().expect("vote");
    assert_eq!(
        (v.for_, v.against, v.abstentions, v.not_voting),
        (Some(22), Some(0), Some(0), Some(2))
    );
    assert!(v.unanimous);
    assert_eq!(v.outcome, Some(Outcome::Adopted));
}

#[test]
fn amounts() {
    let doc = seed();
    let all: Vec<(i64, &str)> = doc
        .deliberations
        .iter()
        .flat_map(|d| &d.amounts)
        .chain(&doc.amounts)
        .map(|a| (a.cents, a.text.as_str()))
        .collect();
    for a in doc.deliberations.iter().flat_map(|d| &d.amounts) {
        assert_eq!(&SEED[a.span.start..a.span.end], a.text);
    }
    let distinct: std::collections::BTreeSet<i64> = all.iter().map(|a| a.0 / 100).collect();
    assert_eq!(
        distinct.into_iter().collect::<Vec<_>>(),
        [
            2500, 4250, 6500, 7250, 9000, 9300, 13000, 14300, 19800, 33800, 510000
        ]
    );
    // Once per mention: 19 800 € is written eight times, 33 800 € three.
    assert_eq!(all.iter().filter(|a| a.0 == 1_980_000).count(), 8);
    assert_eq!(all.iter().filter(|a| a.0 == 3_380_000).count(), 3);
}

#[test]
fn json_follows_the_contract() {
    let doc = seed();
    let v = serde_json::to_value(&doc).expect("json");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["meeting"]["date"], "2023-10-26");
    assert_eq!(v["meeting"]["opened_at"], "18:10");
    assert_eq!(v["deliberations"][0]["vote"]["for"], 22);
    assert_eq!(v["deliberations"][0]["amounts"][0]["currency"], "EUR");
    let back: Document = serde_json::from_value(v).expect("round trip");
    assert_eq!(back, doc);
}

/// The seed with every line feed replaced by a space, as some extractions
/// give whole documents: the same records, the spans in the flat text.
#[test]
fn seed_flattened_onto_one_line() {
    let flat = SEED.replace('\n', " ");
    let doc = deliberation::Options::new()
        .validate(true)
        .parse(&flat)
        .expect("the flattened seed parses");
    let (normal, m) = (seed(), &doc.meeting);
    assert_eq!(m.date, normal.meeting.date);
    assert_eq!(m.members_in_office, Some(32));
    let families = |d: &Document| -> Vec<String> {
        d.attendance
            .present
            .iter()
            .map(|p| p.person.family_name.clone())
            .collect()
    };
    assert_eq!(families(&doc), families(&normal));
    assert_eq!(
        doc.attendance.proxies.len(),
        normal.attendance.proxies.len()
    );
    assert_eq!(doc.deliberations.len(), 1);
    let vote = doc.deliberations[0].vote.as_ref().expect("a vote");
    assert_eq!((vote.for_, vote.unanimous), (Some(22), true));
    for p in doc.attendance.present.iter().map(|p| &p.person) {
        assert_eq!(&flat[p.span.start..p.span.end], p.text);
    }
}
