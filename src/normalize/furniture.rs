//! Page furniture: the running headers and footers, page numbers and
//! préfecture stamps that PDF extraction leaves among the content.
//!
//! pdftotext ends each page with a form feed, so a page's first and last
//! lines are known; a line that comes back at the edge of several pages
//! (digits aside: "Page 3 / 20") is a running header or footer. Stamps
//! ("Envoyé en préfecture le ...", "ID : 044-214400400-20150519-50-DE",
//! "Accusé de réception en préfecture") are recognised wherever they are,
//! also as a column of a `-layout` line.

use std::collections::HashMap;
use std::ops::Range;

use std::sync::LazyLock;

use regex::Regex;

/// How many non-blank lines at each edge of a page may be furniture.
const EDGE: usize = 4;

/// Byte ranges of `text` that are page furniture (its line feeds found
/// already, at `feeds`), in order and disjoint. A whole line's range
/// includes its line feed.
pub(crate) fn furniture_with(text: &str, feeds: &[usize]) -> Vec<Range<usize>> {
    let lines = lines(text, feeds);
    let mut drop = vec![false; lines.len()];
    let mut parts: Vec<Range<usize>> = Vec::new();

    stamps(text, &lines, &mut drop, &mut parts);
    page_numbers(text, &lines, &mut drop);
    running_lines(text, &lines, &mut drop);

    let mut out: Vec<Range<usize>> = lines
        .iter()
        .zip(&drop)
        .filter(|(_, d)| **d)
        .map(|(l, _)| l.whole.clone())
        .collect();
    out.extend(parts);
    out.sort_by_key(|r| r.start);
    // Merge overlaps (a part inside a dropped line).
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[derive(Debug)]
struct Line {
    /// The line with its line feed.
    whole: Range<usize>,
    /// The line's text, trimmed.
    body: Range<usize>,
    page: usize,
}

fn lines(text: &str, feeds: &[usize]) -> Vec<Line> {
    // Sized at once: grown line by line, a long text's list was copied a
    // dozen times.
    let mut out = Vec::with_capacity(feeds.len() + 1);
    let mut page = 0;
    let mut pos = 0;
    let mut feeds = feeds.iter().copied();
    while pos < text.len() {
        let end = feeds.next().map_or(text.len(), |p| p + 1);
        let raw = &text[pos..end];
        // A form feed opens a page; pdftotext puts it at the start of the
        // page's first line.
        let feeds_at_start = raw.bytes().take_while(|&b| b == 0x0c).count();
        page += feeds_at_start;
        let start = pos + feeds_at_start;
        let content = &text[start..end];
        let lead = content.len() - trim_start(content).len();
        let trimmed = trim_end(&content[lead..]);
        let body = start + lead..start + lead + trimmed.len();
        out.push(Line {
            whole: start..end,
            body,
            page,
        });
        pos = end;
    }
    out
}

/// Whether a byte is ASCII whitespace as `char::is_whitespace` has it.
fn ascii_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// `s.trim_start()`, ASCII whitespace skipped byte by byte first.
fn trim_start(s: &str) -> &str {
    let k = s.bytes().position(|b| !ascii_blank(b)).unwrap_or(s.len());
    if s.as_bytes().get(k).is_some_and(|&b| b >= 0x80) {
        s[k..].trim_start()
    } else {
        &s[k..]
    }
}

/// `s.trim_end()`, ASCII whitespace skipped byte by byte first.
fn trim_end(s: &str) -> &str {
    let k = s
        .bytes()
        .rposition(|b| !ascii_blank(b))
        .map_or(0, |p| p + 1);
    if k > 0 && s.as_bytes()[k - 1] >= 0x80 {
        s[..k].trim_end()
    } else {
        &s[..k]
    }
}

/// A line compared across pages: letters folded, digits as `#`, spaces
/// collapsed.
fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = ' ';
    for c in s.chars() {
        let c = if c.is_ascii_digit() {
            '#'
        } else if c.is_whitespace() {
            ' '
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        if (c == ' ' || c == '#') && c == last {
            continue;
        }
        out.push(c);
        last = c;
    }
    out.trim().to_string()
}

/// A line at a page's edge: its key, whether it is nearer the top, and its
/// place from that edge.
type EdgeKey = (String, bool, usize);
/// Where such a line was seen: page, line index, nearer the top.
type EdgeHit = (usize, usize, bool);

/// The indices of each page's non-blank lines that `keep` keeps.
fn lines_by_page(lines: &[Line], pages: usize, keep: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let mut by_page: Vec<Vec<usize>> = vec![Vec::new(); pages];
    for (i, l) in lines.iter().enumerate() {
        if !l.body.is_empty() && keep(i) {
            by_page[l.page].push(i);
        }
    }
    by_page
}

/// Lines that open or close several pages with the same words.
fn running_lines(text: &str, lines: &[Line], drop: &mut [bool]) {
    let pages = lines.last().map_or(0, |l| l.page) + 1;
    if pages < 2 {
        return;
    }
    // Stamps and page numbers already out: a footer's place is counted
    // without them.
    let by_page = lines_by_page(lines, pages, |i| !drop[i]);
    // By words and place: a running line comes back at the same place
    // (the first line, the second from the bottom...).
    let mut seen: HashMap<EdgeKey, Vec<EdgeHit>> = HashMap::new();
    for (page, idx) in by_page.iter().enumerate() {
        let n = idx.len();
        for (k, &i) in idx.iter().enumerate() {
            if k >= EDGE && k + EDGE < n {
                continue;
            }
            // Nearer the top than the bottom: a header.
            let top = k < n - 1 - k;
            let place = if top { k } else { n - 1 - k };
            let key = key(&text[lines[i].body.clone()]);
            if !worth_a_key(&key) {
                continue;
            }
            seen.entry((key, top, place))
                .or_default()
                .push((page, i, top));
        }
    }
    let needed = if pages <= 3 {
        2
    } else {
        2.max((pages * 2).div_ceil(5))
    };
    for hits in seen.values() {
        let mut distinct: Vec<usize> = hits.iter().map(|h| h.0).collect();
        distinct.dedup();
        if distinct.len() < needed {
            continue;
        }
        for &(page, i, top) in hits {
            // The first page's own header stays: it names the sitting.
            if page == 0 && top {
                continue;
            }
            drop[i] = true;
        }
    }
}

/// Whether a line's key can stand for a running header or footer: enough
/// letters to be a title, and no vote or attendance wording (a tally line
/// "Pour : 18" at the top of two pages is content).
fn worth_a_key(key: &str) -> bool {
    let letters = key.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 6 {
        return false;
    }
    const CONTENT: [&str; 8] = [
        "pour :",
        "contre",
        "abstention",
        "unanimit",
        "vote",
        "voix",
        "présent",
        "pouvoir",
    ];
    !CONTENT.iter().any(|w| key.contains(w))
}

/// A lone page number at a page's edge: "12", "- 3 -", "Page 3", "3/20",
/// "Page 3 sur 20", "p. 4".
fn page_numbers(text: &str, lines: &[Line], drop: &mut [bool]) {
    static PAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:[-–—]\s*)?(?:page|p\.)?\s*\d{1,3}\s*(?:(?:/|sur)\s*\d{1,3})?(?:\s*[-–—])?$",
        )
        .unwrap()
    });
    let pages = lines.last().map_or(0, |l| l.page) + 1;
    let by_page = lines_by_page(lines, pages, |_| true);
    for idx in &by_page {
        let n = idx.len();
        for (k, &i) in idx.iter().enumerate() {
            // Only the very edges: a number inside a page is content
            // (a table cell, a count).
            if k >= 2 && k + 2 < n {
                continue;
            }
            if pages < 2 && k + 2 < n {
                continue;
            }
            if PAGE.is_match(&text[lines[i].body.clone()]) {
                drop[i] = true;
            }
        }
    }
}

