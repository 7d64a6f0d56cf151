//! Stated totals against the sum of their stated parts.

use super::finding;
use crate::model::{Amount, Code, Document, Finding, Severity, euros};

/// Every stated total of every deliberation.
pub(crate) fn check(doc: &Document, out: &mut Vec<Finding>) {
    for (i, d) in doc.deliberations.iter().enumerate() {
        for total in &d.totals {
            let Some(t) = d.amounts.get(total.total) else {
                continue;
            };
            let parts: Vec<&Amount> = total
                .parts
                .iter()
                .filter_map(|&k| d.amounts.get(k))
                .collect();
            if parts.is_empty() || parts.len() != total.parts.len() {
                continue;
            }
            let sum = parts.iter().map(|a| a.cents as i128).sum::<i128>();
            if sum == t.cents as i128 {
                continue;
            }
            let texts: Vec<&str> = parts.iter().map(|a| a.text.as_str()).collect();
            out.push(finding(
                Code::AmountsDoNotAddUp,
                Severity::Error,
                format!(
                    "expected the {} parts to add up to the stated total {}, found {} ({})",
                    parts.len(),
                    t.text,
                    euros(sum),
                    texts.join(" + ")
                ),
                Some(t.span),
                Some(i),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::euros;
    use crate::validate::testkit::{Doc, errors};
    use crate::validate::validate;

    #[test]
    fn sums() {
        let ok = Doc::new("", "", 0).delib(0, "").plan(100, &[60, 40]);
        assert!(validate(&ok.build()).findings.is_empty());
        let v = validate(
            &Doc::new("", "", 0)
                .delib(0, "")
                .plan(1_250_000, &[312_500, 250_000, 187_500, 15_000, 475_000])
                .build(),
        );
        assert_eq!(errors(&v), ["amounts_do_not_add_up"]);
        assert_eq!(
            v.findings[0].message,
            "expected the 5 parts to add up to the stated total 1250000 €, found 1 240 000 € (312500 € + 250000 € + 187500 € + 15000 € + 475000 €)"
        );
    }

    #[test]
    fn euro_text() {
        assert_eq!(euros(124_000_000), "1 240 000 €");
        assert_eq!(euros(150), "1,50 €");
        assert_eq!(euros(-99_900), "-999 €");
    }
}
