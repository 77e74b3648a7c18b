#!/usr/bin/env python3
"""Writes rules/misspellings/en-typos.txt, PostLint's large built-in English misspelling list, from typos' dictionary.

    python3 tests/tools/build-en-typos.py WORDS_CSV [--dict FILE ...] [--out FILE]

WORDS_CSV is crates/typos-dict/assets/words.csv of crate-ci/typos (MIT OR Apache-2.0): one `wrong,correction[,...]`
per line. --dict names word lists of valid English, one word a line (default: Debian's wamerican and wbritish,
/usr/share/dict/american-english and british-english, SCOWL size 50). The output is a codespell dictionary, sorted:
`wrong->right` (a safe fix) or `wrong->a, b,` (the message lists every correction; no fix).

An entry is kept only when its wrong form can never be a correct word in an English technical post:
  - the form is ASCII letters only, at least 4 of them (shorter forms are mostly abbreviations and identifiers:
    `ect`, `cpy`, `hax`), except the few classic short typos in SHORT_KEEP;
  - it is not a word of any --dict list, in any letter case, nor the singular of a possessive there (`theses`,
    `revered`, `panting`, `wit`, `Claus`): matching ignores case, so a proper noun counts too;
  - it is not listed in rules/misspellings/en-typos-exclude.txt (words found valid on real technical text:
    identifiers, product names, foreign words; each with its reason);
  - it is not a wrong form of rules/misspellings/en.yml, which is curated by hand and wins anyway.
Corrections are kept as the source writes them (many are technical words no general dictionary holds: `namespace`,
`checksum`), in its order; the first is the one typos prefers.
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_DICTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
DEFAULT_OUT = os.path.join(REPO, "rules", "misspellings", "en-typos.txt")
EXCLUDE = os.path.join(REPO, "rules", "misspellings", "en-typos-exclude.txt")
CURATED = os.path.join(REPO, "rules", "misspellings", "en.yml")

# Three-letter typos no technical text means as written.
SHORT_KEEP = {"teh", "hte", "adn", "taht"}
MIN_LENGTH = 4


def read_dicts(paths):
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w.endswith("'s"):
                    w = w[:-2]
                if w:
                    words.add(w.lower())
    return words


def read_exclusions(path):
    """`form  # reason` per line; blank lines and comment lines are skipped."""
    excluded = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            if not re.fullmatch(r"[a-z]+", text) or "#" not in line:
                sys.exit(f"{path}:{number}: expected 'form  # reason', got {line.rstrip()!r}")
            excluded[text] = number
    return excluded


def read_curated(path):
    """The lower-case wrong forms of en.yml's case-insensitive entries (a plain text scan: the file is PostLint's YAML)."""
    forms = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "case-sensitive: true" in line:
                continue
            m = re.search(r"wrong: (\[[^\]]*\]|[A-Za-z]+)", line)
            if m:
                forms.update(w.strip().lower() for w in m.group(1).strip("[]").split(","))
    return forms


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("words_csv")
    parser.add_argument("--dict", action="append", dest="dicts")
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    dicts = args.dicts or DEFAULT_DICTS
    valid = read_dicts(dicts)
    excluded = read_exclusions(EXCLUDE)
    curated = read_curated(CURATED)

    counts = {"source": 0, "not ASCII letters": 0, "short": 0, "dictionary word": 0, "excluded": 0, "in en.yml": 0,
              "no correction": 0}
    kept = {}
    seen = set()
    with open(args.words_csv, encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if not row:
                continue
            counts["source"] += 1
            wrong, corrections = row[0].strip(), [c.strip() for c in row[1:] if c.strip()]
            seen.add(wrong)
            if not re.fullmatch(r"[a-z]+", wrong):
                counts["not ASCII letters"] += 1
            elif len(wrong) < MIN_LENGTH and wrong not in SHORT_KEEP:
                counts["short"] += 1
            elif wrong in valid:
                counts["dictionary word"] += 1
            elif wrong in excluded:
                counts["excluded"] += 1
            elif wrong in curated:
                counts["in en.yml"] += 1
            else:
                good = [c for c in corrections if c.lower() != wrong]
                good = list(dict.fromkeys(good))
                if not good:
                    counts["no correction"] += 1
                    continue
                kept[wrong] = good

    unused = sorted(w for w in excluded if w not in seen or w in valid or w in curated)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# PostLint's large English misspelling list (built-in list 'en-typos'). GENERATED: do not edit.\n")
        out.write("# From typos' dictionary (crate-ci/typos, crates/typos-dict/assets/words.csv, MIT OR Apache-2.0; see\n")
        out.write("# rules/misspellings/README.md) by tests/tools/build-en-typos.py, filtered against Debian's wamerican/wbritish.\n")
        out.write("# wrong->right is a safe fix; wrong->a, b, lists the corrections and has no fix.\n")
        for wrong in sorted(kept):
            good = kept[wrong]
            out.write(f"{wrong}->{good[0]}\n" if len(good) == 1 else f"{wrong}->{', '.join(good)},\n")
    counts["kept"] = len(kept)
    counts["kept, several corrections"] = sum(len(g) > 1 for g in kept.values())
    for key, value in counts.items():
        print(f"{key:>28}: {value}", file=sys.stderr)
    if unused:
        print(f"en-typos-exclude.txt forms the other filters drop or the source lacks: {', '.join(unused)}", file=sys.stderr)


if __name__ == "__main__":
    main()
