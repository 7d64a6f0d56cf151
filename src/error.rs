//! The one error `parse` returns, for input that cannot be used at all.

/// Why an input could not be read as a deliberation at all.
///
/// Everything short of this (a missing secretary, an unreadable list) is a
/// [`Finding`](crate::Finding) inside the returned document instead.
///
/// ```
/// let err = deliberation::parse("   \n\t ").unwrap_err();
/// assert_eq!(err.kind(), deliberation::ErrorKind::Empty);
/// assert_eq!(err.to_string(), "expected the text of a deliberation, found only whitespace");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

/// What kind of input was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Empty input or only whitespace.
    #[error("expected the text of a deliberation, found only whitespace")]
    Empty,
    /// Text that shows none of the marks of a deliberation.
    #[error(
        "expected the text of a deliberation (a sitting, an attendance list or a vote), found none of their marks in {chars} characters"
    )]
    NotADeliberation {
        /// Characters read.
        chars: usize,
    },
    /// Text made of page furniture only (stamps, page numbers, running
    /// headers): the text layer of a scanned document.
    #[error(
        "expected the text of a deliberation, found only page furniture (stamps, page numbers) in {chars} characters: there is no text to read; a scanned document needs OCR first"
    )]
    NoText {
        /// Characters read.
        chars: usize,
    },
    /// Mostly binary data.
    #[error("expected text, found binary data ({control} control characters in {chars})")]
    Binary {
        /// Control characters seen.
        control: usize,
        /// Characters read.
        chars: usize,
    },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What kind of input was refused.
    pub fn kind(&self) -> ErrorKind {
        self.kind.clone()
    }
}
