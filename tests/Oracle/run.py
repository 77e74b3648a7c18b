#!/usr/bin/env python3
"""The oracle suite: build each site under tests/Oracle/sites/ with its real generator, decide every case from the HTML
the build wrote, run PostLint on the same sources, and fail on each case where they disagree.

Usage: tests/Oracle/run.py [--postlint CMD] [--site NAME ...] [--keep DIR] [--table]
The case format is described in tests/Oracle/README.md. Python 3 standard library only.
"""

import argparse
import html
import html.parser
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SITES = os.path.join(HERE, "sites")
HOST = "oracle.test"
# GitHub's file view shows a file at github.com/OWNER/REPO/blob/BRANCH/PATH; a path starting with / starts at the
# repository's root, any other relative path at the file's folder.
GITHUB_BLOB = "/owner/repo/blob/main/"

# Rules whose finding claims that a page is not published (or that the build fails on it).
PUBLISH_RULES = {"PL101", "PL102", "PL103", "PL106", "PL108", "PL111"}
# The date keys whose invalid value stops the build (an error of PL201 on them claims a failed build).
PUBLISH_DATE_KEYS = {"jekyll": ("date",), "hugo": ("date", "publishDate", "publishdate"), "astro": ("pubDate",), "github": ()}

MARKER = re.compile(r"<!--\s*oracle:\s*(?P<body>.*?)\s*-->|#\s*oracle:\s*(?P<fm>[^\n]*)", re.S)
ALT_CASE = re.compile(r"^(?P<expect>ok|broken|text|case|undecided)\s*:\s*(?P<name>.*)$", re.S)
MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.I | re.S)
ALT_ATTR = re.compile(r"""\balt\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.I | re.S)
FRONT_MATTER_IMAGE_ALT = "front matter image"
# Fragment cases: a link whose text starts with ok:/broken:/case:/undecided: and whose URL starts with #.
MD_LINK_CASE = re.compile(r"(?<![!\\])\[(?P<text>(?:ok|broken|case|undecided)\s*:[^\]\n]*)\](?:\((?P<url>(?:\{[^}]*\}|[^)\s])*)[^)]*\)|\[(?P<ref>[^\]\n]*)\])")
HTML_LINK_CASE = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["'](?P<url>#[^"']*)["'][^>]*>(?P<text>(?:ok|broken|case|undecided)\s*:[^<]*)</a>""", re.I | re.S)


# ---------------------------------------------------------------------------------------------------------------- model

class Case:
    def __init__(self, site, kind, file, line, end_line, name, expect=None, reason=None):
        self.site, self.kind, self.file, self.line, self.end_line = site, kind, file, line, end_line
        self.lines = set(range(line, end_line + 1))  # the lines whose findings speak to this case
        self.name, self.expect, self.reason = name, expect, reason
        self.build = None         # what the build did: a short verdict word
        self.build_detail = ""    # and why
        self.postlint = []        # the PostLint findings that speak to this case
        self.result = None        # agree | disagree | undecided | wrong-case
        self.extra = {}

    @property
    def where(self):
        return f"{self.site}/{self.file}:{self.line}"


class Site:
    def __init__(self, name, path):
        self.name, self.path = name, path
        with open(os.path.join(path, "oracle.json"), encoding="utf-8") as f:
            self.meta = json.load(f)
        self.generator = self.meta["generator"]
        self.base = self.meta.get("base", "").rstrip("/")
        self.content = self.meta.get("content", ["."])
        self.repository = self.meta.get("repository")
        self.branch = self.meta.get("branch", "main")
        # Built with drafts (jekyll build --drafts, hugo -D), and PostLint run with --drafts.
        self.drafts = bool(self.meta.get("drafts", False))


# --------------------------------------------------------------------------------------------------------- source scan

def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


# What some generator renders as Markdown (PostLint's MarkdownFiles.Any): GitHub's view renders .mkd, .mkdn, .mdown and
# .mdwn too; Jekyll .mkd, .mkdn and .mkdown; Hugo .mdown.
MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mkdown", ".mdwn")


def markdown_files(site, root):
    for top in site.content:
        base = os.path.join(root, top)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if d not in ("node_modules", "_site", "public", "dist", ".git", "layouts", "_layouts"))
            for fn in sorted(filenames):
                if fn.lower().endswith(MARKDOWN_EXTENSIONS) and fn != "README.md":
                    yield os.path.relpath(os.path.join(dirpath, fn), root).replace(os.sep, "/")


