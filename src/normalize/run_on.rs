//! Lines a page's width broke inside a phrase or a name: `pdftotext`
//! breaks a paragraph's lines where the page ends, so a proxy sentence
//! ("M. Paul VIDARGUES qui a donné\nprocuration à Mme Lise ROUX"), a movement
//! ("arrive à la\nquestion 5", "(à\npartir du point 3)"), a list's lead-in
//! ("Mmes &\nMlle & MM.") or a name ("Mme\nDUPONT", "Mme Lise\nDUPONT")
//! runs on over a line end, and a count goes on the line after its label
//! ("Présents :\n24 Mme ...", read as an item's heading "24").
//!
//! A line feed that cannot end a line of a list or a heading, because the
//! word before it cannot end a phrase (a civility, a preposition, an
//! article, an auxiliary) or the word after it cannot open one (a proxy's
//! noun or verb, "partir" of "à partir"), is read as the space it stands
//! for. Each turns one line feed into a space, so every offset stays where
//! it was.

use crate::grammar::given_names::is_given_name;

/// Civilities, which a name always follows ("Mme\nDUPONT").
const CIVILITIES: &[&str] = &[
    "M.",
    "MM.",
    "MM",
    "Mme",
    "Mme.",
    "MME",
    "Mmes",
    "MMES",
    "Mlle",
    "Mlles",
    "MLLE",
    "Melle",
    "Mr",
    "Mr.",
    "MR",
    "Monsieur",
    "MONSIEUR",
    "Madame",
    "MADAME",
    "Mademoiselle",
    "Messieurs",
    "MESSIEURS",
    "Mesdames",
    "MESDAMES",
];

/// Words in lower case that never end a phrase: prepositions, articles,
/// conjunctions, the auxiliary and the participles of a proxy sentence
/// ("qui a\ndonné", "donne pouvoir à\nM. X", "quitte la\nséance").
const GOES_ON: &[&str] = &[
    "à",
    "a",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d'",
    "l'",
    "par",
    "qui",
    "et",
    "&",
    "la",
    "le",
    "les",
    "sa",
    "son",
    "ses",
    "avec",
    "ayant",
    "donné",
    "donnée",
    "donnés",
    "données",
    "donne",
    "donnent",
    "représenté",
    "représentée",
    "représentés",
    "représentées",
    "partir",
    "compter",
    "jusqu'à",
    "jusqu'au",
    "en",
    "En",
    "EN",
    "est",
];

/// Words in lower case that never open a line of a list: the noun and
/// verbs of a proxy, the words after "à" of a movement ("a donné\n
/// procuration", "représenté\npar", "pouvoir\nà M. X", "(à\npartir").
const CONTINUES: &[&str] = &[
    "procuration",
    "procurations",
    "pouvoir",
    "pouvoirs",
    "donné",
    "donnée",
    "par",
    "à",
    "partir",
    "compter",
    "représenté",
    "représentée",
    "représentés",
    "représentées",
    "jusqu'à",
    "jusqu'au",
];

/// The last words of labels that a count follows ("Présents :", "Nombre
/// de pouvoirs :", "En exercice :"), folded.
const COUNTED: &[&str] = &[
    "present",
    "presents",
    "presentes",
    "absent",
    "absents",
    "absentes",
    "excuses",
    "votant",
    "votants",
    "pouvoir",
    "pouvoirs",
    "procuration",
    "procurations",
    "represente",
    "representes",
    "representees",
    "exercice",
    "exprimes",
    "conseillers",
    "membres",
    "delegues",
    "titulaires",
    "suppleants",
    "abstention",
    "abstentions",
    "contre",
];

/// A line a page's width broke holds at least this many characters: a
/// shorter one ended where its writer ended it ("Ouverture de la séance
/// à" before the list of members, a table's cell "Madame" over its cell
/// "Françoise").
const FULL: usize = 35;

/// The line feeds of `text` (at `feeds`, in order) read as spaces, in
/// order.
pub(super) fn joins(text: &str, feeds: &[usize]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut line_start = 0;
    for &k in feeds {
        // A line joined to the one before it goes on from its start.
        let line = &text[line_start..k];
        let line = line.trim_end_matches([' ', '\t']);
        // (The cheap tests first: most lines fail one of them.)
        let full = || line.chars().filter(|c| *c != '\n').take(FULL).count() == FULL;
        let next_line = || {
            let next = text[k + 1..].trim_start_matches([' ', '\t']);
            &next[..memchr::memchr(b'\n', next.as_bytes()).unwrap_or(next.len())]
        };
        if full()
            && !line.trim_start().is_empty()
            && !next_line().trim_end().is_empty()
            && runs_on(line, next_line())
            && !header_row(line)
        {
            found.push(k);
        } else {
            line_start = k + 1;
        }
    }
    found
}

