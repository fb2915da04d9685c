"""The sans-IO SLAC core against the simulated EVSEs, on an in-memory wire with fake time."""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evcc_agent.config import ConfigError, parse_config
from evcc_agent.dtc import DtcRegistry
from evcc_agent.iso15118 import slac_frames as sf
from evcc_agent.iso15118.config import Iso15118Config, SlacConfig
from evcc_agent.iso15118.slac import (
    Failed,
    FrameReceived,
    Matched,
    Send,
    SlacEv,
    SlacState,
)
from evcc_agent.sansio import ClearDtc, Deadline, RaiseDtc, Start, Tick
from evcc_agent.sim.evse_slac import EvseSlacSimulator, EvseSpec, FaultPlan, ModemEmulator

EV_MAC = "02:00:00:00:00:e7"
EVSE_A = "02:00:00:00:0a:0a"
EVSE_B = "02:00:00:00:0b:0b"


@dataclass
class Wire:
    """Delivers frames between the EV core and the simulator after ``latency`` fake seconds."""

    ev: SlacEv
    sim: EvseSlacSimulator
    latency: float = 0.002
    lose_from_ev: Callable[[sf.SlacFrame], bool] = lambda frame: False
    now: float = 0.0
    sent: list[tuple[float, sf.SlacFrame]] = field(default_factory=list)
    received: list[tuple[float, bytes]] = field(default_factory=list)
    outcome: Matched | Failed | None = None
    dtc: DtcRegistry = field(default_factory=DtcRegistry)
    _queue: list[tuple[float, int, str, bytes]] = field(default_factory=list)
    _seq: itertools.count = field(default_factory=itertools.count)

    def _ev_actions(self, actions: list) -> None:
        for a in actions:
            if isinstance(a, Send):
                self.sent.append((self.now, a.frame))
                if not self.lose_from_ev(a.frame):
                    self._push(self.now + self.latency, "sim", sf.encode(a.frame))
            elif isinstance(a, RaiseDtc):
                self.dtc.raise_(a.name, self.now, a.detail)
            elif isinstance(a, ClearDtc):
                self.dtc.clear(a.name)
            elif isinstance(a, Matched | Failed):
                self.outcome = a
            else:
                assert isinstance(a, Deadline)

    def _push(self, t: float, to: str, data: bytes) -> None:
        heapq.heappush(self._queue, (t, next(self._seq), to, data))

    def inject(self, at: float, data: bytes) -> None:
        """A frame that appears on the wire for the EV at time ``at``."""
        self._push(at, "ev", data)

    def run(self, limit: float = 60.0) -> Matched | Failed:
        self._ev_actions(self.ev.handle(Start(), self.now))
        while self.outcome is None:
            options = [t for t in (self.ev.deadline, self.sim.next_deadline()) if t is not None]
            if self._queue:
                options.append(self._queue[0][0])
            t = min(options)
            assert t <= limit, "simulation ran away"
            self.now = max(self.now, t)
            if self._queue and self._queue[0][0] <= self.now:
                _, _, to, data = heapq.heappop(self._queue)
                if to == "sim":
                    for out in self.sim.receive(data, self.now):
                        self._push(self.now + self.latency, "ev", out)
                else:
                    self.received.append((self.now, data))
                    self._ev_actions(self.ev.handle(FrameReceived(data), self.now))
                continue
            for out in self.sim.tick(self.now):
                self._push(self.now + self.latency, "ev", out)
            if self.ev.deadline is not None and self.now >= self.ev.deadline:
                self._ev_actions(self.ev.handle(Tick(), self.now))
        return self.outcome

    def sent_kinds(self) -> list[str]:
        return [type(f.message).__name__ for _, f in self.sent]

    def sent_times(self, kind: type) -> list[float]:
        return [round(t, 6) for t, f in self.sent if isinstance(f.message, kind)]


