"""The certificate provisioning service's side of contract installation (tests, simulator):
builds signed -2 / -20 CertificateInstallationRes bodies from a ``sim.pnc_pki.PncPki``.

Each response carries a fresh contract for ``emaid``, its key encrypted to the vehicle's
OEM provisioning certificate (ephemeral ECDH, as the standards describe), and the CPS
signature over the elements the standard signs.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from evcc_agent.iso15118.pnc import contract_key as ck
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.iso15118.pnc.installation import ISO2_SIGNED

from .pnc_pki import Issued, PncPki


def _der(cert: x509.Certificate) -> str:
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def _chain(leaf: x509.Certificate, subs: list[Issued], ident: str | None = None) -> dict[str, Any]:
    node: dict[str, Any] = {"Certificate": _der(leaf)}
    if ident:
        node["Id"] = ident
    node["SubCertificates"] = {"Certificate": [_der(s.cert) for s in reversed(subs)]}
    return node


def _ephemeral(oem_cert: x509.Certificate) -> tuple[bytes, bytes]:
    """(Z, the ephemeral public point) against the OEM provisioning certificate's key."""
    oem_pub = oem_cert.public_key()
    if not isinstance(oem_pub, ec.EllipticCurvePublicKey):
        raise TypeError("OEM provisioning certificate without an EC key")
    eph = ec.generate_private_key(oem_pub.curve)
    point = eph.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return eph.exchange(ec.ECDH(), oem_pub), point


def iso2_installation_res(
    pki: PncPki, emaid: str, oem_cert: x509.Certificate, contract: Issued | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CertificateInstallationRes body element, header Signature by the CPS leaf)."""
    contract = contract or pki.issue_contract(emaid)
    assert isinstance(contract.key, ec.EllipticCurvePrivateKey)
    z, point = _ephemeral(oem_cert)
    res: dict[str, Any] = {
        "ResponseCode": "OK",
        "SAProvisioningCertificateChain": _chain(pki.cps.cert, pki.cps_subs),
        "ContractSignatureCertChain": _chain(contract.cert, pki.mo_subs, "id1"),
        "ContractSignatureEncryptedPrivateKey": {
            "Id": "id2",
            "value": base64.b64encode(ck.iso2_encrypt(contract.key, z)).decode(),
        },
        "DHpublickey": {"Id": "id3", "value": base64.b64encode(point).decode()},
        "eMAID": {"Id": "id4", "value": emaid},
    }
    signed = {res[n]["Id"]: (n, res[n]) for n in ISO2_SIGNED}
    sig = xd.sign("iso2", signed, xd.KeySigner(pki.cps.key), xd.DIGEST_SHA256)
    return res, sig


def iso20_installation_res(
    pki: PncPki,
    emaid: str,
    oem_cert: x509.Certificate,
    pcid: str,
    contract: Issued | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CertificateInstallationRes without Header, header Signature over
    SignedInstallationData); secp521r1 PKIs only (SECP521_EncryptedPrivateKey)."""
    contract = contract or pki.issue_contract(emaid)
    assert isinstance(contract.key, ec.EllipticCurvePrivateKey)
    z, point = _ephemeral(oem_cert)
    ski = contract.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    blob = ck.iso20_encrypt(contract.key, z, ck.iso20_aad(pcid, ski.digest))
    sid: dict[str, Any] = {
        "Id": "id1",
        "ContractCertificateChain": _chain(contract.cert, pki.mo_subs),
        "ECDHCurve": "SECP521",
        "DHPublicKey": base64.b64encode(point).decode(),
        "SECP521_EncryptedPrivateKey": base64.b64encode(blob).decode(),
    }
    res: dict[str, Any] = {
        "ResponseCode": "OK",
        "EVSEProcessing": "Finished",
        "CPSCertificateChain": _chain(pki.cps.cert, pki.cps_subs),
        "SignedInstallationData": sid,
        "RemainingContractCertificateChains": 0,
    }
    sig = xd.sign(
        "iso20-common",
        {"id1": ("SignedInstallationData", sid)},
        xd.KeySigner(pki.cps.key),
        xd.DIGEST_SHA512,
    )
    return res, sig
