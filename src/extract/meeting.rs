//! The meeting: its header read with the header grammar, and the
//! president and place as records.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn meeting_header(&mut self, m: &mut Meeting, first_label: usize, head_end: usize) {
        let (text, lower) = (self.text, self.lower);
        let header = 0..first_label.min(text.len());
        let head = 0..head_end.min(text.len());

        m.date = match header::sitting_date(text, header.clone(), head.clone()) {
            SittingDate::Unknown => None,
            SittingDate::Found(date) => Some(date),
            SittingDate::Conflict { date, other, at } => {
                self.finding(
                    Code::DateConflict,
                    Severity::Warning,
                    format!(
                        "expected one date for the sitting, found {date} and {other}; date left empty"
                    ),
                    Some(at.min(text.len())..(at + 10).min(text.len())),
                );
                None
            }
        };
        m.body = council::council_in(
            &text[header.start..text.floor_char_boundary(header.end.max(1500.min(head.end)))],
        );
        m.authority = header::authority(text, head.clone());

        let year = m.date.map(|d| d.year());
        m.published_on = header::published_on(text, lower, head.clone(), year)
            .or_else(|| header::published_on(text, lower, 0..text.len(), year));
        m.convened_on = header::convened_on(text, lower, head.clone(), year);
        m.opened_at = header::opened_at(text, lower, head.clone());
        m.closed_at = header::closed_at(text, lower);

        m.members_in_office = header::members_in_office(text, lower, head.clone())
            .or_else(|| header::members_in_office(text, lower, 0..text.len()))
            .or_else(|| header::members_composing(lower, header.clone()))
            .or_else(|| header::members_seated(text, lower, head.clone()));
        m.stated_present = header::stated_present(text, lower, head.clone());
        m.stated_voters = header::stated_voters(
            text,
            header.start..first_label.max(head_end.min(text.len())),
        );
        m.order_of_business = header::order_of_business(lower, head.clone());

        // The head, or the first item's opening lines ("POINT 1 -
        // Installation des conseillers ... La séance est ouverte sous la
        // présidence de M. X, Maire"), where an installation opens.
        let first_item = head.end..text.floor_char_boundary((head.end + 600).min(text.len()));
        if let Some(start) = header::presidency(lower, head.clone())
            .or_else(|| header::presidency(lower, first_item))
        {
            let end = text.floor_char_boundary((start + 200).min(text.len()));
            // ("sous la présidence de Madame la Absents : 1 Contre :
            // Présidente, X": a box of counts woven into the sentence, a
            // label's word read as the name, is no one.)
            if let Some(name) = people::lone_name(text, start..end)
                && !super::attendance::has_label_word(&self.clean(name.family.clone()))
            {
                m.president = Some(self.person(&name, None));
            }
        }
        if let Some(r) = header::place(lower, head.clone()) {
            let cleaned = self.clean(r);
            let cleaned = cleaned.trim_end_matches([',', ' ']).to_string();
            if !cleaned.is_empty() {
                m.place = Some(cleaned);
            }
        }
        m.span = (first_label > 0).then(|| self.span(0..first_label.min(text.len())));
        m.second_convocation = header::second_convocation(lower, head);
    }
}