def front_matter_end(text):
    """Offset just past the closing front matter fence, or 0."""
    m = re.match(r"(---|\+\+\+)[ \t]*\r?\n", text)
    if not m:
        return 0
    fence = m.group(1)
    close = re.compile(r"^" + re.escape(fence) + r"[ \t]*$", re.M).search(text, m.end())
    return close.end() if close else 0


def scan_cases(site, root, rel):
    """The cases one source file declares (see README.md)."""
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        text = f.read()
    cases, page, pending_undecided, known = [], None, None, []
    fm_end = front_matter_end(text)
    # Page markers and undecided markers.
    for m in MARKER.finditer(text):
        body = (m.group("body") or m.group("fm") or "").strip()
        line = line_of(text, m.start())
        words = body.split()
        if not words:
            continue
        if words[0] == "page":
            page = Case(site.name, "page", rel, line, line, "page", expect=words[1] if len(words) > 1 else None)
            page.extra["flags"] = words[2:]
            page.extra["pos"] = m.start()
            cases.append(page)
        elif words[0] == "table":
            name = words[1] if len(words) > 1 else f"table@{line}"
            expect = None
            for w in words[2:]:
                if w.startswith("expect="):
                    expect = w.split("=", 1)[1]
            # The table is the block after the marker: up to the first blank line after some content.
            rest = text[m.end():]
            lines = rest.split("\n")
            start, end, seen = None, None, False
            for i, l in enumerate(lines[1:], start=1):
                if l.strip():
                    seen = True
                    start = start or i
                    end = i
                elif seen:
                    break
            if start is None:
                continue
            c = Case(site.name, "table", rel, line + start, line + end, name, expect=expect)
            c.extra["marker"] = body
            c.extra["pos"] = m.start()
            cases.append(c)
        elif m.group("fm") is not None and words[0] in ("ok", "broken", "undecided", "case"):
            # A front matter image: `image: /x.png  # oracle: broken`.
            c = Case(site.name, "front-matter-image", rel, line, line, FRONT_MATTER_IMAGE_ALT, expect=None if words[0] in ("case",) else words[0])
            if words[0] == "undecided":
                c.reason = " ".join(words[1:]) or "marked undecided"
            c.extra["pos"] = m.start()
            cases.append(c)
        elif words[0] == "known":
            known.append((m.end(), " ".join(words[1:]) or "a known difference"))
        elif words[0] == "undecided":
            pending_undecided = (m.end(), " ".join(words[1:]) or "marked undecided")
    # Image cases: Markdown images and <img> tags whose alt starts with ok:/broken:/text:/case:/undecided:.
    spans = []
    for m in MD_IMAGE.finditer(text, fm_end):
        spans.append((m.start(), m.group("alt"), end_of_markdown_image(text, m.end())))
    for m in HTML_IMG.finditer(text, fm_end):
        a = ALT_ATTR.search(m.group(0))
        if a:
            spans.append((m.start(), html.unescape(a.group("dq") if a.group("dq") is not None else a.group("sq")), m.end()))
    for start, alt, end in sorted(spans):
        am = ALT_CASE.match(alt.strip())
        if not am:
            continue
        expect = am.group("expect")
        c = Case(site.name, "image", rel, line_of(text, start), line_of(text, max(start, end - 1)), alt.strip(),
                 expect=None if expect == "case" else expect)
        if expect == "undecided":
            c.reason = am.group("name").strip()
        c.extra["pos"] = start
        dest = re.match(r"!\[[^\]\n]*\]\(\s*<?([^\s)>]+)", text[start:]) or re.search(r"""\bsrc\s*=\s*["']([^"']*)""", text[start:end])
        if dest:
            c.extra["target"] = dest.group(1).split("?")[0].split("#")[0]
        ref = re.match(r"!\[[^\]\n]*\](?:\[(?P<ref>[^\]\n]*)\])?", text[start:])
        if ref and not text[start + ref.end():].startswith("("):
            label = ref.group("ref") or alt
            d = re.search(r"^ {0,3}\[" + re.escape(label) + r"\]:", text, re.M | re.I)
            if d:
                c.lines.add(line_of(text, d.start()))
        if pending_undecided and pending_undecided[0] <= start:
            c.expect, c.reason = "undecided", pending_undecided[1]
            pending_undecided = None
        cases.append(c)
    for m in list(MD_LINK_CASE.finditer(text, fm_end)) + list(HTML_LINK_CASE.finditer(text, fm_end)):
        url = m.group("url")
        lines = {line_of(text, m.start())}
        if url is None:
            label = m.group("ref") or m.group("text")
            d = re.search(r"^ {0,3}\[" + re.escape(label) + r"\]:\s*(\S+)", text, re.M | re.I)
            if not d:
                continue
            url = d.group(1)
            lines.add(line_of(text, d.start()))
        if "#" not in url:
            continue
        name = " ".join(m.group("text").split())
        am = ALT_CASE.match(name)
        expect = am.group("expect")
        c = Case(site.name, "fragment", rel, min(lines), min(lines), name, expect=None if expect == "case" else expect)
        c.lines = lines
        if expect == "undecided":
            c.reason = am.group("name").strip()
        c.extra["pos"] = m.start()
        cases.append(c)
    for pos, reason in known:
        after = sorted((c for c in cases if c.extra.get("pos", -1) >= pos), key=lambda c: c.extra["pos"])
        if after:
            after[0].extra["known"] = reason
    for c in cases:
        c.extra["page"] = page
    return cases


