"""One error tree for Plug & Charge; every error names the DTC it stands for (``dtc``)."""

from __future__ import annotations


class PncError(Exception):
    """Base of every Plug & Charge error; ``dtc`` is its entry in ``evcc_agent.dtc``."""

    dtc = "PNC_SIGNATURE_INVALID"


class PncSignatureError(PncError):
    """A signature or a reference digest does not verify, or the Signature is malformed."""

    dtc = "PNC_SIGNATURE_INVALID"


class PncCertificateError(PncError):
    """A certificate chain does not build to a configured root (or a profile check fails)."""

    dtc = "PNC_CERT_CHAIN_INVALID"


class PncContractExpiredError(PncCertificateError):
    """The contract certificate (or a CA above it) is expired or not yet valid."""

    dtc = "PNC_CONTRACT_EXPIRED"


class PncEmaidMismatchError(PncError):
    """An installation response or a key is for another eMAID than expected."""

    dtc = "PNC_EMAID_MISMATCH"


class PncKeyDecryptError(PncError):
    """The encrypted contract key does not decrypt or does not match the certificate."""

    dtc = "PNC_KEY_DECRYPT_FAILED"


class PncStoreError(PncError):
    """The contract store cannot be read or written (entry missing, unreadable, bad PEM)."""

    dtc = "PNC_STORE_FAILED"


class PncTokenError(PncError):
    """The PKCS#11 token is absent, locked, or refuses an operation."""

    dtc = "PNC_TOKEN_UNAVAILABLE"
