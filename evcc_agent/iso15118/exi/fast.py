"""Helpers for the generated straight-line codec functions (the fast path).

The generated code keeps the stream as one big integer ``V`` of ``N`` bits and a bit position
``p`` in local variables; the encoder appends to an integer ``a`` that starts with a sentinel
1 bit. Any irregularity raises (``Bad``, ``ValueError`` from a negative shift at the end of the
stream, ``IndexError``/``KeyError`` from tables); the caller then reruns the table-driven
codec, which produces the precise typed error.
"""

from __future__ import annotations

import base64
from typing import Any

MAX_UINT_OCTETS = 24  # as runtime.MAX_UINT_OCTETS


class Bad(Exception):
    """Internal: the fast path met something it does not handle; use the slow path."""


def uint_more(V: int, N: int, p: int, first: int) -> tuple[int, int]:
    """Rest of a multi-octet unsigned integer whose first octet (with bit 7 set) was read."""
    val = first & 0x7F
    shift = 7
    for _ in range(MAX_UINT_OCTETS):
        b = (V >> (N - p - 8)) & 0xFF
        p += 8
        val |= (b & 0x7F) << shift
        if b < 0x80:
            return val, p
        shift += 7
    raise Bad


def uint_r(V: int, N: int, p: int) -> tuple[int, int]:
    b = (V >> (N - p - 8)) & 0xFF
    p += 8
    if b < 0x80:
        return b, p
    return uint_more(V, N, p, b)


def str_r(r: Any, V: int, N: int, p: int, qid: int) -> tuple[str, int]:
    """String value: table hits go to the reader's tables; literals are added to them."""
    n, p = uint_r(V, N, p)
    if n < 2:
        table = r.ltable.get(qid) if n == 0 else r.gtable
        if not table:
            raise Bad
        w = (len(table) - 1).bit_length()
        idx = (V >> (N - p - w)) & ((1 << w) - 1)
        return table[idx], p + w
    length = n - 2
    if length * 8 > N - p:
        raise Bad
    if length == 0:
        return "", p
    nb = length * 8
    raw = ((V >> (N - p - nb)) & ((1 << nb) - 1)).to_bytes(length, "big")
    if raw.isascii():
        s = raw.decode("ascii")
        p += nb
    else:
        chars = []
        for _ in range(length):
            c, p = uint_r(V, N, p)
            chars.append(chr(c))  # ValueError beyond U+10FFFF
        s = "".join(chars)
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in s):
            raise Bad
    r.gtable.append(s)
    lt = r.ltable.get(qid)
    if lt is None:
        r.ltable[qid] = [s]
    else:
        lt.append(s)
    return s, p


def bin_r(V: int, N: int, p: int) -> tuple[bytes, int]:
    length, p = uint_r(V, N, p)
    nb = length * 8
    if nb > N - p:
        raise Bad
    if not length:
        return b"", p
    return ((V >> (N - p - nb)) & ((1 << nb) - 1)).to_bytes(length, "big"), p + nb


def uint_w(a: int, v: int) -> int:
    while v >= 0x80:
        a = (a << 8) | (v & 0x7F) | 0x80
        v >>= 7
    return (a << 8) | v


def str_w(a: int, s: Any, maxlen: int) -> int:
    """String literal (ISO 15118 encoders never use string-table hits)."""
    if type(s) is not str or (maxlen >= 0 and len(s) > maxlen):
        raise Bad
    n = len(s)
    a = uint_w(a, n + 2)
    if s.isascii():
        if n:
            a = (a << (8 * n)) | int.from_bytes(s.encode("ascii"), "big")
        return a
    for ch in s:
        a = uint_w(a, ord(ch))
    return a


def bytes_w(a: int, b: bytes, maxlen: int) -> int:
    if maxlen >= 0 and len(b) > maxlen:
        raise Bad
    n = len(b)
    a = uint_w(a, n)
    if n:
        a = (a << (8 * n)) | int.from_bytes(b, "big")
    return a


def hex_w(a: int, s: Any, maxlen: int) -> int:
    if type(s) is bytes:
        return bytes_w(a, s, maxlen)
    if type(s) is not str:
        raise Bad
    return bytes_w(a, bytes.fromhex(s), maxlen)


def b64_w(a: int, s: Any, maxlen: int) -> int:
    if type(s) is bytes:
        return bytes_w(a, s, maxlen)
    if type(s) is not str:
        raise Bad
    return bytes_w(a, base64.b64decode(s, validate=True), maxlen)


def b64_s(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def interp_d(r: Any, gid: int, qid: int, p: int) -> tuple[Any, int]:
    """Decode one element with the table-driven decoder (grammars without a fast path)."""
    r.pos = p
    v = r.element(gid, qid)
    return v, r.pos


def interp_e(g: Any, gid: int, qid: int, v: Any, a: int) -> int:
    """Encode one element with the table-driven encoder and append its bits to ``a``."""
    from .runtime import _Writer

    w = _Writer(g)
    w.element(gid, qid, v)
    nbits = len(w.out) * 8 + w.n
    value = (int.from_bytes(w.out, "big") << w.n) | w.acc
    return (a << nbits) | value
