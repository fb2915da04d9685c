"""Contract-key decryption of ISO 15118-2 and -20, as pure functions (and their inverses,
which the certificate provisioning service in the simulator and the tests use).

The provisioning service sends the contract private key encrypted under a session key that
it derives from an ephemeral ECDH key and the vehicle's static OEM provisioning key; the
vehicle derives the same key from the ephemeral public key (``DHpublickey``). The ECDH step
itself happens where the OEM key lives (``ecdh_shared_secret`` for a file key,
``pnc.token`` for a PKCS#11 token); everything after the shared secret Z is here.

-2 ([V2G2-818]..): ECDH on secp256r1; NIST SP 800-56A concatenation KDF, SHA-256, 128-bit
key, OtherInfo = AlgorithmID 0x01 || PartyUInfo 'U' || PartyVInfo 'V'; AES-128-CBC, the
16-byte IV in front, the 32-byte private value, no padding (48 bytes).

-20 (7.9.2.5.2, [V2G20-2492..2510]): ECDH on secp521r1 or X448; session key by the same
concatenation KDF with SHA-512 and a 256-bit key (the OtherInfo is taken as in -2; see
docs/pnc.md: not yet confirmed against a second implementation); AES-256-GCM with a 12-byte
IV first, the 128-bit tag last; AAD = PCID (18 characters) || the contract certificate's SKI
as upper-case hex. secp521r1: 66-byte plaintext whose 7 leading bits are zero (94 bytes in
all); X448: 56 bytes (84 in all). The decrypted key must match the certificate.
"""

from __future__ import annotations

import os
from typing import Literal

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, x448
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash

from .errors import PncKeyDecryptError

#: AlgorithmID || PartyUInfo || PartyVInfo of the concatenation KDF ([V2G2-818])
OTHER_INFO = b"\x01" + b"U" + b"V"

Curve20 = Literal["SECP521", "X448"]
ContractPrivateKey = ec.EllipticCurvePrivateKey | x448.X448PrivateKey


def concat_kdf(shared_secret: bytes, length: int, sha512: bool, other_info: bytes) -> bytes:
    algo: hashes.HashAlgorithm = hashes.SHA512() if sha512 else hashes.SHA256()
    return ConcatKDFHash(algorithm=algo, length=length, otherinfo=other_info).derive(shared_secret)


def ecdh_shared_secret(
    private_key: ec.EllipticCurvePrivateKey | x448.X448PrivateKey, peer_public: bytes
) -> bytes:
    """Z from a file key and the peer's public key (uncompressed point, or 56 X448 bytes)."""
    try:
        if isinstance(private_key, x448.X448PrivateKey):
            return private_key.exchange(x448.X448PublicKey.from_public_bytes(peer_public))
        pub = ec.EllipticCurvePublicKey.from_encoded_point(private_key.curve, peer_public)
        return private_key.exchange(ec.ECDH(), pub)
    except ValueError as e:
        raise PncKeyDecryptError(f"DH public key unusable: {e}") from e


# ---- ISO 15118-2 --------------------------------------------------------------------------


def iso2_session_key(shared_secret: bytes, other_info: bytes = OTHER_INFO) -> bytes:
    return concat_kdf(shared_secret, 16, False, other_info)


def iso2_decrypt(encrypted: bytes, shared_secret: bytes) -> ec.EllipticCurvePrivateKey:
    """ContractSignatureEncryptedPrivateKey (IV || AES-128-CBC(d)) -> the secp256r1 key."""
    if len(encrypted) != 48:
        raise PncKeyDecryptError(f"encrypted contract key of {len(encrypted)} bytes, not 48")
    key = iso2_session_key(shared_secret)
    dec = Cipher(algorithms.AES(key), modes.CBC(encrypted[:16])).decryptor()
    d = int.from_bytes(dec.update(encrypted[16:]) + dec.finalize(), "big")
    try:
        return ec.derive_private_key(d, ec.SECP256R1())
    except ValueError as e:
        raise PncKeyDecryptError("decrypted value is not a secp256r1 private key") from e


def iso2_encrypt(
    private_key: ec.EllipticCurvePrivateKey, shared_secret: bytes, iv: bytes | None = None
) -> bytes:
    """The provisioning service's side of :func:`iso2_decrypt`."""
    iv = iv if iv is not None else os.urandom(16)
    key = iso2_session_key(shared_secret)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    d = private_key.private_numbers().private_value.to_bytes(32, "big")
    return iv + enc.update(d) + enc.finalize()


# ---- ISO 15118-20 -------------------------------------------------------------------------


def iso20_session_key(shared_secret: bytes, other_info: bytes = OTHER_INFO) -> bytes:
    return concat_kdf(shared_secret, 32, True, other_info)


def iso20_aad(pcid: str, contract_ski: bytes) -> bytes:
    """[V2G20-2492]: the PCID (18 upper-case letters and digits), then the SKI as hex."""
    if len(pcid) != 18 or not pcid.isalnum() or pcid.upper() != pcid:
        raise PncKeyDecryptError(f"PCID {pcid!r} is not 18 upper-case letters and digits")
    return pcid.encode("ascii") + contract_ski.hex().upper().encode("ascii")


def iso20_decrypt(
    encrypted: bytes, shared_secret: bytes, aad: bytes, curve: Curve20
) -> ec.EllipticCurvePrivateKey | x448.X448PrivateKey:
    """SECP521_EncryptedPrivateKey / X448_EncryptedPrivateKey -> the contract private key."""
    plain_len = 66 if curve == "SECP521" else 56
    if len(encrypted) != 12 + plain_len + 16:
        raise PncKeyDecryptError(
            f"{curve} encrypted key of {len(encrypted)} bytes, not {12 + plain_len + 16}"
        )
    key = iso20_session_key(shared_secret)
    try:
        plain = AESGCM(key).decrypt(encrypted[:12], encrypted[12:], aad)
    except InvalidTag:
        raise PncKeyDecryptError("contract key does not decrypt (GCM tag)") from None
    if curve == "X448":
        return x448.X448PrivateKey.from_private_bytes(plain)
    if plain[0] & 0xFE:
        raise PncKeyDecryptError("decrypted secp521r1 key has non-zero leading bits")
    try:
        return ec.derive_private_key(int.from_bytes(plain, "big"), ec.SECP521R1())
    except ValueError as e:
        raise PncKeyDecryptError("decrypted value is not a secp521r1 private key") from e


def iso20_encrypt(
    private_key: ec.EllipticCurvePrivateKey | x448.X448PrivateKey,
    shared_secret: bytes,
    aad: bytes,
    iv: bytes | None = None,
) -> bytes:
    """The provisioning service's side of :func:`iso20_decrypt`."""
    iv = iv if iv is not None else os.urandom(12)
    if isinstance(private_key, x448.X448PrivateKey):
        plain = private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
    else:
        plain = private_key.private_numbers().private_value.to_bytes(66, "big")
    return iv + AESGCM(iso20_session_key(shared_secret)).encrypt(iv, plain, aad)


def check_matches(private_key: ContractPrivateKey, certificate: x509.Certificate) -> None:
    """[V2G20-2507]/[V2G20-2510] and -2 alike: the decrypted key belongs to the certificate."""
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    mine = private_key.public_key().public_bytes(*spki)
    if mine != certificate.public_key().public_bytes(*spki):
        raise PncKeyDecryptError("decrypted contract key does not match the certificate")
