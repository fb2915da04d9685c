"""Pass-rate table of the EXI codec over the shared vectors, per namespace and lineage.

A record passes when ``decode(exi) == decoded`` and ``encode(decoded) == exi`` byte for byte
(records without a reference decode: decode, then re-encode to the same bytes). "payload" also
counts records whose only difference is non-zero padding bits after the last event.
Run: ``python benchmarks/exi_conformance.py``; last line ``exi_conformance: …``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evcc_agent.iso15118 import exi  # noqa: E402
from evcc_agent.iso15118.exi import runtime  # noqa: E402
from tests.conftest import find_shared_dir  # noqa: E402
from tests.exi_vectors import exi_vectors  # noqa: E402


def _bits(b: bytes) -> str:
    return "".join(f"{x:08b}" for x in b)


def check(rec: dict) -> tuple[bool, bool]:
    """(byte-exact pass, payload pass) for one record."""
    data = bytes.fromhex(rec["exi"])
    ref = rec.get("decoded")
    try:
        g = exi._grammars(rec["ns"], exi.ExiDecodeError)
        if ref is None:
            msg = exi.decode(rec["ns"], data)
            ok = exi.encode(rec["ns"], msg) == data
            return ok, ok
        fragment = rec["ns"].endswith("xmldsig#") or next(iter(ref)) not in g.root_by_name
        if exi.decode(rec["ns"], data, fragment=fragment) != ref:
            return False, False
        enc, nbits = runtime.encode_with_length(g, ref, fragment)
    except exi.ExiError:
        return False, False
    if enc == data:
        return True, True
    return False, len(enc) == len(data) and _bits(enc)[:nbits] == _bits(data)[:nbits]


def main() -> int:
    shared = find_shared_dir()
    if shared is None:
        print("exi_conformance: skipped (no ../shared/vectors)")
        return 0
    table: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for name, _line, rec in exi_vectors():
        kind = "decoded" if rec.get("decoded") is not None else "roundtrip"
        exact, payload = check(rec)
        row = table[(name, rec["lineage"], kind)]
        row[0] += 1
        row[1] += exact
        row[2] += payload
    print(f"{'vectors':18s} {'lineage':20s} {'check':9s} {'n':>5s} {'exact':>6s} {'payload':>7s}")
    total = [0, 0, 0]
    for (name, lineage, kind), (n, exact, payload) in sorted(table.items()):
        print(f"{name:18s} {lineage:20s} {kind:9s} {n:5d} {exact:6d} {payload:7d}")
        total = [total[0] + n, total[1] + exact, total[2] + payload]
    print(
        f"exi_conformance: records={total[0]} exact={total[1]} payload={total[2]} "
        f"exact_pct={100 * total[1] / max(total[0], 1):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
