"""Build EXI 1.0 schema-informed grammars from the ISO 15118 XSDs and write them as Python modules.

Run: ``python -m evcc_agent.iso15118.exi.generator --schemas DIR --out DIR``.

Dev-time only (needs ``xmlschema``); the runtime reads the generated modules. The grammars
follow EXI 1.0 section 8.5 with the default options ISO 15118 streams use (header byte 0x80,
no options in the header): strict = false, so every state's first-level event code is
``ceil(log2(n + 1))`` bits wide (the extra code escapes to second-level events).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .codegen import (
    SHARED_MODULE,
    FastPath,
    generate_code,
    render_fast_path,
    render_shared,
    shared_sources,
)

XSD_NS = "http://www.w3.org/2001/XMLSchema"

# kinds of productions in the generated tables (the runtime uses the same numbers)
P_AT = 0  # attribute with typed value
P_SE = 1  # start of a declared element
P_EE = 2  # end of element
P_CH = 3  # typed character content (simple content)
P_SEW = 4  # SE(*) wildcard
P_CHU = 5  # untyped character content (mixed)

# datatype kinds
D_STR = 0
D_BOOL = 1
D_INT = 2  # signed EXI Integer
D_UINT = 3  # EXI Unsigned Integer
D_NBIT = 4  # n-bit unsigned offset from a minimum: (kind, min, nbits)
D_ENUM = 5  # (kind, values, nbits, base kind)
D_HEX = 6
D_B64 = 7

#: namespace name -> (schema sub-directory or "", entry file, extra files to place beside it)
SCHEMA_SETS: dict[str, tuple[str, str]] = {
    "appprotocol": ("", "V2G_CI_AppProtocol.xsd"),
    "xmldsig": ("", "xmldsig-core-schema.xsd"),
    "iso20_common": ("iso15118_20", "V2G_CI_CommonMessages.xsd"),
    "iso20_dc": ("iso15118_20", "V2G_CI_DC.xsd"),
    "iso20_ac": ("iso15118_20", "V2G_CI_AC.xsd"),
    "iso20_acdp": ("iso15118_20", "V2G_CI_ACDP.xsd"),
    "iso20_wpt": ("iso15118_20", "V2G_CI_WPT.xsd"),
    "iso2": ("iso15118_2", "V2G_CI_MsgDef.xsd"),
    "din": ("din_spec", "V2G_CI_MsgDef.xsd"),
}

INT_BOUNDS: dict[str, tuple[int | None, int | None]] = {
    "byte": (-128, 127),
    "unsignedByte": (0, 255),
    "short": (-32768, 32767),
    "unsignedShort": (0, 65535),
    "int": (-(2**31), 2**31 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "long": (-(2**63), 2**63 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1),
}


class GeneratorError(Exception):
    """The schema uses a construct this generator does not support."""


def _local(qn: str) -> tuple[str, str]:
    """'{uri}local' -> (uri, local)."""
    if qn.startswith("{"):
        uri, local = qn[1:].split("}", 1)
        return uri, local
    return "", qn


def _bits(n: int) -> int:
    """Bits for an n-bit unsigned integer that can hold n distinct values (0 for n <= 1)."""
    return 0 if n <= 1 else math.ceil(math.log2(n))


@dataclass
class Nfa:
    """Epsilon-NFA of one content model; terminals are hashable tuples."""

    eps: list[list[int]] = field(default_factory=list)
    edges: list[list[tuple[tuple[Any, ...], int]]] = field(default_factory=list)

    def node(self) -> int:
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def epsilon(self, frm: int, to: int | None = None) -> int:
        """An epsilon edge from ``frm`` to ``to`` (a new node if None); returns ``to``."""
        if to is None:
            to = self.node()
        self.eps[frm].append(to)
        return to


def _closure(nfa: Nfa, nodes: Iterable[int]) -> frozenset[int]:
    """The NFA nodes reachable from ``nodes`` by epsilon edges alone."""
    seen = set(nodes)
    todo = list(seen)
    while todo:
        n = todo.pop()
        for m in nfa.eps[n]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return frozenset(seen)


def _moves(nfa: Nfa, cur: frozenset[int]) -> tuple[dict[Any, set[int]], dict[Any, tuple[Any, ...]]]:
    """Terminal key -> target nodes, and key -> the terminal standing for it, out of ``cur``."""
    moves: dict[Any, set[int]] = {}
    keyinfo: dict[Any, tuple[Any, ...]] = {}
    for n in sorted(cur):
        for term, tgt in nfa.edges[n]:
            # SE terminals are identified by qname; the first (schema order) wins
            if term[0] == P_SE:
                k: Any = (P_SE, term[1])
                if k in keyinfo and keyinfo[k][2] != term[2]:
                    raise GeneratorError(f"ambiguous SE {term[1]}")
                if k not in keyinfo or term[4] < keyinfo[k][4]:
                    keyinfo[k] = term
            elif term[0] == P_AT:
                k = (P_AT, term[1])
                keyinfo[k] = term
            else:
                k = term
                keyinfo[k] = term
            moves.setdefault(k, set()).add(tgt)
    return moves, keyinfo


def _production_order(pr: Any) -> tuple[Any, ...]:
    """EXI event code order within a state: AT by qname, SE in schema order, SE(*), EE, CH."""
    t = pr[0]
    if t[0] == P_AT:
        return (0, t[1][0], t[1][1])
    if t[0] == P_SE:
        return (3, t[4])
    if t[0] == P_SEW:
        return (5,)
    if t[0] == P_EE:
        return (6,)
    return (7,)


class Builder:
    """Turns one loaded schema set into grammar tables."""

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self.maps = schema.maps
        self.qnames: list[tuple[str, str]] = []
        self.qname_ids: dict[tuple[str, str], int] = {}
        self.dtypes: list[tuple[Any, ...]] = []
        self.dtype_ids: dict[tuple[Any, ...], int] = {}
        self.grammars: list[Any] = []  # (shape, states)
        self.grammar_ids: dict[Any, int] = {}
        self.se_order = 0
        # qname -> particle ids, per grammar under construction; a qname reachable from two
        # particles of one content model makes the generated fast path unsafe
        self._particles: list[dict[tuple[str, str], set[int]]] = []
        self.unsafe: set[int] = set()
        self.decl_types: dict[int, Any] = {}  # grammar id -> type, filled by all_declarations
        self.subst = self._substitution_closure()

    # ---- helpers -------------------------------------------------------------------------
    def qid(self, qn: tuple[str, str]) -> int:
        if qn not in self.qname_ids:
            self.qname_ids[qn] = len(self.qnames)
            self.qnames.append(qn)
        return self.qname_ids[qn]

    def did(self, dt: tuple[Any, ...]) -> int:
        if dt not in self.dtype_ids:
            self.dtype_ids[dt] = len(self.dtypes)
            self.dtypes.append(dt)
        return self.dtype_ids[dt]

    def _substitution_closure(self) -> dict[str, list[Any]]:
        direct: dict[str, set[Any]] = {}
        for head, members in self.maps.substitution_groups.items():
            direct[head] = set(members)
        closure: dict[str, list[Any]] = {}
        for head in direct:
            seen: dict[str, Any] = {}
            todo = list(direct[head])
            while todo:
                m = todo.pop()
                if m.name in seen:
                    continue
                seen[m.name] = m
                todo.extend(direct.get(m.name, ()))
            closure[head] = list(seen.values())
        return closure

    # ---- datatypes -----------------------------------------------------------------------
    def datatype(self, st: Any) -> int:
        """EXI datatype representation of an XSD simple type (section 7.1)."""
        if st.is_list() or st.is_union():
            raise GeneratorError(f"list/union simple type {st.name} unsupported")
        enum = getattr(st, "enumeration", None)
        chain: list[Any] = []
        t = st
        while t is not None and len(chain) < 64:
            chain.append(t)
            t = getattr(t, "base_type", None)
        builtin_names = [_local(t.name)[1] for t in chain if t.name and _local(t.name)[0] == XSD_NS]
        prim = st.primitive_type
        pname = _local(prim.name)[1] if prim is not None and prim.name else "string"
        if pname == "boolean":
            base: tuple[Any, ...] = (D_BOOL,)
        elif pname == "hexBinary":
            base = (D_HEX, self._max_length(chain))
        elif pname == "base64Binary":
            base = (D_B64, self._max_length(chain))
        elif pname == "decimal" and any(n in INT_BOUNDS for n in builtin_names):
            lo: int | None = None
            hi: int | None = None
            for n in builtin_names:
                if n in INT_BOUNDS:
                    lo, hi = INT_BOUNDS[n]
                    break
            for t in chain:
                for fname, facet in getattr(t, "facets", {}).items():
                    if fname is None:
                        continue
                    kind = _local(fname)[1]
                    v = getattr(facet, "value", None)
                    if v is None:
                        continue
                    if kind == "minInclusive":
                        lo = int(v) if lo is None else max(lo, int(v))
                    elif kind == "minExclusive":
                        lo = int(v) + 1 if lo is None else max(lo, int(v) + 1)
                    elif kind == "maxInclusive":
                        hi = int(v) if hi is None else min(hi, int(v))
                    elif kind == "maxExclusive":
                        hi = int(v) - 1 if hi is None else min(hi, int(v) - 1)
            if lo is not None and hi is not None and hi - lo < 4096:
                base = (D_NBIT, lo, _bits(hi - lo + 1))
            elif lo is not None and lo >= 0:
                base = (D_UINT, lo, hi)
            else:
                base = (D_INT, lo, hi)
        elif pname in ("string", "anyURI", "QName", "NOTATION"):
            base = (D_STR, self._max_length(chain))
        else:
            raise GeneratorError(f"simple type {st.name} with primitive {pname} unsupported")
        if enum:
            values = tuple(self._enum_value(base, v) for v in enum)
            return self.did((D_ENUM, values, _bits(len(values)), base[0]))
        return self.did(base)

    @staticmethod
    def _max_length(chain: list[Any]) -> int | None:
        """Tightest maxLength/length facet along the derivation chain (None = unbounded)."""
        best: int | None = None
        for t in chain:
            for fname, facet in getattr(t, "facets", {}).items():
                if fname is not None and _local(fname)[1] in ("maxLength", "length"):
                    v = int(facet.value)
                    best = v if best is None else min(best, v)
        return best

    @staticmethod
    def _enum_value(base: tuple[Any, ...], v: Any) -> Any:
        if base[0] in (D_INT, D_UINT, D_NBIT):
            return int(v)
        if base[0] == D_BOOL:
            return bool(v)
        if base[0] in (D_HEX, D_B64):
            raise GeneratorError("binary enumerations unsupported")
        return str(v)

    # ---- grammars ------------------------------------------------------------------------
    def element_grammar(self, elem: Any) -> int:
        """Grammar id for the content of an element declaration (its type grammar)."""
        return self.type_grammar(elem.type)

    def type_grammar(self, xtype: Any) -> int:
        key = id(xtype)
        if key in self.grammar_ids:
            return self.grammar_ids[key]
        gid = len(self.grammars)
        self.grammar_ids[key] = gid
        self.grammars.append(None)
        self._particles.append({})
        self.grammars[gid] = self._build_type(xtype)
        seen = self._particles.pop()
        if any(len(ids) > 1 for ids in seen.values()):
            self.unsafe.add(gid)
        return gid

    def _build_type(self, xtype: Any) -> tuple[str, list[Any]]:
        if xtype.is_simple():
            dt = self.datatype(xtype)
            return ("s", [[(P_CH, dt, 1)], [(P_EE,)]])
        nfa = Nfa()
        start = nfa.node()
        cur = start
        attrs = []
        for name, attr in xtype.attributes.items():
            if name is None:
                raise GeneratorError(f"attribute wildcard in {xtype.name} unsupported")
            uri, local = _local(attr.name)
            attrs.append(((local, uri), attr))
        attrs.sort(key=lambda a: a[0])
        for (local, uri), attr in attrs:
            nxt = nfa.node()
            dt = self.datatype(attr.type)
            nfa.edges[cur].append(((P_AT, (local, uri), dt), nxt))
            if not attr.is_required():
                nfa.epsilon(cur, nxt)
            cur = nxt
        content_start = cur
        if xtype.has_simple_content():
            dt = self.datatype(xtype.content)
            end = nfa.node()
            nfa.edges[cur].append(((P_CH, dt), end))
            shape = "v"
        else:
            shape = "c"
            if xtype.is_empty() or xtype.content is None:
                end = cur
            else:
                first_content_node = len(nfa.eps)
                end = self._particle(nfa, xtype.content, cur)
                if xtype.mixed:
                    for n in [content_start, *range(first_content_node, len(nfa.eps))]:
                        nfa.edges[n].append(((P_CHU,), n))
        return (shape, self._determinize(nfa, start, end))

    def _particle(self, nfa: Nfa, p: Any, cur: int) -> int:
        lo = p.min_occurs
        hi = p.max_occurs  # None = unbounded
        for _ in range(lo):
            cur = self._term(nfa, p, cur)
        if hi is None:
            loop = nfa.epsilon(cur)
            nfa.epsilon(self._term(nfa, p, loop), loop)
            return loop
        for _ in range(hi - lo):
            end = nfa.epsilon(cur)
            nfa.epsilon(self._term(nfa, p, cur), end)
            cur = end
        return cur

    def _term(self, nfa: Nfa, p: Any, cur: int) -> int:
        cls = type(p).__name__
        if cls == "XsdGroup":
            if p.model == "sequence" or p.model == "all":
                if p.model == "all" and len(p) > 1:
                    raise GeneratorError("xs:all with several particles unsupported")
                for child in p:
                    cur = self._particle(nfa, child, cur)
                return cur
            if p.model == "choice":
                end = nfa.node()
                for child in p:
                    branch = nfa.epsilon(cur)
                    nfa.epsilon(self._particle(nfa, child, branch), end)
                return end
            raise GeneratorError(f"model group {p.model}")
        if cls == "XsdAnyElement":
            end = nfa.node()
            nfa.edges[cur].append(((P_SEW,), end))
            return end
        if cls == "XsdElement":
            is_list = p.max_occurs is None or p.max_occurs > 1
            decl = p.ref if getattr(p, "ref", None) is not None else p
            # the head and every member of its substitution group, abstract ones included
            # (that is what the reference encoders do, e.g. -2's abstract BodyElement)
            members = [decl, *self.subst.get(decl.name, [])]
            members.sort(key=lambda e: (_local(e.name)[1], _local(e.name)[0]))
            end = nfa.node()
            for m in members:
                uri, local = _local(m.name)
                self._particles[-1].setdefault((uri, local), set()).add(id(p))
                self.se_order += 1
                gid = self.element_grammar(m)
                term = (P_SE, (local, uri), gid, is_list, self.se_order)
                nfa.edges[cur].append((term, end))
            return end
        raise GeneratorError(f"particle {cls}")

    def _determinize(self, nfa: Nfa, start: int, final: int) -> list[Any]:
        s0 = _closure(nfa, [start])
        ids = {s0: 0}
        order = [s0]
        states: list[Any] = []
        i = 0
        while i < len(order):
            cur = order[i]
            i += 1
            moves, keyinfo = _moves(nfa, cur)
            prods: list[tuple[Any, int]] = []
            for k, tgts in moves.items():
                target = _closure(nfa, tgts)
                if target not in ids:
                    ids[target] = len(order)
                    order.append(target)
                prods.append((keyinfo[k], ids[target]))
            if final in cur:
                prods.append(((P_EE,), -1))
            prods.sort(key=_production_order)
            states.append(self._productions(prods))
        return states

    def _productions(self, prods: list[tuple[Any, int]]) -> list[tuple[Any, ...]]:
        """A DFA state's sorted (terminal, next state) pairs as grammar productions."""
        out: list[tuple[Any, ...]] = []
        for t, nxt in prods:
            if t[0] == P_AT:
                out.append((P_AT, self.qid((t[1][1], t[1][0])), t[2], nxt))
            elif t[0] == P_SE:
                out.append((P_SE, self.qid((t[1][1], t[1][0])), t[2], nxt, t[3]))
            elif t[0] == P_EE:
                out.append((P_EE,))
            elif t[0] == P_CH:
                out.append((P_CH, t[1], nxt))
            elif t[0] == P_SEW:
                out.append((P_SEW, nxt))
            else:
                out.append((P_CHU, nxt))
        return out

    def fragment_grammar(self, gids: set[int]) -> int:
        """Grammar of a FragmentContent entry: the declaration's, or for a qname declared with
        several types the one type that carries an ``Id`` attribute (what a signature can
        reference: -2 ``eMAID`` of EMAIDType, not PaymentDetailsReq's plain eMAIDType), as
        the C codecs that chargers and certificate services run do; -1 when none or several
        do (the relaxed ElementFragment grammar, unsupported)."""
        if len(gids) == 1:
            return next(iter(gids))
        signable = [
            g
            for g in sorted(gids)
            if not self.decl_types[g].is_simple()
            and any(_local(a.name)[1] == "Id" for a in self.decl_types[g].attributes.values())
        ]
        return signable[0] if len(signable) == 1 else -1

    def all_declarations(self) -> dict[tuple[str, str], set[int]]:
        """qname -> grammar ids of every element declaration in the schema set."""
        out: dict[tuple[str, str], set[int]] = {}
        seen: set[int] = set()

        def add(e: Any) -> None:
            uri, local = _local(e.name)
            gid = self.element_grammar(e)
            out.setdefault((uri, local), set()).add(gid)
            self.decl_types[gid] = e.type
            walk(e.type)

        def part(p: Any) -> None:
            cls = type(p).__name__
            if cls == "XsdGroup":
                for c in p:
                    part(c)
            elif cls == "XsdElement":
                if getattr(p, "ref", None) is None:
                    add(p)
                else:
                    walk(p.type)

        def walk(t: Any) -> None:
            if id(t) in seen:
                return
            seen.add(id(t))
            if t.is_simple() or t.has_simple_content() or t.content is None:
                return
            part(t.content)

        for e in self.global_elements():
            add(e)
        for name, t in self.maps.types.items():
            if _local(name)[0] != XSD_NS:
                walk(t)
        return out

    def global_elements(self) -> list[Any]:
        out = []
        for name, elem in self.maps.elements.items():
            uri, _ = _local(name)
            if uri == XSD_NS:
                continue
            out.append(elem)
        out.sort(key=lambda e: (_local(e.name)[1], _local(e.name)[0]))
        return out


