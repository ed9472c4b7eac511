#!/usr/bin/python3
"""Check that S.xlsx holds exactly what the CSVs hold.

usage: xlsx_matches_csv.py OUT_DIR STEM

The workbook must have one sheet per table CSV (S.table-1.csv, ... in
order), then the sheets Votes, Notes and Citations for the CSVs that exist,
and nothing else. Every sheet must equal its CSV cell for cell:
  - an empty sheet cell is an empty CSV field;
  - a number in the sheet must equal float() of the CSV text;
  - a text cell must equal the CSV text exactly (after undoing OOXML's
    _xHHHH_ escapes of control characters, as Excel does);
  - trailing empty cells of a row do not count (a sheet cannot tell them
    from missing ones).
And where the CSV's CSVW metadata declares a numeric column, every non-null
body cell of it must be a number in the sheet, not text.

Exit status 0 when all matches, 1 with a list of differences otherwise.
Uses /usr/bin/python3 because Debian's python3-openpyxl lives there.
"""
import csv
import json
import os
import re
import sys

import openpyxl

TIDY_SHEETS = [("votes", "Votes"), ("notes", "Notes"), ("citations", "Citations")]
NUMERIC_TYPES = {"number", "integer", "decimal", "double", "float", "long", "int",
                 "short", "byte", "nonNegativeInteger", "positiveInteger",
                 "nonPositiveInteger", "negativeInteger", "unsignedLong",
                 "unsignedInt", "unsignedShort", "unsignedByte"}
MAX_REPORTED = 20


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [list(r) for r in csv.reader(f)]


def table_csvs(out, stem):
    pattern = re.compile(re.escape(stem) + r"\.table-(\d+)\.csv$")
    found = []
    for name in os.listdir(out):
        m = pattern.match(name)
        if m:
            found.append((int(m.group(1)), name))
    return [name for _, name in sorted(found)]


def trimmed(cells, empty):
    cells = list(cells)
    while cells and empty(cells[-1]):
        cells.pop()
    return cells


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# OOXML writes control characters as _xHHHH_ (libxlsxwriter does so for CR
# and the like) and a literal "_xHHHH_" as "_x005F_xHHHH_". Excel reads
# both back; openpyxl 3.0 only drops the "x005F_", so a text cell matches
# when either it or its Excel reading equals the CSV text.
OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def excel_text(value):
    return OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def cell_differs(value, text):
    """None when the sheet value equals the CSV text, else a description."""
    if value is None:
        return None if text == "" else "sheet empty"
    if is_number(value):
        try:
            return None if float(text) == float(value) else "number differs"
        except ValueError:
            return "sheet has a number, CSV has text"
    if isinstance(value, str):
        return None if text in (value, excel_text(value)) else "text differs"
    return f"sheet holds a {type(value).__name__}"


def numeric_columns(metadata_path):
    """(header row count, {column index: null texts}) of the numeric columns."""
    if not os.path.exists(metadata_path):
        return 0, {}
    with open(metadata_path, encoding="utf-8") as f:
        meta = json.load(f)
    dialect = meta.get("dialect", {})
    header_rows = dialect.get("headerRowCount", 1 if dialect.get("header", True) else 0)
    numeric = {}
    for i, column in enumerate(meta.get("tableSchema", {}).get("columns", [])):
        datatype = column.get("datatype", "string")
        base = datatype.get("base", "string") if isinstance(datatype, dict) else datatype
        if base in NUMERIC_TYPES:
            nulls = column.get("null", [""])
            numeric[i] = set([nulls] if isinstance(nulls, str) else nulls)
    return header_rows, numeric


def compare_sheet(sheet, csv_path, problems):
    name = sheet.title
    want = read_csv(csv_path)
    got = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_rows, numeric = numeric_columns(csv_path + "-metadata.json")
    for r in range(max(len(want), len(got))):
        w = trimmed(want[r] if r < len(want) else [], lambda t: t == "")
        g = trimmed(got[r] if r < len(got) else [], lambda v: v is None)
        if len(w) != len(g):
            problems.append(f"{name} row {r + 1}: {len(g)} cells in the sheet, {len(w)} in the CSV")
            continue
        for c, (value, text) in enumerate(zip(g, w)):
            why = cell_differs(value, text)
            if why:
                problems.append(f"{name} row {r + 1} col {c + 1}: {why}: sheet {value!r}, CSV {text!r}")
            elif r >= header_rows and c in numeric and text not in numeric[c] and not is_number(value):
                problems.append(f"{name} row {r + 1} col {c + 1}: numeric column holds text {value!r}")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out, stem = sys.argv[1], sys.argv[2]
    expected = [(None, os.path.join(out, n)) for n in table_csvs(out, stem)]
    for kind, sheet_name in TIDY_SHEETS:
        path = os.path.join(out, f"{stem}.{kind}.csv")
        if os.path.exists(path):
            expected.append((sheet_name, path))

    xlsx = os.path.join(out, f"{stem}.xlsx")
    if not os.path.exists(xlsx):
        if expected:
            print(f"{stem}: {len(expected)} CSVs but no {stem}.xlsx")
            return 1
        print(f"{stem}: no CSVs and no workbook: nothing to compare")
        return 0

    workbook = openpyxl.load_workbook(xlsx)
    sheets = workbook.worksheets
    problems = []
    if len(sheets) != len(expected):
        problems.append(f"{len(sheets)} sheets {workbook.sheetnames}, expected {len(expected)}")
    for sheet, (wanted_name, csv_path) in zip(sheets, expected):
        if wanted_name and sheet.title != wanted_name:
            problems.append(f"sheet {sheet.title!r} where {wanted_name!r} was expected")
        compare_sheet(sheet, csv_path, problems)

    if problems:
        print(f"{stem}: {len(problems)} differences between {stem}.xlsx and its CSVs")
        for p in problems[:MAX_REPORTED]:
            print("  " + p)
        if len(problems) > MAX_REPORTED:
            print(f"  ... and {len(problems) - MAX_REPORTED} more")
        return 1
    print(f"{stem}: {len(sheets)} sheets match their CSVs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
