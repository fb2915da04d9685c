"""A whole -20 session the way a vehicle meets a charger: SDP multicast on a link-local-only
veth pair (the SECC simulator runs in its own network namespace), then TLS 1.3 to the
link-local address SDP returned. Skipped without root or iproute2."""

from __future__ import annotations

import pytest

from evcc_agent.clock import ScaledClock
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.sim.pki import generate
from tests.secc_netns import needs_netns, run_evcc_until_loop, sim_secc_in_netns

pytestmark = [pytest.mark.netns, needs_netns]


async def test_session_over_veth_link_local_with_sdp_multicast_and_tls(tmp_path):
    pki = generate(tmp_path)
    ctx = f"server_context({str(pki.secc_chain)!r}, {str(pki.secc_key)!r}, [{str(pki.oem_root)!r}])"
    async with sim_secc_in_netns(f"ssl_context={ctx}", prefix="v2g") as net:
        cfg = Iso15118Config(
            interface=net.host_if,
            tls_roots=[str(pki.v2g_root)],
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
        )
        # protocol time runs at 1/5 of wall time: the 0.5 s loop timeout becomes 2.5 s, so a
        # loaded CI machine cannot fail the session (timing rules are fake-clock tests)
        run = await run_evcc_until_loop(
            cfg, ("DC_ChargeLoopRes",), timeout=30, clock=ScaledClock(0.2)
        )
        result, events = run.result, run.events
        assert result.ok, result
        assert result.secc is not None and result.secc.startswith("[fe80::5e:cc%")
        assert result.tls is not None and result.tls.startswith("TLSv1.3")
        assert events == [InternetUp("https", 443, "iso20"), InternetDown("session_stop")]
