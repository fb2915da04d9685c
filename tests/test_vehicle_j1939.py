"""The J1939 node core (sans-IO): claim, contention, cannot-claim, DM1/BAM, requests; times as numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evcc_agent.dtc import DTC_CATALOG, DtcRegistry
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dm import (
    PGN_DM1,
    PGN_DM2,
    PGN_DM11,
    PROPRIETARY_SPN_FIRST,
    PROPRIETARY_SPN_LAST,
    DmCode,
    DmConfig,
    DmMapper,
    Lamp,
    decode_dm,
    dm_table,
    encode_dm,
)
from evcc_agent.vehicle.j1939 import (
    PGN_ACK,
    PGN_ADDRESS_CLAIMED,
    PGN_REQUEST,
    AddressClaimed,
    AddressLost,
    ClearPreviouslyActive,
    DtcsChanged,
    FrameReceived,
    J1939Node,
    Name,
    Phase,
    RaiseDtc,
    SendApplicationPgn,
    SendFrame,
    Start,
    Tick,
    can_id,
    parse_id,
)

OURS = Name(identity_number=4711, manufacturer_code=0x123, function=130, industry_group=1,
            arbitrary_address_capable=True)  # fmt: skip
LOWER = Name(identity_number=1, manufacturer_code=0x001, industry_group=1)  # wins against OURS
HIGHER = Name(identity_number=9, function=200, industry_group=1, arbitrary_address_capable=True)
APP_PGN = 0xFF4F


def frames(actions, pgn: int | None = None) -> list[SendFrame]:
    out = [a for a in actions if isinstance(a, SendFrame)]
    return out if pgn is None else [f for f in out if parse_id(f.arbitration_id).pgn == pgn]


def claim_from(name: Name, address: int) -> FrameReceived:
    return FrameReceived(can_id(PGN_ADDRESS_CLAIMED, address), name.to_bytes())


def request(pgn: int, *, dest: int = 255, source: int = 0x10) -> FrameReceived:
    return FrameReceived(can_id(PGN_REQUEST, source, dest=dest), pgn.to_bytes(3, "little"))


def claimed_node(address: int = 0x5A, name: Name = OURS) -> J1939Node:
    node = J1939Node(name, address, application_pgns=frozenset({APP_PGN}))
    node.handle(Start(), 0.0)
    node.handle(Tick(), 0.25)
    assert node.phase is Phase.CLAIMED
    return node


def tick_at(node: J1939Node, expected: float):
    """Tick at the node's own deadline, which must be ``expected``."""
    deadline = node.next_deadline()
    assert deadline == pytest.approx(expected)
    return node.handle(Tick(), deadline)


def code(name: str, spn_offset: int, fmi: int = 31, lamp: Lamp = Lamp.AMBER) -> DmCode:
    return DmCode(name, PROPRIETARY_SPN_FIRST + spn_offset, fmi, lamp, 1)


# --- NAME ------------------------------------------------------------------------------------
def test_name_layout_matches_the_independent_can_j1939_implementation():
    j1939 = pytest.importorskip("j1939")
    fields = dict(
        identity_number=1234567,
        manufacturer_code=666,
        ecu_instance=1,
        function_instance=2,
        function=130,
        vehicle_system=17,
        vehicle_system_instance=3,
        industry_group=1,
        arbitrary_address_capable=True,
    )
    theirs = j1939.Name(**{**fields, "arbitrary_address_capable": 1})
    ours = Name(**fields)
    assert ours.value == theirs.value
    assert ours.to_bytes() == bytes(theirs.bytes)
    assert Name.from_value(ours.value) == ours


def test_name_field_out_of_range_is_rejected():
    with pytest.raises(ValueError, match="identity_number"):
        Name(identity_number=1 << 21)


# --- claim -----------------------------------------------------------------------------------
def test_claim_goes_first_and_nothing_else_until_250_ms_pass():
    node = J1939Node(OURS, 0x5A)
    out = node.handle(Start(), 10.0)
    assert out == [SendFrame(0x18EEFF5A, OURS.to_bytes())]
    assert node.address is None and node.next_deadline() == pytest.approx(10.25)
    node.handle(DtcsChanged((code("CAN_BUS_DOWN", 0x101),), ()), 10.1)
    assert node.handle(Tick(), 10.2) == []  # no DM1 while claiming
    assert node.handle(request(PGN_DM1), 10.2) == []
    out = node.handle(Tick(), 10.25)
    assert out[0] == AddressClaimed(0x5A)
    assert [f.arbitration_id for f in frames(out)] == [0x18FECA5A]  # DM1 at once
    assert node.address == 0x5A


