#!/usr/bin/python3
"""Benchmark shiryo: linear time in the input, and the cost of validation.

usage: bench/bench.py [BUILD/shiryo] [--repeat N]

1. Scaling: each fixture concatenated 1, 4, 16 and 64 times is converted
   (--no-validate); time per MB should stay flat if the pipeline is linear.
2. Validation: 100 fixture copies converted with and without validation,
   best of N runs each; the overhead must stay under 20%.
3. PDF reader: pages per second of `shiryo convert X.pdf --no-validate`
   (reader and whole pipeline) next to `pdftotext X.pdf` (text only) on the
   same files: fixtures/*.pdf and ../shared/real/*.pdf (pdfinfo counts pages).
Prints a table; writes nothing but temporary files. A benchmark, not a test:
run it by hand (figures go into the issue notes).
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_time(cmd, repeat):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t)
    return best


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shiryo = args[0] if args else os.path.join(ROOT, "build", "shiryo")
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 5
    fixtures = sorted(os.path.join(ROOT, "fixtures", f) for f in os.listdir(os.path.join(ROOT, "fixtures")))
    work = tempfile.mkdtemp()
    try:
        print("scaling (--no-validate): copies, MB, seconds, seconds per MB")
        src = "".join(open(f, encoding="utf-8").read() for f in fixtures)
        for n in (1, 4, 16, 64):
            path = os.path.join(work, f"big{n}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(src * n)
            mb = os.path.getsize(path) / 1e6
            t = best_time([shiryo, "convert", path, "-o", os.path.join(work, "o"), "-q", "--no-validate"], max(1, repeat // 2))
            print(f"  {n:3d}  {mb:7.2f}  {t:7.3f}  {t / mb:7.3f}")
        # A batch of 100 documents (each fixture 20 times under other names):
        # the schemas are compiled once per run, as in real use.
        batch = os.path.join(work, "batch")
        os.makedirs(batch)
        for k in range(20):
            for f in fixtures:
                shutil.copy(f, os.path.join(batch, f"{k:02d}-{os.path.basename(f)}"))
        print("validation on a batch of 100 fixture copies: seconds (best of %d)" % repeat)
        base = best_time([shiryo, "convert", batch, "-o", os.path.join(work, "v"), "-q", "--no-validate"], repeat)
        val = best_time([shiryo, "convert", batch, "-o", os.path.join(work, "v"), "-q"], repeat)
        print(f"  without {base:.3f}  with {val:.3f}  overhead {100 * (val - base) / base:.1f}%")
        pdfs = sorted(glob.glob(os.path.join(ROOT, "fixtures", "*.pdf")) +
                      glob.glob(os.path.join(ROOT, "..", "shared", "real", "*.pdf")))
        if pdfs and shutil.which("pdftotext") and shutil.which("pdfinfo"):
            print("PDF reader: pages, shiryo pages/s (read + pipeline), pdftotext pages/s (text only)")
            tot_pages = tot_s = tot_p = 0.0
            for pdf in pdfs:
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                pages = next((int(l.split()[1]) for l in info.splitlines() if l.startswith("Pages:")), 0)
                ts = best_time([shiryo, "convert", pdf, "-o", os.path.join(work, "p"), "-q", "--no-validate"], repeat)
                tp = best_time(["pdftotext", pdf, os.path.join(work, "p.txt")], repeat)
                tot_pages, tot_s, tot_p = tot_pages + pages, tot_s + ts, tot_p + tp
                print(f"  {os.path.basename(pdf)[:40]:40s} {pages:4d}  {pages / ts:8.1f}  {pages / tp:8.1f}")
            print(f"  {'all':40s} {int(tot_pages):4d}  {tot_pages / tot_s:8.1f}  {tot_pages / tot_p:8.1f}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