def end_of_markdown_image(text, pos):
    """The end of `(dest)` or `[ref]` after `![alt]`, for the case's line span."""
    if pos < len(text) and text[pos] == "(":
        depth, i = 0, pos
        while i < len(text):
            ch = text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            elif ch == "\n" and text[i + 1:i + 2] == "\n":
                break
            i += 1
    return pos


# ------------------------------------------------------------------------------------------------------------- builds

def run(cmd, cwd, timeout=600):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
                       env={**os.environ, "NO_COLOR": "1", "ASTRO_TELEMETRY_DISABLED": "1", "JEKYLL_ENV": "production"})
    return p.returncode, p.stdout


def build(site, src, out):
    """Builds the site copy at src into out with the real generator. Returns (ok, log)."""
    g = site.generator
    if g == "jekyll":
        code, log = run(["jekyll", "build", "--quiet", "--safe", "-s", src, "-d", out] + (["--drafts"] if site.drafts else []), cwd=src)
    elif g == "hugo":
        code, log = run(["hugo", "--quiet", "-s", src, "-d", out] + (["-D"] if site.drafts else []), cwd=src)
    elif g == "astro":
        nm = os.environ.get("ORACLE_ASTRO_MODULES") or os.path.join(HERE, "sites", site.name, "node_modules")
        if not os.path.isdir(nm):
            return False, f"no node_modules for astro (run npm ci in {os.path.dirname(nm)} or set ORACLE_ASTRO_MODULES)"
        os.symlink(nm, os.path.join(src, "node_modules"))
        code, log = run([os.path.join(src, "node_modules", ".bin", "astro"), "build", "--silent", "--outDir", out], cwd=src)
    elif g == "github":
        code, log = 0, ""
        for rel in markdown_files(site, src):
            with open(os.path.join(src, rel), "rb") as f:
                data = f.read()
            p = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"],
                               input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                code, log = p.returncode, log + p.stderr.decode("utf-8", "replace")
                continue
            dest = os.path.join(out, rel + ".html")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(f'<meta name="oracle-source" content="{html.escape(rel)}">\n'.encode() + p.stdout)
    else:
        raise SystemExit(f"{site.name}: unknown generator {g}")
    return code == 0, log