def _load(schema_dir: Path, subdir: str, entry: str, tmp: Path) -> tuple[Any, list[Path]]:
    """Copy the schema set into one folder (the -20 files expect xmldsig beside them) and load."""
    import xmlschema  # dev dependency

    src = schema_dir / subdir if subdir else schema_dir
    used = sorted(src.glob("*.xsd"))
    dsig = schema_dir / "xmldsig-core-schema.xsd"
    work = tmp / (subdir or "root")
    work.mkdir(parents=True, exist_ok=True)
    for f in used:
        shutil.copy(f, work / f.name)
    if dsig.exists():
        # -20 imports xmldsig from its own folder, -2 from the parent folder: give both
        shutil.copy(dsig, work / dsig.name)
        shutil.copy(dsig, tmp / dsig.name)
        if dsig not in used:
            used.append(dsig)
    schema = xmlschema.XMLSchema10(str(work / entry))
    loaded = {Path(str(sc.url)).name for sc in schema.maps.iter_schemas() if sc.url}
    return schema, [f for f in used if f.name in loaded]


def _render(
    name: str,
    b: Builder,
    roots: list[tuple[int, int]],
    fragments: list[tuple[int, int]],
    hashes: list[tuple[str, str]],
    relaxed: list[int] | None = None,
) -> str:
    """Module text of one namespace up to its fast path: header and grammar tables."""
    lines = [
        f"# generated — do not edit. EXI grammars for '{name}' built by",
        "# evcc_agent.iso15118.exi.generator from these schema files (sha256):",
    ]
    for fname, digest in hashes:
        lines.append(f"#   {digest}  {fname}")
    # tables as JSON text: a string literal compiles in no time, json.loads is fast
    tables = {
        "QNAMES": b.qnames,
        "DTYPES": b.dtypes,
        "ROOTS": roots,
        "FRAGMENTS": fragments,
        **({"FRAGMENTS_RELAXED": relaxed} if relaxed else {}),
        "GRAMMARS": b.grammars,
    }
    lines.append("import json")
    lines.append("")
    lines.append(f"TABLES = json.loads({json.dumps(tables, separators=(',', ':'))!r})")
    return "\n".join(lines)