def test_request_for_address_claimed_is_answered_global_and_to_us_only():
    node = claimed_node()
    assert frames(node.handle(request(PGN_ADDRESS_CLAIMED), 1.0)) == [
        SendFrame(0x18EEFF5A, OURS.to_bytes())
    ]
    assert len(frames(node.handle(request(PGN_ADDRESS_CLAIMED, dest=0x5A), 1.0))) == 1
    assert node.handle(request(PGN_ADDRESS_CLAIMED, dest=0x33), 1.0) == []
    # a request from the null address (a node that has no address yet) is answered too
    assert len(frames(node.handle(request(PGN_ADDRESS_CLAIMED, source=254), 1.0))) == 1


def test_contention_won_against_a_lower_priority_name():
    node = claimed_node()
    out = node.handle(claim_from(HIGHER, 0x5A), 2.0)
    assert out == [SendFrame(0x18EEFF5A, OURS.to_bytes())]
    assert node.address == 0x5A and node.counters["contentions_won"] == 1


def test_contention_won_while_still_claiming_keeps_the_wait():
    node = J1939Node(OURS, 0x5A)
    node.handle(Start(), 0.0)
    assert len(frames(node.handle(claim_from(HIGHER, 0x5A), 0.1))) == 1
    assert node.handle(Tick(), 0.25)[0] == AddressClaimed(0x5A)


def test_contention_lost_moves_to_a_free_arbitrary_address():
    node = claimed_node()
    node.handle(claim_from(HIGHER, 128), 1.0)  # 128 is someone else's already
    out = node.handle(claim_from(LOWER, 0x5A), 2.0)
    assert out[0] == AddressLost(0x5A, LOWER.value)
    assert out[1] == SendFrame(can_id(PGN_ADDRESS_CLAIMED, 129), OURS.to_bytes())
    assert node.address is None and node.phase is Phase.CLAIMING
    assert node.handle(Tick(), 2.2) == []
    assert node.handle(Tick(), 2.25)[0] == AddressClaimed(129)
    dm1 = frames(node.handle(Tick(), 3.25), PGN_DM1)
    assert dm1 and parse_id(dm1[0].arbitration_id).source == 129


def test_lost_in_the_arbitrary_range_tries_the_next_address_and_wraps():
    node = claimed_node(247)
    out = node.handle(claim_from(LOWER, 247), 1.0)
    assert frames(out)[0].arbitration_id == can_id(PGN_ADDRESS_CLAIMED, 128)


def test_not_arbitrary_address_capable_cannot_claim_and_stays_silent():
    fixed = Name(identity_number=100, manufacturer_code=0x123, industry_group=1)
    node = claimed_node(name=fixed)
    out = node.handle(claim_from(LOWER, 0x5A), 5.0)
    assert out[0] == AddressLost(0x5A, LOWER.value)
    assert isinstance(out[1], RaiseDtc) and out[1].name == "J1939_CANNOT_CLAIM"
    assert "not arbitrary-address capable" in out[1].detail
    assert not frames(out)  # Cannot Claim waits its pseudo-random delay (0..153 ms)
    assert node.next_deadline() == pytest.approx(5.1)  # 100 % 154 ms
    assert frames(node.handle(Tick(), 5.1)) == [
        SendFrame(can_id(PGN_ADDRESS_CLAIMED, 254), fixed.to_bytes())
    ]
    assert node.phase is Phase.CANNOT_CLAIM and node.next_deadline() is None
    # silent: no DM1, no answers, no reaction to DTCs
    assert node.handle(Tick(), 9.0) == []
    assert node.handle(DtcsChanged((code("X", 1),), ()), 9.0) == []
    assert node.handle(request(PGN_DM1), 9.0) == []
    # except Cannot Claim again for a global Request for Address Claimed (after the delay)
    assert node.handle(request(PGN_ADDRESS_CLAIMED), 10.0) == []
    assert len(frames(node.handle(Tick(), 10.1))) == 1
    # a new start (bus reopened) claims again and clears the DTC
    out = node.handle(Start(), 20.0)
    assert [type(a).__name__ for a in out] == ["SendFrame", "ClearDtc"]


