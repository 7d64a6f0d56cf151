//! The open-data exports of every fixture meet their schemas' constraints.

use std::path::PathBuf;

use deliberation::export::{SCDL_FIELDS, ScdlOptions, scdl_rows, vote_events, write_scdl_csv};

fn fixtures() -> Vec<(PathBuf, deliberation::Document)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let doc = crate::fixtures::parse_fixture(&p);
            (p, doc)
        })
        .collect()
}

/// RFC 4180 records: quoted cells may hold commas, quotes and line breaks.
pub(crate) fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "unterminated CSV"
    );
    rows
}

/// The constraints of SCDL « Délibérations » 2.1.5 on one row (an empty
/// cell is a missing value), and the sum rule. Returns what is wrong.
pub(crate) fn scdl_violations(row: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    if row.len() != SCDL_FIELDS.len() {
        return vec![format!(
            "expected {} cells, found {}",
            SCDL_FIELDS.len(),
            row.len()
        )];
    }
    let cell = |name: &str| &row[SCDL_FIELDS.iter().position(|f| *f == name).unwrap()];
    let all = |s: &str, f: fn(char) -> bool| s.chars().all(f);
    let digits = |s: &str| !s.is_empty() && all(s, |c| c.is_ascii_digit());
    for name in ["DELIB_DATE", "PREF_DATE"] {
        let v = cell(name);
        if !v.is_empty()
            && (v.len() != 10 || chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err())
        {
            bad.push(format!("{name}: expected a date YYYY-MM-DD, found {v:?}"));
        }
    }
    let mut int = |name: &str| -> Option<u64> {
        let v = cell(name);
        if v.is_empty() {
            return None;
        }
        if !digits(v) {
            bad.push(format!("{name}: expected an integer, found {v:?}"));
            return None;
        }
        v.parse().ok()
    };
    let _ = int("VOTE_EFFECTIF");
    let reel = int("VOTE_REEL");
    let parts = [int("VOTE_POUR"), int("VOTE_CONTRE"), int("VOTE_ABSTENTION")];
    if let Some(r) = reel {
        match parts {
            [Some(p), Some(c), Some(a)] if p + c + a == r => {}
            _ => bad.push(format!(
                "VOTE_REEL {r} is not VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION ({parts:?})"
            )),
        }
    } else if parts.iter().all(Option::is_some) {
        bad.push("VOTE_REEL empty while its three parts are filled".into());
    }
    let siret = cell("COLL_SIRET");
    if !(siret.is_empty() || siret.len() == 14 && digits(siret)) {
        bad.push(format!("COLL_SIRET: expected 14 digits, found {siret:?}"));
    }
    let code = cell("DELIB_MATIERE_CODE");
    if !code.is_empty() {
        let ok = code.split_once('.').is_some_and(|(a, b)| {
            a.len() == 1 && digits(a) && (1..=2).contains(&b.len()) && digits(b)
        });
        if !ok {
            bad.push(format!("DELIB_MATIERE_CODE: expected N.N, found {code:?}"));
        }
    }
    let year = cell("BUDGET_ANNEE");
    if !year.is_empty() {
        let ok = match year.split_once('/') {
            Some((a, b)) => a.len() == 4 && digits(a) && b.len() == 4 && digits(b),
            None => year.len() == 4 && digits(year),
        };
        if !ok {
            bad.push(format!(
                "BUDGET_ANNEE: expected YYYY or YYYY/YYYY, found {year:?}"
            ));
        }
    }
    let url = cell("DELIB_URL");
    if !url.is_empty()
        && !url
            .split_once("://")
            .is_some_and(|(s, r)| !s.is_empty() && !r.is_empty())
    {
        bad.push(format!("DELIB_URL: expected a URI, found {url:?}"));
    }
    for (name, v) in SCDL_FIELDS.iter().zip(row) {
        if v.contains(['\n', '\r']) || v != v.trim() {
            bad.push(format!("{name}: a line break or edge whitespace in {v:?}"));
        }
    }
    bad
}

