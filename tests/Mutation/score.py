"""Prints the mutation score of each file in a Stryker JSON report, and its surviving mutants.

usage: score.py [--rows] [--over OLD.json]... REPORT.json [PREFIX]   (PREFIX is put before the report's paths, e.g. src/PostLint.Core)

--over OLD.json (repeatable; a later one wins) scores a run limited to some lines (run.sh FILE{a..b}, e.g. the survivors of OLD) over the run it
follows: each file's mutants are OLD's, with the status REPORT gives those it tested again. A file whose source is not
the same in both reports is scored from REPORT alone (its lines moved, so OLD's mutants are not REPORT's).

--spans REPORT.json PREFIX [NAME...] prints, for each file with surviving mutants, FILE{start..end}... (Stryker's
character spans, each survivor's own) for run.sh: a later run then tests again only those mutants (and any inside the
same code), and --over scores it over REPORT. With NAMEs, only the files whose path holds one of them (e.g. PL202).

--write MERGED.json (with --over) also writes the report so scored, to be the OLD of a later run.

--rows prints only one Markdown table row per file (file, mutants, killed, survived, no coverage, score), as
scores.md lists them.
"""
import json
import os
import sys

args = sys.argv[1:]
if args[:1] == ["--spans"]:
    report = json.load(open(args[1], encoding="utf-8"))
    prefix = args[2] if len(args) > 2 else ""
    names = args[3:]
    root = report.get("projectRoot", "")
    out = []
    for path, data in sorted(report["files"].items()):
        lines = data["source"].split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line.encode("utf-16-le")) // 2 + 1)  # Roslyn counts UTF-16 code units
        spans = []
        for m in data["mutants"]:
            if m["status"] in ("Survived", "NoCoverage"):
                start, end = m["location"]["start"], m["location"]["end"]
                spans.append([starts[start["line"] - 1] + start["column"] - 1, starts[end["line"] - 1] + end["column"] - 1])
        merged = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        if merged and (not names or any(n in path for n in names)):
            rel = os.path.relpath(path, root) if os.path.isabs(path) and root else path
            out.append(os.path.join(prefix, rel) + "".join("{%d..%d}" % (a, b) for a, b in merged))
    print(" ".join(out))
    sys.exit(0)
rows = "--rows" in args
args = [a for a in args if a != "--rows"]
write = None
if "--write" in args:
    i = args.index("--write")
    write = args[i + 1]
    del args[i:i + 2]
overs = []
while "--over" in args:
    i = args.index("--over")
    overs.append(json.load(open(args[i + 1], encoding="utf-8")))
    del args[i:i + 2]
report = json.load(open(args[0], encoding="utf-8"))


def key(m):
    return (m["location"]["start"]["line"], m["location"]["start"]["column"], m["mutatorName"], m.get("replacement"))


if overs:
    # A later --over report wins for a file both hold with the same source.
    old_files = {os.path.basename(p) + "\0" + d["source"]: d for over in overs for p, d in over["files"].items()
                 if any(m["status"] in ("Killed", "Timeout", "Survived", "NoCoverage") for m in d["mutants"])}
    for path, data in report["files"].items():
        old = old_files.get(os.path.basename(path) + "\0" + data["source"])
        retested = {key(m): m["status"] for m in data["mutants"] if m["status"] in ("Killed", "Timeout", "Survived", "NoCoverage")}
        if old is None or not retested:
            continue
        data["mutants"] = [dict(m, status=retested.get(key(m), m["status"])) for m in old["mutants"]]
if write:
    json.dump(report, open(write, "w", encoding="utf-8"))
prefix = args[1] if len(args) > 1 else ""
root = report.get("projectRoot", "")
detected = ("Killed", "Timeout")
undetected = ("Survived", "NoCoverage")
total_d = total_u = 0
for path, data in sorted(report["files"].items()):
    mutants = data["mutants"]
    d = sum(m["status"] in detected for m in mutants)
    u = sum(m["status"] in undetected for m in mutants)
    skipped = sum(m["status"] not in detected + undetected for m in mutants)
    total_d += d
    total_u += u
    if d + u == 0:
        continue
    rel = os.path.relpath(path, root) if os.path.isabs(path) and root else path
    name = os.path.join(prefix, rel) if prefix else rel
    if rows:
        survived = sum(m["status"] == "Survived" for m in mutants)
        print(f"| `{name}` | {d + u} | {d} | {survived} | {u - survived} | {100 * d / (d + u):.2f} % |")
        continue
    print(f"{100 * d / (d + u):6.2f} %  {name}  (killed {d}, survived {u}, not compiled/ignored {skipped})")
    lines = data["source"].split("\n")
    for m in sorted(mutants, key=lambda m: (m["location"]["start"]["line"], m["location"]["start"]["column"])):
        if m["status"] in undetected:
            line = m["location"]["start"]["line"]
            text = lines[line - 1].strip() if line <= len(lines) else ""
            print(f"    {m['status']:10} {line}:{m['location']['start']['column']} {m['mutatorName']}: "
                  f"{m.get('replacement', '')!r:.80}   | {text[:90]}")
if total_d + total_u and not rows:
    print(f"{100 * total_d / (total_d + total_u):6.2f} %  all files")
