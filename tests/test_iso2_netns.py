"""-2 and DIN the way a vehicle meets a depot charger: SDP multicast on a link-local-only veth
pair (the SECC simulator in its own network namespace), then TLS 1.2 (-2 SECC) or plain TCP
(a DIN SECC that answers SDP with "no TLS") to the link-local address SDP returned; the EVCC
offers its default protocol list. Skipped without root or iproute2."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
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

REPO = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("ip") is None, reason="needs root and iproute2"
    ),
]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.mark.parametrize("secc", ["iso2-tls12", "din-tcp"])
async def test_default_evcc_against_depot_secc_over_veth(tmp_path, secc):
    pki = generate(tmp_path, algorithm="secp256r1")
    tag = uuid.uuid4().hex[:6]
    ns, host_if, ns_if = f"v2{tag}", f"v2e{tag}", f"v2s{tag}"
    _ip("netns", "add", ns)
    proc = None
    try:
        _ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if)
        _ip("link", "set", ns_if, "netns", ns)
        _ip("-6", "addr", "add", "fe80::ec:1/64", "dev", host_if, "nodad")
        _ip("link", "set", host_if, "up")
        _ip("netns", "exec", ns, "ip", "-6", "addr", "add", "fe80::5e:cc/64", "dev", ns_if, "nodad")
        _ip("netns", "exec", ns, "ip", "link", "set", ns_if, "up")
        if secc == "iso2-tls12":
            ctx = f"server_context({str(pki.secc_chain)!r}, {str(pki.secc_key)!r}, tls12=True)"
            protocols = "[ISO2_NAMESPACE, DIN_NAMESPACE]"
        else:
            ctx, protocols = "None", "[DIN_NAMESPACE]"
        code = (
            "import asyncio\n"
            "from evcc_agent.iso15118.tls import server_context\n"
            "from evcc_agent.sim.secc import SeccServer, SeccSimConfig\n"
            "from evcc_agent.sim.secc_v2g import DIN_NAMESPACE, ISO2_NAMESPACE\n"
            "async def main():\n"
            f"    s = SeccServer(SeccSimConfig(protocols={protocols}), host='::', "
            f"ssl_context={ctx})\n"
            "    await s.start()\n"
            f"    await s.start_sdp(interface={ns_if!r}, advertise='fe80::5e:cc')\n"
            "    print('ready', flush=True)\n"
            "    await asyncio.sleep(60)\n"
            "asyncio.run(main())\n"
        )
        proc = await asyncio.create_subprocess_exec(
            "ip",
            "netns",
            "exec",
            ns,
            sys.executable,
            "-c",
            code,
            stdout=asyncio.subprocess.PIPE,
            cwd=str(REPO),
        )
        assert proc.stdout is not None
        assert (await asyncio.wait_for(proc.stdout.readline(), 20)).strip() == b"ready"

        events: list = []
        evcc: Evcc | None = None

        def observer(direction, name, msg, now):
            if name == "CurrentDemandRes" and evcc is not None:
                evcc.request_stop("test")

        cfg = Iso15118Config(interface=host_if, tls_roots=[str(pki.v2g_root)])
        dtc = DtcRegistry()
        # protocol time at 1/5 of wall time: the 0.25 s CurrentDemand timeout becomes 1.25 s,
        # so a loaded machine cannot fail the session (timing rules are fake-clock tests)
        evcc = Evcc(
            cfg,
            StaticEvData(),
            on_internet=events.append,
            dtc=dtc,
            on_message=observer,
            clock=ScaledClock(0.2),
        )
        result = await asyncio.wait_for(evcc.run(), 30)
        assert result.ok, result
        assert result.secc is not None and result.secc.startswith("[fe80::5e:cc%")
        if secc == "iso2-tls12":
            assert result.protocol == "iso2"
            assert result.tls == "TLSv1.2 ECDHE-ECDSA-AES128-SHA256"
            assert events == [InternetUp("https", 443, "iso2"), InternetDown("session_stop")]
        else:
            assert result.protocol == "din" and result.tls == "plain TCP"
            assert events == [InternetDown("no_v2icp_protocol")]
            assert dtc.is_active("V2G_NO_V2ICP_PROTOCOL")
    finally:
        if proc is not None and proc.returncode is None:
            proc.kill()
            await proc.wait()
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
