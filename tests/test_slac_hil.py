"""The hil/ bench kit: candump replay, session capture, capture decoding, bench config."""

from __future__ import annotations

import asyncio
import importlib.util
import secrets
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import can
import pytest

from evcc_agent.config import load_config
from evcc_agent.iso15118.config import SlacConfig
from evcc_agent.iso15118.slac import run_slac
from evcc_agent.sim.evse_slac import simulator_process
from evcc_agent.sim.netns import netns_unavailable_reason, veth_netns

REPO = Path(__file__).resolve().parents[1]
HIL = REPO / "hil"


def hil_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"hil_{name}", HIL / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def write_candump(path: Path, frames: list[tuple[float, int, bytes]]) -> None:
    writer = can.CanutilsLogWriter(path, channel="can0")
    for ts, arb, data in frames:
        writer.on_message_received(
            can.Message(timestamp=ts, arbitration_id=arb, data=data, is_extended_id=True)
        )
    writer.stop()


def test_slac_hil_bench_configs_validate():
    bench = load_config(HIL / "bench.toml")
    assert bench.vehicle.channel == "can0" and bench.iso15118.slac.c_ev_match_retry == 2
    assert load_config(HIL / "replay.toml").vehicle.interface == "virtual"


def test_slac_hil_replay_candump_keeps_order_and_scaled_timing(tmp_path):
    replay = hil_module("replay_candump")
    log = tmp_path / "can.log"
    frames = [
        (100.0, 0x18FEF100, b"\x01\x02"),
        (100.5, 0x0CF00400, b"\x03"),
        (160.5, 0x18FEF100, b"\x04\x05\x06"),  # a minute of silence: capped by max_gap
    ]
    write_candump(log, frames)
    channel = f"slac-replay-{secrets.token_hex(3)}"
    now = [0.0]
    sleeps: list[float] = []

    def fake_sleep(s: float) -> None:
        sleeps.append(round(s, 6))
        now[0] += s

    with (
        can.Bus(interface="virtual", channel=channel) as tx,
        can.Bus(interface="virtual", channel=channel) as rx,
    ):
        n = replay.replay(
            log, tx, speed=2.0, max_gap=5.0, sleep=fake_sleep, monotonic=lambda: now[0]
        )
        got = [rx.recv(timeout=1) for _ in frames]
    assert n == 3
    assert [(m.arbitration_id, bytes(m.data)) for m in got] == [(a, d) for _, a, d in frames]
    assert sleeps == [0.25, 2.5]


