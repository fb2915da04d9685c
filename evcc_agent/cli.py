"""The ``evcc-agent`` command line: argument handling only.

Each sub-command's implementation lives in its package and is imported only when that
sub-command runs, so ``evcc-agent --version`` stays fast (no scapy, no cantools).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from evcc_agent import __version__

#: sub-command -> "module:function" taking the parsed arguments and returning an exit code
HANDLERS = {
    "run": "evcc_agent.agent:run_main",
    "check-config": "evcc_agent.config:check_config_main",
    "check-network": "evcc_agent.netcheck:main",
    "demo": "evcc_agent.demo:main",
    "exi": "evcc_agent.iso15118.exi.cli:main",
    "charge": "evcc_agent.iso15118.charge:main",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="evcc-agent", description=__doc__)
    p.add_argument("--version", action="version", version=f"evcc-agent {__version__}")
    p.add_argument("--log-level", default=None, help="root log level (default from config / INFO)")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the agent (production)")
    run.add_argument("--config", required=True, help="agent TOML configuration file")

    chk = sub.add_parser("check-config", help="validate a configuration file and print it")
    chk.add_argument("--config", required=True)

    net = sub.add_parser(
        "check-network", help="V2ICP's path through the charger: address, DNS, route"
    )
    net.add_argument("--config", required=True)
    net.add_argument("--wait", type=float, default=5.0, help="seconds to wait for an RA")
    net.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="the whole chain on one machine, embedded defaults")
    demo.add_argument("--duration", type=float, default=None, help="exit 0 after S wall seconds")
    demo.add_argument(
        "--time-scale", type=float, default=1.0, help="simulated seconds per wall-clock second"
    )
    demo.add_argument(
        "--backend-url", default=None, help="external V2ICP backend instead of the sim"
    )
    demo.add_argument("--backend-ca", default=None, help="root CA (PEM) of --backend-url")
    demo.add_argument("--json", action="store_true", help="one JSON event per line")
    demo.add_argument("--config", default=None, help="override the embedded demo configuration")

    exi = sub.add_parser("exi", help="EXI codec: decode / encode one message")
    exi_sub = exi.add_subparsers(dest="exi_command", required=True)
    dec = exi_sub.add_parser("decode", help="hex EXI -> JSON")
    dec.add_argument("--ns", required=True)
    dec.add_argument("data", help="hex string, or @file")
    enc = exi_sub.add_parser("encode", help="JSON -> hex EXI")
    enc.add_argument("--ns", required=True)
    enc.add_argument("data", help="JSON text, or @file")

    ch = sub.add_parser("charge", help="one ISO 15118 charging session against a real SECC")
    ch.add_argument("--config", default=None)
    ch.add_argument("--interface", default=None)
    tgt = ch.add_mutually_exclusive_group()
    tgt.add_argument("--sdp-target", default=None, help="send SDP unicast to this address")
    tgt.add_argument("--secc", default=None, metavar="HOST:PORT", help="skip SDP")
    ch.add_argument("--no-tls", action="store_true")
    ch.add_argument("--tls-root", default=None)
    ch.add_argument("--tls-cert", default=None)
    ch.add_argument("--tls-key", default=None)
    ch.add_argument(
        "--protocol",
        default=None,
        help="iso20-dc|iso20-ac|iso2-dc|iso2-ac|din (default: negotiate)",
    )
    ch.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    target = HANDLERS[args.command]
    mod_name, func_name = target.split(":")
    try:
        mod = importlib.import_module(mod_name)
        func = getattr(mod, func_name)
    except (ImportError, AttributeError) as exc:
        print(f"evcc-agent {args.command}: not available in this build ({exc})", file=sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except BrokenPipeError:
        # stdout closed early (`evcc-agent ... | head`): not an error worth a traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
