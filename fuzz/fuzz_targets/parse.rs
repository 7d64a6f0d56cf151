//! `parse` on arbitrary bytes: never a panic, spans inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = deliberation::Options::new().parse_bytes(data) else {
        return;
    };
    let (text, _) = deliberation::decode(data);
    let check = |sp: &deliberation::Span| {
        assert!(sp.start <= sp.end && sp.end <= text.len(), "span {sp:?} out of the input");
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end), "span {sp:?} not on char boundaries");
    };
    for p in &doc.attendance.present {
        check(&p.person.span);
    }
    for p in &doc.attendance.proxies {
        check(&p.span);
        check(&p.grantor.span);
        check(&p.holder.span);
    }
    for d in &doc.deliberations {
        check(&d.span);
        for a in &d.amounts {
            check(&a.span);
        }
    }
    for f in &doc.findings {
        if let Some(sp) = &f.span {
            check(sp);
        }
    }
});
