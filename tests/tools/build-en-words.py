#!/usr/bin/env python3
"""Writes rules/misspellings/en-words.txt, the English words misspelling's near-miss check (built-in `en-near-miss`) knows.

    python3 tests/tools/build-en-words.py CSPELL_DIR [--out FILE]

CSPELL_DIR is a folder holding cspell's technical dictionaries as npm installs them (node_modules/@cspell: one
dict-NAME folder per package of TECH_DICTS, each MIT-licensed). SCOWL comes from Debian's packages
wamerican-large, wamerican-huge, wbritish-large and wbritish-huge (/usr/share/dict).

The output has one lower-case ASCII word a line, sorted:
  - every word of SCOWL's huge lists (size 80, American and British) in any letter case, every word of the technical
    dictionaries, and the forms of rules/misspellings/en-words-allow.txt and en-typos-exclude.txt (words found right
    in real technical text),
    three letters or more: a prose word that is one of these is never a near miss, and the check reads them as stems
    (`un` + `trusted`, `attach` + `es`);
  - marked `*`, the words a near miss may be corrected to: the lower-case words of SCOWL's size 70 lists
    (wamerican-large and wbritish-large), five letters or more.
Left out: words with anything but ASCII letters (possessives, accents) and every wrong form of en-typos.txt and en.yml
but its letter-case entries (a technical dictionary that holds a typo as an identifier must not make it a word).
"""
import argparse
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "rules", "misspellings", "en-words.txt")
ALLOW = os.path.join(REPO, "rules", "misspellings", "en-words-allow.txt")
TYPOS_EXCLUDE = os.path.join(REPO, "rules", "misspellings", "en-typos-exclude.txt")
TYPOS = os.path.join(REPO, "rules", "misspellings", "en-typos.txt")
CURATED = os.path.join(REPO, "src", "PostLint.Rules", "Spelling", "Compiled", "en.txt")
HUGE = ["/usr/share/dict/american-english-huge", "/usr/share/dict/british-english-huge"]
COMMON = ["/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large"]
TECH_DICTS = (
    "software-terms fullstack companies lorem-ipsum powershell dotnet node k8s aws google python golang rust "
    "typescript shell docker git css html csharp cpp data-science filetypes markdown public-licenses"
).split()
WORD = re.compile(r"[a-z]+")


def scowl(paths, lower_only=False):
    words = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if lower_only and w != w.lower():
                    continue
                if WORD.fullmatch(w.lower()):
                    words.add(w.lower())
    return words


def tech(folder):
    """Every ASCII-letter token of the dictionaries' word lists (not their corrections or forbidden words)."""
    words = set()
    for name in TECH_DICTS:
        root = os.path.join(folder, "dict-" + name)
        if not os.path.isdir(root):
            sys.exit(f"{root} is missing: npm install @cspell/dict-{name}")
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d != "node_modules"]
            for file in sorted(filenames):
                if not (file.endswith(".txt") or file.endswith(".txt.gz")) or "correction" in file or "misspell" in file:
                    continue
                path = os.path.join(dirpath, file)
                opener = gzip.open if file.endswith(".gz") else open
                with opener(path, "rt", encoding="utf-8", errors="replace") as f:
                    for line in f:
                        line = line.strip()
                        if not line or line[0] in "#!":
                            continue
                        for token in re.findall(r"[A-Za-z]+", line):
                            words.add(token.lower())
    return words


def listed(path):
    """The forms of a `form  # reason` file."""
    forms = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = line.split("#", 1)[0].strip()
            if text:
                forms.add(text.lower())
    return forms


def wrong_forms():
    forms = set()
    with open(TYPOS, encoding="utf-8") as f:
        for line in f:
            if "->" in line and not line.startswith("#"):
                forms.add(line.split("->", 1)[0])
    # en.yml's forms as the test suite expands them (Spelling/Compiled/en.txt: line, flags, forms split by U+001F, ...).
    with open(CURATED, encoding="utf-8") as f:
        for line in f:
            fields = line.split("\t")
            if not line.startswith("#") and "c" not in fields[1]:  # a casing entry (Markdown) leaves the word a word
                for form in fields[2].split("\x1f"):
                    forms.add(form.lower())
    return forms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cspell_dir")
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()

    wrong = wrong_forms()
    known = (scowl(HUGE) | tech(args.cspell_dir) | listed(ALLOW) | listed(TYPOS_EXCLUDE)) - wrong
    known = {w for w in known if len(w) >= 3}
    common = {w for w in scowl(COMMON, lower_only=True) if len(w) >= 5} - wrong
    known |= common
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# English words for misspelling's near-miss check: generated by tests/tools/build-en-words.py, do not edit.\n")
        f.write("# SCOWL (Debian wamerican/wbritish, -huge) and cspell's technical dictionaries (MIT); see rules/README.md.\n")
        f.write("# word* = a common word, what a near miss may be corrected to.\n")
        for w in sorted(known):
            f.write(w + ("*" if w in common else "") + "\n")
    print(f"{args.out}: {len(known)} words, {len(common)} common", file=sys.stderr)


if __name__ == "__main__":
    main()
