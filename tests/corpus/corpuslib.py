"""Rendering helpers for the test corpus: they turn a logical document (paragraphs,
headings, tables, notes) into text with the artefacts of the PDF converter that
produced the genre (see ../../../shared/docs/genre.md), and collect the gold
annotations while doing so.

Logical text conventions
  [[n]]            note reference n (rendered per document: quadrupled bold,
                   bare superscript ` n`, or an explicit form [[n|（注1）]])
  {PB}             the line holding the previous character ends a page; the
                   next line starts with one ASCII space
  {PN:57}          same, with the page number printed between the pages
  <url>            a URL (kept whole when it fits on a fresh line)
Converter spaces (between Japanese and ASCII) are written into the text itself.
"""
import json
import re
import unicodedata

CLOSE = set("。、，．」』）】〕”’！？")


def dw(s):
    n = 0
    for ch in s:
        ea = unicodedata.east_asian_width(ch)
        if ea in "WF" or (ea == "A" and ord(ch) >= 0x2000):
            n += 2
        else:
            n += 1
    return n


def quad(*runs):
    """Fake bold: every run printed four times; runs starting with '~' are
    converter spaces (or plain text) printed once."""
    out = []
    for r in runs:
        if r.startswith("~"):
            out.append(r[1:])
        else:
            out.append(r * 4)
    return "".join(out)


class Atom:
    __slots__ = ("s", "w", "kind", "pb", "ref")

    def __init__(self, s, kind, ref=None):
        self.s, self.kind, self.pb, self.ref = s, kind, None, ref
        self.w = dw(s)


TOKEN = re.compile(r"\[\[(\d+)(?:\|([^\]]*))?\]\]|\{PB\}|\{PN:(\d+)\}|<[^>\s]+>|[!-;=?-Z^-z|~\u00C0-\u024F\u0400-\u04FF«»]+|.", re.S)


