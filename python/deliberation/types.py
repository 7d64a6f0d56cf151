"""The contract's records (JSON contract version 1) as `TypedDict`s, for editors and type checkers.

`parse` returns plain dicts and lists; these types only name their keys so
that an editor completes `doc["meeting"]["date"]` and a type checker catches
a misspelt key. Dates are "YYYY-MM-DD" strings, times "HH:MM". A test checks
these keys against the documents the parser gives for every fixture.
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

Severity = Literal["info", "warning", "error"]
Outcome = Literal["adopted", "rejected"]


class Span(TypedDict):
    """Byte offsets into the input as given; line and column start at 1, column counts characters."""

    start: int
    end: int
    line: int
    column: int


class Person(TypedDict):
    civility: Optional[str]
    given_name: Optional[str]
    family_name: str
    text: str
    span: Span


class Meeting(TypedDict):
    authority: Optional[str]
    body: Optional[str]
    date: Optional[str]
    convened_on: Optional[str]
    published_on: Optional[str]
    place: Optional[str]
    president: Optional[Person]
    opened_at: Optional[str]
    closed_at: Optional[str]
    members_in_office: Optional[int]
    stated_present: Optional[int]
    stated_voters: Optional[int]
    secretary: Optional[Person]
    order_of_business: List[int]
    span: Optional[Span]
    second_convocation: bool


class _Presence(TypedDict):
    person: Person
    from_question: Optional[int]
    until_question: Optional[int]
    condition: Optional[str]


class Presence(_Presence, total=False):
    # Only when the list writes no range but the text tells one later
    # ("Mme X rejoint la séance" before question 4).
    from_question_told: int
    until_question_told: int


class Absence(TypedDict):
    person: Person
    excused: Optional[bool]


class Proxy(TypedDict):
    grantor: Person
    holder: Optional[Person]  # None when the text names no holder
    from_question: Optional[int]
    until_question: Optional[int]
    span: Span


class Substitute(TypedDict):
    substitute: Person
    for_member: Person
    span: Span


class Attendance(TypedDict):
    present: List[Presence]
    absent: List[Absence]
    proxies: List[Proxy]
    substitutes: List[Substitute]


class Amount(TypedDict):
    cents: int
    currency: str
    text: str
    span: Span


class AmountTotal(TypedDict):
    total: int
    parts: List[int]


class Opinion(TypedDict):
    body: str
    date: Optional[str]
    opinion: str


# "for" is a Python keyword: the functional form keeps the contract's name.
Vote = TypedDict(
    "Vote",
    {
        "for": Optional[int],
        "against": Optional[int],
        "abstentions": Optional[int],
        "not_voting": Optional[int],
        "voters": Optional[int],
        "expressed": Optional[int],
        "unanimous": bool,
        "outcome": Optional[Outcome],
        "outcome_stated": bool,
        "against_names": List[Person],
        "abstention_names": List[Person],
        "not_voting_names": List[Person],
        "span": Span,
    },
)


class Deliberation(TypedDict):
    number: Optional[str]
    question: Optional[int]
    title: Optional[str]
    rapporteur: Optional[Person]
    opinions: List[Opinion]
    interested: List[Person]
    withdrawn: List[Person]
    vote: Optional[Vote]
    amounts: List[Amount]
    totals: List[AmountTotal]
    span: Span


class Finding(TypedDict):
    code: str
    severity: Severity
    message: str
    span: Optional[Span]
    deliberation: Optional[int]


class QuorumCheck(TypedDict):
    from_question: Optional[int]
    until_question: Optional[int]
    in_office: int
    present: int
    required: int
    met: bool
    rule: str


class QuestionCheck(TypedDict):
    deliberation: int
    question: Optional[int]
    expected_voters: Optional[int]
    tally_voters: Optional[int]
    consistent_questions: List[List[int]]


class Validation(TypedDict):
    findings: List[Finding]
    quorum: List[QuorumCheck]
    questions: List[QuestionCheck]


class Document(TypedDict):
    schema_version: int
    meeting: Meeting
    attendance: Attendance
    deliberations: List[Deliberation]
    amounts: List[Amount]
    findings: List[Finding]
    validation: Optional[Validation]


__all__ = [
    "Absence",
    "Amount",
    "AmountTotal",
    "Attendance",
    "Deliberation",
    "Document",
    "Finding",
    "Meeting",
    "Opinion",
    "Outcome",
    "Person",
    "Presence",
    "Proxy",
    "QuestionCheck",
    "QuorumCheck",
    "Severity",
    "Span",
    "Substitute",
    "Validation",
    "Vote",
]
