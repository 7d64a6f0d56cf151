#!/usr/bin/env python3
"""Damage texts the way real extractions damage them, to measure the parser
on them: python3 tools/perturb.py MODE SRC_DIR OUT_DIR, then score.py with
--texts OUT_DIR. Every *.txt of SRC_DIR is written to OUT_DIR, damaged:

  strip      accents removed ('Secrétaire de séance' -> 'Secretaire de seance')
  droplower  accented small letters dropped, as a broken font mapping drops
             them ('Etaient présents' -> 'Etaient prsents'), capitals kept
  drop       every accented letter dropped
  upper      the whole text in capitals
  crlf       CRLF line ends
  nbsp       a non-breaking space before each ' : ' colon, curly apostrophes
  oneline    the whole text on one line (line ends become spaces)
  flat       the whole text on one line, every run of white space (line
             ends, page breaks, indents) one space, as web copies of
             minutes give them
  wrap       every line longer than 72 characters wrapped at a space, as
             pdftotext gives a page's lines
"""
import pathlib
import sys
import textwrap
import unicodedata


def damage(mode: str, t: str) -> str:
    if mode == "strip":
        return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    if mode == "drop":
        return "".join(c for c in t if not (ord(c) > 127 and unicodedata.category(c).startswith("L")))
    if mode == "droplower":
        return "".join(c for c in t if not (ord(c) > 127 and unicodedata.category(c) == "Ll"))
    if mode == "upper":
        return t.upper()
    if mode == "crlf":
        return t.replace("\n", "\r\n")
    if mode == "nbsp":
        return t.replace(" : ", "\u00a0: ").replace("'", "\u2019")
    if mode == "oneline":
        return " ".join(t.split("\n"))
    if mode == "flat":
        return " ".join(t.split())
    if mode == "wrap":
        return "\n".join(
            "\n".join(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)) if len(line) > 72 else line
            for line in t.split("\n")
        )
    sys.exit(f"unknown mode {mode!r}: " + __doc__)


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    mode, src, dst = sys.argv[1:4]
    out = pathlib.Path(dst)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted(pathlib.Path(src).glob("*.txt")):
        # newline="" keeps CRLF as written.
        (out / f.name).write_text(damage(mode, f.read_text(encoding="utf-8")), encoding="utf-8", newline="")
        n += 1
    print(n, "texts")


if __name__ == "__main__":
    main()
