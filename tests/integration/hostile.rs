//! Hostile input: huge, repetitive, deeply nested or broken texts parse or
//! fail cleanly, with output bounded by the input.
//!
//! Debug builds run the same shapes at a hundredth of their size to stay
//! quick. Timings belong to release builds:
//! `cargo test --release --test integration hostile -- --nocapture` prints
//! them (the full sizes: a 10 MB line, a million commas, ...);
//! `HOSTILE_CASE=commas` runs only the cases whose name contains `commas`.

use std::time::Instant;

use deliberation::Options;

#[test]
fn hostile_inputs_parse_or_fail_cleanly() {
    let scale = if cfg!(debug_assertions) { 100 } else { 1 };
    let options = Options::new().validate(true);
    // HOSTILE_CASE=words runs only the cases whose name contains "words".
    let only = std::env::var("HOSTILE_CASE").unwrap_or_default();
    for (name, bytes) in cases(scale) {
        if !name.contains(only.as_str()) {
            continue;
        }
        let started = Instant::now();
        let result = options.parse_bytes(&bytes);
        let elapsed = started.elapsed();
        let (verdict, out_len) = match &result {
            Ok(doc) => {
                let json = serde_json::to_string(doc).expect("serialises");
                // Bounded: a small multiple of the input.
                assert!(
                    json.len() <= 64 * bytes.len() + 4096,
                    "{name}: {} bytes of JSON for {} bytes of input",
                    json.len(),
                    bytes.len()
                );
                let (decoded, _) = deliberation::decode(&bytes);
                for f in &doc.findings {
                    if let Some(sp) = f.span {
                        assert!(sp.start <= sp.end && sp.end <= decoded.len(), "{name}");
                    }
                }
                ("parsed", json.len())
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                ("refused", 0)
            }
        };
        eprintln!(
            "hostile: {name:<40} {:>10} bytes  {verdict:<8} {:>9.1} ms  json {out_len} bytes",
            bytes.len(),
            elapsed.as_secs_f64() * 1e3
        );
    }
}

