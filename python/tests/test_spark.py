"""The Spark job, `examples/spark_archive.py`, on a local Spark (`local[2]`) over the fixtures.

Its Parquet rows must be the rows `deliberation.tables` gives for the same
files parsed directly: the texts as they are, a PDF made from a fixture
through pdftotext (both modes), an empty text and a broken PDF as refused
inputs. Needs Java 17+, pyspark and pdftotext (poppler-utils).
"""

import os
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import deliberation
from conftest import FIXTURES, ROOT, fixture_texts
from textpdf import text_pdf

SCRIPT = ROOT / "examples" / "spark_archive.py"
sys.path.insert(0, str(SCRIPT.parent))
import spark_archive  # noqa: E402  (the job's own pdftotext call and columns)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A folder of every fixture text, a PDF, an empty text and a broken PDF, in subfolders."""
    folder = tmp_path_factory.mktemp("archive")
    (folder / "texts").mkdir()
    for path in fixture_texts():
        shutil.copy(path, folder / "texts" / path.name)
    (folder / "pdf").mkdir()
    covid = (FIXTURES / "s05-cm-covid-2021.txt").read_text(encoding="utf-8")
    (folder / "pdf" / "s05-cm-covid-2021.pdf").write_bytes(text_pdf(covid))
    (folder / "pdf" / "broken.pdf").write_bytes(b"%PDF-1.4\nnot a PDF at all\n")
    (folder / "texts" / "empty.txt").write_bytes(b"  \n")
    (folder / "notes.csv").write_bytes(b"not read: neither text nor PDF\n")
    return folder


def run_job(archive, output, *options):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--master", "local[2]", str(archive), str(output), *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-5000:]


def expected_tables(archive, pdf_mode):
    """The tables of a direct parse of the same files, keyed as Spark names them."""
    paths, docs, formats, sizes = [], [], [], []
    for path in sorted(p for p in archive.rglob("*") if p.suffix in (".txt", ".pdf")):
        content = path.read_bytes()
        paths.append("file:" + str(path))
        formats.append("pdf" if path.suffix == ".pdf" else "text")
        sizes.append(len(content))
        try:
            text = spark_archive.pdf_text(content, pdf_mode) if path.suffix == ".pdf" else content
            docs.append(deliberation.parse(text))
        except deliberation.ParseError as e:
            docs.append(e)
        except RuntimeError as e:
            error = deliberation.ParseError(str(e))
            error.kind = "pdftotext"
            docs.append(error)
    tables = deliberation.tables(docs, sources=paths)._asdict()
    tables["documents"]["format"] = formats
    tables["documents"]["bytes"] = sizes
    return tables


def rows(columns, names):
    """The rows of a dict of columns, restricted to `names`, in a canonical order."""
    count = len(columns[names[0]])
    return sorted((tuple(columns[n][i] for n in names) for i in range(count)), key=repr)


@pytest.mark.parametrize("pdf_mode", ["raw", "layout"])
def test_parquet_rows_are_the_direct_parse(archive, tmp_path, pdf_mode):
    output = tmp_path / "out"
    run_job(archive, output, "--pdf-mode", pdf_mode)
    expected = expected_tables(archive, pdf_mode)
    for name, columns in spark_archive.table_columns().items():
        names = [c for c, _ in columns]
        table = pq.read_table(output / name)
        assert table.column_names == names, name
        got = table.to_pydict()
        assert rows(got, names) == rows(expected[name], names), name

    documents = pq.read_table(output / "documents").to_pydict()
    assert len(documents["source"]) == len(fixture_texts()) + 3
    status = dict(zip((s.rsplit("/", 1)[1] for s in documents["source"]), documents["status"]))
    assert status["s05-cm-covid-2021.pdf"] == "parsed"
    assert (status["broken.pdf"], status["empty.txt"]) == ("refused", "refused")
    findings = pq.read_table(output / "findings").to_pydict()
    refused = {
        (s.rsplit("/", 1)[1], c)
        for s, c, stage in zip(findings["source"], findings["code"], findings["stage"])
        if stage == "refused"
    }
    assert refused == {("broken.pdf", "pdftotext"), ("empty.txt", "empty")}
    # The PDF's sitting is read as from its text.
    deliberations = pq.read_table(output / "deliberations").to_pydict()
    from_pdf = [i for i, s in enumerate(deliberations["source"]) if s.endswith(".pdf")]
    from_txt = [i for i, s in enumerate(deliberations["source"]) if s.endswith("s05-cm-covid-2021.txt")]
    assert len(from_pdf) == len(from_txt) > 0
    assert {deliberations["meeting_date"][i] for i in from_pdf} == {deliberations["meeting_date"][from_txt[0]]}
