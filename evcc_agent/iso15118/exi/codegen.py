"""Emit specialised Python decode/encode functions for each grammar (the codec's fast path).

Used by the generator; the emitted code is appended to each generated grammar module (a
source that several namespaces have in common, the same grammar id and text, is written once
in a shared module and named there by index). One
function pair per type grammar: ``d<gid>(r, V, N, p, q) -> (value, p)`` and
``e<gid>(v, a) -> a``. Simple-typed children are inlined. Grammars with wildcards, mixed
content, many states (long unrolled arrays) or a qname reachable from two particles keep the
table-driven path (bridged through ``interp_d``/``interp_e``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

P_AT, P_SE, P_EE, P_CH, P_SEW, P_CHU = 0, 1, 2, 3, 4, 5
D_STR, D_BOOL, D_INT, D_UINT, D_NBIT, D_ENUM, D_HEX, D_B64 = 0, 1, 2, 3, 4, 5, 6, 7
MAX_STATES = 72
#: binary types: the expression that turns the decoded bytes ``x`` into the dict's string
BINARY_TEXT = {D_HEX: "x.hex().upper()", D_B64: "b64_s(x)"}
#: a child element coded by a call, per way (decode, encode): through the table-driven codec
#: (no fast path for its grammar) or through its generated function
CHILD_CALLS = {
    "d": ("x, p = interp_d(r, {gid}, {qid}, p)", "x, p = d{gid}(r, V, N, p, {qid})"),
    "e": ("a = interp_e(G, {gid}, {qid}, x, a)", "a = e{gid}(x, a)"),
}
#: string-valued types: the fast-path helper that writes one (with its maximum length)
TEXT_WRITER = {D_STR: "str_w", D_HEX: "hex_w", D_B64: "b64_w"}


def _single_item_on_cycle(states: list[Any]) -> bool:
    """True when a non-list production lies on a cycle (a repeated group around a
    maxOccurs=1 element): the generated encoder tests key presence, so it could loop."""

    def targets(st: list[Any]) -> list[int]:
        out = []
        for p in st:
            if p[0] in (P_AT, P_SE):
                out.append(p[3])
            elif p[0] == P_CH:
                out.append(p[2])
        return out

    for si, st in enumerate(states):
        for p in st:
            if p[0] == P_AT or (p[0] == P_SE and not p[4]) or p[0] == P_CH:
                start = p[2] if p[0] == P_CH else p[3]
                seen = set()
                todo = [start]
                while todo:
                    x = todo.pop()
                    if x == si:
                        return True
                    if x in seen or x < 0:
                        continue
                    seen.add(x)
                    todo.extend(targets(states[x]))
    return False


class _Emitter:
    def __init__(
        self,
        qnames: list[tuple[str, str]],
        dtypes: list[tuple[Any, ...]],
        grammars: list[tuple[str, list[Any]]],
        unsafe: set[int],
    ) -> None:
        self.qnames = qnames
        self.dtypes = dtypes
        self.grammars = grammars
        self.fast: set[int] = set()
        for gid, (_shape, states) in enumerate(grammars):
            if gid in unsafe or len(states) > MAX_STATES:
                continue
            kinds = {p[0] for st in states for p in st}
            if P_SEW in kinds or P_CHU in kinds:
                continue
            if _single_item_on_cycle(states):
                continue
            self.fast.add(gid)
        self.out: list[str] = []

    # ---- decoding --------------------------------------------------------------------------
    def read(self, var: str, n: int, ind: str) -> list[str]:
        if n == 0:
            return [f"{ind}{var} = 0"]
        return [f"{ind}{var} = (V >> (N - p - {n})) & {(1 << n) - 1}", f"{ind}p += {n}"]

    def dec_value(self, dt_id: int, qid: str, ind: str) -> list[str]:
        """Code that decodes a typed value into ``x``; ``qid`` is an expression."""
        dt = self.dtypes[dt_id]
        k = dt[0]
        if k == D_NBIT:
            if dt[2] == 0:
                return [f"{ind}x = {dt[1]}"]
            return (
                [*self.read("x", dt[2], ind), f"{ind}x += {dt[1]}"]
                if dt[1]
                else self.read("x", dt[2], ind)
            )
        if k == D_UINT:
            return [
                f"{ind}x = (V >> (N - p - 8)) & 255",
                f"{ind}p += 8",
                f"{ind}if x > 127:",
                f"{ind}    x, p = uint_more(V, N, p, x)",
            ]
        if k == D_INT:
            return [
                f"{ind}x = (V >> (N - p - 9)) & 511",
                f"{ind}p += 9",
                f"{ind}if x & 128:",
                f"{ind}    x2, p = uint_more(V, N, p, x & 255)",
                f"{ind}    x = -x2 - 1 if x & 256 else x2",
                f"{ind}elif x & 256:",
                f"{ind}    x = -(x & 127) - 1",
            ]
        if k == D_BOOL:
            return [f"{ind}x = ((V >> (N - p - 1)) & 1) == 1", f"{ind}p += 1"]
        if k == D_ENUM:
            return [*self.read("x", dt[2], ind), f"{ind}x = T{dt_id}[x]"]
        if k == D_STR:
            return [f"{ind}x, p = str_r(r, V, N, p, {qid})"]
        return [f"{ind}x, p = bin_r(V, N, p)", f"{ind}x = {BINARY_TEXT[k]}"]

    def child_call(self, way: str, gid: int, qid: int) -> str | None:
        """The statement that decodes (``way`` "d") or encodes ("e") a child element of
        grammar ``gid`` by a call: the table-driven codec's where the grammar has no fast
        path, else its generated function; None for a simple type, which is inlined."""
        if gid not in self.fast:
            return CHILD_CALLS[way][0].format(gid=gid, qid=qid)
        if self.grammars[gid][0] != "s":
            return CHILD_CALLS[way][1].format(gid=gid, qid=qid)
        return None

    def dec_child(self, gid: int, qid: int, ind: str) -> list[str]:
        """Decode child element (grammar gid) into ``x``."""
        call = self.child_call("d", gid, qid)
        if call is not None:
            return [ind + call]
        states = self.grammars[gid][1]
        dt = self.dtypes[states[0][0][1]]
        if dt[0] in (D_NBIT, D_BOOL, D_ENUM):
            nb = 1 if dt[0] == D_BOOL else dt[2]
            t = nb + 2
            lines = [
                f"{ind}x = (V >> (N - p - {t})) & {(1 << t) - 1}",
                f"{ind}p += {t}",
                f"{ind}if x & {(1 << (t - 1)) | 1}:",
                f"{ind}    raise Bad",
            ]
            if dt[0] == D_BOOL:
                lines.append(f"{ind}x = x == 2")
            elif dt[0] == D_ENUM:
                lines.append(f"{ind}x = T{states[0][0][1]}[x >> 1]")
            else:
                lines.append(f"{ind}x = (x >> 1) + {dt[1]}" if dt[1] else f"{ind}x >>= 1")
            return lines
        return self.dec_framed(states[0][0][1], str(qid), ind)

    def dec_framed(self, dt_id: int, qid: str, ind: str) -> list[str]:
        """Simple content into ``x``: CH code 0 (1 bit), the value, EE code 0 (1 bit)."""
        return [
            f"{ind}if (V >> (N - p - 1)) & 1:",
            f"{ind}    raise Bad",
            f"{ind}p += 1",
            *self.dec_value(dt_id, qid, ind),
            f"{ind}if (V >> (N - p - 1)) & 1:",
            f"{ind}    raise Bad",
            f"{ind}p += 1",
        ]

    def dec_function(self, gid: int) -> None:
        shape, states = self.grammars[gid]
        o = self.out
        o.append(f"def d{gid}(r, V, N, p, q):")
        if shape == "s":
            o.extend(self.dec_framed(states[0][0][1], "q", "    ")[:-1])
            o.append("    return x, p + 1")
            return
        o.append("    o = {}")
        o.append("    s = 0")
        o.append("    while 1:")
        for si, prods in enumerate(states):
            width = len(prods).bit_length()
            o.append(f"        if s == {si}:")
            o.extend(self.read("c", width, "            "))
            for code, pr in enumerate(prods):
                kw = "if" if code == 0 else "elif"
                o.append(f"            {kw} c == {code}:")
                ind = "                "
                k = pr[0]
                if k == P_EE:
                    o.append(f"{ind}return o, p")
                    continue
                if k == P_SE:
                    name = self.qnames[pr[1]][1]
                    o.extend(self.dec_child(pr[2], pr[1], ind))
                    if pr[4]:
                        o.append(f"{ind}if {name!r} in o:")
                        o.append(f"{ind}    o[{name!r}].append(x)")
                        o.append(f"{ind}else:")
                        o.append(f"{ind}    o[{name!r}] = [x]")
                    else:
                        o.append(f"{ind}o[{name!r}] = x")
                    nxt = pr[3]
                elif k == P_AT:
                    name = self.qnames[pr[1]][1]
                    o.extend(self.dec_value(pr[2], str(pr[1]), ind))
                    o.append(f"{ind}o[{name!r}] = x")
                    nxt = pr[3]
                else:  # P_CH
                    o.extend(self.dec_value(pr[1], "q", ind))
                    o.append(f"{ind}o['value'] = x")
                    nxt = pr[2]
                o.append(f"{ind}s = {nxt}")
            o.append("            else:")
            o.append("                raise Bad")

    # ---- encoding --------------------------------------------------------------------------
    def enc_value(self, dt_id: int, ind: str) -> list[str]:
        """Append typed value ``x`` to ``a``."""
        dt = self.dtypes[dt_id]
        k = dt[0]
        if k == D_NBIT:
            lo, nb = dt[1], dt[2]
            return [
                f"{ind}if type(x) is not int or not {lo} <= x <= {lo + (1 << nb) - 1}:",
                f"{ind}    raise Bad",
                f"{ind}a = (a << {nb}) | (x - {lo})" if lo else f"{ind}a = (a << {nb}) | x",
            ]
        if k in (D_UINT, D_INT):
            lo, hi = dt[1], dt[2]
            conds = ["type(x) is not int"]
            if lo is not None:
                conds.append(f"x < {lo}")
            if hi is not None:
                conds.append(f"x > {hi}")
            lines = [f"{ind}if {' or '.join(conds)}:", f"{ind}    raise Bad"]
            if k == D_UINT:
                lines += [
                    f"{ind}if x < 128:",
                    f"{ind}    a = (a << 8) | x",
                    f"{ind}else:",
                    f"{ind}    a = uint_w(a, x)",
                ]
            else:
                lines += [
                    f"{ind}if 0 <= x < 128:",
                    f"{ind}    a = (a << 9) | x",
                    f"{ind}elif x >= 0:",
                    f"{ind}    a = uint_w(a << 1, x)",
                    f"{ind}else:",
                    f"{ind}    a = uint_w((a << 1) | 1, -x - 1)",
                ]
            return lines
        if k == D_BOOL:
            return [
                f"{ind}if type(x) is not bool:",
                f"{ind}    raise Bad",
                f"{ind}a = (a << 1) | x",
            ]
        if k == D_ENUM:
            return [f"{ind}a = (a << {dt[2]}) | M{dt_id}[x]"]
        maxlen = -1 if dt[1] is None else dt[1]
        return [f"{ind}a = {TEXT_WRITER[k]}(a, x, {maxlen})"]

    def enc_child(self, gid: int, qid: int, ind: str) -> list[str]:
        call = self.child_call("e", gid, qid)
        if call is not None:
            return [ind + call]
        return self.enc_framed(self.grammars[gid][1][0][0][1], ind)

    def enc_framed(self, dt_id: int, ind: str) -> list[str]:
        """Simple content ``x``: CH code 0 (1 bit), the value, EE code 0 (1 bit)."""
        return [f"{ind}a <<= 1", *self.enc_value(dt_id, ind), f"{ind}a <<= 1"]

    def enc_function(self, gid: int) -> None:
        shape, states = self.grammars[gid]
        o = self.out
        o.append(f"def e{gid}(v, a):")
        if shape == "s":
            o.append("    x = v")
            o.extend(self.enc_framed(states[0][0][1], "    ")[:-1])
            o.append("    return a << 1")
            return
        o.append("    if type(v) is not dict:")
        o.append("        raise Bad")
        o.append("    c = 0")
        lidx = self.enc_lists(states)
        o.append("    s = 0")
        o.append("    while 1:")
        for si, prods in enumerate(states):
            self.enc_state(si, prods, lidx)

    def enc_lists(self, states: Any) -> dict[str, int]:
        """Unpack every repeated child into a list, a length and a cursor; name -> list index."""
        o = self.out
        lists = sorted({self.qnames[p[1]][1] for st in states for p in st if p[0] == P_SE and p[4]})
        for li, name in enumerate(lists):
            o.append(f"    l{li} = v.get({name!r})")
            o.append(f"    if l{li} is None:")
            o.append(f"        n{li} = 0")
            o.append(f"    elif type(l{li}) is list:")
            o.append(f"        n{li} = len(l{li})")
            o.append("    else:")
            o.append("        raise Bad")
            o.append(f"    i{li} = 0")
        return {name: i for i, name in enumerate(lists)}

    def enc_state(self, si: int, prods: Any, lidx: dict[str, int]) -> None:
        """One grammar state: try each production in order, end the element or fail."""
        o = self.out
        width = len(prods).bit_length()
        o.append(f"        if s == {si}:")
        first = True
        ee_code = -1
        ind = "                "
        for code, pr in enumerate(prods):
            if pr[0] == P_EE:
                ee_code = code
                continue
            self.enc_production(code, pr, width, first, lidx)
            first = False
        if ee_code >= 0:
            if first:
                o.append("            if 1:")
            else:
                o.append("            else:")
            o.append(f"{ind}if c != len(v):")
            o.append(f"{ind}    raise Bad")
            o.append(f"{ind}return (a << {width}) | {ee_code}")
        else:
            o.append("            else:")
            o.append(f"{ind}raise Bad")

    def enc_production(
        self, code: int, pr: Any, width: int, first: bool, lidx: dict[str, int]
    ) -> None:
        """One SE / AT / CH production: its guard, the value taken, its code, the next state."""
        o = self.out
        k = pr[0]
        ind = "                "
        if k in (P_SE, P_AT):
            name = self.qnames[pr[1]][1]
            if k == P_SE and pr[4]:
                li = lidx[name]
                cond = f"i{li} < n{li}"
                take = [
                    f"{ind}x = l{li}[i{li}]",
                    f"{ind}i{li} += 1",
                    f"{ind}if i{li} == n{li}:",
                    f"{ind}    c += 1",
                ]
            else:
                cond = f"{name!r} in v"
                take = [f"{ind}x = v[{name!r}]", f"{ind}c += 1"]
        else:  # P_CH
            cond = "'value' in v"
            take = [f"{ind}x = v['value']", f"{ind}c += 1"]
        o.append(f"            {'if' if first else 'elif'} {cond}:")
        o.extend(take)
        if width:
            o.append(f"{ind}a = (a << {width}) | {code}")
        if k == P_SE:
            o.extend(self.enc_child(pr[2], pr[1], ind))
            nxt = pr[3]
        elif k == P_AT:
            o.extend(self.enc_value(pr[2], ind))
            nxt = pr[3]
        else:
            o.extend(self.enc_value(pr[1], ind))
            nxt = pr[2]
        o.append(f"{ind}s = {nxt}")

    def emit(self) -> FastPath:
        """The enum tables and one source string per fast grammar."""
        enums = []
        for dt_id, dt in enumerate(self.dtypes):
            if dt[0] == D_ENUM:
                enums.append(f"T{dt_id} = {tuple(dt[1])!r}")
                enums.append(f"M{dt_id} = {dict((v, i) for i, v in enumerate(dt[1]))!r}")
        sources = {}
        for gid in sorted(self.fast):
            self.out = []
            self.dec_function(gid)
            self.enc_function(gid)
            sources[gid] = "\n".join(self.out) + "\n"
        return FastPath("\n".join(enums), sources)


@dataclass(frozen=True)
class FastPath:
    """One namespace's fast path: its enum tables and a function-pair source per grammar id."""

    enums: str
    sources: dict[int, str]


