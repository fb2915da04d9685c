"""The contract store on the ECU: one directory, one contract per eMAID.

Rules:

- ``<eMAID>.pem``: the contract certificate, then its sub-CAs (PEM, in that order);
  ``<eMAID>.key``: its private key (PKCS#8 PEM, mode 0600), or no file and the key is a
  PKCS#11 token object labelled with the eMAID. An operator may fill the directory by hand.
- A contract is usable when its chain validates against the configured MO roots (or V2G
  roots, which -2 allows as contract anchors) at the given time, with validity dates, by
  pyhanko-certvalidator (not our own chain logic), and the eMAID in the subject CN matches
  the file name (case and ``-`` ignored).
- Renewal is due ``renew_days`` before the contract certificate expires.
- Installing never leaves a mixed or torn pair: both files are staged as ``.<eMAID>.*.new``
  (written, fsynced), the directory fsynced, a ``.<eMAID>.commit`` marker written and
  fsynced (it says whether the key is a file or in the token), then both renamed into
  place and the marker removed. Opening the store finishes
  a committed install (roll forward) and drops an uncommitted one (the old pair stays).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from .errors import (
    PncCertificateError,
    PncContractExpiredError,
    PncEmaidMismatchError,
    PncStoreError,
)


def normalize_emaid(emaid: str) -> str:
    return emaid.replace("-", "").upper()


@dataclass(frozen=True)
class Roots:
    """Trust anchors: V2G (chargers, provisioning service), MO (contracts), OEM."""

    v2g: tuple[x509.Certificate, ...] = ()
    mo: tuple[x509.Certificate, ...] = ()
    oem: tuple[x509.Certificate, ...] = ()

    @classmethod
    def from_files(
        cls, v2g: Sequence[Path] = (), mo: Sequence[Path] = (), oem: Sequence[Path] = ()
    ) -> Roots:
        def load(paths: Sequence[Path]) -> tuple[x509.Certificate, ...]:
            out: list[x509.Certificate] = []
            for p in paths:
                try:
                    out += x509.load_pem_x509_certificates(Path(p).read_bytes())
                except (OSError, ValueError) as e:
                    raise PncStoreError(f"root certificate file {p}: {e}") from e
            return tuple(out)

        return cls(load(v2g), load(mo), load(oem))


def validate_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    at: dt.datetime,
) -> list[x509.Certificate]:
    """The validated path (leaf first) or a typed error; pyhanko-certvalidator does the
    path building, signatures (ECDSA P-256/P-521, Ed448), validity, basic constraints and
    path lengths. No revocation fetching on the ECU (no network at this point)."""
    try:
        from asn1crypto import x509 as ax
        from pyhanko_certvalidator import CertificateValidator, ValidationContext
        from pyhanko_certvalidator.errors import (
            ExpiredError,
            NotYetValidError,
            PathBuildingError,
            PathValidationError,
        )
    except ImportError as e:
        raise PncCertificateError(
            "chain validation needs pyhanko-certvalidator (extra 'pnc')"
        ) from e
    if not anchors:
        raise PncCertificateError("no trust anchors configured")

    def a(c: x509.Certificate) -> ax.Certificate:
        return ax.Certificate.load(c.public_bytes(serialization.Encoding.DER))

    ctx = ValidationContext(
        trust_roots=[a(c) for c in anchors],
        moment=at,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    validator = CertificateValidator(
        a(leaf), intermediate_certs=[a(c) for c in intermediates], validation_context=ctx
    )
    try:
        path = _run_sync(validator.async_validate_path)
    except (ExpiredError, NotYetValidError) as e:
        raise PncContractExpiredError(str(e)) from e
    except (PathBuildingError, PathValidationError) as e:
        raise PncCertificateError(str(e)) from e
    except Exception as e:  # the library's other failures are chain failures too
        raise PncCertificateError(f"{type(e).__name__}: {e}") from e
    return [x509.load_der_x509_certificate(c.dump()) for c in reversed(list(path))]


def _run_sync(fn: Callable[[], Any]) -> Any:
    """Run the validator's coroutine to completion, also from inside a running event loop
    (then on a helper thread: validation is CPU-bound and short, no I/O is allowed)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(fn())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(fn())).result()


@dataclass(frozen=True)
class Contract:
    emaid: str
    chain: tuple[x509.Certificate, ...]  # contract certificate first
    key: Literal["file", "token"]
    key_path: Path | None

    @property
    def certificate(self) -> x509.Certificate:
        return self.chain[0]

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    def renewal_due(self, now: dt.datetime, renew_days: int) -> bool:
        return self.not_after - now <= dt.timedelta(days=renew_days)


def _fsync_dir(d: Path) -> None:
    fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


