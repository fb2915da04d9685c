"""``evcc-agent exi decode|encode --ns NS DATA``: one message through the codec."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import ExiError, decode, encode


def _read_arg(data: str) -> bytes:
    if data.startswith("@"):
        return Path(data[1:]).read_bytes()
    return data.encode()


def _exi_bytes(raw: bytes, from_file: bool) -> bytes:
    """Hex digits (whitespace and a ``0x`` prefix allowed) -> bytes; an @FILE may also hold
    binary EXI. Text that is not hex is an error, never decoded as its ASCII bytes."""
    printable = raw.isascii() and all(32 <= b < 127 or b in b"\t\r\n" for b in raw)
    if from_file and not printable:
        return raw
    text = "".join(raw.decode("ascii", errors="replace").split()).removeprefix("0x")
    try:
        return bytes.fromhex(text)
    except ValueError:
        bad = next((c for c in text if c not in "0123456789abcdefABCDEF"), None)
        why = f"{bad!r} is not a hex digit" if bad else "an odd number of hex digits"
        raise ValueError(f"not hex EXI: {why} (want hex digits, or @FILE)") from None


def main(args: argparse.Namespace) -> int:
    """Print the decoded JSON or the encoded hex; exit 1 with a message on a codec error."""
    try:
        raw = _read_arg(args.data)
    except OSError as e:
        print(f"evcc-agent exi: error: cannot read {args.data}: {e}", file=sys.stderr)
        return 2
    try:
        if args.exi_command == "decode":
            try:
                data = _exi_bytes(raw, args.data.startswith("@"))
            except ValueError as e:
                print(f"evcc-agent exi: error: {e}", file=sys.stderr)
                return 2
            print(json.dumps(decode(args.ns, data), indent=2, sort_keys=True))
        else:
            try:
                msg = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as e:
                print(f"evcc-agent exi: error: invalid JSON: {e}", file=sys.stderr)
                return 2
            print(encode(args.ns, msg).hex())
    except ExiError as e:
        print(f"evcc-agent exi: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0