def _namespace(schema_dir: Path, tmp: Path, name: str) -> tuple[str, FastPath] | None:
    """One schema set built: its module text up to the fast path, and the fast path."""
    subdir, entry = SCHEMA_SETS[name]
    if not (schema_dir / subdir / entry if subdir else schema_dir / entry).exists():
        return None
    schema, used = _load(schema_dir, subdir, entry, tmp)
    b = Builder(schema)
    roots = []
    for elem in b.global_elements():
        uri, local = _local(elem.name)
        gid = b.element_grammar(elem)
        roots.append((b.qid((uri, local)), gid))
    # fragment grammar: every element declaration, global and local (also in types no
    # global element uses), one entry per qname, sorted by qname; see fragment_grammar
    # for a qname declared with several types
    fragments: list[tuple[int, int]] = []
    relaxed: list[int] = []  # entries whose qname has several types (relaxed grammar also offered)
    decls = b.all_declarations()
    for (uri, local), gids in sorted(decls.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if len(gids) > 1:
            relaxed.append(len(fragments))
        fragments.append((b.qid((uri, local)), b.fragment_grammar(gids)))
    hashes = [
        (str(f.relative_to(schema_dir)), hashlib.sha256(f.read_bytes()).hexdigest()) for f in used
    ]
    text = _render(name, b, roots, fragments, hashes, relaxed)
    return text, generate_code(b.qnames, b.dtypes, b.grammars, b.unsafe)


def generate(schema_dir: Path, out_dir: Path) -> list[Path]:
    """Generate one module per namespace, and the module of the fast-path sources several
    share, into out_dir; returns the written files."""
    written = []
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    init.write_text(
        '"""generated — do not edit: EXI grammar tables, one module per namespace."""\n'
    )
    written.append(init)
    built: dict[str, tuple[str, FastPath]] = {}
    with tempfile.TemporaryDirectory() as tmpname:
        for name in SCHEMA_SETS:
            ns = _namespace(schema_dir, Path(tmpname), name)
            if ns is not None:
                built[name] = ns
    shared = shared_sources(fp for _text, fp in built.values())
    path = out_dir / f"{SHARED_MODULE}.py"
    path.write_text(render_shared(shared))
    written.append(path)
    for name, (text, fp) in built.items():
        path = out_dir / f"{name}.py"
        path.write_text(text + "\n" + render_fast_path(fp, shared) + "\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--schemas", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    for p in generate(args.schemas, args.out):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
