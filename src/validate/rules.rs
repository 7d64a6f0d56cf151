//! The rules in force on the meeting's date for its body (its tier): which quorum,
//! whether proxies count toward it, how many proxies one member may hold,
//! and whether interested members leave the members in office (L1111-6).

use chrono::NaiveDate;

use crate::grammar::council::council_in;
use crate::model::{Council, Meeting};
use crate::text::fold;

/// Which rules a body follows: its tier of local government and, in a
/// département or a région, whether it is the commission permanente.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tier {
    /// Conseil municipal.
    Commune,
    /// Conseil communautaire, comité syndical (L5211-1).
    EpciCouncil,
    /// Bureau of an EPCI acting under delegation (L5211-10).
    EpciBureau,
    /// Conseil départemental (général).
    Departement,
    /// Conseil régional.
    Region,
    /// Commission permanente of a département.
    CommissionPermanenteDept,
    /// Commission permanente of a région.
    CommissionPermanenteRegion,
    /// Not stated: the municipal rule, which all councils share.
    Unknown,
}

impl Tier {
    /// The tier of the meeting's body (and of its authority, for a
    /// commission permanente, which exists in départements and régions).
    /// A body named otherwise than the parser names it is read with the
    /// parser's council grammar.
    pub(crate) fn of(meeting: &Meeting) -> Tier {
        let council = match &meeting.body {
            Some(Council::Other(name)) => council_in(name),
            body => body.clone(),
        };
        let Some(council) = council else {
            return Tier::Unknown;
        };
        match council {
            Council::StandingCommittee => {
                let authority = meeting.authority.as_deref().map(fold).unwrap_or_default();
                if authority.contains("region") {
                    Tier::CommissionPermanenteRegion
                } else {
                    Tier::CommissionPermanenteDept
                }
            }
            Council::Bureau => Tier::EpciBureau,
            Council::MunicipalCouncil => Tier::Commune,
            Council::CommunityCouncil
            | Council::CouncilOfTheCommunity
            | Council::SyndicateCommittee => Tier::EpciCouncil,
            Council::DepartmentalCouncil | Council::GeneralCouncil => Tier::Departement,
            Council::RegionalCouncil => Tier::Region,
            Council::Other(_) => Tier::Unknown,
        }
    }

    /// Communes and EPCI, where L2131-11 al. 2 (after loi 3DS) removes
    /// members deported under L1111-6 from the members in office.
    pub(crate) fn municipal_family(self) -> bool {
        matches!(
            self,
            Tier::Commune | Tier::EpciCouncil | Tier::EpciBureau | Tier::Unknown
        )
    }

    /// The article of the normal quorum rule.
    fn article(self) -> &'static str {
        match self {
            Tier::Commune | Tier::Unknown => "L2121-17",
            Tier::EpciCouncil => "L2121-17 by L5211-1",
            Tier::EpciBureau => "L2121-17 by L5211-1 and L5211-10",
            Tier::Departement => "L3121-14",
            Tier::Region => "L4132-13",
            Tier::CommissionPermanenteDept => "L3121-14-1",
            Tier::CommissionPermanenteRegion => "L4132-13-1",
        }
    }

    /// The commission permanente counts members present or represented.
    fn counts_represented(self) -> bool {
        matches!(
            self,
            Tier::CommissionPermanenteDept | Tier::CommissionPermanenteRegion
        )
    }
}

/// How many members are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Threshold {
    /// More than half: `floor(N/2) + 1`.
    Majority,
    /// One third (Covid windows): `ceil(N/3)`.
    Third,
    /// Second convocation: no quorum.
    None,
}

impl Threshold {
    /// Members required out of `n`.
    pub(crate) fn required(self, n: u32) -> u32 {
        match self {
            Threshold::Majority => n / 2 + 1,
            Threshold::Third => n.div_ceil(3),
            Threshold::None => 0,
        }
    }
}