def test_slac_hil_replay_cli_reports_missing_log(tmp_path):
    out = subprocess.run(
        [sys.executable, str(HIL / "replay_candump.py"), str(tmp_path / "none.log")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1 and "no such file" in out.stderr


def _v2gtp(ptype: int, body: bytes) -> bytes:
    return b"\x01\xfe" + ptype.to_bytes(2, "big") + len(body).to_bytes(4, "big") + body


def test_slac_hil_decode_v2g_reassembles_tcp_and_follows_the_handshake(tmp_path):
    from scapy.layers.inet import TCP, UDP
    from scapy.layers.inet6 import IPv6
    from scapy.layers.l2 import Ether
    from scapy.utils import wrpcap

    dec = hil_module("decode_v2g")
    ev, secc = "fe80::1", "fe80::2"

    def tcp(src, dst, sport, dport, seq, payload, t):
        p = (
            Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
            / IPv6(src=src, dst=dst)
            / TCP(sport=sport, dport=dport, seq=seq)
            / payload
        )
        p.time = t
        return p

    sap_req, sap_res = _v2gtp(0x8001, b"SAPREQ"), _v2gtp(0x8001, b"SAPRES")
    din_req, iso20 = _v2gtp(0x8001, b"DINREQ"), _v2gtp(0x8004, b"DCREQ")
    sdp = (
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
        / IPv6(src=ev, dst="ff02::1")
        / UDP(sport=50000, dport=15118)
    )
    sdp = sdp / _v2gtp(0x9000, b"\x10\x00")
    sdp.time = 1.0
    resp_body = bytes(16) + (55000).to_bytes(2, "big") + b"\x10\x00"
    sdp_res = (
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
        / IPv6(src=secc, dst=ev)
        / UDP(sport=15118, dport=50000)
    )
    sdp_res = sdp_res / _v2gtp(0x9001, resp_body)
    sdp_res.time = 1.1
    packets = [
        sdp,
        sdp_res,
        # SAP request split over two segments, second one arriving first, then retransmitted
        tcp(ev, secc, 50001, 55000, 1000 + 7, sap_req[7:], 2.01),
        tcp(ev, secc, 50001, 55000, 1000, sap_req[:7], 2.0),
        tcp(ev, secc, 50001, 55000, 1000 + 7, sap_req[7:], 2.02),
        tcp(secc, ev, 55000, 50001, 5000, sap_res, 2.1),
        tcp(ev, secc, 50001, 55000, 1000 + len(sap_req), din_req + iso20, 2.2),
    ]
    pcap = tmp_path / "plc.pcap"
    wrpcap(str(pcap), packets)

    def fake_decode(ns: str, data: bytes) -> dict:
        if data == b"SAPREQ":
            assert ns == "appprotocol"
            return {
                "supportedAppProtocolReq": {
                    "AppProtocol": [
                        {"ProtocolNamespace": "urn:din:70121:2012:MsgDef", "SchemaID": 7}
                    ]
                }
            }
        if data == b"SAPRES":
            assert ns == "appprotocol"
            return {"supportedAppProtocolRes": {"ResponseCode": "OK", "SchemaID": 7}}
        if data == b"DCREQ":
            raise ValueError("not really EXI")
        return {"ns_seen": ns}

    records = list(dec.decode_capture(pcap, fake_decode))
    sdp_recs = [r for r in records if r["kind"] == "sdp"]
    assert sdp_recs[0]["message"] == {"SDPRequest": {"Security": 0x10, "TransportProtocol": 0}}
    assert sdp_recs[1]["message"]["SDPResponse"]["SECCPort"] == 55000
    v2g = [r for r in records if r["kind"] == "v2g"]
    assert [r["ns"] for r in v2g] == ["appprotocol", "appprotocol", "din", "iso20-dc"]
    assert v2g[2]["message"] == {"ns_seen": "din"}
    assert v2g[3]["error"].startswith("ValueError") and v2g[3]["exi"] == b"DCREQ".hex()
    assert v2g[0]["t"] == pytest.approx(2.0)


def test_slac_hil_decode_v2g_cli_needs_the_codec(tmp_path):
    from scapy.utils import wrpcap

    pcap = tmp_path / "empty.pcap"
    wrpcap(str(pcap), [])
    out = subprocess.run(
        [sys.executable, str(HIL / "decode_v2g.py"), str(pcap)], capture_output=True, text=True
    )
    if importlib.util.find_spec("evcc_agent.iso15118.exi") is None:
        assert out.returncode == 2 and "EXI codec" in out.stderr and "--slac-only" in out.stderr
    else:
        assert out.returncode == 0, out.stderr
    only = subprocess.run(
        [sys.executable, str(HIL / "decode_v2g.py"), str(pcap), "--slac-only"],
        capture_output=True,
        text=True,
    )
    assert only.returncode == 0 and "0 records" in only.stderr


@pytest.mark.netns
@pytest.mark.skipif(netns_unavailable_reason() is not None, reason=str(netns_unavailable_reason()))
async def test_slac_hil_capture_session_then_decode(tmp_path):
    capture_mod = hil_module("capture_session")
    dec = hil_module("decode_v2g")
    can_channel = f"slac-cap-{secrets.token_hex(3)}"
    with veth_netns("slacc") as link:
        cap = capture_mod.Capture(tmp_path, link.host_if, "virtual", can_channel)
        cap.start()
        assert not cap.errors
        try:
            with can.Bus(interface="virtual", channel=can_channel) as bus:
                bus.send(can.Message(arbitration_id=0x18FEF100, data=b"\x11\x22"))
                args = ("--evse", "02:00:00:00:0a:01=20", "--set-key-result", "1")
                async with simulator_process(link.peer_if, *args, netns=link.netns):
                    result = await asyncio.wait_for(run_slac(SlacConfig(), link.host_if), 30)
                await asyncio.sleep(0.3)  # let the capture thread drain its socket
        finally:
            cap.stop()
    records = list(dec.decode_capture(cap.pcap_path, None, slac_only=True))
    kinds = [r["message"] for r in records if "message" in r]
    for kind in ("ParmReq", "ParmCnf", "MnbcSoundInd", "AttenCharInd", "SlacMatchCnf", "SetKeyCnf"):
        assert kind in kinds
    match_cnf = next(r for r in records if r.get("message") == "SlacMatchCnf")
    assert match_cnf["fields"]["nmk"] == "<redacted>"
    assert match_cnf["fields"]["nid"] == result.nid.hex()
    logged = list(can.LogReader(str(cap.can_log_path)))
    assert [(m.arbitration_id, bytes(m.data)) for m in logged] == [(0x18FEF100, b"\x11\x22")]
