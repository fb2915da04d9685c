"""Behaviour of the EXI codec API: round trips, typed errors, CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evcc_agent.iso15118 import exi

HEADER = {"SessionID": "0000000000000000", "TimeStamp": 1700000000}
SESSION_SETUP = {"SessionSetupReq": {"Header": HEADER, "EVCCID": "EVCCID1234567"}}
SAP_RES = {"supportedAppProtocolRes": {"ResponseCode": "OK_SuccessfulNegotiation", "SchemaID": 1}}


def test_known_streams_roundtrip() -> None:
    assert exi.encode("appprotocol", SAP_RES).hex() == "80400040"
    data = exi.encode("iso20-common", SESSION_SETUP)
    assert data.hex() == "808c040000000000000000080e2cfaa06207a2ab21a1a4a21899199a1a9b1b80"
    assert exi.decode("iso20-common", data) == SESSION_SETUP
    # namespace URIs are accepted as well
    assert exi.decode("urn:iso:std:iso:15118:-20:CommonMessages", data) == SESSION_SETUP


@pytest.mark.parametrize(
    ("msg", "needle"),
    [
        ({"SessionSetupReq": {"Header": HEADER}}, "missing required"),
        ({"SessionSetupReq": {"Header": HEADER, "EVCCID": "x", "Bogus": 1}}, "unknown element"),
        ({"SessionSetupReq": {"Header": HEADER, "EVCCID": "x" * 300}}, "too long"),
        ({"SessionSetupReq": {"Header": {**HEADER, "TimeStamp": -1}, "EVCCID": "x"}}, "range"),
        ({"SessionSetupReq": {"Header": {**HEADER, "SessionID": "zz"}, "EVCCID": "x"}}, "hex"),
        ({"NoSuchMessage": {}}, "unknown root"),
        ({"SessionSetupReq": []}, "expected an object"),
        ("not a dict", "exactly one root"),
    ],
)
def test_encode_errors_are_typed(msg: object, needle: str) -> None:
    with pytest.raises(exi.ExiEncodeError) as ei:
        exi.encode("iso20-common", msg)  # type: ignore[arg-type]
    assert needle in str(ei.value)
    assert ei.value.path is not None


def test_array_too_long() -> None:
    proto = {
        "ProtocolNamespace": "urn:x",
        "VersionNumberMajor": 1,
        "VersionNumberMinor": 0,
        "SchemaID": 1,
        "Priority": 1,
    }
    with pytest.raises(exi.ExiEncodeError, match=r"too many|not allowed"):
        exi.encode("appprotocol", {"supportedAppProtocolReq": {"AppProtocol": [proto] * 21}})
    assert exi.encode("appprotocol", {"supportedAppProtocolReq": {"AppProtocol": [proto] * 20}})


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00", b"\x80", b"\x81\x00", bytes.fromhex("808c04"), b"\x80" + b"\xff" * 3],
)
def test_decode_errors_are_typed(data: bytes) -> None:
    with pytest.raises(exi.ExiDecodeError) as ei:
        exi.decode("iso20-common", data)
    assert ei.value.bit_position >= 0


def test_unknown_namespace() -> None:
    with pytest.raises(exi.ExiDecodeError):
        exi.decode("nope", b"\x80")
    with pytest.raises(exi.ExiEncodeError):
        exi.encode("nope", SAP_RES)


def test_cli_roundtrip(tmp_path: object) -> None:
    enc = subprocess.run(
        [
            sys.executable,
            "-m",
            "evcc_agent",
            "exi",
            "encode",
            "--ns",
            "appprotocol",
            json.dumps(SAP_RES),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert enc.stdout.strip() == "80400040"
    dec = subprocess.run(
        [sys.executable, "-m", "evcc_agent", "exi", "decode", "--ns", "appprotocol", "80400040"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(dec.stdout) == SAP_RES
    bad = subprocess.run(
        [sys.executable, "-m", "evcc_agent", "exi", "decode", "--ns", "iso20-dc", "8040"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "ExiDecodeError" in bad.stderr


def test_preload_compiles_fast_path() -> None:
    exi.preload("appprotocol", "iso20-dc")
    g = exi._grammars("appprotocol", exi.ExiDecodeError)
    assert all(gid in g.dec_fast for _q, gid in g.roots if gid in g._src)


def test_fragment_roundtrip_signed_info() -> None:
    signed_info = {
        "SignedInfo": {
            "CanonicalizationMethod": {"Algorithm": "http://www.w3.org/TR/canonical-exi/"},
            "SignatureMethod": {"Algorithm": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"},
            "Reference": [
                {
                    "URI": "#id1",
                    "Transforms": {
                        "Transform": [{"Algorithm": "http://www.w3.org/TR/canonical-exi/"}]
                    },
                    "DigestMethod": {"Algorithm": "http://www.w3.org/2001/04/xmlenc#sha256"},
                    "DigestValue": "sg7CiUGCXh+y1rlWym7iEghJIJvpsH98RTGGtYDXxv8=",
                }
            ],
        }
    }
    data = exi.encode("xmldsig", signed_info, fragment=True)
    assert exi.decode("xmldsig", data, fragment=True) == signed_info
    with pytest.raises(exi.ExiDecodeError):
        exi.decode("xmldsig", data, fragment=False)  # a fragment is not a document


def test_bytes_after_the_end() -> None:
    data = exi.encode("appprotocol", SAP_RES)
    # padding bits of the last byte and whole zero bytes are tolerated
    assert exi.decode("appprotocol", data[:-1] + bytes([data[-1] | 0x07]) + b"\0") == SAP_RES
    with pytest.raises(exi.ExiDecodeError, match="non-zero bytes"):
        exi.decode("appprotocol", data + b"\x00\x17")


def test_empty_string_as_second_level_end_element() -> None:
    """EXIficient writes <EVCCID></EVCCID> as EE on the second level (1 + 000)."""
    literal = exi.encode("iso20-common", {"SessionSetupReq": {"Header": HEADER, "EVCCID": ""}})
    bits = "".join(f"{b:08b}" for b in literal)
    # the EVCCID content: CH (0), length 0 + 2 as one octet, EE (0) -> replace by 1 000
    i = bits.rindex("0" + "00000010" + "0")
    alt = bits[:i] + "1000" + bits[i + 10 :]
    alt += "0" * (-len(alt) % 8)
    data = int(alt, 2).to_bytes(len(alt) // 8, "big")
    assert exi.decode("iso20-common", data) == {"SessionSetupReq": {"Header": HEADER, "EVCCID": ""}}


def test_missing_required_element_as_second_level_end_element() -> None:
    """A required element left out, written as second-level EE (escape 1, then 00)."""
    full = exi.encode("iso20-common", {"SessionSetupReq": {"Header": HEADER, "EVCCID": ""}})
    bits = "".join(f"{b:08b}" for b in full)
    # after Header: SE(EVCCID) (code 0 of 1 -> 1 bit), CH, len 2, EE; then EE of the root
    i = bits.rindex("0" + "0" + "00000010" + "0")
    alt = bits[:i] + "1" + "00"
    alt += "0" * (-len(alt) % 8)
    data = int(alt, 2).to_bytes(len(alt) // 8, "big")
    assert exi.decode("iso20-common", data) == {"SessionSetupReq": {"Header": HEADER}}
    # the encoder still refuses the incomplete message
    with pytest.raises(exi.ExiEncodeError, match="missing required"):
        exi.encode("iso20-common", {"SessionSetupReq": {"Header": HEADER}})


def test_binary_values_may_be_bytes() -> None:
    as_bytes = {"SessionSetupReq": {"Header": {**HEADER, "SessionID": bytes(8)}, "EVCCID": "x"}}
    as_hex = {"SessionSetupReq": {"Header": HEADER, "EVCCID": "x"}}
    assert exi.encode("iso20-common", as_bytes) == exi.encode("iso20-common", as_hex)


def test_fragment_form_is_found_without_the_flag(shared_dir: object) -> None:
    """Vectors name only the namespace: signed parts must decode without fragment=True."""
    from pathlib import Path

    path = Path(str(shared_dir)) / "vectors" / "exi-xmldsig-fragment.jsonl"
    rec = json.loads(path.read_text().splitlines()[0])
    data = bytes.fromhex(rec["exi"])
    assert exi.decode(rec["ns"], data) == rec["decoded"]
    assert exi.encode(rec["ns"], rec["decoded"]) == data
    pnc = {
        "PnC_AReqAuthorizationMode": {
            "Id": "id1",
            "GenChallenge": "AAAAAAAAAAAAAAAAAAAAAA==",
            "ContractCertificateChain": {
                "Certificate": "AAAA",
                "SubCertificates": {"Certificate": ["AAAA"]},
            },
        }
    }
    frag = exi.encode("iso20-common", pnc)
    assert frag == exi.encode("iso20-common", pnc, fragment=True)
    assert exi.decode("iso20-common", frag) == pnc
    with pytest.raises(exi.ExiDecodeError):
        exi.decode("iso20-common", frag, fragment=False)


def test_iso2_emaid_fragment_uses_the_signable_type() -> None:
    """-2 declares eMAID twice (EMAIDType with Id, signed in CertificateInstallationRes;
    PaymentDetailsReq's plain eMAIDType): the fragment entry (code 236 of 243, 8 bits, ED 244)
    takes the type with Id, as cbexigen does; a plain string value is refused."""
    frag = {"eMAID": {"Id": "id4", "value": "DE1A2B3C4D5E6F7"}}
    data = exi.encode("iso2", frag, fragment=True)
    assert data[:2] == bytes([0x80, 236])
    assert exi.decode("iso2", data, fragment=True) == frag
    with pytest.raises(exi.ExiEncodeError):
        exi.encode("iso2", {"eMAID": "DE1A2B3C4D5E6F7"}, fragment=True)


def test_iso2_emaid_relaxed_fragment_layout() -> None:
    """The relaxed ElementFragment form (EXIficient's): 8-bit entry 236, then 9-bit codes in
    ElementFragment 0 (10 schema attributes, AT(*), 243 SE, SE(*), EE, CH), AT(Id) at 4 with
    its string, CH at 256 with the text, 8-bit EE (244) in ElementFragment 1, ED (244)."""
    assert exi.has_relaxed_fragment("iso2", "eMAID")
    assert not exi.has_relaxed_fragment("iso2", "AuthorizationReq")
    data = exi.encode_relaxed_fragment("iso2", {"eMAID": {"Id": "id4", "value": "DE1"}})
    bits = bin(int.from_bytes(data, "big"))[2:].zfill(len(data) * 8)
    fields = [8, 8, 9, 8, 8, 8, 8, 9, 8, 8, 8, 8, 8, 8]
    vals, p = [], 0
    for n in fields:
        vals.append(int(bits[p : p + n], 2))
        p += n
    assert vals == [0x80, 236, 4, 5, *b"id4", 256, 5, *b"DE1", 244, 244]
    assert set(bits[p:]) <= {"0"} and len(bits) - p < 8
    with pytest.raises(exi.ExiEncodeError):
        exi.encode_relaxed_fragment("iso2", {"eMAID": {"Id": "id4", "Bogus": "x", "value": "D"}})


def test_x509_serial_numbers_of_20_octets_round_trip() -> None:
    """RFC 5280 allows 20-octet certificate serial numbers (159 bits when positive): the
    -2 ListOfRootCertificateIDs carries them as xs:integer; both paths decode them."""
    serial = (1 << 159) - 12345
    msg = {
        "V2G_Message": {
            "Header": {"SessionID": "0102030405060708"},
            "Body": {
                "CertificateInstallationReq": {
                    "Id": "id1",
                    "OEMProvisioningCert": "MIIBAg==",
                    "ListOfRootCertificateIDs": {
                        "RootCertificateID": [
                            {"X509IssuerName": "CN=V2GRootCA", "X509SerialNumber": serial}
                        ]
                    },
                }
            },
        }
    }
    data = exi.encode("iso2", msg)
    assert exi.decode("iso2", data) == msg
    from evcc_agent.iso15118.exi import runtime

    assert runtime.decode_body(exi._grammars("iso2", exi.ExiDecodeError), data) == msg
