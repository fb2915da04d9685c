"""XML signatures over EXI, as ISO 15118-2 and -20 define them.

Rules (both standards):

- Each signed element carries an ``Id`` attribute; a ``Reference`` names it (``#id``). Its
  digest input is the element alone encoded as an EXI *fragment* with the message's schema
  (the canonical-EXI transform): ``exi.encode(ns, {name: element}, fragment=True)``.
- ``SignedInfo`` is encoded as a fragment of the xmldsig schema alone; the signature is over
  those bytes. ECDSA values are the raw ``r || s`` (each padded to the curve's byte size),
  Ed448 values the 114-byte RFC 8032 signature.
- -2: SHA-256 digests, ECDSA P-256 / SHA-256. -20: SHA-512 digests, ECDSA secp521r1 /
  SHA-512 or Ed448.

The private key sits behind :class:`Signer` (a file key here, a PKCS#11 token in
``pnc.token``); verification needs only the signer's public key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from .. import exi
from .errors import PncError, PncSignatureError

CANONICAL_EXI = "http://www.w3.org/TR/canonical-exi/"
DIGEST_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
DIGEST_SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
SIG_ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
SIG_ECDSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512"
SIG_ED448 = "http://www.w3.org/2021/04/xmldsig-more#eddsa-ed448"

_DIGESTS: dict[str, Callable[[bytes], Any]] = {
    DIGEST_SHA256: hashlib.sha256,
    DIGEST_SHA512: hashlib.sha512,
}
_ECDSA_HASH: dict[str, type[hashes.HashAlgorithm]] = {
    SIG_ECDSA_SHA256: hashes.SHA256,
    SIG_ECDSA_SHA512: hashes.SHA512,
}

PublicKey = ec.EllipticCurvePublicKey | ed448.Ed448PublicKey
PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey
#: Id -> (element local name, element in dict form)
Elements = Mapping[str, tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class Suite:
    """Digest and signature algorithm of one standard's profile."""

    digest_method: str
    signature_method: str


ISO2 = Suite(DIGEST_SHA256, SIG_ECDSA_SHA256)
ISO20_ECDSA = Suite(DIGEST_SHA512, SIG_ECDSA_SHA512)
ISO20_ED448 = Suite(DIGEST_SHA512, SIG_ED448)


class Signer(Protocol):
    """Holds a private key wherever it lives and signs SignedInfo bytes with it."""

    @property
    def signature_method(self) -> str: ...

    def sign(self, data: bytes) -> bytes:
        """The raw signature value over ``data`` (r || s for ECDSA)."""
        ...


def _coord_len(curve: ec.EllipticCurve) -> int:
    return (curve.key_size + 7) // 8


class KeySigner:
    """A :class:`Signer` over a key held by ``cryptography`` (a PKCS#8 file, a credential)."""

    def __init__(self, key: PrivateKey, signature_method: str | None = None) -> None:
        self._key = key
        if signature_method is None:
            if isinstance(key, ed448.Ed448PrivateKey):
                signature_method = SIG_ED448
            else:
                signature_method = (
                    SIG_ECDSA_SHA512 if key.curve.key_size >= 521 else SIG_ECDSA_SHA256
                )
        self._method = signature_method

    @classmethod
    def from_pem_file(cls, path: str | Path, password: bytes | None = None) -> KeySigner:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password)
        if not isinstance(key, ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey):
            raise PncSignatureError(f"{path}: not an EC or Ed448 private key")
        return cls(key)

    @property
    def signature_method(self) -> str:
        return self._method

    def public_key(self) -> PublicKey:
        return self._key.public_key()

    def sign(self, data: bytes) -> bytes:
        if isinstance(self._key, ed448.Ed448PrivateKey):
            return self._key.sign(data)
        algo = _ECDSA_HASH.get(self._method)
        if algo is None:
            raise PncSignatureError(f"signature method {self._method} needs an Ed448 key")
        der = self._key.sign(data, ec.ECDSA(algo()))
        r, s = decode_dss_signature(der)
        n = _coord_len(self._key.curve)
        return r.to_bytes(n, "big") + s.to_bytes(n, "big")


