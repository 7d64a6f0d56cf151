//! The deliberating body a header names: "Conseil municipal", "Bureau
//! communautaire", "Comité syndical", "Commission permanente".

use crate::model::Council;
use crate::text::{fold, fold_regex};
use crate::vocabulary::COUNCILS;

/// The body named in `text` (a header): the first one named, except that a
/// commission permanente is named after the council it belongs to.
///
/// ```text
/// "EXTRAIT DU REGISTRE ... DU BUREAU COMMUNAUTAIRE"          -> Bureau
/// "CONSEIL DÉPARTEMENTAL ... COMMISSION PERMANENTE du 17 ..." -> Commission permanente
/// ```
pub(crate) fn council_in(text: &str) -> Option<Council> {
    let re = fold_regex!(&format!(r"(?i)\b({COUNCILS})\b"));
    let mut best: Option<Council> = None;
    for m in re.find_iter(text) {
        // "Membre du Bureau du Centre de Gestion": a member's function in
        // a list, not the body that sits.
        let before = &text[text.floor_char_boundary(m.start().saturating_sub(12))..m.start()];
        if fold(before).trim_end().ends_with("membre du") {
            continue;
        }
        let named = council_named(&fold(m.as_str()));
        let replaces = match &best {
            None => true,
            Some(b) => named == Council::StandingCommittee && is_a_conseil(b),
        };
        if replaces {
            best = Some(named);
        }
    }
    best
}

/// The council a name found by [`council_in`] stands for, folded.
fn council_named(f: &str) -> Council {
    if f.starts_with("commission permanente") {
        Council::StandingCommittee
    } else if f.starts_with("bureau") {
        Council::Bureau
    } else if f.starts_with("comite") {
        Council::SyndicateCommittee
    } else if f.contains("departemental") {
        Council::DepartmentalCouncil
    } else if f.starts_with("conseil de") {
        Council::CouncilOfTheCommunity
    } else if f.contains("communautaire") || f.contains("intercommunal") {
        Council::CommunityCouncil
    } else if f.contains("municipal") {
        Council::MunicipalCouncil
    } else if f.contains("general") {
        Council::GeneralCouncil
    } else {
        Council::RegionalCouncil
    }
}

/// A "Conseil ...", which a commission permanente named after it belongs to.
fn is_a_conseil(c: &Council) -> bool {
    matches!(
        c,
        Council::MunicipalCouncil
            | Council::CommunityCouncil
            | Council::CouncilOfTheCommunity
            | Council::DepartmentalCouncil
            | Council::GeneralCouncil
            | Council::RegionalCouncil
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn councils_named_in_headers() {
        let c = council_in;
        assert_eq!(
            c("DU BUREAU COMMUNAUTAIRE du 3 mars"),
            Some(Council::Bureau)
        );
        assert_eq!(c("X Paul, Membre du Bureau du Syndicat, Maire de Y"), None);
        assert_eq!(
            c("Conseil départemental du Gard - Commission permanente"),
            Some(Council::StandingCommittee)
        );
        assert_eq!(
            c("Comité du syndicat, puis le Conseil municipal"),
            Some(Council::SyndicateCommittee)
        );
        assert_eq!(
            c("CONSEIL DE LA COMMUNAUTÉ"),
            Some(Council::CouncilOfTheCommunity)
        );
        assert_eq!(c("le conseil a délibéré"), None);
    }
}
