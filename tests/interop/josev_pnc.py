"""Josev's -2 Plug & Charge crypto as an independent peer for ours (run under the separate
Josev Python by tests/test_pnc_interop_josev.py; no network).

``verify IN.json``: decode each of our signed -2 messages with Josev's EXI codec (EXIficient)
and check the signature with Josev's ``verify_signature``; prints one JSON line.
``cps IN.json CPS_KEY CONTRACT_KEY``: play the provisioning service with Josev's message
classes, ``encrypt_priv_key`` and ``create_signature``; prints the CertificateInstallationRes
(EXI hex) and Josev's eMAID fragment.
"""

from __future__ import annotations

import base64
import json
import sys


def _josev() -> None:
    from iso15118.shared.settings import load_shared_settings

    load_shared_settings()
    from iso15118.shared.exi_codec import EXI
    from iso15118.shared.exificient_exi_codec import ExificientEXICodec

    EXI().set_exi_codec(ExificientEXICodec())


def verify(data: dict) -> dict:
    from iso15118.shared.exi_codec import EXI
    from iso15118.shared.messages.enums import Namespace
    from iso15118.shared.security import verify_signature

    out = {}
    for name, body_field, cert in data["messages"]:
        msg = EXI().from_exi(bytes.fromhex(data[name]), Namespace.ISO_V2_MSG_DEF)
        body = getattr(msg.body, body_field)
        fragment = EXI().to_exi(body, Namespace.ISO_V2_MSG_DEF)
        out[name] = bool(
            verify_signature(
                msg.header.signature, [(body.id, fragment)], base64.b64decode(data[cert])
            )
        )
    return out


def cps(data: dict, cps_key_path: str, contract_key_path: str) -> dict:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from iso15118.shared.exi_codec import EXI
    from iso15118.shared.messages.enums import Namespace
    from iso15118.shared.messages.iso15118_2.body import Body, CertificateInstallationRes
    from iso15118.shared.messages.iso15118_2.datatypes import (
        EMAID,
        CertificateChain,
        DHPublicKey,
        EncryptedPrivateKey,
        ResponseCode,
        SubCertificates,
    )
    from iso15118.shared.messages.iso15118_2.header import MessageHeader
    from iso15118.shared.messages.iso15118_2.msgdef import V2GMessage
    from iso15118.shared.security import create_signature, encrypt_priv_key

    def der(k: str) -> bytes:
        return base64.b64decode(data[k])

    with open(cps_key_path, "rb") as f:
        cps_key = load_pem_private_key(f.read(), None)
    with open(contract_key_path, "rb") as f:
        contract_key = load_pem_private_key(f.read(), None)
    dh_public, encrypted = encrypt_priv_key(der("oem"), contract_key)
    res = CertificateInstallationRes(
        response_code=ResponseCode.OK,
        cps_cert_chain=CertificateChain(
            certificate=der("cps"),
            sub_certificates=SubCertificates(certificates=[der("cps_sub2"), der("cps_sub1")]),
        ),
        contract_cert_chain=CertificateChain(
            id="id1",
            certificate=der("contract"),
            sub_certificates=SubCertificates(certificates=[der("mo_sub2"), der("mo_sub1")]),
        ),
        encrypted_private_key=EncryptedPrivateKey(id="id2", value=encrypted),
        dh_public_key=DHPublicKey(id="id3", value=dh_public),
        emaid=EMAID(id="id4", value=data["emaid"]),
    )
    ns = Namespace.ISO_V2_MSG_DEF
    parts = [
        (el.id, EXI().to_exi(el, ns))
        for el in (res.contract_cert_chain, res.encrypted_private_key, res.dh_public_key, res.emaid)
    ]
    header = MessageHeader(
        session_id="0102030405060708", signature=create_signature(parts, cps_key)
    )
    msg = V2GMessage(header=header, body=Body(certificate_installation_res=res))
    return {"exi": EXI().to_exi(msg, ns).hex(), "emaid_fragment": parts[3][1].hex()}


if __name__ == "__main__":
    _josev()
    with open(sys.argv[2]) as f:
        data = json.load(f)
    result = verify(data) if sys.argv[1] == "verify" else cps(data, sys.argv[3], sys.argv[4])
    print("RESULT " + json.dumps(result))
