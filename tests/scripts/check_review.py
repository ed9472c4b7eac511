#!/usr/bin/env python3
"""Checks a review page as the browser built it (chromium --dump-dom) against
the other outputs of the same conversion, which other exporters wrote:
  tables   = <table> in the TEI          cells = <cell> in the TEI tables
  notes    = rows of S.notes.csv         citations = rows of S.citations.csv
  warnings = the 'N warnings' of the summary line, refs = its 'N refs'
and that every in-page link has its target, every note reference links to a
note that links back to it, and nothing is loaded from outside the page.
Usage: check_review.py DOM.html OUTDIR STEM SUMMARY-LINE"""
import csv, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

dom_path, out, stem, summary = sys.argv[1:5]
TEI = "{http://www.tei-c.org/ns/1.0}"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.classes, self.external = set(), [], [], []
        self.stack, self.in_note, self.note_backlinks, self.ref_targets = [], None, {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        self.classes.append((tag, set(cls)))
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
            if self.in_note and a["href"].startswith("#ref-"):
                self.note_backlinks.setdefault(self.in_note, set()).add(a["href"][1:])
            if self.current_ref and a["href"].startswith("#n-"):
                self.ref_targets[self.current_ref] = a["href"][1:]
        for key in ("src", "href", "data"):
            v = a.get(key) or ""
            if tag != "a" and re.match(r"(?i)(https?:|//|ftp:)", v):
                self.external.append(f"{tag} {key}={v}")
        if tag in ("link", "iframe", "object", "embed"):
            self.external.append(tag)
        if tag == "div" and "note" in cls:
            self.in_note = a["id"]
        if tag == "tr" and "ref" in cls:
            self.current_ref = a["id"]
        if tag not in ("br", "meta", "img", "input", "hr", "wbr"):
            self.stack.append((tag, a.get("id") if "note" in cls and tag == "div" else None))

    current_ref = None

    def handle_endtag(self, tag):
        while self.stack:
            t, note_id = self.stack.pop()
            if note_id:
                self.in_note = None
            if t == "tr":
                self.current_ref = None
            if t == tag:
                break

    def count(self, tag, *cls):
        return sum(1 for t, c in self.classes if t == tag and set(cls) <= c)


p = Page()
p.feed(open(dom_path, encoding="utf-8").read())
problems = []


def expect(what, got, want):
    print(f"{what}: page {got}, expected {want}")
    if got != want:
        problems.append(f"{what}: the page shows {got}, the other outputs say {want}")


tei = ET.parse(f"{out}/{stem}.tei.xml").getroot()
tei_tables = tei.findall(f".//{TEI}table")
expect("tables", p.count("section", "table"), len(tei_tables))
expect("cells", p.count("td", "cell") + p.count("th", "cell"), sum(len(t.findall(f".//{TEI}cell")) for t in tei_tables))


def csv_rows(kind):
    try:
        with open(f"{out}/{stem}.{kind}.csv", newline="", encoding="utf-8-sig") as f:
            return len(list(csv.reader(f))) - 1
    except FileNotFoundError:
        return 0


expect("notes", p.count("div", "note"), csv_rows("notes"))
expect("citations", p.count("div", "citation"), csv_rows("citations"))
m = re.search(r"(\d+) refs, .* (\d+) warnings", summary)
if not m:
    problems.append(f"summary line not understood: {summary}")
else:
    expect("note references", p.count("tr", "ref"), int(m.group(1)))
    expect("warnings", p.count("tr", "diag", "warning") + p.count("tr", "diag", "error"), int(m.group(2)))
dangling = sorted({h for h in p.hrefs if h.startswith("#") and h[1:] not in p.ids})
if dangling:
    problems.append(f"links without a target: {dangling[:10]}")
for ref, note in p.ref_targets.items():
    if ref not in p.note_backlinks.get(note, set()):
        problems.append(f"{note} does not link back to {ref}")
if p.external:
    problems.append(f"loads from outside the page: {p.external[:5]}")
print(f"links: {len(p.hrefs)}, note references linked both ways: {len(p.ref_targets)}")
if problems:
    print("\n".join("FAIL: " + x for x in problems), file=sys.stderr)
    sys.exit(1)