def make(
    *evses: EvseSpec, modem: ModemEmulator | None = None, seed: int = 1, **cfg: int
) -> tuple[SlacEv, EvseSlacSimulator]:
    rnd = random.Random(seed)
    ev = SlacEv(SlacConfig(**cfg), EV_MAC, random_bytes=rnd.randbytes)
    return ev, EvseSlacSimulator(list(evses), modem or ModemEmulator())


def test_slac_match_with_one_evse_follows_the_sequence():
    spec = EvseSpec(EVSE_A, attenuation_db=15, nid=bytes(range(1, 8)), nmk=bytes(range(16)))
    ev, sim = make(spec)
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Matched)
    r = outcome.result
    assert (r.evse_mac, r.nid, r.nmk, r.attempts) == (EVSE_A, spec.nid, spec.nmk, 1)
    assert r.attenuation_db == 15 and r.candidates == {EVSE_A: 15}
    assert "nmk" not in repr(r)  # the network key never reaches a log line through repr
    assert (sim.modem.nid, sim.modem.nmk) == (spec.nid, spec.nmk)
    assert wire.sent_kinds() == (
        ["ParmReq"]
        + ["StartAttenCharInd"] * 3
        + ["MnbcSoundInd"] * 10
        + ["AttenCharRsp", "SlacMatchReq", "SetKeyReq"]
    )
    sounds = [f.message for _, f in wire.sent if isinstance(f.message, sf.MnbcSoundInd)]
    assert [s.countdown for s in sounds] == list(range(9, -1, -1))
    # PARM.CNF window (TT_match_response), then 13 frames TP_EV_batch_msg_interval apart
    batch = wire.sent_times(sf.StartAttenCharInd) + wire.sent_times(sf.MnbcSoundInd)
    assert batch[0] == pytest.approx(0.2)
    assert all(b - a == pytest.approx(0.02) for a, b in itertools.pairwise(batch))
    start = next(f.message for _, f in wire.sent if isinstance(f.message, sf.StartAttenCharInd))
    assert (start.num_sounds, start.timeout_100ms, start.forwarding_sta) == (10, 6, EV_MAC)
    set_key = next(f for _, f in wire.sent if isinstance(f.message, sf.SetKeyReq))
    assert set_key.dst == sf.BROADCAST
    assert ev.state is SlacState.MATCHED and ev.deadline is None
    # every wait in this run ended by its timer except the EVSE's answers
    assert r.timer_wait_s == pytest.approx(0.2 + 12 * 0.02)
    assert r.duration_s > r.timer_wait_s


def test_slac_all_frames_share_one_run_id_and_each_attempt_gets_a_new_one():
    ev, sim = make(EvseSpec(EVSE_A, faults=FaultPlan(silent=True)))
    wire = Wire(ev, sim)
    assert isinstance(wire.run(), Failed)
    ids = [f.message.run_id for _, f in wire.sent]
    assert len(ids) == 9 and len(set(ids)) == 3 and all(len(i) == 8 for i in ids)


def test_slac_parm_req_resent_every_tt_match_response_then_dtc():
    ev, sim = make(EvseSpec(EVSE_A, faults=FaultPlan(silent=True)))
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Failed) and "PARM.CNF" in outcome.reason
    # 1 + C_EV_match_retry sends per attempt, 1 + C_EV_match_retry attempts
    assert wire.sent_times(sf.ParmReq) == pytest.approx([0.2 * i for i in range(9)])
    assert ev.state is SlacState.FAILED and ev.attempt == 3
    st = wire.dtc.states["SLAC_MATCH_FAILED"]
    assert st.active and st.first_seen == pytest.approx(1.8) and "3 attempts" in st.detail


def test_slac_retry_count_follows_config():
    ev, sim = make(EvseSpec(EVSE_A, faults=FaultPlan(silent=True)), c_ev_match_retry=0)
    wire = Wire(ev, sim)
    assert isinstance(wire.run(), Failed)
    assert wire.sent_times(sf.ParmReq) == [0.0]


