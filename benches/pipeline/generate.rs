//! Synthetic inputs of a chosen size, for the scaling benches.

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
    "BA", "DU", "MER", "LAN", "GRO", "VEL", "TIN", "ROU", "CHA", "POI", "LEC", "MON", "SAR", "BEL",
    "FOU", "QUI",
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