/// The rules in force for one meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Regime {
    /// The tier the rules were chosen for.
    pub(crate) tier: Tier,
    /// Quorum threshold.
    pub(crate) threshold: Threshold,
    /// Whether represented members count toward the quorum.
    pub(crate) counts_represented: bool,
    /// Most proxies one member may hold.
    pub(crate) proxy_cap: u32,
    /// Which text decides, e.g. "L2121-17", "loi 2020-1379 art. 6 (un tiers)".
    pub(crate) rule: String,
    /// Whether interested members leave N (L1111-6 and L2131-11 after 3DS).
    pub(crate) l1111_6: bool,
    /// Why a broken rule is only a warning: the date is unknown or near a
    /// change of regime, so another regime may apply.
    pub(crate) doubt: Option<String>,
}

/// A Covid window: first and last day (inclusive), and its rules.
struct Window {
    from: (i32, u32, u32),
    until: (i32, u32, u32),
    counts_represented: bool,
    source: &'static str,
}

impl Window {
    const fn new(
        from: (i32, u32, u32),
        until: (i32, u32, u32),
        counts_represented: bool,
        source: &'static str,
    ) -> Window {
        Window {
            from,
            until,
            counts_represented,
            source,
        }
    }
}

/// The Covid windows of the rules doc (§3), in date order.
const WINDOWS: [Window; 5] = [
    Window::new(
        (2020, 3, 24),
        (2020, 4, 2),
        false,
        "loi 2020-290 art. 10 (un tiers)",
    ),
    Window::new(
        (2020, 4, 3),
        (2020, 7, 10),
        true,
        "ord. 2020-391 art. 2 (un tiers, représentés comptés)",
    ),
    Window::new(
        (2020, 7, 11),
        (2020, 8, 30),
        false,
        "loi 2020-290 art. 10 mod. loi 2020-760 (un tiers)",
    ),
    Window::new(
        (2020, 11, 15),
        (2021, 9, 30),
        false,
        "loi 2020-1379 art. 6 (un tiers)",
    ),
    Window::new(
        (2021, 11, 12),
        (2022, 7, 31),
        false,
        "loi 2021-1465 art. 10 (un tiers)",
    ),
];

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid constant date")
}

/// 3DS (loi 2022-217) in force; the exact day is unverified, hence a doubt
/// band around it.
const L1111_6_FROM: (i32, u32, u32) = (2022, 2, 23);

/// Regime boundaries: the first day of each new regime. Sources give 10, 11
/// or 12 November 2021 for the last window, and some read a revival from
/// 17 October 2020: both are boundaries too.
fn boundaries() -> impl Iterator<Item = NaiveDate> {
    WINDOWS
        .iter()
        .flat_map(|w| [ymd(w.from), ymd(w.until) + chrono::Days::new(1)])
        .chain([ymd((2021, 11, 10)), ymd((2020, 10, 17))])
}

impl Regime {
    /// The rules for this meeting.
    pub(crate) fn of(meeting: &Meeting) -> Regime {
        Regime::at(Tier::of(meeting), meeting.date, meeting.second_convocation)
    }

    /// The rules for a body on a date.
    pub(crate) fn at(tier: Tier, date: Option<NaiveDate>, second_convocation: bool) -> Regime {
        let mut regime = Regime {
            tier,
            threshold: Threshold::Majority,
            counts_represented: tier.counts_represented(),
            proxy_cap: 1,
            rule: tier.article().to_string(),
            l1111_6: false,
            doubt: None,
        };
        match date {
            None => regime.doubt = Some("the date of the sitting is unknown".into()),
            Some(d) => {
                if let Some(w) = WINDOWS
                    .iter()
                    .find(|w| ymd(w.from) <= d && d <= ymd(w.until))
                {
                    regime.threshold = Threshold::Third;
                    regime.counts_represented |= w.counts_represented;
                    regime.proxy_cap = 2;
                    regime.rule = w.source.to_string();
                }
                if let Some(b) = boundaries().find(|b| (d - *b).num_days().abs() <= 2) {
                    regime.doubt = Some(format!(
                        "the sitting ({d}) is within 2 days of a change of rules ({b})"
                    ));
                } else if ymd((2020, 10, 17)) <= d && d <= ymd((2020, 11, 14)) {
                    regime.doubt = Some(format!(
                        "some read a revival of the covid rules from 2020-10-17 ({d})"
                    ));
                }
                let from = ymd(L1111_6_FROM);
                if tier.municipal_family() && d >= from {
                    regime.l1111_6 = true;
                }
                if tier.municipal_family() && d.year_month() == (2022, 2) {
                    regime.doubt = Some(format!(
                        "loi 3DS (L1111-6) came into force in february 2022, exact day unverified ({d})"
                    ));
                }
            }
        }
        if second_convocation {
            regime.threshold = Threshold::None;
            let article = tier.article();
            let (first, rest) = article.split_once(' ').unwrap_or((article, ""));
            regime.rule = format!("{first} al. 2 (second convocation, no quorum) {rest}")
                .trim_end()
                .to_string();
        }
        regime
    }

