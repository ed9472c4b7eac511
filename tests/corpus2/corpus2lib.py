"""Extensions of ../corpus/corpuslib.py for the second held-out corpus.

New layout features (all from ../../../shared/docs/genre.md or its "elsewhere in the
genre" remarks, or common in PDF-extracted Japanese reports):

  style "D"        single-spaced, no empty line between paragraphs, no trailing space;
                   every paragraph's first line is indented with a full-width space
  indent=True      the same first-line indent in any style (used with style C)
  pn_fmt           how a page number is printed: "{}" plain, "- {} -", "― {} ―",
                   or "bold" (quadrupled, as in seed 000)
  running_header   a line repeated at the top of every new page (not body text)
  refstyle         "chuu" （注n）, "chuu_half" (注n), "paren" n), "star" ＊n,
                   besides corpuslib's "quad" and "sup"
  foot_label       label format of footnotes printed at the foot of each page
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "corpus"))
import corpuslib  # noqa: E402
from corpuslib import Doc, quad, cit, votes_for, finish, dw  # noqa: E402,F401

# Latin words may contain en dashes, curly quotes and the numero sign: a line is never
# broken inside "12–30" or "“Title,”".
corpuslib.TOKEN = re.compile(
    r"\[\[(\d+)(?:\|([^\]]*))?\]\]|\{PB\}|\{PN:(\d+)\}|<[^>\s]+>|"
    r"[!-;=?-Z^-z|~\u00C0-\u024F\u0400-\u04FF«»\u2013\u2018\u2019\u201C\u201D\u201E\u2116]+|.", re.S)


class Doc2(Doc):
    def __init__(self, name, style, width, refstyle, pn_fmt="{}", running_header=None,
                 indent=False, foot_label="{} ", pn_prefix=True):
        super().__init__(name, style, width, refstyle)
        self.pn_fmt = pn_fmt
        self.running_header = running_header
        self.indent = indent or style == "D"
        self.foot_label = foot_label
        self.pn_prefix = pn_prefix      # next page's first line starts with a space

    # ------------------------------------------------------------------ refs
    def render_ref(self, n, explicit, nxt):
        if explicit is not None:
            return explicit
        if self.refstyle == "chuu":
            return "（注%d）" % n
        if self.refstyle == "chuu_half":
            return "(注%d)" % n
        if self.refstyle == "paren":
            return "%d)" % n
        if self.refstyle == "star":
            return "＊%d" % n
        return super().render_ref(n, explicit, nxt)

    # ------------------------------------------------------------ page breaks
    def printed_pn(self, pn):
        if self.pn_fmt == "bold":
            return quad(pn) + "    "
        return self.pn_fmt.format(pn)

    def page_break(self, pb):
        kind, pn = pb
        st = self.style
        if kind == "space":
            while self.out and self.out[-1] in ("", " "):
                self.out.pop()
            self.prefix = " "
            return
        self.gold["page_numbers"].append(pn if self.pn_fmt == "bold" else self.pn_fmt.format(pn))
        while self.out and self.out[-1] in ("", " "):
            self.out.pop()
        self.out.append("")
        if self.pending_foot:
            for n in self.pending_foot:
                self.footnote_lines(n)
            self.pending_foot = []
            self.out.append("")
        if st == "A":
            if self.pn_fmt == "bold":
                self.out += ["", "", " ", "", self.printed_pn(pn), ""]
            else:
                self.out += ["", "", self.printed_pn(pn), ""]
        elif st == "C":
            self.out += ["", "", self.printed_pn(pn), ""]
        else:  # B, D
            self.out += [self.printed_pn(pn), ""]
        if self.running_header:
            self.out.append(" " + self.running_header)
            if st != "D":
                self.out.append("")
            self.prefix = ""
        else:
            self.prefix = " " if self.pn_prefix else ""

    def footnote_lines(self, n):
        text = self.footnotes[n]
        lines = self.wrap(self.foot_label.format(n) + text, count_refs=False)
        for i, (ln, _, _) in enumerate(lines):
            self.put(ln + (" " if (i == len(lines) - 1 and self.style in "AB") else ""))

    # ---------------------------------------------------------------- blocks
    def text_lines(self, lines, end_space):
        if self.style != "D":
            return super().text_lines(lines, end_space)
        for ln, pb, refs in lines:
            if self.foot_mode:
                self.pending_foot += refs
            self.put(ln)
            self.lineno += 1
            if pb:
                self.page_break(pb)

    def para(self, text, first=None):
        st = self.style
        plain = re.sub(r"\[\[\d+(?:\|[^\]]*)?\]\]|\{PB\}|\{PN:\d+\}", "", text)
        self.gold.setdefault("paragraph_starts", []).append(plain[:20])
        if self.indent:
            lines = self.wrap(text, first=self.width - 2)
            ln, pb, refs = lines[0]
            lines[0] = ("　" + ln, pb, refs)
        else:
            lines = self.wrap(text, first=first)
        self.text_lines(lines, end_space=(st in "AB"))
        self.last = "p"

    def heading(self, level, runs, note=None, text=None):
        if self.style != "D":
            return super().heading(level, runs, note, text)
        if isinstance(runs, str):
            runs = [runs]
        plain = text or "".join(r[1:] if r.startswith("~") else r for r in runs)
        self.gold["headings"].append({"level": level, "text": plain})
        if level <= 2 and self.last in ("p", "table") and not self.prefix:
            self.blank()
        self.put(plain)
        self.last = "h"
