"""The README's Python example runs, from the repository's root, as a reader would run it."""

import contextlib
import io
import os
import re

from conftest import ROOT


def python_blocks():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("\n## Python\n") :]
    section = section[: section.index("\n## ", 1)]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_example_runs_and_prints_what_it_says():
    (block,) = python_blocks()
    printed = io.StringIO()
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(here)
    lines = printed.getvalue().splitlines()
    assert lines[0] == "2023-10-26 32"
    assert lines[1:3] == ["BAULIEU -> BARTHELET", "BLAISON -> MAGNIN-FEYSOT"]
    assert lines[3].split() == ["meeting_body", "votes_for", "not_voting", "outcome"]
    assert lines[4].split()[-3:] == ["22", "2", "adopted"]
    assert [line.split()[0] for line in lines[-5:-1]] == ["absent", "present", "proxy", "substitute"]
