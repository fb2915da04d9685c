#!/usr/bin/env python3
"""Decode a PLC capture (pcap/pcapng) to JSON lines: SLAC frames, SDP, and every V2GTP message
of the plain-TCP V2G connections through our EXI codec (``evcc_agent.iso15118.exi.decode``).

    python hil/decode_v2g.py session/plc.pcap > session/v2g.jsonl
    python hil/decode_v2g.py session/plc.pcap --slac-only      # without the EXI codec

One object per line, in capture order per connection:
``{"t", "kind": "slac"|"sdp"|"v2g", "src", "dst", ...}``; v2g records carry ``payload_type``,
``ns`` and ``message`` (the codec's dict form) or ``error`` plus the ``exi`` hex. TLS
connections cannot be decoded (one ``"kind": "tls"`` record each). Network keys (NMK) are
redacted unless ``--show-keys``.

Which EXI schema: V2GTP payload type 0x8001 carries the SupportedAppProtocol handshake first,
then ISO 15118-2 / DIN 70121 messages as negotiated in it; 0x8002-0x8006 are the ISO 15118-20
common/AC/DC/ACDP/WPT schemas.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

V2G_PORT_SDP = 15118
SAP_NS = "appprotocol"
#: V2GTP payload type -> EXI schema (0x8001 is resolved per connection, see module docstring)
PAYLOAD_NS = {
    0x8002: "iso20-common",
    0x8003: "iso20-ac",
    0x8004: "iso20-dc",
    0x8005: "iso20-acdp",
    0x8006: "iso20-wpt",
}
#: SupportedAppProtocol namespace -> EXI schema of the messages that follow on 0x8001
PROTOCOL_NS = {
    "urn:iso:15118:2:2013:MsgDef": "iso2",
    "urn:din:70121:2012:MsgDef": "din",
}

Decoder = Callable[[str, bytes], dict[str, Any]]


class CodecMissing(RuntimeError):
    pass


def load_codec() -> Decoder:
    """Our EXI codec's ``decode(ns, data)``, or :class:`CodecMissing` with what to do."""
    try:
        from evcc_agent.iso15118.exi import decode
    except ImportError as exc:
        raise CodecMissing(
            "the EXI codec (evcc_agent.iso15118.exi.decode) is not in this build "
            f"({exc}); use a build that includes it, or pass --slac-only"
        ) from None
    return decode


def _jsonable(value: Any, show_keys: bool) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            out[f.name] = "<redacted>" if f.name == "nmk" and not show_keys else _jsonable(v, True)
        return out
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, tuple | list):
        return [_jsonable(v, show_keys) for v in value]
    return value


def slac_record(t: float, data: bytes, show_keys: bool) -> dict[str, Any]:
    from evcc_agent.iso15118.slac_frames import SlacFrameError, decode

    try:
        frame = decode(data)
    except SlacFrameError as exc:
        return {"t": t, "kind": "slac", "error": str(exc), "frame": data.hex()}
    rec: dict[str, Any] = {"t": t, "kind": "slac", "src": frame.src, "dst": frame.dst}
    if frame.vlan is not None:
        rec["vlan"] = frame.vlan
    rec["message"] = type(frame.message).__name__
    rec["fields"] = _jsonable(frame.message, show_keys)
    return rec


def sdp_record(t: float, src: str, dst: str, payload: bytes) -> dict[str, Any]:
    rec: dict[str, Any] = {"t": t, "kind": "sdp", "src": src, "dst": dst}
    hdr = _v2gtp_header(payload)
    if hdr is None:
        rec["error"] = "not a V2GTP message"
        return rec
    ptype, length = hdr
    body = payload[8 : 8 + length]
    rec["payload_type"] = f"0x{ptype:04X}"
    if ptype == 0x9000 and len(body) >= 2:
        rec["message"] = {"SDPRequest": {"Security": body[0], "TransportProtocol": body[1]}}
    elif ptype == 0x9001 and len(body) >= 20:
        import ipaddress

        rec["message"] = {
            "SDPResponse": {
                "SECCIPAddress": str(ipaddress.IPv6Address(body[:16])),
                "SECCPort": int.from_bytes(body[16:18], "big"),
                "Security": body[18],
                "TransportProtocol": body[19],
            }
        }
    else:
        rec["error"] = "unknown or short SDP payload"
    return rec


def _v2gtp_header(data: bytes) -> tuple[int, int] | None:
    if len(data) < 8 or data[0] != 0x01 or data[1] != 0xFE:
        return None
    return int.from_bytes(data[2:4], "big"), int.from_bytes(data[4:8], "big")


@dataclasses.dataclass
class _Direction:
    segments: dict[int, tuple[float, bytes]] = dataclasses.field(default_factory=dict)

    def add(self, seq: int, t: float, payload: bytes) -> None:
        if payload and seq not in self.segments:  # retransmissions keep the first copy
            self.segments[seq] = (t, payload)

    def stream(self) -> tuple[bytes, list[tuple[int, float]]]:
        """The bytes in sequence order, and (offset, time) where each segment starts."""
        buf = bytearray()
        marks: list[tuple[int, float]] = []
        expected: int | None = None
        for seq in sorted(self.segments):
            t, payload = self.segments[seq]
            if expected is not None and seq < expected:  # overlap: keep only the new part
                payload = payload[expected - seq :]
                if not payload:
                    continue
            marks.append((len(buf), t))
            buf += payload
            expected = seq + len(self.segments[seq][1])
        return bytes(buf), marks


def _time_at(marks: list[tuple[int, float]], offset: int) -> float:
    t = marks[0][1] if marks else 0.0
    for off, mt in marks:
        if off > offset:
            break
        t = mt
    return t