class Doc:
    def __init__(self, name, style, width, refstyle):
        self.name, self.style, self.width, self.refstyle = name, style, width, refstyle
        self.out = []            # physical lines
        self.prefix = ""         # leading space for the first line of a page
        self.last = None         # kind of the last block
        self.gold = {"style": style, "title": None, "chapter": None, "author": None,
                     "headings": [], "page_numbers": [], "tables": [], "note_refs": [],
                     "notes": [], "citations": [], "lists": [], "remarks": ""}
        self.refcount = {}
        self.pending_foot = []   # footnote numbers referenced on the current page
        self.footnotes = {}      # n -> text (for footnote documents)
        self.foot_mode = False
        self.tight = set()       # paragraph-line ordinals after which C drops the blank
        self.lineno = 0

    # ------------------------------------------------------------------ atoms
    def render_ref(self, n, explicit, nxt):
        if explicit is not None:
            return explicit
        if self.refstyle == "quad":
            return "（" * 4 + str(n) * 4 + "）" * 4
        if self.refstyle == "sup":
            s = " " + str(n)
            if nxt and nxt not in CLOSE and nxt != " " and not nxt.isascii():
                s += " "
            return s
        raise ValueError(self.refstyle)

    def atoms(self, text, count_refs=True):
        toks = [m for m in TOKEN.finditer(text)]
        res = []
        for i, m in enumerate(toks):
            t = m.group(0)
            if m.group(1):
                n = int(m.group(1))
                nxt = None
                for m2 in toks[i + 1:]:
                    if m2.group(0).startswith("{"):
                        continue
                    nxt = m2.group(0)[0]
                    break
                s = self.render_ref(n, m.group(2), nxt)
                a = Atom(s, "ref", n)
                # width as printed (one copy)
                if self.refstyle == "quad" and m.group(2) is None:
                    a.w = dw("（%d）" % n)
                res.append(a)
                if count_refs:
                    self.refcount[n] = self.refcount.get(n, 0) + 1
                    a.ref = n
                else:
                    a.ref = None
            elif t == "{PB}":
                res[-1].pb = ("space", None)
            elif t.startswith("{PN:"):
                res[-1].pb = ("pn", m.group(3))
            elif t.startswith("<"):
                res.append(Atom(t, "url"))
            elif t == " ":
                res.append(Atom(t, "space"))
            elif len(t) > 1 or t.isascii():
                res.append(Atom(t, "word"))
            elif t in CLOSE:
                res.append(Atom(t, "close"))
            else:
                res.append(Atom(t, "char"))
        return res

    def wrap(self, text, width=None, first=None, count_refs=True):
        """Greedy wrap in display width; returns [(line, pb)]."""
        width = width or self.width
        atoms = self.atoms(text, count_refs)
        lines, cur, cw = [], [], 0
        limit = first if first is not None else width

        def flush():
            nonlocal cur, cw, limit
            while cur and cur[-1].kind == "space":
                cur.pop()
            lines.append(cur)
            cur, cw = [], 0
            limit = width

        for a in atoms:
            if a.kind == "space" and not cur:
                continue
            if cw + a.w <= limit:
                cur.append(a)
                cw += a.w
                continue
            if a.kind in ("close", "ref"):
                cur.append(a)
                cw += a.w
                continue
            if a.kind == "space":
                flush()
                continue
            if a.kind == "url" and a.w > width:
                # break a long URL after '/', '-' or '_' at the line end
                s = a.s
                while dw(s) + cw > limit:
                    room = limit - cw
                    cut = max((i for i, ch in enumerate(s[:room]) if ch in "/-_"), default=-1)
                    if cut < 0 or cw + cut + 1 > limit:
                        if cur:
                            flush()
                            continue
                        cut = room - 1
                    piece = Atom(s[:cut + 1], "word")
                    cur.append(piece)
                    flush()
                    s = s[cut + 1:]
                rest = Atom(s, "word")
                rest.pb = a.pb
                cur.append(rest)
                cw += rest.w
                continue
            if a.kind == "word" and cur and cur[-1].kind == "word":
                # never split an ASCII token from its neighbour token without a space
                pass
            flush()
            cur.append(a)
            cw = a.w
        if cur:
            flush()
        res = []
        for ln in lines:
            pb = None
            for a in ln:
                if a.pb:
                    pb = a.pb
            res.append(("".join(a.s for a in ln), pb, [a.ref for a in ln if a.kind == "ref" and a.ref]))
        return res

    # ------------------------------------------------------------ low level
    def blank(self):
        self.out.append("")

    def put(self, line):
        self.out.append(self.prefix + line)
        self.prefix = ""

    def page_break(self, pb):
        kind, pn = pb
        st = self.style
        if kind == "space":
            while self.out and self.out[-1] in ("", " "):
                self.out.pop()
            self.prefix = " "
            return
        self.gold["page_numbers"].append(pn)
        if kind == "pnspace":
            self.prefix = " "
        if st == "A":
            # text, '', '', '', ' ', '', 5555␣␣␣␣, '', text
            while self.out and self.out[-1] == "":
                self.out.pop()
            self.out += ["", "", "", " ", "", quad(pn) + "    ", ""]
        elif st == "C":
            while self.out and self.out[-1] == "":
                self.out.pop()
            self.out += ["", "", "", pn, ""]
        else:  # B: page foot (footnotes), page number, next page starts with a space
            while self.out and self.out[-1] in ("", " "):
                self.out.pop()
            self.out.append("")
            if self.pending_foot:
                for n in self.pending_foot:
                    self.footnote_lines(n)
                self.pending_foot = []
                self.out.append("")
            self.out += [pn, ""]
            self.prefix = " "

    def footnote_lines(self, n):
        text = self.footnotes[n]
        lab = str(n) + " "
        lines = self.wrap(lab + text, count_refs=False)
        for i, (ln, _, _) in enumerate(lines):
            self.put(ln + (" " if i == len(lines) - 1 else ""))

    def text_lines(self, lines, end_space):
        """Emit wrapped body lines with the style's spacing."""
        st = self.style
        for i, (ln, pb, refs) in enumerate(lines):
            if self.foot_mode:
                self.pending_foot += refs
            last = i == len(lines) - 1
            s = ln + (" " if (last and end_space) else "")
            self.put(s)
            self.lineno += 1
            if st in "AC" and not (st == "C" and self.lineno in self.tight and not last):
                self.blank()
            if pb:
                self.page_break(pb)
        if st == "B" and end_space and not (lines and lines[-1][1]):
            self.blank()

    # ---------------------------------------------------------------- blocks
    def para(self, text, first=None):
        st = self.style
        lines = self.wrap(text, first=first)
        self.text_lines(lines, end_space=(st in "AB"))
        self.last = "p"

    def sep_before_heading(self):
        if self.last in ("p", "table", "list") and not self.prefix:
            if self.style == "A":
                self.out += [" ", ""]
            elif self.style == "B":
                self.out.append(" ")

    def heading(self, level, runs, note=None, text=None):
        """runs: fake-bold runs (A) or None; text: the heading text."""
        st = self.style
        if isinstance(runs, str):
            runs = [runs]
        plain = text or "".join(r[1:] if r.startswith("~") else r for r in runs)
        h = {"level": level, "text": plain}
        if note:
            h["note_refs"] = [note]
            self.refcount[note] = self.refcount.get(note, 0) + 1
        self.gold["headings"].append(h)
        self.sep_before_heading()
        if st == "A":
            line = quad(*runs)
            if note:
                line += "（" * 4 + str(note) * 4 + "）" * 4
            self.put(line + "    ")
            self.blank()
        elif st == "B":
            line = plain + (self.render_ref(note, None, None) if note else "")
            self.put(line + " ")
            self.blank()
        else:
            self.put(plain)
            self.blank()
        self.last = "h"

    def star(self):
        if self.style == "A":
            self.put("＊ ")
            self.blank()
        else:
            self.put("＊")
            self.blank()
        self.last = "star"

    def list_items(self, items):
        starts = []
        for i, it in enumerate(items, 1):
            lines = self.wrap("%d.  %s" % (i, it))
            self.text_lines(lines, end_space=(self.style in "AB"))
            starts.append(it[:30])
        self.gold["lists"].append({"items_start": starts})
        self.last = "list"

    def raw(self, lines):
        for ln in lines:
            if isinstance(ln, tuple):
                self.page_break(ln)
            else:
                self.put(ln) if ln else self.out.append(ln)

    # ---------------------------------------------------------------- tables
    def table_gold(self, label, caption, header, rows, source, votes=None, extra=None):
        t = {"label": label, "caption": caption, "header": header, "rows": rows, "source": source}
        if votes is not None:
            t["votes"] = votes
        if extra:
            t.update(extra)
        self.gold["tables"].append(t)

    def wrapped_table(self, label, caption, header, rows, widths, breaks=None, source=None):
        """Cells wrapped inside their column; every cell ends with a space; a
        one-line cell is joined with the first line of the next cell."""
        breaks = breaks or {}
        phys = [label + " " + caption + " ", " " + " ".join(header[1:]) + " "]
        for row in rows:
            cells = []
            for c, w in zip(row, widths):
                cells.append([ln for ln, _, _ in self.wrap(c, width=w, count_refs=False)])
            cur = None
            prev_single = False
            for cl in cells:
                for li, l in enumerate(cl):
                    last = li == len(cl) - 1
                    t = l + (" " if last else "")
                    if li == 0 and cur is not None and prev_single:
                        cur += t
                    else:
                        if cur is not None:
                            phys.append(cur)
                        cur = t
                prev_single = len(cl) == 1
            phys.append(cur)
        for i, ln in enumerate(phys):
            self.put(ln)
            if self.style in "AC":
                self.blank()
            if i in breaks:
                self.page_break(breaks[i])
        if source:
            self.put(source + (" " if self.style in "AB" else ""))
            self.blank()
        self.table_gold(label, caption, [header], rows, source)
        self.last = "table"


