#!/usr/bin/env bash
# BibTeX as biblatex, pandoc and Zotero read it: langid (not language),
# web pages as @online, news items with entrysubtype newspaper and a
# journaltitle, ISO dates. pandoc (when installed) reads the .bib back: every
# item keeps the type, date and container of shiryo's own CSL-JSON.
source "$(dirname "$0")/common.sh"
S=002_dfad6d2067cbb0c1
"$SHIRYO" convert "$SRC/fixtures/$S.txt" -o "$WORK/o" -q > /dev/null
BIB="$WORK/o/$S.bib"
grep -q '^  language = ' "$BIB" && fail "language field (biblatex prints it): use langid"
grep -q '^  langid = {japanese},' "$BIB" || fail "no langid japanese"
grep -q '^  langid = {russian},' "$BIB" || fail "no langid russian"
grep -q '^@online{' "$BIB" || fail "web pages are not @online"
grep -q '^  journaltitle = ' "$BIB" || fail "news items without journaltitle"
grep -q '^  date = {[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]},' "$BIB" || fail "no ISO date"
grep -q '^  month = ' "$BIB" && fail "month macro beside the ISO date"
if command -v pandoc > /dev/null; then
  pandoc "$BIB" -f biblatex -t csljson -o "$WORK/from-bib.json"
  $PY - "$WORK/o/$S.csl.json" "$WORK/from-bib.json" <<'PY' || fail "pandoc reads another bibliography from the .bib"
import json, sys
ours = {i["id"]: i for i in json.load(open(sys.argv[1], encoding="utf-8"))}
read = {i["id"]: i for i in json.load(open(sys.argv[2], encoding="utf-8"))}
bad = 0
if set(ours) != set(read):
    print("ids differ:", sorted(set(ours) ^ set(read))); bad += 1
for k, o in ours.items():
    r = read.get(k, {})
    # Types pandoc maps back one to one (others fall back to generic ones).
    if o["type"] in ("webpage", "article-newspaper", "chapter", "book", "report") and r.get("type") != o["type"]:
        print(k, "type", o["type"], "read back as", r.get("type")); bad += 1
    if "issued" in o and "date-parts" in o["issued"] and r.get("issued", {}).get("date-parts") != o["issued"]["date-parts"]:
        print(k, "date", o["issued"], "read back as", r.get("issued")); bad += 1
    if o["type"] == "article-newspaper" and not r.get("container-title"):
        print(k, "news item without its paper"); bad += 1
    lang = o.get("language")
    if lang in ("ja", "en", "ru") and not str(r.get("language", "")).startswith(lang):
        print(k, "language", lang, "read back as", r.get("language")); bad += 1
print(f"pandoc read {len(read)} of {len(ours)} entries, {bad} problems")
sys.exit(1 if bad else 0)
PY
else
  echo "pandoc not installed: BibTeX checked by its text only"
fi
echo "ok: bibtex"