def test_slac_two_evses_lowest_average_attenuation_wins():
    far, near = EvseSpec(EVSE_A, attenuation_db=31), EvseSpec(EVSE_B, attenuation_db=25)
    ev, sim = make(far, near)
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Matched)
    assert outcome.result.evse_mac == EVSE_B
    assert outcome.result.candidates == {EVSE_A: 31, EVSE_B: 25}
    rsp_to = {f.dst for _, f in wire.sent if isinstance(f.message, sf.AttenCharRsp)}
    assert rsp_to == {EVSE_A, EVSE_B}
    (match_to,) = {f.dst for _, f in wire.sent if isinstance(f.message, sf.SlacMatchReq)}
    assert match_to == EVSE_B
    assert sim.evses[0].matches == [] and sim.evses[1].matches == [EV_MAC]
    assert sim.modem.nmk == near.nmk


def test_slac_order_of_evses_does_not_decide():
    near, far = EvseSpec(EVSE_A, attenuation_db=12), EvseSpec(EVSE_B, attenuation_db=40)
    ev, sim = make(far, near)  # the far one answers first
    outcome = Wire(ev, sim).run()
    assert isinstance(outcome, Matched) and outcome.result.evse_mac == EVSE_A


def test_slac_waits_out_tt_ev_atten_results_for_a_silent_evse():
    quiet = EvseSpec(EVSE_A, attenuation_db=5, faults=FaultPlan(drop={"AttenCharInd": 99}))
    ev, sim = make(quiet, EvseSpec(EVSE_B, attenuation_db=30))
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Matched) and outcome.result.evse_mac == EVSE_B
    first_start = wire.sent_times(sf.StartAttenCharInd)[0]
    (match_at,) = wire.sent_times(sf.SlacMatchReq)
    assert match_at == pytest.approx(first_start + 1.2)


def test_slac_lost_frames_are_recovered_by_resends():
    faults = FaultPlan(drop={"ParmCnf": 1, "SlacMatchCnf": 1})
    ev, sim = make(
        EvseSpec(EVSE_A, faults=faults),
        modem=ModemEmulator(faults=FaultPlan(drop={"SetKeyCnf": 2})),
    )
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Matched) and outcome.result.attempts == 1
    assert wire.sent_times(sf.ParmReq) == pytest.approx([0.0, 0.2])
    assert len(wire.sent_times(sf.SlacMatchReq)) == 2
    assert len(wire.sent_times(sf.SetKeyReq)) == 3
    assert not wire.dtc.is_active("SLAC_MATCH_FAILED")


def test_slac_lost_atten_char_rsp_is_answered_again():
    # the MATCH.CNF losses keep the EV busy long enough to see the EVSE repeat its IND
    ev, sim = make(EvseSpec(EVSE_A, faults=FaultPlan(drop={"SlacMatchCnf": 2})))
    lost = iter([True])

    def lose_first_rsp(frame: sf.SlacFrame) -> bool:
        return isinstance(frame.message, sf.AttenCharRsp) and next(lost, False)

    wire = Wire(ev, sim, lose_from_ev=lose_first_rsp)
    assert isinstance(wire.run(), Matched)
    assert wire.sent_kinds().count("AttenCharRsp") == 2
    assert sim.evses[0].sessions[EV_MAC].answered


def test_slac_wrong_run_id_frames_are_ignored():
    kinds = {"ParmCnf", "AttenCharInd", "SlacMatchCnf"}
    ev, sim = make(
        EvseSpec(EVSE_A, faults=FaultPlan(wrong_run_id=kinds)),
        modem=ModemEmulator(faults=FaultPlan(wrong_run_id={"SetKeyCnf"})),
    )
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Matched) and outcome.result.attempts == 1
    assert ev.ignored_frames >= 4
    # only the real ones were answered
    assert wire.sent_kinds().count("AttenCharRsp") == 1


def test_slac_malformed_frames_are_dropped_and_counted():
    kinds = {"ParmCnf", "AttenCharInd", "SlacMatchCnf"}
    ev, sim = make(
        EvseSpec(EVSE_A, faults=FaultPlan(malformed=kinds)),
        modem=ModemEmulator(faults=FaultPlan(malformed={"SetKeyCnf"})),
    )
    outcome = Wire(ev, sim).run()
    assert isinstance(outcome, Matched)
    assert ev.malformed_frames == 4


