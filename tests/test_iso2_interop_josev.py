"""Interop with an independent SECC for -2 and DIN: Josev (EcoG-io ``iso15118``, EXIficient).

Opt-in: set ``EVCC_JOSEV_PYTHON`` to a Python that has ``iso15118`` (0.31) installed (not a
project dependency; it ships its EXIficient jar and needs Java). Runs Josev's SECC simulator
(patched by ``tests/interop/josev_secc_v2.py`` to offer InternetAccess over TLS) in a network
namespace behind a veth pair; the EVCC finds it by SDP multicast and runs whole sessions:
-2 DC over TCP (no VAS: Josev offers VAS only with TLS), -2 DC over TLS 1.2 with the Internet
service, -2 AC over TLS 1.2, and DIN 70121 DC.
"""

from __future__ import annotations

import pytest

from evcc_agent.clock import ScaledClock
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from tests.secc_netns import (
    JOSEV_V2_SESSION_MARKS,
    josev_in_netns,
    josev_pki,
    run_evcc_until_loop,
)

pytestmark = JOSEV_V2_SESSION_MARKS

LOOP_RESPONSES = ("CurrentDemandRes", "ChargingStatusRes")


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
    pki, pki_path = josev_pki(tmp_path, "secp256r1")  # -2: ECDSA P-256
    async with josev_in_netns(
        tmp_path, "josev_secc_v2.py", pki_path, "j2", PROTOCOLS=josev_protocols
    ) as net:
        cfg = Iso15118Config(
            interface=net.host_if,
            protocols=protocols,
            tls="required" if use_tls else "off",
            tls_roots=[str(pki.v2g_root)],
            charge_loop_interval_s=0.05,
        )
        # protocol time at 1/5 of wall time: Josev's JVM codec on a loaded machine must not
        # trip the 0.25 s CurrentDemand timeout (timing rules are fake-clock tests)
        run = await run_evcc_until_loop(
            cfg, LOOP_RESPONSES, rounds=3, timeout=90, clock=ScaledClock(0.2)
        )
        result, events, dtc, seen = run.result, run.events, run.dtc, run.seen
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
