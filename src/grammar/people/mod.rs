//! People and lists of people: "Mme Marie-Jeanne DALENOT", "MERANUTEL Yannick",
//! "MM. CORONDE, CORUTEL", "J.-L. Nauanenot", "Mme Élise de GARARDOT-FROOCHE",
//! "M. Marcel CASAUME (à partir de la question n°13)".
//!
//! A name is read token by token. Family names are the run of capitalised
//! words ("PLAONNET-CASEMONT", "DE LA VALANOCHE", "DALEVRIN de la CORANURAC"); given
//! names are the mixed-case words or initials before or after it. Lists that
//! write no family name in capitals ("Jean-Paul Belanombar") are read in mixed
//! mode: the first word is the given name, the rest the family name.
//!
//! - `tokens`: words, numbers, punctuation and line breaks.
//! - `words`: what a word is (a civility, a particle, a function, capitals).
//! - `name`: one name, in the style of its list.
//! - `list`: lists of names with their functions and notes.
//! - `loose`: the second reading of a list the first could not read, where
//!   a finding marks it: any separator ends an entry, name-shaped entries kept.
//! - `anchors`: the last reading of a list neither could split (a table
//!   flattened, a run with no separators): names held by strong anchors only.

mod anchors;
mod list;
mod loose;
mod name;
mod tokens;
mod words;

use std::ops::Range;

pub(crate) use anchors::{MIN_NAMES as MIN_ANCHORED, anchored_list};
pub(crate) use list::{Entry, header_margin_inside_names, is_standing_word, list, strip_margin};
pub(crate) use loose::loose_list;
pub(crate) use name::{NameStyle, lone_name, name_at};
pub(crate) use tokens::{Kind, Token, Words, in_parens, inline, skip_parens, tokenize};
pub(crate) use words::{
    civility, is_capital_particle, is_capitalised, is_caps, is_function_word, is_initial,
    is_letters_initial, is_particle,
};

/// A civility as normalised in the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Civility {
    Monsieur,
    Madame,
    Mademoiselle,
}

impl Civility {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Civility::Monsieur => "M.",
            Civility::Madame => "Mme",
            Civility::Mademoiselle => "Mlle",
        }
    }
}

/// A role used in place of a name ("M. le Maire", "le Président").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Mayor,
    President,
}

/// A name read from the text (offsets into the normalised text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub(crate) civility: Option<Civility>,
    pub(crate) given: Option<Range<usize>>,
    pub(crate) family: Range<usize>,
    /// The whole mention, civility included.
    pub(crate) whole: Range<usize>,
}

impl Name {
    /// One word standing alone for a person, read as the family name: a
    /// given name with its family name lost, a surname cut by the text's
    /// end.
    pub(crate) fn word(range: Range<usize>) -> Name {
        Name {
            civility: None,
            given: None,
            family: range.clone(),
            whole: range,
        }
    }
}

/// Either a person's name or a role standing for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mention {
    Name(Name),
    Role(Role, Range<usize>),
}
