"""Fuzzing the EXI decoder (small run; ``benchmarks/exi_fuzz.py`` does the million).

Mutated vectors and random bytes: the only exception is ExiDecodeError, and the generated
fast path never accepts what the table-driven decoder rejects (or decodes differently).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evcc_agent.iso15118 import exi
from evcc_agent.iso15118.exi import runtime
from tests.exi_vectors import exi_vectors

NAMESPACES = ["appprotocol", "iso20-common", "iso20-dc", "iso20-ac", "iso2", "din"]


def _seeds() -> list[tuple[str, bytes]]:
    files = ("appprotocol", "iso20-common", "iso20-dc", "iso20-ac", "iso2")
    return [(rec["ns"], bytes.fromhex(rec["exi"])) for _, _, rec in exi_vectors(files, limit=120)]


SEEDS = _seeds()


def _check(ns: str, data: bytes) -> None:
    g = exi._grammars(ns, exi.ExiDecodeError)
    try:
        slow = runtime.decode_body(g, data)
    except exi.ExiDecodeError:
        slow = None
    except Exception as e:  # pragma: no cover - a bug
        pytest.fail(f"table decoder raised {type(e).__name__}: {e} on {data.hex()}")
    try:
        fast = runtime.decode_generated(g, data)
    except Exception:
        fast = None
    if fast is not None:
        assert fast == slow, data.hex()
    try:
        got = exi.decode(ns, data, fragment=False)
    except exi.ExiDecodeError:
        assert slow is None
        return
    assert got == slow
    # whatever decodes re-encodes and decodes to the same value, unless it is something the
    # decoder tolerates and the encoder refuses: over-long values or out-of-range numbers
    # (chargers send over-long eMAIDs), required elements ended early by a second-level EE
    try:
        exi.decode(ns, data)  # auto mode (document, then fragment): typed error or a value
        again = exi.encode(ns, got, fragment=False)
    except exi.ExiEncodeError as e:
        assert any(w in e.reason for w in ("too long", "range", "missing required")), e
        return
    assert exi.decode(ns, again, fragment=False) == got


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(NAMESPACES), st.binary(max_size=64))
def test_random_bytes(ns: str, data: bytes) -> None:
    _check(ns, b"\x80" + data)
    _check(ns, data)


@pytest.mark.skipif(not SEEDS, reason="no shared vectors")
@settings(max_examples=2500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_mutated_vectors(data: st.DataObject) -> None:
    ns, seed = data.draw(st.sampled_from(SEEDS))
    buf = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.integers(0, 2))
        if op == 0 and buf:
            i = data.draw(st.integers(0, len(buf) - 1))
            buf[i] ^= 1 << data.draw(st.integers(0, 7))
        elif op == 1 and buf:
            cut = data.draw(st.integers(0, len(buf)))
            del buf[cut:]
        else:
            i = data.draw(st.integers(0, len(buf)))
            buf[i:i] = data.draw(st.binary(min_size=1, max_size=4))
    _check(ns, bytes(buf))
