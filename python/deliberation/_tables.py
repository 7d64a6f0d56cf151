"""Flat tables from documents: one row per document, deliberation, attendance record and finding."""

from __future__ import annotations

import datetime
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from ._native import ParseError

# Column names and types of each table, in order. Types: "str", "int",
# "bool", "date" (a `datetime.date`); every column may hold None. The
# columns up to `meeting_authority` are the same in every table but
# findings, so that any table can be filtered or joined by sitting.
_SITTING: Tuple[Tuple[str, str], ...] = (
    ("document", "int"),
    ("source", "str"),
    ("meeting_date", "date"),
    ("meeting_body", "str"),
    ("meeting_authority", "str"),
)

TABLE_COLUMNS: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "documents": _SITTING
    + (
        ("status", "str"),
        ("members_in_office", "int"),
        ("present", "int"),
        ("absent", "int"),
        ("proxies", "int"),
        ("deliberations", "int"),
        ("errors", "int"),
        ("warnings", "int"),
    ),
    "deliberations": _SITTING
    + (
        ("deliberation", "int"),
        ("number", "str"),
        ("question", "int"),
        ("title", "str"),
        ("rapporteur", "str"),
        ("votes_for", "int"),
        ("votes_against", "int"),
        ("abstentions", "int"),
        ("not_voting", "int"),
        ("voters", "int"),
        ("expressed", "int"),
        ("unanimous", "bool"),
        ("outcome", "str"),
        ("interested", "int"),
        ("amounts", "int"),
        ("errors", "int"),
        ("warnings", "int"),
    ),
    "attendance": _SITTING
    + (
        ("role", "str"),
        ("civility", "str"),
        ("given_name", "str"),
        ("family_name", "str"),
        ("name", "str"),
        ("from_question", "int"),
        ("until_question", "int"),
        ("condition", "str"),
        ("excused", "bool"),
        ("holder", "str"),
        ("holder_family_name", "str"),
        ("for_member", "str"),
        ("for_member_family_name", "str"),
        ("line", "int"),
    ),
    "findings": (
        ("document", "int"),
        ("source", "str"),
        ("stage", "str"),
        ("code", "str"),
        ("severity", "str"),
        ("message", "str"),
        ("deliberation", "int"),
        ("line", "int"),
        ("column", "int"),
        ("start", "int"),
        ("end", "int"),
    ),
}


class Tables(NamedTuple):
    """The four tables of `tables()`, each a dict of equal-length column lists."""

    documents: Dict[str, List[Any]]
    deliberations: Dict[str, List[Any]]
    attendance: Dict[str, List[Any]]
    findings: Dict[str, List[Any]]


def _date(value: Optional[str]) -> Optional[datetime.date]:
    return None if value is None else datetime.date.fromisoformat(value)


def _person(person: Optional[Dict[str, Any]], key: str) -> Optional[Any]:
    return None if person is None else person[key]


def tables(docs: Iterable[Any], sources: Optional[Sequence[Optional[str]]] = None) -> Tables:
    """Flatten documents into four tables of columns, ready for `pandas.DataFrame`.

    `docs` are documents as `parse` and `parse_many` return them (or the
    contract's JSON read with `json.loads`, for instance from the `parse`
    example's `--format jsonl`); a `ParseError` in their place, as
    `parse_many(..., errors="return")` leaves it, becomes a `documents` row
    with status "refused" and a `findings` row with stage "refused".
    `sources` (a path or name per document) fills the `source` column;
    `document` is each document's position in `docs`.

    - `documents`: one row per document (the sitting, counts of people
      (members present, each once), deliberations, and findings of severity
      error and warning);
    - `deliberations`: one row per deliberation, with the sitting's date,
      body and authority, its number, title, tally and outcome;
    - `attendance`: one row per attendance record (a member present in two
      stretches has two "present" rows), `role` "present",
      "absent" (proxy grantors included, as in the contract), "proxy" (the
      person is the grantor; `holder` who votes for them) or "substitute"
      (`for_member` the member replaced), with its question range;
    - `findings`: one row per finding of the parser ("parse") and the
      validator ("validation"), and per refused input ("refused", with the
      error's kind as `code` and severity "error").

    Dates are `datetime.date`; a missing value is None, so an integer
    column with gaps becomes float in a plain `pandas.DataFrame`
    (`.convert_dtypes()` gives nullable integers). `TABLE_COLUMNS` lists
    every column and its type.

    >>> import deliberation
    >>> texts = ["Séance du 2 juin 2016\\nPrésents : M. Jean DUPONT, Mme Anne MARTIN\\n"
    ...          "Absent : M. Paul RAIVIR\\nProcuration : M. Paul RAIVIR à Mme Anne MARTIN\\n"
    ...          "Pour : 3 Contre : 0", "   "]
    >>> t = deliberation.tables(deliberation.parse_many(texts, errors="return"), sources=["a", "b"])
    >>> list(zip(t.attendance["role"], t.attendance["family_name"], t.attendance["holder_family_name"]))
    [('present', 'DUPONT', None), ('present', 'MARTIN', None), ('absent', 'RAIVIR', None), ('proxy', 'RAIVIR', 'MARTIN')]
    >>> t.documents["status"], t.findings["code"][-1]
    (['parsed', 'refused'], 'empty')
    """
    rows: Dict[str, List[Tuple[Any, ...]]] = {name: [] for name in TABLE_COLUMNS}
    for index, doc in enumerate(docs):
        source = None if sources is None else sources[index]
        if isinstance(doc, ParseError):
            _refused(rows, index, source, doc)
        else:
            _document(rows, index, source, doc)
    # Rows are gathered as tuples in column order, then turned into columns
    # at once: much cheaper than appending to every column list per row.
    return Tables(**{name: _columns(name, table) for name, table in rows.items()})


