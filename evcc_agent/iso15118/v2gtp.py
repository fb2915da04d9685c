"""V2GTP (ISO 15118-2/-20 transport protocol) framing over TCP/TLS.

Header: version 0x01, inverse version 0xFE, payload type (u16), payload length (u32), all
big-endian. EXI streams do not identify their schema, so the payload type is what tells the
receiver which grammar to use. Framing errors close the connection (the caller logs them and
raises ``V2G_TRANSPORT_ERROR``); they never crash the agent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
from collections.abc import Iterable
from enum import IntEnum

from evcc_agent.iso15118.errors import Iso15118Error

log = logging.getLogger(__name__)

HEADER_LEN = 8
VERSION = 0x01
INVERSE_VERSION = 0xFE
#: Our default upper bound for one payload. -20 names no limit; the largest real messages
#: (CertificateInstallationRes with contract chains) stay well below this.
DEFAULT_MAX_PAYLOAD = 64 * 1024


class PayloadType(IntEnum):
    SAP = 0x8001  # SupportedAppProtocol; also every -2 and DIN message
    ISO20_COMMON = 0x8002
    ISO20_AC = 0x8003
    ISO20_DC = 0x8004
    ISO20_ACDP = 0x8005
    ISO20_WPT = 0x8006
    SDP_REQUEST = 0x9000
    SDP_RESPONSE = 0x9001


#: Payload types a -20 EVCC accepts on its TCP/TLS connection.
ISO20_STREAM_TYPES = frozenset(
    {
        PayloadType.SAP,
        PayloadType.ISO20_COMMON,
        PayloadType.ISO20_AC,
        PayloadType.ISO20_DC,
        PayloadType.ISO20_ACDP,
        PayloadType.ISO20_WPT,
    }
)


class V2gtpError(Iso15118Error):
    """Any V2GTP framing or transport failure."""


class V2gtpHeaderError(V2gtpError):
    """Wrong protocol version bytes."""


class V2gtpPayloadTypeError(V2gtpError):
    """A payload type that is unknown or not allowed on this connection."""


class V2gtpSizeError(V2gtpError):
    """A declared payload length above the configured maximum."""


class V2gtpClosed(V2gtpError):
    """The peer closed the connection (possibly mid-frame)."""


def encode_frame(payload_type: int, payload: bytes) -> bytes:
    """One V2GTP frame: header plus payload."""
    return struct.pack(">BBHI", VERSION, INVERSE_VERSION, payload_type, len(payload)) + payload


def parse_header(
    header: bytes,
    allowed: Iterable[int] | None = None,
    max_payload: int = DEFAULT_MAX_PAYLOAD,
) -> tuple[int, int]:
    """``(payload_type, length)`` of an 8-byte header, or a typed error."""
    if len(header) != HEADER_LEN:
        raise V2gtpHeaderError(f"header must be {HEADER_LEN} bytes, got {len(header)}")
    version, inverse, ptype, length = struct.unpack(">BBHI", header)
    if version != VERSION or inverse != INVERSE_VERSION:
        raise V2gtpHeaderError(f"bad protocol version bytes {version:02X} {inverse:02X}")
    allowed_set = set(allowed) if allowed is not None else {int(p) for p in PayloadType}
    if ptype not in allowed_set:
        raise V2gtpPayloadTypeError(f"payload type 0x{ptype:04X} not allowed here")
    if length > max_payload:
        raise V2gtpSizeError(f"payload length {length} above maximum {max_payload}")
    return ptype, length


class FrameDecoder:
    """Sans-IO reassembly: feed bytes as they arrive, get whole frames out."""

    def __init__(
        self, allowed: Iterable[int] | None = None, max_payload: int = DEFAULT_MAX_PAYLOAD
    ) -> None:
        self._allowed = frozenset(allowed) if allowed is not None else None
        self._max = max_payload
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        self._buf += data
        frames: list[tuple[int, bytes]] = []
        while len(self._buf) >= HEADER_LEN:
            ptype, length = parse_header(bytes(self._buf[:HEADER_LEN]), self._allowed, self._max)
            if len(self._buf) < HEADER_LEN + length:
                break
            frames.append((ptype, bytes(self._buf[HEADER_LEN : HEADER_LEN + length])))
            del self._buf[: HEADER_LEN + length]
        return frames

    @property
    def pending(self) -> int:
        """Bytes of an incomplete frame still buffered."""
        return len(self._buf)


class V2gtpConnection:
    """One V2GTP stream over an asyncio reader/writer pair (TCP or TLS)."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        allowed: Iterable[int] | None = None,
        max_payload: int = DEFAULT_MAX_PAYLOAD,
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.allowed = frozenset(allowed) if allowed is not None else None
        self.max_payload = max_payload
        self.closed = False

    async def read_frame(self) -> tuple[int, bytes]:
        """The next whole frame; partial reads are reassembled by ``readexactly``."""
        try:
            header = await self.reader.readexactly(HEADER_LEN)
            ptype, length = parse_header(header, self.allowed, self.max_payload)
            payload = await self.reader.readexactly(length) if length else b""
        except asyncio.IncompleteReadError as exc:
            raise V2gtpClosed(
                f"connection closed after {len(exc.partial)} bytes of a frame"
                if exc.partial
                else "connection closed by peer"
            ) from None
        except (ConnectionError, OSError) as exc:
            raise V2gtpClosed(f"connection lost: {exc}") from None
        return ptype, payload

    async def send_frame(self, payload_type: int, payload: bytes) -> None:
        if self.closed:
            raise V2gtpClosed("send on a closed connection")
        try:
            self.writer.write(encode_frame(payload_type, payload))
            await self.writer.drain()
        except (ConnectionError, OSError) as exc:
            raise V2gtpClosed(f"connection lost while sending: {exc}") from None

    async def close(self) -> None:
        """Close (TLS close_notify included); never raises."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(Exception):
            self.writer.close()
            await asyncio.wait_for(self.writer.wait_closed(), 2.0)
