#!/usr/bin/env bash
# CSV for Excel: the default is RFC 4180 UTF-8 without BOM; --csv-bom adds
# the BOM and nothing else; --excel adds the BOM and guards formula-like
# cells with a ' (OWASP), leaving plain negative numbers as they are.
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/in"
# A table with a formula-like cell, signed numbers and text.
cat > "$WORK/in/doc.txt" <<'TXT'
各国の指標をまとめたのが表 1である。

表 1 主要国の指標

国名      増減      備考
中国      +7.2      =SUM(A1:A3)
日本      -3.8      @mention
韓国      1.5       なし
台湾      2.5       なし

（出所）筆者作成。

表 1からは、中国の増加が分かる。
TXT
"$SHIRYO" convert "$WORK/in/doc.txt" -o "$WORK/plain" -q > /dev/null
"$SHIRYO" convert "$WORK/in/doc.txt" -o "$WORK/bom" -q --csv-bom > /dev/null
"$SHIRYO" convert "$WORK/in/doc.txt" -o "$WORK/excel" -q --excel > /dev/null
"$SHIRYO" --help > /dev/null
"$SHIRYO" convert --help | grep -q -- '--excel' || fail "--excel not in convert --help"
"$SHIRYO" convert --help | grep -q -- '--csv-bom' || fail "--csv-bom not in convert --help"
ls "$WORK/plain"/*.csv > /dev/null 2>&1 || fail "no CSV written"
$PY - "$WORK" <<'PY' || fail "CSV for spreadsheets"
import csv, glob, io, os, sys
w = sys.argv[1]
bad = 0
names = sorted(os.path.basename(p) for p in glob.glob(f"{w}/plain/*.csv"))
def rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
for n in names:
    plain = open(f"{w}/plain/{n}", "rb").read()
    bom = open(f"{w}/bom/{n}", "rb").read()
    excel = open(f"{w}/excel/{n}", "rb").read()
    if plain.startswith(b"\xef\xbb\xbf"): print(n, "default CSV has a BOM"); bad += 1
    if bom != b"\xef\xbb\xbf" + plain: print(n, "--csv-bom is not the BOM plus the default CSV"); bad += 1
    if not excel.startswith(b"\xef\xbb\xbf"): print(n, "--excel without BOM"); bad += 1
    p, e = rows(plain), rows(excel)
    if len(p) != len(e): print(n, "row counts differ"); bad += 1; continue
    for pr, er in zip(p, e):
        for pc, ec in zip(pr, er):
            risky = pc[:1] in ("=", "+", "-", "@", "\t", "\r")
            plain_negative = pc.startswith("-") and pc[1:].replace(".", "", 1).isdigit()
            want = "'" + pc if risky and not plain_negative else pc
            if ec != want: print(n, repr(pc), "->", repr(ec), "want", repr(want)); bad += 1
table = open(f"{w}/excel/doc.table-1.csv", "rb").read().decode("utf-8-sig") if os.path.exists(f"{w}/excel/doc.table-1.csv") else ""
for needle in ("'+7.2", "'=SUM(A1:A3)", "'@mention", "-3.8"):
    if needle not in table: print("table CSV lacks", needle); bad += 1
print(f"{len(names)} CSVs, {bad} problems")
sys.exit(1 if bad else 0)
PY
echo "ok: csv for excel"
