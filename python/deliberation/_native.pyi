"""Type stubs of the native module; the docstrings are the runtime ones (a test compares them)."""

from typing import Iterable, List, Literal, Optional, Union, overload

from .types import Document

SCHEMA_VERSION: int

class ParseError(ValueError):
    """The input cannot be used at all (empty, binary, with none of the marks of a deliberation, or page furniture only, as a scan's text layer).

    `kind` names the reason ("empty", "binary", "not_a_deliberation", "no_text"), `str(error)` says what was expected and what was found, and `index` is the input's position when `parse_many` raised it (else None)."""

    kind: str
    index: Optional[int]

def parse(text: Union[str, bytes, bytearray], validate: bool = True) -> Document:
    """Parse one deliberation text into the contract's JSON, as dicts and lists.

    `text` is a `str`, or `bytes` decoded as the library's `parse_bytes`
    does (a finding says when they were not UTF-8). Spans are byte offsets
    into the UTF-8 text: pass the file's bytes, or a `str` read with
    `newline=""`, to keep them pointing into the file. With `validate` (the default) the
    validator's checks fill `doc["validation"]`.

    Raises `ParseError` (a `ValueError`) for input that cannot be used at
    all, `TypeError` for anything but `str` or `bytes`. The GIL is released
    while parsing.

    >>> import deliberation
    >>> doc = deliberation.parse(
    ...     "Séance du 26 octobre 2023\\n"
    ...     "Membres en exercice : 3\\n"
    ...     "Etaient présents : M. Yves LAVIGOT, Mme Marie CASANARDOT\\n"
    ...     "Etait absent : M. René FENIGOT\\n"
    ...     "Procuration : M. René FENIGOT à M. Yves LAVIGOT\\n"
    ...     "Adopté à l'unanimité. Pour : 3 Contre : 0\\n")
    >>> doc["meeting"]["date"], doc["meeting"]["members_in_office"]
    ('2023-10-26', 3)
    >>> [p["person"]["family_name"] for p in doc["attendance"]["present"]]
    ['LAVIGOT', 'CASANARDOT']
    >>> doc["attendance"]["proxies"][0]["holder"]["text"]
    'M. Yves LAVIGOT'
    >>> vote = doc["deliberations"][0]["vote"]
    >>> vote["for"], vote["against"], vote["unanimous"], vote["outcome"]
    (3, 0, True, 'adopted')
    >>> deliberation.parse("   ")
    Traceback (most recent call last):
    ...
    deliberation.ParseError: expected the text of a deliberation, found only whitespace"""
def parse_json(text: Union[str, bytes, bytearray], validate: bool = True) -> str:
    """Parse one deliberation text into the contract's JSON, as a `str`.

    The same document as `parse`, serialised by the library: what the
    `parse` example prints with `--format json`, on one line. Cheaper than
    `parse` when the JSON is to be stored as it is (a JSON-lines file, a
    column), dearer than `parse` if it is then read back with `json.loads`.

    >>> import deliberation, json
    >>> text = "Séance du 2 juin 2016\\nPrésents : M. Jean DUPONT\\nPour : 1 Contre : 0"
    >>> json.loads(deliberation.parse_json(text)) == deliberation.parse(text)
    True"""
@overload
def parse_many(
    texts: Iterable[Union[str, bytes, bytearray]],
    jobs: Optional[int] = None,
    validate: bool = True,
    errors: Literal["raise"] = "raise",
) -> List[Document]: ...
@overload
def parse_many(
    texts: Iterable[Union[str, bytes, bytearray]],
    jobs: Optional[int] = None,
    validate: bool = True,
    *,
    errors: Literal["return"],
) -> List[Union[Document, ParseError]]:
    """Parse many texts on `jobs` threads; the documents come back in input order.

    `texts` is any iterable of `str` or `bytes` (read whole before parsing
    starts). `jobs` defaults to the number of cores; `jobs - 1` threads
    parse without the GIL while the calling thread turns finished documents
    into dicts (and parses too when none is waiting), so other Python
    threads keep running. The result equals
    `[parse(t, validate) for t in texts]`.

    With `errors="raise"` (the default) the first unusable input, in input
    order, raises its `ParseError` (its `index` says which) and the rest are
    not parsed; with `errors="return"` its place in the list holds the
    `ParseError` instead of a document, so that one bad file does not stop a
    batch. Ctrl-C stops the batch (`KeyboardInterrupt`).

    >>> import deliberation
    >>> texts = ["Séance du 2 juin 2016\\nPrésents : M. Jean DUPONT\\nPour : 1 Contre : 0", ""]
    >>> docs = deliberation.parse_many(texts, jobs=2, errors="return")
    >>> docs[0]["meeting"]["date"]
    '2016-06-02'
    >>> docs[1]
    ParseError('expected the text of a deliberation, found only whitespace')
    >>> docs[1].kind, docs[1].index
    ('empty', 1)"""
