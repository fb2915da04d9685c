"""Plug & Charge building blocks (ISO 15118-2 and -20): XML signatures over EXI, the
contract-key decryption primitives, the on-ECU contract store and keys in a PKCS#11 token.

Sans-IO where it can be (signatures, KDFs are pure functions); the store touches only its
directory; the token module imports python-pkcs11 lazily. The session flows that use these
live elsewhere.
"""

from .errors import (
    PncCertificateError,
    PncContractExpiredError,
    PncEmaidMismatchError,
    PncError,
    PncKeyDecryptError,
    PncSignatureError,
    PncStoreError,
    PncTokenError,
)

__all__ = [
    "PncCertificateError",
    "PncContractExpiredError",
    "PncEmaidMismatchError",
    "PncError",
    "PncKeyDecryptError",
    "PncSignatureError",
    "PncStoreError",
    "PncTokenError",
]
