"""The SECC simulator's -2 Plug & Charge answers, over the -2 table of ``answers_v2g``.

With ``SeccSimConfig.pnc`` (a ``SimPnc``) the simulated charger offers Contract and the
Certificate service, plays the certificate provisioning service (``sim.pnc_cps``, with the
faults of ``SimPnc.install_fault``), checks the EV's signatures and chains (the installation
request against the OEM provisioning certificate it carries, PaymentDetails' contract chain
to the MO root, AuthorizationReq over the GenChallenge handed out, MeteringReceiptReq) and
answers a check that fails with the -2 FAILED code; ``SimPnc.errors`` records why.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import os
import time
from dataclasses import replace
from functools import partial
from typing import Any

from cryptography import x509

from evcc_agent.iso15118.messages import Message
from evcc_agent.iso15118.pnc import PncError
from evcc_agent.iso15118.pnc import authorization as auth
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.iso15118.pnc.installation import certificate_chain_of
from evcc_agent.iso15118.pnc.store import check_emaid, subject_cn, validate_chain
from evcc_agent.sim import pnc_cps, pnc_pki
from evcc_agent.sim.secc.answers_iso20 import ISO20 as ISO20_EIM
from evcc_agent.sim.secc.answers_iso20 import _authorization as _eim_authorization20
from evcc_agent.sim.secc.answers_iso20 import _authorization_setup as _eim_authorization_setup
from evcc_agent.sim.secc.answers_v2g import ISO2 as ISO2_EIM
from evcc_agent.sim.secc.answers_v2g import (
    ISO2_ANSWERS,
    _charge_parameter_discovery,
    _charging_status,
    _current_demand,
    _status,
)
from evcc_agent.sim.secc.answers_v2g import _service_discovery as _eim_service_discovery
from evcc_agent.sim.secc.config import SimPnc
from evcc_agent.sim.secc.dialect import Answer, SeccState

CERTIFICATE_SERVICE = {
    "ServiceID": 2,
    "ServiceName": "Certificate",
    "ServiceCategory": "ContractCertificate",
    "FreeService": True,
}


def _pnc(sim: SeccState) -> SimPnc | None:
    return sim.cfg.pnc


def _contract_selected(sim: SeccState) -> bool:
    return (sim.selected or {}).get("SelectedPaymentOption") == "Contract"


def _refuse(sim: SeccState, code: str, exc: Exception) -> dict[str, Any]:
    pnc = _pnc(sim)
    if pnc is not None:
        pnc.errors.append(f"{type(exc).__name__}: {exc}")
    return {"ResponseCode": code}


def _service_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    res = _eim_service_discovery(sim, body)
    pnc = _pnc(sim)
    if pnc is None:
        return res
    options = ["Contract", *(["ExternalPayment"] if pnc.offer_eim else [])]
    res["PaymentOptionList"] = {"PaymentOption": options}
    if pnc.offer_installation:
        services = (res.get("ServiceList") or {}).get("Service", [])
        res["ServiceList"] = {"Service": [CERTIFICATE_SERVICE, *services]}
    return res


def _signed_by(
    sim: SeccState,
    name: str,
    body: dict[str, Any],
    key: xd.PublicKey,
    ident: str,
    ns: str = "iso2",
) -> None:
    signature = sim.request_header.get("Signature")
    if not isinstance(signature, dict):
        raise PncError(f"{name} without a signature")
    elements = xd.find_signed_elements({name: body})
    suites = [xd.ISO2] if ns == "iso2" else None
    xd.verify(ns, signature, elements, key, required=[ident], suites=suites)


def _public_key(cert: x509.Certificate) -> xd.PublicKey:
    key = cert.public_key()
    assert isinstance(key, xd.PublicKey)
    return key


def _contract_chain(pnc: SimPnc, body: dict[str, Any]) -> list[x509.Certificate]:
    """The request's ContractSignatureCertChain, validated to the MO root now."""
    chain = certificate_chain_of(body.get("ContractSignatureCertChain"), "contract chain")
    validate_chain(chain[0], chain[1:], [pnc.pki.mo_root.cert], dt.datetime.now(dt.UTC))
    return chain


