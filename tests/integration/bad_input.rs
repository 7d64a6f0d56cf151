//! Bad input gets a clear error or a document with findings, never a panic.

use deliberation::{ErrorKind, Options};

const SEED: &str = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");

#[test]
fn empty_and_whitespace_are_refused() {
    for text in ["", " ", "\n\n\t  \r\n", "\u{a0}"] {
        let err = deliberation::parse(text).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Empty, "{text:?}");
        assert_eq!(
            err.to_string(),
            "expected the text of a deliberation, found only whitespace"
        );
    }
}

#[test]
fn binary_is_refused() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let err = Options::new().parse_bytes(&bytes).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Binary { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("expected text, found binary data")
    );
}

#[test]
fn invalid_utf8_is_decoded_with_a_finding() {
    let mut bytes = SEED.as_bytes()[..2000].to_vec();
    bytes.insert(100, 0xff);
    let doc = Options::new().parse_bytes(&bytes).expect("usable");
    assert_eq!(doc.findings[0].code, deliberation::Code::InvalidUtf8);
    assert!(doc.findings[0].message.contains("from byte 100"));
}

#[test]
fn french_prose_is_not_a_deliberation() {
    let text = "Il était une fois, dans une petite ville de province, un boulanger qui \
                faisait le meilleur pain du pays. Chaque matin, les habitants venaient \
                acheter leurs baguettes encore chaudes.";
    let err = deliberation::parse(text).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::NotADeliberation { .. }));
    assert!(
        err.to_string()
            .starts_with("expected the text of a deliberation")
    );
}

#[test]
fn a_general_assembly_of_delegates_is_a_deliberation() {
    // None of the words of a council's sitting: an "assemblée générale"
    // of a syndicat, its delegates in a table with no label colon.
    let text = "SYNDICAT INTERCOMMUNAL DE RAMASSAGE DU VAL DE BRENNE\n\
                ASSEMBLEE GENERALE DU 12 MARS 2016 A 18 H\n\
                Liste des délégués\n\
                Commune Titulaire Suppléant\n\
                Aubrac Mme Anne VERLAC M. Paul DORIAN\n\
                Bessan M. Jean TALMONT Mme Lise OUDRY\n";
    let doc = deliberation::parse(text).expect("a general assembly is read");
    assert_eq!(
        doc.meeting.date,
        chrono::NaiveDate::from_ymd_opt(2016, 3, 12)
    );
}

