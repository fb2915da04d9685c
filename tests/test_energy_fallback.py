"""A charger that accepts the -20 DC namespace in SAP but offers only AC: the next attempt
offers AC first and charges (the charger's fault, but the bus must still charge)."""

from __future__ import annotations

import pytest

from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.sim.secc import SeccSimConfig
from tests.e2e_helpers import EventLog, make_demo
from tests.iso2_helpers import Harness


@pytest.fixture
def codec():
    return ExiCodec()


async def test_dc_accepted_but_only_ac_offered_charges_ac_on_the_next_attempt(codec, caplog):
    h = Harness(codec, SeccSimConfig(energy_services=[1]))
    async with h.server:
        first = await h.run(protocols=["iso20-dc", "iso20-ac"])
        assert not first.ok and first.protocol == "iso20-dc"
        assert first.retry_protocols == ["iso20-ac", "iso20-dc"]
        second = await h.run(protocols=first.retry_protocols)
    assert second.ok and second.protocol == "iso20-ac"
    assert caplog.text.count("offers iso20-ac first") == 1


async def test_without_ac_configured_there_is_no_fallback(codec):
    h = Harness(codec, SeccSimConfig(energy_services=[1]))
    async with h.server:
        result = await h.run(protocols=["iso20-dc"])
    assert not result.ok and result.retry_protocols is None


async def test_the_agent_charges_ac_on_its_next_session():
    log = EventLog()
    demo = make_demo(log, secc=SeccSimConfig(energy_services=[1]), time_scale=120.0)
    async with demo:
        first = await log.wait_kind("session_end")
        assert not first["ok"] and first["protocol"] == "iso20-dc"
        second = await log.wait_kind("session_start", after=log.events.index(first))
        await log.wait_for(
            lambda e: (
                e.get("event") == "internet_up" and log.events.index(e) > log.events.index(second)
            )
        )
    assert demo.agent is not None
    assert [s.protocol for s in demo.agent.sessions][:1] == ["iso20-dc"]
    assert demo.secc.responders[-1].chosen_protocol == "urn:iso:std:iso:15118:-20:AC"
