//! The text format: a summary of each document for people, and each
//! finding with the place it points at.

use deliberation::{Document, Finding, Severity};

/// Whether to colour (ANSI escapes) and how.
#[derive(Clone, Copy)]
pub struct Paint(pub bool);

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
            _ => "1",
        }
    }

    fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }
}

/// Characters of the line shown on each side of a finding's column: a
/// document on one line (a flattened PDF) can be tens of kilobytes long.
const WINDOW: usize = 40;

/// `path:line:column: severity[code]: message`, then the line (a window of
/// it) with a caret under the column; a finding with no place says so.
pub fn finding(s: &mut String, path: &str, text: &str, f: &Finding, paint: Paint) {
    use std::fmt::Write as _;
    let head = |place: String| {
        format!(
            "{}: {}[{}]: {}",
            paint.bold(&place),
            paint.wrap(paint.severity(f.severity), &f.severity.to_string()),
            f.code,
            f.message
        )
    };
    let Some(sp) = f.span else {
        let _ = writeln!(
            s,
            "{} (about the whole document, no place in the text)",
            head(path.to_string())
        );
        return;
    };
    // A span that starts with line breaks or spaces (a deliberation's
    // span may) is shown from its first visible character.
    let mut start = sp.start.min(text.len());
    let (mut line_no, mut column) = (sp.line, sp.column);
    if let Some(skip) = text
        .get(start..sp.end.min(text.len()))
        .and_then(|t| t.find(|c: char| !c.is_whitespace()))
    {
        let skipped = &text[start..start + skip];
        if let Some(last) = skipped.rfind('\n') {
            line_no += skipped.matches('\n').count();
            column = skipped[last + 1..].chars().count() + 1;
        } else {
            column += skipped.chars().count();
        }
        start += skip;
    }
    let _ = writeln!(s, "{}", head(format!("{path}:{line_no}:{column}")));
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
    let line = text[line_start..line_end].trim_end();
    let before: Vec<char> = text[line_start..start.min(line_start + line.len())]
        .chars()
        .collect();
    let after: Vec<char> = line[before.iter().map(|c| c.len_utf8()).sum::<usize>()..]
        .chars()
        .collect();
    let cut_before = before.len() > WINDOW;
    let shown_before: String = before[before.len().saturating_sub(WINDOW)..]
        .iter()
        .collect();
    let cut_after = after.len() > WINDOW.max(sp.end.saturating_sub(sp.start).min(WINDOW));
    let shown_after: String = after.iter().take(WINDOW).collect();
    let width = text
        .get(start..sp.end.min(text.len()).max(start))
        .map_or(1, |t| {
            t.split('\n')
                .next()
                .unwrap_or("")
                .chars()
                .count()
                .clamp(1, WINDOW)
        });
    let width = width.min(after.len().clamp(1, WINDOW));
    let number = line_no.to_string();
    let gutter = " ".repeat(number.len());
    let lead = if cut_before { "…" } else { "" };
    let _ = writeln!(s, "{gutter} |");
    let _ = writeln!(
        s,
        "{} | {lead}{shown_before}{shown_after}{}",
        paint.bold(&number),
        if cut_after { "…" } else { "" }
    );
    let pad = " ".repeat(lead.chars().count() + shown_before.chars().count());
    let _ = writeln!(
        s,
        "{gutter} | {pad}{}",
        paint.wrap(paint.severity(f.severity), &"^".repeat(width))
    );
}

