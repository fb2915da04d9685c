"""-2 and DIN the way a vehicle meets a depot charger: SDP multicast on a link-local-only veth
pair (the SECC simulator in its own network namespace), then TLS 1.2 (-2 SECC) or plain TCP
(a DIN SECC that answers SDP with "no TLS") to the link-local address SDP returned; the EVCC
offers its default protocol list. Skipped without root or iproute2."""

from __future__ import annotations

import pytest

from evcc_agent.clock import ScaledClock
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.sim.pki import generate
from tests.secc_netns import needs_netns, run_evcc_until_loop, sim_secc_in_netns

pytestmark = [pytest.mark.netns, needs_netns]


@pytest.mark.parametrize("secc", ["iso2-tls12", "din-tcp"])
async def test_default_evcc_against_depot_secc_over_veth(tmp_path, secc):
    pki = generate(tmp_path, algorithm="secp256r1")
    if secc == "iso2-tls12":
        ctx = f"server_context({str(pki.secc_chain)!r}, {str(pki.secc_key)!r}, tls12=True)"
        protocols = "[ISO2_NAMESPACE, DIN_NAMESPACE]"
    else:
        ctx, protocols = "None", "[DIN_NAMESPACE]"
    server_args = f"SeccSimConfig(protocols={protocols}), ssl_context={ctx}"
    async with sim_secc_in_netns(server_args, prefix="v2") as net:
        cfg = Iso15118Config(interface=net.host_if, tls_roots=[str(pki.v2g_root)])
        # protocol time at 1/5 of wall time: the 0.25 s CurrentDemand timeout becomes 1.25 s,
        # so a loaded machine cannot fail the session (timing rules are fake-clock tests)
        run = await run_evcc_until_loop(
            cfg, ("CurrentDemandRes",), timeout=30, clock=ScaledClock(0.2)
        )
        result, events, dtc = run.result, run.events, run.dtc
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
