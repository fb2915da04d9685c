"""SLAC frame codec: the real captures in ../shared/vectors/slac-frames.json, quirks, bad input
(that importing SLAC leaves scapy unloaded: test_smoke.py)."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evcc_agent.iso15118 import slac_frames as sf

#: capture's scapy layer name -> our message class
LAYER_TO_CLASS: dict[str, type] = {
    "CM_SLAC_PARM_REQ": sf.ParmReq,
    "CM_SLAC_PARM_CNF": sf.ParmCnf,
    "CM_START_ATTEN_CHAR_IND": sf.StartAttenCharInd,
    "CM_MNBC_SOUND_IND": sf.MnbcSoundInd,
    "CM_ATTEN_CHAR_IND": sf.AttenCharInd,
    "CM_ATTEN_CHAR_RSP": sf.AttenCharRsp,
    "CM_SLAC_MATCH_REQ": sf.SlacMatchReq,
    "CM_SLAC_MATCH_CNF": sf.SlacMatchCnf,
    "CM_SET_KEY_REQ": sf.SetKeyReq,
    "CM_SET_KEY_CNF": sf.SetKeyCnf,
    "CM_ATTENUATION_CHARACTERISTICS_MME": sf.AttenProfileInd,
    "Raw": sf.UnknownMme,
}

MULTI = "ISO-2_DC_multi_EVSE_SLAC_DS5366_Josev.pcapng"
DEHNER = "2022-11-17_Dehner_Alpitronic_until_SdpRequest.pcapng"
EV, EVSE = "02:00:00:00:00:01", "02:00:00:00:00:02"


@pytest.fixture(scope="module")
def records(shared_dir: Path) -> list[dict]:
    path = shared_dir / "vectors" / "slac-frames.json"
    if not path.exists():
        pytest.skip("slac-frames.json not present")
    return json.loads(path.read_text())


def frames_of(records: list[dict], file: str) -> list[tuple[dict, sf.SlacFrame]]:
    return [(r, sf.decode(bytes.fromhex(r["frame_hex"]))) for r in records if r["file"] == file]


def test_slac_every_captured_frame_parses_and_reencodes(records):
    assert len(records) > 400
    for r in records:
        raw = bytes.fromhex(r["frame_hex"])
        frame = sf.decode(raw)
        assert isinstance(frame.message, LAYER_TO_CLASS[r["scapy_layer"]]), r
        assert frame.src == r["src"] and frame.dst == r["dst"]
        if not isinstance(frame.message, sf.UnknownMme):
            assert sf.MMTYPE_OF[type(frame.message)] == int(r["mmtype"], 16)
        again = sf.encode(frame)
        # byte-identical apart from the zero padding (a switch padded some tagged frames to 60)
        assert again.rstrip(b"\0") == raw.rstrip(b"\0"), r
        assert len(again) >= 60


def test_slac_capture_multi_evse_field_values(records):
    frames = frames_of(records, MULTI)
    ev = "a0:ce:c8:ca:5f:a2"
    run_id = bytes.fromhex("1923deb200c6bda0")
    # the test system puts its two EVSEs on VLANs 1 and 2; the EV sends everything on both
    assert {f.vlan for _, f in frames} == {1, 2}
    cnfs = [f for _, f in frames if isinstance(f.message, sf.ParmCnf)]
    assert {f.src for f in cnfs} == {"64:4d:70:01:06:10", "64:4d:70:01:06:0e"}
    for f in cnfs:
        m = f.message
        assert (m.num_sounds, m.timeout_100ms, m.response_type) == (10, 6, 1)
        assert m.msound_target == sf.BROADCAST and m.forwarding_sta == ev and m.run_id == run_id
    starts = [f.message for _, f in frames if isinstance(f.message, sf.StartAttenCharInd)]
    assert len(starts) == 6 and all(s.num_sounds == 10 and s.timeout_100ms == 6 for s in starts)
    sounds = [
        f.message for _, f in frames if isinstance(f.message, sf.MnbcSoundInd) and f.vlan == 1
    ]
    assert [s.countdown for s in sounds] == list(range(9, -1, -1))
    inds = {f.src: f.message for _, f in frames if isinstance(f.message, sf.AttenCharInd)}
    assert all(len(m.attenuation_db) == 58 and m.num_sounds == 10 for m in inds.values())
    assert inds["64:4d:70:01:06:0e"].average_db == pytest.approx(25.78, abs=0.01)
    assert inds["64:4d:70:01:06:10"].average_db == pytest.approx(31.28, abs=0.01)
    # the real EV matched the EVSE with the lower average attenuation, as our core does
    (match,) = {f.dst for _, f in frames if isinstance(f.message, sf.SlacMatchReq)}
    assert match == min(inds, key=lambda m: inds[m].average_db)
    cnf = next(f.message for _, f in frames if isinstance(f.message, sf.SlacMatchCnf))
    assert cnf.nid == bytes.fromhex("65689c4e48b301")
    assert cnf.nmk == bytes.fromhex("a0a38cd0a5fa61b6516434e3d9732abb")
    assert cnf.run_id == run_id and cnf.ev_mac == ev and cnf.evse_mac == match


def test_slac_capture_set_key_matches_slac_match_cnf(records):
    frames = frames_of(records, DEHNER)
    cnf = next(f.message for _, f in frames if isinstance(f.message, sf.SlacMatchCnf))
    req_frame = next(f for _, f in frames if isinstance(f.message, sf.SetKeyReq))
    req = req_frame.message
    assert req_frame.dst == sf.BROADCAST  # the EV addressed its local modem by broadcast
    assert (req.nid, req.nmk) == (cnf.nid, cnf.nmk)
    assert (req.key_type, req.pid, req.prn, req.pmn, req.new_eks) == (1, 4, 0, 0, 1)
    assert req.my_nonce == 0xAAAAAAAA and req.your_nonce == 0
    set_cnf = next(f.message for _, f in frames if isinstance(f.message, sf.SetKeyCnf))
    # the QCA modem says "1" and the session carried on to SDP: 1 is success there
    assert set_cnf.result == 1 and set_cnf.result in sf.SET_KEY_RESULTS_OK
    assert set_cnf.your_nonce == req.my_nonce and set_cnf.pmn == 0xFF
    parm = next(f.message for _, f in frames if isinstance(f.message, sf.ParmReq))
    # this EV derived its RunID from its MAC, zero-padded (RunIDs are not always random)
    assert parm.run_id == bytes.fromhex("dc0ea11167080000")


def test_slac_capture_runids_consistent_per_session(records):
    by_file: dict[str, list[sf.SlacFrame]] = defaultdict(list)
    for r in records:
        by_file[r["file"]].append(sf.decode(bytes.fromhex(r["frame_hex"])))
    for file, frames in by_file.items():
        reqs = [f for f in frames if isinstance(f.message, sf.SlacMatchReq)]
        for req in reqs:
            cnfs = [
                f.message
                for f in frames
                if isinstance(f.message, sf.SlacMatchCnf) and f.message.run_id == req.message.run_id
            ]
            assert cnfs, file
            assert all(c.evse_mac == req.message.evse_mac for c in cnfs)


def test_slac_set_key_run_number_is_little_endian_on_the_wire():
    frame = sf.SlacFrame(
        dst=sf.BROADCAST,
        src="02:00:00:00:00:01",
        message=sf.SetKeyReq(nid=b"\x01" * 7, nmk=b"\x02" * 16, my_nonce=0xAAAAAAAA, prn=0x1234),
    )
    raw = sf.encode(frame)
    # 14 Ethernet + 5 MME header, then KeyType 1, MyNonce 4, YourNonce 4, PID 1, PRN 2
    assert raw[19 + 10 : 19 + 12] == b"\x34\x12"
    assert sf.decode(raw).message == frame.message


def test_slac_frames_are_padded_to_ethernet_minimum():
    frame = sf.SlacFrame(sf.BROADCAST, "02:00:00:00:00:01", sf.ParmReq(b"12345678"))
    assert len(sf.encode(frame)) == 60
    tagged = sf.SlacFrame(sf.BROADCAST, "02:00:00:00:00:01", sf.ParmReq(b"12345678"), vlan=5)
    raw = sf.encode(tagged)
    assert len(raw) == 64 and sf.decode(raw).vlan == 5


def test_slac_encode_rejects_bad_run_id():
    with pytest.raises(ValueError):
        sf.encode(sf.SlacFrame(sf.BROADCAST, "02:00:00:00:00:01", sf.ParmReq(b"short")))


def _good_atten_ind() -> bytes:
    msg = sf.AttenCharInd(
        run_id=b"R" * 8, source_address="02:00:00:00:00:01", num_sounds=10, attenuation_db=(9,) * 58
    )
    return sf.encode(sf.SlacFrame("02:00:00:00:00:01", "02:00:00:00:00:02", msg))


@pytest.mark.parametrize(
    "mutate, what",
    [
        (lambda b: b[:10], "too short"),
        (lambda b: b[:14] + b"\x01", "truncated"),
        (lambda b: b[:12] + b"\x08\x00" + b[14:], "EtherType"),
        (lambda b: b[:14] + b"\x00" + b[15:], "version"),
        (lambda b: b[:17] + b"\x01\x00" + b[19:], "fragmented"),
        (lambda b: b[: 19 + 52 + 20], "groups"),
        (lambda b: b[: 19 + 30], "payload"),
    ],
)
def test_slac_malformed_frames_raise_typed_error(mutate, what):
    with pytest.raises(sf.SlacFrameError, match=what):
        sf.decode(mutate(_good_atten_ind()))


def test_slac_match_req_with_bad_variable_length_is_malformed():
    msg = sf.SlacMatchReq(run_id=b"R" * 8, ev_mac="02:00:00:00:00:01", evse_mac="02:00:00:00:00:02")
    raw = bytearray(sf.encode(sf.SlacFrame("02:00:00:00:00:02", "02:00:00:00:00:01", msg)))
    raw[19 + 2] = 0x10
    with pytest.raises(sf.SlacFrameError, match="MVFLength"):
        sf.decode(bytes(raw))


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=0, max_size=140), st.sampled_from([int(m) for m in sf.MMType]))
def test_slac_decode_never_crashes_on_garbage(body, mmtype):
    raw = bytes(12) + b"\x88\xe1\x01" + mmtype.to_bytes(2, "little") + b"\0\0" + body
    try:
        frame = sf.decode(raw)
    except sf.SlacFrameError:
        return
    assert frame.message is not None


# -- every message type: tables against the standard, round trips, bad input ---------------------

#: fixed payload bytes per MMTYPE after the 5-byte MME header (HomePlug GreenPHY / ISO 15118-3)
STANDARD_SIZES = {
    sf.ParmReq: 10,
    sf.ParmCnf: 25,
    sf.StartAttenCharInd: 19,
    sf.MnbcSoundInd: 52,
    sf.AttenCharInd: 52,
    sf.AttenCharRsp: 51,
    sf.SlacMatchReq: 66,
    sf.SlacMatchCnf: 90,
    sf.SetKeyReq: 38,
    sf.SetKeyCnf: 14,
    sf.AttenProfileInd: 8,
}
#: bytes fields of exactly this length round-trip unchanged (shorter ones are zero-padded)
BYTES_LEN = {"run_id": 8, "nid": 7, "nmk": 16, "random_value": 16}
INT_BITS = {"my_nonce": 32, "your_nonce": 32, "prn": 16}

macs = st.binary(min_size=6, max_size=6).map(lambda b: b.hex(":"))


def _value(name: str, annotation: str) -> st.SearchStrategy:
    if annotation == "str":
        return macs
    if annotation == "bytes":
        n = BYTES_LEN.get(name, 17)
        return st.binary(min_size=n, max_size=n)
    if annotation.startswith("tuple"):
        return st.lists(st.integers(0, 255), max_size=100).map(tuple)
    return st.integers(0, (1 << INT_BITS.get(name, 8)) - 1)


def _messages(cls: type) -> st.SearchStrategy:
    kw = {f.name: _value(f.name, str(f.type)) for f in dataclasses.fields(cls)}
    return st.builds(cls, **kw)


frames = st.builds(
    sf.SlacFrame,
    dst=macs,
    src=macs,
    message=st.sampled_from(list(STANDARD_SIZES)).flatmap(_messages),
    vlan=st.none() | st.integers(0, 4095),
)


def test_slac_tables_cover_every_type_with_the_standard_sizes():
    assert set(sf.LAYOUTS) == set(STANDARD_SIZES) == set(sf.MMTYPE_OF)
    assert {cls: layout.size for cls, layout in sf.LAYOUTS.items()} == STANDARD_SIZES
    assert {int(layout.mmtype) for layout in sf.LAYOUTS.values()} == {int(m) for m in sf.MMType}
    for cls, layout in sf.LAYOUTS.items():
        carried = {f.attr for f in layout.fields} | {layout.array}
        assert carried - {None} == {f.name for f in dataclasses.fields(cls)}, cls


@settings(max_examples=400, deadline=None)
@given(frames)
def test_slac_every_message_type_round_trips(frame):
    raw = sf.encode(frame)
    assert len(raw) >= (60 if frame.vlan is None else 64)
    assert sf.decode(raw) == frame


@settings(max_examples=300, deadline=None)
@given(frames, st.data())
def test_slac_truncated_frames_raise_typed_error_or_lose_only_padding(frame, data):
    raw = sf.encode(frame)
    cut = data.draw(st.integers(0, len(raw) - 1))
    try:
        again = sf.decode(raw[:cut])
    except sf.SlacFrameError:
        return
    assert again == frame  # only the zero padding was cut


@settings(max_examples=300, deadline=None)
@given(frames, st.data())
def test_slac_garbled_frames_raise_typed_error_or_decode_to_something_encodable(frame, data):
    raw = bytearray(sf.encode(frame))
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        again = sf.decode(bytes(raw))
    except sf.SlacFrameError:
        return
    assert sf.decode(sf.encode(again)) == again


def test_slac_short_ids_are_zero_padded_and_long_ones_rejected():
    msg = sf.SlacMatchReq(run_id=b"R" * 8, ev_mac=EV, evse_mac=EVSE, ev_id=b"EV")
    assert sf.decode(sf.encode(sf.SlacFrame(EVSE, EV, msg))).message.ev_id == b"EV" + bytes(15)
    with pytest.raises(ValueError, match="ev_id"):
        sf.encode(sf.SlacFrame(EVSE, EV, dataclasses.replace(msg, ev_id=bytes(18))))


@pytest.mark.parametrize(
    "frame",
    [
        sf.SlacFrame(EVSE, "02:00:00:00:00", sf.ParmReq(b"R" * 8)),
        sf.SlacFrame(EVSE, EV, sf.ParmCnf(b"R" * 8, "zz:00:00:00:00:01")),
        sf.SlacFrame(EVSE, EV, sf.MnbcSoundInd(b"R" * 8, countdown=256)),
        sf.SlacFrame(EVSE, EV, sf.SetKeyReq(bytes(7), bytes(16), my_nonce=-1)),
        sf.SlacFrame(EVSE, EV, sf.SetKeyCnf(0, 0, 0, prn=0x10000)),
        sf.SlacFrame(EVSE, EV, sf.AttenProfileInd(EV, (1,) * 256)),
        sf.SlacFrame(EVSE, EV, sf.AttenProfileInd(EV, (300,))),
        sf.SlacFrame(EVSE, EV, sf.ParmReq(b"R" * 8), vlan=4096),
        sf.SlacFrame(EVSE, EV, sf.UnknownMme(0x10000, b"")),
    ],
)
def test_slac_encode_rejects_values_that_do_not_fit(frame):
    with pytest.raises(ValueError):
        sf.encode(frame)


# -- scapy's HomePlug GreenPHY layers as an independent reading of the same bytes ---------------

#: our attribute -> scapy's field name(s) for it
SCAPY_NAMES = {
    "application_type": ("ApplicationType",),
    "security_type": ("SecurityType",),
    "run_id": ("RunID",),
    "forwarding_sta": ("ForwardingSTA",),
    "msound_target": ("MSoundTargetMAC",),
    "num_sounds": ("NumberMSounds", "NumberOfSounds"),
    "timeout_100ms": ("TimeOut",),
    "response_type": ("ResponseType",),
    "countdown": ("Countdown",),
    "random_value": ("RandomValue",),
    "sender_id": ("SenderID",),
    "source_address": ("SourceAdress",),
    "source_id": ("SourceID",),
    "response_id": ("ResponseID",),
    "result": ("Result",),
    "ev_id": ("EVID",),
    "ev_mac": ("EVMAC", "EVMACAddress"),
    "evse_id": ("EVSEID",),
    "evse_mac": ("EVSEMAC",),
    "nid": ("NetworkID",),
    "nmk": ("NMK", "NewKey"),
    "my_nonce": ("MyNonce",),
    "your_nonce": ("YourNonce",),
    "pid": ("PID",),
    "prn": ("ProtoRunNumber",),
    "pmn": ("ProtoMessNumber",),
    "key_type": ("KeyType",),
    "new_eks": ("NewEncKeySelect",),
    "cco_capability": ("CCoCapability",),
    "attenuation_db": ("Groups",),
}


def _scapy_fields(raw: bytes, layer: str) -> dict:
    import scapy.contrib.homepluggp  # noqa: F401  (binds the SLAC layers)
    from scapy.layers.l2 import Ether

    pkt = Ether(raw).getlayer(layer)
    assert pkt is not None, layer
    values = dict(pkt.fields)
    if "VariableField" in values:
        values.update(values.pop("VariableField").fields)
    return values


def _as_scapy_shows(name: str, value):
    if name == "prn":  # scapy reads this little-endian field as big-endian
        return int.from_bytes(value.to_bytes(2, "little"), "big")
    return value


@settings(max_examples=200, deadline=None)
@given(frames)
def test_slac_scapy_reads_our_frames_the_same(frame):
    msg = frame.message
    layer = next(k for k, v in LAYER_TO_CLASS.items() if v is type(msg))
    theirs = _scapy_fields(sf.encode(frame), layer)
    for f in dataclasses.fields(msg):
        (key,) = [k for k in SCAPY_NAMES[f.name] if k in theirs]
        got = theirs[key]
        if f.name == "attenuation_db":
            got = tuple(g.group for g in got)
        assert got == _as_scapy_shows(f.name, getattr(msg, f.name)), f.name


def test_network_key_is_kept_out_of_repr() -> None:
    """The NMK is the PLC network's secret: a logged frame must not carry it."""
    key = bytes(range(16))
    cnf = sf.SlacMatchCnf(
        run_id=b"\x01" * 8,
        ev_mac="02:00:00:00:00:01",
        evse_mac="02:00:00:00:00:02",
        nid=b"\x04" * 7,
        nmk=key,
    )
    req = sf.SetKeyReq(nid=b"\x04" * 7, nmk=key, my_nonce=1)
    for message in (cnf, req):
        assert key.hex() not in repr(message)
        assert repr(key) not in repr(message)
