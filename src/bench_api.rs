//! **Unstable.** Entry points to each pipeline stage and input generators,
//! for the crate's own benches, fuzz targets and scaling tests.
//!
//! Not part of the public API: hidden from the documentation, not covered
//! by semver, and may change or vanish in any release. Use
//! [`crate::parse`] and [`crate::Options`] instead.

use crate::model::{Document, Validation};

/// The output of the normalise stage, opaque.
#[derive(Debug, Clone)]
pub struct Normalized<'a>(crate::normalize::Normalized<'a>);

impl Normalized<'_> {
    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.0.text
    }
}

/// Stage 1: normalise `input`.
pub fn normalize(input: &str) -> Normalized<'_> {
    Normalized(crate::normalize::normalize(input))
}

/// Stage 2: find the item headings and the labelled sections before the
/// first one. Returns how many of each were found.
pub fn segment(norm: &Normalized) -> (usize, usize) {
    let segments = crate::segment::segment(&norm.0);
    (segments.headings.len(), segments.sections.len())
}

/// Stages 2 to 4: segment and extract the records of a normalised input.
pub fn extract(norm: &Normalized) -> Document {
    crate::extract::extract(&norm.0, &crate::segment::segment(&norm.0))
}

/// Stage 5: validate a document.
pub fn validate(doc: &Document) -> Validation {
    crate::validate::validate(doc)
}

/// Synthetic inputs of a chosen size, for scaling benches and tests.
pub mod generate {
    use std::fmt::Write as _;

    const GIVEN: &[&str] = &[
        "Marie",
        "Jean",
        "Frédérique",
        "Nicolas",
        "Anne",
        "Pierre",
        "Hélène",
        "Yves",
        "Sophie",
        "Marc-Antoine",
        "Élise",
        "Denis",
        "Catherine",
        "Gabriel",
        "Lorine",
        "Aurélien",
    ];
    const SYLLABLES: &[&str] = &[
        "BA", "DU", "MER", "LAN", "GRO", "VEL", "TIN", "ROU", "CHA", "POI", "LEC", "MON", "SAR",
        "BEL", "FOU", "QUI",
    ];
    const NUMBERS: &[&str] = &[
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    ];

    /// The `n`-th distinct family name in capitals ("BADUMER", ...).
    pub fn family(mut n: usize) -> String {
        let mut s = String::new();
        for _ in 0..3 {
            s.push_str(SYLLABLES[n % SYLLABLES.len()]);
            n /= SYLLABLES.len();
        }
        while n > 0 {
            s.push_str(SYLLABLES[n % SYLLABLES.len()]);
            n /= SYLLABLES.len();
        }
        s
    }

    /// "M. Jean BADUMER": the `n`-th person.
    pub fn person(n: usize) -> String {
        let civ = if n.is_multiple_of(2) { "M." } else { "Mme" };
        format!("{civ} {} {}", GIVEN[n % GIVEN.len()], family(n))
    }

    /// A sitting with an attendance list of `names` members present (and a
    /// tenth as many absent with proxies), then one deliberation.
    pub fn attendance(names: usize) -> String {
        let mut s = String::new();
        s.push_str("Extrait du registre des délibérations du Conseil municipal\n\n");
        s.push_str("Séance du 26 octobre 2023\n\n");
        let absent = names / 10;
        let _ = writeln!(s, "Membres en exercice : {}\n", names + absent);
        s.push_str("Etaient présents : ");
        for k in 0..names {
            if k > 0 {
                s.push_str(", ");
            }
            s.push_str(&person(k));
            if k % 17 == 5 {
                let _ = write!(s, " (à partir de la question n°{})", k % 9 + 1);
            }
        }
        s.push_str("\n\nEtaient absents : ");
        for k in 0..absent {
            if k > 0 {
                s.push_str(", ");
            }
            s.push_str(&person(names + k));
        }
        s.push_str("\n\nProcurations de vote : ");
        for k in 0..absent {
            if k > 0 {
                s.push_str(", ");
            }
            let _ = write!(s, "{} à {}", person(names + k), person(k));
        }
        let _ = writeln!(s, "\n\nSecrétaire de séance : {}\n", person(1));
        s.push_str("POINT N°1 - APPROBATION DU PROCÈS-VERBAL\n\nLe conseil approuve.\n");
        let _ = writeln!(s, "Pour : {} Contre : 0 Abstention : 0", names + absent);
        s
    }

