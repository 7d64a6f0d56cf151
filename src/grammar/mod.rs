//! The grammars the extract stage reads with: one per thing recognised.
//!
//! Each reads the normalised text (some its lower-cased copy or cell
//! boundaries too) and returns what it found with offsets into it; the
//! extract stage makes records of them. The words they look for are in
//! `vocabulary`.

pub(crate) mod amounts;
pub(crate) mod council;
pub(crate) mod counts;
pub(crate) mod date;
pub(crate) mod decisions;
pub(crate) mod given_names;
pub(crate) mod header;
pub(crate) mod notes;
pub(crate) mod numbers;
pub(crate) mod people;
pub(crate) mod proxies;
pub(crate) mod tables;
pub(crate) mod votes;
