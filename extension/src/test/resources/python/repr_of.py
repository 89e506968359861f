"""Prints Python's own repr of each argument, as the hex of its UTF-8 bytes, one line each.

Usage: repr_of.py str|bytes ARG...  An argument lists its code points (str) or bytes (bytes) in
hex, comma-separated, so that any str, lone surrogates included, and any bytes can be passed.
"""
import sys


def decode(kind, arg):
    items = [int(h, 16) for h in arg.split(",")] if arg else []
    return "".join(map(chr, items)) if kind == "str" else bytes(items)


kind = sys.argv[1]
for arg in sys.argv[2:]:
    print(repr(decode(kind, arg)).encode("utf-8").hex())
