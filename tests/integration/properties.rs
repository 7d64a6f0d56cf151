//! Property tests: random texts built from the grammar's own vocabulary,
//! and the fixtures rewrapped or written in capitals, never panic and every
//! span lies within the input on character boundaries; the vocabulary
//! texts' JSON round-trips through serde.

use deliberation::{Document, Options};
use proptest::prelude::*;

const VOCABULARY: &[&str] = &[
    "Séance du 26 octobre 2023",
    "L'an deux mille vingt-trois, le vingt-six octobre",
    "le quatorze mars à dix-huit heures trente",
    "Présents :",
    "Etaient présents :",
    "ETAIENT ABSENTS",
    "Absents excusés :",
    "Pouvoirs :",
    "Procurations de vote :",
    "Secrétaire de séance :",
    "Membres en exercice : 32",
    "Votants : 24",
    "M.",
    "Mme",
    "MM.",
    "Mmes et MM.",
    "Monsieur",
    "Madame",
    "M. le Maire",
    "Jean",
    "Marie-Jeanne",
    "Élise",
    "J.-L.",
    "DUPONT",
    "BAEHR",
    "de GRÉMONT-LAVAUD",
    "BERTIN de la MOTTE",
    "Vidalenc",
    "à",
    "par",
    "donne pouvoir à",
    "représenté par",
    "(jusqu'à la question n°3)",
    "(à partir de la question n°13)",
    "(pouvoir à Mme BAEHR)",
    "(suppléant de M. DUPONT)",
    "(",
    ")",
    "Maire",
    "Vice-Président",
    "POINT N°1 –",
    "POINT N°2 -",
    "1. APPROBATION",
    "Délibération n° 2023-031",
    "Rapporteur : M. Jean DUPONT",
    "Pour : 12",
    "Contre : 0",
    "Abstention : 1",
    "par vingt-deux voix pour et trois abstentions",
    "adopté à l'unanimité",
    "ADOPTE",
    "intéressé",
    "ne prend pas part au vote",
    "12 500 €",
    "1 380 000,00 €",
    "3,2 M€",
    "85 000 euros",
    "2^{ème}",
    "| Votants | Pour | Contre |",
    "|---|---|---|",
    "| 15 | 12 | 3 |",
];

const SEPARATORS: &[&str] = &[
    " ", " ", ", ", "; ", " - ", "\n", "\n\n", ". ", "\u{a0}", "’", "-\n", "\t", "é", "   ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(VOCABULARY),
            prop::sample::select(SEPARATORS),
        ),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(w, s)| [w, s])
            .collect::<String>()
    })
}

/// Every `{start, end, line, column}` object in the JSON of a document.
fn spans(value: &serde_json::Value, out: &mut Vec<(u64, u64)>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(s), Some(e), Some(_), Some(_)) = (
                map.get("start").and_then(|v| v.as_u64()),
                map.get("end").and_then(|v| v.as_u64()),
                map.get("line"),
                map.get("column"),
            ) {
                out.push((s, e));
            }
            for v in map.values() {
                spans(v, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                spans(v, out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn vocabulary_texts_parse_cleanly(text in text()) {
        let Ok(doc) = Options::new().validate(true).parse(&text) else {
            return Ok(());
        };
        let json = serde_json::to_string(&doc).expect("serialises");
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let mut found = Vec::new();
        spans(&value, &mut found);
        for (start, end) in found {
            let (start, end) = (start as usize, end as usize);
            prop_assert!(start <= end && end <= text.len(), "span {start}..{end} of {}", text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} not on char boundaries");
        }
        let back: Document = serde_json::from_str(&json).expect("deserialises");
        prop_assert_eq!(back, doc);
    }
}

/// The texts of the bundled fixtures, read once.
fn fixture_texts() -> &'static [String] {
    static TEXTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    })
}

/// Each line longer than `width` broken at its last space before it, as
/// pdftotext breaks a page's lines; width 0 puts the whole text on one line.
fn rewrap(text: &str, width: usize) -> String {
    if width == 0 {
        return text.replace('\n', " ");
    }
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut len = 0;
        for (j, word) in line.split(' ').enumerate() {
            let n = word.chars().count();
            if j > 0 {
                if len + 1 + n > width && len > 0 {
                    out.push('\n');
                    len = 0;
                } else {
                    out.push(' ');
                    len += 1;
                }
            }
            out.push_str(word);
            len += n;
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Real layouts rewrapped (lines broken anywhere between words, or
    /// joined into one) or written in capitals never panic and keep their
    /// spans inside the text.
    #[test]
    fn fixtures_rewrapped_or_in_capitals_parse_cleanly(
        pick in any::<prop::sample::Index>(),
        width in prop_oneof![Just(0usize), 15usize..140],
        capitals in any::<bool>(),
    ) {
        let texts = fixture_texts();
        prop_assume!(!texts.is_empty());
        let text = rewrap(&texts[pick.index(texts.len())], width);
        let text = if capitals { text.to_uppercase() } else { text };
        let Ok(doc) = Options::new().validate(true).parse(&text) else {
            return Ok(());
        };
        let value = serde_json::to_value(&doc).expect("serialises");
        let mut found = Vec::new();
        spans(&value, &mut found);
        for (start, end) in found {
            let (start, end) = (start as usize, end as usize);
            prop_assert!(start <= end && end <= text.len(), "span {start}..{end} of {}", text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
    }
}