    /// Whether a broken rule is only a warning.
    #[cfg(test)]
    fn doubtful(&self) -> bool {
        self.doubt.is_some()
    }
}

trait YearMonth {
    fn year_month(&self) -> (i32, u32);
}

impl YearMonth for NaiveDate {
    fn year_month(&self) -> (i32, u32) {
        use chrono::Datelike;
        (self.year(), self.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(tier: Tier, date: &str) -> Regime {
        Regime::at(tier, Some(date.parse().unwrap()), false)
    }

    #[test]
    fn normal_quorum_is_more_than_half() {
        assert_eq!(Threshold::Majority.required(32), 17);
        assert_eq!(Threshold::Majority.required(33), 17);
        assert_eq!(Threshold::Majority.required(11), 6);
        assert_eq!(Threshold::Third.required(29), 10);
        assert_eq!(Threshold::Third.required(33), 11);
    }

    #[test]
    fn covid_windows_by_date() {
        let r = at(Tier::Commune, "2021-02-10");
        assert_eq!(
            (r.threshold, r.proxy_cap, r.counts_represented),
            (Threshold::Third, 2, false)
        );
        assert_eq!(r.rule, "loi 2020-1379 art. 6 (un tiers)");
        assert!(!r.doubtful());
        assert!(at(Tier::Commune, "2020-05-20").counts_represented);
        let r = at(Tier::Commune, "2019-04-11");
        assert_eq!(
            (r.threshold, r.proxy_cap, r.rule.as_str()),
            (Threshold::Majority, 1, "L2121-17")
        );
        assert_eq!(
            at(Tier::Commune, "2022-08-01").threshold,
            Threshold::Majority
        );
        assert_eq!(at(Tier::Commune, "2022-07-31").threshold, Threshold::Third);
    }

    #[test]
    fn near_a_boundary_is_doubtful() {
        assert!(at(Tier::Commune, "2022-08-02").doubtful());
        assert!(at(Tier::Commune, "2021-09-29").doubtful());
        assert!(at(Tier::Commune, "2021-11-11").doubtful());
        assert!(!at(Tier::Commune, "2022-08-04").doubtful());
        assert!(Regime::at(Tier::Commune, None, false).doubtful());
    }

    #[test]
    fn bodies_and_l1111_6() {
        assert!(at(Tier::EpciBureau, "2023-10-26").l1111_6);
        assert!(!at(Tier::EpciBureau, "2021-10-26").l1111_6);
        assert!(!at(Tier::Departement, "2023-10-26").l1111_6);
        let cp = at(Tier::CommissionPermanenteDept, "2022-10-17");
        assert!(cp.counts_represented);
        assert_eq!(cp.rule, "L3121-14-1");
        let m = Meeting {
            body: Some("Commission permanente".into()),
            authority: Some("Région Occitanie".into()),
            ..Meeting::default()
        };
        assert_eq!(Tier::of(&m), Tier::CommissionPermanenteRegion);
        // A name the parser does not write is read with its council grammar.
        let m = Meeting {
            body: Some("Bureau communautaire".into()),
            ..Meeting::default()
        };
        assert_eq!(Tier::of(&m), Tier::EpciBureau);
    }

    #[test]
    fn second_convocation_has_no_quorum() {
        let r = Regime::at(Tier::Commune, Some("2018-11-23".parse().unwrap()), true);
        assert_eq!(r.threshold.required(15), 0);
        assert!(r.rule.contains("second convocation"));
    }
}