def v2g_records(
    connection: tuple[str, str],
    directions: dict[tuple[str, str], _Direction],
    decoder: Decoder | None,
) -> Iterator[dict[str, Any]]:
    """All V2GTP messages of one TCP connection (both directions), decoded, in time order."""
    messages: list[tuple[float, str, str, int, bytes]] = []
    for (src, dst), direction in directions.items():
        data, marks = direction.stream()
        if data[:1] == b"\x16":  # TLS handshake record
            t = marks[0][1] if marks else 0.0
            yield {"t": t, "kind": "tls", "src": src, "dst": dst, "error": "TLS: not decodable"}
            continue
        pos = 0
        while pos + 8 <= len(data):
            hdr = _v2gtp_header(data[pos:])
            if hdr is None:
                t = _time_at(marks, pos)
                yield {"t": t, "kind": "v2g", "src": src, "dst": dst, "error": "lost V2GTP sync"}
                break
            ptype, length = hdr
            messages.append(
                (_time_at(marks, pos), src, dst, ptype, data[pos + 8 : pos + 8 + length])
            )
            pos += 8 + length
    messages.sort(key=lambda m: m[0])
    sap_done: set[str] = set()
    negotiated: str | None = None
    offered: dict[int, str] = {}
    for t, src, dst, ptype, body in messages:
        rec: dict[str, Any] = {"t": t, "kind": "v2g", "src": src, "dst": dst}
        rec["payload_type"] = f"0x{ptype:04X}"
        if ptype == 0x8001:
            ns = SAP_NS if src not in sap_done else (negotiated or "iso2")
        else:
            ns = PAYLOAD_NS.get(ptype, "")
        rec["ns"] = ns or None
        if decoder is None or not ns:
            rec["exi"] = body.hex()
            rec["error"] = "no EXI codec" if decoder is None else "unknown payload type"
            yield rec
            continue
        try:
            message = decoder(ns, body)
        except Exception as exc:  # the codec's typed errors; keep going with the next message
            rec["exi"] = body.hex()
            rec["error"] = f"{type(exc).__name__}: {exc}"
            yield rec
            continue
        rec["message"] = message
        if ns == SAP_NS:
            sap_done.add(src)
            req = message.get("supportedAppProtocolReq")
            res = message.get("supportedAppProtocolRes")
            if isinstance(req, dict):
                for proto in req.get("AppProtocol", []):
                    offered[proto.get("SchemaID")] = proto.get("ProtocolNamespace", "")
            if isinstance(res, dict) and "SchemaID" in res:
                negotiated = PROTOCOL_NS.get(offered.get(res["SchemaID"], ""), negotiated)
        yield rec


def decode_capture(
    path: str | Path, decoder: Decoder | None, show_keys: bool = False, slac_only: bool = False
) -> Iterator[dict[str, Any]]:
    from scapy.layers.inet import TCP, UDP
    from scapy.layers.inet6 import IPv6
    from scapy.layers.l2 import Ether
    from scapy.utils import PcapReader

    connections: dict[tuple[str, str], dict[tuple[str, str], _Direction]] = {}
    with PcapReader(str(path)) as reader:
        for pkt in reader:
            t = float(pkt.time)
            raw = bytes(pkt)
            if Ether in pkt and _ethertype(raw) == 0x88E1:
                yield slac_record(t, raw, show_keys)
                continue
            if slac_only or IPv6 not in pkt:
                continue
            ip = pkt[IPv6]
            if UDP in pkt and V2G_PORT_SDP in (pkt[UDP].sport, pkt[UDP].dport):
                u = pkt[UDP]
                yield sdp_record(
                    t, f"[{ip.src}]:{u.sport}", f"[{ip.dst}]:{u.dport}", bytes(u.payload)
                )
            elif TCP in pkt:
                tcp = pkt[TCP]
                src, dst = f"[{ip.src}]:{tcp.sport}", f"[{ip.dst}]:{tcp.dport}"
                key = (min(src, dst), max(src, dst))
                conn = connections.setdefault(key, {})
                conn.setdefault((src, dst), _Direction()).add(tcp.seq, t, bytes(tcp.payload))
    for key, directions in connections.items():
        yield from v2g_records(key, directions, decoder)


def _ethertype(raw: bytes) -> int:
    et = int.from_bytes(raw[12:14], "big")
    return int.from_bytes(raw[16:18], "big") if et == 0x8100 else et


def write_jsonl(records: Iterable[dict[str, Any]], out: Any) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, sort_keys=False) + "\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("capture", help="pcap or pcapng of the PLC interface")
    p.add_argument("--out", default="-", help="JSON lines file (default stdout)")
    p.add_argument("--slac-only", action="store_true", help="only SLAC frames (no EXI codec)")
    p.add_argument("--show-keys", action="store_true", help="print NMKs instead of redacting")
    args = p.parse_args(argv)
    decoder: Decoder | None = None
    if not args.slac_only:
        try:
            decoder = load_codec()
        except CodecMissing as exc:
            print(f"decode_v2g: {exc}", file=sys.stderr)
            return 2
    records = decode_capture(args.capture, decoder, args.show_keys, args.slac_only)
    try:
        if args.out == "-":
            n = write_jsonl(records, sys.stdout)
        else:
            with open(args.out, "w", encoding="utf-8") as fh:
                n = write_jsonl(records, fh)
    except (OSError, ValueError) as exc:  # unreadable / not a capture
        print(f"decode_v2g: {args.capture}: {exc}", file=sys.stderr)
        return 1
    print(f"decode_v2g: {n} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
