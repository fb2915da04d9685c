"""Contract-key decryption (-2 and -20): generated both ways, the KDF against its definition."""

from __future__ import annotations

import hashlib
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, x448
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evcc_agent.iso15118.pnc import PncKeyDecryptError
from evcc_agent.iso15118.pnc import contract_key as ck
from evcc_agent.sim import pnc_pki

PCID = "WMIV1234567890ABCE"


def _point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


def test_concat_kdf_matches_its_definition() -> None:
    """SP 800-56A single-step KDF: H(counter=1 || Z || OtherInfo), truncated; 2 rounds for
    more than one hash of output."""
    z = bytes(range(32))
    assert ck.iso2_session_key(z) == hashlib.sha256(b"\0\0\0\1" + z + b"\x01UV").digest()[:16]
    assert ck.iso20_session_key(z) == hashlib.sha512(b"\0\0\0\1" + z + b"\x01UV").digest()[:32]
    two = ck.concat_kdf(z, 40, False, b"")
    blocks = hashlib.sha256(b"\0\0\0\1" + z).digest() + hashlib.sha256(b"\0\0\0\2" + z).digest()
    assert two == blocks[:40]


def test_iso2_contract_key_both_ways() -> None:
    pki = pnc_pki.generate("secp256r1")
    contract = pki.issue_contract("DEABCC123ABC56")
    oem_key = pki.oem_prov.key
    assert isinstance(oem_key, ec.EllipticCurvePrivateKey)
    assert isinstance(contract.key, ec.EllipticCurvePrivateKey)
    # provisioning service: an ephemeral key against the OEM provisioning certificate's key
    eph = ec.generate_private_key(ec.SECP256R1())
    z_cps = eph.exchange(ec.ECDH(), pki.oem_prov.cert.public_key())  # type: ignore[arg-type]
    blob = ck.iso2_encrypt(contract.key, z_cps)
    assert len(blob) == 48
    # vehicle: the static OEM key against DHpublickey
    z_ev = ck.ecdh_shared_secret(oem_key, _point(eph))
    assert z_ev == z_cps
    got = ck.iso2_decrypt(blob, z_ev)
    assert got.private_numbers() == contract.key.private_numbers()
    ck.check_matches(got, contract.cert)
    with pytest.raises(PncKeyDecryptError, match="does not match"):
        ck.check_matches(ec.generate_private_key(ec.SECP256R1()), contract.cert)
    with pytest.raises(PncKeyDecryptError, match="not 48"):
        ck.iso2_decrypt(blob[:40], z_ev)
    # a wrong shared secret decrypts to garbage that is not this key
    wrong = ck.iso2_decrypt(blob, bytes(32))
    with pytest.raises(PncKeyDecryptError):
        ck.check_matches(wrong, contract.cert)
    with pytest.raises(PncKeyDecryptError, match="DH public key"):
        ck.ecdh_shared_secret(oem_key, b"\x04" + bytes(64))


@pytest.mark.parametrize("curve", ["SECP521", "X448"])
def test_iso20_contract_key_both_ways(curve: ck.Curve20) -> None:
    oem: ec.EllipticCurvePrivateKey | x448.X448PrivateKey
    if curve == "SECP521":
        oem = ec.generate_private_key(ec.SECP521R1())
        eph_ec = ec.generate_private_key(ec.SECP521R1())
        z_cps = eph_ec.exchange(ec.ECDH(), oem.public_key())
        dh_public = _point(eph_ec)
        assert len(dh_public) == 133
        contract: ck.ContractPrivateKey = ec.generate_private_key(ec.SECP521R1())
    else:
        oem = x448.X448PrivateKey.generate()
        eph_x = x448.X448PrivateKey.generate()
        z_cps = eph_x.exchange(oem.public_key())
        dh_public = eph_x.public_key().public_bytes_raw()
        assert len(dh_public) == 56
        contract = x448.X448PrivateKey.generate()
    ski = os.urandom(20)
    aad = ck.iso20_aad(PCID, ski)
    assert aad[:18] == PCID.encode() and aad[18:] == ski.hex().upper().encode()
    blob = ck.iso20_encrypt(contract, z_cps, aad)
    assert len(blob) == (94 if curve == "SECP521" else 84)
    z_ev = ck.ecdh_shared_secret(oem, dh_public)
    got = ck.iso20_decrypt(blob, z_ev, aad, curve)
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert got.public_key().public_bytes(*spki) == contract.public_key().public_bytes(*spki)
    other_aad = ck.iso20_aad(PCID, os.urandom(20))
    for bad in (
        lambda: ck.iso20_decrypt(blob, z_ev, other_aad, curve),
        lambda: ck.iso20_decrypt(blob[:-1] + bytes([blob[-1] ^ 1]), z_ev, aad, curve),
        lambda: ck.iso20_decrypt(blob[:-2], z_ev, aad, curve),
        lambda: ck.iso20_decrypt(blob, bytes(len(z_ev)), aad, curve),
    ):
        with pytest.raises(PncKeyDecryptError):
            bad()


def test_iso20_secp521_leading_bits_must_be_zero() -> None:
    z = os.urandom(66)
    aad = ck.iso20_aad(PCID, b"\x01" * 20)
    iv = os.urandom(12)
    blob = iv + AESGCM(ck.iso20_session_key(z)).encrypt(iv, b"\xff" * 66, aad)
    with pytest.raises(PncKeyDecryptError, match="leading bits"):
        ck.iso20_decrypt(blob, z, aad, "SECP521")
    with pytest.raises(PncKeyDecryptError, match="PCID"):
        ck.iso20_aad("short", b"\x01")
