//! Rows of the SCDL « Délibérations » schema, version 2.1.5 (the Socle
//! Commun des Données Locales of OpenDataFrance, published on
//! schema.data.gouv.fr): one row per deliberation.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Document;

/// The schema's fields, in its order: the CSV header.
pub const SCDL_FIELDS: [&str; 17] = [
    "COLL_NOM",
    "COLL_SIRET",
    "DELIB_ID",
    "DELIB_DATE",
    "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM",
    "DELIB_OBJET",
    "BUDGET_ANNEE",
    "BUDGET_NOM",
    "PREF_ID",
    "PREF_DATE",
    "VOTE_EFFECTIF",
    "VOTE_REEL",
    "VOTE_POUR",
    "VOTE_CONTRE",
    "VOTE_ABSTENTION",
    "DELIB_URL",
];

/// What the text of minutes does not give but a publisher knows.
#[derive(Debug, Clone, Default)]
pub struct ScdlOptions {
    /// `COLL_SIRET`: the collectivity's SIRET, 14 digits.
    pub coll_siret: Option<String>,
    /// `DELIB_URL`: where the document is published.
    pub delib_url: Option<String>,
}

/// One deliberation as a row of the SCDL « Délibérations » schema 2.1.5.
/// `None` is an empty cell: what the text does not give.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub struct ScdlRow {
    /// The collectivity ([`Meeting::authority`](crate::Meeting::authority)).
    pub coll_nom: Option<String>,
    /// Its SIRET: never in the text, from [`ScdlOptions::coll_siret`].
    pub coll_siret: Option<String>,
    /// The deliberation's number as written.
    pub delib_id: Option<String>,
    /// The sitting's date (the date of adoption).
    pub delib_date: Option<NaiveDate>,
    /// ACTES subject code ("8.4"): not read from the text.
    pub delib_matiere_code: Option<String>,
    /// ACTES subject name: not read from the text.
    pub delib_matiere_nom: Option<String>,
    /// The deliberation's title.
    pub delib_objet: Option<String>,
    /// Budget year: not read from the text.
    pub budget_annee: Option<String>,
    /// Budget name: not read from the text.
    pub budget_nom: Option<String>,
    /// Legality-control office: not in the minutes.
    pub pref_id: Option<String>,
    /// Date of transmission for legality control: not in the minutes.
    pub pref_date: Option<NaiveDate>,
    /// Members who could take part in votes: the members in office.
    pub vote_effectif: Option<u32>,
    /// Members who took part: for + against + abstentions, when all three
    /// are known (the schema's sum rule holds on every row).
    pub vote_reel: Option<u32>,
    /// Votes for.
    pub vote_pour: Option<u32>,
    /// Votes against.
    pub vote_contre: Option<u32>,
    /// Abstentions.
    pub vote_abstention: Option<u32>,
    /// Where the document is published, from [`ScdlOptions::delib_url`].
    pub delib_url: Option<String>,
}

impl ScdlRow {
    /// The cells, in the order of [`SCDL_FIELDS`].
    pub fn cells(&self) -> [String; 17] {
        fn text(x: &Option<String>) -> String {
            x.as_deref().map(one_line).unwrap_or_default()
        }
        fn show<T: ToString>(x: &Option<T>) -> String {
            x.as_ref().map(T::to_string).unwrap_or_default()
        }
        [
            text(&self.coll_nom),
            text(&self.coll_siret),
            text(&self.delib_id),
            show(&self.delib_date),
            text(&self.delib_matiere_code),
            text(&self.delib_matiere_nom),
            text(&self.delib_objet),
            text(&self.budget_annee),
            text(&self.budget_nom),
            text(&self.pref_id),
            show(&self.pref_date),
            show(&self.vote_effectif),
            show(&self.vote_reel),
            show(&self.vote_pour),
            show(&self.vote_contre),
            show(&self.vote_abstention),
            text(&self.delib_url),
        ]
    }
}

/// Whitespace runs (line breaks of the extracted text included) as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One row per deliberation of `doc`, in the order of the text.
///
/// ```
/// let text = "Commune de Trévillac\nSéance du 2 juin 2016\nMembres en exercice : 3\n\
///             Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul TRAX\n\
///             Délibération n° 2016-12 : Tarifs de la cantine\nPour : 2 Contre : 1 Abstention : 0\n";
/// let doc = deliberation::Options::new().validate(true).parse(text)?;
/// let rows = deliberation::export::scdl_rows(&doc, &Default::default());
/// assert_eq!(rows[0].delib_date.unwrap().to_string(), "2016-06-02");
/// assert_eq!((rows[0].vote_pour, rows[0].vote_contre, rows[0].vote_reel), (Some(2), Some(1), Some(3)));
/// assert_eq!(rows[0].vote_effectif, Some(3));
/// assert_eq!(rows[0].coll_siret, None); // never in the text
/// # Ok::<(), deliberation::Error>(())
/// ```
pub fn scdl_rows(doc: &Document, options: &ScdlOptions) -> Vec<ScdlRow> {
    (0..doc.deliberations.len())
        .map(|i| {
            let d = &doc.deliberations[i];
            let c = super::counts(doc, i).unwrap_or_default();
            ScdlRow {
                coll_nom: doc.meeting.authority.clone(),
                coll_siret: options.coll_siret.clone(),
                delib_id: d.number.clone(),
                delib_date: doc.meeting.date,
                delib_matiere_code: None,
                delib_matiere_nom: None,
                delib_objet: d.title.clone(),
                budget_annee: None,
                budget_nom: None,
                pref_id: None,
                pref_date: None,
                vote_effectif: doc.meeting.members_in_office,
                vote_reel: c.cast(),
                vote_pour: c.for_,
                vote_contre: c.against,
                vote_abstention: c.abstentions,
                delib_url: options.delib_url.clone(),
            }
        })
        .collect()
}

/// Writes `rows` as CSV (RFC 4180: comma-separated, UTF-8, CRLF line ends,
/// a cell quoted when it holds a comma, a quote or a line break), after
/// the schema's header when `header` is true. A row with no cell filled (a
/// deliberation of which the text gives nothing the schema asks) is left
/// out: it says nothing, and validators report a blank row as an error.
///
/// ```
/// let row = deliberation::export::ScdlRow {
///     coll_nom: Some("Commune de Trévillac".into()),
///     delib_objet: Some("Tarifs \"cantine\", année 2016".into()),
///     ..Default::default()
/// };
/// let mut out = Vec::new();
/// deliberation::export::write_scdl_csv(&mut out, &[row], false)?;
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     "Commune de Trévillac,,,,,,\"Tarifs \"\"cantine\"\", année 2016\",,,,,,,,,,\r\n"
/// );
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_scdl_csv<W: Write>(out: &mut W, rows: &[ScdlRow], header: bool) -> io::Result<()> {
    if header {
        out.write_all(SCDL_FIELDS.join(",").as_bytes())?;
        out.write_all(b"\r\n")?;
    }
    for row in rows {
        let cells = row.cells();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        for (k, cell) in cells.iter().enumerate() {
            if k > 0 {
                out.write_all(b",")?;
            }
            if cell.contains([',', '"', '\n', '\r']) {
                write!(out, "\"{}\"", cell.replace('"', "\"\""))?;
            } else {
                out.write_all(cell.as_bytes())?;
            }
        }
        out.write_all(b"\r\n")?;
    }
    Ok(())
}
