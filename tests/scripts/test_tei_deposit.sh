#!/usr/bin/env bash
# TEI for deposit: encodingDesc/appInfo/application names shiryo and its
# version, sourceDesc names the converted file and its SHA-256, pb/@n holds
# the printed page number where the text prints one; jing checks the result
# against shiryo-tei.rng and tei_all.rng.
source "$(dirname "$0")/common.sh"
IN="$SRC/fixtures/002_dfad6d2067cbb0c1.txt"
"$SHIRYO" convert "$IN" -o "$WORK/o" -q > /dev/null
TEI="$WORK/o/002_dfad6d2067cbb0c1.tei.xml"
version=$("$SHIRYO" --version | awk '{print $2}')
sum=$(sha256sum "$IN" | cut -d' ' -f1)
$PY - "$TEI" "$version" "$sum" <<'PY' || fail "TEI header for deposit"
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://www.tei-c.org/ns/1.0"}
root = ET.parse(sys.argv[1]).getroot()
app = root.find("t:teiHeader/t:encodingDesc/t:appInfo/t:application", ns)
bad = 0
if app is None or app.get("ident") != "shiryo" or app.get("version") != sys.argv[2]:
    print("no application shiryo", sys.argv[2]); bad += 1
ids = {i.get("type"): i.text for i in root.findall("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:idno", ns)}
if ids.get("filename") != "002_dfad6d2067cbb0c1.txt": print("filename", ids.get("filename")); bad += 1
if ids.get("sha256") != sys.argv[3]: print("sha256", ids.get("sha256"), "!=", sys.argv[3]); bad += 1
sys.exit(1 if bad else 0)
PY
jing "$SRC/schemas/shiryo-tei.rng" "$TEI" || fail "jing: not valid against shiryo-tei.rng"
TEI_ALL="$SRC/schemas/tei_all.rng"
for d in "$SRC/../shared/schemas" "$SRC/../../shared/schemas"; do [ -f "$d/tei_all.rng" ] && TEI_ALL="$d/tei_all.rng" && break; done
jing "$TEI_ALL" "$TEI" || fail "jing: not valid against tei_all.rng"
# Printed page numbers: a real text that prints them, when the shared texts are here.
for d in "$SRC/../shared/real" "$SRC/../../shared/real"; do
  f="$d/mic_meti_ai_guideline_draft_2024.txt"
  if [ -f "$f" ]; then
    "$SHIRYO" convert "$f" -o "$WORK/real" -q > /dev/null || true
    grep -q '<pb n="[0-9]' "$WORK/real/mic_meti_ai_guideline_draft_2024.tei.xml" || fail "no pb/@n on a text with printed page numbers"
    jing "$TEI_ALL" "$WORK/real/mic_meti_ai_guideline_draft_2024.tei.xml" || fail "jing: real text not valid against tei_all"
    break
  fi
done
echo "ok: tei for deposit"
