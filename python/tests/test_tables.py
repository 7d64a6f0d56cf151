"""`tables`: the flat tables agree with the documents they come from."""

import datetime

import pytest

import deliberation

KINDS = {"str": str, "int": int, "bool": bool, "date": datetime.date}


@pytest.fixture(scope="module")
def docs(texts):
    return [deliberation.parse(t) for _, t in texts]


@pytest.fixture(scope="module")
def sources(texts):
    return [p.name for p, _ in texts]


def test_columns_and_types_are_as_declared(docs, sources):
    t = deliberation.tables(docs, sources=sources)
    assert t._fields == tuple(deliberation.TABLE_COLUMNS)
    for name, table in t._asdict().items():
        declared = deliberation.TABLE_COLUMNS[name]
        assert list(table) == [c for c, _ in declared], name
        lengths = {len(v) for v in table.values()}
        assert len(lengths) == 1, name
        for column, kind in declared:
            for value in table[column]:
                assert value is None or type(value) is KINDS[kind], (name, column, value)


def test_one_row_per_record(docs, sources):
    t = deliberation.tables(docs, sources=sources)
    assert t.documents["source"] == sources
    assert len(t.deliberations["title"]) == sum(len(d["deliberations"]) for d in docs)
    att = [d["attendance"] for d in docs]
    roles = t.attendance["role"]
    assert roles.count("present") == sum(len(a["present"]) for a in att)
    assert roles.count("absent") == sum(len(a["absent"]) for a in att)
    assert roles.count("proxy") == sum(len(a["proxies"]) for a in att)
    assert roles.count("substitute") == sum(len(a["substitutes"]) for a in att)
    findings = sum(len(d["findings"]) + len((d["validation"] or {}).get("findings", [])) for d in docs)
    assert len(t.findings["code"]) == findings
    assert sum(t.documents["errors"]) == t.findings["severity"].count("error")


def test_the_seeds_rows(texts):
    path, text = next((p, t) for p, t in texts if p.name.startswith("grand-besancon"))
    doc = deliberation.parse(text)
    t = deliberation.tables([doc], sources=[path.name])
    first = {c: v[0] for c, v in t.deliberations.items()}
    assert first["meeting_date"] == datetime.date(2023, 10, 26)
    assert first["meeting_body"] == "Bureau"
    assert first["meeting_authority"] == "Grand Besançon Métropole"
    assert (first["votes_for"], first["votes_against"], first["not_voting"]) == (22, 0, 2)
    assert (first["unanimous"], first["outcome"]) == (True, "adopted")
    proxies = [i for i, r in enumerate(t.attendance["role"]) if r == "proxy"]
    zehaf = next(i for i in proxies if t.attendance["family_name"][i] == "ZEHAF")
    assert t.attendance["holder_family_name"][zehaf] == "BAEHR"
    assert t.attendance["until_question"][zehaf] == 22
    assert t.attendance["name"][zehaf] == "Mme Marie ZEHAF"


def test_refused_inputs_become_rows():
    docs = deliberation.parse_many(["Pour : 1 Contre : 0\nPrésents : M. Jean DUPONT", " "], errors="return")
    t = deliberation.tables(docs)
    assert t.documents["status"] == ["parsed", "refused"]
    assert t.documents["source"] == [None, None]
    refused = [i for i, s in enumerate(t.findings["stage"]) if s == "refused"]
    assert [t.findings["code"][i] for i in refused] == ["empty"]
    assert t.findings["document"][refused[0]] == 1


def test_tables_of_nothing_are_empty():
    t = deliberation.tables([])
    assert all(v == [] for table in t for v in table.values())


def test_pandas_and_arrow_take_the_tables(docs, sources):
    pandas = pytest.importorskip("pandas")
    pyarrow = pytest.importorskip("pyarrow")
    t = deliberation.tables(docs, sources=sources)
    frame = pandas.DataFrame(t.deliberations)
    assert list(frame.columns) == [c for c, _ in deliberation.TABLE_COLUMNS["deliberations"]]
    assert len(frame) == len(t.deliberations["title"])
    assert frame.convert_dtypes()["question"].dtype == "Int64"
    table = pyarrow.table(t.attendance)
    assert table.schema.field("meeting_date").type == pyarrow.date32()
    assert table.num_rows == len(t.attendance["role"])


def reference_attendance(docs, sources):
    """The attendance table written plainly, one dict per row, to check the fast one against."""
    rows = []
    for index, doc in enumerate(docs):
        m = doc["meeting"]
        date = m["date"] and datetime.date.fromisoformat(m["date"])
        base = dict(document=index, source=sources[index], meeting_date=date,
                    meeting_body=m["body"], meeting_authority=m["authority"])
        blank = {c: None for c, _ in deliberation.TABLE_COLUMNS["attendance"]}

        def row(role, person, **extra):
            r = dict(blank, **base, role=role, civility=person["civility"], given_name=person["given_name"],
                     family_name=person["family_name"], name=person["text"], line=person["span"]["line"])
            r.update(extra)
            rows.append(r)

        a = doc["attendance"]
        for p in a["present"]:
            row("present", p["person"], from_question=p["from_question"], until_question=p["until_question"],
                condition=p["condition"])
        for p in a["absent"]:
            row("absent", p["person"], excused=p["excused"])
        for p in a["proxies"]:
            holder = p["holder"] or {}
            row("proxy", p["grantor"], from_question=p["from_question"], until_question=p["until_question"],
                holder=holder.get("text"), holder_family_name=holder.get("family_name"))
        for s in a["substitutes"]:
            row("substitute", s["substitute"], for_member=s["for_member"]["text"],
                for_member_family_name=s["for_member"]["family_name"])
    return rows


def test_attendance_rows_say_what_the_documents_say(docs, sources):
    t = deliberation.tables(docs, sources=sources).attendance
    got = [dict(zip(t, values)) for values in zip(*t.values())]
    expected = reference_attendance(docs, sources)
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g == e
    # The fixtures exercise every column.
    for column in t:
        assert any(v is not None for v in t[column]), column


def test_a_member_in_two_stretches_is_one_member_present():
    text = (
        "COMMUNE DE X\nSéance du 3 mars 2024\n"
        "Présents : Anne ROUX, Paul PONS (jusqu'au point 1 puis à partir du point 3), Ida MAS\n\n"
        "1. Budget\nAdopté à l'unanimité.\n\n2. Voirie\nAdopté à l'unanimité.\n\n3. Cantine\nAdopté à l'unanimité.\n"
    )
    doc = deliberation.parse(text)
    assert len(doc["attendance"]["present"]) == 4
    t = deliberation.tables([doc])
    assert t.documents["present"] == [3]
    assert t.attendance["role"].count("present") == 4

