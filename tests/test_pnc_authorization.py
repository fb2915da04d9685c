"""PnC identification and authorization: built by the EV, checked as a charger would,
through the codec; the vectors' EVerest -20 AuthorizationReqs pass the charger's check."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from evcc_agent.iso15118 import exi
from evcc_agent.iso15118.pnc import PncSignatureError
from evcc_agent.iso15118.pnc import authorization as az
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.sim import pnc_pki

EMAID = "DEABCC123ABC56"


def test_iso2_payment_details_and_authorization() -> None:
    pki = pnc_pki.generate("secp256r1")
    contract = pki.issue_contract(EMAID)
    chain = [contract.cert, pki.mo_subs[1].cert, pki.mo_subs[0].cert]
    challenge = os.urandom(16)
    pd = az.iso2_payment_details_req(EMAID, chain)
    body, sig = az.iso2_authorization_req(challenge, xd.KeySigner(contract.key))
    msgs = [
        {"Header": {"SessionID": "0102030405060708"}, "Body": {"PaymentDetailsReq": pd}},
        {
            "Header": {"SessionID": "0102030405060708", "Signature": sig},
            "Body": {"AuthorizationReq": body},
        },
    ]
    back = [exi.decode("iso2", exi.encode("iso2", {"V2G_Message": m}))["V2G_Message"] for m in msgs]
    assert back[0]["Body"]["PaymentDetailsReq"]["eMAID"] == EMAID
    auth = back[1]["Body"]["AuthorizationReq"]
    az.check_iso2_authorization(auth, back[1]["Header"]["Signature"], contract.cert, challenge)
    with pytest.raises(PncSignatureError, match="GenChallenge"):
        az.check_iso2_authorization(
            auth, back[1]["Header"]["Signature"], contract.cert, os.urandom(16)
        )
    with pytest.raises(PncSignatureError, match="without a signature"):
        az.check_iso2_authorization(auth, None, contract.cert, challenge)
    other = pki.issue_contract("DEABCC123ABC57")
    with pytest.raises(PncSignatureError):
        az.check_iso2_authorization(auth, back[1]["Header"]["Signature"], other.cert, challenge)


@pytest.mark.parametrize("algorithm", ["secp521r1", "ed448"])
def test_iso20_pnc_authorization(algorithm: pnc_pki.Algorithm) -> None:
    pki = pnc_pki.generate(algorithm)
    contract = pki.issue_contract(EMAID)
    chain = [contract.cert, pki.mo_subs[1].cert, pki.mo_subs[0].cert]
    challenge = os.urandom(16)
    mode, sig = az.iso20_pnc_authorization(chain, challenge, xd.KeySigner(contract.key))
    req = {
        "AuthorizationReq": {
            "Header": {"SessionID": "0102030405060708", "TimeStamp": 1786000000, "Signature": sig},
            "SelectedAuthorizationService": "PnC",
            "PnC_AReqAuthorizationMode": mode,
        }
    }
    back = exi.decode("iso20-common", exi.encode("iso20-common", req))["AuthorizationReq"]
    got = az.check_iso20_authorization(
        back["PnC_AReqAuthorizationMode"], back["Header"]["Signature"], challenge
    )
    assert got == contract.cert
    with pytest.raises(PncSignatureError, match="GenChallenge"):
        az.check_iso20_authorization(
            back["PnC_AReqAuthorizationMode"], back["Header"]["Signature"], bytes(16)
        )


def test_vector_iso20_authorizations_pass_the_chargers_check(shared_dir: Path) -> None:
    """Every signed -20 AuthorizationReq of the vectors (EVerest, Josev) checks out."""
    n = 0
    for line in (shared_dir / "vectors" / "exi-iso20-common.jsonl").open():
        rec = json.loads(line)
        req = rec["decoded"].get("AuthorizationReq", {})
        mode = req.get("PnC_AReqAuthorizationMode")
        if mode is None or "Signature" not in req["Header"]:
            continue
        az.check_iso20_authorization(
            mode, req["Header"]["Signature"], base64.b64decode(mode["GenChallenge"])
        )
        n += 1
    assert n == 10
