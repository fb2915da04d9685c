"""SLAC frame codec speed: µs to parse and to build one frame, over every captured frame.

Frames come from ``../shared/vectors/slac-frames.json`` (or ``$EVCC_SHARED_DIR``). Each round
decodes all of them, then encodes the decoded frames again; the figures are per frame, the
median round over ``--rounds``. Last line: ``slac_frames: parse_us=… build_us=… frames=N``.
Run: ``python benchmarks/slac_frames.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evcc_agent.iso15118 import slac_frames as sf  # noqa: E402
from tests.conftest import find_shared_dir  # noqa: E402


def _round(raws: list[bytes]) -> tuple[float, float]:
    t0 = time.perf_counter()
    frames = [sf.decode(raw) for raw in raws]
    t1 = time.perf_counter()
    for frame in frames:
        sf.encode(frame)
    t2 = time.perf_counter()
    n = len(raws)
    return (t1 - t0) / n * 1e6, (t2 - t1) / n * 1e6


def _captured() -> list[bytes] | None:
    shared = find_shared_dir()
    path = shared / "vectors" / "slac-frames.json" if shared else None
    if path is None or not path.exists():
        return None
    return [bytes.fromhex(r["frame_hex"]) for r in json.loads(path.read_text())]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=20)
    rounds = p.parse_args().rounds
    raws = _captured()
    if raws is None:
        print("slac_frames: skipped (no ../shared/vectors/slac-frames.json)")
        return 0
    sf.warm_up()
    _round(raws)  # first use: imports, caches
    parse, build = zip(*(_round(raws) for _ in range(rounds)), strict=True)
    print(f"{rounds} rounds over {len(raws)} frames (median round, per frame)")
    print(
        f"slac_frames: parse_us={statistics.median(parse):.1f}"
        f" build_us={statistics.median(build):.1f} frames={len(raws)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
