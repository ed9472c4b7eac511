#!/usr/bin/env python3
"""A screenshot is a PNG of the given width whose pixels are not all alike
(the page was painted). Usage: check_png.py FILE WIDTH"""
import struct, sys, zlib

path, width = sys.argv[1], int(sys.argv[2])
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"{path}: not a PNG")
w, h = struct.unpack(">II", data[16:24])
if w != width:
    sys.exit(f"{path}: {w} pixels wide, expected {width}")
idat, i = b"", 8
while i < len(data):
    n, kind = struct.unpack(">I4s", data[i:i + 8])
    if kind == b"IDAT":
        idat += data[i + 8:i + 8 + n]
    i += 12 + n
raw = zlib.decompress(idat)
distinct = len(set(raw[k:k + 3] for k in range(0, min(len(raw), 4_000_000), 997)))
print(f"{path}: {w}x{h}, {distinct} distinct samples")
if distinct < 8:
    sys.exit(f"{path}: the screenshot is blank")