class Page(html.parser.HTMLParser):
    """The parts of a built page the cases look at: its source, its images, and what follows each oracle comment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.source, self.title, self.images, self.markers = None, None, [], []
        self.ids, self.links, self._link = set(), [], None
        self._table = None
        self._cell = None
        self._after_marker = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") == "oracle-source":
            self.source = a.get("content")
        elif tag == "meta" and a.get("name") == "oracle-title":
            self.title = a.get("content")
        elif tag == "img":
            self.images.append((a.get("alt"), a.get("src"), a.get("srcset")))
        if a.get("id") is not None:
            self.ids.add(a["id"])
        if tag == "a" and a.get("name") is not None:
            self.ids.add(a["name"])
        if tag == "a":
            self._link = {"href": a.get("href"), "text": []}
            self.links.append(self._link)
        if self._after_marker is not None and self._after_marker["first"] is None:
            self._after_marker["first"] = tag
        if tag == "table":
            self._table = {"rows": []}
            if self._after_marker is not None and self._after_marker["first"] == "table":
                self._after_marker["table"] = self._table
        elif tag == "tr" and self._table is not None:
            self._table["rows"].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self._link["text"] = " ".join("".join(self._link["text"]).split())
            self._link = None
        if tag in ("td", "th") and self._table is not None and self._cell is not None:
            if self._table["rows"]:
                self._table["rows"][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"].append(data)
        if self._cell is not None:
            self._cell.append(data)
        elif self._after_marker is not None and self._after_marker["first"] is None and data.strip():
            self._after_marker["first"] = "#text"

    def handle_comment(self, data):
        m = re.match(r"\s*oracle:\s*table\s+(\S+)", data)
        if m:
            self._after_marker = {"name": m.group(1), "first": None, "table": None}
            self.markers.append(self._after_marker)


def url_of(out, html_path, base):
    rel = os.path.relpath(html_path, out).replace(os.sep, "/")
    if rel == "index.html":
        rel = ""
    elif rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return base + "/" + rel


def index_output(site, out):
    """source path -> (page URL, Page) for every page the build wrote with an oracle-source marker."""
    pages = {}
    for dirpath, _, filenames in os.walk(out):
        for fn in filenames:
            if not fn.endswith(".html"):
                continue
            path = os.path.join(dirpath, fn)
            with open(path, encoding="utf-8", errors="replace") as f:
                p = Page()
                p.feed(f.read())
            if p.source:
                src = p.source.lstrip("./")
                if site.generator == "github":
                    url = GITHUB_BLOB + src
                else:
                    url = url_of(out, path, site.base)
                pages.setdefault(src, []).append((url, p))
    return pages


# ---------------------------------------------------------------------------------------------------- URL resolution

def whatwg_clean(s):
    """What a browser does to an attribute value before parsing it as a URL: strip leading and trailing C0 controls
    and spaces, remove every ASCII tab and newline."""
    s = s.strip("".join(chr(i) for i in range(0x21)))
    return re.sub(r"[\t\n\r]", "", s)


def resolve(site, out, src_root, page_url, value):
    """(verdict, detail) for an <img src> value on the page at page_url: loads | broken | remote."""
    if value is None:
        return "broken", "no src"
    v = whatwg_clean(value)
    if v == "":
        return "broken", "empty src (loads the page itself)"
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", v)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return "remote", f"{scheme.group(1)}: URL"
    # Special schemes treat backslashes as slashes.
    v = v.replace("\\", "/")
    if site.generator == "github" and v.startswith("/") and not v.startswith("//"):
        v = GITHUB_BLOB + v[1:]
    absolute = urllib.parse.urljoin(f"https://{HOST}{page_url}", v)
    parsed = urllib.parse.urlsplit(absolute)
    host = (parsed.hostname or "").lower()
    path = normalize_dots(parsed.path)
    if host == "raw.githubusercontent.com" or (host == "github.com" and re.match(r"^/[^/]+/[^/]+/(raw|blob)/", path)):
        return resolve_repository(site, src_root, host, path, parsed.query)
    if host not in (HOST,) + tuple(site.meta.get("hosts", [])):
        return "remote", f"remote host {host}"
    decoded = urllib.parse.unquote(path, errors="strict")
    if site.generator == "github":
        if not decoded.startswith(GITHUB_BLOB):
            return "broken", f"{decoded} is outside the repository's files ({GITHUB_BLOB}...)"
        return file_verdict(src_root, "/" + decoded[len(GITHUB_BLOB):], decoded[len(GITHUB_BLOB) - 1:])
    if site.base and not (decoded == site.base or decoded.startswith(site.base + "/")):
        return "broken", f"{decoded} is outside the site's base {site.base}/"
    return file_verdict(out, decoded[len(site.base):], decoded)


def normalize_dots(path):
    segs, outp = path.split("/"), []
    for s in segs[1:]:
        if s in (".", "%2e", "%2E"):
            continue
        if s in ("..", ".%2e", "%2e.", "%2e%2e", ".%2E", "%2E.", "%2E%2E"):
            if outp:
                outp.pop()
            continue
        outp.append(s)
    trailing = path.endswith(("/.", "/..")) and outp and outp[-1] != ""
    return "/" + "/".join(outp) + ("/" if trailing else "")


def file_verdict(root, rel, shown):
    full = os.path.join(root, rel.lstrip("/"))
    if rel.endswith("/") or os.path.isdir(full):
        return "broken", f"{shown} is a folder"
    # Exact, case-sensitive, byte-for-byte match of every segment (as GitHub Pages' Linux servers do).
    cur = root
    for seg in [s for s in rel.split("/") if s]:
        try:
            names = os.listdir(cur)
        except OSError:
            return "broken", f"{shown}: no such file"
        if seg not in names:
            near = [n for n in names if n.lower() == seg.lower() or unicodedata.normalize("NFC", n) == unicodedata.normalize("NFC", seg)]
            return "broken", f"{shown}: no such file" + (f" (there is {near[0]})" if near else "")
        cur = os.path.join(cur, seg)
    return "loads", f"{shown} exists"


def resolve_repository(site, src_root, host, path, query):
    parts = [p for p in path.split("/") if p]
    if host == "raw.githubusercontent.com":
        if len(parts) < 4:
            return "broken", "incomplete raw URL"
        owner, repo, branch, rest = parts[0], parts[1], parts[2], parts[3:]
    else:
        owner, repo, kind, branch, rest = parts[0], parts[1], parts[2], parts[3], parts[4:]
        if kind == "blob" and "raw=true" not in query.split("&"):
            return "broken", "a blob URL without ?raw=true is an HTML page, not an image"
    if branch == "refs" and len(rest) >= 2 and rest[0] == "heads":
        branch, rest = rest[1], rest[2:]
    if not site.repository or f"{owner}/{repo}".lower() != site.repository.lower():
        return "remote", f"another repository {owner}/{repo}"
    if branch != site.branch:
        return "broken", f"branch {branch} does not exist in {site.repository} (it has {site.branch})"
    decoded = urllib.parse.unquote("/" + "/".join(rest))
    return file_verdict(src_root, decoded, f"{site.repository}@{branch}:{decoded}")


# ------------------------------------------------------------------------------------------------------------ PostLint

def postlint(cmd, cwd, drafts=False):
    p = subprocess.run(cmd + [".", "--format", "json"] + (["--drafts"] if drafts else []), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"postlint exited {p.returncode} in {cwd}:\n{p.stderr}")
    report = json.loads(p.stdout)
    found = {}
    for d in report["diagnostics"]:
        found.setdefault(d["path"].lstrip("./"), []).append(d)
    return found


# ------------------------------------------------------------------------------------------------------------- decide

def decide_site(site, args, work):
    t0 = time.monotonic()
    src = os.path.join(work, site.name, "src")
    site.src = src
    shutil.copytree(site.path, src, symlinks=True, ignore=shutil.ignore_patterns("node_modules", "oracle.json", ".astro", "dist"))
    cases = []
    for rel in markdown_files(site, src):
        cases.extend(scan_cases(site, src, rel))
    if site.repository:
        git = ["git", "-c", "user.name=oracle", "-c", "user.email=oracle@example.com"]
        run(git + ["init", "-q", "-b", site.branch], src)
        run(git + ["remote", "add", "origin", f"https://github.com/{site.repository}.git"], src)
        run(git + ["add", "-A"], src)
        run(git + ["commit", "-q", "-m", "oracle site"], src)

    isolated = {c.file for c in cases if c.kind == "page" and "isolate" in c.extra.get("flags", [])}
    renamed = {c.file: f.split("=", 1)[1] for c in cases if c.kind == "page" for f in c.extra.get("flags", []) if f.startswith("as=")}

    # PostLint sees every file, as the author's repository holds them.
    findings = postlint(args.postlint, src, site.drafts)

    # The main build holds every file but the isolated ones; each isolated file is built alone beside the site.
    main_src = os.path.join(work, site.name, "main")
    shutil.copytree(src, main_src, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    for rel in isolated:
        os.remove(os.path.join(main_src, rel))
    builds = {}
    ok, log = build(site, main_src, os.path.join(work, site.name, "out"))
    builds[None] = (ok, log, os.path.join(work, site.name, "out"), main_src)
    for i, rel in enumerate(sorted(isolated | set(renamed))):
        alone = os.path.join(work, site.name, f"alone{i}")
        shutil.copytree(src, alone, symlinks=True, ignore=shutil.ignore_patterns(".git"))
        case_files = {c.file for c in cases}
        for other in case_files - {rel}:
            if other in isolated or other in renamed:
                os.remove(os.path.join(alone, other))
        target = rel
        if rel in renamed:
            target = os.path.join(os.path.dirname(rel), renamed[rel]).replace(os.sep, "/")
            os.rename(os.path.join(alone, rel), os.path.join(alone, target))
        out = os.path.join(work, site.name, f"alone{i}-out")
        aok, alog = build(site, alone, out)
        builds[rel] = (aok, alog, out, alone, target)

    indexes = {k: (index_output(site, b[2]) if os.path.isdir(b[2]) else {}) for k, b in builds.items()}
    for c in cases:
        decide_case(site, c, builds, indexes, findings.get(c.file, []), isolated, renamed)
        if "known" in c.extra:
            if c.result == "disagree":
                c.result = "known"
                c.build_detail += f" [known difference: {c.extra['known']}]"
            elif c.result == "agree":
                c.result = "wrong-case"
                c.build_detail += " [marked as a known difference, but it agrees now: remove the marker]"
    return cases, time.monotonic() - t0, builds


def build_log_for(log, rel, word=None):
    """The line of the build's output that says why it failed."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", l).strip() for l in log.splitlines()]
    lines = [l for l in lines if l]
    for want in ([word] if word else []) + [os.path.basename(rel), "rror"]:
        hit = [l for l in lines if want in l]
        if hit:
            return hit[0][:300]
    return (lines or ["(no output)"])[0][:300]