class ContractStore:
    """The directory of installed contracts (see the module rules)."""

    def __init__(
        self,
        directory: str | Path,
        roots: Roots,
        renew_days: int = 30,
        token_labels: Callable[[], set[str]] | None = None,
    ) -> None:
        self.directory = Path(directory)
        self.roots = roots
        self.renew_days = renew_days
        self._token_labels = token_labels
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as e:
            raise PncStoreError(f"contract store {self.directory}: {e}") from e
        self.recover()

    # ---- crash recovery ------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Finish committed installs, drop uncommitted staging files; returns what it did."""
        done: list[str] = []
        for marker in sorted(self.directory.glob(".*.commit")):
            emaid = marker.name[1 : -len(".commit")]
            for suffix in ("key", "pem"):
                staged = self.directory / f".{emaid}.{suffix}.new"
                if staged.exists():
                    os.replace(staged, self.directory / f"{emaid}.{suffix}")
            if marker.read_bytes() == b"token":
                (self.directory / f"{emaid}.key").unlink(missing_ok=True)
            _fsync_dir(self.directory)
            marker.unlink()
            _fsync_dir(self.directory)
            done.append(f"completed {emaid}")
        for staged in sorted(self.directory.glob(".*.new")):
            staged.unlink()
            done.append(f"dropped {staged.name}")
        if done:
            _fsync_dir(self.directory)
        return done

    # ---- reading --------------------------------------------------------------------------
    def emaids(self) -> list[str]:
        return sorted(p.stem for p in self.directory.glob("*.pem") if not p.name.startswith("."))

    def load(self, emaid: str, now: dt.datetime | None = None, validate: bool = True) -> Contract:
        """The contract for ``emaid``; validated against the MO/V2G roots unless told not to."""
        pem = self.directory / f"{emaid}.pem"
        try:
            chain = tuple(x509.load_pem_x509_certificates(pem.read_bytes()))
        except FileNotFoundError:
            raise PncStoreError(f"no contract for {emaid}") from None
        except (OSError, ValueError) as e:
            raise PncStoreError(f"{pem}: {e}") from e
        check_emaid(chain[0], emaid)
        key_path = self.directory / f"{emaid}.key"
        if key_path.exists():
            contract = Contract(emaid, chain, "file", key_path)
        elif self._token_labels is not None and emaid in self._token_labels():
            contract = Contract(emaid, chain, "token", None)
        else:
            raise PncStoreError(f"no key for {emaid} (neither {key_path.name} nor a token object)")
        if validate:
            when = now or dt.datetime.now(dt.UTC)
            validate_chain(chain[0], chain[1:], self.roots.mo + self.roots.v2g, when)
        return contract

    def due_for_renewal(self, now: dt.datetime) -> list[str]:
        """eMAIDs whose contract expires within ``renew_days`` (or cannot be read)."""
        out = []
        for emaid in self.emaids():
            try:
                c = self.load(emaid, now, validate=False)
            except PncStoreError:
                out.append(emaid)
                continue
            if c.renewal_due(now, self.renew_days):
                out.append(emaid)
        return out

    # ---- installing ----------------------------------------------------------------------
    def install(
        self,
        emaid: str,
        chain: Sequence[x509.Certificate],
        key_pkcs8: bytes | None,
        now: dt.datetime | None = None,
        on_step: Callable[[str], None] | None = None,
    ) -> Contract:
        """Validate, then atomically install ``chain`` (leaf first) and its key (PKCS#8 PEM,
        or None when the key went into the token). ``on_step`` is told each step's name
        (``staged``, ``committed``, ``renamed``) — how a test knows where to cut power."""
        if not chain:
            raise PncStoreError("empty certificate chain")
        check_emaid(chain[0], emaid)
        when = now or dt.datetime.now(dt.UTC)
        validate_chain(chain[0], chain[1:], self.roots.mo + self.roots.v2g, when)
        step = on_step or (lambda _s: None)
        d = self.directory
        pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
        if key_pkcs8 is not None:
            _write_synced(d / f".{emaid}.key.new", key_pkcs8, 0o600)
        _write_synced(d / f".{emaid}.pem.new", pem, 0o644)
        _fsync_dir(d)
        step("staged")
        marker = d / f".{emaid}.commit"
        _write_synced(marker, b"file" if key_pkcs8 is not None else b"token", 0o600)
        _fsync_dir(d)
        step("committed")
        if key_pkcs8 is not None:
            os.replace(d / f".{emaid}.key.new", d / f"{emaid}.key")
        else:
            (d / f"{emaid}.key").unlink(missing_ok=True)  # the key now lives in the token
        _fsync_dir(d)
        step("renamed-key")
        os.replace(d / f".{emaid}.pem.new", d / f"{emaid}.pem")
        _fsync_dir(d)
        step("renamed")
        marker.unlink()
        _fsync_dir(d)
        return self.load(emaid, when, validate=False)


def subject_cn(cert: x509.Certificate) -> str:
    attrs = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(attrs[0].value) if attrs else ""


def check_emaid(cert: x509.Certificate, emaid: str) -> None:
    """The eMAID is in the contract certificate's subject CN (-2 Annex F profile, [V2G20-108])."""
    if normalize_emaid(subject_cn(cert)) != normalize_emaid(emaid):
        raise PncEmaidMismatchError(
            f"contract certificate is for {subject_cn(cert)!r}, not {emaid!r}"
        )