#[test]
fn the_seed_truncated_at_every_line_never_panics() {
    let mut cuts: Vec<usize> = SEED.match_indices('\n').map(|(i, _)| i).collect();
    // And every byte of the attendance block, where the grammar is densest.
    let block = SEED.find("Etaient présents").unwrap()..SEED.find("**Association").unwrap();
    cuts.extend(block.filter(|&i| SEED.is_char_boundary(i)));
    for cut in cuts {
        let text = &SEED[..cut];
        match Options::new().validate(true).parse(text) {
            Ok(doc) => {
                for p in doc.attendance.present.iter().map(|p| &p.person) {
                    assert!(p.span.end <= cut);
                }
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn shuffled_attendance_lines_never_panic() {
    let lines: Vec<&str> = SEED.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("Etaient présents"))
        .unwrap();
    let end = lines
        .iter()
        .position(|l| l.starts_with("Procurations"))
        .unwrap();
    // Every rotation of the attendance block.
    for shift in 0..=(end - start) {
        let mut block: Vec<&str> = lines[start..=end].to_vec();
        block.rotate_left(shift);
        let mut all = lines[..start].to_vec();
        all.extend(block);
        all.extend(&lines[end + 1..]);
        let text = all.join("\n");
        let doc = Options::new().validate(true).parse(&text).expect("usable");
        assert_eq!(doc.attendance.proxies.len(), 6, "rotation {shift}");
    }
}

#[test]
fn an_unreadable_list_is_left_empty_with_a_finding() {
    let text = "Séance du 3 mars 2020\nPrésents : cf. FEUILLE JOINTE EN ANNEXE\nSecrétaire de séance : M. Paul DORANGE\n";
    let doc = deliberation::parse(text).expect("usable");
    assert!(doc.attendance.present.is_empty());
    let f = doc
        .findings
        .iter()
        .find(|f| f.code == deliberation::Code::UnreadableList)
        .expect("a finding");
    assert_eq!(f.severity, deliberation::Severity::Warning);
    assert_eq!(
        f.message,
        "expected a list of members after \"Présents\", found \"cf. FEUILLE JOINTE EN ANNEXE\"; list left empty"
    );
    assert_eq!(
        &text[f.span.unwrap().start..f.span.unwrap().end],
        "Présents :"
    );
}

/// The `unreadable_list` warnings of `text`, their messages.
fn list_warnings(text: &str) -> Vec<String> {
    let doc = Options::new().validate(true).parse(text).expect("usable");
    doc.findings
        .iter()
        .filter(|f| f.code == deliberation::Code::UnreadableList)
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn a_present_list_read_far_short_says_so() {
    // Delegates grouped by commune under a present label.
    let by_place = "REUNION DU CONSEIL COMMUNAUTAIRE du 4 octobre 2021\n\nÉTAIENT PRESENTS :\n\nPour Valbonne M. Roux A, Roux L, Ferlin, Castagne Pour Brissac Mme Delpech, Mr Aubanel, Fourcade Pour Mr Sabatier Pour Lunas M. Cabanel, Mme Rouquette Pour Mme Vidalenc, Mr Escande\n\nSecrétaire de séance : Mr Ferlin\n\nMonsieur le Président ouvre la séance.\n\n1 - Budget\n\nAdopté à l'unanimité.\n";
    // (Delegates under "Pour <commune>" are now read whole: no warning.)
    assert!(list_warnings(by_place).is_empty());
    let doc = Options::new().parse(by_place).expect("usable");
    assert_eq!(doc.attendance.present.len(), 12);
    // Two headings side by side, every name read under the second (no
    // full stop nor proxies to tell where the first column ends).
    let side_by_side = "CONSEIL COMMUNAUTAIRE DU 5 MAI 2022\n\nL'an deux mille vingt-deux, le 5 mai, le Conseil communautaire s'est réuni sous la présidence de Monsieur Hugo FERNEL. Etaient présents : Excusés : FERNEL Hugo - MARQUET Sylvie - LOUBIER Paul (Vallonne) - TESTARD Anne - GUIRAL Jean (Pontbrun) - DELORME Claire (Sainte-Aube) RIVOAL Marc - SAUZET Lise.\n\n1 - Tarifs\n\nAdopté à l'unanimité.\n";
    let found = list_warnings(side_by_side);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("expected the members present listed under \"Etaient présents\", found no list after it and "),
        "{found:?}"
    );
    // Bare family names, one member each: read whole, no warning.
    let bare = "CONSEIL COMMUNAUTAIRE DU 9 JUIN 2022\nSous la présidence de Monsieur Hugo FERNEL. PRESENTS : MM. MARQUET LOUBIER TESTARD GUIRAL DELORME RIVOAL SAUZET BRANDOL EXCUSES : MM. PERRAULT (procuration M. LOUBIER) Secrétaire de séance : Madame Anne TESTARD\n\n1 - Tarifs\n\nAdopté à l'unanimité.\n";
    assert!(list_warnings(bare).is_empty());
    // Bare family names that are given names too are not split: read as
    // one, said.
    let glued = bare.replace(
        "MARQUET LOUBIER TESTARD GUIRAL DELORME RIVOAL",
        "MARTIN LAURENT THOMAS ROBERT BERNARD VINCENT",
    );
    assert_eq!(
        list_warnings(&glued),
        [
            "expected one member's name in each entry of the present list, found 8 words in capitals read as one name (\"MARTIN LAURENT THOMAS ROBERT BERNARD VINCENT SAUZET BRANDOL\"): a list of family names read as one member, the present list is incomplete"
        ]
    );
    // A count of the present and delegates with their communes.
    let counted = "Comité syndical du 3 mars 2021 à 18h00\n\nEtaient présents –\n\nM. Paul ALVERNE - Mme Lise CORBIN BELCASTEL M. Marc DUVERGE - M. Yves ESTRADE LAVAUR M. Jean FLORET SAINT-ORENS Mme Anne GIRBAL - M. Luc HOSTEIN MONTREDON\n\nDate de la convocation : 20 février 2021 - Nbre de délégués présents : 7\n\nAssistaient à la séance :\n\nM. PELIGRI Hervé, technicien\n\n1 - Budget\n\nAdopté à l'unanimité.\n";
    // (Delegates parted by dashes, their communes between them, are now
    // read whole: the 7 the text counts, no warning.)
    assert!(list_warnings(counted).is_empty());
    let doc = Options::new().parse(counted).expect("usable");
    assert_eq!(doc.attendance.present.len(), 7);
    // Members in office, the absent named, no present list.
    let absent_only = "CONSEIL COMMUNAUTAIRE DU 2 FEVRIER 2021\n\nNombre de conseillers en exercice : 30\n\nConseiller(s) absent(s) : V SIRVEN, M CASTEL, H FABRE.\n\n1 - Budget\n\nAdopté à l'unanimité.\n";
    assert_eq!(
        list_warnings(absent_only),
        [
            "expected the members present to be named (30 in office, 3 read absent), found 0 read present: the present list was not read, or the text does not write it"
        ]
    );
    // A list read whole says nothing.
    let whole = "COMITE SYNDICAL DU 12 AVRIL 2021\n\nEtaient présents : M. Arnaud VELIER, Président, M. Pierre MORVANT, Mme Lucie QUERIC (Bois-Lunel), M. Alain STERGAL, Mme Berthe ORDINE (Champ-Vert), M. René TALBRIS (Fontrive).\n\nSecrétaire de séance : M. Arnaud VELIER\n\n1 - Budget primitif 2021\n\nLe comité adopte le budget à l'unanimité.\n";
    assert_eq!(list_warnings(whole), Vec::<String>::new());
}

/// `text` in Windows-1252, when every character has a byte there.
pub(crate) fn windows_1252(text: &str) -> Option<Vec<u8>> {
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    text.chars()
        .map(|c| match c as u32 {
            0..=0x7f | 0xa0..=0xff => Some(c as u8),
            _ => HIGH.chars().position(|h| h == c).map(|i| 0x80 + i as u8),
        })
        .collect()
}

#[test]
fn a_latin1_file_parses_like_its_utf8_twin() {
    let latin1 = windows_1252(SEED).expect("the seed is all Windows-1252");
    assert!(std::str::from_utf8(&latin1).is_err());
    let options = Options::new().validate(true);
    let mut doc = options.parse_bytes(&latin1).expect("usable");
    let twin = options.parse(SEED).expect("usable");
    let note = doc.findings.remove(0);
    assert_eq!(doc, twin);
    assert_eq!(twin.attendance.present.len(), 21);
    assert_eq!(note.code, deliberation::Code::InvalidUtf8);
    assert_eq!(note.severity, deliberation::Severity::Info);
    assert_eq!(
        note.message,
        format!(
            "expected UTF-8 text, found invalid bytes from byte {}; decoded as Windows-1252 (Latin-1), spans point into the decoded text",
            SEED.find(|c: char| !c.is_ascii()).unwrap()
        )
    );
    assert_eq!(deliberation::decode(&latin1).0, SEED);
}

#[test]
fn a_scan_with_only_stamps_has_no_text_to_read() {
    // What pdftotext gives for a scanned PDF: the préfecture's stamp on
    // each page and nothing else.
    let page = "Envoyé en préfecture le 12/05/2022\nReçu en préfecture le 12/05/2022\nPublié le\nID : 099-219900000-20220505-PV05052022-DE\n";
    let text = [page; 6].join("\u{c}");
    let err = deliberation::parse(&text).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::NoText { .. }), "{err}");
    assert!(
        err.to_string().contains("there is no text to read"),
        "{err}"
    );
}
