"""Contract certificate installation, the EV's side, as pure functions over dict-form bodies.

Requests: the EV signs with its OEM provisioning key (-2: the CertificateInstallationReq
body element; -20: the OEMProvisioningCertificateChain element). Responses are accepted
only after, in this order:

1. the provisioning service's chain (SAProvisioningCertificateChain / CPSCertificateChain)
   validates to a V2G root at ``now``;
2. the header signature, by that chain's leaf, covers every element the standard signs
   (-2: ContractSignatureCertChain, ContractSignatureEncryptedPrivateKey, DHpublickey,
   eMAID; -20: SignedInstallationData) and verifies;
3. the eMAID is the contract certificate's subject CN (and the expected one, if given);
4. the contract key decrypts (ECDH through ``ecdh``, so a file key or a token) and belongs
   to the contract certificate;
5. the contract chain validates to an MO (or V2G) root at ``now``.

Any failure is the typed error of that step; nothing is installed (the store is untouched
until the caller passes the result to ``ContractStore.install``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from . import contract_key as ck
from . import xmldsig as xd
from .authorization import certificate_chain
from .errors import (
    PncCertificateError,
    PncEmaidMismatchError,
    PncKeyDecryptError,
    PncSignatureError,
)
from .store import check_emaid, normalize_emaid, subject_cn, validate_chain

#: the ECDH step where the OEM provisioning key lives: peer public key -> shared secret Z
Ecdh = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Trust:
    """What a response is checked against: the V2G roots (the provisioning service's chain),
    the contract roots (MO, or V2G), the ECDH where the OEM key lives, and the time."""

    v2g_roots: Sequence[x509.Certificate]
    contract_roots: Sequence[x509.Certificate]
    ecdh: Ecdh
    now: dt.datetime


@dataclass(frozen=True)
class InstalledContract:
    emaid: str
    chain: tuple[x509.Certificate, ...]  # contract certificate first
    private_key: ck.ContractPrivateKey

    def key_pkcs8(self) -> bytes:
        """For a file-key store (``<eMAID>.key``); a token install imports the key instead."""
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def _bytes(value: Any, what: str) -> bytes:
    return xd.b64(value, what, PncCertificateError)


def certificate_chain_of(node: Any, what: str) -> list[x509.Certificate]:
    """A CertificateChainType (Certificate + SubCertificates) as certificates, leaf first."""
    if not isinstance(node, dict) or "Certificate" not in node:
        raise PncCertificateError(f"{what} missing")
    ders = [node["Certificate"], *((node.get("SubCertificates") or {}).get("Certificate", []))]
    try:
        return [x509.load_der_x509_certificate(_bytes(d, what)) for d in ders]
    except ValueError as e:
        raise PncCertificateError(f"{what}: not a certificate ({e})") from e


def root_certificate_ids(roots: Sequence[x509.Certificate]) -> dict[str, Any]:
    """ListOfRootCertificateIDs for the roots the EV trusts."""
    return {
        "RootCertificateID": [
            {"X509IssuerName": r.issuer.rfc4514_string(), "X509SerialNumber": r.serial_number}
            for r in roots
        ]
    }


def _provider_chain(
    res: dict[str, Any],
    name: str,
    signature: dict[str, Any] | None,
    trust: Trust,
) -> list[x509.Certificate]:
    """Step 1: a signature is there and the provisioning service's chain validates."""
    if not signature:
        raise PncSignatureError("CertificateInstallationRes without a signature")
    chain = certificate_chain_of(res.get(name), name)
    validate_chain(chain[0], chain[1:], trust.v2g_roots, trust.now)
    return chain


def _leaf_key(chain: Sequence[x509.Certificate]) -> xd.PublicKey:
    key = chain[0].public_key()
    if not isinstance(key, xd.PublicKey):
        raise PncCertificateError("the signer's certificate holds no EC or Ed448 key")
    return key


# ---- ISO 15118-2 --------------------------------------------------------------------------


def iso2_installation_req(
    oem_cert: x509.Certificate, signer: xd.Signer, v2g_roots: Sequence[x509.Certificate]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CertificateInstallationReq body element, header Signature), signed with the OEM key."""
    req = {
        "Id": "id1",
        "OEMProvisioningCert": certificate_chain([oem_cert])["Certificate"],
        "ListOfRootCertificateIDs": root_certificate_ids(v2g_roots),
    }
    sig = xd.sign("iso2", {"id1": ("CertificateInstallationReq", req)}, signer, xd.DIGEST_SHA256)
    return req, sig


def iso2_update_req(
    chain: Sequence[x509.Certificate],
    emaid: str,
    signer: xd.Signer,
    v2g_roots: Sequence[x509.Certificate],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CertificateUpdateReq body element, header Signature), signed with the current
    contract's key; the response is checked like an installation response."""
    req = {
        "Id": "id1",
        "ContractSignatureCertChain": certificate_chain(chain),
        "eMAID": emaid,
        "ListOfRootCertificateIDs": root_certificate_ids(v2g_roots),
    }
    sig = xd.sign("iso2", {"id1": ("CertificateUpdateReq", req)}, signer, xd.DIGEST_SHA256)
    return req, sig


#: the CertificateInstallationRes / CertificateUpdateRes elements the -2 signature covers
ISO2_SIGNED = (
    "ContractSignatureCertChain",
    "ContractSignatureEncryptedPrivateKey",
    "DHpublickey",
    "eMAID",
)


def iso2_installation_res(
    res: dict[str, Any],
    signature: dict[str, Any] | None,
    trust: Trust,
    expected_emaid: str | None = None,
) -> InstalledContract:
    """Check and decrypt a -2 CertificateInstallationRes (or CertificateUpdateRes) body."""
    sa_chain = _provider_chain(res, "SAProvisioningCertificateChain", signature, trust)
    ids = []
    for name in ISO2_SIGNED:
        node = res.get(name)
        if not isinstance(node, dict) or not isinstance(node.get("Id"), str):
            raise PncSignatureError(f"{name} missing or without Id")
        ids.append(node["Id"])
    elements = xd.find_signed_elements({"CertificateInstallationRes": res})
    xd.verify("iso2", signature, elements, _leaf_key(sa_chain), required=ids, suites=[xd.ISO2])

    chain = certificate_chain_of(res["ContractSignatureCertChain"], "ContractSignatureCertChain")
    emaid = str(res["eMAID"].get("value", ""))
    check_emaid(chain[0], emaid)
    if expected_emaid is not None and normalize_emaid(emaid) != normalize_emaid(expected_emaid):
        raise PncEmaidMismatchError(f"installation for {emaid!r}, expected {expected_emaid!r}")
    dh = _bytes(res["DHpublickey"].get("value"), "DHpublickey")
    blob = _bytes(res["ContractSignatureEncryptedPrivateKey"].get("value"), "encrypted key")
    key = ck.iso2_decrypt(blob, trust.ecdh(dh))
    ck.check_matches(key, chain[0])
    validate_chain(chain[0], chain[1:], trust.contract_roots, trust.now)
    return InstalledContract(emaid, tuple(chain), key)


# ---- ISO 15118-20 -------------------------------------------------------------------------


def iso20_installation_req(
    oem_chain: Sequence[x509.Certificate],
    signer: xd.Signer,
    v2g_roots: Sequence[x509.Certificate],
    max_chains: int = 1,
    prioritized_emaids: Sequence[str] = (),
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CertificateInstallationReq without Header, header Signature over the OEM chain)."""
    oem: dict[str, Any] = {"Id": "id1", **certificate_chain(oem_chain)}
    req: dict[str, Any] = {
        "OEMProvisioningCertificateChain": oem,
        "ListOfRootCertificateIDs": root_certificate_ids(v2g_roots),
        "MaximumContractCertificateChains": max_chains,
    }
    if prioritized_emaids:
        req["PrioritizedEMAIDs"] = {"EMAID": list(prioritized_emaids)}
    digest = (
        xd.DIGEST_SHA512 if signer.signature_method != xd.SIG_ECDSA_SHA256 else xd.DIGEST_SHA256
    )
    sig = xd.sign("iso20-common", {"id1": ("OEMProvisioningCertificateChain", oem)}, signer, digest)
    return req, sig


def iso20_installation_res(
    res: dict[str, Any], signature: dict[str, Any] | None, trust: Trust, pcid: str
) -> InstalledContract:
    """Check and decrypt a -20 CertificateInstallationRes (its SignedInstallationData)."""
    cps_chain = _provider_chain(res, "CPSCertificateChain", signature, trust)
    sid = res.get("SignedInstallationData")
    if not isinstance(sid, dict) or not isinstance(sid.get("Id"), str):
        raise PncSignatureError("SignedInstallationData missing or without Id")
    elements = xd.find_signed_elements({"CertificateInstallationRes": res})
    xd.verify(
        "iso20-common",
        signature,
        elements,
        _leaf_key(cps_chain),
        required=[sid["Id"]],
        suites=[xd.ISO20_ECDSA, xd.ISO20_ED448],
    )

    chain = certificate_chain_of(sid.get("ContractCertificateChain"), "ContractCertificateChain")
    curve = sid.get("ECDHCurve")
    if curve != "SECP521" or "SECP521_EncryptedPrivateKey" not in sid:
        raise PncKeyDecryptError(f"contract key for {curve} / not SECP521: not supported yet")
    try:
        ski = chain[0].extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        raise PncCertificateError("contract certificate without SubjectKeyIdentifier") from None
    z = trust.ecdh(_bytes(sid.get("DHPublicKey"), "DHPublicKey"))
    blob = _bytes(sid["SECP521_EncryptedPrivateKey"], "SECP521_EncryptedPrivateKey")
    key = ck.iso20_decrypt(blob, z, ck.iso20_aad(pcid, ski), "SECP521")
    ck.check_matches(key, chain[0])
    validate_chain(chain[0], chain[1:], trust.contract_roots, trust.now)
    return InstalledContract(subject_cn(chain[0]), tuple(chain), key)