def decide_case(site, c, builds, indexes, findings, isolated, renamed):
    page = c.extra.get("page")
    key = c.file if (c.file in isolated or c.file in renamed) else None
    ok, log, out, root = builds[key][:4]
    built_name = builds[key][4] if len(builds[key]) > 4 else c.file

    if c.kind == "page":
        decide_page(site, c, builds, indexes, findings, key, renamed)
        return

    if c.kind in ("image", "front-matter-image"):
        c.postlint = [d for d in findings if d["ruleId"] == "PL301" and d["line"] in c.lines]
    elif c.kind == "table":
        c.postlint = [d for d in findings if d["ruleId"] in ("PL501", "PL502") and d["line"] in c.lines]
    elif c.kind == "fragment":
        c.postlint = [d for d in findings if d["ruleId"] in ("PL303", "PL304") and d["line"] in c.lines]

    if c.expect == "undecided":
        c.result, c.build, c.build_detail = "undecided", "undecided", c.reason or "marked undecided"
        return
    if not ok:
        target = c.extra.get("target")
        if target and os.path.basename(target) and os.path.basename(target) in log:
            # The build stopped on this very image (Astro does on a missing relative image).
            c.build, c.build_detail = "broken", "the build fails on it: " + build_log_for(log, c.file, os.path.basename(target))
            c.result = "agree" if any(d["severity"] == "error" for d in c.postlint) else "disagree"
            check_expect(c)
        else:
            c.result, c.build, c.build_detail = "undecided", "fails", "the build failed: " + build_log_for(log, c.file)
        return
    pages = indexes[key].get(built_name) or indexes[key].get(c.file)
    if not pages:
        c.result, c.build, c.build_detail = "undecided", "unpublished", "the page is not published"
        return
    page_url, parsed = pages[0]

    if c.kind == "table":
        marker = next((m for m in parsed.markers if m["name"] == c.name), None)
        if marker is None:
            c.result, c.build, c.build_detail = "undecided", "no-marker", "the marker comment is not in the output (raw HTML dropped?)"
            return
        t = marker["table"]
        if t is None:
            c.build, c.build_detail = "text", f"no table: the block renders as {marker['first'] or 'nothing'}"
        else:
            shape = [len(r) for r in t["rows"]]
            c.build, c.build_detail = "table", f"a table of {len(t['rows'])} rows, cells per row {shape}: {t['rows'][:3]}"
        errors = [d for d in c.postlint if d["severity"] == "error"]
        c.result = "agree" if bool(errors) == (c.build == "text") else "disagree"
        check_expect(c)
        return

    if c.kind == "fragment":
        decide_fragment(site, c, page_url, parsed, indexes[key], out)
        return

    alt = c.name
    imgs = [i for i in parsed.images if (i[0] or "").strip() == alt]
    if not imgs:
        c.build, c.build_detail = "text", f"no <img alt=\"{alt}\"> on the page at {page_url}: the renderer shows no image"
        c.result = "agree" if not c.postlint else "disagree"
        check_expect(c)
        return
    verdicts = []
    for _, srcv, srcset in imgs:
        values = [srcv] if srcv is not None or not srcset else []
        if srcset:
            values += [cand.strip().split()[0] for cand in srcset.split(",") if cand.strip()]
        for v in values:
            verdicts.append(resolve(site, out, root, page_url, v) + (v,))
    broken = [v for v in verdicts if v[0] == "broken"]
    remote = [v for v in verdicts if v[0] == "remote"]
    if broken:
        c.build, c.build_detail = "broken", f"on {page_url}: " + "; ".join(f"{shorten(v[2])} -> {v[1]}" for v in broken)
    elif remote:
        c.result, c.build, c.build_detail = "undecided", "remote", f"on {page_url}: " + "; ".join(v[1] for v in remote)
        return
    else:
        c.build, c.build_detail = "loads", f"on {page_url}: " + "; ".join(f"{shorten(v[2])} -> {v[1]}" for v in verdicts)
    errors = [d for d in c.postlint if d["severity"] == "error"]
    c.result = "agree" if bool(errors) == (c.build == "broken") else "disagree"
    check_expect(c)