def canonical_fragment(ns: str, name: str, element: dict[str, Any]) -> bytes:
    """The canonical-EXI form of one element: the digest input of a Reference."""
    try:
        return exi.encode(ns, {name: element}, fragment=True)
    except exi.ExiEncodeError as e:
        raise PncSignatureError(f"cannot encode {name} as an EXI fragment: {e}") from e


def reference_digest(ns: str, name: str, element: dict[str, Any], digest_method: str) -> bytes:
    fn = _DIGESTS.get(digest_method)
    if fn is None:
        raise PncSignatureError(f"unsupported DigestMethod {digest_method}")
    return bytes(fn(canonical_fragment(ns, name, element)).digest())


def digest_candidates(
    ns: str, name: str, element: dict[str, Any], digest_method: str
) -> list[bytes]:
    """Digests a verifier accepts for one element: the canonical fragment's and, for a qname
    declared with several types (-2 ``eMAID``), also the relaxed-grammar fragment's, since
    signers differ there (cbexigen/OpenV2G vs EXIficient, see docs/exi.md)."""
    out = [reference_digest(ns, name, element, digest_method)]
    if exi.has_relaxed_fragment(ns, name):
        try:
            relaxed = exi.encode_relaxed_fragment(ns, {name: element})
        except exi.ExiEncodeError:
            return out
        out.append(bytes(_DIGESTS[digest_method](relaxed).digest()))
    return out


def build_signed_info(references: Sequence[tuple[str, bytes]], suite: Suite) -> dict[str, Any]:
    """SignedInfo in dict form for ``(Id, digest)`` pairs."""
    return {
        "CanonicalizationMethod": {"Algorithm": CANONICAL_EXI},
        "SignatureMethod": {"Algorithm": suite.signature_method},
        "Reference": [
            {
                "URI": f"#{ref_id}",
                "Transforms": {"Transform": [{"Algorithm": CANONICAL_EXI}]},
                "DigestMethod": {"Algorithm": suite.digest_method},
                "DigestValue": base64.b64encode(digest).decode(),
            }
            for ref_id, digest in references
        ],
    }


def signed_info_bytes(signed_info: dict[str, Any]) -> bytes:
    """What the signature covers: SignedInfo as a fragment of the xmldsig schema."""
    try:
        return exi.encode("xmldsig", {"SignedInfo": signed_info}, fragment=True)
    except exi.ExiEncodeError as e:
        raise PncSignatureError(f"cannot encode SignedInfo: {e}") from e


def sign(ns: str, elements: Elements, signer: Signer, digest_method: str) -> dict[str, Any]:
    """The header ``Signature`` (dict form) over ``elements`` (Id -> (name, element))."""
    suite = Suite(digest_method, signer.signature_method)
    refs = [
        (ref_id, reference_digest(ns, name, el, digest_method))
        for ref_id, (name, el) in elements.items()
    ]
    si = build_signed_info(refs, suite)
    value = signer.sign(signed_info_bytes(si))
    return {"SignedInfo": si, "SignatureValue": {"value": base64.b64encode(value).decode()}}