/// Each hostile case: a name and its bytes. `scale` divides every size
/// (1 for the full sizes: a 10 MB line, a million commas...), so debug
/// builds can run the same shapes smaller.
fn cases(scale: usize) -> Vec<(&'static str, Vec<u8>)> {
    let scale = scale.max(1);
    let n = |full: usize| (full / scale).max(1);
    let seed: &str = include_str!("../../fixtures/grand-besancon-bureau-2023-10-26.txt");
    let head = "Séance du 26 octobre 2023\nEtaient présents : ";
    let mut out: Vec<(&'static str, Vec<u8>)> = Vec::new();

    // The seed on one line, repeated to 10 MB.
    let one_line = seed.replace(['\n', '\r'], " ");
    let target = n(10_000_000);
    let mut s = String::with_capacity(target + one_line.len());
    while s.len() < target {
        s.push_str(&one_line);
        s.push(' ');
    }
    out.push(("10 MB on one line", s.into_bytes()));

    out.push((
        "a million commas",
        format!("{head}{}", ",".repeat(n(1_000_000))).into_bytes(),
    ));
    out.push((
        "a million commas between names",
        format!("{head}{}", "M. Jean DUPONT,".repeat(n(1_000_000) / 10)).into_bytes(),
    ));
    out.push((
        "100,000 \"M. \" in a row",
        format!("{head}{}", "M. ".repeat(n(100_000))).into_bytes(),
    ));
    out.push((
        "100,000 capitalised words in a row",
        format!("{head}{}", "DUPONT Jean ".repeat(n(100_000))).into_bytes(),
    ));
    let digits = "9".repeat(n(100_000));
    out.push((
        "a 100,000-digit number",
        format!(
            "{head}M. Jean DUPONT\nMembres en exercice : {digits}\nPOINT N°{digits} - X\nPour : {digits} Contre : {digits}\nMontant : {digits} € et {digits},{digits} €\nle {digits} mars {digits}\n"
        )
        .into_bytes(),
    ));
    out.push((
        "\"Pour : \" a million times",
        "Pour : ".repeat(n(1_000_000)).into_bytes(),
    ));
    out.push((
        "\"Pour : 1 \" a million times",
        format!(
            "Séance du 2 juin 2016\n{}",
            "Pour : 1 ".repeat(n(1_000_000))
        )
        .into_bytes(),
    ));
    let depth = n(100_000);
    out.push((
        "deeply nested brackets",
        format!(
            "{head}M. Jean DUPONT {}{}, Mme Anne BRATIN {}\nPouvoirs : M. A BB à M. C DD {}\n",
            "(".repeat(depth),
            ")".repeat(depth),
            "([{".repeat(depth / 3),
            "(".repeat(depth)
        )
        .into_bytes(),
    ));
    let mut bad = Vec::with_capacity(seed.len() * 2);
    for (i, b) in seed.bytes().enumerate() {
        bad.push(b);
        if i % 7 == 3 {
            bad.push(0xff);
        }
    }
    out.push(("invalid UTF-8 throughout", bad));
    let mut lone = Vec::new();
    while lone.len() < n(1_000_000) {
        lone.extend_from_slice(head.as_bytes());
        lone.extend_from_slice(&[0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, b' ']);
    }
    out.push(("truncated UTF-8 sequences", lone));
    let mut nul = Vec::with_capacity(seed.len() * 2);
    for b in seed.bytes() {
        nul.push(b);
        if b == b' ' {
            nul.push(0);
        }
    }
    out.push(("NUL bytes between words", nul));
    let mut sparse = Vec::with_capacity(seed.len() + seed.len() / 50);
    for (i, b) in seed.bytes().enumerate() {
        sparse.push(b);
        if i % 97 == 50 {
            sparse.push(if i % 2 == 0 { 0xff } else { 0 });
        }
    }
    out.push(("sparse invalid UTF-8 and NUL bytes", sparse));
    out.push(("a megabyte of NUL", vec![0u8; n(1_000_000)]));
    out.push((
        "a million newlines",
        format!("{head}M. Jean DUPONT{}", "\n".repeat(n(1_000_000))).into_bytes(),
    ));
    out.push((
        "a million hyphenated line ends",
        format!("{head}{}", "ab1-\nCd ".repeat(n(1_000_000) / 8)).into_bytes(),
    ));
    out.push((
        "100,000 headings",
        format!(
            "{head}M. Jean DUPONT\n{}",
            (0..n(100_000))
                .map(|k| format!("{}. Titre\nPour : 1\n", k % 1000))
                .collect::<String>()
        )
        .into_bytes(),
    ));
    out.push((
        "100,000 inline code headings, each its own stem",
        format!(
            "{head}M. Jean DUPONT. {}",
            (0..n(100_000))
                .map(|k| format!("Fin. {}-1-{} - Titre ", 1000 + k, k % 9 + 1))
                .collect::<String>()
        )
        .into_bytes(),
    ));
    out.push((
        "100,000 labels on one line",
        "Présents : M. A BB Absents : "
            .repeat(n(100_000) / 3)
            .into_bytes(),
    ));
    out.push((
        "100,000 euro signs",
        format!("{head}{}", "1 € ".repeat(n(100_000))).into_bytes(),
    ));
    out.push((
        "100,000 secretaries",
        format!(
            "{head}{}",
            "M. X a été élu secrétaire ".repeat(n(100_000) / 5)
        )
        .into_bytes(),
    ));
    out.push((
        "100,000 dates",
        format!("{head}{}", "le 3 mars 2020 ".repeat(n(100_000) / 2)).into_bytes(),
    ));
    out.push((
        "100,000 interested",
        format!(
            "{head}M. A BB\nPOINT N°1 - X\n{}",
            "M. Jean DUPONT intéressé ".repeat(n(100_000) / 5)
        )
        .into_bytes(),
    ));
    out
}
