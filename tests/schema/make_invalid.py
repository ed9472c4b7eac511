#!/usr/bin/env python3
"""Derive the invalid-*.tei.xml variants from valid.tei.xml, one fault each.

Run from this folder after editing valid.tei.xml. Each variant must be
rejected by schemas/shiryo-tei.rng (check with jing or xmllint --relaxng).
"""
VARIANTS = {
    # a cell directly in a table (also invalid in tei_all.rng)
    'invalid-cell-in-table.tei.xml':
        ('<note type="source">', '<cell>はみ出したセル</cell>\n          <note type="source">'),
    # a note reference without its number
    'invalid-ref-without-n.tei.xml':
        ('<ref type="note" n="2">2</ref>', '<ref type="note">2</ref>'),
    # a note without @place
    'invalid-note-without-place.tei.xml':
        ('<note xml:id="note-3" n="3" place="foot">', '<note xml:id="note-3" n="3">'),
    # a table without @rows
    'invalid-table-without-rows.tei.xml':
        ('<table xml:id="table-1" n="1" rows="3" cols="3">', '<table xml:id="table-1" n="1" cols="3">'),
    # a table without its caption
    'invalid-table-without-head.tei.xml':
        ('<head>表１　国連総会決議の投票結果<ref type="note" n="3" target="#note-3">3</ref></head>', ''),
    # a paragraph after a sub-division (also invalid in tei_all.rng)
    'invalid-p-after-div.tei.xml':
        ('        <pb n="4"/>\n      </div>', '        <p>後置きの段落</p>\n      </div>'),
}

source = open('valid.tei.xml', encoding='utf-8').read()
for name, (old, new) in VARIANTS.items():
    assert source.count(old) >= 1, f'{name}: valid.tei.xml lacks {old!r}'
    with open(name, 'w', encoding='utf-8') as out:
        out.write(source.replace(old, new, 1))
