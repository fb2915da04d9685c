"""The contract store: validation against the roots, renewal, atomic installs that survive
a process killed mid-install (a real subprocess, SIGKILL at the step it announces)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.iso15118.pnc import (
    PncCertificateError,
    PncContractExpiredError,
    PncEmaidMismatchError,
    PncStoreError,
)
from evcc_agent.iso15118.pnc.store import ContractStore, Roots
from evcc_agent.sim import pnc_pki

EMAID = "DEABCC123ABC56"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pki() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp256r1")


def _chain(pki: pnc_pki.PncPki, emaid: str) -> list[x509.Certificate]:
    return [pki.contracts[emaid].cert, pki.mo_subs[1].cert, pki.mo_subs[0].cert]


def _store(tmp_path: Path, pki: pnc_pki.PncPki, **kw: object) -> ContractStore:
    return ContractStore(
        tmp_path / "contracts", Roots(mo=(pki.mo_root.cert,), v2g=(pki.v2g_root.cert,)), **kw
    )  # type: ignore[arg-type]


def test_install_load_validate(tmp_path: Path, pki: pnc_pki.PncPki) -> None:
    issued = pki.issue_contract(EMAID)
    store = _store(tmp_path, pki)
    c = store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(issued))
    assert c.key == "file" and c.certificate == issued.cert
    assert store.emaids() == [EMAID]
    key_mode = stat.S_IMODE((store.directory / f"{EMAID}.key").stat().st_mode)
    assert key_mode == 0o600
    again = store.load(EMAID)
    assert [x.serial_number for x in again.chain] == [x.serial_number for x in _chain(pki, EMAID)]
    assert not list(store.directory.glob(".*"))  # no staging files left


def test_hand_filled_directory_and_token_keys(tmp_path: Path, pki: pnc_pki.PncPki) -> None:
    issued = pki.issue_contract("DE-ABC-C123ABC57")
    d = tmp_path / "contracts"
    d.mkdir()
    (d / "DEABCC123ABC57.pem").write_bytes(pki.contract_chain_pem("DE-ABC-C123ABC57"))
    store = _store(tmp_path, pki, token_labels=lambda: {"DEABCC123ABC57"})
    c = store.load("DEABCC123ABC57")  # eMAID compared without '-' and case
    assert c.key == "token" and c.key_path is None
    del issued
    store_no_token = _store(tmp_path, pki)
    with pytest.raises(PncStoreError, match="no key"):
        store_no_token.load("DEABCC123ABC57")
    with pytest.raises(PncStoreError, match="no contract"):
        store.load("DEXXX")


def test_bad_contracts_are_refused_and_the_installed_one_untouched(
    tmp_path: Path, pki: pnc_pki.PncPki
) -> None:
    good = pki.issue_contract(EMAID)
    store = _store(tmp_path, pki)
    store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(good))
    before = (store.directory / f"{EMAID}.pem").read_bytes()

    other = pnc_pki.generate("secp256r1")  # a foreign MO
    foreign = other.issue_contract(EMAID)
    with pytest.raises(PncCertificateError):
        store.install(EMAID, _chain(other, EMAID), pnc_pki.key_pkcs8(foreign))
    now = dt.datetime.now(dt.UTC)
    expired = pki.issue_contract(
        EMAID, not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1)
    )
    with pytest.raises(PncContractExpiredError):
        store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(expired))
    pki.issue_contract("DEABCC123ABC99")
    with pytest.raises(PncEmaidMismatchError):
        store.install(EMAID, _chain(pki, "DEABCC123ABC99"), None)
    with pytest.raises(PncCertificateError):
        store.install(EMAID, [pki.issue_contract(EMAID).cert], None)  # no sub-CAs
    assert (store.directory / f"{EMAID}.pem").read_bytes() == before
    # the stored one is validated at load time too: in three years it has expired
    with pytest.raises(PncContractExpiredError):
        store.load(EMAID, now + dt.timedelta(days=3 * 365))


def test_renewal_due_days_before_expiry(tmp_path: Path, pki: pnc_pki.PncPki) -> None:
    now = dt.datetime.now(dt.UTC)
    issued = pki.issue_contract(EMAID, not_before=now, not_after=now + dt.timedelta(days=100))
    store = _store(tmp_path, pki, renew_days=30)
    store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(issued))
    assert store.due_for_renewal(now + dt.timedelta(days=69)) == []
    assert store.due_for_renewal(now + dt.timedelta(days=71)) == [EMAID]


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cryptography import x509
    from evcc_agent.iso15118.pnc.store import ContractStore, Roots

    directory, material, stop_at = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    store = ContractStore(directory, Roots.from_files(mo=[material / "mo_root.pem"]))
    chain = x509.load_pem_x509_certificates((material / "new.pem").read_bytes())

    def step(name):
        if name == stop_at:
            print(name, flush=True)
            sys.stdin.read()  # wait here until killed

    store.install(sys.argv[4], chain, (material / "new.key").read_bytes(), on_step=step)
    print("done", flush=True)
    """
)