    /// A procès-verbal of `items` deliberations, each with a rapporteur,
    /// prose, euro amounts and a tally, after a 30-member attendance block.
    pub fn proces_verbal(items: usize) -> String {
        let mut s = String::new();
        s.push_str("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\nSéance du 14 mars 2023\n\n");
        s.push_str(
            "L'an deux mille vingt-trois, le quatorze mars à dix-huit heures trente, le Conseil municipal de la commune de Ornans, dûment convoqué, s'est réuni salle du conseil, sous la présidence de M. Jean BADUBA, Maire.\n\n",
        );
        s.push_str("Membres en exercice : 33\n\nEtaient présents : ");
        for k in 0..30 {
            if k > 0 {
                s.push_str(", ");
            }
            s.push_str(&person(k));
        }
        s.push_str("\n\nEtaient absents : ");
        s.push_str(&[person(30), person(31), person(32)].join(", "));
        let _ = writeln!(
            s,
            "\n\nPouvoirs : {} à {}, {} à {}\n\nSecrétaire de séance : {}\n",
            person(30),
            person(2),
            person(31),
            person(4),
            person(6)
        );
        for k in 1..=items {
            let _ = writeln!(
                s,
                "POINT N°{k} - SUBVENTION À L'ASSOCIATION {}\n\nRapporteur : {}\n",
                family(k * 7),
                person(k % 30)
            );
            let _ = writeln!(
                s,
                "Vu le code général des collectivités territoriales ; considérant la demande de l'association {} du {} mars 2023, il est proposé de lui verser une subvention de {} 500 € au titre de l'exercice, sur un budget total de {},50 € TTC.\n",
                family(k * 7),
                (k % 27) + 1,
                k % 90 + 10,
                k * 1000 + 250
            );
            if k % 5 == 0 {
                let _ = writeln!(
                    s,
                    "{} ne prend pas part au vote, étant intéressé.\n",
                    person(k % 30)
                );
            }
            if k % 3 == 0 {
                let _ = writeln!(
                    s,
                    "Le Conseil, après en avoir délibéré, par vingt-{} voix pour et {} abstentions ({}, {}), ADOPTE.\n",
                    NUMBERS[k % NUMBERS.len()],
                    2,
                    person(k % 30 + 1),
                    person(k % 30 + 2)
                );
            } else {
                s.push_str("Votants : 32 - Pour : 30 - Contre : 2 - Abstention : 0\n\n");
            }
        }
        s.push_str("La séance est levée à 21h15.\n");
        s
    }
}

