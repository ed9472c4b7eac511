#!/usr/bin/python3
"""Score each real document against its hand-written gold, one row per document.

usage: real_scores.py --gold tests/real-gold --out OUT [--floors FLOORS.json] [--write-floors]

For every gold file G.json whose G.tei.xml is in OUT, the figures of score.py
(the project's copy of ../shared/tools/score.py) are computed for that
document alone. With --floors, each figure must be at or above the floor
recorded for that document (a floor is the figure reached when it was last
raised: a change that lowers one fails). --write-floors records the current
figures as the new floors. Documents whose output is absent are named.
"""
import argparse, json, math, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

FIGURES = ["headings", "title_author", "note_refs", "note_texts", "page_numbers_removed", "tables_found",
           "tables_exact", "table_cells", "citations_found", "citation_note_link", "citation_field_f1"]


def score_one(gold_path, out_dir, stem):
    sc, log = score.Score(), []
    gold = json.load(open(gold_path, encoding="utf-8"))
    score.score_tei(gold, out_dir, stem, sc, log)
    score.score_tables(gold, out_dir, stem, sc, log)
    score.score_notes(gold, out_dir, stem, sc, log)
    score.score_citations(gold, out_dir, stem, sc, log)
    figures = {k: sc.ratio(k) for k in sc.tot if sc.ratio(k) is not None}
    p, r = sc.ratio("field_precision"), sc.ratio("field_recall")
    if p is not None or r is not None:
        p, r = p or 0, r or 0
        figures["citation_field_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    counts = {k: f"{sc.hit[k]}/{sc.tot[k]}" for k in sc.tot}
    return figures, counts, log


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--floors")
    ap.add_argument("--write-floors", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    floors = json.load(open(a.floors)) if a.floors and os.path.exists(a.floors) else {}
    new_floors, failures, absent = {}, [], []
    print(f"{'document':40s} " + " ".join(f"{k[:10]:>10s}" for k in FIGURES))
    for g in sorted(f for f in os.listdir(a.gold) if f.endswith(".json") and not f.startswith("floors")):
        stem = g[:-5]
        if not os.path.exists(os.path.join(a.out, f"{stem}.tei.xml")):
            absent.append(stem)
            continue
        figures, counts, log = score_one(os.path.join(a.gold, g), a.out, stem)
        new_floors[stem] = {k: math.floor(v * 10000) / 10000 for k, v in figures.items() if k in FIGURES}
        print(f"{stem:40s} " + " ".join(f"{figures[k]:>10.1%}" if k in figures else f"{'-':>10s}" for k in FIGURES))
        if a.verbose:
            print("    " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
            for line in log:
                print("    " + line)
        for k, floor in floors.get(stem, {}).items():
            if figures.get(k, 0.0) + 1e-9 < floor:
                failures.append(f"{stem}: {k} {figures.get(k, 0.0):.1%} < floor {floor:.1%}")
    if absent:
        print(f"note: no output for {len(absent)} gold document(s) (input not available here): {', '.join(absent)}")
    if a.write_floors and a.floors:
        merged = dict(floors)
        merged.update(new_floors)
        json.dump(merged, open(a.floors, "w"), indent=1, sort_keys=True)
        print(f"floors written to {a.floors}")
    if failures:
        print("FAIL: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
