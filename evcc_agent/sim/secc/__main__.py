"""SECC simulator (ISO 15118-20 DC and AC, Internet VAS) for tests, the demo and benches.

``SeccResponder`` is the dict-level core: one request dict in, one reply out (or a fault).
``SeccServer`` puts it behind the same V2GTP framing and EXI codec the EVCC uses, on TCP or
TLS 1.3 (mutual authentication with the test PKI), and answers SDP (multicast on an
interface, or unicast). Faults are injected per request name: no answer, FAILED codes, no
Internet VAS, wrong session id, garbage EXI, connection drop, EVSE notifications.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import ssl

from evcc_agent.iso15118 import sdp
from evcc_agent.sim import router
from evcc_agent.sim.secc.config import SeccSimConfig, parse_fault
from evcc_agent.sim.secc.protocols import BY_NAME
from evcc_agent.sim.secc.server import SeccServer


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m evcc_agent.sim.secc", description=__doc__)
    p.add_argument("--host", default="::")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--interface", default=None, help="answer SDP multicast on this interface")
    p.add_argument("--sdp-bind", default=None, help="answer SDP unicast on this address")
    p.add_argument("--advertise", default=None, help="address to put in SDP responses")
    p.add_argument("--sdp-port", type=int, default=sdp.SDP_PORT, help="0: ephemeral (tests)")
    p.add_argument("--tls-dir", default=None, help="generate a test PKI here and serve TLS 1.3")
    p.add_argument(
        "--tls12",
        action="store_true",
        help="with --tls-dir: a -2 SECC (TLS 1.2, server authentication, P-256 test PKI)",
    )
    p.add_argument(
        "--protocols",
        default="iso20-dc,iso20-ac",
        help=f"SAP namespaces the SECC accepts, from {','.join(BY_NAME)}",
    )
    p.add_argument("--no-internet", action="store_true")
    p.add_argument(
        "--bpt",
        action="store_true",
        help="also offer DC_BPT/AC_BPT (6, 5) with a V2G schedule: 60 s discharging 30 kW, then "
        "charging",
    )
    p.add_argument("--fault", action="append", default=[], help="KIND@REQUEST[#N][=VALUE]")
    router.add_arguments(p)
    return p


#: ``--bpt``'s schedule: (duration s, power W), negative = discharge
V2G_SCHEDULE = ((60, -30_000.0), (86_400, 50_000.0))


def _tls_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    """A test PKI in ``--tls-dir`` and the server context over it (None: plain TCP)."""
    from evcc_agent.iso15118.tls import server_context
    from evcc_agent.sim.pki import generate

    if args.tls_dir and args.tls12:
        pki = generate(args.tls_dir, algorithm="secp256r1")
        ctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
        print(f"test PKI in {args.tls_dir}: EV uses v2g_root.pem (TLS 1.2, no client cert)")
        return ctx
    if args.tls_dir:
        pki = generate(args.tls_dir)
        ctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        print(f"test PKI in {args.tls_dir}: EV uses v2g_root.pem, oem_chain.pem, oem_key.pem")
        return ctx
    return None


async def _serve(args: argparse.Namespace, cfg: SeccSimConfig, ctx: ssl.SSLContext | None) -> None:
    _router = await router.from_arguments(args)  # the charger routes the EV, if asked
    async with SeccServer(cfg, ssl_context=ctx, host=args.host, port=args.port) as srv:
        if args.interface or args.sdp_bind:
            await srv.start_sdp(
                interface=args.interface,
                bind=args.sdp_bind or "::",
                advertise=args.advertise,
                port=args.sdp_port,
            )
        print(f"SECC simulator on [{args.host}]:{srv.port} sdp_port={srv.sdp_port}", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> int:
    """``python -m evcc_agent.sim.secc``: a standalone SECC for benches and the demo."""
    p = _parser()
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        protocols = [BY_NAME[name].namespace for name in args.protocols.split(",") if name]
    except KeyError as exc:
        p.error(f"unknown protocol {exc}")
    cfg = SeccSimConfig(
        energy_services=[6, 5, 2, 1] if args.bpt else [2, 1],
        bpt_schedule=list(V2G_SCHEDULE) if args.bpt else [],
        offer_internet=not args.no_internet,
        faults=[parse_fault(f) for f in args.fault],
        protocols=protocols,
    )
    ctx = _tls_context(args)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args, cfg, ctx))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
