"""`parse`, `parse_json` and `parse_many` against the fixtures' expected JSON, and bad input."""

import json
import threading

import pytest

import deliberation
from conftest import SEED, fixture_texts

SEED_BYTES = SEED.read_bytes()
SMALL = "Séance du 2 juin 2016\nPrésents : M. Jean DUPONT\nPour : 1 Contre : 0"


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_every_fixture_gives_the_rust_sides_records(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert deliberation.parse(path.read_bytes()) == expected
    # A str read without newline translation is the same text.
    with open(path, encoding="utf-8", newline="") as f:
        assert deliberation.parse(f.read()) == expected
    assert json.loads(deliberation.parse_json(path.read_bytes())) == expected


def test_there_are_fixtures():
    assert len(fixture_texts()) >= 45


def test_validate_false_leaves_validation_out():
    doc = deliberation.parse(SEED_BYTES, validate=False)
    assert doc["validation"] is None
    assert doc["meeting"]["members_in_office"] == 32
    assert deliberation.parse(SEED_BYTES)["validation"]["quorum"]


def test_schema_version():
    assert deliberation.SCHEMA_VERSION == 1
    assert deliberation.parse(SMALL)["schema_version"] == 1


@pytest.mark.parametrize(
    "text, kind, message",
    [
        ("", "empty", "expected the text of a deliberation, found only whitespace"),
        (" \n\t\r\n", "empty", "expected the text of a deliberation, found only whitespace"),
        (b"", "empty", "expected the text of a deliberation, found only whitespace"),
        (
            "Il était une fois, dans une petite ville de province, un boulanger.",
            "not_a_deliberation",
            "expected the text of a deliberation (a sitting, an attendance list or a vote), "
            "found none of their marks in 67 characters",
        ),
        (
            # A scan's text layer: the préfecture's stamp on each page.
            "\f".join(["Envoyé en préfecture le 12/05/2022\nReçu en préfecture le 12/05/2022\n"
                        "Publié le\nID : 099-219900000-20220505-PV05052022-DE\n"] * 6),
            "no_text",
            "expected the text of a deliberation, found only page furniture (stamps, page numbers) "
            "in 725 characters: there is no text to read; a scanned document needs OCR first",
        ),
        (
            bytes(range(32)) * 8,
            "binary",
            "expected text, found binary data (224 control characters in 256)",
        ),
    ],
)
def test_unusable_input_raises_parse_error(text, kind, message):
    with pytest.raises(deliberation.ParseError) as caught:
        deliberation.parse(text)
    assert caught.value.kind == kind
    assert str(caught.value) == message
    assert caught.value.index is None
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value, name", [(None, "NoneType"), (12, "int"), (["a"], "list")])
def test_anything_but_text_is_a_type_error(value, name):
    with pytest.raises(TypeError, match=f"^expected str or bytes, found {name}$"):
        deliberation.parse(value)


def test_bytes_that_are_not_utf8_are_decoded_with_a_finding():
    data = bytearray(SEED_BYTES[:2000])
    data.insert(100, 0xFF)
    doc = deliberation.parse(bytes(data))
    assert doc["findings"][0]["code"] == "invalid_utf8"
    assert doc["meeting"]["date"] == "2023-10-26"
    assert deliberation.parse(data) == doc  # bytearray too


def test_parse_many_equals_a_loop_of_parse(texts):
    inputs = [t for _, t in texts]
    expected = [deliberation.parse(t) for t in inputs]
    for jobs in (None, 1, 2, 3, 200):
        assert deliberation.parse_many(inputs, jobs=jobs) == expected, jobs
    assert deliberation.parse_many(inputs, jobs=2, validate=False) == [
        deliberation.parse(t, validate=False) for t in inputs
    ]


def test_parse_many_takes_any_iterable_of_str_and_bytes():
    docs = deliberation.parse_many(t for t in [SMALL, SMALL.encode(), bytearray(SMALL.encode())])
    assert docs == [deliberation.parse(SMALL)] * 3
    assert deliberation.parse_many([]) == []
    assert deliberation.parse_many([], jobs=4) == []


def test_parse_many_raises_the_first_unusable_input_in_order():
    inputs = [SMALL] * 50 + ["  "] + [SMALL] * 10 + [""] + [SMALL] * 10
    for jobs in (1, 2, 4):
        with pytest.raises(deliberation.ParseError) as caught:
            deliberation.parse_many(inputs, jobs=jobs)
        assert (caught.value.kind, caught.value.index) == ("empty", 50), jobs


def test_parse_many_can_return_errors_in_place():
    inputs = [SMALL, "", b"\x00" * 400, SMALL]
    for jobs in (1, 2):
        docs = deliberation.parse_many(inputs, jobs=jobs, errors="return")
        assert docs[0] == docs[3] == deliberation.parse(SMALL)
        assert isinstance(docs[1], deliberation.ParseError)
        assert (docs[1].kind, docs[1].index) == ("empty", 1)
        assert (docs[2].kind, docs[2].index) == ("binary", 2)


def test_parse_many_checks_its_arguments():
    with pytest.raises(ValueError, match="^expected jobs to be at least 1, found 0$"):
        deliberation.parse_many([SMALL], jobs=0)
    with pytest.raises(ValueError, match='^expected errors="raise" or "return", found "skip"$'):
        deliberation.parse_many([SMALL], errors="skip")
    with pytest.raises(TypeError, match=r"^texts\[1\]: expected str or bytes, found int$"):
        deliberation.parse_many([SMALL, 3])
    with pytest.raises(TypeError):
        deliberation.parse_many(12)


def test_parse_many_lets_other_threads_run():
    # Parsing happens without the GIL: a Python thread keeps counting meanwhile.
    ticks = []
    done = threading.Event()

    def count():
        while not done.is_set():
            ticks.append(1)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        before = len(ticks)
        deliberation.parse_many([SEED_BYTES] * 200, jobs=2)
        during = len(ticks) - before
    finally:
        done.set()
        counter.join()
    assert during > 1000


def test_parse_many_pauses_the_cycle_collector_and_restores_it():
    import gc

    assert gc.isenabled()
    deliberation.parse_many([SMALL] * 3, jobs=2)
    assert gc.isenabled()
    with pytest.raises(deliberation.ParseError):
        deliberation.parse_many([SMALL, ""], jobs=2)
    assert gc.isenabled()
    gc.disable()
    try:
        deliberation.parse_many([SMALL] * 3)
        assert not gc.isenabled()
    finally:
        gc.enable()
