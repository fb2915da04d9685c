"""Interop with an independent SECC: Josev (EcoG-io ``iso15118``, EXIficient codec).

Opt-in: set ``EVCC_JOSEV_PYTHON`` to a Python that has ``iso15118`` (0.31) installed (not a
project dependency). Runs Josev's SECC simulator (patched by ``tests/interop/josev_secc.py``
to offer the Internet VAS) in a network namespace behind a veth pair and drives a whole -20
DC session with SDP multicast, plain TCP and TLS 1.3 with mutual authentication.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.sim.pki import generate

JOSEV_PYTHON = os.environ.get("EVCC_JOSEV_PYTHON")
RUNNER = Path(__file__).resolve().parent / "interop" / "josev_secc.py"

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(not JOSEV_PYTHON, reason="EVCC_JOSEV_PYTHON not set"),
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("ip") is None, reason="needs root and iproute2"
    ),
]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


def _josev_pki(tmp_path: Path):
    pki = generate(tmp_path / "ours")
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


@pytest.mark.parametrize("use_tls", [False, True], ids=["tcp", "tls13"])
async def test_full_dc_session_against_josev(tmp_path, use_tls):
    pki, pki_path = _josev_pki(tmp_path)
    tag = uuid.uuid4().hex[:6]
    ns, host_if, ns_if = f"jo{tag}", f"jev{tag}", f"jse{tag}"
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
        env = dict(os.environ, PKI_PATH=f"{pki_path}/")
        if use_tls:
            env.update(ENABLE_TLS_1_3="True", SECC_ENFORCE_TLS="True")
        proc = await asyncio.create_subprocess_exec(
            "ip",
            "netns",
            "exec",
            ns,
            JOSEV_PYTHON,
            str(RUNNER),
            ns_if,
            cwd=str(tmp_path),
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=log_file,
        )
        await asyncio.sleep(5)  # Josev starts its JVM-backed codec
        events: list = []
        evcc: Evcc | None = None

        def observer(direction, name, msg, now):
            if name == "DC_ChargeLoopRes" and evcc is not None:
                evcc.request_stop("test")

        cfg = Iso15118Config(
            interface=host_if,
            protocols=["iso20-dc"],
            tls="required" if use_tls else "off",
            tls_roots=[str(pki.v2g_root)],
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
        )
        evcc = Evcc(
            cfg, StaticEvData(), on_internet=events.append, dtc=DtcRegistry(), on_message=observer
        )
        result = await asyncio.wait_for(evcc.run(), 90)
        assert result.ok, result
        assert events == [InternetUp("https", 443, "iso20"), InternetDown("session_stop")]
        if use_tls:
            assert result.tls is not None and result.tls.startswith("TLSv1.3")
    finally:
        if proc is not None and proc.returncode is None:
            proc.kill()
            await proc.wait()
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        log_file.close()
