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


def main(args: argparse.Namespace) -> int:
    """Print the decoded JSON or the encoded hex; exit 1 with a message on a codec error."""
    try:
        raw = _read_arg(args.data)
    except OSError as e:
        print(f"exi: cannot read {args.data}: {e}", file=sys.stderr)
        return 2
    try:
        if args.exi_command == "decode":
            text = raw.decode("ascii", errors="strict").strip() if raw.isascii() else None
            try:
                data = bytes.fromhex(text) if text is not None else raw
            except ValueError:
                data = raw
            print(json.dumps(decode(args.ns, data), indent=2, sort_keys=True))
        else:
            try:
                msg = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as e:
                print(f"exi: invalid JSON: {e}", file=sys.stderr)
                return 2
            print(encode(args.ns, msg).hex())
    except ExiError as e:
        print(f"exi: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0
