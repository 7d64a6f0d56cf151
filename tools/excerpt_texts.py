#!/usr/bin/env python3
"""Which labelled real excerpts have their text saved, to re-gather them.

The labels of fixtures/real/excerpts/ describe texts that stay outside the repository, in the
ignored folder gathered/excerpts/ (see fixtures/real/README.md); on a new machine they are looked
up again in the store of web pages by their address.

    python3 tools/excerpt_texts.py URL [URL...]   which labelled excerpt each address is, and
                                                   whether its text is saved ("SAVE AS <path>")
    python3 tools/excerpt_texts.py --todo K [N]   the rows of part K of N (default 7) not saved
    python3 tools/excerpt_texts.py --count        how many are saved
"""
import sys, os, re, urllib.parse
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "fixtures/real/excerpts/SOURCES.md")
OUT = os.path.join(ROOT, "gathered", "excerpts")
rows = []
for line in open(SRC, encoding="utf-8"):
    if not line.startswith("| ") or line.startswith("| stem") or line.startswith("|---"):
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 5:
        continue
    rows.append((cells[0], cells[1], cells[2], cells[3], cells[-1]))

def norm(u):
    u = urllib.parse.unquote(u.strip()).lower()
    u = re.sub(r"^https?://(www\.)?", "", u)
    return u.rstrip("/")

by_url = {}
for r in rows:
    by_url.setdefault(norm(r[4]), []).append(r[0])

def saved(stem):
    p = os.path.join(OUT, stem + ".txt")
    return os.path.exists(p) and os.path.getsize(p) > 0

args = sys.argv[1:]
if args and args[0] == "--count":
    n = sum(saved(r[0]) for r in rows)
    print(f"saved {n} of {len(rows)}")
elif args and args[0] == "--todo":
    k = int(args[1]); chunks = int(args[2]) if len(args) > 2 else 7
    size = (len(rows) + chunks - 1) // chunks
    for r in rows[(k - 1) * size: k * size]:
        if not saved(r[0]):
            print(" | ".join(r))
else:
    for u in args:
        stems = by_url.get(norm(u))
        if not stems:
            print(f"NOT OURS  {u}")
        for s in stems or []:
            print(("SAVED     " if saved(s) else "SAVE AS   ") + f"gathered/excerpts/{s}.txt")