/// Whether a line names a table's columns ("NOM Prénom Présent Pouvoir
/// donné à"): its last words head a column, they run on into no row.
fn header_row(line: &str) -> bool {
    let line = &line[line.rfind('\n').map_or(0, |p| p + 1)..];
    line.contains("Prénom") || line.contains("PRENOM") || line.contains("PRÉNOM")
}

/// Whether a line (trimmed at its end) runs on into the next (trimmed at
/// its start).
fn runs_on(line: &str, next: &str) -> bool {
    let mut words = line.rsplit([' ', '\t', '\n']);
    let last = words.next().unwrap_or("");
    let bare = last.trim_start_matches(['(', '[', '«', '"']);
    let first = next.split([' ', '\t']).next().unwrap_or("");
    let first_bare = first.trim_end_matches([',', '.', ';', ':', ')']);
    // A line that opens with a figure is a count's, a heading's or a
    // numbered entry's ("11 voix pour\n4. Budget"), but after a word that
    // never ends a phrase ("au nombre de\n101").
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        return counted_label_before(line, next)
            || GOES_ON.contains(&bare) && !line.ends_with(|c: char| c.is_ascii_digit());
    }
    // "Abstentions\n: 0", "ANGOT – LOUVIGNÉ\n: Christine X": a colon opens
    // no line; "X Frédéric\n(mandataire Y à son départ)": nor does a note
    // in brackets, which is the entry's before it.
    if next.starts_with(':') || next.starts_with('(') && next[1..].starts_with(char::is_alphabetic)
    {
        return line.ends_with(char::is_alphanumeric);
    }
    // "Alain X,\nSophie Y", "Jean-Marc X –\nCHÂLON : Loïc Y": a list's
    // separator ends the line, the list goes on with a name (a civility, a
    // given name, a word in capitals), not with a label ("Délégués
    // absents :").
    if line.ends_with(',') || line.ends_with(" –") || line.ends_with(" -") {
        // (A word in capitals is a commune's before its colon or a family
        // name before a given name: not "DECLARE que", "QUESTION N° 4".)
        let after = next[first.len()..].trim_start();
        let second = after.split([' ', ',']).next().unwrap_or("");
        return CIVILITIES.contains(&first_bare)
            || capitals(first_bare)
                && (after.starts_with(':') || first.ends_with(':') || titlecase(second))
            || is_given_name(first_bare) && first_bare.starts_with(char::is_uppercase);
    }
    if CIVILITIES.contains(&bare) || GOES_ON.contains(&bare) || CONTINUES.contains(&first_bare) {
        // Not before a bullet's line.
        return !next.starts_with(['-', '–', '•', '*']);
    }
    let before = words.next().unwrap_or("");
    // "Mme Lise\nDUPONT", "..., Lise\nDUPONT, ...": a given name after a
    // civility or a list's separator, the family name in capitals on the
    // next line.
    if is_given_name(last)
        && (CIVILITIES.contains(&before)
            || before.ends_with([',', ';', ':'])
            || matches!(before, "-" | "–"))
        && capitals(first_bare)
    {
        return true;
    }
    // "M. DUPONT\nLise, M. ...": a family name in capitals, its given name
    // opening the next line and closing the entry with a separator.
    capitals(bare)
        && !CIVILITIES.contains(&bare)
        && is_given_name(first_bare)
        && first_bare.starts_with(char::is_uppercase)
        && (first.ends_with([',', ';', ')'])
            || next[first.len()..]
                .trim_start()
                .starts_with(['-', '–', '(']))
}

/// Whether `word` is written as a given name is: a capital, then two
/// letters or more in lower case ("Loré", "Jean-Marc").
fn titlecase(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && chars.all(|c| !c.is_alphabetic() || c.is_lowercase() || c == '-')
        && !word.ends_with(['.', ':'])
}

