#!/usr/bin/env bash
# cmake --install into a temporary prefix: the binary, the schemas in
# share/shiryo/schemas and the man page; the installed binary, moved to
# another place and run from another folder, finds its own schemas.
source "$(dirname "$0")/common.sh"
BUILD=$(cd "$(dirname "$SHIRYO")" && pwd)
cmake --install "$BUILD" --prefix "$WORK/prefix" > "$WORK/install.log"
for f in bin/shiryo share/shiryo/schemas/shiryo-tei.rng share/shiryo/schemas/tei_all.rng \
         share/shiryo/schemas/csl-data.json share/man/man1/shiryo.1; do
  [ -s "$WORK/prefix/$f" ] || fail "cmake --install did not install $f"
done
if command -v man > /dev/null; then
  man -l "$WORK/prefix/share/man/man1/shiryo.1" 2>/dev/null | grep -q "SHIRYO_SCHEMA_DIR" || fail "the man page does not render"
fi
# Move the installation (as a copied binary would be) and run it elsewhere.
mv "$WORK/prefix" "$WORK/moved"
mkdir -p "$WORK/elsewhere"
cp "$SRC/fixtures/002_dfad6d2067cbb0c1.txt" "$WORK/elsewhere/doc.txt"
cd "$WORK/elsewhere"
env -u SHIRYO_SCHEMA_DIR "$WORK/moved/bin/shiryo" convert doc.txt -o out -q > /dev/null || fail "the installed binary exits $?"
[ -s out/doc.tei.xml ] && [ -s out/doc.bib ] || fail "the installed binary wrote no outputs"
env -u SHIRYO_SCHEMA_DIR "$WORK/moved/bin/shiryo" validate out/doc.tei.xml > /dev/null || fail "installed validate"
# It uses the installed schemas, not the source tree's nor the environment's: a
# schema that admits no TEI in the installation makes the TEI invalid (exit 3).
cp "$WORK/moved/share/shiryo/schemas/shiryo-tei.rng" "$WORK/keep.rng"
cat > "$WORK/moved/share/shiryo/schemas/shiryo-tei.rng" <<'RNG'
<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="nothing"><empty/></element></start></grammar>
RNG
set +e
SHIRYO_SCHEMA_DIR="$SRC/schemas" "$WORK/moved/bin/shiryo" convert doc.txt -o out2 -q > /dev/null 2>&1
rc=$?
set -e
[ $rc -eq 3 ] || fail "the installed binary does not read its installed schemas (exit $rc)"
cp "$WORK/keep.rng" "$WORK/moved/share/shiryo/schemas/shiryo-tei.rng"
# Without an installation beside it, SHIRYO_SCHEMA_DIR is used.
cp "$WORK/moved/bin/shiryo" "$WORK/lone-shiryo"
mkdir -p "$WORK/empty"
set +e
SHIRYO_SCHEMA_DIR="$WORK/empty" "$WORK/lone-shiryo" convert doc.txt -o out3 -q > /dev/null 2>&1
rc=$?
set -e
[ $rc -eq 3 ] || fail "SHIRYO_SCHEMA_DIR is not used by a binary without installed schemas (exit $rc)"
SHIRYO_SCHEMA_DIR="$WORK/moved/share/shiryo/schemas" "$WORK/lone-shiryo" convert doc.txt -o out4 -q > /dev/null \
  || fail "SHIRYO_SCHEMA_DIR with good schemas"
"$WORK/moved/bin/shiryo" --help | grep -q "SHIRYO_SCHEMA_DIR" || fail "--help does not name SHIRYO_SCHEMA_DIR"
echo "ok: install"