def decide_fragment(site, c, page_url, parsed, index, out):
    """A link with a #fragment leads somewhere when its page (this one, or the built page its URL names) has an element
    with that id (or a named <a>); the browser also tries the percent-decoded fragment, and '#' and '#top' go to the top
    of the page. A link to the site where the build wrote nothing at all leads nowhere (the server answers 404)."""
    links = [l for l in parsed.links if isinstance(l["text"], str) and l["text"] == c.name]
    if not links:
        c.result, c.build, c.build_detail = "undecided", "no-link", f"no <a> with the text {c.name!r} on {page_url}"
        return
    href = links[0]["href"] or ""
    if "#" not in href:
        c.result, c.build, c.build_detail = "undecided", "not-fragment", f"the link's href is {href!r} on {page_url}"
        return
    if not href.startswith("#"):
        target = urllib.parse.urlsplit(urllib.parse.urljoin("https://" + HOST + page_url, href))
        if target.netloc != HOST:
            c.result, c.build, c.build_detail = "undecided", "remote", f"the link leads to {href!r}"
            return
        want = urllib.parse.unquote(target.path)
        pages = {u: p for entries in index.values() for u, p in entries}
        other = next((pages[u] for u in (want, want.rstrip("/") + "/", want + ".html", want.removesuffix("index.html")) if u in pages), None)
        if other is None:
            inside = want == site.base or want.startswith(site.base + "/")
            on_disk = os.path.join(out, want[len(site.base):].lstrip("/")) if inside else None
            if on_disk is None or os.path.isfile(on_disk) or os.path.exists(os.path.join(on_disk, "index.html")):
                c.result, c.build, c.build_detail = "undecided", "no-page", f"no built page at {want} (from {href!r})"
                return
            c.build, c.build_detail = "broken", f"nothing was written at {want} (from {href!r}): the server answers 404"
            c.result = "agree" if c.postlint else "disagree"
            check_expect(c)
            return
        page_url, parsed = want, other
        href = "#" + target.fragment
    raw = href[1:]
    fragment = urllib.parse.unquote(raw)
    found = raw == "" or fragment.lower() == "top" or raw in parsed.ids or fragment in parsed.ids
    if site.generator == "github" and not found:
        # GitHub's view adds heading ids (user-content-...) that cmark-gfm does not write.
        c.result, c.build, c.build_detail = "undecided", "github-view", f"cmark-gfm writes no heading ids; GitHub's view adds them (#{fragment})"
        return
    if found:
        c.build, c.build_detail = "ok", f"on {page_url}: #{fragment} is an id of the page"
    else:
        near = sorted(parsed.ids, key=lambda i: (i.lower() != fragment.lower(), i))[:1]
        c.build, c.build_detail = "broken", f"on {page_url}: no id {fragment!r} (ids include {near})"
    c.result = "agree" if bool(c.postlint) == (c.build == "broken") else "disagree"
    check_expect(c)


