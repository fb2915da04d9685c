"""EXI codec speed: µs per encode and per decode of typical ISO 15118-20 messages.

Messages come from the shared vectors (``../shared/vectors``) where present; the ones that are
not found are reported as skipped. Last line: ``exi_codec: worst_loop_us=<slowest
charge-loop call> ...``. Run: ``python benchmarks/exi_codec.py [--seconds S]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evcc_agent.iso15118 import exi  # noqa: E402
from tests.conftest import find_shared_dir  # noqa: E402
from tests.exi_vectors import exi_vectors  # noqa: E402

LOOP = {"DC_ChargeLoopReq", "DC_ChargeLoopRes", "AC_ChargeLoopRes"}


def _pick() -> dict[str, tuple[str, bytes] | None]:
    want: dict[str, Callable[[dict[str, Any]], bool]] = {
        "SessionSetupReq": lambda d: "SessionSetupReq" in d,
        "ServiceDiscoveryRes+VAS": lambda d: "VASList" in d.get("ServiceDiscoveryRes", {}),
        "ServiceDetailRes(65)": lambda d: d.get("ServiceDetailRes", {}).get("ServiceID") == 65,
        "DC_ChargeLoopReq": lambda d: "DC_ChargeLoopReq" in d,
        "DC_ChargeLoopRes": lambda d: "DC_ChargeLoopRes" in d,
        "AC_ChargeLoopRes": lambda d: "AC_ChargeLoopRes" in d,
        "AuthorizationReq(signed)": lambda d: (
            "Signature" in d.get("AuthorizationReq", {}).get("Header", {})
        ),
    }
    found: dict[str, tuple[str, bytes] | None] = dict.fromkeys(want)
    for _file, _line, rec in exi_vectors(("iso20-common", "iso20-dc", "iso20-ac")):
        d = rec.get("decoded")
        if not d:
            continue
        for name, pred in want.items():
            # prefer the largest instance (most optional fields present)
            if pred(d):
                data = bytes.fromhex(rec["exi"])
                cur = found[name]
                if cur is None or len(data) > len(cur[1]):
                    found[name] = (rec["ns"], data)
    return found


HEADER = {"SessionID": "0877EC9149BB5BC1", "TimeStamp": 1786750262}

#: built when the vectors lack them (same shapes as a -20 SECC sends for the Internet VAS)
BUILT: dict[str, tuple[str, dict[str, Any]]] = {
    "ServiceDiscoveryRes+VAS": (
        "iso20-common",
        {
            "ServiceDiscoveryRes": {
                "Header": HEADER,
                "ResponseCode": "OK",
                "ServiceRenegotiationSupported": False,
                "EnergyTransferServiceList": {
                    "Service": [
                        {"ServiceID": 2, "FreeService": False},
                        {"ServiceID": 6, "FreeService": False},
                    ]
                },
                "VASList": {
                    "Service": [
                        {"ServiceID": 65, "FreeService": True},
                        {"ServiceID": 66, "FreeService": True},
                    ]
                },
            }
        },
    ),
    "ServiceDetailRes(65)": (
        "iso20-common",
        {
            "ServiceDetailRes": {
                "Header": HEADER,
                "ResponseCode": "OK",
                "ServiceID": 65,
                "ServiceParameterList": {
                    "ParameterSet": [
                        {
                            "ParameterSetID": i,
                            "Parameter": [
                                {"Name": "Protocol", "finiteString": proto},
                                {"Name": "Port", "intValue": port},
                            ],
                        }
                        for i, (proto, port) in enumerate(
                            [("ftp", 20), ("ftp", 21), ("http", 80), ("https", 443)], start=1
                        )
                    ]
                },
            }
        },
    ),
}


def _time(fn: Callable[[], Any], seconds: float) -> float:
    n = 0
    t0 = time.perf_counter()
    deadline = t0 + seconds
    while True:
        for _ in range(50):
            fn()
        n += 50
        t = time.perf_counter()
        if t >= deadline:
            return (t - t0) / n * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=0.5, help="time per measurement")
    args = ap.parse_args()
    shared = find_shared_dir()
    if shared is None:
        print("exi_codec: skipped (no ../shared/vectors)")
        return 0
    worst = 0.0
    totals = []
    for name, item in _pick().items():
        if item is None and name in BUILT:
            ns, built = BUILT[name]
            item = (ns, exi.encode(ns, built))
            name += "*"
        if item is None:
            print(f"{name:26s} skipped: no such message in the vectors")
            continue
        ns, data = item
        msg = exi.decode(ns, data)
        assert exi.encode(ns, msg) == data
        dec = _time(lambda ns=ns, data=data: exi.decode(ns, data), args.seconds)
        enc = _time(lambda ns=ns, msg=msg: exi.encode(ns, msg), args.seconds)
        print(f"{name:26s} {len(data):5d} B  decode {dec:8.1f} µs  encode {enc:8.1f} µs")
        totals.append(dec + enc)
        if name.rstrip("*") in LOOP:
            worst = max(worst, dec, enc)
    print("(* built in the benchmark: not present in the vectors)")
    print(f"exi_codec: worst_loop_us={worst:.1f} messages={len(totals)} goal_us=50")
    return 0


if __name__ == "__main__":
    sys.exit(main())