/// Préfecture stamps and acknowledgements, whole lines or `-layout`
/// columns.
fn stamps(text: &str, lines: &[Line], drop: &mut [bool], parts: &mut Vec<Range<usize>>) {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:",
            r"(?:envoy[ée]|re[çc]u)e? (?:en|à la) (?:sous-)?pr[ée]fecture le\b.*",
            r"|accus[ée] de r[ée]ception en (?:sous-)?pr[ée]fecture.*",
            r"|date de t[ée]l[ée]transmission ?:.*",
            r"|date de r[ée]ception (?:en )?pr[ée]fecture ?:.*",
            r"|ID ?: ?\d{3}-\d{9}-\d{8}-\S+",
            r"|\d{3}-\d{9}-?\d{8}-\S+-(?:DE|AR|AI|CC|AU|BF)\b.*",
            r"|\d{3}-\d{9}(?:date de t[ée]l[ée]transmission ?:.*)?",
            r")$"
        ))
        .unwrap()
    });
    // Words that belong to a stamp block only next to a stamp line.
    static NEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:publi[ée]|affich[ée]) le(?: \d{2}/\d{2}/\d{4})?$").unwrap()
    });
    // Every stamp names the préfecture, a transmission or an act's
    // identifier ("ID :", or digits first): the lines that can hold one,
    // found in one literal search of the whole text.
    static GATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new("fecture|FECTURE|ransmission|ID").unwrap());
    let mut may = vec![false; lines.len()];
    for m in GATE.find_iter(text) {
        let i = lines.partition_point(|l| l.whole.end <= m.start());
        if let Some(flag) = may.get_mut(i) {
            *flag = true;
        }
    }
    let mut whole_hits = vec![false; lines.len()];
    for (i, l) in lines.iter().enumerate() {
        let body = &text[l.body.clone()];
        if body.is_empty() || !(may[i] || body.as_bytes()[0].is_ascii_digit()) {
            continue;
        }
        if STAMP.is_match(body) {
            whole_hits[i] = true;
            continue;
        }
        // A `-layout` column: segments apart by three spaces or more.
        let mut seg_start = l.body.start;
        for seg in columns(body) {
            let abs = l.body.start + seg.start..l.body.start + seg.end;
            if STAMP.is_match(&text[abs.clone()]) {
                // From the gap before the segment to its end.
                parts.push(seg_start.max(l.body.start)..abs.end);
            }
            seg_start = abs.end;
        }
    }
    for i in 0..lines.len() {
        if whole_hits[i] {
            drop[i] = true;
            continue;
        }
        let body = &text[lines[i].body.clone()];
        // "publié", "affiché", in either case: the first bytes rule out
        // most lines without running the regex (and its first letter
        // alone let through every "Pour", "Article", "Après").
        let opens = |w: &str| {
            body.as_bytes()
                .get(..w.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        };
        if (opens("publi") || opens("affich")) && NEAR.is_match(body) {
            let near = (i.saturating_sub(3)..(i + 4).min(lines.len())).any(|j| whole_hits[j]);
            if near {
                drop[i] = true;
            }
        }
    }
}

