#!/usr/bin/python3
"""Check that the text of INPUT.txt survives in OUTPUT.tei.xml.

Independent of shiryo's code: every non-space character of every input line
must occur, in order, in the TEI text (teiHeader titles and authors, then
<text> without the normalised listBibl). The only characters allowed to be
missing are named artefacts:
  - page-number lines (digits only); in a text with form feeds (pdftotext)
    only at a page's edge (first or last two lines), or in a run 1, 2, 3 …
    of margin line numbers down the page;
  - fake-bold copies: a run printed four times counts once;
  - form feeds and the characters XML 1.0 forbids (C0/C1 controls, U+FFFE/F);
  - spaces and line ends (layout);
  - a bare superscript note marker in a head, whose digits are the empty
    ref's @n (ref rend="sup").
In `pdftotext -layout` text (a fifth of the lines indented by two spaces or
holding three spaces between words) a line stands for pieces placed side by
side - table cells, two columns - so a line that is not found whole passes
when each of its pieces (parted by two spaces or more) is in the TEI whole.
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
    # An empty note ref rend="sup" in a head carries its printed digits in @n.
    for ref in text.iter(f"{TEI}ref"):
        if ref.get("rend") == "sup" and not (ref.text or "").strip():
            ref.text = ref.get("n")
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


FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def furniture_lines(raw):
    """Line numbers (1-based) where a number line may be page furniture in a
    text with form feeds: the first or last two non-empty lines of a page,
    and runs 1, 2, 3 … (ten or more) of margin line numbers on a page."""
    allowed = set()
    no = 1
    for page in raw.split("\f"):
        plines = re.split(r"\r\n|\n|\r", page)
        numbered = [(no + k, FORBIDDEN.sub("", l).strip()) for k, l in enumerate(plines)]
        content = [(n, t) for n, t in numbered if t]
        for n, _ in content[:2] + content[-2:]:
            allowed.add(n)
        expected, run = 1, []
        for n, t in content:
            if re.fullmatch(r"[0-9０-９]+", t) and int(t.translate(str.maketrans("０１２３４５６７８９", "0123456789"))) == expected:
                run.append(n)
                expected += 1
        if len(run) >= 10:
            allowed.update(run)
        no += len(plines) - 1
    return allowed


def main(src, tei):
    stem = os.path.basename(src)[:-4]
    out = tei_stream(tei, stem)
    pos = 0
    raw = open(src, encoding="utf-8-sig").read()
    paged = "\f" in raw
    # str.splitlines() would split at form feeds and other controls: lines end at LF/CR only.
    lines = [FORBIDDEN.sub("", l) for l in re.split(r"\r\n|\n|\r", raw)]
    if lines and lines[-1] == "":
        lines.pop()
    page_lines = {n for n, l in enumerate(lines, 1)
                  if re.fullmatch(r"[0-9０-９]+|([-－―—–])[0-9０-９]+\1", re.sub(r"\s+", "", l))}
    removable = furniture_lines(raw) if paged else None
    content = [l for l in lines if l.strip()]
    positional = len(content) >= 5 and 5 * sum(
        1 for l in content if re.match(r"^ {2,}\S", l.replace("\f", "")) or re.search(r"\S {3,}\S", l)) >= len(content)

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
        number_line = re.fullmatch(r"[0-9０-９]+|[ivxlIVXL]{1,6}", chars) or re.fullmatch(r"([-－―—–])[0-9０-９]+\1", chars)
        if number_line and (removable is None or no in removable):
            continue  # page number, plain or between dashes (with form feeds: at a page edge, or a margin number)
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
            if positional and all(re.sub(r"\s+", "", piece) in out
                                  for piece in re.split(r" {2,}", line.strip()) if piece.strip()):
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
