"""XML signatures over EXI (-2 and -20): our own round trips and the signers in the vectors."""

from __future__ import annotations

import base64
import copy
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed448

from evcc_agent.iso15118 import exi
from evcc_agent.iso15118.pnc import PncSignatureError
from evcc_agent.iso15118.pnc import xmldsig as xd
from tests.pnc_vectors import check

CERT_INSTALL_RES_2 = {
    "ContractSignatureCertChain": {
        "Id": "id1",
        "Certificate": base64.b64encode(b"\x30" * 40).decode(),
    },
    "ContractSignatureEncryptedPrivateKey": {
        "Id": "id2",
        "value": base64.b64encode(b"k" * 48).decode(),
    },
    "DHpublickey": {"Id": "id3", "value": base64.b64encode(b"\x04" + b"p" * 64).decode()},
    "eMAID": {"Id": "id4", "value": "DE1A2B3C4D5E6F7"},
}


def test_vector_signers_digests_and_signatures(shared_dir: Path) -> None:
    outcomes = check(shared_dir)
    digests = sum(o.digests for o in outcomes)
    ok = sum(o.digests_ok for o in outcomes)
    sigs = [o for o in outcomes if o.signature is not None]
    # 15 signed messages, 15 references; the one miss is the synthetic cbexigen vector whose
    # DigestValue is 01 02 … 20 over a Reference #ID1 that names no element of its body
    assert (len(outcomes), digests, ok) == (15, 15, 14)
    (miss,) = [o for o in outcomes if o.digests_ok < o.digests]
    assert "cbexigen" in miss.record and "names no element" in miss.note
    # every signature whose signer certificate is in the vectors verifies
    assert len(sigs) == 13 and all(o.signature for o in sigs), [o.note for o in sigs]


def test_signed_info_fragment_matches_exificient(shared_dir: Path) -> None:
    import json

    rec = json.loads((shared_dir / "vectors" / "exi-xmldsig-fragment.jsonl").read_text())
    assert xd.signed_info_bytes(rec["decoded"]["SignedInfo"]).hex() == rec["exi"]


@pytest.mark.parametrize(
    ("key", "digest", "method"),
    [
        (ec.generate_private_key(ec.SECP256R1()), xd.DIGEST_SHA256, xd.SIG_ECDSA_SHA256),
        (ec.generate_private_key(ec.SECP521R1()), xd.DIGEST_SHA512, xd.SIG_ECDSA_SHA512),
        (ed448.Ed448PrivateKey.generate(), xd.DIGEST_SHA512, xd.SIG_ED448),
    ],
    ids=["iso2-p256", "iso20-p521", "iso20-ed448"],
)
def test_sign_verify_roundtrip_and_tamper(key: xd.PrivateKey, digest: str, method: str) -> None:
    signer = xd.KeySigner(key)
    assert signer.signature_method == method
    mode = {
        "Id": "id1",
        "GenChallenge": base64.b64encode(bytes(range(16))).decode(),
        "ContractCertificateChain": {
            "Certificate": base64.b64encode(b"\x30" * 300).decode(),
            "SubCertificates": {"Certificate": [base64.b64encode(b"\x30" * 280).decode()]},
        },
    }
    els = {"id1": ("PnC_AReqAuthorizationMode", mode)}
    sig = xd.sign("iso20-common", els, signer, digest)
    ref = sig["SignedInfo"]["Reference"][0]
    assert ref["DigestMethod"]["Algorithm"] == digest
    raw = base64.b64decode(sig["SignatureValue"]["value"])
    assert (
        len(raw) == {xd.SIG_ECDSA_SHA256: 64, xd.SIG_ECDSA_SHA512: 132, xd.SIG_ED448: 114}[method]
    )
    xd.verify("iso20-common", sig, els, key.public_key(), required=["id1"])

    # the signature survives an EXI round trip of the whole header Signature
    wire = exi.encode("xmldsig", {"Signature": sig}, fragment=True)
    back = exi.decode("xmldsig", wire, fragment=True)["Signature"]
    xd.verify("iso20-common", back, els, key.public_key())

    tampered = copy.deepcopy(mode)
    tampered["GenChallenge"] = base64.b64encode(bytes(16)).decode()
    with pytest.raises(PncSignatureError, match="digest"):
        xd.verify(
            "iso20-common", sig, {"id1": ("PnC_AReqAuthorizationMode", tampered)}, key.public_key()
        )
    wrong: xd.PrivateKey = (
        ec.generate_private_key(key.curve)
        if isinstance(key, ec.EllipticCurvePrivateKey)
        else ed448.Ed448PrivateKey.generate()
    )
    with pytest.raises(PncSignatureError, match="does not verify"):
        xd.verify("iso20-common", sig, els, wrong.public_key())
    with pytest.raises(PncSignatureError, match="does not cover id2"):
        xd.verify("iso20-common", sig, els, key.public_key(), required=["id1", "id2"])


