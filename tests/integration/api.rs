//! The public face: what a reader of the JSON tolerates, what it refuses,
//! and how records print.

use deliberation::{Code, Council, Document, Options};

const SEED: &str = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");

fn seed() -> Document {
    Options::new()
        .validate(true)
        .parse(SEED)
        .expect("the seed parses")
}

#[test]
fn a_finding_code_from_a_newer_version_is_read_as_unknown() {
    let mut json = serde_json::to_value(seed()).expect("json");
    json["validation"]["findings"][0]["code"] = "a_code_of_version_1_9".into();
    let doc: Document = serde_json::from_value(json).expect("still a document");
    let finding = &doc.validation.as_ref().expect("validation").findings[0];
    assert_eq!(finding.code, Code::Unknown);
    assert_eq!(finding.code.to_string(), "unknown");
}

#[test]
fn another_schema_version_is_refused_with_its_number() {
    let mut json = serde_json::to_value(seed()).expect("json");
    json["schema_version"] = 2.into();
    let err = serde_json::from_value::<Document>(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected schema_version 1, found 2: a document of another version of the contract"
    );
}

#[test]
fn a_council_named_otherwise_is_kept_as_written() {
    let mut json = serde_json::to_value(seed()).expect("json");
    json["meeting"]["body"] = "Bureau communautaire".into();
    let doc: Document = serde_json::from_value(json).expect("a document");
    assert_eq!(
        doc.meeting.body,
        Some(Council::Other("Bureau communautaire".into()))
    );
    let back = serde_json::to_value(&doc).expect("json");
    assert_eq!(back["meeting"]["body"], "Bureau communautaire");
}

#[test]
fn findings_of_both_stages_together() {
    let doc = seed();
    let validation = doc.validation.as_ref().expect("validation");
    assert_eq!(
        doc.all_findings().count(),
        doc.findings.len() + validation.findings.len()
    );
    // The seed is consistent: warnings only.
    assert!(!doc.has_errors());
    let planted = SEED.replace("Pour : 22 Contre : 0", "Pour : 25 Contre : 0");
    let doc = Options::new()
        .validate(true)
        .parse(&planted)
        .expect("usable");
    assert!(doc.has_errors());
}

#[test]
fn records_print_as_people_read_them() {
    let doc = seed();
    let proxy = &doc.attendance.proxies[5];
    assert_eq!(proxy.grantor.to_string(), "Mme Marie ZEHAF");
    let amount = &doc.deliberations[0].amounts[0];
    assert_eq!(amount.to_string(), "510 000 €");
    let f = doc.all_findings().next().expect("a finding");
    let shown = f.to_string();
    assert!(
        shown.ends_with(&format!("{}[{}]: {}", f.severity, f.code, f.message)),
        "{shown}"
    );
    assert_eq!(Council::Bureau.to_string(), "Bureau");
    assert_eq!(deliberation::Outcome::Adopted.to_string(), "adopted");
}

#[test]
fn a_family_name_keeps_its_apostrophe_as_written() {
    let text = "Séance du 3 mars 2020\n\nPrésents : Mme Anne GUINVARC’H, M. Paul D'ESTRADE, M. Yves LE GALL.\n";
    let doc = deliberation::parse(text).expect("usable");
    let names = crate::present_family_names(&doc);
    assert_eq!(names, ["GUINVARC’H", "D'ESTRADE", "LE GALL"]);
}

#[test]
fn a_proxy_whose_holder_the_texts_end_cuts_is_read_without_its_holder() {
    let text = "Séance du 3 mars 2020\n\nPrésents : Anne TRAX (Liste A), Paul PLEUN (Liste B, en retard, ayant donné pouvoir à Marc PE";
    let doc = deliberation::parse(text).expect("usable");
    let proxies: Vec<(&str, Option<&str>)> = doc
        .attendance
        .proxies
        .iter()
        .map(|p| {
            (
                p.grantor.family_name.as_str(),
                p.holder.as_ref().map(|h| h.family_name.as_str()),
            )
        })
        .collect();
    assert_eq!(proxies, [("PLEUN", None)]);
    // Closed, the note names its holder whole.
    let doc = deliberation::parse(&format!("{text}RRIN).\n")).expect("usable");
    assert_eq!(
        doc.attendance.proxies[0]
            .holder
            .as_ref()
            .map(|h| h.family_name.as_str()),
        Some("PERRIN")
    );
}

