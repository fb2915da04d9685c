"""The SECC simulator's own contract: its protocol table, the knobs tests use, faults alike in
every protocol family (the EV-side tests exercise the answers themselves)."""

from __future__ import annotations

from typing import Any

import pytest

from evcc_agent.iso15118.messages import message_name
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc import (
    DIN_NAMESPACE,
    ISO2_NAMESPACE,
    ISO20_DC_NAMESPACE,
    Fault,
    SeccResponder,
    SeccSimConfig,
    parse_fault,
)
from evcc_agent.sim.secc.protocols import BY_NAME, PROTOCOLS, grammars
from evcc_agent.sim.secc.responder import DIALECTS, WRONG_SESSION_ID
from tests.iso2_helpers import negotiated_responder


def _agreed(namespace: str, **cfg: Any) -> SeccResponder:
    responder = negotiated_responder(namespace, SeccSimConfig(protocols=[namespace], **cfg))
    assert responder.chosen_protocol == namespace
    return responder


def _request(namespace: str, name: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if namespace == ISO20_DC_NAMESPACE:
        return PayloadType.ISO20_DC, {name: {"Header": {"SessionID": "00"}, **body}}
    return PayloadType.SAP, {"V2G_Message": {"Header": {"SessionID": "00"}, "Body": {name: body}}}


def _response(reply_message: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """(session id, body) of a -20 or -2/DIN response."""
    assert reply_message is not None
    name = message_name(reply_message)
    if "V2G_Message" in reply_message:
        v2g = reply_message["V2G_Message"]
        return v2g["Header"]["SessionID"], v2g["Body"][name]
    return reply_message[name]["Header"]["SessionID"], reply_message[name]


def test_every_protocol_has_an_answer_table_and_a_cli_name():
    assert list(BY_NAME) == ["iso20-dc", "iso20-ac", "iso2", "din"]
    for proto in PROTOCOLS:
        assert proto.dialect in DIALECTS
    assert grammars([ISO20_DC_NAMESPACE, ISO2_NAMESPACE, DIN_NAMESPACE, "urn:x"]) == ["iso2", "din"]


def test_parse_fault_reads_the_command_line_form():
    assert parse_fault(
        "failed@ServiceSelectionReq#2=FAILED_NoEnergyTransferServiceSelected"
    ) == Fault("failed", "ServiceSelectionReq", 2, code="FAILED_NoEnergyTransferServiceSelected")
    assert parse_fault("notification@CurrentDemandReq=EVSE_Shutdown") == Fault(
        "notification", "CurrentDemandReq", 1, notification="EVSE_Shutdown"
    )


@pytest.mark.parametrize(
    ("namespace", "request_name", "other"),
    [
        (ISO20_DC_NAMESPACE, "DC_CableCheckReq", "AuthorizationReq"),
        (ISO2_NAMESPACE, "CableCheckReq", "AuthorizationReq"),
        (DIN_NAMESPACE, "CableCheckReq", "ContractAuthenticationReq"),
    ],
)
def test_hold_ongoing_answers_one_request_ongoing_for_ever(
    namespace: str, request_name: str, other: str
):
    responder = _agreed(namespace, ongoing_rounds=3)
    responder.hold_ongoing(request_name)
    for _ in range(5):
        _, body = _response(responder.handle(*_request(namespace, request_name, {})).message)
        assert body["EVSEProcessing"] == "Ongoing"
    _, body = _response(responder.handle(*_request(namespace, other, {})).message)
    assert body["EVSEProcessing"] == "Finished"  # at once, not after ongoing_rounds
    responder.hold_ongoing(None)
    _, body = _response(responder.handle(*_request(namespace, other, {})).message)
    assert body["EVSEProcessing"] == "Ongoing"  # as configured again


@pytest.mark.parametrize(
    ("namespace", "spare"),
    [
        (ISO20_DC_NAMESPACE, "0" * 16),
        (ISO2_NAMESPACE, "0102030405060708"),
        (DIN_NAMESPACE, "0102030405060708"),
    ],
)
def test_faults_apply_alike_in_every_protocol_family(namespace: str, spare: str):
    faults = [
        Fault("wrong_session_id", "SessionStopReq"),
        Fault("failed", "SessionStopReq", 2, code="FAILED"),
    ]
    responder = _agreed(namespace, faults=faults)
    sid, body = _response(responder.handle(*_request(namespace, "SessionStopReq", {})).message)
    assert sid == WRONG_SESSION_ID != responder.session_id and body["ResponseCode"] == "OK"
    sid, body = _response(responder.handle(*_request(namespace, "SessionStopReq", {})).message)
    assert sid == responder.session_id and body["ResponseCode"] == "FAILED"
    responder.session_id = WRONG_SESSION_ID  # the usual wrong id is this session's own
    responder.cfg.faults = [Fault("wrong_session_id", "SessionStopReq", 3)]
    sid, _ = _response(responder.handle(*_request(namespace, "SessionStopReq", {})).message)
    assert sid == spare
    unknown = responder.handle(*_request(namespace, "NoSuchReq", {}))
    assert _response(unknown.message)[1]["ResponseCode"] == "FAILED_SequenceError"
