#!/usr/bin/env python3
"""Layout checks that ../../../shared/tools/score.py does not make, for this corpus.

    python3 tests/corpus2/check_layout.py --gold tests/corpus2 --out /tmp/c2-out

Uses the extra gold keys of this corpus: `paragraph_starts` (first characters of every
body paragraph), `back_paragraph_starts` (bibliography entries, which may stand as <p>),
`running_header`, `affiliation`, and the printed `page_numbers`.
Reports, per document:
  paragraphs   gold paragraphs that begin a TEI <p> / TEI <p> in the body that begin
               no gold paragraph (a paragraph split at a page break, a leaked header...)
  leaks        page numbers, running headers or affiliations found inside <p> or <head>
  nesting      consecutive gold headings whose div nesting contradicts their levels
Standard library only."""
import argparse, json, os, re, unicodedata
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def text_of(el):
    return "".join(el.itertext())


def heads_with_depth(body):
    res = []

    def walk(e, d):
        for ch in e:
            if ch.tag == f"{TEI}div":
                h = ch.find(f"{TEI}head")
                if h is not None:
                    res.append((norm(text_of(h)), d))
                walk(ch, d + 1)
    walk(body, 0)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    tot = {"para_hit": 0, "para_tot": 0, "para_extra": 0, "leaks": 0, "nest_bad": 0, "nest_tot": 0}
    for f in sorted(os.listdir(a.gold)):
        if not f.endswith(".json"):
            continue
        stem = f[:-5]
        g = json.load(open(os.path.join(a.gold, f), encoding="utf-8"))
        try:
            root = ET.parse(os.path.join(a.out, stem + ".tei.xml")).getroot()
        except Exception as e:
            print(f"{stem}: TEI unreadable: {e}")
            continue
        body = root.find(f"{TEI}text/{TEI}body")
        notes = set()
        for n in body.iter(f"{TEI}note"):
            notes.update(id(x) for x in n.iter())
        paras = [norm(text_of(p)) for p in body.iter(f"{TEI}p") if id(p) not in notes]
        starts = [norm(s)[:10] for s in g.get("paragraph_starts", [])]
        back = [norm(s)[:10] for s in g.get("back_paragraph_starts", [])]
        hit = sum(1 for s in starts if any(p.startswith(s) for p in paras))
        extra = [p for p in paras if p and not any(p.startswith(s) for s in starts + back)]
        tot["para_hit"] += hit
        tot["para_tot"] += len(starts)
        tot["para_extra"] += len(extra)
        print(f"{stem}: paragraphs {hit}/{len(starts)} gold starts found; {len(extra)} body <p> start no gold paragraph")
        for p in extra:
            print(f"    extra <p>: {p[:50]}")
        heads = [norm(text_of(h)) for h in body.iter(f"{TEI}head")]
        probes = []
        for pn in g.get("page_numbers", []):
            printed = norm(pn)
            if printed.isdigit():
                probes.append(("page number", printed * 4, "contains"))
                probes.append(("page number", printed, "equals"))
            else:
                probes.append(("page number", printed, "contains"))
        if g.get("running_header"):
            probes.append(("running header", norm(g["running_header"]), "contains"))
        if g.get("affiliation"):
            probes.append(("affiliation", norm(g["affiliation"]), "contains"))
        for kind, s, how in probes:
            for where, items in (("<p>", paras), ("<head>", heads)):
                for t in items:
                    bad = (s in t) if how == "contains" else t == s
                    if bad:
                        tot["leaks"] += 1
                        print(f"    leak: {kind} {s!r} in {where} {t[:60]!r}")
        hd = heads_with_depth(body)
        gl = [(norm(h["text"]), h["level"]) for h in g.get("headings", [])]
        got = {}
        for t, d in hd:
            got.setdefault(t, d)
        for (t1, l1), (t2, l2) in zip(gl, gl[1:]):
            if t1 in got and t2 in got:
                tot["nest_tot"] += 1
                want = (l2 > l1) - (l2 < l1)
                have = (got[t2] > got[t1]) - (got[t2] < got[t1])
                if want != have:
                    tot["nest_bad"] += 1
                    print(f"    nesting: {t1[:20]} (L{l1}, depth {got[t1]}) -> {t2[:20]} (L{l2}, depth {got[t2]})")
    print(f"TOTAL paragraphs {tot['para_hit']}/{tot['para_tot']} found, {tot['para_extra']} extra <p>; "
          f"{tot['leaks']} leaks; nesting {tot['nest_tot'] - tot['nest_bad']}/{tot['nest_tot']} heading steps right")


if __name__ == "__main__":
    main()