def test_arbitrary_capable_but_every_address_taken_cannot_claim():
    node = claimed_node(128)
    for addr in range(129, 248):
        node.handle(claim_from(Name(identity_number=addr, industry_group=1), addr), 0.5)
    out = node.handle(claim_from(Name(identity_number=2, industry_group=0), 128), 1.0)
    raised = [a for a in out if isinstance(a, RaiseDtc)]
    assert raised and "no free address" in raised[0].detail


def test_own_echo_and_other_nodes_cannot_claim_are_ignored():
    node = claimed_node()
    assert node.handle(claim_from(OURS, 0x5A), 1.0) == []
    assert node.handle(claim_from(LOWER, 254), 1.0) == []
    assert node.address == 0x5A


# --- DM1 -------------------------------------------------------------------------------------
def test_dm1_every_second_and_at_once_on_change_with_a_100_ms_floor():
    node = claimed_node()  # DM1 at 0.25
    assert node.next_deadline() == pytest.approx(1.25)
    assert node.handle(Tick(), 1.0) == []
    assert len(frames(node.handle(Tick(), 1.25), PGN_DM1)) == 1
    one = (code("CAN_BUS_DOWN", 0x101, 12),)
    out = node.handle(DtcsChanged(one, ()), 1.3)  # change: not before 1.35
    assert out == [] and node.next_deadline() == pytest.approx(1.35)
    dm1 = frames(node.handle(Tick(), 1.35), PGN_DM1)
    lamps, dtcs = decode_dm(dm1[0].data)
    assert lamps[Lamp.AMBER] and not lamps[Lamp.RED]
    assert [(d.spn, d.fmi) for d in dtcs] == [(PROPRIETARY_SPN_FIRST + 0x101, 12)]
    out = node.handle(DtcsChanged((), ()), 2.0)  # cleared: at once
    lamps, dtcs = decode_dm(frames(out, PGN_DM1)[0].data)
    assert dtcs == [] and not any(lamps.values())
    assert node.next_deadline() == pytest.approx(3.0)
    assert node.handle(DtcsChanged((), ()), 2.5) == []  # no change, no extra DM1


def test_dm1_with_two_dtcs_goes_as_bam_50_ms_apart():
    node = claimed_node()
    two = (code("CAN_BUS_DOWN", 0x101, 12), code("V2G_SDP_FAILED", 0x305))
    out = node.handle(DtcsChanged(two, ()), 0.5)
    cm = frames(out)
    assert [f.arbitration_id for f in cm] == [0x1CECFF5A]
    payload_len = 2 + 4 * 2
    assert cm[0].data == bytes((32, payload_len, 0, 2, 0xFF)) + PGN_DM1.to_bytes(3, "little")
    assert node.handle(Tick(), 0.54) == []
    dt1 = frames(tick_at(node, 0.55))
    dt2 = frames(tick_at(node, 0.6))
    assert [f.arbitration_id for f in dt1 + dt2] == [0x1CEBFF5A, 0x1CEBFF5A]
    assert [f.data[0] for f in dt1 + dt2] == [1, 2]
    payload = (dt1[0].data[1:] + dt2[0].data[1:])[:payload_len]
    assert dt2[0].data[4:] == b"\xff" * 4  # padding
    _, dtcs = decode_dm(payload)
    assert {d.spn for d in dtcs} == {PROPRIETARY_SPN_FIRST + 0x101, PROPRIETARY_SPN_FIRST + 0x305}
    # the next cyclic DM1 (1.5) is a new BAM, not before the gap after the last packet
    assert frames(node.handle(Tick(), 1.5))[0].arbitration_id == 0x1CECFF5A
    assert node.counters["bam_sent"] == 2


