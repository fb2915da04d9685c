"""The signed messages among the shared vectors (signers that are not us), checked with our
xmldsig code: every Reference digest recomputed, every SignatureValue verified where the
signer's certificate travels in the message (or, -2 AuthorizationReq, in the same session's
PaymentDetailsReq). Used by tests/test_pnc_xmldsig.py and benchmarks/pnc_crypto.py."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from evcc_agent.iso15118.pnc import PncSignatureError
from evcc_agent.iso15118.pnc import xmldsig as xd

FILES = {"exi-iso2.jsonl": "iso2", "exi-iso20-common.jsonl": "iso20-common"}


@dataclass
class Outcome:
    record: str  # file:line message lineage
    digests: int  # references checked
    digests_ok: int
    signature: bool | None  # None: no certificate to check it with
    note: str = ""


def _cert_key(b64: str) -> Any:
    try:
        return x509.load_der_x509_certificate(base64.b64decode(b64)).public_key()
    except ValueError:
        return None  # a placeholder, not a certificate (synthetic test vectors)


def check(shared: Path) -> list[Outcome]:
    out: list[Outcome] = []
    for fname, ns in FILES.items():
        recs = [json.loads(line) for line in (shared / "vectors" / fname).open()]
        # -2: the contract certificate of a session travels in its PaymentDetailsReq
        contract: dict[str, str] = {}
        for r in recs:
            if r["message"] == "PaymentDetailsReq":
                body = r["decoded"]["V2G_Message"]["Body"]["PaymentDetailsReq"]
                contract[r["source"]] = body["ContractSignatureCertChain"]["Certificate"]
        for i, r in enumerate(recs, 1):
            if "DigestValue" not in json.dumps(r["decoded"]):
                continue
            root, msg = next(iter(r["decoded"].items()))
            if ns == "iso2":
                body = msg["Body"]
            else:
                body = {root: {k: v for k, v in msg.items() if k != "Header"}}
            sig = msg["Header"]["Signature"]
            si = sig["SignedInfo"]
            els = xd.find_signed_elements(body)
            o = Outcome(f"{fname}:{i} {r['message']} ({r['lineage']})", 0, 0, None)
            for ref in si["Reference"]:
                o.digests += 1
                target = els.get(ref["URI"][1:])
                if target is None:
                    o.note = f"Reference {ref['URI']} names no element (the body has no Id)"
                    continue
                got = xd.reference_digest(ns, *target, ref["DigestMethod"]["Algorithm"])
                if got == base64.b64decode(ref["DigestValue"]):
                    o.digests_ok += 1
            cert = None
            if r["message"] == "CertificateInstallationReq":
                cert = body["CertificateInstallationReq"]["OEMProvisioningCert"]
            elif ns == "iso20-common" and "PnC_AReqAuthorizationMode" in msg:
                cert = msg["PnC_AReqAuthorizationMode"]["ContractCertificateChain"]["Certificate"]
            elif ns == "iso2" and r["message"] == "AuthorizationReq":
                cert = contract.get(r["source"])
            key = _cert_key(cert) if cert is not None else None
            if key is not None:
                try:
                    xd.verify(ns, sig, els, key)
                    o.signature = True
                except PncSignatureError as e:
                    o.signature = False
                    o.note = str(e)
            elif not o.note:
                o.note = "no signer certificate in the vectors for this session"
            elif cert is not None:
                o.note += "; the session's certificate is a placeholder"
            out.append(o)
    return out