/// Members listed again (plain, or again with a stretch), an absent member
/// named twice and a proxy for each absent member: read alike in a list of
/// 12 and in one of 120, where the lists are searched by family name.
#[test]
fn a_long_list_reads_members_listed_again_as_a_short_one() {
    fn person(k: usize) -> String {
        const GIVEN: [&str; 6] = ["Paul", "Anne", "Marc", "Lise", "Jean", "Rose"];
        const SYLLABLES: [&str; 8] = ["BA", "DU", "MER", "LAN", "GRO", "VEL", "TIN", "ROU"];
        let civility = if k.is_multiple_of(2) { "M." } else { "Mme" };
        let family: String = [k % 8, k / 8 % 8, k / 64 % 8]
            .iter()
            .map(|&s| SYLLABLES[s])
            .collect();
        format!("{civility} {} {family}", GIVEN[k % 6])
    }
    let read = |n: usize| {
        let mut present: Vec<String> = (0..n).map(person).collect();
        present.push(person(0));
        present.push(format!("{} (jusqu'à la délibération n°2)", person(3)));
        let mut absent: Vec<String> = (n..n + n / 2).map(person).collect();
        absent.push(person(n));
        let proxies: Vec<String> = (0..n / 2)
            .map(|k| format!("{} à {}", person(n + k), person(k)))
            .collect();
        let text = format!(
            "Séance du 26 octobre 2023\n\nEtaient présents : {}\n\nAbsents excusés : {}\n\nPouvoirs : {}\n\nSecrétaire de séance : {}\n\nPOINT N°1 - APPROBATION DU PROCÈS-VERBAL\n\nLe conseil approuve.\n",
            present.join(", "),
            absent.join(", "),
            proxies.join(", "),
            person(1)
        );
        let doc = Options::new().validate(true).parse(&text).expect("usable");
        let a = &doc.attendance;
        let stretches: Vec<(String, Option<u32>)> = a
            .present
            .iter()
            .filter(|p| p.from_question.is_some() || p.until_question.is_some())
            .map(|p| (p.person.to_string(), p.until_question))
            .collect();
        let mut codes: Vec<&str> = doc.all_findings().map(|f| f.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        let codes: Vec<String> = codes.into_iter().map(String::from).collect();
        (
            a.present.len(),
            a.absent.len(),
            a.proxies.len(),
            stretches,
            codes,
        )
    };
    let (present, absent, proxies, stretches, short_codes) = read(12);
    assert_eq!((present, absent, proxies), (12, 6, 6));
    assert_eq!(stretches, [(person(3), Some(2))]);
    let (present, absent, proxies, stretches, long_codes) = read(120);
    assert_eq!((present, absent, proxies), (120, 60, 60));
    assert_eq!(stretches, [(person(3), Some(2))]);
    assert_eq!(short_codes, long_codes);
}

#[test]
fn a_page_number_before_the_preamble_opens_no_item_when_its_apostrophe_is_lost() {
    // A transcription's page numbers at its lines' starts ("1 Le Comité
    // ... s est réuni le vendredi 20 juillet 2012 ...") under a page title
    // naming the sitting that approved these minutes: the preamble is the
    // head's, and its date the sitting's.
    let agenda: Vec<String> = (4..14)
        .map(|i| format!("{i}. Point numéro {i} sur les travaux du syndicat"))
        .collect();
    let text = format!(
        "Comité syndical du 19 octobre 2012\n\nTranscription\n\n1 Le Comité Syndical du \
         syndicat des eaux du Val Vert s est réuni le vendredi 20 juillet 2012 de 14 h 30 à \
         16 h 30 à la salle des fêtes de Bléré. L ordre du jour était le suivant : 1. \
         Approbation du procès-verbal de la séance du 23 mars Compte-rendu des activités du \
         syndicat {}\n\n2 14. Marchés d assurance 15. Questions diverses 2/35\n\n3 Etaient \
         présents ou représentés COMMUNES M. Paul RAIVIR Bléré Mme Anne MARTIN Civray M. Luc \
         PETIT Chisseaux Excusé : M. Jean TRAX\n",
        agenda.join(" ")
    );
    let doc = deliberation::parse(&text).expect("usable");
    assert_eq!(
        doc.meeting.date,
        chrono::NaiveDate::from_ymd_opt(2012, 7, 20)
    );
}

#[test]
fn a_text_typed_without_accents_names_its_secretary_in_a_sentence() {
    // Every pattern reads plain letters where French writes accents.
    let text = "Seance du 3 mars 2015\nPresents : Paul RAIVIR, Anne MARTIN, Luc PETIT, \
                Claudine TRAX.\nMadame TRAX Claudine a ete designee secretaire de seance.\n\
                1. Budget\nAdopte a l'unanimite.\n";
    let doc = deliberation::parse(text).expect("usable");
    let secretary = doc.meeting.secretary.expect("a secretary");
    assert_eq!(secretary.family_name, "TRAX");
}

#[test]
fn a_proxy_sentence_in_capitals_is_no_proxy_label() {
    // "POUVOIR" after its verb is the sentence's noun: the grantor and the
    // holder stay one proxy.
    let text = "CONSEIL MUNICIPAL DU 4 AVRIL 2019\nPRESENTS : MONSIEUR PAUL RAIVIR, MADAME ANNE PETIT\n\
                PROCURATIONS : MADAME CLAIRE MOREL DONNE POUVOIR À MONSIEUR PAUL RAIVIR ABSENTS : \
                MONSIEUR LUC TRAX\n1. BUDGET\nADOPTE A L'UNANIMITE\n";
    let doc = deliberation::parse(text).expect("usable");
    let proxies = &doc.attendance.proxies;
    assert_eq!(proxies.len(), 1);
    assert_eq!(proxies[0].grantor.family_name, "MOREL");
    assert_eq!(
        proxies[0].holder.as_ref().map(|h| h.family_name.as_str()),
        Some("RAIVIR")
    );
}

#[test]
fn labels_wrapped_over_two_lines_are_read_whole() {
    // pdftotext breaks a page's lines anywhere between words, labels too.
    let text = "Séance du 9 mars 2021. Présents : Paul RAIVIR, Anne PETIT, Luc TRAX. Absents\n\
                excusés : Marc BLANC. Pouvoirs : Marc BLANC à Paul RAIVIR. Secrétaire de\n\
                séance : Anne PETIT.\n1. Budget\nAdopté à l'unanimité.\n";
    let doc = deliberation::parse(text).expect("usable");
    let secretary = doc.meeting.secretary.expect("a secretary");
    assert_eq!(secretary.family_name, "PETIT");
    assert_eq!(doc.attendance.absent.len(), 1);
    assert_eq!(doc.attendance.absent[0].excused, Some(true));
}

#[test]
fn a_labels_colon_wrapped_onto_the_next_line_is_the_labels() {
    let text = "Compte rendu du comité syndical réuni le jeudi 3 juin 2021 à 18h30 en mairie \
                de Valbrune. Délégués présents ou représentés\n: Jean VERNIOL, Michel TASSARD, \
                Paul OURCIN. Délégués excusés :\nAnne FLOQUET.\n1. Budget\nAdopté à l'unanimité.\n";
    let doc = deliberation::parse(text).expect("usable");
    let present = crate::present_family_names(&doc);
    assert_eq!(present, ["VERNIOL", "TASSARD", "OURCIN"]);
}

#[test]
fn members_named_in_the_presidency_and_again_in_the_list_sit_once() {
    // A given name of three letters ("Luc") is a name as much as "Marc".
    let text = "Séance du 3 mars 2019\nLe comité s'est réuni sous la présidence de M. Paul RAIVIR, \
                Président, assisté de Messieurs Luc PETIT et Marc TRAX, Vice-Présidents.\n\
                Présents : Paul RAIVIR, Luc PETIT, Marc TRAX, Anne BLANC\nExcusés : Jean NOIR\n\
                1. Budget\nAdopté à l'unanimité.\n";
    let doc = deliberation::parse(text).expect("usable");
    let mut present = crate::present_family_names(&doc);
    present.sort_unstable();
    assert_eq!(present, ["BLANC", "PETIT", "RAIVIR", "TRAX"]);
}

#[test]
fn a_text_whose_accents_were_dropped_names_its_secretary_and_members_in_office() {
    // A font that maps its accented glyphs to nothing: "nommé" reads
    // "nomm", "afférents" "affrents", "séance" "sance".
    let text = "Conseil municipal de Valbrune\nSance du 3 mars 2015\n\
                Nombre de membres affrents au Conseil municipal : 15\n\
                Etaient prsents : Paul DARNEY, Anne MARTEL, Luc PETITOT, Claudine ROUSSEL.\n\
                Monsieur Luc PETITOT est nomm secrtaire de sance.\n\
                1. Budget\nAdopt  l'unanimit.\n";
    let doc = deliberation::parse(text).expect("usable");
    assert_eq!(doc.meeting.members_in_office, Some(15));
    let secretary = doc.meeting.secretary.expect("a secretary");
    assert_eq!(secretary.family_name, "PETITOT");
}
