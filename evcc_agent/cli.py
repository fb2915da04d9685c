"""The ``evcc-agent`` command line: argument handling only.

Each sub-command's implementation is imported only when that sub-command runs, so
``evcc-agent --version`` stays fast (no scapy, no cantools). Exit codes and the error format
are ``exit_codes``'s.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import textwrap
from collections.abc import Sequence
from typing import TypeAlias

from evcc_agent import __version__
from evcc_agent.config import LOG_LEVELS
from evcc_agent.exit_codes import CONFIG, FAILURE, USAGE, UsageError, print_error
from evcc_agent.iso15118.config import KNOWN_PROTOCOLS
from evcc_agent.iso15118.exi import NAMESPACE_URIS, NAMESPACES

#: sub-command -> "module:function" taking the parsed arguments and returning an exit code
HANDLERS = {
    "run": "evcc_agent.agent:run_main",
    "check-config": "evcc_agent.preflight:check_config_main",
    "check-network": "evcc_agent.netcheck:main",
    "demo": "evcc_agent.demo:main",
    "exi": "evcc_agent.iso15118.exi.cli:main",
    "charge": "evcc_agent.charge:main",
}

DESCRIPTION = """\
The vehicle-side agent of an electric bus: it reads the vehicle's CAN bus, charges over
ISO 15118 (-20, -2, DIN 70121) and talks VDV 261 V2ICP to the depot backend through the
charger's Internet service."""

EXIT_CODES = """\
exit codes: 0 done, 1 it ran and failed, 2 wrong command line or configuration"""

EPILOG = f"""\
examples:
  evcc-agent demo                                  the whole chain on this machine
  evcc-agent check-config --config /etc/evcc-agent/agent.toml
  evcc-agent run --config /etc/evcc-agent/agent.toml
  evcc-agent charge --secc '[fe80::1%eth1]:64109' --tls-root v2g-root.pem
  evcc-agent exi decode --ns iso20-common 8004...

{EXIT_CODES}
Run 'evcc-agent COMMAND --help' for a command's options; docs/ has the manuals."""


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return value


def _log_level(text: str) -> str:
    if text.upper() not in LOG_LEVELS:
        raise argparse.ArgumentTypeError(
            f"unknown log level {text!r} (choose from {', '.join(LOG_LEVELS)})"
        )
    return text.upper()


def _protocol(text: str) -> str:
    if text not in KNOWN_PROTOCOLS:
        raise argparse.ArgumentTypeError(
            f"unknown protocol {text!r} (choose from {', '.join(KNOWN_PROTOCOLS)})"
        )
    return text


def _namespace(text: str) -> str:
    if text not in NAMESPACES and text not in NAMESPACE_URIS:
        raise argparse.ArgumentTypeError(
            f"unknown namespace {text!r} (choose from {', '.join(NAMESPACES)}, or a URI)"
        )
    return text


_Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _sub(
    sub: _Subparsers,
    name: str,
    summary: str,
    description: str,
    examples: str,
) -> argparse.ArgumentParser:
    return sub.add_parser(
        name,
        help=summary,
        description=textwrap.fill(description, 78),
        epilog=f"examples:\n{examples}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="evcc-agent",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"evcc-agent {__version__}")
    p.add_argument(
        "--log-level",
        type=_log_level,
        default=None,
        metavar="{" + ",".join(LOG_LEVELS) + "}",
        help="root log level; overrides [logging] level (default: the config's, else INFO; "
        "the demo: WARNING)",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", help="one of:")
    _add_run(sub)
    _add_check_config(sub)
    _add_check_network(sub)
    _add_demo(sub)
    _add_exi(sub)
    _add_charge(sub)
    return p


def _add_run(sub: _Subparsers) -> None:
    """The ``run`` command's options."""
    run = _sub(
        sub,
        "run",
        "run the agent (production; what the systemd unit starts)",
        "Run the agent until SIGTERM: CAN, ISO 15118 sessions and V2ICP. A configuration "
        "error exits 2 before anything starts; SIGTERM ends a session in order.",
        "  evcc-agent run --config /etc/evcc-agent/agent.toml",
    )
    run.add_argument("--config", required=True, metavar="FILE", help="the agent's TOML file")


def _add_check_config(sub: _Subparsers) -> None:
    """The ``check-config`` command's options."""
    chk = _sub(
        sub,
        "check-config",
        "check a configuration and everything it names; print it resolved",
        "Load the configuration the way 'run' will: the TOML and its DBC files, every "
        "certificate, key and password file (exist, readable by this user, PEMs parse, the "
        "key is the certificate's, the chain builds, dates), systemd credentials. Prints the "
        "resolved configuration; exits 2 if anything would make 'run' fail or run degraded.",
        "  evcc-agent check-config --config /etc/evcc-agent/agent.toml\n"
        "  evcc-agent check-config --allow-degraded --config hil/bench.toml",
    )
    chk.add_argument("--config", required=True, metavar="FILE", help="the agent's TOML file")
    chk.add_argument(
        "--allow-degraded",
        action="store_true",
        help="report missing or broken TLS files, backend settings etc. as warnings and exit 0 "
        "(benches without a backend or PKI); an invalid file still fails",
    )


def _add_check_network(sub: _Subparsers) -> None:
    """The ``check-network`` command's options."""
    net = _sub(
        sub,
        "check-network",
        "V2ICP's path through the charger: address, DNS, route",
        "Look at the interface V2ICP is bound to ([v2icp] interface, else [iso15118] "
        "interface) the way 'run' will after the charger's Internet service is up: a usable "
        "global IPv6 address, the DNS servers (configured or from the charger's Router "
        "Advertisements), the backend's address and a route to it through that interface. "
        "Exits 0 when the path is usable, 1 when not.",
        "  evcc-agent check-network --config /etc/evcc-agent/agent.toml\n"
        "  evcc-agent check-network --config hil/bench.toml --wait 10 --json",
    )
    net.add_argument("--config", required=True, metavar="FILE", help="the agent's TOML file")
    net.add_argument(
        "--wait",
        type=float,
        default=5.0,
        metavar="S",
        help="seconds to wait for a Router Advertisement (default 5)",
    )
    net.add_argument("--json", action="store_true", help="the report as one JSON object")


def _add_demo(sub: _Subparsers) -> None:
    """The ``demo`` command's options."""
    demo = _sub(
        sub,
        "demo",
        "the whole chain on one machine: simulated bus, charger and backend",
        "The real agent against a simulated vehicle (virtual CAN), a simulated charger "
        "(ISO 15118-20 over TLS 1.3 on loopback) and a simulated V2ICP backend. A live view "
        "on a terminal, plain lines otherwise, JSON events with --json. Exits 0 when the "
        "summary is OK, 1 when it is NOT OK.",
        "  evcc-agent demo\n"
        "  evcc-agent demo --duration 20 --time-scale 60\n"
        "  evcc-agent demo --bpt          # V2G: evening discharge, charged by departure\n"
        "  evcc-agent demo --json | jq -c 'select(.event == \"v2g\")'\n"
        "  evcc-agent demo --backend-url https://127.0.0.1:8443/vdv261/v2icp/messages \\\n"
        "      --backend-ca ca.pem --backend-password-file pw",
    )
    demo.add_argument(
        "--duration",
        type=_positive,
        default=None,
        metavar="S",
        help="drive off after S wall-clock seconds (default: at the backend's departure time, "
        "or Ctrl-C)",
    )
    demo.add_argument(
        "--time-scale",
        type=_positive,
        default=1.0,
        metavar="X",
        help="simulated seconds per wall-clock second for the battery and V2ICP timers "
        "(default 1; the charger session stays real-time)",
    )
    demo.add_argument(
        "--backend-url",
        default=None,
        metavar="URL",
        help="an external V2ICP backend instead of the simulated one: https://host[:port] or "
        "the whole endpoint with its path",
    )
    demo.add_argument(
        "--backend-ca", default=None, metavar="PEM", help="root CA of --backend-url (required)"
    )
    demo.add_argument(
        "--backend-password-file",
        default=None,
        metavar="FILE",
        help="file holding the V2ICP password for --backend-url (default: [v2icp] "
        "password_file of --config, or the systemd credential)",
    )
    demo.add_argument(
        "--json", action="store_true", help="one JSON event per line on stdout (docs/events.md)"
    )
    demo.add_argument(
        "--config",
        default=None,
        metavar="FILE",
        help="take [vehicle], [mapping], [logging] from this TOML instead of config/agent.toml",
    )
    _add_demo_vdv463(demo)


def _add_demo_vdv463(demo: argparse.ArgumentParser) -> None:
    """The demo's reference CMS: its VDV 463 endpoint and the depot plan; and ``--bpt``."""
    demo.add_argument(
        "--bpt",
        action="store_true",
        help="a V2G night instead: ISO 15118-20 DC_BPT, discharge in the evening peak, then "
        "charge to the backend's target SoC by departure; prints the SoC curve (default "
        "--time-scale 2400)",
    )
    # the defaults live in evcc_agent.demo (DEMO_VDV463_*), not imported here (fast --version)
    demo.add_argument(
        "--vdv463-port",
        type=int,
        default=None,
        help="the CMS's VDV 463 (wss) port (default 0: a free one, see vdv463_listening)",
    )
    demo.add_argument("--vdv463-user", default=None, help="VDV 463 Basic user (default depot)")
    demo.add_argument(
        "--vdv463-password",
        default=None,
        help="VDV 463 Basic password (default Demo_Pass-463, a simulation credential)",
    )
    demo.add_argument(
        "--depot-plan",
        default=None,
        metavar="FILE",
        help="charging plan JSON sent to the CMS over VDV 463 (docs/vdv463.md)",
    )


def _add_exi(sub: _Subparsers) -> None:
    """The ``exi`` command's options."""
    exi = _sub(
        sub,
        "exi",
        "EXI codec: decode or encode one V2G message",
        "Decode hex EXI into JSON, or encode JSON into hex EXI, with the agent's codec. The "
        "'exi' field of a 'v2g' event (demo/charge --json) decodes with its 'ns'.",
        "  evcc-agent exi decode --ns iso20-common 8004...\n"
        "  evcc-agent exi decode --ns din @message.hex\n"
        "  evcc-agent exi encode --ns iso20-dc @message.json",
    )
    exi_sub = exi.add_subparsers(
        dest="exi_command", required=True, metavar="ACTION", help="decode or encode"
    )
    ns_help = f"the message's schema: {', '.join(NAMESPACES)} (or its namespace URI)"
    dec = exi_sub.add_parser(
        "decode",
        help="hex EXI -> JSON",
        description="Decode hex EXI into JSON (text that is not hex is refused, exit 2).",
        epilog="examples:\n  evcc-agent exi decode --ns appprotocol 80400040\n"
        "  evcc-agent exi decode --ns din @message.hex",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    dec.add_argument("--ns", required=True, type=_namespace, metavar="NS", help=ns_help)
    dec.add_argument("data", help="hex digits (spaces allowed), or @FILE holding hex or binary EXI")
    enc = exi_sub.add_parser(
        "encode",
        help="JSON -> hex EXI",
        description="Encode JSON into hex EXI.",
        epilog="examples:\n  evcc-agent exi encode --ns iso20-dc @message.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    enc.add_argument("--ns", required=True, type=_namespace, metavar="NS", help=ns_help)
    enc.add_argument("data", help="the message as JSON text, or @FILE holding it")


def _add_charge_pnc(ch: argparse.ArgumentParser) -> None:
    """The ``charge`` command's Plug & Charge options (a table: flag, metavar, help)."""
    options = (
        (
            "--auth",
            "pnc|eim|pnc,eim",
            "identification, best first (default: [iso15118] auth); pnc uses --tls-cert/"
            "--tls-key as the OEM provisioning chain and key and [iso15118.pnc] (or the "
            "options below)",
        ),
        ("--contract-store", "DIR", "PnC: the contract store directory"),
        ("--mo-root", "PEM", "PnC: the mobility operator root"),
    )
    for flag, metavar, text in options:
        kind = _auth if flag == "--auth" else str
        ch.add_argument(flag, type=kind, default=None, metavar=metavar, help=text)


def _auth(text: str) -> list[str]:
    """``--auth``: a comma-separated preference list of pnc / eim."""
    methods = [m.strip() for m in text.split(",") if m.strip()]
    if (
        not methods
        or any(m not in ("pnc", "eim") for m in methods)
        or len(set(methods)) < len(methods)
    ):
        raise argparse.ArgumentTypeError(f"{text!r}: want pnc, eim or pnc,eim")
    return methods


def _add_charge(sub: _Subparsers) -> None:
    """The ``charge`` command's options."""
    ch = _sub(
        sub,
        "charge",
        "one ISO 15118 charging session against a real charger (bench, interop)",
        "One charging session with a simulated battery against a real SECC (or the "
        "simulator): SDP, TLS, the session, SessionStop. One line per message (--json: one "
        "JSON event per line). Exits 0 on an orderly SessionStop, 1 if the session failed.",
        "  evcc-agent charge --config hil/bench.toml\n"
        "  evcc-agent charge --secc '[::1]:64109' --no-tls --protocol din --json\n"
        "  evcc-agent charge --secc '[::1]:64109' --no-tls --bpt\n"
        "  evcc-agent charge --sdp-target fe80::1 --interface eth1 --tls-root v2g-root.pem \\\n"
        "      --tls-cert oem-chain.pem --tls-key oem-key.pem\n"
        "  evcc-agent charge --secc '[::1]:64109' --no-tls --protocol iso2-dc --auth pnc \\\n"
        "      --tls-cert oem-chain.pem --tls-key oem-key.pem --tls-root v2g-root.pem \\\n"
        "      --mo-root mo-root.pem --contract-store /tmp/contracts",
    )
    ch.add_argument(
        "--config",
        default=None,
        metavar="FILE",
        help="take [iso15118] from this TOML (the options below override it)",
    )
    ch.add_argument(
        "--interface", default=None, metavar="IF", help="network interface for SDP (eth1)"
    )
    tgt = ch.add_mutually_exclusive_group()
    tgt.add_argument(
        "--sdp-target", default=None, metavar="ADDR", help="send SDP unicast to this address"
    )
    tgt.add_argument("--secc", default=None, metavar="HOST:PORT", help="skip SDP and connect here")
    ch.add_argument(
        "--no-tls", action="store_true", help="plain TCP (benches only; -20 requires TLS)"
    )
    ch.add_argument(
        "--tls-root", default=None, metavar="PEM", help="V2G root that the charger's chain leads to"
    )
    ch.add_argument(
        "--tls-cert", default=None, metavar="PEM", help="the EV's OEM provisioning chain"
    )
    ch.add_argument("--tls-key", default=None, metavar="PEM", help="the key of --tls-cert")
    _add_charge_pnc(ch)
    ch.add_argument(
        "--protocol",
        type=_protocol,
        default=None,
        metavar="{" + ",".join(KNOWN_PROTOCOLS) + "}",
        help="offer only this protocol (default: all of [iso15118] protocols, negotiated)",
    )
    ch.add_argument(
        "--bpt",
        action="store_true",
        help="select DC_BPT/AC_BPT (bidirectional, V2G) when the charger offers it "
        "([iso15118] bpt = true)",
    )
    ch.add_argument(
        "--json", action="store_true", help="one JSON event per line on stdout (docs/events.md)"
    )


def _quiet_stdout() -> None:
    """stdout was closed early (``evcc-agent ... | head``): drop what is still buffered."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    from evcc_agent.config import ConfigError

    args = build_parser().parse_args(argv)
    mod_name, func_name = HANDLERS[args.command].split(":")
    try:
        func = getattr(importlib.import_module(mod_name), func_name)
    except (ImportError, AttributeError) as exc:
        print_error(args.command, f"not available in this build ({exc})")
        return USAGE
    try:
        return int(func(args) or 0)
    except UsageError as exc:
        print_error(args.command, str(exc))
        return USAGE
    except ConfigError as exc:
        exc.report(command=args.command)
        return CONFIG
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return FAILURE


if __name__ == "__main__":
    raise SystemExit(main())
