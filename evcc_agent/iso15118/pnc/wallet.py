"""What a charging session uses of Plug & Charge: one object over the contract store, the
OEM provisioning key (a file or the token), the contract keys and the trust anchors.

The -2 session core (``session/pnc_v2g.py``) asks it, synchronously, like it asks its
``EvDataSource``: which contract to use (or whether to install / update one), the signed
requests, and to check and install a response. Every failure is a ``PncError`` whose ``dtc``
names the DTC; nothing is installed unless every check of ``installation`` passed.

Time: certificate validity is wall time, so the wallet reads its own ``clock`` (UTC
datetimes; tests pass a fixed one), not the session's monotonic time.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from evcc_agent.iso15118.config import Iso15118Config, PncConfig

from . import authorization as auth
from . import contract_key as ck
from . import installation as inst
from . import xmldsig as xd
from .errors import PncCertificateError, PncError, PncStoreError, PncTokenError
from .store import Contract, ContractStore, Roots, subject_cn

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
#: which standard a contract is for (by its key: -2 P-256, -20 P-521 / Ed448)
Family = Literal["iso2", "iso20"]
#: the systemd credential with the token's user PIN when ``pkcs11_pin_file`` is unset
PIN_CREDENTIAL = "pnc-token-pin"


def _family_of(cert: x509.Certificate) -> Family:
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size == 256:
        return "iso2"
    return "iso20"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Plan:
    """What the session does about its contract before PaymentDetails."""

    action: Literal["use", "install", "update"]
    contract: Contract | None  # the one to use (or to update)
    why: str  # for the log line


class PncWallet:
    """The session's Plug & Charge port (see the module rules)."""

    def __init__(
        self,
        store: ContractStore,
        oem_chain: Sequence[x509.Certificate],
        oem_signer: xd.Signer,
        oem_ecdh: inst.Ecdh,
        token: Any = None,
        clock: Clock = utc_now,
    ) -> None:
        if not oem_chain:
            raise PncStoreError("no OEM provisioning certificate configured (tls_cert)")
        self.store = store
        self.oem_chain = tuple(oem_chain)
        self._oem_signer = oem_signer
        self._oem_ecdh = oem_ecdh
        self.token = token
        self.clock = clock

    def close(self) -> None:
        if self.token is not None:
            self.token.close()
            self.token = None

    @property
    def v2g_roots(self) -> tuple[x509.Certificate, ...]:
        return self.store.roots.v2g

    # ---- choosing -------------------------------------------------------------------------
    def plan(self, family: Family = "iso2") -> Plan:
        """The contract to use: a valid one not due for renewal; else an update of a valid
        one that is due; else an installation (none, or none valid). ``family``: -2
        contracts hold P-256 keys, -20 ones P-521 or Ed448; the store may hold both."""
        now = self.clock()
        best: Contract | None = None
        problems: list[str] = []
        for emaid in self.store.emaids():
            try:
                c = self.store.load(emaid, now)
            except PncError as e:
                problems.append(f"{emaid}: {e}")
                continue
            if _family_of(c.certificate) != family:
                continue
            if best is None or c.not_after > best.not_after:
                best = c
        if best is None:
            why = "; ".join(problems) or "the store holds no contract"
            return Plan("install", None, why)
        if best.renewal_due(now, self.store.renew_days):
            return Plan("update", best, f"{best.emaid} expires {best.not_after:%Y-%m-%d}")
        return Plan("use", best, f"{best.emaid} valid until {best.not_after:%Y-%m-%d}")

    # ---- signing --------------------------------------------------------------------------
    def contract_signer(self, contract: Contract) -> xd.Signer:
        if contract.key == "token":
            if self.token is None:
                raise PncTokenError(f"the key of {contract.emaid} is in a token; none configured")
            signer: xd.Signer = self.token.signer(contract.emaid)
            return signer
        assert contract.key_path is not None
        try:
            return xd.KeySigner.from_pem_file(contract.key_path)
        except (OSError, ValueError) as e:
            raise PncStoreError(f"{contract.key_path}: {e}") from e

    def _contract_ecdh(self, contract: Contract) -> inst.Ecdh:
        """-2 CertificateUpdate: the new key is encrypted to the contract being renewed."""
        if contract.key == "token":
            token = self.token
            if token is None:
                raise PncTokenError(f"the key of {contract.emaid} is in a token; none configured")
            return lambda peer: bytes(token.ecdh(contract.emaid, peer))
        assert contract.key_path is not None
        key = _load_key(contract.key_path, None)
        return lambda peer: ck.ecdh_shared_secret(key, peer)

    def installation_req(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return inst.iso2_installation_req(self.oem_chain[0], self._oem_signer, self.v2g_roots)

    def update_req(self, contract: Contract) -> tuple[dict[str, Any], dict[str, Any]]:
        return inst.iso2_update_req(
            contract.chain, contract.emaid, self.contract_signer(contract), self.v2g_roots
        )

    def payment_details(self, contract: Contract) -> dict[str, Any]:
        return auth.iso2_payment_details_req(contract.emaid, contract.chain)

    def authorization_req(
        self, contract: Contract, gen_challenge: bytes
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        return auth.iso2_authorization_req(gen_challenge, self.contract_signer(contract))

    def sign_element(
        self, contract: Contract, name: str, element: dict[str, Any]
    ) -> dict[str, Any]:
        """The header Signature over one body element with an ``Id`` (MeteringReceiptReq)."""
        return xd.sign(
            "iso2",
            {element["Id"]: (name, element)},
            self.contract_signer(contract),
            xd.DIGEST_SHA256,
        )

    def verify_sales_tariffs(
        self, contract: Contract, body: dict[str, Any], signature: dict[str, Any] | None
    ) -> int:
        """-2: the SalesTariffs of a ChargeParameterDiscoveryRes are signed by the mobility
        operator's sub-CA 2 (the contract chain's second certificate); returns how many
        were verified (0: none to verify); PncError if a signature is missing or wrong."""
        elements = xd.find_signed_elements({"ChargeParameterDiscoveryRes": body})
        tariffs = [i for i, (name, _el) in elements.items() if name == "SalesTariff"]
        if not tariffs:
            return 0
        if len(contract.chain) < 2:
            raise PncCertificateError("the contract chain has no MO sub-CA to check tariffs")
        key = contract.chain[1].public_key()
        if not isinstance(key, xd.PublicKey):
            raise PncCertificateError("MO sub-CA certificate without an EC key")
        xd.verify("iso2", signature, elements, key, required=tariffs, suites=[xd.ISO2])
        return len(tariffs)

    # ---- ISO 15118-20 --------------------------------------------------------------------
    def iso20_installation_req(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """CertificateInstallationReq (one chain; the eMAIDs already held, prioritised)."""
        held = [e for e in self.store.emaids()]
        return inst.iso20_installation_req(
            self.oem_chain, self._oem_signer, self.v2g_roots, 1, held
        )

    def iso20_accept(self, res: dict[str, Any], signature: dict[str, Any] | None) -> Contract:
        """Check a -20 CertificateInstallationRes (the PCID is the OEM certificate's CN),
        then install its contract atomically."""
        trust = self._trust(self._oem_ecdh)
        got = inst.iso20_installation_res(res, signature, trust, subject_cn(self.oem_chain[0]))
        return self.install(got)

    def iso20_authorization(
        self, contract: Contract, gen_challenge: bytes
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        return auth.iso20_pnc_authorization(
            contract.chain, gen_challenge, self.contract_signer(contract)
        )

    def _trust(self, ecdh: inst.Ecdh) -> inst.Trust:
        roots = self.store.roots
        return inst.Trust(self.v2g_roots, roots.mo + roots.v2g, ecdh, self.clock())

    # ---- installing -----------------------------------------------------------------------
    def accept(
        self, res: dict[str, Any], signature: dict[str, Any] | None, renewed: Contract | None
    ) -> Contract:
        """Check a -2 CertificateInstallationRes (``renewed`` None) or CertificateUpdateRes,
        then install its contract atomically; the store is untouched on any error."""
        ecdh = self._oem_ecdh if renewed is None else self._contract_ecdh(renewed)
        expected = renewed.emaid if renewed is not None else None
        got = inst.iso2_installation_res(res, signature, self._trust(ecdh), expected)
        return self.install(got)

    def install(self, got: inst.InstalledContract) -> Contract:
        """Into the store; with a token the key goes into it (derivable: a later -2
        CertificateUpdate decrypts with it) and no key file is written."""
        if self.token is None:
            return self.store.install(got.emaid, got.chain, got.key_pkcs8(), self.clock())
        if not isinstance(got.private_key, ec.EllipticCurvePrivateKey):
            raise PncTokenError("only EC contract keys go into the token")
        self.token.import_private_key(got.emaid, got.private_key, derive=True)
        return self.store.install(got.emaid, got.chain, None, self.clock())


# ---- from the configuration ---------------------------------------------------------------
def _load_key(path: str | Path, password: bytes | None) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password)
    except (OSError, ValueError, TypeError) as e:
        raise PncStoreError(f"{path}: {e}") from e
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PncStoreError(f"{path}: not an EC private key")
    return key


def _read_secret(path: str | None, credential: str) -> str | None:
    import os

    if path is None:
        directory = os.environ.get("CREDENTIALS_DIRECTORY")
        cand = Path(directory) / credential if directory else None
        path = str(cand) if cand is not None and cand.is_file() else None
    if path is None:
        return None
    try:
        return Path(path).read_text().strip()
    except OSError as e:
        raise PncStoreError(f"{path}: {e}") from e


def open_token(pnc: PncConfig) -> Any:
    """The configured token, logged in (None without ``pkcs11_module``)."""
    if not pnc.pkcs11_module or not pnc.pkcs11_token:
        return None
    from .token import Token

    pin = _read_secret(pnc.pkcs11_pin_file, PIN_CREDENTIAL)
    if pin is None:
        raise PncTokenError(f"no PIN for the token (pkcs11_pin_file, credential {PIN_CREDENTIAL})")
    return Token(pnc.pkcs11_module, pnc.pkcs11_token, pin)


def roots_of(cfg: Iso15118Config) -> Roots:
    v2g = cfg.pnc.v2g_roots or cfg.tls_roots
    return Roots.from_files(v2g=[Path(p) for p in v2g], mo=[Path(p) for p in cfg.pnc.mo_roots])


def from_config(cfg: Iso15118Config, clock: Clock = utc_now, token: Any = None) -> PncWallet:
    """The wallet of ``[iso15118.pnc]`` (token opened unless given); PncError if unusable."""
    pnc = cfg.pnc
    if not cfg.tls_cert:
        raise PncStoreError("PnC needs the OEM provisioning chain (iso15118.tls_cert)")
    try:
        oem_chain = x509.load_pem_x509_certificates(Path(cfg.tls_cert).read_bytes())
    except (OSError, ValueError) as e:
        raise PncStoreError(f"{cfg.tls_cert}: {e}") from e
    token = token if token is not None else open_token(pnc)
    if pnc.oem_key_in_token:
        assert token is not None  # the config validator insists on a token
        signer: xd.Signer = token.signer(pnc.oem_key_label)
        label = pnc.oem_key_label

        def ecdh(peer: bytes) -> bytes:
            return bytes(token.ecdh(label, peer))

    else:
        if not cfg.tls_key:
            raise PncStoreError("PnC needs the OEM provisioning key (iso15118.tls_key)")
        password = _read_secret(cfg.tls_key_password_file, "v2g-oem-key-password")
        key = _load_key(cfg.tls_key, password.encode() if password else None)
        signer = xd.KeySigner(key)

        def ecdh(peer: bytes) -> bytes:
            return ck.ecdh_shared_secret(key, peer)

    labels = token.private_key_labels if token is not None else None
    store = ContractStore(pnc.contract_store, roots_of(cfg), pnc.renew_days, labels)
    return PncWallet(store, oem_chain, signer, ecdh, token, clock)