#[test]
fn every_fixture_gives_valid_scdl_rows() {
    let mut failures = Vec::new();
    let (mut rows_seen, mut counted, mut from_timeline) = (0, 0, 0);
    for (path, doc) in fixtures() {
        let rows = scdl_rows(&doc, &ScdlOptions::default());
        assert_eq!(rows.len(), doc.deliberations.len());
        let mut out = Vec::new();
        write_scdl_csv(&mut out, &rows, true).expect("written");
        let table = read_csv(std::str::from_utf8(&out).expect("UTF-8"));
        assert_eq!(table[0], SCDL_FIELDS, "{}", path.display());
        let blank = rows
            .iter()
            .filter(|r| r.cells().iter().all(String::is_empty))
            .count();
        assert_eq!(table.len(), rows.len() - blank + 1);
        let kept = (0..rows.len()).filter(|&i| rows[i].cells().iter().any(|c| !c.is_empty()));
        for (i, row) in kept.zip(&table[1..]) {
            rows_seen += 1;
            for v in scdl_violations(row) {
                failures.push(format!("{} row {i}: {v}", path.display()));
            }
            // Never invented: a count is one the vote wrote, or the
            // validator's for a unanimous vote written without figures.
            let c = deliberation::export::counts(&doc, i);
            if !row[13].is_empty() {
                counted += 1;
                let c = c.expect("a vote");
                if c.from_timeline {
                    from_timeline += 1;
                    let vote = doc.deliberations[i].vote.as_ref().unwrap();
                    assert!(vote.unanimous && vote.for_.is_none(), "{}", path.display());
                    assert_eq!((&row[14][..], &row[15][..]), ("0", "0"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("scdl: {rows_seen} rows, {counted} with counts, {from_timeline} from the timeline");
    assert!(
        counted > 100 && from_timeline > 0,
        "{counted} {from_timeline}"
    );
}

#[test]
fn the_seed_as_an_scdl_row() {
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/grand-besancon-bureau-2023-10-26.txt");
    let doc = crate::fixtures::parse_fixture(&seed);
    let options = ScdlOptions {
        coll_siret: Some("12345678901234".into()),
        delib_url: None,
    };
    let mut out = Vec::new();
    write_scdl_csv(&mut out, &scdl_rows(&doc, &options), false).unwrap();
    let table = read_csv(std::str::from_utf8(&out).unwrap());
    assert_eq!(table.len(), 1);
    let row = &table[0];
    assert_eq!(row[0], "Grand Besançon Métropole");
    assert_eq!(row[1], "12345678901234");
    assert_eq!(row[3], "2023-10-26");
    assert_eq!(&row[11..16], ["32", "22", "22", "0", "0"]);
    assert!(scdl_violations(row).is_empty());
}

#[test]
fn every_fixture_gives_popolo_vote_events() {
    let options = ["yes", "no", "abstain", "not voting"];
    let mut named = 0;
    for (path, doc) in fixtures() {
        let name = path.display().to_string();
        let events = vote_events(&doc, &name);
        let votes = doc
            .deliberations
            .iter()
            .filter(|d| d.vote.is_some())
            .count();
        assert_eq!(events.len(), votes, "{name}");
        for e in &events {
            assert!(
                matches!(e.result.as_deref(), None | Some("pass" | "fail")),
                "{name}"
            );
            assert_eq!(e.start_date, doc.meeting.date);
            assert!(
                e.counts
                    .iter()
                    .all(|c| options.contains(&c.option.as_str()))
            );
            assert!(
                e.votes
                    .iter()
                    .all(|v| options[1..].contains(&v.option.as_str()))
            );
            assert_eq!(e.sources[0].url, name);
            named += e.votes.len();
            // Options appear once each.
            let mut seen: Vec<&str> = e.counts.iter().map(|c| c.option.as_str()).collect();
            seen.dedup();
            assert_eq!(seen.len(), e.counts.len());
        }
    }
    assert!(named > 0);
}
