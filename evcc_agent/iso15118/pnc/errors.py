"""One error tree for Plug & Charge; every error names the DTC it stands for (``dtc``,
given as the class keyword)."""

from __future__ import annotations

from typing import Any


class PncError(Exception):
    """Base of every Plug & Charge error; ``dtc`` is its entry in ``evcc_agent.dtc``."""

    dtc = "PNC_SIGNATURE_INVALID"

    def __init_subclass__(cls, dtc: str = "", **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if dtc:
            cls.dtc = dtc


class PncSignatureError(PncError, dtc="PNC_SIGNATURE_INVALID"):
    """A signature or a reference digest does not verify, or the Signature is malformed."""


class PncCertificateError(PncError, dtc="PNC_CERT_CHAIN_INVALID"):
    """A certificate chain does not build to a configured root (or a profile check fails)."""


class PncContractExpiredError(PncCertificateError, dtc="PNC_CONTRACT_EXPIRED"):
    """The contract certificate (or a CA above it) is expired or not yet valid."""


class PncEmaidMismatchError(PncError, dtc="PNC_EMAID_MISMATCH"):
    """An installation response or a key is for another eMAID than expected."""


class PncKeyDecryptError(PncError, dtc="PNC_KEY_DECRYPT_FAILED"):
    """The encrypted contract key does not decrypt or does not match the certificate."""


class PncStoreError(PncError, dtc="PNC_STORE_FAILED"):
    """The contract store cannot be read or written (entry missing, unreadable, bad PEM)."""


class PncTokenError(PncError, dtc="PNC_TOKEN_UNAVAILABLE"):
    """The PKCS#11 token is absent, locked, or refuses an operation."""
