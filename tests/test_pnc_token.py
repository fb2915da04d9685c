"""Keys in a PKCS#11 token (SoftHSM2): signing and ECDH inside it, a decrypted contract key
imported into it; typed errors for an absent token, a wrong PIN, a missing key."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.pnc_softhsm import LABEL, PIN, make_token, why_unavailable

_why = why_unavailable()
pytestmark = pytest.mark.skipif(_why is not None, reason=_why or "")

from evcc_agent.iso15118.pnc import PncTokenError  # noqa: E402
from evcc_agent.iso15118.pnc import contract_key as ck  # noqa: E402
from evcc_agent.iso15118.pnc import xmldsig as xd  # noqa: E402


@pytest.fixture(scope="module")
def module() -> str:
    return make_token()


def _point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


@pytest.mark.parametrize("curve", [ec.SECP256R1(), ec.SECP521R1()], ids=["p256", "p521"])
def test_sign_in_token_verifies_outside(module: str, curve: ec.EllipticCurve) -> None:
    from evcc_agent.iso15118.pnc.token import Token

    key = ec.generate_private_key(curve)
    with Token(module, LABEL, PIN) as tok:
        tok.import_private_key(f"oem-{curve.name}", key)
        signer = tok.signer(f"oem-{curve.name}")
        els = {"id1": ("AuthorizationReq", {"Id": "id1", "GenChallenge": bytes(range(16))})}
        digest = xd.DIGEST_SHA512 if curve.key_size >= 521 else xd.DIGEST_SHA256
        sig = xd.sign("iso2", els, signer, digest)
        xd.verify("iso2", sig, els, key.public_key())
        raw = base64.b64decode(sig["SignatureValue"]["value"])
        assert len(raw) == 2 * ((curve.key_size + 7) // 8)


def test_ed448_signs_in_token(module: str) -> None:
    """-20 Ed448 contract keys: EdDSA inside the token, verified outside."""
    from cryptography.hazmat.primitives.asymmetric import ed448

    from evcc_agent.iso15118.pnc.token import Token

    key = ed448.Ed448PrivateKey.generate()
    with Token(module, LABEL, PIN) as tok:
        tok.import_private_key("contract-ed448", key)
        signer = tok.signer("contract-ed448")
        assert signer.signature_method == xd.SIG_ED448
        mode = {
            "Id": "id1",
            "GenChallenge": bytes(16),
            "ContractCertificateChain": {
                "Certificate": "MIIB",
                "SubCertificates": {"Certificate": ["MIIB"]},
            },
        }
        els = {"id1": ("PnC_AReqAuthorizationMode", mode)}
        sig = xd.sign("iso20-common", els, signer, xd.DIGEST_SHA512)
        xd.verify("iso20-common", sig, els, key.public_key(), suites=[xd.ISO20_ED448])


def test_iso2_contract_key_decrypted_with_token_ecdh_and_imported(module: str) -> None:
    """The whole -2 receiving side with the OEM key in the token: ECDH inside it, the KDF and
    AES outside, the contract key back into the token, then a signature with it."""
    from evcc_agent.iso15118.pnc.token import Token

    oem = ec.generate_private_key(ec.SECP256R1())
    contract = ec.generate_private_key(ec.SECP256R1())
    eph = ec.generate_private_key(ec.SECP256R1())
    blob = ck.iso2_encrypt(contract, eph.exchange(ec.ECDH(), oem.public_key()))
    with Token(module, LABEL, PIN) as tok:
        tok.import_private_key("oem-prov", oem, derive=True)
        z = tok.ecdh("oem-prov", _point(eph))
        assert z == oem.exchange(ec.ECDH(), eph.public_key())
        got = ck.iso2_decrypt(blob, z)
        assert got.private_numbers() == contract.private_numbers()
        tok.import_private_key("DEABCC123ABC56", got)
        assert {"oem-prov", "DEABCC123ABC56"} <= tok.private_key_labels()
        s = tok.signer("DEABCC123ABC56").sign(b"challenge")
        xd.verify_value(contract.public_key(), xd.SIG_ECDSA_SHA256, b"challenge", s)
        # re-import under the same label replaces, it does not duplicate
        tok.import_private_key("DEABCC123ABC56", contract)
        tok.signer("DEABCC123ABC56")


def test_token_errors_are_typed(module: str) -> None:
    from evcc_agent.iso15118.pnc.token import Token

    with pytest.raises(PncTokenError, match="PIN"):
        Token(module, LABEL, "0000")
    with pytest.raises(PncTokenError, match="absent"):
        Token(module, "no-such-token", PIN)
    with pytest.raises(PncTokenError):
        Token("/nonexistent/libpkcs11.so", LABEL, PIN)
    with Token(module, LABEL, PIN) as tok, pytest.raises(PncTokenError, match="no such key"):
        tok.signer("no-such-key")


def test_store_install_with_the_key_in_the_token(module: str, tmp_path: object) -> None:
    """A contract whose key went into the token: the store keeps only the chain, and a file
    key of the old contract is removed; loading finds the key by its eMAID label."""
    from pathlib import Path

    pytest.importorskip("pyhanko_certvalidator")
    from evcc_agent.iso15118.pnc.store import ContractStore, Roots
    from evcc_agent.iso15118.pnc.token import Token
    from evcc_agent.sim import pnc_pki

    pki = pnc_pki.generate("secp256r1")
    emaid = "DEABCC123ABC58"
    old = pki.issue_contract(emaid)
    chain = [pki.mo_subs[1].cert, pki.mo_subs[0].cert]
    with Token(module, LABEL, PIN) as tok:
        store = ContractStore(
            Path(str(tmp_path)) / "c",
            Roots(mo=(pki.mo_root.cert,)),
            token_labels=tok.private_key_labels,
        )
        store.install(emaid, [old.cert, *chain], pnc_pki.key_pkcs8(old))
        new = pki.issue_contract(emaid)
        assert isinstance(new.key, ec.EllipticCurvePrivateKey)
        tok.import_private_key(emaid, new.key)
        c = store.install(emaid, [new.cert, *chain], None)
        assert c.key == "token"
        assert not (store.directory / f"{emaid}.key").exists()
        assert store.load(emaid).certificate == new.cert