def test_requested_dm2_during_a_bam_waits_for_its_end():
    node = claimed_node()
    two = (code("A", 1), code("B", 2))
    prev = (code("C", 3), code("D", 4), code("E", 5))
    node.handle(DtcsChanged(two, prev), 0.5)  # DM1 BAM starts
    assert node.handle(request(PGN_DM2, dest=0x5A), 0.51) == []
    tick_at(node, 0.55)
    tick_at(node, 0.6)  # last DM1 packet
    out = frames(tick_at(node, 0.65))
    assert out[0].data[0] == 32 and out[0].data[5:8] == PGN_DM2.to_bytes(3, "little")
    assert out[0].data[1] == 2 + 4 * 3


# --- requests --------------------------------------------------------------------------------
def test_requests_answered_for_own_pgns_nacked_to_us_ignored_global():
    node = claimed_node()
    node.handle(DtcsChanged((code("A", 1),), (code("B", 2),)), 0.5)
    dm1 = frames(node.handle(request(PGN_DM1, dest=0x5A), 0.6), PGN_DM1)
    assert len(dm1) == 1
    dm2 = frames(node.handle(request(PGN_DM2), 0.6), PGN_DM2)
    _, dtcs = decode_dm(dm2[0].data)
    assert [d.spn for d in dtcs] == [PROPRIETARY_SPN_FIRST + 2]
    assert node.handle(request(APP_PGN), 0.6) == [SendApplicationPgn(APP_PGN)]
    # not ours: a NACK when addressed to us, silence when global or for another node
    nack = frames(node.handle(request(0xFEE5, dest=0x5A, source=0x21), 0.6))
    assert nack == [SendFrame(can_id(PGN_ACK, 0x5A, dest=255),
                              bytes((1, 0xFF, 0xFF, 0xFF, 0x21)) + (0xFEE5).to_bytes(3, "little"))]  # fmt: skip
    assert node.handle(request(0xFEE5), 0.6) == []
    assert node.handle(request(PGN_DM1, dest=0x33), 0.6) == []
    assert node.handle(FrameReceived(can_id(PGN_REQUEST, 0x10, dest=0x5A), b"\x01"), 0.6) == []
    assert node.handle(FrameReceived(can_id(PGN_ADDRESS_CLAIMED, 0x5A), b"\x01\x02"), 0.6) == []
    assert node.counters["malformed"] == 2 and node.address == 0x5A


def test_dm11_clears_the_previously_active_list_and_acks():
    node = claimed_node()
    node.handle(DtcsChanged((code("A", 1),), (code("B", 2),)), 0.5)
    out = node.handle(request(PGN_DM11, dest=0x5A, source=0x21), 0.6)
    assert out[0] == ClearPreviouslyActive(PGN_DM11)
    assert frames(out)[0].data[0] == 0  # positive ACK
    _, dtcs = decode_dm(frames(node.handle(request(PGN_DM2), 0.7), PGN_DM2)[0].data)
    assert dtcs == []
    # B becomes active and then inactive again: previously active once more
    node.handle(DtcsChanged((code("B", 2),), ()), 0.8)
    node.handle(DtcsChanged((), (code("B", 2),)), 2.0)
    _, dtcs = decode_dm(frames(node.handle(request(PGN_DM2), 2.1), PGN_DM2)[0].data)
    assert [d.spn for d in dtcs] == [PROPRIETARY_SPN_FIRST + 2]


# --- DM encoding and mapping -----------------------------------------------------------------
@given(
    st.lists(
        st.tuples(st.integers(0, (1 << 19) - 1), st.integers(0, 31), st.integers(1, 126)),
        max_size=20,
    )
)
def test_dm_payload_roundtrip(entries):
    codes = [DmCode(f"N{i}", spn, fmi, Lamp.RED, oc) for i, (spn, fmi, oc) in enumerate(entries)]
    data = encode_dm(codes)
    assert len(data) == max(8, 2 + 4 * len(codes))
    lamps, dtcs = decode_dm(data)
    kept = [(s, f, o) for s, f, o in entries if (s, f) != (0, 0)]
    assert [(d.spn, d.fmi, d.occurrences) for d in dtcs] == kept
    assert lamps[Lamp.RED] == bool(codes)


def test_every_catalog_dtc_maps_into_the_proprietary_range_uniquely():
    table = dm_table()
    assert len(table) == len(DTC_CATALOG)
    assert all(PROPRIETARY_SPN_FIRST <= c.spn <= PROPRIETARY_SPN_LAST for c in table)
    assert len({c.spn for c in table}) == len(table)
    by = {c.name: c for c in table}
    assert by["CAN_BUS_DOWN"].spn == 520192 + 0x101 and by["CAN_BUS_DOWN"].fmi == 12
    assert by["V2ICP_UNREACHABLE"].lamp is Lamp.NONE