def test_iso2_certificate_installation_res_with_emaid_fragment() -> None:
    """-2 CertificateInstallationRes signs four elements, eMAID among them (fragment code
    236, EMAIDType grammar, as cbexigen writes it)."""
    frag = exi.encode("iso2", {"eMAID": CERT_INSTALL_RES_2["eMAID"]}, fragment=True)
    assert frag[:2] == bytes([0x80, 236])
    assert exi.decode("iso2", frag, fragment=True) == {"eMAID": CERT_INSTALL_RES_2["eMAID"]}
    key = ec.generate_private_key(ec.SECP256R1())
    els = {v["Id"]: (k, v) for k, v in CERT_INSTALL_RES_2.items()}  # type: ignore[index]
    sig = xd.sign("iso2", els, xd.KeySigner(key), xd.DIGEST_SHA256)
    xd.verify("iso2", sig, els, key.public_key(), required=["id1", "id2", "id3", "id4"])
    other = {**els, "id4": ("eMAID", {"Id": "id4", "value": "DE1A2B3C4D5E6F8"})}
    with pytest.raises(PncSignatureError, match="#id4"):
        xd.verify("iso2", sig, other, key.public_key())


def test_malformed_signatures_are_typed_errors() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    els = {"id1": ("AuthorizationReq", {"Id": "id1", "GenChallenge": bytes(16)})}
    sig = xd.sign("iso2", els, xd.KeySigner(key), xd.DIGEST_SHA256)
    bad_uri = copy.deepcopy(sig)
    bad_uri["SignedInfo"]["Reference"][0]["URI"] = "http://example.com/x"
    bad_canon = copy.deepcopy(sig)
    bad_canon["SignedInfo"]["CanonicalizationMethod"]["Algorithm"] = "urn:c14n"
    bad_digest = copy.deepcopy(sig)
    bad_digest["SignedInfo"]["Reference"][0]["DigestMethod"]["Algorithm"] = "urn:md5"
    short = copy.deepcopy(sig)
    short["SignatureValue"]["value"] = base64.b64encode(b"x" * 10).decode()
    for s in (bad_uri, bad_canon, bad_digest, short, {}, {"SignedInfo": {}}):
        with pytest.raises(PncSignatureError):
            xd.verify("iso2", s, els, key.public_key())
    with pytest.raises(PncSignatureError, match="names no element"):
        xd.verify("iso2", sig, {}, key.public_key())


def test_emaid_signed_in_the_relaxed_form_also_verifies() -> None:
    """A signer using EXIficient digests eMAID under the relaxed ElementFragment grammar;
    the verifier accepts that form too, and still refuses a wrong eMAID."""
    import hashlib

    key = ec.generate_private_key(ec.SECP256R1())
    els = {v["Id"]: (k, v) for k, v in CERT_INSTALL_RES_2.items()}  # type: ignore[index]
    refs = []
    for ref_id, (name, el) in els.items():
        data = (
            exi.encode_relaxed_fragment("iso2", {name: el})
            if name == "eMAID"
            else exi.encode("iso2", {name: el}, fragment=True)
        )
        refs.append((ref_id, hashlib.sha256(data).digest()))
    si = xd.build_signed_info(refs, xd.ISO2)
    value = xd.KeySigner(key).sign(xd.signed_info_bytes(si))
    sig = {"SignedInfo": si, "SignatureValue": {"value": base64.b64encode(value).decode()}}
    xd.verify("iso2", sig, els, key.public_key(), required=["id1", "id2", "id3", "id4"])
    other = {**els, "id4": ("eMAID", {"Id": "id4", "value": "DE1A2B3C4D5E6F8"})}
    with pytest.raises(PncSignatureError, match="#id4"):
        xd.verify("iso2", sig, other, key.public_key())


def test_suites_restrict_the_algorithms() -> None:
    """Where the standard fixes the algorithms, a signature with others is refused even if
    it verifies (no downgrade to SHA-256 where -20 demands SHA-512)."""
    key = ec.generate_private_key(ec.SECP256R1())
    els = {"id1": ("AuthorizationReq", {"Id": "id1", "GenChallenge": bytes(16)})}
    sig = xd.sign("iso2", els, xd.KeySigner(key), xd.DIGEST_SHA256)
    xd.verify("iso2", sig, els, key.public_key(), suites=[xd.ISO2])
    with pytest.raises(PncSignatureError, match="not allowed"):
        xd.verify("iso2", sig, els, key.public_key(), suites=[xd.ISO20_ECDSA, xd.ISO20_ED448])
