"""Documents per second, on one batch, for the three layers: the Rust CLI, the Python package, Spark.

    python3 python/bench/throughput.py [--copies 50] [--rounds 3] [--no-spark]

Run from the repository's root, with the package installed (`pip install
./python`) and, for Spark, pyspark and Java. The batch is every fixture text
copied `--copies` times into a temporary folder. Each figure is the best of
`--rounds` runs (the machine may be shared); every layer reads the files
itself. Each line gives the wall time, documents per second and, but for
Spark, the CPU time per document of every thread (the CLI's as a child
process), which other load on a shared machine does not inflate as it does
the wall time. Printed:

- the Rust CLI, `parse --format jsonl --jobs 2 DIR > /dev/null` (release
  build): parse + validate, JSON written, files read;
- Python: a loop of `parse` over the files' bytes (as it is, then with the
  cycle collector paused, as `parse_many` pauses it), `parse_many` with 1
  and 2 jobs (files read in Python included), and per document, on one thread, the
  CPU time of `parse_json` against `parse` (the conversion to dicts) and of
  `tables`;
- Spark on local[2]: `examples/spark_archive.py`'s `run` (files listed and
  read by Spark, parsed in Python workers, four Parquet tables written), in
  a session already started, and the session's start; then the same
  partition function without Spark, to split what Spark itself adds.
"""

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import deliberation

ROOT = Path(__file__).resolve().parents[2]


def cpu_now():
    """CPU seconds of this process (all threads) and of its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def best(rounds, run):
    """The shortest wall time of `rounds` calls of `run`, the CPU seconds of
    that call (this process and the children it waited for), and its result."""
    runs = []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), cpu_now()
        result = run()
        runs.append((time.perf_counter() - start, cpu_now() - cpu, result))
    return min(runs, key=lambda r: r[0])


def cpu_per_doc(texts, run, rounds):
    """Microseconds of this thread's CPU per document, best of `rounds`."""
    spent = []
    for _ in range(rounds):
        start = time.thread_time()
        for t in texts:
            run(t)
        spent.append(time.thread_time() - start)
    return min(spent) / len(texts) * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-spark", dest="spark", action="store_false")
    args = parser.parse_args()

    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="deliberation-bench-"))
    batch = work / "batch"
    batch.mkdir()
    for copy in range(args.copies):
        for path in fixtures:
            shutil.copy(path, batch / f"{copy:03}-{path.name}")
    files = sorted(batch.iterdir())
    n = len(files)
    size = sum(f.stat().st_size for f in files)
    print(f"batch: {n} documents ({len(fixtures)} fixtures x {args.copies}), {size / 1e6:.1f} MB; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    def report(layer, seconds, cpu=None, note=""):
        cpu = f"{cpu / n * 1e6:5.0f} us CPU/doc" if cpu is not None else " " * 15
        print(f"  {layer:40s} {seconds:6.2f} s {n / seconds:6.0f} documents/s  {cpu}  {note}", flush=True)

    # 1. The Rust CLI.
    subprocess.run(["cargo", "build", "-q", "--release", "--example", "parse"], cwd=ROOT, check=True)
    cli = ROOT / "target" / "release" / "examples" / "parse"

    def run_cli():
        with open(os.devnull, "wb") as null:
            subprocess.run([str(cli), "--format", "jsonl", "--jobs", "2", str(batch)],
                           stdout=null, stderr=subprocess.DEVNULL, check=False)

    cli_s, cli_cpu, _ = best(args.rounds, run_cli)
    report("Rust CLI, --format jsonl --jobs 2", cli_s, cli_cpu)

    # 2. Python (CPU counts every thread of this process).
    def read():
        return [f.read_bytes() for f in files]

    loop_s, loop_cpu, _ = best(args.rounds, lambda: [deliberation.parse(t) for t in read()])
    report("Python, a loop of parse", loop_s, loop_cpu)

    def loop_without_gc():
        gc.disable()
        try:
            return [deliberation.parse(t) for t in read()]
        finally:
            gc.enable()

    nogc_s, nogc_cpu, _ = best(args.rounds, loop_without_gc)
    report("Python, a loop of parse, gc paused", nogc_s, nogc_cpu)
    one_s, one_cpu, _ = best(args.rounds, lambda: deliberation.parse_many(read(), jobs=1))
    report("Python, parse_many(jobs=1)", one_s, one_cpu)
    two_s, two_cpu, _ = best(args.rounds, lambda: deliberation.parse_many(read(), jobs=2))
    report("Python, parse_many(jobs=2)", two_s, two_cpu,
           f"x{loop_s / two_s:.2f} the loop (x{nogc_s / two_s:.2f} with gc paused); per document vs the CLI {100 * (two_s / cli_s - 1):+.0f}% "
           f"wall, {100 * (two_cpu / cli_cpu - 1):+.0f}% CPU")

    texts = [f.read_bytes() for f in fixtures]
    as_json = cpu_per_doc(texts, deliberation.parse_json, args.rounds)
    as_dicts = cpu_per_doc(texts, deliberation.parse, args.rounds)
    fixture_docs = [deliberation.parse(t) for t in texts]
    tables = cpu_per_doc(fixture_docs, lambda d: deliberation.tables([d]), args.rounds)
    print(f"  per fixture, one thread's CPU: parse_json {as_json:.0f} us, parse (dicts) {as_dicts:.0f} us, "
          f"tables {tables:.0f} us")

    # 3. Spark on local[2].
    if args.spark:
        sys.path.insert(0, str(ROOT / "examples"))
        import spark_archive
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        start = time.perf_counter()
        spark = (SparkSession.builder.master("local[2]").appName("deliberation-bench")
                 .config("spark.ui.showConsoleProgress", "false").getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        session_s = time.perf_counter() - start
        try:
            out = work / "out"
            spark_s, _, summary = best(args.rounds, lambda: spark_archive.run(spark, str(batch), str(out)))
        finally:
            spark.stop()
        report("Spark local[2], spark_archive.run", spark_s,
               note=f"{summary['partitions']} partitions; session start {session_s:.1f} s not counted")
        contents = [f.read_bytes() for f in files]
        paths = ["file:" + str(f) for f in files]
        step = 1000
        direct_s, direct_cpu, _ = best(args.rounds, lambda: [
            spark_archive.parse_batch(paths[i:i + step], contents[i:i + step], "raw", True)
            for i in range(0, n, step)])
        report("its partition function, no Spark, 1 thread", direct_s, direct_cpu)

    shutil.rmtree(work)


if __name__ == "__main__":
    main()
