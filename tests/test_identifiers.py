"""Identifier sizes: the session checks EVSEID and SessionID against their schema bounds; the
EXI decoder does not enforce length facets (real traffic exceeds some of them)."""

from __future__ import annotations

import json

import pytest

from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.messages import message_name
from evcc_agent.sim.secc import Fault, SeccSimConfig
from tests import iso2_helpers, iso20_helpers


@pytest.mark.parametrize(
    ("kind", "longest"),
    [("iso20", 255), ("iso2", 37), ("din", 32)],  # DIN: bytes
)
def test_evse_id_beyond_the_schema_bound_ends_the_session(kind: str, longest: int):
    def run(evse_id: str):
        sim = SeccSimConfig(evse_id=evse_id)
        if kind == "iso20":
            session = iso20_helpers.make_session("dc")

            def stop(run) -> None:
                if any(message_name(m) == "DC_ChargeLoopReq" for m in run.sent):
                    run.request_stop("requested")

            return iso20_helpers.run_against_sim(session, sim, on_step=stop)
        return iso2_helpers.run_against_sim(iso2_helpers.make_session(kind), sim)

    fits = run("E" * longest)
    assert fits.stop is not None and fits.stop.ok
    assert fits.session.evse_id in ("E" * longest, ("E" * longest).encode().hex().upper())
    flood = run("E" * 60_000 if kind == "iso20" else "E" * (longest + 1))
    assert flood.stop is not None and not flood.stop.ok and "EVSEID of" in flood.stop.reason
    assert [d.name for d in flood.dtcs if d.name != "V2G_NO_V2ICP_PROTOCOL"] == [
        "V2G_SESSION_FAILED"
    ]
    assert message_name(flood.sent[-1]) == "SessionStopReq"  # orderly: the session exists
    assert flood.session.evse_id == ""


def test_session_id_outside_the_schema_bound_is_refused():
    sim = SeccSimConfig(faults=[Fault("wrong_session_id", "SessionSetupReq")])
    run = iso2_helpers.run_against_sim(iso2_helpers.make_session("iso2"), sim)
    assert run.stop is not None and not run.stop.ok


def test_an_18_character_emaid_still_decodes(shared_dir):
    """-2 eMAIDType has maxLength 15; real and test traffic carries longer ones, so the decoder
    leaves length facets to the session (docs/exi.md)."""
    codec = ExiCodec()
    rows = [json.loads(line) for line in (shared_dir / "vectors" / "exi-iso2.jsonl").open()]
    row = next(
        r
        for r in rows
        if r["message"] == "CertificateInstallationRes"
        and "my emaid testing string" in r["exi"] + json.dumps(r["decoded"])
    )
    decoded = codec.decode("iso2", bytes.fromhex(row["exi"]))
    body = decoded["V2G_Message"]["Body"]["CertificateInstallationRes"]
    assert len(body["eMAID"]["value"]) > 15