def test_mapping_is_configurable_and_checked():
    cfg = VehicleConfig.model_validate(
        {"j1939": {"dm": {"spn_base": 521000, "overrides": {"CAN_BUS_DOWN": {"fmi": 19, "lamp": "red"}}}}}
    )  # fmt: skip
    by = {c.name: c for c in dm_table(cfg.j1939.dm)}
    assert by["CAN_BUS_DOWN"].fmi == 19 and by["CAN_BUS_DOWN"].lamp is Lamp.RED
    assert by["CAN_SIGNAL_STALE"].spn == 521000 + 0x102
    with pytest.raises(ValueError, match="NOT_A_DTC"):
        DmConfig.model_validate({"overrides": {"NOT_A_DTC": {"fmi": 1}}})
    with pytest.raises(ValueError):
        DmConfig(spn_base=1000)  # not proprietary
    with pytest.raises(ValueError, match="tx_source_address"):
        VehicleConfig(tx_source_address=0x30, j1939={"address": 0x31})
    assert VehicleConfig(tx_source_address=0x30).j1939_address == 0x30  # an older config
    assert VehicleConfig(j1939={"address": 0x31}).j1939_address == 0x31
    assert VehicleConfig().j1939_address == 0x5A


def test_mapper_takes_active_and_previously_active_from_the_registry():
    dtc = DtcRegistry()
    dtc.raise_("CAN_BUS_DOWN", 1.0)
    dtc.raise_("CAN_BUS_DOWN", 2.0)
    dtc.raise_("V2G_SDP_FAILED", 2.0)
    dtc.clear("V2G_SDP_FAILED")
    mapper = DmMapper()
    states = list(dtc.states.values())
    assert [(c.name, c.occurrences) for c in mapper.active(states)] == [("CAN_BUS_DOWN", 2)]
    assert [c.name for c in mapper.previously_active(states)] == ["V2G_SDP_FAILED"]


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("claim"), st.integers(0, 255), st.integers(0, (1 << 64) - 1)),
            st.tuples(st.just("request"), st.sampled_from([PGN_DM1, PGN_DM2, APP_PGN, 0xFEE5, PGN_ADDRESS_CLAIMED]), st.sampled_from([0x5A, 0x80, 255])),
            st.tuples(st.just("dtcs"), st.integers(0, 4), st.just(0)),
            st.tuples(st.just("tick"), st.integers(1, 400), st.just(0)),
        ),
        max_size=60,
    ),
    st.booleans(),
)  # fmt: skip
def test_claim_invariants_under_random_traffic(events, aac):
    """Whatever others send: nothing but claims goes out without a claimed address, and the
    address the node holds is never one that a lower NAME holds."""
    name = Name(identity_number=4711, manufacturer_code=0x123, arbitrary_address_capable=aac)
    node = J1939Node(name, 0x80, application_pgns=frozenset({APP_PGN}))
    now = 0.0
    node.handle(Start(), now)
    lower_at: dict[int, int] = {}  # lower NAME -> the address it holds
    for kind, a, b in events:
        held = node.phase is Phase.CLAIMED
        if kind == "claim":
            other = b & ~(1 << 48)  # the reserved bit stays clear
            if other < name.value:
                lower_at.pop(other, None)
                if a < 254:
                    lower_at[other] = a
            out = node.handle(claim_from(Name.from_value(other), a), now)
        elif kind == "request":
            out = node.handle(request(a, dest=b), now)
        elif kind == "dtcs":
            out = node.handle(DtcsChanged(tuple(code(f"D{i}", i) for i in range(a)), ()), now)
        else:
            now += a / 1000
            out = node.handle(Tick(), now)
            deadline = node.next_deadline()  # a tick makes progress: nothing left due
            assert deadline is None or deadline > now
        may_send = held or any(isinstance(x, AddressClaimed) for x in out)
        for f in frames(out):
            if parse_id(f.arbitration_id).pgn != PGN_ADDRESS_CLAIMED:
                assert may_send, f
        if node.address is not None:
            assert node.address not in lower_at.values()