def decide_page(site, c, builds, indexes, findings, key, renamed):
    ok, log, out, root = builds[key][:4]
    by = {r for f in c.extra.get("flags", []) if f.startswith("by=") for r in f[3:].split(",")}
    c.postlint = [d for d in findings if d["ruleId"] in PUBLISH_RULES or (d["ruleId"] in by and d["severity"] == "error")
                  or (d["ruleId"] == "PL201" and d["severity"] == "error" and is_date_line(site, site.src, c.file, d["line"]))]
    if c.file in renamed:
        # Built again under its new name for its images; the page case is about the name it has.
        key = None
        ok, log = builds[None][:2]
    if not ok:
        c.build, c.build_detail = "fails", "build failed: " + build_log_for(log, c.file)
    else:
        pages = indexes[key].get(c.file)
        if not pages:
            c.build, c.build_detail = "unpublished", "no page in the output"
        else:
            url, parsed = pages[0]
            want = source_title(site.src, c.file)
            if site.generator != "github" and (want is None or (parsed.title or "").strip() != want):
                c.build, c.build_detail = "no-front-matter", f"published at {url}, but without its front matter (title {parsed.title!r}, the source says {want!r})"
            else:
                c.build, c.build_detail = "published", f"published at {url}"
    if "intended" in c.extra.get("flags", []):
        # Unpublished on purpose (published: false, draft: true, a draft folder): nothing to report.
        c.result = "agree" if c.build != "published" and not c.postlint else "disagree"
    else:
        c.result = "agree" if bool(c.postlint) == (c.build != "published") else "disagree"
    if c.expect and c.expect != c.build:
        c.result, c.build_detail = "wrong-case", f"the case expects '{c.expect}', the build did: {c.build_detail}"