/// Whether `word` is a family name in capitals: two letters or more, none
/// in lower case.
fn capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// "Présents :\n24 Mme ...", "Nombre de pouvoirs :\n6 Nombre de votants":
/// a counted label's colon ends the line and the count opens the next,
/// not a numbered list's first entry ("1 - M. X", "1. X") nor an item's
/// heading ("1 - Budget").
fn counted_label_before(line: &str, next: &str) -> bool {
    let Some(label) = line.strip_suffix(':') else {
        return false;
    };
    let word = label
        .trim_end()
        .rsplit([' ', '\t', '\n', '\''])
        .next()
        .unwrap_or("");
    let word = crate::text::fold(&word.to_lowercase());
    if !COUNTED.contains(&word.as_str()) {
        return false;
    }
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let rest = &next[digits..];
    // The count alone on its line, or before words: not before a list's
    // or a heading's separator, and not the "1" a numbered list opens with.
    // "PROCURATIONS :\n6 - VOTANTS : 43": the dash before the next label.
    let label_after_dash = || {
        rest.trim_start()
            .strip_prefix(['-', '–'])
            .and_then(|r| r.split_once(':'))
            .is_some_and(|(label, value)| {
                label.len() <= 30
                    && label.trim().starts_with(char::is_uppercase)
                    && value.trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
    };
    rest.is_empty()
        || rest.starts_with(' ')
            && &next[..digits] != "1"
            && (!rest.trim_start().starts_with(['-', '–', '.', ')', '/']) || label_after_dash())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn joined(text: &str) -> String {
        let feeds: Vec<usize> = text.match_indices('\n').map(|(k, _)| k).collect();
        let mut out = text.to_string();
        for k in joins(text, &feeds) {
            out.replace_range(k..k + 1, " ");
        }
        out
    }

    #[test]
    fn a_proxy_sentence_runs_on() {
        assert_eq!(
            joined(
                "Absents : M. Paul VIDARGUES, conseiller, qui a donné\nprocuration de vote à Mme Lise ROUX."
            ),
            "Absents : M. Paul VIDARGUES, conseiller, qui a donné procuration de vote à Mme Lise ROUX."
        );
        assert_eq!(
            joined(
                "Excusés : Mme Eve BRUNHES, adjointe au maire, qui a\ndonné pouvoir à\nM. Marc GRIS"
            ),
            "Excusés : Mme Eve BRUNHES, adjointe au maire, qui a donné pouvoir à M. Marc GRIS"
        );
        assert_eq!(
            joined("Excusés : Léa MAS, Hugo TIL, Rémi VAST représentée\npar Jean COL"),
            "Excusés : Léa MAS, Hugo TIL, Rémi VAST représentée par Jean COL"
        );
    }

    #[test]
    fn a_movement_runs_on() {
        assert_eq!(
            joined("Présents : Anne VIAL, Marc DOL, Luc PIC (à\npartir du point 3)"),
            "Présents : Anne VIAL, Marc DOL, Luc PIC (à partir du point 3)"
        );
        assert_eq!(
            joined("Au cours de la séance, M. PIC arrive à la\nquestion 5."),
            "Au cours de la séance, M. PIC arrive à la question 5."
        );
    }

    #[test]
    fn a_name_runs_on() {
        assert_eq!(
            joined("Etaient présents les conseillers suivants : Mmes &\nMlle & MM. PIC, COL"),
            "Etaient présents les conseillers suivants : Mmes & Mlle & MM. PIC, COL"
        );
        assert_eq!(
            joined("Etaient présents : M. Luc PIC, M. Hugo VAST, Mme\nDUPONT"),
            "Etaient présents : M. Luc PIC, M. Hugo VAST, Mme DUPONT"
        );
        assert_eq!(
            joined("Etaient présents : M. Luc PIC, M. Hugo VAST, Mme Lise\nDUPONT, M. Marc"),
            "Etaient présents : M. Luc PIC, M. Hugo VAST, Mme Lise DUPONT, M. Marc"
        );
    }

    #[test]
    fn a_name_split_after_its_separator_runs_on() {
        assert_eq!(
            joined("Présents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi\nCOLIN, Eve BRUNHES"),
            "Présents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi COLIN, Eve BRUNHES"
        );
        assert_eq!(
            joined(
                "Présents : M. VIAL Anne, M. DOL Marc, M. TIL Hugo, M. MAS\nLise, M. BRUNHES Eve"
            ),
            "Présents : M. VIAL Anne, M. DOL Marc, M. TIL Hugo, M. MAS Lise, M. BRUNHES Eve"
        );
        assert_eq!(
            joined(
                "Présents : VIAL Anne - DOL Marc - TIL Hugo - MAS Lise - BRUNHES\nEve - COLIN Rémi"
            ),
            "Présents : VIAL Anne - DOL Marc - TIL Hugo - MAS Lise - BRUNHES Eve - COLIN Rémi"
        );
    }

    #[test]
    fn a_list_goes_on_past_its_separator() {
        assert_eq!(
            joined("Présents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi COLIN,\nEve BRUNHES"),
            "Présents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi COLIN, Eve BRUNHES"
        );
        assert_eq!(
            joined(
                "VERNAS : Anne VIAL – GAUJAC : Marc DOL, Hugo TIL, Lise MAS –\nCAZALS : Rémi COLIN"
            ),
            "VERNAS : Anne VIAL – GAUJAC : Marc DOL, Hugo TIL, Lise MAS – CAZALS : Rémi COLIN"
        );
        assert_eq!(
            joined(
                "VERNAS : Anne VIAL – GAUJAC : Marc DOL, Hugo TIL, Lise MAS – CAZALS\n: Rémi COLIN"
            ),
            "VERNAS : Anne VIAL – GAUJAC : Marc DOL, Hugo TIL, Lise MAS – CAZALS : Rémi COLIN"
        );
        assert_eq!(
            joined(
                "Absents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi COLIN\n(pouvoir à Marc DOL)"
            ),
            "Absents : Anne VIAL, Marc DOL, Hugo TIL, Lise MAS, Rémi COLIN (pouvoir à Marc DOL)"
        );
        // A label, a decision's verb or a heading after the separator opens
        // its line.
        for text in [
            "Le conseil municipal, après avoir entendu l'exposé du Maire,\nDECLARE que le compte",
            "M. Paul COLIN rejoint la séance ; son pouvoir prend fin.    - 2 -\nQUESTION N° 4 – TARIFS",
        ] {
            assert_eq!(joined(text), text);
        }
        let text = "Présents : M. VIAL Anne - M. DOL Marc - M. TIL Hugo - M. MAS Lise -\nDélégués absents : M. COLIN Rémi";
        assert_eq!(joined(text), text);
    }

    #[test]
    fn a_count_opens_the_next_line() {
        assert_eq!(
            joined("Date de convocation : Secrétaire : Présents :\n24 Le 3 mai"),
            "Date de convocation : Secrétaire : Présents : 24 Le 3 mai"
        );
        assert_eq!(
            joined("Nombre de membres : 31 Nombre de pouvoirs :\n6"),
            "Nombre de membres : 31 Nombre de pouvoirs : 6"
        );
        assert_eq!(
            joined("QUORUM : 26 - PRÉSENTS : 37 - PROCURATIONS :\n6 - VOTANTS : 43"),
            "QUORUM : 26 - PRÉSENTS : 37 - PROCURATIONS : 6 - VOTANTS : 43"
        );
        assert_eq!(
            joined("la majorité absolue des membres en exercice au nombre de\n31."),
            "la majorité absolue des membres en exercice au nombre de 31."
        );
    }

    #[test]
    fn lines_that_end_stay() {
        for text in [
            "Liste des membres du conseil municipal. Etaient présents :\n1 - M. Paul VIDARGUES",
            "Liste des membres du conseil municipal. Etaient présents :\n1. Paul VIDARGUES",
            "Liste des affaires soumises au conseil. Ordre du jour :\n2 Budget",
            "Liste des membres du conseil. Présents :\nM. PIC",
            "Le conseil municipal, après en avoir délibéré, à l'unanimité,\napprouve",
            "Liste des absents ayant donné pouvoir à un membre :\n- M. PIC à M. COL",
            "Fait et délibéré les jour, mois et an que dessus\n\nPouvoirs",
            // Short lines: a writer's own line ends, a table's cells.
            "Ouverture de la séance à\nMonsieur Paul VIDARGUES, Maire",
            "Madame\nLise\nDUPONT",
            "M. Paul VIDARGUES qui a donné\nprocuration",
            // One entry a line, the family name first.
            "Liste des membres présents à la séance : DUPONT Paul\nMARTIN Jean",
            "Adoption à 0 contre, 0 abstention, 11 voix pour\n4. Réglementation",
            // A table's header row over its first row.
            "NOM Prénom Commune Présent Suppléé par Pouvoir donné à\nVIDARGUES Paul Saint-Loup X",
        ] {
            assert_eq!(joined(text), text);
        }
    }
}
