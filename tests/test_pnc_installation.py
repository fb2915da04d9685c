"""Contract installation, the EV's side (-2 and -20), against the simulator's provisioning
service: through the EXI codec, with file and token ECDH, and every refusal typed."""

from __future__ import annotations

import base64
import copy
import datetime as dt
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.iso15118 import exi
from evcc_agent.iso15118.pnc import (
    PncCertificateError,
    PncContractExpiredError,
    PncEmaidMismatchError,
    PncKeyDecryptError,
    PncSignatureError,
)
from evcc_agent.iso15118.pnc import contract_key as ck
from evcc_agent.iso15118.pnc import installation as inst
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.sim import pnc_cps, pnc_pki

EMAID = "DEABCC123ABC56"
PCID = "WMIV1234567890ABCE"


@pytest.fixture(scope="module")
def pki2() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp256r1", pcid=PCID)


@pytest.fixture(scope="module")
def pki20() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp521r1", pcid=PCID)


def _ecdh(pki: pnc_pki.PncPki) -> inst.Ecdh:
    key = pki.oem_prov.key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return lambda peer: ck.ecdh_shared_secret(key, peer)


def _wire_iso2(res: dict[str, Any], sig: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Through the codec as a whole V2G_Message, and back (what the EV really sees)."""
    msg = {
        "V2G_Message": {
            "Header": {"SessionID": "0102030405060708", "Signature": sig},
            "Body": {"CertificateInstallationRes": res},
        }
    }
    back = exi.decode("iso2", exi.encode("iso2", msg))["V2G_Message"]
    return back["Body"]["CertificateInstallationRes"], back["Header"]["Signature"]


def _verify_wire_iso2(name: str, req: dict[str, Any], sig: dict[str, Any], key: Any) -> None:
    """A signed -2 request through the codec; its signature verifies with ``key``."""
    msg = {
        "V2G_Message": {
            "Header": {"SessionID": "0102030405060708", "Signature": sig},
            "Body": {name: req},
        }
    }
    back = exi.decode("iso2", exi.encode("iso2", msg))["V2G_Message"]
    els = xd.find_signed_elements(back["Body"])
    xd.verify("iso2", back["Header"]["Signature"], els, key, ["id1"])


def _iso2(pki: pnc_pki.PncPki, res: dict[str, Any], sig: Any, **kw: Any) -> inst.InstalledContract:
    trust = inst.Trust(
        [pki.v2g_root.cert],
        [pki.mo_root.cert],
        kw.pop("ecdh", _ecdh(pki)),
        kw.pop("now", dt.datetime.now(dt.UTC)),
    )
    return inst.iso2_installation_res(res, sig, trust, **kw)


def test_iso2_request_is_signed_with_the_oem_key(pki2: pnc_pki.PncPki) -> None:
    req, sig = inst.iso2_installation_req(
        pki2.oem_prov.cert, xd.KeySigner(pki2.oem_prov.key), [pki2.v2g_root.cert]
    )
    _verify_wire_iso2("CertificateInstallationReq", req, sig, pki2.oem_prov.cert.public_key())


def test_iso2_installation_through_the_codec(pki2: pnc_pki.PncPki) -> None:
    res, sig = _wire_iso2(*pnc_cps.iso2_installation_res(pki2, EMAID, pki2.oem_prov.cert))
    got = _iso2(pki2, res, sig, expected_emaid=EMAID)
    assert got.emaid == EMAID and len(got.chain) == 3
    assert got.chain[0] == pki2.contracts[EMAID].cert
    assert b"PRIVATE KEY" in got.key_pkcs8()


def test_iso2_refusals_are_typed(pki2: pnc_pki.PncPki) -> None:
    res, sig = pnc_cps.iso2_installation_res(pki2, EMAID, pki2.oem_prov.cert)
    with pytest.raises(PncSignatureError, match="without a signature"):
        _iso2(pki2, res, None)
    with pytest.raises(PncEmaidMismatchError):
        _iso2(pki2, res, sig, expected_emaid="DEOTHER0000001")
    forged = copy.deepcopy(res)
    forged["eMAID"]["value"] = "DEABCC123ABC57"
    with pytest.raises(PncSignatureError, match="#id4"):
        _iso2(pki2, forged, sig)
    other = pnc_pki.generate("secp256r1")  # another V2G root: the CPS chain does not build
    with pytest.raises(PncCertificateError):
        trust = inst.Trust(
            [other.v2g_root.cert], [pki2.mo_root.cert], _ecdh(pki2), dt.datetime.now(dt.UTC)
        )
        inst.iso2_installation_res(res, sig, trust)
    with pytest.raises(PncKeyDecryptError):  # the key was encrypted for another vehicle
        _iso2(pki2, res, sig, ecdh=_ecdh(other))
    with pytest.raises(PncContractExpiredError):
        _iso2(pki2, res, sig, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=800))
    unsigned_part = copy.deepcopy(sig)
    unsigned_part["SignedInfo"]["Reference"] = unsigned_part["SignedInfo"]["Reference"][:3]
    with pytest.raises(PncSignatureError, match="does not cover"):
        _iso2(pki2, res, unsigned_part)


def test_iso2_installation_with_ecdh_in_the_token(pki2: pnc_pki.PncPki) -> None:
    from tests.pnc_softhsm import LABEL, PIN, make_token, why_unavailable

    why = why_unavailable()
    if why:
        pytest.skip(why)
    from evcc_agent.iso15118.pnc.token import Token

    oem = pki2.oem_prov.key
    assert isinstance(oem, ec.EllipticCurvePrivateKey)
    res, sig = pnc_cps.iso2_installation_res(pki2, EMAID, pki2.oem_prov.cert)
    with Token(make_token(), LABEL, PIN) as tok:
        tok.import_private_key("oem-inst", oem, derive=True)
        got = _iso2(pki2, res, sig, ecdh=lambda peer: tok.ecdh("oem-inst", peer))
        assert isinstance(got.private_key, ec.EllipticCurvePrivateKey)
        tok.import_private_key(got.emaid, got.private_key)
        s = tok.signer(got.emaid).sign(b"GenChallenge")
        xd.verify_value(got.chain[0].public_key(), xd.SIG_ECDSA_SHA256, b"GenChallenge", s)  # type: ignore[arg-type]


def test_iso20_request_and_installation_through_the_codec(pki20: pnc_pki.PncPki) -> None:
    oem_chain = [pki20.oem_prov.cert, pki20.oem_subs[1].cert, pki20.oem_subs[0].cert]
    req, rsig = inst.iso20_installation_req(
        oem_chain, xd.KeySigner(pki20.oem_prov.key), [pki20.v2g_root.cert], 1, [EMAID]
    )
    header = {"SessionID": "0102030405060708", "TimeStamp": 1786000000}
    wire = exi.encode(
        "iso20-common",
        {"CertificateInstallationReq": {"Header": {**header, "Signature": rsig}, **req}},
    )
    back = exi.decode("iso20-common", wire)["CertificateInstallationReq"]
    body = {"CertificateInstallationReq": {k: v for k, v in back.items() if k != "Header"}}
    xd.verify(
        "iso20-common",
        back["Header"]["Signature"],
        xd.find_signed_elements(body),
        pki20.oem_prov.cert.public_key(),  # type: ignore[arg-type]
        ["id1"],
    )

    res, sig = pnc_cps.iso20_installation_res(pki20, EMAID, pki20.oem_prov.cert, PCID)
    wire = exi.encode(
        "iso20-common",
        {"CertificateInstallationRes": {"Header": {**header, "Signature": sig}, **res}},
    )
    back = exi.decode("iso20-common", wire)["CertificateInstallationRes"]
    res2 = {k: v for k, v in back.items() if k != "Header"}
    trust = inst.Trust(
        [pki20.v2g_root.cert], [pki20.mo_root.cert], _ecdh(pki20), dt.datetime.now(dt.UTC)
    )
    got = inst.iso20_installation_res(res2, back["Header"]["Signature"], trust, PCID)
    assert got.emaid == EMAID and got.chain[0] == pki20.contracts[EMAID].cert
    with pytest.raises(PncKeyDecryptError):  # another PCID: another AAD, the tag fails
        inst.iso20_installation_res(res2, back["Header"]["Signature"], trust, "WMIV1234567890ABCF")
    tampered = copy.deepcopy(res2)
    tampered["SignedInstallationData"]["ECDHCurve"] = "X448"
    with pytest.raises(PncSignatureError):
        inst.iso20_installation_res(tampered, back["Header"]["Signature"], trust, PCID)
    blob = bytearray(
        base64.b64decode(res2["SignedInstallationData"]["SECP521_EncryptedPrivateKey"])
    )
    assert len(blob) == 94


def test_iso2_update_request_is_signed_with_the_contract_key(pki2: pnc_pki.PncPki) -> None:
    contract = pki2.issue_contract("DEABCC123ABC60")
    chain = [contract.cert, pki2.mo_subs[1].cert, pki2.mo_subs[0].cert]
    req, sig = inst.iso2_update_req(
        chain, "DEABCC123ABC60", xd.KeySigner(contract.key), [pki2.v2g_root.cert]
    )
    _verify_wire_iso2("CertificateUpdateReq", req, sig, contract.cert.public_key())