/// Hostile inputs: huge, repetitive, nested, broken. `scale` divides every
/// size (1 for the full sizes: a 10 MB line, a million commas...), so debug
/// builds can run the same shapes smaller.
pub mod hostile {
    /// Each hostile case: a name and its bytes.
    pub fn cases(scale: usize) -> Vec<(&'static str, Vec<u8>)> {
        let scale = scale.max(1);
        let n = |full: usize| (full / scale).max(1);
        let seed: &str = include_str!("../fixtures/grand-besancon-bureau-2023-10-26.txt");
        let head = "Séance du 26 octobre 2023\nEtaient présents : ";
        let mut out: Vec<(&'static str, Vec<u8>)> = Vec::new();

        // The seed on one line, repeated to 10 MB.
        let one_line = seed.replace(['\n', '\r'], " ");
        let target = n(10_000_000);
        let mut s = String::with_capacity(target + one_line.len());
        while s.len() < target {
            s.push_str(&one_line);
            s.push(' ');
        }
        out.push(("10 MB on one line", s.into_bytes()));

        out.push((
            "a million commas",
            format!("{head}{}", ",".repeat(n(1_000_000))).into_bytes(),
        ));
        out.push((
            "a million commas between names",
            format!("{head}{}", "M. Jean DUPONT,".repeat(n(1_000_000) / 10)).into_bytes(),
        ));
        out.push((
            "100,000 \"M. \" in a row",
            format!("{head}{}", "M. ".repeat(n(100_000))).into_bytes(),
        ));
        out.push((
            "100,000 capitalised words in a row",
            format!("{head}{}", "DUPONT Jean ".repeat(n(100_000))).into_bytes(),
        ));
        let digits = "9".repeat(n(100_000));
        out.push((
            "a 100,000-digit number",
            format!(
                "{head}M. Jean DUPONT\nMembres en exercice : {digits}\nPOINT N°{digits} - X\nPour : {digits} Contre : {digits}\nMontant : {digits} € et {digits},{digits} €\nle {digits} mars {digits}\n"
            )
            .into_bytes(),
        ));
        out.push((
            "\"Pour : \" a million times",
            "Pour : ".repeat(n(1_000_000)).into_bytes(),
        ));
        out.push((
            "\"Pour : 1 \" a million times",
            format!(
                "Séance du 2 juin 2016\n{}",
                "Pour : 1 ".repeat(n(1_000_000))
            )
            .into_bytes(),
        ));
        let depth = n(100_000);
        out.push((
            "deeply nested brackets",
            format!(
                "{head}M. Jean DUPONT {}{}, Mme Anne VIGNOT {}\nPouvoirs : M. A BB à M. C DD {}\n",
                "(".repeat(depth),
                ")".repeat(depth),
                "([{".repeat(depth / 3),
                "(".repeat(depth)
            )
            .into_bytes(),
        ));
        let mut bad = Vec::with_capacity(seed.len() * 2);
        for (i, b) in seed.bytes().enumerate() {
            bad.push(b);
            if i % 7 == 3 {
                bad.push(0xff);
            }
        }
        out.push(("invalid UTF-8 throughout", bad));
        let mut lone = Vec::new();
        while lone.len() < n(1_000_000) {
            lone.extend_from_slice(head.as_bytes());
            lone.extend_from_slice(&[0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, b' ']);
        }
        out.push(("truncated UTF-8 sequences", lone));
        let mut nul = Vec::with_capacity(seed.len() * 2);
        for b in seed.bytes() {
            nul.push(b);
            if b == b' ' {
                nul.push(0);
            }
        }
        out.push(("NUL bytes between words", nul));
        let mut sparse = Vec::with_capacity(seed.len() + seed.len() / 50);
        for (i, b) in seed.bytes().enumerate() {
            sparse.push(b);
            if i % 97 == 50 {
                sparse.push(if i % 2 == 0 { 0xff } else { 0 });
            }
        }
        out.push(("sparse invalid UTF-8 and NUL bytes", sparse));
        out.push(("a megabyte of NUL", vec![0u8; n(1_000_000)]));
        out.push((
            "a million newlines",
            format!("{head}M. Jean DUPONT{}", "\n".repeat(n(1_000_000))).into_bytes(),
        ));
        out.push((
            "a million hyphenated line ends",
            format!("{head}{}", "ab1-\nCd ".repeat(n(1_000_000) / 8)).into_bytes(),
        ));
        out.push((
            "100,000 headings",
            format!(
                "{head}M. Jean DUPONT\n{}",
                (0..n(100_000))
                    .map(|k| format!("{}. Titre\nPour : 1\n", k % 1000))
                    .collect::<String>()
            )
            .into_bytes(),
        ));
        out.push((
            "100,000 inline code headings, each its own stem",
            format!(
                "{head}M. Jean DUPONT. {}",
                (0..n(100_000))
                    .map(|k| format!("Fin. {}-1-{} - Titre ", 1000 + k, k % 9 + 1))
                    .collect::<String>()
            )
            .into_bytes(),
        ));
        out.push((
            "100,000 labels on one line",
            "Présents : M. A BB Absents : "
                .repeat(n(100_000) / 3)
                .into_bytes(),
        ));
        out.push((
            "100,000 euro signs",
            format!("{head}{}", "1 € ".repeat(n(100_000))).into_bytes(),
        ));
        out.push((
            "100,000 secretaries",
            format!(
                "{head}{}",
                "M. X a été élu secrétaire ".repeat(n(100_000) / 5)
            )
            .into_bytes(),
        ));
        out.push((
            "100,000 dates",
            format!("{head}{}", "le 3 mars 2020 ".repeat(n(100_000) / 2)).into_bytes(),
        ));
        out.push((
            "100,000 interested",
            format!(
                "{head}M. A BB\nPOINT N°1 - X\n{}",
                "M. Jean DUPONT intéressé ".repeat(n(100_000) / 5)
            )
            .into_bytes(),
        ));
        out
    }
}