fn person(p: &deliberation::Person) -> String {
    p.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn range(from: Option<u32>, until: Option<u32>) -> String {
    match (from, until) {
        (Some(f), Some(u)) => format!(" (questions {f} to {u})"),
        (Some(f), None) => format!(" (from question {f})"),
        (None, Some(u)) => format!(" (until question {u})"),
        (None, None) => String::new(),
    }
}

fn or_dash<T: ToString>(x: Option<T>) -> String {
    x.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A readable summary: meeting, attendance, votes, then findings as
/// `file:line:column: severity[code]: message` with the line beneath.
pub fn summary(path: &str, text: &str, doc: &Document, paint: Paint) -> String {
    use std::fmt::Write as _;
    let m = &doc.meeting;
    let mut s = String::new();
    let _ = writeln!(s, "{}", paint.bold(&format!("== {path}")));
    let _ = writeln!(
        s,
        "meeting: {} — {} — {}",
        m.authority.as_deref().unwrap_or("-"),
        m.body.as_ref().map_or("-", |b| b.name()),
        or_dash(m.date)
    );
    let _ = writeln!(s, "place: {}", m.place.as_deref().unwrap_or("-"));
    let _ = writeln!(
        s,
        "president: {}   secretary: {}",
        m.president.as_ref().map_or("-".into(), person),
        m.secretary.as_ref().map_or("-".into(), person)
    );
    let _ = writeln!(
        s,
        "opened {} closed {}   in office {}   stated present {}   stated voters {}",
        or_dash(m.opened_at),
        or_dash(m.closed_at),
        or_dash(m.members_in_office),
        or_dash(m.stated_present),
        or_dash(m.stated_voters)
    );
    if !m.order_of_business.is_empty() {
        let order: Vec<String> = m.order_of_business.iter().map(u32::to_string).collect();
        let _ = writeln!(s, "order of business: {}", order.join(", "));
    }
    let a = &doc.attendance;
    let _ = writeln!(s, "present ({}):", a.present.len());
    for p in &a.present {
        let cond = p
            .condition
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {}{}{}",
            person(&p.person),
            range(p.from_question, p.until_question),
            cond
        );
    }
    let _ = writeln!(s, "absent ({}):", a.absent.len());
    for p in &a.absent {
        let why = match p.excused {
            Some(true) => " (excused)",
            Some(false) => " (not excused)",
            None => "",
        };
        let _ = writeln!(s, "  {}{}", person(&p.person), why);
    }
    let _ = writeln!(s, "proxies ({}):", a.proxies.len());
    for p in &a.proxies {
        let _ = writeln!(
            s,
            "  {} -> {}{}",
            person(&p.grantor),
            p.holder
                .as_ref()
                .map_or("(holder not written)".into(), person),
            range(p.from_question, p.until_question)
        );
    }
    for sub in &a.substitutes {
        let _ = writeln!(
            s,
            "substitute: {} for {}",
            person(&sub.substitute),
            person(&sub.for_member)
        );
    }
    let _ = writeln!(s, "deliberations ({}):", doc.deliberations.len());
    for (i, d) in doc.deliberations.iter().enumerate() {
        let _ = writeln!(
            s,
            "  [{}] {}{}{}",
            i,
            d.number
                .as_deref()
                .map(|n| format!("n° {n} "))
                .unwrap_or_default(),
            d.question
                .map(|q| format!("(question {q}) "))
                .unwrap_or_default(),
            d.title.as_deref().unwrap_or("-")
        );
        if let Some(v) = &d.vote {
            let _ = writeln!(
                s,
                "      vote: for {} against {} abstentions {} not voting {} voters {}{}{}",
                or_dash(v.for_),
                or_dash(v.against),
                or_dash(v.abstentions),
                or_dash(v.not_voting),
                or_dash(v.voters),
                if v.unanimous { ", unanimous" } else { "" },
                v.outcome.map(|o| format!(", {o}")).unwrap_or_default()
            );
        }
        if !d.interested.is_empty() {
            let names: Vec<String> = d.interested.iter().map(person).collect();
            let _ = writeln!(s, "      interested: {}", names.join(", "));
        }
        if !d.amounts.is_empty() {
            let amounts: Vec<&str> = d.amounts.iter().map(|a| a.text.as_str()).collect();
            let _ = writeln!(s, "      amounts: {}", amounts.join("; "));
        }
    }
    if let Some(v) = &doc.validation {
        for q in &v.quorum {
            let _ = writeln!(
                s,
                "quorum{}: {} present of {} in office, {} required: {} ({})",
                range(q.from_question, q.until_question),
                q.present,
                q.in_office,
                q.required,
                if q.met { "met" } else { "NOT met" },
                q.rule
            );
        }
    }
    for f in doc.all_findings() {
        finding(&mut s, path, text, f, paint);
    }
    s
}
