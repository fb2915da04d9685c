"""A throw-away Plug & Charge test PKI (ISO 15118-2 and -20 profiles), made with ``cryptography``.

- V2G root -> CPO sub-CA 1 (pathlen 1) -> CPO sub-CA 2 (pathlen 0) -> SECC leaf
- V2G root -> provisioning sub-CA 1 -> sub-CA 2 -> CPS leaf (signs installation data)
- MO root -> MO sub-CA 1 -> MO sub-CA 2 -> contract leaf, the eMAID as subject CN, DC=MO,
  digitalSignature + nonRepudiation + keyAgreement, no SAN
- OEM root -> OEM sub-CA 1 -> OEM sub-CA 2 -> OEM provisioning leaf, the PCID as CN

-2 uses secp256r1 everywhere; -20 secp521r1 or Ed448 (``algorithm``). Built with the
certificate builder of ``sim.pki``. Tests, benchmarks and the simulator only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .pki import Algorithm, PrivateKey, _cert, _key_pem, _new_key, _pem


@dataclass(frozen=True)
class Issued:
    cert: x509.Certificate
    key: PrivateKey


@dataclass
class PncPki:
    algorithm: Algorithm
    v2g_root: Issued
    cpo_subs: list[Issued]  # sub-CA 1, sub-CA 2
    secc: Issued
    cps_subs: list[Issued]
    cps: Issued
    mo_root: Issued
    mo_subs: list[Issued]
    oem_root: Issued
    oem_subs: list[Issued]
    oem_prov: Issued
    contracts: dict[str, Issued] = field(default_factory=dict)

    def issue_contract(
        self,
        emaid: str,
        *,
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
        key: PrivateKey | None = None,
    ) -> Issued:
        """A contract leaf for ``emaid`` under MO sub-CA 2 (a fresh key unless given)."""
        now = dt.datetime.now(dt.UTC)
        key = key or _new_key(self.algorithm)
        sub2 = self.mo_subs[1]
        cert = _cert(
            emaid,
            key,
            sub2.cert,
            sub2.key,
            False,
            None,
            "MO",
            not_before=not_before or now - dt.timedelta(minutes=5),
            not_after=not_after or now + dt.timedelta(days=730),
            non_repudiation=True,
            san=False,
        )
        issued = Issued(cert, key)
        self.contracts[emaid] = issued
        return issued

    def contract_chain_pem(self, emaid: str) -> bytes:
        """``<eMAID>.pem`` as the contract store holds it: leaf, then MO sub-CA 2, sub-CA 1."""
        leaf = self.contracts[emaid].cert
        return _pem(leaf) + _pem(self.mo_subs[1].cert) + _pem(self.mo_subs[0].cert)

    def write_roots(self, directory: str | Path) -> dict[str, Path]:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        out = {}
        for name, issued in (
            ("v2g_root", self.v2g_root),
            ("mo_root", self.mo_root),
            ("oem_root", self.oem_root),
        ):
            out[name] = d / f"{name}.pem"
            out[name].write_bytes(_pem(issued.cert))
        return out


def _root(cn: str, domain: str, alg: Algorithm) -> Issued:
    now = dt.datetime.now(dt.UTC)
    k = _new_key(alg)
    c = _cert(
        cn,
        k,
        None,
        k,
        True,
        2,
        domain,
        not_before=now - dt.timedelta(days=1),
        not_after=now + dt.timedelta(days=365 * 40),
    )
    return Issued(c, k)


def _subs(up: Issued, names: tuple[str, str], domain: str, alg: Algorithm) -> list[Issued]:
    """Sub-CA 1 (pathlen 1) and sub-CA 2 (pathlen 0) under ``up``."""
    now = dt.datetime.now(dt.UTC)
    out: list[Issued] = []
    for cn, path_len in zip(names, (1, 0), strict=True):
        k = _new_key(alg)
        c = _cert(
            cn,
            k,
            up.cert,
            up.key,
            True,
            path_len,
            domain,
            not_before=now - dt.timedelta(days=1),
            not_after=now + dt.timedelta(days=365 * 4),
        )
        up = Issued(c, k)
        out.append(up)
    return out


def _leaf(cn: str, up: Issued, domain: str, alg: Algorithm) -> Issued:
    now = dt.datetime.now(dt.UTC)
    k = _new_key(alg)
    c = _cert(
        cn,
        k,
        up.cert,
        up.key,
        False,
        None,
        domain,
        not_before=now - dt.timedelta(minutes=5),
        not_after=now + dt.timedelta(days=365),
        san=domain == "CPO",
    )
    return Issued(c, k)


def generate(algorithm: Algorithm = "secp256r1", pcid: str = "WMIV1234567890ABCE") -> PncPki:
    """All four hierarchies in memory (write what a test needs with the helpers)."""
    v2g_root = _root("V2GRootCA", "V2G", algorithm)
    cpo = _subs(v2g_root, ("CPOSubCA1", "CPOSubCA2"), "V2G", algorithm)
    cps = _subs(v2g_root, ("ProvSubCA1", "ProvSubCA2"), "CPS", algorithm)
    mo_root = _root("MORootCA", "MO", algorithm)
    oem_root = _root("OEMRootCA", "OEM", algorithm)
    oem = _subs(oem_root, ("OEMSubCA1", "OEMSubCA2"), "OEM", algorithm)
    return PncPki(
        algorithm=algorithm,
        v2g_root=v2g_root,
        cpo_subs=cpo,
        secc=_leaf("SECC-DE*TST*E1", cpo[1], "CPO", algorithm),
        cps_subs=cps,
        cps=_leaf("CPS-Leaf", cps[1], "CPS", algorithm),
        mo_root=mo_root,
        mo_subs=_subs(mo_root, ("MOSubCA1", "MOSubCA2"), "MO", algorithm),
        oem_root=oem_root,
        oem_subs=oem,
        oem_prov=_leaf(pcid, oem[1], "OEM", algorithm),
    )


def key_pkcs8(issued: Issued) -> bytes:
    """The unencrypted PKCS#8 PEM of a test key (``<eMAID>.key``)."""
    return _key_pem(issued.key)


def cert_der(issued: Issued) -> bytes:
    return issued.cert.public_bytes(serialization.Encoding.DER)