#: the module beside the grammar modules that holds the sources several of them share
SHARED_MODULE = "shared_sources"


def shared_sources(paths: Iterable[FastPath]) -> list[str]:
    """The function sources that stand in more than one namespace (same grammar id, same
    text: both namespaces number the common schema the same way), in a stable order."""
    count = Counter(src for fp in paths for src in set(fp.sources.values()))
    return sorted(src for src, n in count.items() if n > 1)


def render_fast_path(fp: FastPath, shared: list[str]) -> str:
    """Module text of one namespace's fast path: the sources of its own, and by index into
    the shared module those it has in common with other namespaces."""
    index = {src: i for i, src in enumerate(shared)}
    head = [
        "",
        "# ---- fast path: specialised functions per grammar, compiled on first use " + "-" * 8,
        "# (source strings: compiling ~1 MB of functions at import would cost ~0.2 s)",
        "FAST_IMPORTS = 'from evcc_agent.iso15118.exi.fast import Bad, b64_s, b64_w, bin_r, "
        "hex_w, interp_d, interp_e, str_r, str_w, uint_more, uint_w'",
        f"ENUMS = {fp.enums!r}",
        "SRC = {",
    ]
    head += [f"    {gid}: {src!r}," for gid, src in fp.sources.items() if src not in index]
    head.append("}")
    common = {gid: index[src] for gid, src in fp.sources.items() if src in index}
    if common:
        head.append(f"# grammar id -> index in {SHARED_MODULE}.SOURCES (the same text elsewhere)")
        head.append(f"from . import {SHARED_MODULE}")
        head.append("")
        head.append(f"SRC.update((g, {SHARED_MODULE}.SOURCES[i]) for g, i in {common!r}.items())")
    return "\n".join(head)


def render_shared(shared: list[str]) -> str:
    """Module text of the sources several namespaces share."""
    lines = [
        "# generated — do not edit. Fast-path function sources that stand in several grammar",
        "# modules (evcc_agent.iso15118.exi.generator); each names the ones it uses by index.",
        "SOURCES = (",
        *(f"    {src!r}," for src in shared),
        ")",
    ]
    return "\n".join(lines) + "\n"


def generate_code(
    qnames: list[tuple[str, str]],
    dtypes: list[tuple[Any, ...]],
    grammars: list[tuple[str, list[Any]]],
    unsafe: set[int],
) -> FastPath:
    """The fast-path functions for one namespace's grammars."""
    return _Emitter(qnames, dtypes, grammars, unsafe).emit()