def find_signed_elements(tree: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every element carrying an ``Id`` attribute in a decoded message (dict form)."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}

    def walk(name: str, node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(name, item)
        elif isinstance(node, dict):
            ident = node.get("Id")
            if isinstance(ident, str) and name not in ("SignatureValue", "Signature"):
                out.setdefault(ident, (name, node))
            for k, v in node.items():
                walk(k, v)

    if isinstance(tree, dict):
        for k, v in tree.items():
            walk(k, v)
    return out


def b64(value: Any, what: str, error: type[PncError] = PncSignatureError) -> bytes:
    """A base64Binary value as the codec gives it (bytes, or text); ``error`` if it is not."""
    if isinstance(value, bytes):
        return value
    try:
        return base64.b64decode(str(value), validate=True)
    except ValueError as e:
        raise error(f"{what} is not base64") from e


def _references(signed_info: dict[str, Any]) -> Iterator[dict[str, Any]]:
    refs = signed_info.get("Reference")
    if not isinstance(refs, list) or not refs:
        raise PncSignatureError("SignedInfo without Reference")
    for ref in refs:
        if not isinstance(ref, dict):
            raise PncSignatureError("malformed Reference")
        yield ref


def check_references(ns: str, signed_info: dict[str, Any], elements: Elements) -> int:
    """Recompute every Reference's digest; returns how many matched (all, or it raises)."""
    canon = (signed_info.get("CanonicalizationMethod") or {}).get("Algorithm")
    if canon != CANONICAL_EXI:
        raise PncSignatureError(f"unsupported CanonicalizationMethod {canon}")
    n = 0
    for ref in _references(signed_info):
        uri = ref.get("URI", "")
        if not isinstance(uri, str) or not uri.startswith("#"):
            raise PncSignatureError(f"Reference URI {uri!r} is not a same-document #Id")
        for t in (ref.get("Transforms") or {}).get("Transform", []):
            if t.get("Algorithm") != CANONICAL_EXI:
                raise PncSignatureError(f"unsupported Transform {t.get('Algorithm')}")
        target = elements.get(uri[1:])
        if target is None:
            raise PncSignatureError(f"Reference {uri} names no element of the message")
        method = (ref.get("DigestMethod") or {}).get("Algorithm", "")
        want = b64(ref.get("DigestValue", ""), "DigestValue")
        got = digest_candidates(ns, target[0], target[1], method)
        if not any(hmac.compare_digest(want, g) for g in got):
            raise PncSignatureError(f"digest of {uri} ({target[0]}) does not match")
        n += 1
    return n


def verify_value(public_key: PublicKey, method: str, data: bytes, value: bytes) -> None:
    """Verify a raw signature value (r || s, or Ed448) over ``data``."""
    try:
        if isinstance(public_key, ed448.Ed448PublicKey):
            if method != SIG_ED448:
                raise PncSignatureError(f"an Ed448 key cannot check {method}")
            public_key.verify(value, data)
            return
        algo = _ECDSA_HASH.get(method)
        if algo is None:
            raise PncSignatureError(f"unsupported SignatureMethod {method} for an EC key")
        n = _coord_len(public_key.curve)
        if len(value) != 2 * n:
            raise PncSignatureError(f"SignatureValue of {len(value)} bytes, expected {2 * n}")
        der = encode_dss_signature(
            int.from_bytes(value[:n], "big"), int.from_bytes(value[n:], "big")
        )
        public_key.verify(der, data, ec.ECDSA(algo()))
    except InvalidSignature:
        raise PncSignatureError("SignatureValue does not verify") from None


def verify(
    ns: str,
    signature: dict[str, Any] | None,
    elements: Elements,
    public_key: PublicKey,
    required: Sequence[str] = (),
    suites: Sequence[Suite] | None = None,
) -> None:
    """Check a header ``Signature`` against the message's elements and the signer's key.

    ``required``: Ids that must be among the references (a signature over less than the
    standard demands is refused). ``suites``: the (digest, signature) algorithm pairs the
    standard allows here; None accepts any supported pair (deployed -20 stacks sign with
    SHA-256 / P-256, see the vectors).
    """
    if not signature:
        raise PncSignatureError("message without a signature")
    si = signature.get("SignedInfo")
    if not isinstance(si, dict):
        raise PncSignatureError("Signature without SignedInfo")
    if suites is not None:
        method = (si.get("SignatureMethod") or {}).get("Algorithm", "")
        for ref in _references(si):
            pair = Suite((ref.get("DigestMethod") or {}).get("Algorithm", ""), method)
            if pair not in suites:
                raise PncSignatureError(
                    f"algorithms {pair.digest_method} / {pair.signature_method} not allowed here"
                )
    covered = {str(r.get("URI", ""))[1:] for r in _references(si)}
    missing = [r for r in required if r not in covered]
    if missing:
        raise PncSignatureError(f"signature does not cover {', '.join(missing)}")
    check_references(ns, si, elements)
    sv = signature.get("SignatureValue")
    raw = sv.get("value") if isinstance(sv, dict) else sv
    method = (si.get("SignatureMethod") or {}).get("Algorithm", "")
    verify_value(public_key, method, signed_info_bytes(si), b64(raw, "SignatureValue"))
