#!/usr/bin/python3
"""Check that the text of INPUT.txt survives in OUTPUT.tei.xml.

Independent of shiryo's code: every non-space character of every input line
must occur, in order, in the TEI text (teiHeader titles and authors, then
<text> without the normalised listBibl). The only characters allowed to be
missing are named artefacts:
  - page-number lines (digits only);
  - fake-bold copies: a run printed four times counts once;
  - spaces and line ends (layout).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"


def tei_stream(path, stem):
    root = ET.parse(path).getroot()
    parts = []
    ts = root.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}titleStmt")
    # The header holds the chapter, title, subtitle and author in reading order.
    order = {"chapter": 0, "main": 1, "sub": 2}
    titles = sorted(ts.findall(f"{TEI}title"), key=lambda t: order.get(t.get("type"), 3))
    for t in titles + ts.findall(f"{TEI}author"):
        if "".join(t.itertext()) != stem:   # a file name standing in for a missing title
            parts.append("".join(t.itertext()))
    for org in ts.findall(f"{TEI}respStmt/{TEI}orgName"):   # the author's affiliation
        parts.append("".join(org.itertext()))
    text = root.find(f"{TEI}text")
    for lb in text.iter(f"{TEI}listBibl"):
        if lb.find(f"{TEI}biblStruct") is not None:   # the normalised copies, not the text
            lb.clear()
    parts.append("".join(text.itertext()))
    return re.sub(r"\s+", "", "".join(parts))


def collapse_bold(s):
    # a run printed four times -> once (shortest run first, like a reader would)
    return re.sub(r"(.{1,80}?)\1\1\1", r"\1", s)


def match_near(out, chars, pos, skip=12, gap=2):
    """Match chars in out from pos: the first within `skip` characters (a
    note marker or page-break mark may stand between lines), each next one
    within `gap` (nothing is inserted inside a line but markup)."""
    limit = skip
    for c in chars:
        p = out.find(c, pos, pos + limit + 1)
        if p < 0:
            return None
        pos = p + 1
        limit = gap
    return pos


def main(src, tei):
    stem = os.path.basename(src)[:-4]
    out = tei_stream(tei, stem)
    pos = 0
    lines = open(src, encoding="utf-8-sig").read().splitlines()
    page_lines = {n for n, l in enumerate(lines, 1)
                  if re.fullmatch(r"[0-9０-９]+|([-－―—–])[0-9０-９]+\1", re.sub(r"\s+", "", l))}

    def near_page_number(no):
        return any(abs(no - p) <= 3 for p in page_lines)

    repeated = {}
    for line in lines:
        key = re.sub(r"\s+", "", line)
        repeated[key] = repeated.get(key, 0) + 1
    for no, line in enumerate(lines, 1):
        chars = re.sub(r"\s+", "", line)
        if not chars:
            continue
        if re.fullmatch(r"[0-9０-９]+", chars) or re.fullmatch(r"([-－―—–])[0-9０-９]+\1", chars):
            continue  # page number, plain or between dashes
        if repeated.get(chars, 0) >= 2 and near_page_number(no) and match_near(out, chars, pos) is None:
            continue  # a running header: a line printed next to the page number of several pages
        if re.fullmatch(r"[―─—_\-]{4,}", chars):
            # the rule line that opens the endnotes: kept or dropped
            p = match_near(out, chars, pos)
            pos = p if p is not None else pos
            continue
        candidates = (chars, collapse_bold(chars), collapse_bold(collapse_bold(chars)))
        for candidate in candidates:
            p = match_near(out, candidate, pos)
            if p is not None:
                pos = p
                break
        else:
            # Footnotes printed at a page's foot are gathered with the notes
            # in <back>: out of order, but they must be there, whole.
            if any(c in out for c in candidates):
                continue
            print(f"{src}:{no}: characters of this line are missing from the TEI near "
                  f"{out[pos:pos + 30]!r}: {line[:60]!r}", file=sys.stderr)
            return 1
    # Nothing invented: the TEI holds no more than the input plus a little markup text.
    src_len = sum(len(re.sub(r"\s+", "", l)) for l in lines)
    if len(out) > src_len * 1.05 + 200:
        print(f"{tei}: TEI text is much longer than the input ({len(out)} vs {src_len})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
