"""Parse an archive of deliberations on Spark: texts and PDFs in, Parquet tables out.

    spark-submit examples/spark_archive.py INPUT OUTPUT [--pdf-mode raw|layout] [--no-validate]
    python examples/spark_archive.py --master 'local[2]' fixtures/ /tmp/archive

INPUT is a folder (read recursively) or a glob of `*.txt`, `*.md` and
`*.pdf` files, on any file system Spark reads (local, HDFS, S3...). Spark's
`binaryFile` source hands each file's bytes to a worker; `mapInPandas`
parses each partition with the `deliberation` package: a PDF first goes
through `pdftotext` (poppler-utils, on every worker), in the same two modes
as the `parse` example's `--pdf-mode`: `raw`, pdftotext's default reading
order (the default here too), or `layout` (its `-layout` option). Texts are
given as bytes, so spans are byte offsets into the file (or into
pdftotext's output for a PDF).

OUTPUT receives four Parquet tables, the columns of `deliberation.tables`
(`deliberation.TABLE_COLUMNS`) with `source` the file's path (and without
`document`, a position that means nothing across partitions):
`documents/` (one row per file, with its `format` and size in `bytes`),
`deliberations/`, `attendance/` and `findings/` (a file that could not be
used, PDF refused by pdftotext included, is a finding with stage
"refused").

Each file is read and parsed once: the partitions' rows of all four tables
go through one persisted DataFrame, which each table's write then filters.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from typing import Iterator, List, Optional

import pandas as pd

# Columns only this job knows, added to the documents table: whether the
# file was read as text or through pdftotext, and its size.
EXTRA_DOCUMENT_COLUMNS = (("format", "str"), ("bytes", "int"))


def table_columns():
    """Each table's (column, type) pairs as written: `document`, a position in
    one batch, goes (`source` names the file) and the documents table gains
    this job's columns."""
    import deliberation

    columns = {
        name: tuple(c for c in cols if c[0] != "document") for name, cols in deliberation.TABLE_COLUMNS.items()
    }
    columns["documents"] += EXTRA_DOCUMENT_COLUMNS
    return columns


def union_columns():
    """The (column, type) pairs of all tables in one list, `table` first."""
    union = {"table": "str"}
    for cols in table_columns().values():
        for name, kind in cols:
            if union.setdefault(name, kind) != kind:
                raise ValueError(f"column {name} is {union[name]} in one table and {kind} in another")
    return list(union.items())


# A PDF that keeps pdftotext longer is refused rather than stalling its task.
PDFTOTEXT_SECONDS = 300

# Files handed to the partition function at once: Spark's default (10,000)
# would hold gigabytes of PDFs in one pandas frame.
FILES_PER_BATCH = 256


def pdf_text(content: bytes, mode: str) -> bytes:
    """The text of a PDF through pdftotext, as UTF-8 bytes; raises RuntimeError when it fails."""
    command = ["pdftotext"] + (["-layout"] if mode == "layout" else []) + ["-enc", "UTF-8", "-q", "-", "-"]
    try:
        done = subprocess.run(command, input=content, capture_output=True, timeout=PDFTOTEXT_SECONDS)
    except FileNotFoundError:
        raise RuntimeError(
            "a PDF needs pdftotext, which was not found on this worker: install poppler-utils"
        ) from None
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"expected pdftotext to read the PDF, still reading after {PDFTOTEXT_SECONDS} s") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(
            "expected a PDF pdftotext can read, found one it refused"
            + (f": {said[0]}" if said else f" (exit status {done.returncode})")
        )
    return done.stdout


