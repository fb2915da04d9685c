"""Plug & Charge crypto cost on this machine, and the digest check against the vectors.

- sign: one -2 AuthorizationReq signature (the AuthorizationReq fragment digested, SignedInfo
  encoded, ECDSA P-256) with a file key and with the key in SoftHSM2 (n/a without it);
  also -20 (PnC_AReqAuthorizationMode with a 3-certificate chain, ECDSA P-521, file key);
- verify: the -2 signature, digest recomputed;
- decrypt: a -2 contract key (ECDH with the OEM key, concat KDF, AES-128-CBC), file key;
- the signed messages of ``../shared/vectors`` (``$EVCC_SHARED_DIR``): digests reproduced.

Medians over ``--count`` runs. Last line:
``pnc_crypto: sign_file_ms=… sign_hsm_ms=… verify_ms=… digest_vectors_ok=N/M``.
Run: ``python benchmarks/pnc_crypto.py [--count N]``.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

from evcc_agent.iso15118.pnc import contract_key as ck  # noqa: E402
from evcc_agent.iso15118.pnc import xmldsig as xd  # noqa: E402
from tests.conftest import find_shared_dir  # noqa: E402
from tests.pnc_softhsm import LABEL, PIN, make_token, why_unavailable  # noqa: E402


def _ms(fn: Callable[[], object], count: int) -> float:
    fn()  # warm-up (grammar compilation, token session)
    times = []
    for _ in range(count):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()

    key = ec.generate_private_key(ec.SECP256R1())
    signer = xd.KeySigner(key)
    els = {"id1": ("AuthorizationReq", {"Id": "id1", "GenChallenge": bytes(range(16))})}
    sig = xd.sign("iso2", els, signer, xd.DIGEST_SHA256)
    sign_file = _ms(lambda: xd.sign("iso2", els, signer, xd.DIGEST_SHA256), args.count)
    verify = _ms(lambda: xd.verify("iso2", sig, els, key.public_key()), args.count)

    k521 = ec.generate_private_key(ec.SECP521R1())
    cert = base64.b64encode(bytes(600)).decode()
    mode = {
        "Id": "id1",
        "GenChallenge": bytes(16),
        "ContractCertificateChain": {
            "Certificate": cert,
            "SubCertificates": {"Certificate": [cert, cert]},
        },
    }
    els20 = {"id1": ("PnC_AReqAuthorizationMode", mode)}
    s521 = xd.KeySigner(k521)
    sign_20 = _ms(lambda: xd.sign("iso20-common", els20, s521, xd.DIGEST_SHA512), args.count)

    why = why_unavailable()
    sign_hsm = "n/a"
    if why is None:
        from evcc_agent.iso15118.pnc.token import Token

        module = make_token()
        with Token(module, LABEL, PIN) as tok:
            tok.import_private_key("bench-oem", key, derive=True)
            hsm = tok.signer("bench-oem")
            sign_hsm = f"{_ms(lambda: xd.sign('iso2', els, hsm, xd.DIGEST_SHA256), args.count):.3f}"
            eph = ec.generate_private_key(ec.SECP256R1())
            point = eph.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
            blob = ck.iso2_encrypt(
                ec.generate_private_key(ec.SECP256R1()), eph.exchange(ec.ECDH(), key.public_key())
            )
            dec_hsm = _ms(lambda: ck.iso2_decrypt(blob, tok.ecdh("bench-oem", point)), args.count)
            print(f"decrypt -2 contract key, ECDH in SoftHSM: {dec_hsm:.3f} ms")
    else:
        print(f"SoftHSM: {why}")

    eph = ec.generate_private_key(ec.SECP256R1())
    point = eph.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    blob = ck.iso2_encrypt(
        ec.generate_private_key(ec.SECP256R1()), eph.exchange(ec.ECDH(), key.public_key())
    )
    decrypt = _ms(lambda: ck.iso2_decrypt(blob, ck.ecdh_shared_secret(key, point)), args.count)

    ok = total = 0
    shared = find_shared_dir()
    if shared is not None:
        from tests.pnc_vectors import check

        outcomes = check(shared)
        total = sum(o.digests for o in outcomes)
        ok = sum(o.digests_ok for o in outcomes)
        sigs = [o for o in outcomes if o.signature is not None]
        print(
            f"vectors: {len(outcomes)} signed messages, digests {ok}/{total}, "
            f"signatures verified {sum(bool(o.signature) for o in sigs)}/{len(sigs)} "
            "(where the signer's certificate is in the vectors)"
        )
        for o in outcomes:
            if o.note:
                print(f"  {o.record}: {o.note}")
    print(f"sign -2 AuthorizationReq, file key P-256: {sign_file:.3f} ms")
    print(f"sign -2 AuthorizationReq, SoftHSM P-256: {sign_hsm} ms")
    print(f"sign -20 PnC_AReqAuthorizationMode, file key P-521: {sign_20:.3f} ms")
    print(f"verify -2 AuthorizationReq: {verify:.3f} ms")
    print(f"decrypt -2 contract key, file key: {decrypt:.3f} ms")
    print(
        f"pnc_crypto: sign_file_ms={sign_file:.3f} sign_hsm_ms={sign_hsm} "
        f"verify_ms={verify:.3f} decrypt_ms={decrypt:.3f} digest_vectors_ok={ok}/{total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
