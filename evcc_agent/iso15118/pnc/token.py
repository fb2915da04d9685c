"""Plug & Charge keys in a PKCS#11 token (python-pkcs11, imported lazily).

The OEM provisioning key and the contract keys can live in a token: ECDSA signing and the
ECDH step of the contract-key decryption happen inside it; a decrypted contract key is
imported into it (sensitive, not extractable) and never written to disk. Objects are found
by label: the contract key's label is its eMAID.

What stays outside the token, by design of the standards' KDFs: the ECDH shared secret Z
leaves the token as a short-lived extractable secret, because the concatenation KDF of
ISO 15118 is not a PKCS#11 mechanism (CKD_SHA256_KDF is the X9.63 KDF); the session key
and the decrypted contract key exist in process memory only until the import.

Keys: ECDSA P-256 / P-521 (signing, ECDH) and Ed448 (signing, CKM_EDDSA). X448 (the -20
curve448 key agreement) is not handled here yet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448

from .errors import PncTokenError
from .xmldsig import SIG_ECDSA_SHA256, SIG_ECDSA_SHA512, SIG_ED448

_CURVE_NAMES = {"secp256r1": "secp256r1", "secp521r1": "secp521r1"}
#: DER of the Ed448 OID 1.3.101.113, the EC_PARAMS of an Ed448 key (PKCS#11 3.0)
_ED448_PARAMS = bytes.fromhex("06032b6571")


@contextmanager
def _token_errors(what: str) -> Iterator[None]:
    """Every python-pkcs11 failure becomes a PncTokenError naming the operation."""
    try:
        import pkcs11.exceptions as px
    except ImportError as e:
        raise PncTokenError("PKCS#11 needs python-pkcs11 (extra 'pnc')") from e
    try:
        yield
    except (px.PinIncorrect, px.PinLocked, px.PinExpired, px.PinInvalid) as e:
        raise PncTokenError(f"{what}: token PIN refused or locked ({type(e).__name__})") from e
    except (px.NoSuchToken, px.TokenNotPresent, px.TokenNotRecognised) as e:
        raise PncTokenError(f"{what}: token absent ({type(e).__name__})") from e
    except px.NoSuchKey as e:
        raise PncTokenError(f"{what}: no such key in the token") from e
    except px.PKCS11Error as e:
        raise PncTokenError(f"{what}: {type(e).__name__} {e}") from e
    except RuntimeError as e:  # python-pkcs11 raises it for an unloadable module
        raise PncTokenError(f"{what}: {e}") from e


class Token:
    """One logged-in session on a token (module path, token label, user PIN)."""

    def __init__(self, module: str, token_label: str, pin: str) -> None:
        with _token_errors("open token"):
            import pkcs11

            try:
                lib = pkcs11.lib(module)
            except (OSError, RuntimeError) as e:
                raise PncTokenError(f"PKCS#11 module {module}: {e}") from e
            token = lib.get_token(token_label=token_label)
            self._session: Any = token.open(user_pin=pin, rw=True)

    def close(self) -> None:
        with _token_errors("close token"):
            self._session.close()

    def __enter__(self) -> Token:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _private_key(self, label: str) -> Any:
        import pkcs11

        return self._session.get_key(object_class=pkcs11.ObjectClass.PRIVATE_KEY, label=label)

    def private_key_labels(self) -> set[str]:
        """Labels of the private keys on the token (the store asks for contract keys)."""
        import pkcs11

        with _token_errors("list keys"):
            objs = self._session.get_objects(
                {pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY}
            )
            return {str(o.label) for o in objs}

    def signer(self, label: str) -> TokenSigner:
        """The signer for key ``label``; its algorithm follows the key (P-256: ECDSA-SHA256,
        P-521: ECDSA-SHA512, Ed448: EdDSA)."""
        import pkcs11
        from pkcs11.util.ec import encode_named_curve_parameters

        with _token_errors(f"find key {label!r}"):
            key = self._private_key(label)
            if key.key_type == pkcs11.KeyType.EC_EDWARDS:
                return TokenSigner(key, SIG_ED448)
            p521 = key[pkcs11.Attribute.EC_PARAMS] == encode_named_curve_parameters("secp521r1")
        return TokenSigner(key, SIG_ECDSA_SHA512 if p521 else SIG_ECDSA_SHA256)

    def ecdh(self, label: str, peer_public_point: bytes) -> bytes:
        """Z of ECDH between the token key ``label`` and an uncompressed peer point."""
        import pkcs11

        with _token_errors(f"ECDH with {label!r}"):
            key = self._private_key(label)
            size = len(peer_public_point) // 2  # field size in bytes
            secret = key.derive_key(
                pkcs11.KeyType.GENERIC_SECRET,
                size * 8,
                mechanism_param=(pkcs11.KDF.NULL, None, peer_public_point),
                template={
                    pkcs11.Attribute.SENSITIVE: False,
                    pkcs11.Attribute.EXTRACTABLE: True,
                    pkcs11.Attribute.TOKEN: False,
                },
            )
            z = bytes(secret[pkcs11.Attribute.VALUE])
            secret.destroy()
            return z

    def import_private_key(
        self,
        label: str,
        key: ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey,
        derive: bool = False,
    ) -> None:
        """Store a key in the token: sensitive, not extractable; for signing, and for ECDH
        too with ``derive`` (the OEM provisioning key; a contract key signs only). An older
        key with the same label is replaced."""
        import pkcs11
        from pkcs11.util.ec import encode_named_curve_parameters

        if isinstance(key, ed448.Ed448PrivateKey):
            key_type, params = pkcs11.KeyType.EC_EDWARDS, _ED448_PARAMS
            value = key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
            pub = key.public_key().public_bytes_raw()
        else:
            curve = _CURVE_NAMES.get(key.curve.name)
            if curve is None:
                raise PncTokenError(f"curve {key.curve.name} not supported in the token")
            key_type, params = pkcs11.KeyType.EC, encode_named_curve_parameters(curve)
            n = (key.curve.key_size + 7) // 8
            value = key.private_numbers().private_value.to_bytes(n, "big")
            pub = key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        with _token_errors(f"import key {label!r}"):
            for old in self._session.get_objects(
                {
                    pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY,
                    pkcs11.Attribute.LABEL: label,
                }
            ):
                old.destroy()
            self._session.create_object(
                {
                    pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY,
                    pkcs11.Attribute.KEY_TYPE: key_type,
                    pkcs11.Attribute.EC_PARAMS: params,
                    pkcs11.Attribute.VALUE: value,
                    pkcs11.Attribute.TOKEN: True,
                    pkcs11.Attribute.PRIVATE: True,
                    pkcs11.Attribute.SENSITIVE: True,
                    pkcs11.Attribute.EXTRACTABLE: False,
                    pkcs11.Attribute.SIGN: True,
                    pkcs11.Attribute.DERIVE: derive and key_type == pkcs11.KeyType.EC,
                    pkcs11.Attribute.LABEL: label,
                    pkcs11.Attribute.ID: hashlib.sha1(pub).digest(),
                }
            )


class TokenSigner:
    """A ``pnc.xmldsig.Signer`` whose signature runs inside the token: CKM_ECDSA over our
    SHA-256/SHA-512 digest (which every token offers; the output is already r || s), or
    CKM_EDDSA over the data itself for Ed448."""

    def __init__(self, key: Any, signature_method: str) -> None:
        self._key = key
        self._method = signature_method

    @property
    def signature_method(self) -> str:
        return self._method

    def sign(self, data: bytes) -> bytes:
        import pkcs11

        with _token_errors("sign"):
            if self._method == SIG_ED448:
                return bytes(self._key.sign(data, mechanism=pkcs11.Mechanism.EDDSA))
            sha = hashlib.sha512 if self._method == SIG_ECDSA_SHA512 else hashlib.sha256
            return bytes(self._key.sign(sha(data).digest(), mechanism=pkcs11.Mechanism.ECDSA))
