"""Interop with an independent SECC for -2 and DIN: Josev (EcoG-io ``iso15118``, EXIficient).

Opt-in: set ``EVCC_JOSEV_PYTHON`` to a Python that has ``iso15118`` (0.31) installed (not a
project dependency; it ships its EXIficient jar and needs Java). Runs Josev's SECC simulator
(patched by ``tests/interop/josev_secc_v2.py`` to offer InternetAccess over TLS) in a network
namespace behind a veth pair; the EVCC finds it by SDP multicast and runs whole sessions:
-2 DC over TCP (no VAS: Josev offers VAS only with TLS), -2 DC over TLS 1.2 with the Internet
service, -2 AC over TLS 1.2, and DIN 70121 DC.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from evcc_agent.clock import ScaledClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.sim.pki import generate

JOSEV_PYTHON = os.environ.get("EVCC_JOSEV_PYTHON")
RUNNER = Path(__file__).resolve().parent / "interop" / "josev_secc_v2.py"

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(not JOSEV_PYTHON, reason="EVCC_JOSEV_PYTHON not set"),
    pytest.mark.skipif(shutil.which("java") is None, reason="Josev's EXI codec needs Java"),
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("ip") is None, reason="needs root and iproute2"
    ),
]

LOOP_RESPONSES = ("CurrentDemandRes", "ChargingStatusRes")


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


def _josev_pki(tmp_path: Path):
    pki = generate(tmp_path / "ours", algorithm="secp256r1")  # -2: ECDSA P-256
    certs = tmp_path / "josev" / "iso15118_2" / "certs"
    keys = tmp_path / "josev" / "iso15118_2" / "private_keys"
    certs.mkdir(parents=True)
    keys.mkdir(parents=True)
    shutil.copy(pki.secc_chain, certs / "cpoCertChain.pem")
    shutil.copy(pki.oem_root, certs / "oemRootCACert.pem")
    shutil.copy(pki.v2g_root, certs / "v2gRootCACert.pem")
    shutil.copy(pki.secc_key, keys / "seccLeaf.key")
    (keys / "seccLeafPassword.txt").write_text("")
    return pki, tmp_path / "josev"


@pytest.mark.parametrize(
    ("protocols", "josev_protocols", "use_tls"),
    [
        (["iso2-dc"], "ISO_15118_2", False),
        (["iso2-dc"], "ISO_15118_2", True),
        (["iso2-ac"], "ISO_15118_2", True),
        (["din"], "DIN_SPEC_70121", False),
        (["iso20-dc", "iso2-dc", "din"], "DIN_SPEC_70121", False),
        (["iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din"], "ISO_15118_2", True),
    ],
    ids=[
        "iso2-dc-tcp",
        "iso2-dc-tls12",
        "iso2-ac-tls12",
        "din",
        "negotiated-din",
        "negotiated-iso2-tls12",
    ],
)
async def test_session_against_josev(tmp_path, protocols, josev_protocols, use_tls):
    pki, pki_path = _josev_pki(tmp_path)
    tag = uuid.uuid4().hex[:6]
    ns, host_if, ns_if = f"j2{tag}", f"j2e{tag}", f"j2s{tag}"
    _ip("netns", "add", ns)
    proc = None
    log_file = (tmp_path / "josev.log").open("wb")  # Josev's own log, kept for debugging
    try:
        _ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if)
        _ip("link", "set", ns_if, "netns", ns)
        _ip("-6", "addr", "add", "fe80::e:1/64", "dev", host_if, "nodad")
        _ip("link", "set", host_if, "up")
        _ip("netns", "exec", ns, "ip", "-6", "addr", "add", "fe80::e:2/64", "dev", ns_if, "nodad")
        _ip("netns", "exec", ns, "ip", "link", "set", ns_if, "up")
        _ip("netns", "exec", ns, "ip", "link", "set", "lo", "up")  # Josev talks to its JVM
        (tmp_path / ".env").write_text("")
        env = dict(os.environ, PKI_PATH=f"{pki_path}/", PROTOCOLS=josev_protocols)
        proc = await asyncio.create_subprocess_exec(
            "ip",
            "netns",
            "exec",
            ns,
            str(JOSEV_PYTHON),
            str(RUNNER),
            ns_if,
            cwd=str(tmp_path),
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=log_file,
        )
        await asyncio.sleep(5)  # Josev starts its JVM-backed codec
        events: list = []
        seen: list[str] = []
        evcc: Evcc | None = None

        def observer(direction, name, msg, now):
            seen.append(name)
            if name in LOOP_RESPONSES and seen.count(name) >= 3 and evcc is not None:
                evcc.request_stop("test")

        cfg = Iso15118Config(
            interface=host_if,
            protocols=protocols,
            tls="required" if use_tls else "off",
            tls_roots=[str(pki.v2g_root)],
            charge_loop_interval_s=0.05,
        )
        dtc = DtcRegistry()
        # protocol time at 1/5 of wall time: Josev's JVM codec on a loaded machine must not
        # trip the 0.25 s CurrentDemand timeout (timing rules are fake-clock tests)
        evcc = Evcc(
            cfg,
            StaticEvData(),
            on_internet=events.append,
            dtc=dtc,
            on_message=observer,
            clock=ScaledClock(0.2),
        )
        result = await asyncio.wait_for(evcc.run(), 90)
        assert result.ok, (result, (tmp_path / "josev.log").read_text()[-3000:])
        if protocols == ["din"] or josev_protocols == "DIN_SPEC_70121":
            assert result.protocol == "din"
            assert events == [InternetDown("no_v2icp_protocol")]
            assert dtc.is_active("V2G_NO_V2ICP_PROTOCOL")
        elif use_tls:
            assert result.protocol == "iso2"
            assert result.tls is not None and result.tls.startswith("TLSv1.2")
            assert events == [InternetUp("https", 443, "iso2"), InternetDown("session_stop")]
        else:
            assert result.protocol == "iso2"
            assert events == [InternetDown("vas_not_offered")]
        assert seen[-1] == "SessionStopRes"
    finally:
        if proc is not None and proc.returncode is None:
            proc.kill()
            await proc.wait()
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        log_file.close()
