"""Time from SessionSetupReq to AuthorizationRes(Finished) of a -2 Plug & Charge session, on
this machine: the EVCC driver against the SECC simulator on [::1] (real sockets, the EXI
codec), the simulator answering at once (no Ongoing rounds), so the figure is the EV's and
the simulated provisioning service's work, not a charger's.

- install_file: an empty contract store: CertificateInstallation (chain validation, two
  signature checks, ECDH, the store's fsynced install), PaymentDetails, signed Authorization;
  OEM and contract keys as files;
- stored_file: the contract from the store (PaymentDetails, signed Authorization);
- install_hsm: as install_file with the OEM key in SoftHSM2 (ECDH and signing inside it) and
  the contract key imported into it (n/a without softhsm2-util);
- eim: the same session with EIM, for comparison;
- iso20_install_file: the -20 session (AuthorizationSetup → CertificateInstallation →
  Authorization with PnC_AReqAuthorizationMode), secp521r1, file keys, TCP.

Medians over ``--count`` sessions each. Last line:
``pnc_session: install_file_ms=… stored_file_ms=… install_hsm_ms=… eim_ms=…
iso20_install_file_ms=… runs=N``.
Run: ``python benchmarks/pnc_session.py [--count N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evcc_agent.iso15118.codec import ExiCodec  # noqa: E402
from evcc_agent.sim import pnc_pki  # noqa: E402
from evcc_agent.sim.secc import ISO20_DC_NAMESPACE, SeccSimConfig  # noqa: E402
from evcc_agent.sim.secc.config import SimPnc  # noqa: E402
from tests.iso2_helpers import Harness  # noqa: E402
from tests.pnc_helpers import EMAID, PCID, bus_config, pnc_sim, softhsm_bus  # noqa: E402
from tests.pnc_softhsm import why_unavailable  # noqa: E402


def _sim(pki: pnc_pki.PncPki, cfg: dict[str, Any]) -> SeccSimConfig:
    """The simulator for ``cfg``'s protocol (-2, or -20 with a secp521r1 PKI)."""
    if cfg["protocols"] == ["iso20-dc"]:
        return SeccSimConfig(protocols=[ISO20_DC_NAMESPACE], pnc=SimPnc(pki, EMAID))
    return pnc_sim(pki, receipt_at_loop=0)


async def _one(codec: Any, pki: pnc_pki.PncPki, cfg: dict[str, Any]) -> float:
    """Seconds from SessionSetupReq out to AuthorizationRes(Finished) in."""
    h = Harness(codec, _sim(pki, cfg))
    h.server.cfg.ongoing_rounds = 0
    marks: dict[str, float] = {}

    def observe(direction: str, name: str, msg: dict[str, Any], now: float) -> None:
        if direction == "tx" and name == "SessionSetupReq":
            marks.setdefault("setup", time.perf_counter())
        if direction == "rx" and name == "AuthorizationRes":
            marks.setdefault("auth", time.perf_counter())
            assert h.evcc is not None
            h.evcc.request_stop("benchmark")

    h.observer = observe  # type: ignore[method-assign]
    async with h.server:
        result = await h.run(**cfg)
    if not result.ok or "auth" not in marks:
        raise SystemExit(f"session failed: {result.reason}")
    return marks["auth"] - marks["setup"]


async def _median(
    codec: Any, pki: pnc_pki.PncPki, cfg: dict[str, Any], fresh: bool, n: int
) -> float:
    store = Path(cfg["pnc"]["contract_store"])
    await _one(codec, pki, cfg)  # warm-up: grammars, first installation
    times = []
    for _ in range(n):
        if fresh:
            shutil.rmtree(store, ignore_errors=True)
        times.append(await _one(codec, pki, cfg))
    return statistics.median(times) * 1000


async def _hsm(codec: Any, pki: pnc_pki.PncPki, root: Path, n: int) -> str:
    why = why_unavailable()
    if why:
        print(f"SoftHSM: n/a ({why})")
        return "n/a"
    cfg = softhsm_bus(root / "hsm", pki)
    return f"{await _median(codec, pki, cfg, True, n):.1f}"


async def main_async(count: int) -> int:
    codec = ExiCodec()
    pki = pnc_pki.generate("secp256r1", pcid=PCID)
    root = Path(tempfile.mkdtemp(prefix="pnc-bench-"))
    try:
        files = bus_config(root / "files", pki)
        install_file = await _median(codec, pki, files, True, count)
        stored_file = await _median(codec, pki, files, False, count)
        eim = await _median(codec, pki, {**files, "auth": ["eim"]}, False, count)
        install_hsm = await _hsm(codec, pki, root, count)
        pki20 = pnc_pki.generate("secp521r1", pcid=PCID)
        files20 = {**bus_config(root / "files20", pki20), "protocols": ["iso20-dc"]}
        install_20 = await _median(codec, pki20, files20, True, count)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"SessionSetupReq -> AuthorizationRes, -2, simulator on [::1], median of {count}:")
    print(f"  PnC with installation, file keys:  {install_file:.1f} ms")
    print(f"  PnC, stored contract, file keys:   {stored_file:.1f} ms")
    print(f"  PnC with installation, SoftHSM2:   {install_hsm} ms")
    print(f"  EIM:                               {eim:.1f} ms")
    print(f"  -20 PnC with installation (P-521), file keys: {install_20:.1f} ms")
    print(
        f"pnc_session: install_file_ms={install_file:.1f} stored_file_ms={stored_file:.1f} "
        f"install_hsm_ms={install_hsm} eim_ms={eim:.1f} iso20_install_file_ms={install_20:.1f} "
        f"runs={count}"
    )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=20)
    args = ap.parse_args()
    return asyncio.run(main_async(args.count))


if __name__ == "__main__":
    sys.exit(main())
