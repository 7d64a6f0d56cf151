//! Inputs the fuzzers found, each once a panic.

use deliberation::Options;

#[test]
fn fuzz_regressions() {
    // No label and no heading: the header was cut at byte 3000, inside "é".
    let mut text = String::from("Séance du 26 octobre 2023\n");
    while text.len() < 2999 {
        text.push('a');
    }
    text.push_str("é et la suite du conseil");
    assert!(!text.is_char_boundary(3000));
    let doc = Options::new().validate(true).parse(&text).expect("usable");
    assert!(doc.meeting.span.is_some_and(|s| s.end <= text.len()));
}

#[test]
fn fuzz_regression_superscript_near_a_multibyte_char() {
    // "^{" looked for its "}" in the next 22 bytes, cut inside "é".
    let text = format!(
        "Séance du 2 juin 2016\nPrésents : M. Jean DUPONT 2^{{{}é}} et Mme Anne BRATIN\nPour : 2",
        "a".repeat(21)
    );
    let at = text.find("^{").unwrap();
    assert!(!text.is_char_boundary(at + 24));
    deliberation::parse(&text).expect("usable");
}

#[test]
fn fuzz_regression_vote_counts_near_the_integer_limit() {
    // "(3010153516 voix)": twice the votes for overflowed a u32.
    let text = "Séance du 2 juin 2016\nPrésents : M. Jean DUPONT, Mme Anne BRATIN\n\
                Adopté à l'unanimité (3010153516 voix).\nContre : 1\n";
    let doc = Options::new().validate(true).parse(text).expect("usable");
    assert_eq!(
        doc.deliberations[0].vote.as_ref().unwrap().for_,
        Some(3_010_153_516)
    );
}

#[test]
fn validation_survives_every_count_at_its_limit() {
    // `validate` is public: a document built by hand may hold any number.
    let seed = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");
    let mut doc = deliberation::parse(seed).expect("usable");
    doc.meeting.members_in_office = Some(u32::MAX);
    for d in &mut doc.deliberations {
        let v = d.vote.as_mut().expect("a vote");
        for n in [
            &mut v.for_,
            &mut v.against,
            &mut v.abstentions,
            &mut v.not_voting,
            &mut v.voters,
            &mut v.expressed,
        ] {
            *n = Some(u32::MAX);
        }
    }
    let validation = deliberation::validate(&doc);
    assert!(!validation.findings.is_empty());
}

#[test]
fn a_proxy_note_cut_by_the_texts_end_is_read_without_its_bracket() {
    // The note's proxy took one byte more for its closing bracket, which
    // the text's end had cut.
    let text = "Séance du 2 juin 2016\nPrésents : DUPONT Jean, BRATIN Anne, \
                FABRE Paul (pouvoir LOPEZ Anne";
    let doc = Options::new().validate(true).parse(text).expect("usable");
    let proxy = &doc.attendance.proxies[0];
    assert_eq!(proxy.grantor.family_name, "LOPEZ");
    assert_eq!(proxy.span.end, text.len());
}

#[test]
fn a_commune_heading_in_capitals_at_the_texts_end_is_read_to_its_last_word() {
    // The heading's words were read on past the last token for a hyphen
    // ("COMMUNE DE SAINT JEAN" ending the text).
    let text = "SEANCE DU 3 MARS 2015\nPRESENTS : COMMUNE DE VAUX M. PAUL RAIVIR \
                COMMUNE DE BRENS M. LUC PETIT COMMUNE DE SAINT JEAN";
    let doc = deliberation::parse(text).expect("usable");
    assert_eq!(doc.attendance.present.len(), 2);
}

#[test]
fn a_departure_noun_ending_its_line_is_read_past_the_line_break() {
    // The clause ended at the line break inside "Départ\nde", before the
    // names it was sliced from.
    let text = "Séance du 6 mars 2018\nPrésents : Paul RAIVIR, Anne PETIT, Luc TRAX\n\
                Secrétaire de séance : Anne PETIT Départ\nde Luc TRAX à 20h23 (après le point 2).\n\
                1. Budget\nAdopté à l'unanimité.\n";
    let doc = deliberation::parse(text).expect("usable");
    assert_eq!(doc.attendance.present.len(), 3);
    assert_eq!(doc.attendance.present[2].until_question, Some(2));
}
