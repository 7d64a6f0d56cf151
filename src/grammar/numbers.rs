//! Numbers written in French words: "vingt-deux", "deux mille vingt-trois",
//! "un million cent quatre-vingt mille".

/// The value of one number word, or `None`.
fn word_value(word: &str) -> Option<Word> {
    // No allocation for the ASCII words that most are.
    let mut buf = [0u8; 16];
    let owned;
    let w = if word.is_ascii() && word.len() <= buf.len() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or("")
    } else {
        owned = word.to_lowercase();
        owned.as_str()
    };
    Some(match w {
        "zéro" | "zero" => Word::Unit(0),
        "un" | "une" | "premier" | "première" | "premiere" => Word::Unit(1),
        "deux" => Word::Unit(2),
        "trois" => Word::Unit(3),
        "quatre" => Word::Unit(4),
        "cinq" => Word::Unit(5),
        "six" => Word::Unit(6),
        "sept" => Word::Unit(7),
        "huit" => Word::Unit(8),
        "neuf" => Word::Unit(9),
        "dix" => Word::Unit(10),
        "onze" => Word::Unit(11),
        "douze" => Word::Unit(12),
        "treize" => Word::Unit(13),
        "quatorze" => Word::Unit(14),
        "quinze" => Word::Unit(15),
        "seize" => Word::Unit(16),
        "vingt" | "vingts" => Word::Vingt,
        "trente" => Word::Unit(30),
        "quarante" => Word::Unit(40),
        "cinquante" => Word::Unit(50),
        "soixante" => Word::Unit(60),
        "septante" => Word::Unit(70),
        "huitante" | "octante" => Word::Unit(80),
        "nonante" => Word::Unit(90),
        "cent" | "cents" => Word::Hundred,
        "mille" | "mil" => Word::Thousand,
        "million" | "millions" => Word::Million,
        "et" => Word::And,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy)]
enum Word {
    Unit(u64),
    Vingt,
    Hundred,
    Thousand,
    Million,
    And,
}

/// Reads a number written in words at the start of `text`.
///
/// Returns the value and the bytes read (trailing separators excluded).
/// Words are separated by spaces or hyphens; "et" is allowed between words.
///
/// ```text
/// "vingt-deux voix pour"   -> (22, 10)
/// "deux mil seize, le"     -> (2016, 14)
/// ```
pub(crate) fn number_words(text: &str) -> Option<(u32, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut read_any = false;
    let mut end = 0;
    let mut pos = 0;
    let bytes = text.as_bytes();
    loop {
        // Next word.
        let rest = &text[pos..];
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        if word_len == 0 {
            break;
        }
        let word = &rest[..word_len];
        let Some(value) = word_value(word) else {
            break;
        };
        match value {
            Word::And => {
                if !read_any {
                    break;
                }
            }
            Word::Unit(n) => {
                if current % 100 == 4 && n == 0 {
                    break;
                }
                current += n;
                read_any = true;
                end = pos + word_len;
            }
            Word::Vingt => {
                // "quatre-vingt(s)" is 80, "quatre-vingt-dix" 90; "vingt"
                // after any other tens or units is no number ("deux mille
                // dix-vingt", a year garbled): none rather than a wrong one.
                if !current.is_multiple_of(100) && current % 100 != 4 {
                    return None;
                }
                if current % 100 == 4 {
                    current += 76;
                } else {
                    current += 20;
                }
                read_any = true;
                end = pos + word_len;
            }
            Word::Hundred => {
                current = current.max(1) * 100;
                read_any = true;
                end = pos + word_len;
            }
            Word::Thousand => {
                total += current.max(1) * 1000;
                current = 0;
                read_any = true;
                end = pos + word_len;
            }
            Word::Million => {
                total += current.max(1) * 1_000_000;
                current = 0;
                read_any = true;
                end = pos + word_len;
            }
        }
        pos += word_len;
        // A separator: one space or hyphen, or a hyphen then one space or
        // line feed ("dix- neuf", "dix-\nneuf": a compound cut at a line's
        // end, the break kept or flattened), or a line feed between words
        // in small letters ("deux mille\ndix-neuf", a line wrapped).
        match bytes.get(pos) {
            Some(b'-') if matches!(bytes.get(pos + 1), Some(b' ' | b'\n')) => pos += 2,
            Some(b' ') | Some(b'-') => pos += 1,
            Some(b'\n') if bytes.get(pos + 1).is_some_and(u8::is_ascii_lowercase) => pos += 1,
            _ => break,
        }
        if total + current > u32::MAX as u64 {
            return None;
        }
    }
    if !read_any {
        return None;
    }
    u32::try_from(total + current).ok().map(|n| (n, end))
}

#[cfg(test)]
mod tests {
    use super::number_words;

    #[track_caller]
    fn check(text: &str, value: u32, len: usize) {
        assert_eq!(number_words(text), Some((value, len)), "reading {text:?}");
    }

    #[test]
    fn reads_french_numbers() {
        check("vingt-deux voix pour", 22, 10);
        check("deux mille vingt-trois", 2023, 22);
        check("deux mil seize, le", 2016, 14);
        check("deux mille\ndix-neuf et le", 2019, 19);
        check("vingt\nUn", 20, 5);
        check("vingt et un", 21, 11);
        check("soixante-dix-neuf", 79, 17);
        check("quatre-vingt-dix-neuf", 99, 21);
        check("quatre-vingts", 80, 13);
        check("un million cent quatre-vingt mille euros", 1_180_000, 34);
        check("quatre mille cinq cents euros", 4500, 23);
        check("premier juillet", 1, 7);
        check("Quatorze mars", 14, 8);
        check("deux mille dix- neuf à", 2019, 20);
        check("vingt-\nhuit mars", 28, 11);
    }

    #[test]
    fn refuses_other_words() {
        assert_eq!(number_words("et deux"), None);
        assert_eq!(number_words("voix"), None);
        assert_eq!(number_words(""), None);
        // A garbled year is none, not 2030.
        assert_eq!(number_words("deux mille dix-vingt"), None);
    }
}
