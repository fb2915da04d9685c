"""V2GTP framing: header checks, partial reads, typed errors on a real loopback socket."""

from __future__ import annotations

import asyncio

import pytest

from evcc_agent.iso15118.v2gtp import (
    ISO20_STREAM_TYPES,
    FrameDecoder,
    PayloadType,
    V2gtpClosed,
    V2gtpConnection,
    V2gtpHeaderError,
    V2gtpPayloadTypeError,
    V2gtpSizeError,
    encode_frame,
    parse_header,
)


def test_encode_and_parse_header():
    frame = encode_frame(PayloadType.ISO20_DC, b"\x80\x01")
    assert frame[:8] == bytes.fromhex("01fe800400000002")
    assert parse_header(frame[:8]) == (0x8004, 2)


@pytest.mark.parametrize(
    ("header", "error"),
    [
        (bytes.fromhex("02fd800100000000"), V2gtpHeaderError),
        (bytes.fromhex("01fe123400000000"), V2gtpPayloadTypeError),
        (bytes.fromhex("01fe800100ffffff"), V2gtpSizeError),
        (bytes.fromhex("01fe8001"), V2gtpHeaderError),
    ],
)
def test_bad_headers(header, error):
    with pytest.raises(error):
        parse_header(header, max_payload=1024)


def test_sdp_type_not_allowed_on_stream():
    with pytest.raises(V2gtpPayloadTypeError):
        parse_header(encode_frame(PayloadType.SDP_REQUEST, b"")[:8], ISO20_STREAM_TYPES)


def test_decoder_reassembles_partial_reads():
    data = encode_frame(0x8002, b"abc") + encode_frame(0x8004, b"") + encode_frame(0x8001, b"xy")
    dec = FrameDecoder()
    out = []
    for i in range(len(data)):
        out += dec.feed(data[i : i + 1])
    assert out == [(0x8002, b"abc"), (0x8004, b""), (0x8001, b"xy")]
    assert dec.pending == 0


async def _pair(handler):
    server = await asyncio.start_server(handler, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("::1", port)
    return server, reader, writer


async def test_connection_partial_frames_and_close():
    async def handler(r, w):
        frame = encode_frame(0x8002, b"hello world")
        for i in range(0, len(frame), 3):  # dribble
            w.write(frame[i : i + 3])
            await w.drain()
            await asyncio.sleep(0)
        w.write(encode_frame(0x8004, b"x")[:5])  # half a header, then close
        await w.drain()
        w.close()

    server, reader, writer = await _pair(handler)
    conn = V2gtpConnection(reader, writer, ISO20_STREAM_TYPES)
    assert await conn.read_frame() == (0x8002, b"hello world")
    with pytest.raises(V2gtpClosed, match="after 5 bytes"):
        await conn.read_frame()
    await conn.close()
    await conn.close()  # idempotent
    with pytest.raises(V2gtpClosed):
        await conn.send_frame(0x8002, b"")
    server.close()


async def test_connection_rejects_unknown_payload_type():
    async def handler(r, w):
        w.write(bytes.fromhex("01fe7777000000010a"))
        await w.drain()

    server, reader, writer = await _pair(handler)
    conn = V2gtpConnection(reader, writer, ISO20_STREAM_TYPES)
    with pytest.raises(V2gtpPayloadTypeError):
        await conn.read_frame()
    await conn.close()
    server.close()


async def test_connection_max_size():
    async def handler(r, w):
        w.write(encode_frame(0x8002, b"z" * 100))
        await w.drain()

    server, reader, writer = await _pair(handler)
    conn = V2gtpConnection(reader, writer, ISO20_STREAM_TYPES, max_payload=99)
    with pytest.raises(V2gtpSizeError):
        await conn.read_frame()
    await conn.close()
    server.close()
