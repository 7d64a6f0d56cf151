//! Bytes to text: UTF-8 as given, else Windows-1252, what French office
//! software writes when it does not write UTF-8.
//!
//! Windows-1252 is Latin-1 (ISO 8859-1) with printable characters in
//! 0x80–0x9F (`€`, `’`, `œ`, `…`), so a Latin-1 file decodes the same way.
//! A text that is mostly UTF-8 with a few stray bytes is decoded as UTF-8
//! with replacement characters instead: reading its accents as Windows-1252
//! would turn every `é` into `Ã©`.

use std::borrow::Cow;

/// How [`decode`] read the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Encoding {
    /// Valid UTF-8, taken as it is.
    Utf8,
    /// Mostly UTF-8: the bytes that are not became U+FFFD.
    Utf8Lossy {
        /// Offset of the first byte that is not UTF-8.
        first_invalid: usize,
    },
    /// Not UTF-8: read as Windows-1252 (Latin-1's superset).
    Windows1252 {
        /// Offset of the first byte that is not UTF-8.
        first_invalid: usize,
    },
}

/// The text [`Options::parse_bytes`](crate::Options::parse_bytes) parses:
/// `bytes` as UTF-8 when they are, else as Windows-1252 (or as UTF-8 with
/// replacement characters when most of their non-ASCII characters are
/// UTF-8). Spans of a document parsed from bytes point into this text.
///
/// ```
/// use deliberation::{decode, Encoding};
/// // "Séance" in Latin-1: 0xE9 is é.
/// let (text, how) = decode(b"S\xe9ance du 3 mars");
/// assert_eq!(text, "Séance du 3 mars");
/// assert_eq!(how, Encoding::Windows1252 { first_invalid: 1 });
/// // 0x80 is the euro sign in Windows-1252 (a control in Latin-1).
/// assert_eq!(decode(b"12 \x80").0, "12 €");
/// ```
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    let first_invalid = match std::str::from_utf8(bytes) {
        Ok(text) => return (Cow::Borrowed(text), Encoding::Utf8),
        Err(e) => e.valid_up_to(),
    };
    // Non-ASCII characters that are valid UTF-8 against bytes that are not.
    let (mut utf8, mut invalid) = (0usize, 0usize);
    for chunk in bytes[first_invalid..].utf8_chunks() {
        utf8 += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    utf8 += bytes[..first_invalid]
        .iter()
        .filter(|&&b| b & 0xc0 == 0xc0)
        .count();
    if utf8 > invalid {
        return (
            String::from_utf8_lossy(bytes),
            Encoding::Utf8Lossy { first_invalid },
        );
    }
    (
        Cow::Owned(windows_1252(bytes)),
        Encoding::Windows1252 { first_invalid },
    )
}

/// Every byte as its Windows-1252 character.
fn windows_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        text.push(match b {
            0x00..=0x7f => b as char,
            0x80..=0x9f => HIGH_CONTROLS[usize::from(b - 0x80)],
            _ => char::from(b),
        });
    }
    text
}

/// What Windows-1252 puts at 0x80–0x9F, where Latin-1 has C1 controls. The
/// five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their
/// Latin-1 control, as the WHATWG Encoding Standard maps them.
const HIGH_CONTROLS: [char; 32] = [
    '\u{20ac}', // 0x80 €
    '\u{81}',   // 0x81 undefined
    '\u{201a}', // 0x82 ‚
    '\u{0192}', // 0x83 ƒ
    '\u{201e}', // 0x84 „
    '\u{2026}', // 0x85 …
    '\u{2020}', // 0x86 †
    '\u{2021}', // 0x87 ‡
    '\u{02c6}', // 0x88 ˆ
    '\u{2030}', // 0x89 ‰
    '\u{0160}', // 0x8A Š
    '\u{2039}', // 0x8B ‹
    '\u{0152}', // 0x8C Œ
    '\u{8d}',   // 0x8D undefined
    '\u{017d}', // 0x8E Ž
    '\u{8f}',   // 0x8F undefined
    '\u{90}',   // 0x90 undefined
    '\u{2018}', // 0x91 ‘
    '\u{2019}', // 0x92 ’
    '\u{201c}', // 0x93 “
    '\u{201d}', // 0x94 ”
    '\u{2022}', // 0x95 •
    '\u{2013}', // 0x96 –
    '\u{2014}', // 0x97 —
    '\u{02dc}', // 0x98 ˜
    '\u{2122}', // 0x99 ™
    '\u{0161}', // 0x9A š
    '\u{203a}', // 0x9B ›
    '\u{0153}', // 0x9C œ
    '\u{9d}',   // 0x9D undefined
    '\u{017e}', // 0x9E ž
    '\u{0178}', // 0x9F Ÿ
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let (text, how) = decode("Séance".as_bytes());
        assert!(matches!(text, Cow::Borrowed("Séance")));
        assert_eq!(how, Encoding::Utf8);
    }

    #[test]
    fn latin1_letters_and_windows_punctuation() {
        let bytes = b"L\x92adjoint \x96 \xab d\xe9lib\xe9ration \xbb \x9cuvre, 1\xa0000 \x80";
        let (text, how) = decode(bytes);
        assert_eq!(text, "L’adjoint – « délibération » œuvre, 1\u{a0}000 €");
        assert_eq!(how, Encoding::Windows1252 { first_invalid: 1 });
    }

    #[test]
    fn the_table_matches_the_standard_at_its_edges() {
        // Undefined bytes stay C1 controls; the rest are printable.
        for b in 0x80u8..=0x9f {
            let c = HIGH_CONTROLS[usize::from(b - 0x80)];
            let undefined = matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d);
            assert_eq!(c.is_control(), undefined, "{b:#x}");
            assert_eq!(undefined, c as u32 == u32::from(b), "{b:#x}");
        }
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "Séance du 3 mars, délibération".as_bytes().to_vec();
        bytes.push(0xff);
        let (text, how) = decode(&bytes);
        assert_eq!(text, "Séance du 3 mars, délibération\u{fffd}");
        assert_eq!(how, Encoding::Utf8Lossy { first_invalid: 33 });
    }

    #[test]
    fn every_byte_decodes_to_one_character() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(windows_1252(&bytes).chars().count(), 256);
    }
}