def vote_code(v):
    return {"賛成": "Y", "反対": "N", "棄権": "A", "不参加": "NV", "欠席": "NV"}[v]


def votes_for(names_iso, dates, rows, resolutions=None):
    res = []
    for row in rows:
        country = row[0]
        for d, v, r in zip(dates, row[1:], resolutions or [None] * len(dates)):
            e = {"country": country, "iso3": names_iso[country], "date": d, "vote_ja": v,
                 "vote": vote_code(v)}
            if r:
                e["resolution"] = r
            res.append(e)
    return res


def cit(note, authors, title, container=None, publisher=None, date=None, volume=None,
        issue=None, pages=None, url=None, accessed=None, type="book", lang="ja", **extra):
    d = {"note": note, "authors": authors, "title": title, "container": container,
         "publisher": publisher, "date": date, "volume": volume, "issue": issue,
         "pages": pages, "url": url, "accessed": accessed, "type": type, "lang": lang}
    d.update(extra)
    return d


def finish(doc, path_dir):
    g = doc.gold
    g["note_refs"] = [{"n": n, "count": c} for n, c in sorted(doc.refcount.items())]
    while doc.out and doc.out[-1] == "":
        doc.out.pop()
    text = "\n".join(doc.out) + "\n"
    with open(f"{path_dir}/{doc.name}.txt", "w", encoding="utf-8") as f:
        f.write(text)
    order = ["style", "title", "subtitle", "chapter", "author", "headings", "page_numbers",
             "tables", "note_refs", "notes", "citations", "lists", "remarks"]
    g2 = {k: g[k] for k in order if k in g}
    for k in g:
        if k not in g2:
            g2[k] = g[k]
    with open(f"{path_dir}/{doc.name}.json", "w", encoding="utf-8") as f:
        json.dump(g2, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(doc.out)
