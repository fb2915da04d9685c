"""Fuzz the EXI decoder: mutated vectors and random bytes, only ExiDecodeError allowed.

Run: ``python benchmarks/exi_fuzz.py --count 1000000 [--seed S]``. Each input goes through the
public ``decode`` (generated fast path, table-driven fallback). Anything else than a result or
an ExiDecodeError is printed and counted; the slowest single input is reported so a hang or a
length-driven blow-up shows. Last line: ``exi_fuzz: inputs=… errors=… crashes=… …``.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evcc_agent.iso15118 import exi  # noqa: E402
from tests.exi_vectors import exi_vectors  # noqa: E402

NAMESPACES = ["appprotocol", "iso20-common", "iso20-dc", "iso20-ac", "iso2", "din"]


def _seeds() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for _name, _line, rec in exi_vectors():
        ns = exi.NAMESPACE_URIS.get(rec["ns"])
        if ns in NAMESPACES:
            out.append((ns, bytes.fromhex(rec["exi"])))
    return out


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        if op < 0.5 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op < 0.65 and buf:
            i = rng.randrange(len(buf))
            buf[i] = rng.randrange(256)
        elif op < 0.8 and buf:
            del buf[rng.randrange(len(buf)) :]
        elif op < 0.9:
            i = rng.randrange(len(buf) + 1)
            buf[i:i] = rng.randbytes(rng.randint(1, 8))
        elif buf:
            # a huge length field in the middle of the stream
            i = rng.randrange(len(buf))
            buf[i : i + 4] = b"\xff\xff\xff\x7f"
    return bytes(buf)


def run_atheris(count: int) -> int:
    """Coverage-guided run with atheris (optional extra ``fuzz``): the first input byte picks
    the namespace, the rest is the stream; only ExiDecodeError may escape."""
    import atheris  # type: ignore[import-not-found]

    with atheris.instrument_imports():
        from evcc_agent.iso15118.exi import runtime  # noqa: F401

    exi.preload(*NAMESPACES)
    runs = [0]
    t0 = time.perf_counter()

    def one(data: bytes) -> None:
        runs[0] += 1
        if runs[0] == count:  # libFuzzer exits the process itself after the last run
            elapsed = time.perf_counter() - t0
            print(f"exi_fuzz: atheris_runs={count} crashes=0 seconds={elapsed:.1f}", flush=True)
        if not data:
            return
        ns = NAMESPACES[data[0] % len(NAMESPACES)]
        body = data[1:]
        with contextlib.suppress(exi.ExiDecodeError):
            exi.decode(ns, b"\x80" + body if data[0] & 0x80 else body)

    atheris.Setup([sys.argv[0], f"-runs={count}", "-max_len=512"], one)
    atheris.Fuzz()  # an escaping exception other than ExiDecodeError aborts with a report
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=15118)
    ap.add_argument("--atheris", action="store_true", help="coverage-guided (pip install atheris)")
    args = ap.parse_args()
    if args.atheris:
        return run_atheris(args.count)
    rng = random.Random(args.seed)
    seeds = _seeds()
    decoded = errors = crashes = 0
    slowest = 0.0
    slowest_input: tuple[str, bytes] = ("", b"")
    exi.preload(*NAMESPACES)  # load and compile before timing single inputs
    t0 = time.perf_counter()
    for n in range(args.count):
        if seeds and n % 4:
            ns, seed = seeds[rng.randrange(len(seeds))]
            data = _mutate(rng, seed)
        else:
            ns = NAMESPACES[rng.randrange(len(NAMESPACES))]
            body = rng.randbytes(rng.randint(0, 96))
            data = (b"\x80" + body) if n % 2 else body
        t = time.perf_counter()
        try:
            exi.decode(ns, data)
            decoded += 1
        except exi.ExiDecodeError:
            errors += 1
        except Exception as e:
            crashes += 1
            if crashes <= 10:
                print(f"CRASH {type(e).__name__}: {e} ns={ns} data={data.hex()}")
        dt = time.perf_counter() - t
        if dt > slowest:
            slowest, slowest_input = dt, (ns, data)
    elapsed = time.perf_counter() - t0
    print(f"slowest input: ns={slowest_input[0]} data={slowest_input[1].hex()}")
    print(
        f"exi_fuzz: inputs={args.count} decoded={decoded} errors={errors} crashes={crashes} "
        f"seconds={elapsed:.1f} per_input_us={elapsed / max(args.count, 1) * 1e6:.1f} "
        f"slowest_ms={slowest * 1000:.2f}"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
