"""Validate an SCDL « Délibérations » CSV written by `parse --format csv` with
frictionless, against the schema's fields, types and constraints
(deliberations-2.1.5.schema.json beside this file).

Usage: python3 tests/scdl/check.py FILE.csv

Passes when the only errors are the schema's required fields that the
text of minutes does not give (COLL_SIRET without --siret, the ACTES
subject, and the collectivity, number or title where a text lacks them);
any other error (header, type, date or integer format, pattern, blank
row) fails.
"""

import collections
import os
import shutil
import sys
import tempfile

from frictionless import Resource, Schema

# Required by the schema, absent from some or all minutes: left empty.
NOT_IN_THE_TEXT = {
    "COLL_NOM",
    "COLL_SIRET",
    "DELIB_DATE",
    "DELIB_ID",
    "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM",
    "DELIB_OBJET",
}


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    # frictionless reads only paths under its working directory.
    work = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(here, "deliberations-2.1.5.schema.json"), work)
        shutil.copy(path, os.path.join(work, "data.csv"))
        os.chdir(work)
        schema = Schema("deliberations-2.1.5.schema.json")
        report = Resource("data.csv", schema=schema).validate(limit_errors=1_000_000)
    finally:
        os.chdir(here)
        shutil.rmtree(work)
    task = report.tasks[0]
    allowed, wrong = collections.Counter(), []
    for e in task.errors:
        field = getattr(e, "field_name", None)
        if e.type == "constraint-error" and field in NOT_IN_THE_TEXT and "required" in e.note:
            allowed[field] += 1
        else:
            wrong.append(f"{e.type}: {e.message}")
    rows = task.stats["rows"]
    print(f"scdl: {rows} rows; empty required fields the text does not give: {dict(allowed)}")
    for w in wrong[:20]:
        print("scdl:", w, file=sys.stderr)
    if wrong or rows == 0:
        print(f"scdl: {len(wrong)} errors", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
