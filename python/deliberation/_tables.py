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


def _empty(name: str) -> Dict[str, List[Any]]:
    return {column: [] for column, _ in TABLE_COLUMNS[name]}


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

    - `documents`: one row per document (the sitting, counts of people,
      deliberations, and findings of severity error and warning);
    - `deliberations`: one row per deliberation, with the sitting's date,
      body and authority, its number, title, tally and outcome;
    - `attendance`: one row per attendance record, `role` "present",
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
    ...          "Absent : M. Paul DURAND\\nProcuration : M. Paul DURAND à Mme Anne MARTIN\\n"
    ...          "Pour : 3 Contre : 0", "   "]
    >>> t = deliberation.tables(deliberation.parse_many(texts, errors="return"), sources=["a", "b"])
    >>> list(zip(t.attendance["role"], t.attendance["family_name"], t.attendance["holder_family_name"]))
    [('present', 'DUPONT', None), ('present', 'MARTIN', None), ('absent', 'DURAND', None), ('proxy', 'DURAND', 'MARTIN')]
    >>> t.documents["status"], t.findings["code"][-1]
    (['parsed', 'refused'], 'empty')
    """
    out = Tables(
        _empty("documents"), _empty("deliberations"), _empty("attendance"), _empty("findings")
    )
    for index, doc in enumerate(docs):
        source = None if sources is None else sources[index]
        if isinstance(doc, ParseError):
            _refused(out, index, source, doc)
        else:
            _document(out, index, source, doc)
    return out


def _refused(out: Tables, index: int, source: Optional[str], error: ParseError) -> None:
    row = dict.fromkeys(out.documents, None)
    row.update(document=index, source=source, status="refused")
    _append(out.documents, row)
    row = dict.fromkeys(out.findings, None)
    kind = getattr(error, "kind", None)
    row.update(
        document=index, source=source, stage="refused", code=kind, severity="error", message=str(error)
    )
    _append(out.findings, row)


def _append(table: Dict[str, List[Any]], row: Dict[str, Any]) -> None:
    for column, values in table.items():
        values.append(row[column])


def _document(out: Tables, index: int, source: Optional[str], doc: Dict[str, Any]) -> None:
    meeting = doc["meeting"]
    sitting = {
        "document": index,
        "source": source,
        "meeting_date": _date(meeting.get("date")),
        "meeting_body": meeting.get("body"),
        "meeting_authority": meeting.get("authority"),
    }
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
    row = dict(sitting)
    row.update(
        status="parsed",
        members_in_office=meeting.get("members_in_office"),
        present=len(attendance["present"]),
        absent=len(attendance["absent"]),
        proxies=len(attendance["proxies"]),
        deliberations=len(doc["deliberations"]),
        errors=counts.get((None, "error"), 0),
        warnings=counts.get((None, "warning"), 0),
    )
    _append(out.documents, row)

    table = out.deliberations
    for number, d in enumerate(doc["deliberations"]):
        vote = d.get("vote") or {}
        row = dict(sitting)
        row.update(
            deliberation=number,
            number=d.get("number"),
            question=d.get("question"),
            title=d.get("title"),
            rapporteur=_person(d.get("rapporteur"), "text"),
            votes_for=vote.get("for"),
            votes_against=vote.get("against"),
            abstentions=vote.get("abstentions"),
            not_voting=vote.get("not_voting"),
            voters=vote.get("voters"),
            expressed=vote.get("expressed"),
            unanimous=vote.get("unanimous"),
            outcome=vote.get("outcome"),
            interested=len(d.get("interested", [])),
            amounts=len(d.get("amounts", [])),
            errors=counts.get((number, "error"), 0),
            warnings=counts.get((number, "warning"), 0),
        )
        _append(table, row)

    table = out.attendance
    blank = dict.fromkeys(table, None)
    blank.update(sitting)

    def person_row(role: str, person: Dict[str, Any], **extra: Any) -> None:
        row = dict(blank)
        row.update(
            role=role,
            civility=person.get("civility"),
            given_name=person.get("given_name"),
            family_name=person["family_name"],
            name=person["text"],
            line=person["span"]["line"],
            **extra,
        )
        _append(table, row)

    for p in attendance["present"]:
        person_row(
            "present",
            p["person"],
            from_question=p.get("from_question"),
            until_question=p.get("until_question"),
            condition=p.get("condition"),
        )
    for a in attendance["absent"]:
        person_row("absent", a["person"], excused=a.get("excused"))
    for p in attendance["proxies"]:
        person_row(
            "proxy",
            p["grantor"],
            from_question=p.get("from_question"),
            until_question=p.get("until_question"),
            holder=p["holder"]["text"],
            holder_family_name=p["holder"]["family_name"],
        )
    for s in attendance.get("substitutes", []):
        person_row(
            "substitute",
            s["substitute"],
            for_member=s["for_member"]["text"],
            for_member_family_name=s["for_member"]["family_name"],
        )

    table = out.findings
    for stage, f in findings:
        span = f.get("span") or {}
        _append(
            table,
            {
                "document": index,
                "source": source,
                "stage": stage,
                "code": f["code"],
                "severity": f["severity"],
                "message": f["message"],
                "deliberation": f.get("deliberation"),
                "line": span.get("line"),
                "column": span.get("column"),
                "start": span.get("start"),
                "end": span.get("end"),
            },
        )