def _provisioning(
    pnc: SimPnc, sim: SeccState, encrypt_to: x509.Certificate, iso20: bool = False
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The provisioning service's response (-2, or -20 with ``iso20``), with
    ``pnc.install_fault`` applied."""
    pki: pnc_pki.PncPki = pnc.pki
    fault = pnc.install_fault
    now = dt.datetime.now(dt.UTC)
    pcid = subject_cn(encrypt_to)  # -20: the requesting OEM certificate's PCID
    contract = None
    if fault == "other_emaid":
        contract = pki.issue_contract("DEZZZC999ZZZ99")
    elif fault == "expired_contract":
        contract = pki.issue_contract(
            pnc.emaid, not_before=now - dt.timedelta(days=60), not_after=now - dt.timedelta(days=1)
        )
    if fault == "foreign_chain":
        pki = pnc_pki.generate(pki.algorithm)
    if fault == "wrong_key":
        encrypt_to = pnc_pki.generate(pki.algorithm).oem_prov.cert
    if iso20:
        res, sig = pnc_cps.iso20_installation_res(pki, pnc.emaid, encrypt_to, pcid, contract)
    else:
        res, sig = pnc_cps.iso2_installation_res(pki, pnc.emaid, encrypt_to, contract)
    if fault == "bad_signature":
        sig = _tampered(sig)
    return res, None if fault == "no_signature" else sig


def _in_contract(sim: SeccState) -> SimPnc | None:
    """The PnC knobs when this session selected Contract (else a PnC request is out of order)."""
    pnc = _pnc(sim)
    return pnc if pnc is not None and _contract_selected(sim) else None


def _requester(name: str, pnc: SimPnc, body: dict[str, Any]) -> x509.Certificate:
    """Who signed an installation (the OEM provisioning certificate it carries) or an
    update request (the contract being renewed, validated to the MO root)."""
    if name == "CertificateInstallationReq":
        raw = body["OEMProvisioningCert"]
        return x509.load_der_x509_certificate(
            raw if isinstance(raw, bytes) else base64.b64decode(str(raw))
        )
    return _contract_chain(pnc, body)[0]


def _tampered(sig: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(sig)
    value = bytearray(base64.b64decode(out["SignatureValue"]["value"]))
    value[5] ^= 0x01
    out["SignatureValue"]["value"] = base64.b64encode(bytes(value)).decode()
    return out


def _charge_parameters(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    """With Contract: the first SAScheduleTuple gets a SalesTariff signed by the MO sub-CA 2
    (as -2 has the mobility operator sign tariffs)."""
    res = _charge_parameter_discovery(sim, body, din=False)
    pnc = _in_contract(sim)
    tuples = (res.get("SAScheduleList") or {}).get("SAScheduleTuple") or []
    if pnc is None or pnc.sales_tariff is None or not tuples:
        return res
    tariff = {
        "Id": "tariff1",
        "SalesTariffID": 1,
        "NumEPriceLevels": 1,
        "SalesTariffEntry": [{"RelativeTimeInterval": {"start": 0}, "EPriceLevel": 1}],
    }
    tuples[0]["SalesTariff"] = tariff
    signer = xd.KeySigner(pnc.pki.mo_subs[1].key)
    sig = xd.sign("iso2", {"tariff1": ("SalesTariff", tariff)}, signer, xd.DIGEST_SHA256)
    sim.response_signature = sig if pnc.sales_tariff == "good" else _tampered(sig)
    return res


def _certificate(name: str, sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    """CertificateInstallationReq / CertificateUpdateReq: check the request's signature,
    then answer as the provisioning service, the new key encrypted to the signer."""
    pnc = _in_contract(sim)
    if pnc is None:
        return {"ResponseCode": "FAILED_SequenceError"}
    try:
        signer = _requester(name, pnc, body)
        _signed_by(sim, name, body, _public_key(signer), str(body["Id"]))
    except (PncError, KeyError, ValueError) as exc:
        return _refuse(sim, "FAILED_SignatureError", exc)
    res, sim.response_signature = _provisioning(pnc, sim, signer)
    return res


def _payment_details(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    pnc = _in_contract(sim)
    if pnc is None:
        return {"ResponseCode": "FAILED_SequenceError"}
    try:
        chain = _contract_chain(pnc, body)
        check_emaid(chain[0], str(body.get("eMAID", "")))
    except PncError as exc:
        return _refuse(sim, "FAILED_CertChainError", exc)
    sim.contract = chain[0]
    sim.gen_challenge = os.urandom(16)
    return {
        "GenChallenge": base64.b64encode(sim.gen_challenge).decode(),
        "EVSETimeStamp": int(time.time()),
    }


def _authorization(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if _in_contract(sim) is not None:
        try:
            signature = sim.request_header.get("Signature")
            auth.check_iso2_authorization(body, signature, sim.contract, sim.gen_challenge)
        except PncError as exc:
            return _refuse(sim, "FAILED_SignatureError", exc)
    return {"EVSEProcessing": sim.processing("AuthorizationReq")}


def _with_receipt(loop: Answer, request: str, sim: SeccState, body: dict[str, Any]) -> Any:
    """A charge-loop answer; at ``receipt_at_loop`` with MeterInfo and ReceiptRequired."""
    res = loop(sim, body)
    pnc = _in_contract(sim)
    if pnc is not None and sim.counts[request] == pnc.receipt_at_loop:
        res["MeterInfo"] = {"MeterID": "SIM-METER-1", "MeterReading": 1000 * sim.counts[request]}
        res["ReceiptRequired"] = True
    return res


def _metering_receipt(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    try:
        _signed_by(sim, "MeteringReceiptReq", body, _public_key(sim.contract), str(body["Id"]))
    except (PncError, KeyError, AssertionError) as exc:
        return _refuse(sim, "FAILED_MeteringSignatureNotValid", exc)
    return _status(sim)


def _header_of(message: Message) -> dict[str, Any]:
    header: dict[str, Any] = (message.get("V2G_Message") or {}).get("Header") or {}
    return header


def _signed(message: Message, signature: dict[str, Any]) -> None:
    message["V2G_Message"]["Header"]["Signature"] = signature


ISO2_PNC_ANSWERS: dict[str, Answer] = {
    **ISO2_ANSWERS,
    "ServiceDiscoveryReq": _service_discovery,
    "CertificateInstallationReq": partial(_certificate, "CertificateInstallationReq"),
    "CertificateUpdateReq": partial(_certificate, "CertificateUpdateReq"),
    "PaymentDetailsReq": _payment_details,
    "AuthorizationReq": _authorization,
    "CurrentDemandReq": partial(
        _with_receipt, partial(_current_demand, din=False), "CurrentDemandReq"
    ),
    "ChargingStatusReq": partial(_with_receipt, _charging_status, "ChargingStatusReq"),
    "MeteringReceiptReq": _metering_receipt,
    "ChargeParameterDiscoveryReq": _charge_parameters,
}
ISO2 = replace(ISO2_EIM, answers=ISO2_PNC_ANSWERS, header_of=_header_of, signed=_signed)


# ---- ISO 15118-20 -------------------------------------------------------------------------
def _iso20_authorization_setup(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    pnc = _pnc(sim)
    if pnc is None:
        return _eim_authorization_setup(sim, body)
    sim.gen_challenge = os.urandom(16)
    return {
        "AuthorizationServices": ["PnC", *(["EIM"] if pnc.offer_eim else [])],
        "CertificateInstallationService": pnc.offer_installation,
        "PnC_ASResAuthorizationMode": {
            "GenChallenge": base64.b64encode(sim.gen_challenge).decode()
        },
    }


def _iso20_certificate_installation(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    pnc = _pnc(sim)
    if pnc is None:
        return {"ResponseCode": "FAILED_SequenceError"}
    try:
        node = body["OEMProvisioningCertificateChain"]
        oem = certificate_chain_of(node, "OEMProvisioningCertificateChain")[0]
        name = "CertificateInstallationReq"
        _signed_by(sim, name, body, _public_key(oem), str(node["Id"]), "iso20-common")
    except (PncError, KeyError, ValueError) as exc:
        return _refuse(sim, "FAILED_SignatureError", exc)
    res, sim.response_signature = _provisioning(pnc, sim, oem, iso20=True)
    return res


def _iso20_authorization(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    pnc = _pnc(sim)
    if pnc is not None and body.get("SelectedAuthorizationService") == "PnC":
        try:
            mode = body["PnC_AReqAuthorizationMode"]
            signature = sim.request_header.get("Signature")
            auth.check_iso20_authorization(mode, signature, sim.gen_challenge)
            _contract_chain(pnc, {"ContractSignatureCertChain": mode["ContractCertificateChain"]})
        except (PncError, KeyError) as exc:
            return _refuse(sim, "FAILED_CertChainError", exc)
        sim.selected = {"SelectedPaymentOption": "Contract"}
    return _eim_authorization20(sim, body)


def _iso20_header_of(message: Message) -> dict[str, Any]:
    body: Any = next(iter(message.values()), {})
    header: dict[str, Any] = (body.get("Header") or {}) if isinstance(body, dict) else {}
    return header


def _iso20_signed(message: Message, signature: dict[str, Any]) -> None:
    next(iter(message.values()))["Header"]["Signature"] = signature


ISO20 = replace(
    ISO20_EIM,
    answers={
        **ISO20_EIM.answers,
        "AuthorizationSetupReq": _iso20_authorization_setup,
        "CertificateInstallationReq": _iso20_certificate_installation,
        "AuthorizationReq": _iso20_authorization,
    },
    header_of=_iso20_header_of,
    signed=_iso20_signed,
)