@pytest.mark.parametrize(
    ("stop_at", "expect_new"),
    [("staged", False), ("committed", True), ("renamed-key", True)],
)
def test_killed_mid_install_leaves_one_whole_contract(
    tmp_path: Path, pki: pnc_pki.PncPki, stop_at: str, expect_new: bool
) -> None:
    old = pki.issue_contract(EMAID)
    store = _store(tmp_path, pki)
    store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(old))
    new = pki.issue_contract(EMAID)
    material = tmp_path / "material"
    material.mkdir()
    (material / "new.pem").write_bytes(pki.contract_chain_pem(EMAID))
    (material / "new.key").write_bytes(pnc_pki.key_pkcs8(new))
    pki.write_roots(material)

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store.directory), str(material), stop_at, EMAID],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == stop_at
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = _store(tmp_path, pki)  # recovery runs on open
    c = reopened.load(EMAID)
    want = new if expect_new else old
    assert c.certificate.serial_number == want.cert.serial_number
    key = serialization.load_pem_private_key(
        (reopened.directory / f"{EMAID}.key").read_bytes(), None
    )
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert key.public_key().public_bytes(*spki) == want.cert.public_key().public_bytes(*spki)
    assert not list(reopened.directory.glob(".*"))


def test_validation_works_inside_a_running_event_loop(tmp_path: Path, pki: pnc_pki.PncPki) -> None:
    """The session drivers are asyncio: loading from a coroutine must not trip over the
    validator's own event loop."""
    import asyncio

    issued = pki.issue_contract(EMAID)
    store = _store(tmp_path, pki)
    store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(issued))

    async def inside() -> str:
        return store.load(EMAID).emaid

    assert asyncio.run(inside()) == EMAID


@pytest.mark.parametrize("algorithm", ["secp521r1", "ed448"])
def test_iso20_chains_validate(tmp_path: Path, algorithm: pnc_pki.Algorithm) -> None:
    """-20 contract chains: ECDSA secp521r1 and Ed448 (which cryptography's own verifier
    refuses, hence pyhanko-certvalidator)."""
    pki = pnc_pki.generate(algorithm)
    issued = pki.issue_contract(EMAID)
    store = _store(tmp_path, pki)
    c = store.install(EMAID, _chain(pki, EMAID), pnc_pki.key_pkcs8(issued))
    assert store.load(EMAID).certificate == c.certificate


def test_path_rules_are_enforced(pki: pnc_pki.PncPki) -> None:
    """No leaf acting as a CA, no sub-CA below a pathlen-0 sub-CA, no foreign issuer."""
    import datetime as dt

    from evcc_agent.iso15118.pnc.store import validate_chain
    from evcc_agent.sim.pki import _cert, _new_key

    now = dt.datetime.now(dt.UTC)
    roots = [pki.mo_root.cert]
    leaf = pki.issue_contract(EMAID)
    below_leaf = _cert(
        "DEABCC123ABC59", _new_key("secp256r1"), leaf.cert, leaf.key, False, None, "MO"
    )
    with pytest.raises(PncCertificateError):
        validate_chain(below_leaf, [leaf.cert, *_chain(pki, EMAID)[1:]], roots, now)
    sub2 = pki.mo_subs[1]
    k3 = _new_key("secp256r1")
    sub3 = _cert("MOSubCA3", k3, sub2.cert, sub2.key, True, 0, "MO")
    leaf3 = _cert("DEABCC123ABC61", _new_key("secp256r1"), sub3, k3, False, None, "MO")
    with pytest.raises(PncCertificateError):
        validate_chain(leaf3, [sub3, sub2.cert, pki.mo_subs[0].cert], roots, now)
    with pytest.raises(PncCertificateError, match="no trust anchors"):
        validate_chain(leaf.cert, _chain(pki, EMAID)[1:], [], now)
