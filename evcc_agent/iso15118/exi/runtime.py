"""EXI 1.0 bit-packed body codec driven by the generated grammar tables.

One :class:`Grammars` object per namespace (built lazily from its generated module). The
decoder never allocates from an unchecked length: every length is compared with the bits
left, and every loop consumes at least one bit or one input item.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from .errors import ExiDecodeError, ExiEncodeError, ExiError

P_AT, P_SE, P_EE, P_CH, P_SEW, P_CHU = 0, 1, 2, 3, 4, 5
D_STR, D_BOOL, D_INT, D_UINT, D_NBIT, D_ENUM, D_HEX, D_B64 = 0, 1, 2, 3, 4, 5, 6, 7

MAX_DEPTH = 64
MAX_UINT_OCTETS = 24  # 168 bits: an X509SerialNumber may be 20 octets (RFC 5280)
HEADER_BYTE = 0x80  # '10' distinguishing bits, no options, final version 1


def _nbits(n: int) -> int:
    """Width of an n-bit unsigned integer able to index n entries (ceil(log2 n))."""
    return (n - 1).bit_length() if n > 1 else 0


class State:
    """One grammar state with its first-level productions in event-code order."""

    __slots__ = ("by_name", "ch", "ee", "prods", "width")

    def __init__(self, prods: list[tuple[Any, ...]], qnames: list[tuple[str, str]]) -> None:
        self.prods = prods
        # non-strict: one extra code escapes to second-level events
        self.width = len(prods).bit_length()
        self.ee = -1
        self.ch = -1
        self.by_name: dict[str, int] = {}
        for code, p in enumerate(prods):
            k = p[0]
            if k == P_EE:
                self.ee = code
            elif k == P_CH:
                self.ch = code
            elif k in (P_AT, P_SE):
                self.by_name.setdefault(qnames[p[1]][1], code)


class Grammars:
    """Grammar tables of one namespace, indexed for decoding and encoding."""

    def __init__(self, module: Any) -> None:
        tables = module.TABLES
        self.qnames: list[tuple[str, str]] = [(q[0], q[1]) for q in tables["QNAMES"]]
        self.local_names = [q[1] for q in self.qnames]
        self.dtypes: list[Any] = tables["DTYPES"]
        self.roots: list[tuple[int, int]] = [(q, g) for q, g in tables["ROOTS"]]
        self.root_width = len(self.roots).bit_length()  # n globals + SE(*)
        self.root_by_name = {self.local_names[q]: (i, g) for i, (q, g) in enumerate(self.roots)}
        self.fragments: list[tuple[int, int]] = [(q, g) for q, g in tables["FRAGMENTS"]]
        # FragmentContent: SE(F0..Fn-1), SE(*), ED
        self.frag_width = _nbits(len(self.fragments) + 2)
        self.frag_by_name = {self.local_names[q]: (i, g) for i, (q, g) in enumerate(self.fragments)}
        #: fragment entries whose qname is declared with several types
        self.frag_relaxed: frozenset[int] = frozenset(tables.get("FRAGMENTS_RELAXED", ()))
        self.shapes: list[str] = []
        self.states: list[list[State]] = []
        for shape, states in tables["GRAMMARS"]:
            self.shapes.append(shape)
            self.states.append([State(s, self.qnames) for s in states])
        # states entered through an attribute (the attribute phase of a type grammar)
        self.attr_states: list[set[int]] = [
            {p[3] for st in states for p in st.prods if p[0] == P_AT} for states in self.states
        ]
        self.enum_index = [
            {v: i for i, v in enumerate(dt[1])} if dt[0] == D_ENUM else None for dt in self.dtypes
        ]
        # fast path: generated function sources, compiled per message type on first use
        self._src: dict[int, str] = getattr(module, "SRC", {})
        self._fast_imports: str = getattr(module, "FAST_IMPORTS", "")
        self._enums: str = getattr(module, "ENUMS", "")
        self._ns: dict[str, Any] | None = None
        self.dec_fast: dict[int, Any] = {}
        self.enc_fast: dict[int, Any] = {}

    def warm(self) -> None:
        """Compile the fast path of every root element now (else: on first use of each)."""
        for _qid, gid in self.roots:
            if gid in self._src and gid not in self.dec_fast:
                self.compile_fast(gid)

    def compile_fast(self, gid: int) -> None:
        """Compile the generated functions for grammar gid and all it reaches."""
        if gid not in self._src:
            raise KeyError(gid)
        ns = self._ns
        if ns is None:
            ns = {"G": self}
            exec(self._fast_imports, ns)
            exec(self._enums, ns)
            self._ns = ns
        todo = [gid]
        seen = set()
        sources = []
        while todo:
            x = todo.pop()
            if x in seen or x in self.dec_fast:
                continue
            seen.add(x)
            if x not in self._src:
                continue  # bridged to the table-driven codec
            sources.append(self._src[x])
            for st in self.states[x]:
                for p in st.prods:
                    if p[0] == P_SE:
                        todo.append(p[2])
        exec(compile("\n\n".join(sources), f"<exi fast path {gid}>", "exec"), ns)
        for x in seen:
            if x in self._src:
                self.dec_fast[x] = ns[f"d{x}"]
                self.enc_fast[x] = ns[f"e{x}"]


class _Walk:
    """What the reader and the writer share: the grammars, the path of element names (for
    error messages), and stepping into an element."""

    __slots__ = ("g", "path")

    def __init__(self, g: Grammars) -> None:
        self.g = g
        self.path: list[str] = []

    def fail(self, reason: str) -> ExiError:
        raise NotImplementedError

    def enter(self, gid: int, qid: int) -> list[State]:
        """Step into element ``qid`` (grammar ``gid``): its name joins the path; its states."""
        if len(self.path) >= MAX_DEPTH:
            raise self.fail("element nesting too deep")
        self.path.append(self.g.local_names[qid])
        return self.g.states[gid]


# ---------------------------------------------------------------------------------------------
# decoding


class _Reader(_Walk):
    __slots__ = ("gtable", "ltable", "nbits", "pos", "value")

    def __init__(self, data: bytes, g: Grammars) -> None:
        super().__init__(g)
        self.value = int.from_bytes(data, "big")
        self.nbits = len(data) * 8
        self.pos = 0
        self.gtable: list[str] = []
        self.ltable: dict[int, list[str]] = {}

    def fail(self, reason: str, state: str = "") -> ExiDecodeError:
        return ExiDecodeError(reason, self.pos, state, "/".join(self.path))

    def check_trailer(self, state: str) -> None:
        """After the last event only padding may follow: the rest of the last byte (any
        bits: some stacks leave buffer remnants there) and whole zero bytes (a real car
        appends a stray 0x00). Non-zero bytes mean the grammar ended before the sender's
        content did: an error, not a silently truncated message."""
        rest = self.nbits - self.pos
        if rest >= 8 and self.value & ((1 << (rest & ~7)) - 1):
            raise self.fail("non-zero bytes after the end of the stream", state)

    def bits(self, n: int) -> int:
        pos = self.pos + n
        if pos > self.nbits:
            raise self.fail("unexpected end of stream")
        self.pos = pos
        return (self.value >> (self.nbits - pos)) & ((1 << n) - 1)

    def uint(self) -> int:
        result = 0
        shift = 0
        for _ in range(MAX_UINT_OCTETS):
            b = self.bits(8)
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7
        raise self.fail("unsigned integer too long")

    def _table_hit(self, table: list[str] | None, which: str, empty: str) -> str:
        """The entry of a string-table hit (its index follows, sized by the table)."""
        if not table:
            raise self.fail(f"{which} string table hit on an empty {empty}")
        idx = self.bits(_nbits(len(table)))
        if idx >= len(table):
            raise self.fail(f"{which} string table index out of range")
        return table[idx]

    def string(self, qid: int) -> str:
        n = self.uint()
        if n == 0:
            return self._table_hit(self.ltable.get(qid), "local", "partition")
        if n == 1:
            return self._table_hit(self.gtable, "global", "table")
        length = n - 2
        if length * 8 > self.nbits - self.pos:
            raise self.fail("string length exceeds the remaining stream")
        chars = []
        for _ in range(length):
            c = self.uint()
            if c > 0x10FFFF or 0xD800 <= c <= 0xDFFF:
                raise self.fail("invalid character code point")
            chars.append(chr(c))
        s = "".join(chars)
        if length:
            self.gtable.append(s)
            self.ltable.setdefault(qid, []).append(s)
        return s

    def binary(self) -> bytes:
        length = self.uint()
        if length * 8 > self.nbits - self.pos:
            raise self.fail("binary length exceeds the remaining stream")
        if length == 0:
            return b""
        return self.bits(length * 8).to_bytes(length, "big")

    def value_of(self, dt_id: int, qid: int) -> Any:
        dt = self.g.dtypes[dt_id]
        k = dt[0]
        if k == D_UINT:
            return self.uint()
        if k == D_INT:
            neg = self.bits(1)
            mag = self.uint()
            return -mag - 1 if neg else mag
        if k == D_NBIT:
            return dt[1] + self.bits(dt[2])
        if k == D_BOOL:
            return bool(self.bits(1))
        if k == D_ENUM:
            idx = self.bits(dt[2])
            if idx >= len(dt[1]):
                raise self.fail("enumeration index out of range")
            return dt[1][idx]
        if k == D_STR:
            return self.string(qid)
        if k == D_HEX:
            return self.binary().hex().upper()
        if k == D_B64:
            return base64.b64encode(self.binary()).decode("ascii")
        raise self.fail(f"unsupported datatype {k}")

    def second_level_end(self, gid: int, s: int, st: State) -> bool:
        """Second-level EE: an element ended early (EXIficient writes missing content so).

        First state: EE, xsi:type, xsi:nil, AT(*), AT(invalid), SE(*), CH (3 bits, EE = 0).
        Content states: [EE], SE(*), CH (2 or 1 bits). Attribute states are left out: their
        width depends on whether AT(invalid) counts, which implementations disagree on.
        """
        if st.ee >= 0 and s != 0:
            return False  # EE is first-level there: nothing second-level we read
        if s == 0:
            return (self.bits(3) == 0 and st.ee < 0) or self.fail_second(gid, s)
        if s in self.g.attr_states[gid]:
            return False
        return self.bits(2) == 0 or self.fail_second(gid, s)

    def fail_second(self, gid: int, s: int) -> bool:
        raise self.fail("second-level event other than EE unsupported", f"{gid}:{s}")

    def simple_element(self, gid: int, qid: int, st: State) -> Any:
        """An element of simple content: CH, its value, EE (the element is already entered)."""
        if self.bits(1) != 0:
            # second level of the first state (non-strict): EE, xsi:type, xsi:nil, AT(*),
            # AT(invalid), SE(*), CH -> 3 bits. EE = empty content, as EXIficient writes an
            # empty string element; an empty string/binary value is the only reading.
            second = self.bits(3)
            kind = self.g.dtypes[st.prods[0][1]][0]
            if second == 0 and kind in (D_STR, D_HEX, D_B64):
                self.path.pop()
                return ""
            raise self.fail(
                f"second-level event {second} (xsi:type/xsi:nil/undeclared) unsupported",
                f"{gid}:0",
            )
        value = self.value_of(st.prods[0][1], qid)
        if self.bits(1) != 0:
            raise self.fail("second-level event where EE expected unsupported", f"{gid}:1")
        self.path.pop()
        return value

    def element(self, gid: int, qid: int) -> Any:
        g = self.g
        states = self.enter(gid, qid)
        if g.shapes[gid] == "s":
            return self.simple_element(gid, qid, states[0])
        obj: dict[str, Any] = {}
        s = 0
        names = g.local_names
        while True:  # every pass reads >= 1 bit, so the stream length bounds the loop
            st = states[s]
            code = self.bits(st.width)
            prods = st.prods
            if code >= len(prods):
                if self.second_level_end(gid, s, st):
                    break
                raise self.fail("second-level event unsupported", f"{gid}:{s}")
            p = prods[code]
            k = p[0]
            if k == P_SE:
                v = self.element(p[2], p[1])
                name = names[p[1]]
                if p[4]:
                    lst = obj.get(name)
                    if lst is None:
                        obj[name] = [v]
                    else:
                        lst.append(v)
                else:
                    obj[name] = v
                s = p[3]
            elif k == P_EE:
                break
            elif k == P_AT:
                obj[names[p[1]]] = self.value_of(p[2], p[1])
                s = p[3]
            elif k == P_CH:
                obj["value"] = self.value_of(p[1], qid)
                s = p[2]
            else:
                raise self.fail("wildcard or mixed content unsupported", f"{gid}:{s}")
        self.path.pop()
        return obj


def decode_body(g: Grammars, data: bytes, fragment: bool = False) -> dict[str, Any]:
    """Decode one EXI stream (header + body) into the dict form.

    ``fragment``: the stream is an EXI fragment (as signed parts are encoded) holding one
    element; otherwise an EXI document.
    """
    r = _Reader(data, g)
    if len(data) < 1:
        raise r.fail("empty stream", "header")
    hdr = r.bits(8)
    if hdr != HEADER_BYTE:
        raise r.fail(f"unsupported EXI header byte 0x{hdr:02X} (expected 0x80)", "header")
    if fragment:
        code = r.bits(g.frag_width)
        if code >= len(g.fragments):
            raise r.fail("fragment without a declared element unsupported", "FragmentContent")
        qid, gid = g.fragments[code]
        if gid < 0:
            raise r.fail("element declared with several types unsupported", "FragmentContent")
        value = r.element(gid, qid)
        if r.bits(g.frag_width) != len(g.fragments) + 1:
            raise r.fail("only single-element fragments are supported", "FragmentContent")
        r.check_trailer("FragmentContent")
        return {g.local_names[qid]: value}
    code = r.bits(g.root_width)
    if code >= len(g.roots):
        raise r.fail("SE(*) root element unsupported", "DocContent")
    qid, gid = g.roots[code]
    value = r.element(gid, qid)
    # DocEnd: ED has a 0-bit code; the rest must be padding zeros within the last byte
    r.check_trailer("DocEnd")
    return {g.local_names[qid]: value}


# ---------------------------------------------------------------------------------------------
# encoding


class _Writer(_Walk):
    __slots__ = ("acc", "gtable", "ltable", "n", "out", "use_tables")

    def __init__(self, g: Grammars, use_tables: bool = False) -> None:
        super().__init__(g)
        self.use_tables = use_tables
        self.acc = 0
        self.n = 0
        self.out = bytearray()
        self.gtable: dict[str, int] = {}
        self.ltable: dict[int, dict[str, int]] = {}

    def fail(self, reason: str) -> ExiEncodeError:
        return ExiEncodeError(reason, "/".join(self.path))

    def bits(self, v: int, n: int) -> None:
        self.acc = (self.acc << n) | v
        self.n += n
        if self.n >= 64:
            rest = self.n & 7
            whole = self.n - rest
            self.out += (self.acc >> rest).to_bytes(whole >> 3, "big")
            self.acc &= (1 << rest) - 1
            self.n = rest

    def uint(self, v: int) -> None:
        while v >= 0x80:
            self.bits((v & 0x7F) | 0x80, 8)
            v >>= 7
        self.bits(v, 8)

    def finish(self) -> bytes:
        pad = (-self.n) & 7
        self.bits(0, pad)
        if self.n:
            self.out += self.acc.to_bytes(self.n >> 3, "big")
        return bytes(self.out)

    def string(self, s: Any, qid: int, maxlen: int | None) -> None:
        if not isinstance(s, str):
            raise self.fail(f"expected a string, got {type(s).__name__}")
        if maxlen is not None and len(s) > maxlen:
            raise self.fail(f"string too long ({len(s)} > {maxlen})")
        if not self.use_tables:
            self.uint(len(s) + 2)
            for ch in s:
                self.uint(ord(ch))
            return
        local = self.ltable.get(qid)
        if local is not None:
            idx = local.get(s)
            if idx is not None:
                self.uint(0)
                self.bits(idx, _nbits(len(local)))
                return
        gidx = self.gtable.get(s)
        if gidx is not None:
            self.uint(1)
            self.bits(gidx, _nbits(len(self.gtable)))
            return
        self.uint(len(s) + 2)
        for ch in s:
            self.uint(ord(ch))
        if s:
            self.gtable[s] = len(self.gtable)
            if local is None:
                self.ltable[qid] = {s: 0}
            else:
                local[s] = len(local)

    def binary(self, b: bytes, maxlen: int | None) -> None:
        if maxlen is not None and len(b) > maxlen:
            raise self.fail(f"binary value too long ({len(b)} > {maxlen})")
        self.uint(len(b))
        if b:
            self.bits(int.from_bytes(b, "big"), len(b) * 8)

    def value(self, dt_id: int, qid: int, v: Any) -> None:
        dt = self.g.dtypes[dt_id]
        k = dt[0]
        if k in (D_UINT, D_INT, D_NBIT):
            if not isinstance(v, int) or isinstance(v, bool):
                raise self.fail(f"expected an integer, got {type(v).__name__}")
            if k == D_NBIT:
                off = v - dt[1]
                if off < 0 or off >= (1 << dt[2]) or off.bit_length() > dt[2]:
                    raise self.fail(f"value {v} out of range")
                self.bits(off, dt[2])
                return
            lo, hi = dt[1], dt[2]
            if (lo is not None and v < lo) or (hi is not None and v > hi):
                raise self.fail(f"value {v} out of range [{lo}, {hi}]")
            if k == D_UINT:
                self.uint(v)
            elif v < 0:
                self.bits(1, 1)
                self.uint(-v - 1)
            else:
                self.bits(0, 1)
                self.uint(v)
        elif k == D_STR:
            self.string(v, qid, dt[1])
        elif k == D_BOOL:
            if not isinstance(v, bool):
                raise self.fail(f"expected a boolean, got {type(v).__name__}")
            self.bits(int(v), 1)
        elif k == D_ENUM:
            idx = self.g.enum_index[dt_id].get(v) if isinstance(v, str | int) else None  # type: ignore[union-attr]
            if idx is None:
                raise self.fail(f"value {v!r} not in the enumeration")
            self.bits(idx, dt[2])
        elif k in (D_HEX, D_B64) and isinstance(v, bytes | bytearray):
            self.binary(bytes(v), dt[1])  # raw bytes are accepted as well
        elif k == D_HEX:
            if not isinstance(v, str):
                raise self.fail("expected a hex string")
            try:
                b = bytes.fromhex(v)
            except ValueError as e:
                raise self.fail(f"invalid hex: {e}") from None
            self.binary(b, dt[1])
        elif k == D_B64:
            if not isinstance(v, str):
                raise self.fail("expected a base64 string")
            try:
                b = base64.b64decode(v, validate=True)
            except (binascii.Error, ValueError) as e:
                raise self.fail(f"invalid base64: {e}") from None
            self.binary(b, dt[1])
        else:
            raise self.fail(f"unsupported datatype {k}")

    def no_production(
        self, states: list[State], st: State, pending: dict[str, list[Any]], pos: dict[str, int]
    ) -> ExiEncodeError:
        """Why no production of ``st`` fits what is left to write: unknown, missing or extra."""
        names = self.g.local_names
        left = [n for n, x in pending.items() if pos[n] < len(x)]
        known = {names[p[1]] for stx in states for p in stx.prods if p[0] in (P_SE, P_AT)}
        unknown = [n for n in left if n not in known and n != "value"]
        if unknown:
            return self.fail(f"unknown element or attribute {unknown[0]!r}")
        expected = [
            names[p[1]] if p[0] in (P_SE, P_AT) else ("value" if p[0] == P_CH else "end")
            for p in st.prods
            if p[0] in (P_SE, P_AT, P_CH, P_EE)
        ]
        extra = [n for n in left if n in known]
        if "end" not in expected or not extra:
            return self.fail(f"missing required element (expected one of {expected})")
        return self.fail(f"element {extra[0]!r} not allowed here or too many items")

    def element(self, gid: int, qid: int, v: Any) -> None:
        g = self.g
        states = self.enter(gid, qid)
        if g.shapes[gid] == "s":
            self.bits(0, 1)
            self.value(states[0].prods[0][1], qid, v)
            self.bits(0, 1)
            self.path.pop()
            return
        if not isinstance(v, dict):
            raise self.fail(f"expected an object, got {type(v).__name__}")
        # pending items per key: index of the next item to write
        pending = {key: item if isinstance(item, list) else [item] for key, item in v.items()}
        pos: dict[str, int] = dict.fromkeys(pending, 0)
        names = g.local_names
        s = 0
        guard = sum(len(x) for x in pending.values()) + 1
        for _ in range(guard + 1):
            st = states[s]
            chosen = -1
            for code, p in enumerate(st.prods):
                k = p[0]
                if k in (P_SE, P_AT):
                    name = names[p[1]]
                    items = pending.get(name)
                    if items is not None and pos[name] < len(items):
                        chosen = code
                        break
                elif k == P_CH:
                    if "value" in pending and pos["value"] == 0:
                        chosen = code
                        break
                elif k == P_EE and all(pos[n] >= len(x) for n, x in pending.items()):
                    chosen = code
                    break
            if chosen < 0:
                raise self.no_production(states, st, pending, pos)
            self.bits(chosen, st.width)
            p = st.prods[chosen]
            k = p[0]
            if k == P_EE:
                self.path.pop()
                return
            if k == P_CH:
                pos["value"] = 1
                self.value(p[1], qid, pending["value"][0])
                s = p[2]
                continue
            name = names[p[1]]
            item = pending[name][pos[name]]
            pos[name] += 1
            if k == P_SE:
                self.element(p[2], p[1], item)
            else:
                self.value(p[2], p[1], item)
            s = p[3]
        raise self.fail("grammar did not terminate")


def encode_body(g: Grammars, msg: dict[str, Any], fragment: bool = False) -> bytes:
    """Encode one message dict ``{"Root": {...}}`` into an EXI stream (header + body)."""
    return encode_with_length(g, msg, fragment)[0]


def encode_with_length(
    g: Grammars, msg: dict[str, Any], fragment: bool = False
) -> tuple[bytes, int]:
    """Like :func:`encode_body`, also returning the bit length before the final padding."""
    w = _Writer(g)
    if not isinstance(msg, dict) or len(msg) != 1:
        raise w.fail("message must be a dict with exactly one root element")
    ((name, value),) = msg.items()
    if fragment:
        frag = g.frag_by_name.get(name)
        if frag is None or frag[1] < 0:
            raise w.fail(f"unknown or ambiguous fragment element {name!r}")
        code, gid = frag
        w.bits(HEADER_BYTE, 8)
        w.bits(code, g.frag_width)
        w.element(gid, g.fragments[code][0], value)
        w.bits(len(g.fragments) + 1, g.frag_width)  # ED
        nbits = len(w.out) * 8 + w.n
        return w.finish(), nbits
    root = g.root_by_name.get(name)
    if root is None:
        raise w.fail(f"unknown root element {name!r}")
    code, gid = root
    w.bits(HEADER_BYTE, 8)
    w.bits(code, g.root_width)
    w.element(gid, g.roots[code][0], value)
    nbits = len(w.out) * 8 + w.n
    return w.finish(), nbits


def encode_relaxed_fragment(g: Grammars, msg: dict[str, Any]) -> bytes:
    """EXI fragment of one simple-content element under the relaxed ElementFragment grammar
    (EXI 1.0 section 8.5.3), which the spec asks for when a qname is declared with several
    types and which EXIficient writes: every attribute of the schema set (sorted by local
    name, then URI), AT(*), SE of every fragment entry, SE(*), EE, untyped CH; then
    ElementFragment 1 (SE..., SE(*), EE, CH). Attribute values and the text as strings."""
    w = _Writer(g)
    if not isinstance(msg, dict) or len(msg) != 1:
        raise w.fail("message must be a dict with exactly one root element")
    ((name, value),) = msg.items()
    frag = g.frag_by_name.get(name)
    if frag is None or frag[1] < 0:
        raise w.fail(f"unknown fragment element {name!r}")
    code, gid = frag
    if not isinstance(value, dict) or not isinstance(value.get("value"), str):
        raise w.fail("relaxed fragments: only simple content with a string value")
    attrs = sorted(
        {p[1] for states in g.states for st in states for p in st.prods if p[0] == P_AT},
        key=lambda q: (g.qnames[q][1], g.qnames[q][0]),
    )
    own = {g.local_names[p[1]]: p[1] for st in g.states[gid] for p in st.prods if p[0] == P_AT}
    m = len(g.fragments)
    ef0 = _nbits(len(attrs) + m + 4 + 1)  # AT(A..), AT(*), SE(F..), SE(*), EE, CH; + escape
    ef1 = _nbits(m + 3 + 1)  # SE(F..), SE(*), EE, CH; + escape
    w.bits(HEADER_BYTE, 8)
    w.bits(code, g.frag_width)
    for local in sorted(k for k in value if k != "value"):
        qid = own.get(local)
        if qid is None:
            raise w.fail(f"{name} has no attribute {local!r}")
        w.bits(attrs.index(qid), ef0)
        w.string(value[local], qid, None)
    w.bits(len(attrs) + 1 + m + 2, ef0)  # CH, untyped
    w.string(value["value"], code, None)
    w.bits(m + 1, ef1)  # EE
    w.bits(m + 1, g.frag_width)  # ED
    return w.finish()


# ---------------------------------------------------------------------------------------------
# fast path: the generated functions, with the table-driven codec as the authority on errors


def decode_fast(g: Grammars, data: bytes, fragment: bool = False) -> dict[str, Any]:
    """Decode with the generated functions; on any irregularity rerun the table-driven
    decoder, which returns the same result or raises the precise ExiDecodeError."""
    try:
        return decode_generated(g, data, fragment)
    except Exception:
        pass  # fall through, outside the handler: no chained context on the typed error
    return decode_body(g, data, fragment)


def decode_generated(g: Grammars, data: bytes, fragment: bool = False) -> dict[str, Any]:
    """The generated decoder alone: raises some exception on anything irregular."""
    r = _Reader(data, g)
    V = r.value
    N = r.nbits
    if N < 8 or (V >> (N - 8)) != HEADER_BYTE:
        raise ValueError
    p = 8
    if fragment:
        w = g.frag_width
        code = (V >> (N - p - w)) & ((1 << w) - 1)
        p += w
        qid, gid = g.fragments[code]
    else:
        w = g.root_width
        code = (V >> (N - p - w)) & ((1 << w) - 1)
        p += w
        qid, gid = g.roots[code]
    f = g.dec_fast.get(gid)
    if f is None:
        g.compile_fast(gid)
        f = g.dec_fast[gid]
    value, p = f(r, V, N, p, qid)
    if fragment:
        if (V >> (N - p - w)) & ((1 << w) - 1) != len(g.fragments) + 1:
            raise ValueError
        p += w
    rest = N - p
    if rest < 0 or (rest >= 8 and V & ((1 << rest) - 1)):
        raise ValueError
    return {g.local_names[qid]: value}


def encode_fast(g: Grammars, msg: dict[str, Any], fragment: bool = False) -> bytes:
    """Encode with the generated functions; on any irregularity rerun the table-driven
    encoder, which returns the same bytes or raises the precise ExiEncodeError."""
    try:
        return encode_generated(g, msg, fragment)
    except Exception:
        pass
    return encode_body(g, msg, fragment)


def encode_generated(g: Grammars, msg: dict[str, Any], fragment: bool = False) -> bytes:
    """The generated encoder alone: raises some exception on anything irregular."""
    ((name, value),) = msg.items()
    if fragment:
        code, gid = g.frag_by_name[name]
        w = g.frag_width
    else:
        code, gid = g.root_by_name[name]
        w = g.root_width
    f = g.enc_fast.get(gid)
    if f is None:
        g.compile_fast(gid)
        f = g.enc_fast[gid]
    a = f(value, (((1 << 8) | HEADER_BYTE) << w) | code)
    if fragment:
        a = (a << w) | (len(g.fragments) + 1)
    nbits = a.bit_length() - 1
    pad = (-nbits) & 7
    total = nbits + pad
    return ((a << pad) ^ (1 << total)).to_bytes(total >> 3, "big")