def test_slac_no_match_cnf_fails_after_retries_with_dtc():
    ev, sim = make(EvseSpec(EVSE_A, faults=FaultPlan(drop={"SlacMatchCnf": 99})))
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Failed) and "SLAC_MATCH.CNF" in outcome.reason
    assert len(wire.sent_times(sf.SlacMatchReq)) == 9
    assert wire.dtc.is_active("SLAC_MATCH_FAILED")


def test_slac_qca_set_key_result_one_is_success():
    ev, sim = make(EvseSpec(EVSE_A), modem=ModemEmulator(result=0x01))
    assert isinstance(Wire(ev, sim).run(), Matched)


def test_slac_modem_rejecting_the_key_fails_the_attempt():
    ev, sim = make(EvseSpec(EVSE_A), modem=ModemEmulator(result=0x02))
    wire = Wire(ev, sim)
    outcome = wire.run()
    assert isinstance(outcome, Failed) and "result 2" in outcome.reason
    assert ev.attempt == 3 and wire.dtc.is_active("SLAC_MATCH_FAILED")


def test_slac_foreign_frames_are_ignored():
    ev, sim = make(EvseSpec(EVSE_A))
    wire = Wire(ev, sim)
    other_ev = "02:00:00:00:00:99"
    noise = [
        # another EV's session on the same cable
        sf.SlacFrame(other_ev, EVSE_B, sf.ParmCnf(run_id=b"X" * 8, forwarding_sta=other_ev)),
        # the EVSE modem's profile indication, a vendor MME, a frame from ourselves
        sf.SlacFrame(sf.BROADCAST, EVSE_B, sf.AttenProfileInd(EV_MAC, (9,) * 58)),
        sf.SlacFrame(sf.BROADCAST, EVSE_B, sf.UnknownMme(0xA038, b"\0" * 40)),
        sf.SlacFrame(sf.BROADCAST, EV_MAC, sf.ParmReq(b"Y" * 8)),
    ]
    for i, frame in enumerate(noise):
        wire.inject(0.05 + 0.1 * i, sf.encode(frame))
    outcome = wire.run()
    assert isinstance(outcome, Matched) and outcome.result.candidates == {EVSE_A: 20}
    assert ev.ignored_frames >= len(noise)


def test_slac_atten_char_about_another_ev_is_ignored():
    ev, _ = make()
    ev.handle(Start(), 0.0)
    ev.handle(FrameReceived(sf.SlacFrame(EV_MAC, EVSE_A, sf.ParmCnf(ev.run_id, EV_MAC))), 0.01)
    ev.handle(Tick(), 0.2)
    ind = sf.AttenCharInd(ev.run_id, "02:00:00:00:00:99", 10, (10,) * 58)
    assert ev.handle(FrameReceived(sf.SlacFrame(EV_MAC, EVSE_A, ind)), 0.21) == []
    assert ev.ignored_frames == 1


def test_slac_stale_timer_calls_are_ignored_and_double_start_refused():
    ev, _ = make()
    actions = ev.handle(Start(), 0.0)
    assert isinstance(actions[0], Send) and isinstance(actions[1], Deadline)
    assert ev.handle(Tick(), 0.1) == []  # early: nothing
    with pytest.raises(RuntimeError):
        ev.handle(Start(), 0.0)