def _columns(name: str, rows: List[Tuple[Any, ...]]) -> Dict[str, List[Any]]:
    columns = [c for c, _ in TABLE_COLUMNS[name]]
    if not rows:
        return {c: [] for c in columns}
    return {c: list(values) for c, values in zip(columns, zip(*rows))}


def _refused(rows: Dict[str, List[Tuple[Any, ...]]], index: int, source: Optional[str], error: ParseError) -> None:
    sitting = (index, source, None, None, None)
    rows["documents"].append(sitting + ("refused",) + (None,) * 7)
    kind = getattr(error, "kind", None)
    rows["findings"].append((index, source, "refused", kind, "error", str(error)) + (None,) * 5)


def _document(rows: Dict[str, List[Tuple[Any, ...]]], index: int, source: Optional[str], doc: Dict[str, Any]) -> None:
    meeting = doc["meeting"]
    sitting = (index, source, _date(meeting.get("date")), meeting.get("body"), meeting.get("authority"))
    validation = doc.get("validation") or {}
    findings = [("parse", f) for f in doc.get("findings", [])]
    findings += [("validation", f) for f in validation.get("findings", [])]

    # Severity counts, per document (key None) and per deliberation.
    counts: Dict[Tuple[Optional[int], str], int] = {}
    for _, f in findings:
        scopes = (None,) if f.get("deliberation") is None else (None, f["deliberation"])
        for scope in scopes:
            counts[(scope, f["severity"])] = counts.get((scope, f["severity"]), 0) + 1

    attendance = doc["attendance"]
    rows["documents"].append(
        sitting
        + (
            "parsed",
            meeting.get("members_in_office"),
            # Members, not stretches: one who left and came back has two
            # presence records for one mention.
            len({(p["person"]["span"]["start"], p["person"]["family_name"]) for p in attendance["present"]}),
            len(attendance["absent"]),
            len(attendance["proxies"]),
            len(doc["deliberations"]),
            counts.get((None, "error"), 0),
            counts.get((None, "warning"), 0),
        )
    )

    table = rows["deliberations"]
    for number, d in enumerate(doc["deliberations"]):
        vote = d.get("vote") or {}
        table.append(
            sitting
            + (
                number,
                d.get("number"),
                d.get("question"),
                d.get("title"),
                _person(d.get("rapporteur"), "text"),
                vote.get("for"),
                vote.get("against"),
                vote.get("abstentions"),
                vote.get("not_voting"),
                vote.get("voters"),
                vote.get("expressed"),
                vote.get("unanimous"),
                vote.get("outcome"),
                len(d.get("interested", [])),
                len(d.get("amounts", [])),
                counts.get((number, "error"), 0),
                counts.get((number, "warning"), 0),
            )
        )

    # Attendance columns after the sitting: role, civility, given_name,
    # family_name, name, from_question, until_question, condition, excused,
    # holder, holder_family_name, for_member, for_member_family_name, line.
    table = rows["attendance"]

    def person(role: str, p: Dict[str, Any]) -> Tuple[Any, ...]:
        return sitting + (role, p.get("civility"), p.get("given_name"), p["family_name"], p["text"])

    for p in attendance["present"]:
        who = p["person"]
        table.append(
            person("present", who)
            + (p.get("from_question"), p.get("until_question"), p.get("condition"), None, None, None, None, None)
            + (who["span"]["line"],)
        )
    for a in attendance["absent"]:
        who = a["person"]
        table.append(person("absent", who) + (None, None, None, a.get("excused")) + (None,) * 4 + (who["span"]["line"],))
    for p in attendance["proxies"]:
        who, holder = p["grantor"], p.get("holder") or {}
        table.append(
            person("proxy", who)
            + (p.get("from_question"), p.get("until_question"), None, None, holder.get("text"), holder.get("family_name"))
            + (None, None, who["span"]["line"])
        )
    for s in attendance.get("substitutes", []):
        who, member = s["substitute"], s["for_member"]
        table.append(
            person("substitute", who) + (None,) * 6 + (member["text"], member["family_name"], who["span"]["line"])
        )

    table = rows["findings"]
    for stage, f in findings:
        span = f.get("span") or {}
        table.append(
            (index, source, stage, f["code"], f["severity"], f["message"], f.get("deliberation"))
            + (span.get("line"), span.get("column"), span.get("start"), span.get("end"))
        )
