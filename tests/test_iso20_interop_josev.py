"""Interop with an independent SECC: Josev (EcoG-io ``iso15118``, EXIficient codec).

Opt-in: set ``EVCC_JOSEV_PYTHON`` to a Python that has ``iso15118`` (0.31) installed (not a
project dependency). Runs Josev's SECC simulator (patched by ``tests/interop/josev_secc.py``
to offer the Internet VAS) in a network namespace behind a veth pair and drives a whole -20
DC session with SDP multicast, plain TCP and TLS 1.3 with mutual authentication.
"""

from __future__ import annotations

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from tests.secc_netns import (
    josev_in_netns,
    josev_pki,
    needs_josev,
    needs_netns,
    run_evcc_until_loop,
)

pytestmark = [pytest.mark.netns, needs_josev, needs_netns]


@pytest.mark.parametrize("use_tls", [False, True], ids=["tcp", "tls13"])
async def test_full_dc_session_against_josev(tmp_path, use_tls):
    pki, pki_path = josev_pki(tmp_path, "secp521r1")
    tls_env = {"ENABLE_TLS_1_3": "True", "SECC_ENFORCE_TLS": "True"} if use_tls else {}
    async with josev_in_netns(tmp_path, "josev_secc.py", pki_path, "jo", **tls_env) as net:
        cfg = Iso15118Config(
            interface=net.host_if,
            protocols=["iso20-dc"],
            tls="required" if use_tls else "off",
            tls_roots=[str(pki.v2g_root)],
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
        )
        run = await run_evcc_until_loop(cfg, ("DC_ChargeLoopRes",), timeout=90)
        result, events = run.result, run.events
        assert result.ok, result
        assert events == [InternetUp("https", 443, "iso20"), InternetDown("session_stop")]
        if use_tls:
            assert result.tls is not None and result.tls.startswith("TLSv1.3")
