"""Typed, checked records from the extracted text of French local-government deliberations.

The Python face of the Rust crate `deliberation`: `parse` one text, or
`parse_many` on several threads, into the contract's JSON (version 1) as
dicts and lists, then `tables` to flatten documents into columns that
`pandas.DataFrame` takes directly.

>>> import deliberation
>>> doc = deliberation.parse("Séance du 2 juin 2016\\nPrésents : M. Jean DUPONT\\nPour : 1 Contre : 0")
>>> doc["meeting"]["date"], doc["attendance"]["present"][0]["person"]["family_name"]
('2016-06-02', 'DUPONT')
>>> t = deliberation.tables([doc], sources=["dupont.txt"])
>>> t.attendance["role"], t.attendance["family_name"], t.deliberations["votes_for"]
(['present'], ['DUPONT'], [1])
"""

from ._native import SCHEMA_VERSION, ParseError, parse, parse_json, parse_many
from ._tables import TABLE_COLUMNS, Tables, tables

try:
    from importlib.metadata import version as _version

    __version__ = _version("deliberation")
except Exception:  # pragma: no cover - only when run from a source tree
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "TABLE_COLUMNS",
    "ParseError",
    "Tables",
    "parse",
    "parse_json",
    "parse_many",
    "tables",
]