def test_slac_config_defaults_and_strictness():
    cfg = Iso15118Config().slac
    assert (cfg.tt_match_response_ms, cfg.tt_match_sequence_ms, cfg.tt_evse_match_mnbc_ms) == (
        200,
        400,
        600,
    )
    assert (cfg.tt_ev_atten_results_ms, cfg.tt_match_join_ms, cfg.c_ev_match_retry) == (
        1200,
        12000,
        2,
    )
    assert cfg.interface is None and cfg.modem_mac == sf.BROADCAST
    agent = parse_config({"iso15118": {"slac": {"interface": "eth2", "c_ev_match_retry": 3}}})
    assert agent.iso15118.slac.interface == "eth2" and agent.iso15118.slac.c_ev_match_retry == 3
    with pytest.raises(ConfigError) as err:
        parse_config({"iso15118": {"slac": {"tt_match_respnse_ms": 5}}})
    assert ("iso15118.slac.tt_match_respnse_ms", "unknown key") in err.value.errors
    with pytest.raises(ConfigError):
        parse_config({"iso15118": {"slac": {"modem_mac": "not-a-mac"}}})


_MACS = st.sampled_from([EVSE_A, EVSE_B, EV_MAC, sf.BROADCAST, "02:00:00:00:00:99"])
_RUN = st.sampled_from(["current", "other"])


@st.composite
def _noise(draw: st.DrawFn) -> tuple[float, object]:
    """A frame for the EV: right or wrong RunID, any source, any kind, or raw garbage."""
    dt = draw(st.floats(min_value=0.0, max_value=0.5))
    kind = draw(st.integers(min_value=0, max_value=6))
    if kind == 6:
        return dt, draw(st.binary(max_size=80))
    src, dst, run = draw(_MACS), draw(_MACS), draw(_RUN)
    nonce = draw(st.integers(min_value=0, max_value=2**32 - 1))
    atten = tuple(draw(st.lists(st.integers(0, 255), max_size=60)))
    return dt, (kind, src, dst, run, nonce, atten)


def _frame_for(ev: SlacEv, spec: tuple) -> sf.SlacFrame:
    kind, src, dst, run, nonce, atten = spec
    rid = ev.run_id if run == "current" else b"\xee" * 8
    msg: sf.SlacMessage = [
        sf.ParmCnf(rid, EV_MAC),
        sf.AttenCharInd(rid, EV_MAC, 10, atten),
        sf.SlacMatchCnf(rid, EV_MAC, src, b"\x01" * 7, b"\x02" * 16),
        sf.SetKeyCnf(nonce & 3, 0, nonce),
        sf.AttenCharRsp(rid, EV_MAC),
        sf.ParmReq(rid),
    ][kind]
    return sf.SlacFrame(dst, src, msg)


@settings(max_examples=150, deadline=None)
@given(st.lists(_noise(), max_size=40))
def test_slac_core_survives_any_frame_sequence(events):
    ev, _ = make()
    now = 0.0
    actions = ev.handle(Start(), now)
    for dt, item in events:
        now += dt
        if ev.deadline is not None and now >= ev.deadline:
            actions += ev.handle(Tick(), now)
        data = item if isinstance(item, bytes) else _frame_for(ev, item)
        actions += ev.handle(FrameReceived(data), now)
        assert isinstance(ev.state, SlacState)
        if ev.state in (SlacState.MATCHED, SlacState.FAILED):
            break
    for a in actions:
        if isinstance(a, Matched):
            assert a.result.evse_mac in (EVSE_A, EVSE_B, "02:00:00:00:00:99")
            assert a.result.nmk == b"\x02" * 16


async def test_slac_driver_wait_uses_the_injected_clock():
    import asyncio

    from evcc_agent.clock import FakeClock
    from evcc_agent.iso15118.slac import next_frame

    async def settle() -> None:
        for _ in range(5):  # let the waiter's own tasks start and register with the clock
            await asyncio.sleep(0)

    clock = FakeClock()
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    waiting = asyncio.ensure_future(next_frame(queue, clock, 0.2))
    await settle()
    clock.advance(0.1)
    await settle()
    assert not waiting.done()
    clock.advance(0.1)
    assert await asyncio.wait_for(waiting, 5) is None  # the timer won
    waiting = asyncio.ensure_future(next_frame(queue, clock, 0.2))
    await settle()
    queue.put_nowait(b"frame")
    assert await asyncio.wait_for(waiting, 5) == b"frame"
