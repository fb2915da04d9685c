"""PnC identification and authorization messages, as pure builders (the EV) and checkers
(the charger side, for the simulator): dict-form bodies and header Signatures.

-2: PaymentDetailsReq carries the eMAID and the contract chain; AuthorizationReq (Id, the
GenChallenge of PaymentDetailsRes) is signed with the contract key. -20: AuthorizationReq's
PnC_AReqAuthorizationMode (Id, GenChallenge of AuthorizationSetupRes, contract chain) is
signed with the contract key. The checker insists on the challenge it handed out.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from . import xmldsig as xd
from .errors import PncCertificateError, PncSignatureError


def _der(cert: x509.Certificate) -> str:
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def certificate_chain(chain: Sequence[x509.Certificate]) -> dict[str, Any]:
    """CertificateChainType: the leaf, then its sub-CAs."""
    node: dict[str, Any] = {"Certificate": _der(chain[0])}
    if len(chain) > 1:
        node["SubCertificates"] = {"Certificate": [_der(c) for c in chain[1:]]}
    return node


def iso2_payment_details_req(emaid: str, chain: Sequence[x509.Certificate]) -> dict[str, Any]:
    return {"eMAID": emaid, "ContractSignatureCertChain": certificate_chain(chain)}


def iso2_authorization_req(
    gen_challenge: bytes, signer: xd.Signer
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(AuthorizationReq body element, header Signature) over the challenge."""
    body = {"Id": "id1", "GenChallenge": base64.b64encode(gen_challenge).decode()}
    sig = xd.sign("iso2", {"id1": ("AuthorizationReq", body)}, signer, xd.DIGEST_SHA256)
    return body, sig


def iso20_pnc_authorization(
    chain: Sequence[x509.Certificate], gen_challenge: bytes, signer: xd.Signer
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(PnC_AReqAuthorizationMode, header Signature) with the contract key."""
    mode = {
        "Id": "id1",
        "GenChallenge": base64.b64encode(gen_challenge).decode(),
        "ContractCertificateChain": certificate_chain(chain),
    }
    digest = (
        xd.DIGEST_SHA256 if signer.signature_method == xd.SIG_ECDSA_SHA256 else xd.DIGEST_SHA512
    )
    sig = xd.sign("iso20-common", {"id1": ("PnC_AReqAuthorizationMode", mode)}, signer, digest)
    return mode, sig


def _signed_challenge(
    node: dict[str, Any], signature: dict[str, Any] | None, expected: bytes, what: str
) -> str:
    """A signature is there, the GenChallenge is the one handed out; returns the Id."""
    if not signature:
        raise PncSignatureError("AuthorizationReq without a signature")
    got = node.get("GenChallenge")
    raw = got if isinstance(got, bytes) else base64.b64decode(str(got or ""))
    if not hmac.compare_digest(raw, expected):
        raise PncSignatureError("GenChallenge is not the one handed out")
    ident = node.get("Id")
    if not isinstance(ident, str):
        raise PncSignatureError(f"{what} without Id")
    return ident


def _public_key(cert: x509.Certificate) -> xd.PublicKey:
    key = cert.public_key()
    if not isinstance(key, xd.PublicKey):
        raise PncCertificateError("contract certificate holds no EC or Ed448 key")
    return key


def check_iso2_authorization(
    body: dict[str, Any],
    signature: dict[str, Any] | None,
    contract: x509.Certificate,
    gen_challenge: bytes,
) -> None:
    """The charger's check of a -2 AuthorizationReq (contract from PaymentDetailsReq)."""
    ident = _signed_challenge(body, signature, gen_challenge, "AuthorizationReq")
    els = {ident: ("AuthorizationReq", body)}
    xd.verify("iso2", signature, els, _public_key(contract), required=[ident], suites=[xd.ISO2])


def check_iso20_authorization(
    mode: dict[str, Any], signature: dict[str, Any] | None, gen_challenge: bytes
) -> x509.Certificate:
    """The charger's check of a -20 PnC_AReqAuthorizationMode; returns the contract
    certificate (whose chain the caller validates to its MO roots)."""
    ident = _signed_challenge(mode, signature, gen_challenge, "PnC_AReqAuthorizationMode")
    try:
        der = base64.b64decode(str(mode["ContractCertificateChain"]["Certificate"]))
        contract = x509.load_der_x509_certificate(der)
    except (KeyError, TypeError, ValueError) as e:
        raise PncCertificateError(f"contract certificate unreadable: {e}") from e
    els = {ident: ("PnC_AReqAuthorizationMode", mode)}
    xd.verify("iso20-common", signature, els, _public_key(contract), required=[ident])
    return contract
