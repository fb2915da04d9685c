"""A throw-away ISO 15118-20 test PKI, generated with ``cryptography``.

V2G root → CPO sub-CA 1 → CPO sub-CA 2 → SECC leaf (the charger's TLS server chain) and
OEM root → OEM sub-CA → OEM provisioning leaf (the vehicle's TLS client chain). -20 names
ECDSA on secp521r1 with SHA-512 and Ed448; both are supported here (``algorithm``).
Used by tests, the demo and the SECC simulator; never by production code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import NameOID

Algorithm = Literal["secp521r1", "ed448", "secp256r1"]
PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey


@dataclass(frozen=True)
class TestPki:
    directory: Path
    v2g_root: Path  # trust anchor for the EV (verifies the SECC)
    secc_chain: Path  # SECC leaf + CPO sub-CAs
    secc_key: Path
    oem_root: Path  # trust anchor for the SECC (verifies the EV)
    oem_chain: Path  # OEM provisioning leaf + OEM sub-CA
    oem_key: Path


_KEY_USAGES = (
    "digital_signature",
    "content_commitment",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
    "encipher_only",
    "decipher_only",
)


def key_usage(**on: bool) -> x509.KeyUsage:
    """The KeyUsage extension with the usages named (``x509.KeyUsage``'s keywords); every
    usage not named is off."""
    unknown = on.keys() - set(_KEY_USAGES)
    if unknown:
        raise TypeError(f"no key usage {sorted(unknown)}")
    return x509.KeyUsage(**{**dict.fromkeys(_KEY_USAGES, False), **on})


def _new_key(alg: Algorithm) -> PrivateKey:
    if alg == "ed448":
        return ed448.Ed448PrivateKey.generate()
    curve: ec.EllipticCurve = ec.SECP521R1() if alg == "secp521r1" else ec.SECP256R1()
    return ec.generate_private_key(curve)


def _hash_for(key: PrivateKey) -> hashes.HashAlgorithm | None:
    if isinstance(key, ed448.Ed448PrivateKey):
        return None
    return hashes.SHA512() if key.curve.key_size >= 521 else hashes.SHA256()


def _cert(
    subject_cn: str,
    key: PrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: PrivateKey,
    ca: bool,
    path_len: int | None,
    domain: str,
    *,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    non_repudiation: bool = False,
    san: bool | None = None,
) -> x509.Certificate:
    """One certificate of a test chain; the keyword arguments serve other profiles (the
    PnC PKI in ``sim.pnc_pki``): validity, nonRepudiation, no SAN on contract leaves."""
    now = dt.datetime.now(dt.UTC)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, subject_cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "evcc-agent test PKI"),
            x509.NameAttribute(NameOID.DOMAIN_COMPONENT, domain),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer.subject if issuer else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - dt.timedelta(minutes=5))
        .not_valid_after(not_after or now + dt.timedelta(days=2 if not ca else 30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len), critical=True)
        .add_extension(
            key_usage(
                digital_signature=not ca,
                content_commitment=non_repudiation,
                key_agreement=not ca,
                key_cert_sign=ca,
                crl_sign=ca,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    if san if san is not None else not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(subject_cn.lower())]), critical=False
        )
    return builder.sign(issuer_key, _hash_for(issuer_key))  # type: ignore[arg-type]


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


#: (common name, CA, path length, domain) from the root down to the leaf
_V2G_CHAIN = (
    ("V2GRootCA", True, 2, "V2G"),
    ("CPOSubCA1", True, 1, "V2G"),
    ("CPOSubCA2", True, 0, "V2G"),
    ("SECC-DE*TST*E1*1", False, None, "CPO"),
)
_OEM_CHAIN = (
    ("OEMRootCA", True, 1, "OEM"),
    ("OEMSubCA", True, 0, "OEM"),
    ("OEMProvCert-EVCC", False, None, "OEM"),
)


def _chain(
    links: tuple[tuple[str, bool, int | None, str], ...], algorithm: Algorithm
) -> tuple[list[x509.Certificate], PrivateKey]:
    """The chain's certificates, root first, and the leaf's key."""
    certs: list[x509.Certificate] = []
    issuer_key: PrivateKey | None = None
    for cn, ca, path_len, domain in links:
        key = _new_key(algorithm)
        issuer = certs[-1] if certs else None
        certs.append(_cert(cn, key, issuer, issuer_key or key, ca, path_len, domain))
        issuer_key = key
    assert issuer_key is not None
    return certs, issuer_key


def _pems(certs: list[x509.Certificate]) -> bytes:
    return b"".join(_pem(c) for c in certs)


def generate(directory: str | Path, algorithm: Algorithm = "secp521r1") -> TestPki:
    """Write both chains as PEM files into ``directory`` (created if needed)."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    v2g, secc_key = _chain(_V2G_CHAIN, algorithm)
    oem, oem_key = _chain(_OEM_CHAIN, algorithm)

    pki = TestPki(
        directory=d,
        v2g_root=d / "v2g_root.pem",
        secc_chain=d / "secc_chain.pem",
        secc_key=d / "secc_key.pem",
        oem_root=d / "oem_root.pem",
        oem_chain=d / "oem_chain.pem",
        oem_key=d / "oem_key.pem",
    )
    pki.v2g_root.write_bytes(_pem(v2g[0]))
    pki.secc_chain.write_bytes(_pems(v2g[:0:-1]))  # leaf, then the sub-CAs up to the root
    pki.secc_key.write_bytes(_key_pem(secc_key))
    pki.oem_root.write_bytes(_pem(oem[0]))
    pki.oem_chain.write_bytes(_pems(oem[:0:-1]))
    pki.oem_key.write_bytes(_key_pem(oem_key))
    for key_file in (pki.secc_key, pki.oem_key):
        key_file.chmod(0o600)
    return pki