/// The segments of a line apart by three spaces or more (relative ranges).
fn columns(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            let run = bytes[i..].iter().take_while(|&&b| b == b' ').count();
            if run >= 3 {
                out.push(start..i);
                start = i + run;
            }
            i += run;
        } else {
            i += 1;
        }
    }
    out.push(start..bytes.len());
    out.retain(|r| !r.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The furniture of `text`, its line feeds found here.
    fn furniture(text: &str) -> Vec<Range<usize>> {
        let feeds: Vec<usize> = crate::text::line_feeds(text).collect();
        furniture_with(text, &feeds)
    }

    #[test]
    fn trims_are_those_of_str() {
        for s in [
            "",
            " ",
            "a",
            " \t a b \r\n",
            "\u{a0}x\u{a0}",
            " \u{2003} é \u{3000}\n",
            "é",
            "\u{b}\u{c}x\u{1c}",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
        }
    }

    fn kept(text: &str) -> String {
        let mut out = String::new();
        let mut pos = 0;
        for r in furniture(text) {
            out.push_str(&text[pos..r.start]);
            pos = r.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    #[test]
    fn running_footer_with_page_numbers_goes() {
        let text = "Titre\nPrésents : A,\nMairie de Trifouilly - séance du 3 mai - Page 1 / 3\n\u{c}B, C\nsuite\nMairie de Trifouilly - séance du 3 mai - Page 2 / 3\n\u{c}fin\nMairie de Trifouilly - séance du 3 mai - Page 3 / 3\n";
        assert_eq!(
            kept(text),
            "Titre\nPrésents : A,\n\u{c}B, C\nsuite\n\u{c}fin\n"
        );
    }

    #[test]
    fn first_header_stays() {
        let text = "COMMUNE DE TRIFOUILLY CM 3 mai 2015 12\nSéance\nx\n\u{c}COMMUNE DE TRIFOUILLY CM 3 mai 2015 13\ny\n\u{c}COMMUNE DE TRIFOUILLY CM 3 mai 2015 14\nz\n";
        assert_eq!(
            kept(text),
            "COMMUNE DE TRIFOUILLY CM 3 mai 2015 12\nSéance\nx\n\u{c}y\n\u{c}z\n"
        );
    }

    #[test]
    fn tallies_at_page_tops_stay() {
        let text = "a\n\u{c}Pour : 18\nb\n\u{c}Pour : 15\nc\n\u{c}Pour : 12\nd\n";
        assert_eq!(kept(text), text);
    }

    #[test]
    fn stamps_go_whole_or_as_a_column() {
        let text = "texte\nEnvoyé en préfecture le 19/06/2023\nReçu en préfecture le 19/06/2023\nPublié le\nID : 030-213001100-20230609-PV31032023-DE\nsuite du texte            Accusé de réception en préfecture\n";
        assert_eq!(kept(text), "texte\nsuite du texte\n");
    }
}
