"""Citation keys agree across formats and are unique across documents.

Usage: check_keys.py OUTDIR STEM...  For each stem: the CSL-JSON ids, the
BibTeX keys, the RIS IDs and the TEI biblStruct xml:ids are the same set;
no key is used by two documents."""
import json
import re
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def main(out, stems):
    seen = {}
    bad = 0
    for stem in stems:
        base = f"{out}/{stem}"
        csl = [item["id"] for item in json.load(open(base + ".csl.json", encoding="utf-8"))]
        bib = re.findall(r"^@\w+\{([^,\s]+),", open(base + ".bib", encoding="utf-8").read(), re.M)
        ris = re.findall(r"^ID  - (.*?)\r?$", open(base + ".ris", encoding="utf-8").read(), re.M)
        tei = [e.get(XML_ID) for e in ET.parse(base + ".tei.xml").iter(TEI + "biblStruct")]
        for name, keys in (("bib", bib), ("ris", ris), ("tei", tei)):
            if keys != csl:
                print(f"{stem}: {name} keys {keys} differ from CSL ids {csl}")
                bad += 1
        if len(set(csl)) != len(csl):
            print(f"{stem}: duplicate keys within the document")
            bad += 1
        for k in csl:
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", k):
                print(f"{stem}: key {k!r} is not a plain ASCII key")
                bad += 1
            if k in seen:
                print(f"{stem}: key {k} is also used by {seen[k]}")
                bad += 1
            seen[k] = stem
    print(f"{len(seen)} keys in {len(stems)} documents, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