def source_title(root, rel):
    """The title the source's front matter gives, or None when the file has no front matter."""
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        text = f.read()
    end = front_matter_end(text)
    if end == 0:
        m = re.match(r"\{.*?\n\}", text, re.S)
        if not m:
            return None
        t = re.search(r'"title"\s*:\s*"([^"]*)"', m.group(0))
        return t.group(1) if t else ""
    t = re.search(r"^title\s*[:=]\s*(.*?)\s*$", text[:end], re.M)
    if not t:
        return ""
    v = t.group(1)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        v = v[1:-1]
    return v


def check_expect(c):
    if c.expect and c.expect != {"loads": "ok"}.get(c.build, c.build):
        c.result = "wrong-case"
        c.build_detail = f"the case expects '{c.expect}', the build did: {c.build_detail}"


def is_date_line(site, root, rel, line):
    try:
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
            text = f.read().split("\n")
    except OSError:
        return False
    if line - 1 >= len(text):
        return False
    keys = PUBLISH_DATE_KEYS.get(site.generator, ())
    return any(re.match(r"^\s*" + re.escape(k) + r"\s*[:=]", text[line - 1]) for k in keys)


def shorten(s, n=80):
    s = s.replace("\n", "\\n").replace("\t", "\\t")
    return s if len(s) <= n else s[:n - 3] + "..."


# ------------------------------------------------------------------------------------------------------------- report

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--postlint", default=None, help="command that runs PostLint (default: the Release build's postlint.dll)")
    ap.add_argument("--site", action="append", help="only these sites")
    ap.add_argument("--keep", help="build in this folder and keep it")
    ap.add_argument("--table", action="store_true", help="print the agreement table as Markdown")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = ap.parse_args()
    if args.postlint:
        args.postlint = shlex.split(args.postlint)
    else:
        dll = os.path.join(REPO, "src", "PostLint.Cli", "bin", "Release", "net10.0", "postlint.dll")
        if not os.path.exists(dll):
            raise SystemExit(f"{dll} is missing: dotnet build PostLint.sln -c Release (or pass --postlint)")
        args.postlint = ["dotnet", dll]

    names = sorted(n for n in os.listdir(SITES) if os.path.exists(os.path.join(SITES, n, "oracle.json")))
    if args.site:
        names = [n for n in names if n in args.site]
    work = args.keep or tempfile.mkdtemp(prefix="postlint-oracle.")
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    t_all = time.monotonic()
    all_cases, rows = [], []
    try:
        for n in names:
            site = Site(n, os.path.join(SITES, n))
            cases, secs, _ = decide_site(site, args, work)
            all_cases += cases
            counts = {k: sum(1 for c in cases if c.result == k) for k in ("agree", "disagree", "known", "undecided", "wrong-case")}
            rows.append((n, site.generator, len(cases), counts, secs))
            print(f"{n}: {len(cases)} cases, {counts['agree']} agree, {counts['disagree']} disagree, "
                  f"{counts['known']} known differences, {counts['undecided']} undecided, {counts['wrong-case']} wrong cases ({secs:.1f} s)", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    failed = [c for c in all_cases if c.result in ("disagree", "wrong-case")]
    for c in all_cases:
        if args.verbose or c.result != "agree":
            said = "; ".join(f"{d['ruleId']} {d['severity']} {d['line']}:{d['column']} {shorten(d['message'], 400)}" for d in c.postlint) or "nothing"
            print(f"  {c.result.upper():10} {c.where} [{c.kind}] {c.name}\n"
                  f"             build: {c.build}: {c.build_detail}\n"
                  f"             PostLint: {said}")
    total = len(all_cases)
    agree = sum(1 for c in all_cases if c.result == "agree")
    undecided = sum(1 for c in all_cases if c.result == "undecided")
    known = sum(1 for c in all_cases if c.result == "known")
    print(f"\noracle: {total} cases, {agree} agree, {known} known differences, {undecided} undecided, {len(failed)} fail "
          f"({time.monotonic() - t_all:.1f} s)")
    if args.table:
        print("\n| site | generator | cases | agree | known differences | undecided | fail |\n| --- | --- | --- | --- | --- | --- | --- |")
        for n, g, k, counts, _ in rows:
            print(f"| {n} | {g} | {k} | {counts['agree']} | {counts['known']} | {counts['undecided']} | {counts['disagree'] + counts['wrong-case']} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