def parse_batch(paths: List[str], contents: List[bytes], pdf_mode: str, validate: bool) -> pd.DataFrame:
    """One batch of files as rows of the union of the tables."""
    import deliberation

    texts: List[object] = []
    formats: List[str] = []
    for path, content in zip(paths, contents):
        is_pdf = path.lower().endswith(".pdf")
        formats.append("pdf" if is_pdf else "text")
        if not is_pdf:
            texts.append(content)
            continue
        try:
            texts.append(pdf_text(content, pdf_mode))
        except RuntimeError as e:
            error = deliberation.ParseError(str(e))
            error.kind, error.index = "pdftotext", None
            texts.append(error)
    usable = [t for t in texts if not isinstance(t, deliberation.ParseError)]
    # Spark runs one task per core: one thread per task is the right count.
    parsed = iter(deliberation.parse_many(usable, jobs=1, validate=validate, errors="return"))
    docs = [t if isinstance(t, deliberation.ParseError) else next(parsed) for t in texts]
    tables = deliberation.tables(docs, sources=paths)._asdict()
    tables["documents"]["format"] = formats
    tables["documents"]["bytes"] = [len(c) for c in contents]

    union = [name for name, _ in union_columns()]
    frames = []
    for name, columns in tables.items():
        rows = len(columns["source"])
        if rows == 0:
            continue
        frame = {c: columns[c] if c in columns else [None] * rows for c in union}
        frame["table"] = [name] * rows
        frames.append(pd.DataFrame(frame, columns=union, dtype=object))
    if not frames:
        return pd.DataFrame({c: [] for c in union}, dtype=object)
    return pd.concat(frames, ignore_index=True)


def parse_partition(batches: Iterator[pd.DataFrame], pdf_mode: str, validate: bool) -> Iterator[pd.DataFrame]:
    """The function `mapInPandas` runs on each partition of (path, content) rows."""
    for batch in batches:
        yield parse_batch(list(batch["path"]), list(batch["content"]), pdf_mode, validate)


def spark_schema():
    from pyspark.sql import types as T

    spark_type = {"str": T.StringType(), "int": T.LongType(), "bool": T.BooleanType(), "date": T.DateType()}
    return T.StructType([T.StructField(name, spark_type[kind], True) for name, kind in union_columns()])


def run(spark, input_path: str, output: str, pdf_mode: str = "raw", validate: bool = True,
        files_per_partition: int = 1000) -> dict:
    """Read `input_path`, parse every file, write the four tables under `output`.

    Returns the number of files and of partitions they were parsed in."""
    import math
    from functools import partial

    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if __name__ != "__main__":
        # Imported (a notebook, a test, another job): the workers cannot
        # import this file, so its functions travel by value, as they do
        # when spark-submit runs it as the main script.
        from pyspark import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])

    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.{txt,md,pdf,TXT,MD,PDF}")
        .load(input_path)
        .select("path", "content")
    )
    # Spark puts at most 32 small files in a partition (it counts 4 MB to
    # open each), and every task costs tens of milliseconds: far more than
    # parsing 32 texts. Merging partitions (no shuffle: the files stay where
    # they were read) to about `files_per_partition` files, still at least
    # one per core, makes each task worth its cost.
    count = len(files.inputFiles())
    wanted = max(spark.sparkContext.defaultParallelism, math.ceil(count / files_per_partition))
    if files.rdd.getNumPartitions() > wanted:
        files = files.coalesce(wanted)
    rows = files.mapInPandas(partial(parse_partition, pdf_mode=pdf_mode, validate=validate), spark_schema())
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    batch_conf = "spark.sql.execution.arrow.maxRecordsPerBatch"
    batch_before = spark.conf.get(batch_conf)
    spark.conf.set(batch_conf, str(FILES_PER_BATCH))
    try:
        for name, columns in table_columns().items():
            (
                rows.where(F.col("table") == name)
                .select(*[c for c, _ in columns])
                .write.mode("overwrite")
                .parquet(f"{output.rstrip('/')}/{name}")
            )
    finally:
        rows.unpersist()
        spark.conf.set(batch_conf, batch_before)
    return {"files": count, "partitions": files.rdd.getNumPartitions()}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="folder or glob of .txt, .md and .pdf files")
    parser.add_argument("output", help="folder that receives documents/, deliberations/, attendance/, findings/")
    parser.add_argument("--pdf-mode", choices=("raw", "layout"), default="raw",
                        help="pdftotext's reading: raw (its default) or layout (its -layout option)")
    parser.add_argument("--no-validate", dest="validate", action="store_false",
                        help="skip the validator (quorum, proxies, tallies)")
    parser.add_argument("--files-per-partition", type=int, default=1000,
                        help="merge Spark's partitions to about N files each (default 1000), at least one per core")
    parser.add_argument("--master", help="Spark master when run with python rather than spark-submit, e.g. local[2]")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("deliberation-archive")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args.input, args.output, args.pdf_mode, args.validate, args.files_per_partition)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
