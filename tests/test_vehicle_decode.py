"""DBC loading, the J1939 decoder and the SignalStore (no bus)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import (
    DbcError,
    FrameDecoder,
    build_store,
    load_databases,
    load_dbc,
    pgn_key,
)
from evcc_agent.vehicle.store import SignalStore, UnknownSignalError

DBC_FILES = VehicleConfig().dbc_files


@pytest.fixture(scope="module")
def vdb():
    return load_databases(DBC_FILES)


@pytest.fixture
def decoder(vdb):
    store = build_store(vdb, default_stale_after=3.0)
    return FrameDecoder(vdb, store)


def encode(vdb, message: str, **values: float) -> bytes:
    return bytes(vdb.message(message).encode(values, strict=False))


def test_our_dbcs_are_j1939_29_bit_with_charge_loop_signals(vdb):
    assert all(m.is_extended_frame for m in vdb.messages)
    for name in (
        "BMS_SoC",
        "BMS_MaxChargeVoltage",
        "BMS_MaxChargeCurrent",
        "BMS_MaxChargePower",
        "BMS_TargetVoltage",
        "BMS_TargetCurrent",
        "VCU_TotalDistance",
        "HVAC_AmbientTemp",
        "AGT_TargetSoC",
        "AGT_PrecondDesired",
    ):
        assert vdb.has_signal(name), name
    # J1939 facts from PROTOCOLS.md
    assert vdb.signal("BMS_SoC").scale == 0.0015625
    assert vdb.signal("VCU_TotalDistance").scale == 0.125
    assert vdb.signal("VCU_TotalDistance").start == 32
    assert (vdb.signal("HVAC_AmbientTemp").scale, vdb.signal("HVAC_AmbientTemp").offset) == (
        0.03125,
        -273,
    )
    assert pgn_key(vdb.message("BMS_HVESSD2").frame_id) == 61585
    assert pgn_key(vdb.message("VCU_VD").frame_id) == 65248


def test_decode_with_source_address_masked(decoder, vdb):
    data = encode(vdb, "BMS_HVESSD2", BMS_SoC=55.5, BMS_PackVoltage=650, BMS_PackCurrent=-20)
    other_sa_and_priority = (vdb.message("BMS_HVESSD2").frame_id & ~0x1C0000FF) | 0x42
    assert decoder.feed(other_sa_and_priority, True, data, 1.0)
    assert decoder.store.get("BMS_SoC", 1.0) == pytest.approx(55.5)
    assert decoder.store.get("BMS_PackCurrent", 1.0) == pytest.approx(-20)


def test_source_address_matching_can_be_strict(vdb):
    store = build_store(vdb)
    dec = FrameDecoder(vdb, store, ignore_source_address=False)
    data = encode(vdb, "BMS_HVESSD2", BMS_SoC=10, BMS_PackVoltage=650, BMS_PackCurrent=0)
    assert not dec.feed((vdb.message("BMS_HVESSD2").frame_id & ~0xFF) | 0x42, True, data, 0)
    assert dec.feed(vdb.message("BMS_HVESSD2").frame_id, True, data, 0)


def test_unknown_ids_standard_ids_and_short_frames_are_counted(decoder, vdb):
    fid = vdb.message("BMS_HVESSD2").frame_id
    assert not decoder.feed(0x1ABCDE00, True, bytes(8), 0.0)
    assert not decoder.feed(fid & 0x7FF, False, bytes(8), 0.0)  # 11-bit id, same number
    assert not decoder.feed(fid, True, bytes(3), 0.0)
    assert not decoder.feed(fid, True, b"", 0.0)
    assert decoder.counters() == {"handled": 0, "unknown": 2, "bad_length": 2}
    assert decoder.store.get("BMS_SoC", 0.0) is None


def test_all_ones_is_not_available_and_out_of_range_is_invalid(decoder, vdb):
    fid = vdb.message("BMS_HVESSD2").frame_id
    decoder.feed(fid, True, b"\xff" * 8, 1.0)
    s = decoder.store.sample("BMS_SoC", 1.0)
    assert (s.value, s.reason) == (None, "not_available")
    # raw 0xFA00 * 0.0015625 = 100.0 ok; 0xFB00 -> 100.4 % is outside the DBC range
    decoder.feed(fid, True, bytes([0x00, 0xFA]) + b"\xff" * 6, 2.0)
    assert decoder.store.get("BMS_SoC", 2.0) == pytest.approx(100.0)
    decoder.feed(fid, True, bytes([0x00, 0xFB]) + b"\xff" * 6, 3.0)
    assert decoder.store.get("BMS_SoC", 3.0) is None
    assert decoder.store.slot("BMS_SoC").invalid_count == 1


def test_staleness_per_signal_with_fake_time(vdb):
    store = build_store(vdb, default_stale_after=3.0, overrides={"BMS_HVESSD2": 0.5})
    dec = FrameDecoder(vdb, store)
    data = encode(vdb, "BMS_HVESSHIST", BMS_SoH=94)
    dec.feed(vdb.message("BMS_HVESSHIST").frame_id, True, data, 10.0)
    assert store.get("BMS_SoH", 12.9) == pytest.approx(94, abs=0.4)
    assert store.get("BMS_SoH", 13.01) is None
    assert store.sample("BMS_SoH", 13.01).reason == "stale"
    assert store.slot("BMS_SoC").stale_after == 0.5
    assert store.sample("BMS_SoC", 0).reason == "never_received"


def test_store_rejects_nan_inf_and_non_numbers():
    store = SignalStore(1.0)
    store.declare("x")
    store.update("x", 5.0, 0.0)
    assert store.get("x", 0.5) == 5.0
    for bad in (math.nan, math.inf, -math.inf, "7", True):
        store.update("x", bad, 1.0)  # type: ignore[arg-type]
        assert store.get("x", 1.0) is None
    assert store.slot("x").invalid_count == 5
    with pytest.raises(UnknownSignalError):
        store.get("nope", 0.0)


def test_float_signal_nan_after_scaling_is_not_available(tmp_path: Path):
    """IEEE float signals go through the cantools path; NaN/inf there are invalid."""
    dbc = tmp_path / "f.dbc"
    dbc.write_text(
        'VERSION ""\nNS_ :\nBS_:\nBU_: X\n'
        "BO_ 2566848000 F: 8 X\n"
        ' SG_ Flt : 0|32@1+ (1,0) [0|0] "" X\n'
        ' SG_ Be : 39|16@0+ (0.5,0) [0|1000] "" X\n'
        "SIG_VALTYPE_ 2566848000 Flt : 1;\n"
    )
    vdb = load_databases([dbc])
    store = build_store(vdb)
    dec = FrameDecoder(vdb, store)
    import struct

    fid = vdb.message("F").frame_id
    dec.feed(fid, True, struct.pack("<f", 1.5) + bytes([0x00, 0x10, 0, 0]), 0.0)
    assert store.get("Flt", 0.0) == 1.5
    assert store.get("Be", 0.0) == pytest.approx(0x0010 * 0.5)
    for bad in (math.nan, math.inf):
        dec.feed(fid, True, struct.pack("<f", bad) + bytes(4), 1.0)
        assert store.get("Flt", 1.0) is None


def test_malformed_dbc_names_file_and_line(tmp_path: Path):
    text = Path(DBC_FILES[0]).read_text().splitlines()
    idx = next(i for i, line in enumerate(text) if line.startswith(" SG_ BMS_SoC "))
    text[idx] = text[idx].replace("(0.0015625,0)", "(0.0015625,0")
    bad = tmp_path / "bad.dbc"
    bad.write_text("\n".join(text) + "\n")
    with pytest.raises(DbcError) as ei:
        load_dbc(bad)
    assert ei.value.path == str(bad)
    assert ei.value.line == idx + 1
    assert f"{bad}:{idx + 1}" in str(ei.value)


def test_missing_dbc_and_duplicate_signal_are_errors(tmp_path: Path):
    with pytest.raises(DbcError, match=r"nope\.dbc"):
        load_dbc(tmp_path / "nope.dbc")
    with pytest.raises(DbcError, match="also defined"):
        load_databases([DBC_FILES[0], DBC_FILES[0]])


VDB_ALL = load_databases(DBC_FILES)


@settings(deadline=None)
@given(raw=st.integers(min_value=0, max_value=0xFFFF))
def test_any_raw_soc_is_valid_or_unavailable(raw: int):
    vdb = VDB_ALL
    store = build_store(vdb)
    dec = FrameDecoder(vdb, store)
    dec.feed(vdb.message("BMS_HVESSD2").frame_id, True, raw.to_bytes(2, "little") + bytes(6), 0)
    value = store.get("BMS_SoC", 0)
    if raw == 0xFFFF or raw * 0.0015625 > 100:
        assert value is None
    else:
        assert value == pytest.approx(raw * 0.0015625)


@settings(deadline=None)
@given(data=st.binary(min_size=0, max_size=16), arb=st.integers(0, (1 << 29) - 1))
def test_random_frames_never_crash(data: bytes, arb: int):
    vdb = VDB_ALL
    store = build_store(vdb)
    dec = FrameDecoder(vdb, store)
    dec.feed(arb, True, data, 0.0)
    dec.feed(arb & 0x7FF, False, data, 0.0)
    for name in store:
        v = store.get(name, 0.0)
        assert v is None or math.isfinite(v)


@pytest.mark.parametrize(
    ("old", "new", "signal"),
    [
        (" SG_ BMS_PackVoltage : 16|16", " SG_ BMS_PackVoltage : 8|16", "BMS_PackVoltage"),
        ("BMS_HVESSD2: 8 BMS", "BMS_HVESSD2: 4 BMS", "BMS_PackCurrent"),
    ],
)
def test_semantic_dbc_errors_point_at_the_signal_line(tmp_path: Path, old, new, signal):
    text = Path(DBC_FILES[0]).read_text()
    assert old in text
    bad = tmp_path / "bad.dbc"
    bad.write_text(text.replace(old, new))
    with pytest.raises(DbcError) as ei:
        load_dbc(bad)
    lines = bad.read_text().splitlines()
    assert ei.value.line is not None
    assert lines[ei.value.line - 1].startswith(f" SG_ {signal} ")
