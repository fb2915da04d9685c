"""SLAC (ISO 15118-3) on the EV side: a sans-IO matching state machine and a thin asyncio driver.

Sequence per attempt (PROTOCOLS.md, SLAC section)::

    PARM.REQ (broadcast, new RunID, resent every TT_match_response)   -> PARM.CNF from each EVSE
    3x START_ATTEN_CHAR.IND, 10x MNBC_SOUND.IND (TP_EV_batch_msg_interval apart)
    ATTEN_CHAR.IND from each EVSE (within TT_EV_atten_results)        -> ATTEN_CHAR.RSP to each
    lowest average attenuation wins: SLAC_MATCH.REQ                   -> SLAC_MATCH.CNF (NID, NMK)
    CM_SET_KEY.REQ to the local modem                                 -> CM_SET_KEY.CNF

A failed attempt (no answer after C_EV_match_retry resends) starts over with a new RunID, at most
C_EV_match_retry times; then the core gives up and asks for DTC ``SLAC_MATCH_FAILED``.

:class:`SlacEv` is a ``sansio.Core``: it never reads the clock, never sleeps and never touches a
socket. :func:`run_slac` drives it with the one executor over a raw ``AF_PACKET`` socket. scapy is only imported (by :mod:`slac_frames`) once frames are
encoded or decoded.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from evcc_agent import sansio
from evcc_agent.clock import Clock, MonotonicClock, next_item
from evcc_agent.dtc import DtcRegistry
from evcc_agent.executor import Executor
from evcc_agent.iso15118 import slac_frames as sf
from evcc_agent.iso15118.config import Iso15118Config, SlacConfig
from evcc_agent.iso15118.errors import Iso15118Error
from evcc_agent.sansio import ClearDtc, Deadline, Event, RaiseDtc, Start, Stop, Tick

log = logging.getLogger(__name__)

DTC_SLAC_MATCH_FAILED = "SLAC_MATCH_FAILED"


class SlacState(enum.Enum):
    IDLE = "idle"
    WAIT_PARM_CNF = "wait_parm_cnf"
    SOUNDING = "sounding"
    WAIT_ATTEN_CHAR = "wait_atten_char"
    WAIT_MATCH_CNF = "wait_match_cnf"
    WAIT_SET_KEY_CNF = "wait_set_key_cnf"
    MATCHED = "matched"
    FAILED = "failed"


@dataclass(frozen=True)
class SlacResult:
    """The logical network the EV joined. ``nmk`` is a network key: never log it."""

    evse_mac: str
    nid: bytes
    nmk: bytes = field(repr=False)
    run_id: bytes
    attenuation_db: float
    attempts: int
    #: every EVSE that reported attenuation in the winning attempt: MAC -> average dB
    candidates: dict[str, float]
    #: from start to CM_SET_KEY.CNF, and the part of it spent waiting for protocol timers
    duration_s: float = 0.0
    timer_wait_s: float = 0.0


# --- events and actions (the contract's, plus SLAC's frame and outcomes) -------------------------


class FrameReceived(Event, frozen=True):
    """A frame from the PLC interface (raw bytes or already decoded)."""

    data: bytes | sf.SlacFrame


class Send(sansio.Send, frozen=True):
    frame: sf.SlacFrame


class Matched(Stop, frozen=True):
    """The work is done: the local modem took the key of ``result``'s network."""

    result: SlacResult


class Failed(Stop, frozen=True):
    """Every attempt failed (DTC ``SLAC_MATCH_FAILED`` raised before)."""


SlacEvent = Start | Tick | FrameReceived
SlacAction = Send | Deadline | Matched | Failed | RaiseDtc | ClearDtc


@dataclass
class _Candidate:
    parm_cnf: sf.ParmCnf | None = None
    average_db: float | None = None


class SlacEv:
    """EV-side matching for one plug-in: a ``sansio.Core``. Events in (``Start`` at plug-in,
    ``FrameReceived``, ``Tick``), actions out; ``now`` is monotonic seconds of the caller's
    clock. The one timer is ``next_deadline()``; ``Deadline`` actions name what it waits for."""

    def __init__(
        self,
        config: SlacConfig,
        ev_mac: str,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self.config = config
        self.ev_mac = ev_mac.lower()
        self._random = random_bytes
        self.state = SlacState.IDLE
        self.attempt = 0
        self.run_id = b""
        self.deadline: float | None = None
        self.result: SlacResult | None = None
        self.failure: str | None = None
        #: frames dropped because they could not be parsed
        self.malformed_frames = 0
        #: well-formed frames that were not for this run (wrong RunID, foreign, unexpected)
        self.ignored_frames = 0
        #: seconds spent in waits that ended by their timer (windows, spacing, resends)
        self.timer_wait_s = 0.0
        self._started_at = 0.0
        self._armed_at = 0.0
        self._candidates: dict[str, _Candidate] = {}
        self._tries = 0
        self._sent_in_batch = 0
        self._atten_deadline = 0.0
        self._chosen: str | None = None
        self._match_cnf: sf.SlacMatchCnf | None = None
        self._nonce = 0

    # --- the contract -------------------------------------------------------------------------

    def handle(self, event: SlacEvent, now: float) -> list[SlacAction]:
        if isinstance(event, FrameReceived):
            return self._frame_received(event.data, now)
        if isinstance(event, Tick):
            return self._timer_expired(now)
        if isinstance(event, Start):
            return self._start(now)
        return []  # a stop request or link loss: matching has no orderly end to go through

    def next_deadline(self) -> float | None:
        return self.deadline

    # --- events ---------------------------------------------------------------------------------

    def _start(self, now: float) -> list[SlacAction]:
        """Begin matching (plug-in with CP state B)."""
        if self.state not in (SlacState.IDLE, SlacState.FAILED, SlacState.MATCHED):
            raise RuntimeError(f"SLAC already running ({self.state.value})")
        self.attempt = 0
        self.result = None
        self.failure = None
        self.timer_wait_s = 0.0
        self._started_at = now
        return self._new_attempt(now)

    def _frame_received(self, data: bytes | sf.SlacFrame, now: float) -> list[SlacAction]:
        if isinstance(data, sf.SlacFrame):
            frame = data
        else:
            try:
                frame = sf.decode(data)
            except sf.SlacFrameError as exc:
                self.malformed_frames += 1
                log.warning("SLAC: dropped malformed frame (%s)", exc)
                return []
        if frame.src.lower() == self.ev_mac or frame.dst.lower() not in (self.ev_mac, sf.BROADCAST):
            return self._ignore(frame, "not addressed to us")
        if int(frame.src[:2], 16) & 0x01:
            return self._ignore(frame, "group address as source")
        msg = frame.message
        st = self.state
        if isinstance(msg, sf.ParmCnf) and st is SlacState.WAIT_PARM_CNF:
            return self._on_parm_cnf(frame, msg)
        if isinstance(msg, sf.AttenCharInd) and st in (
            SlacState.SOUNDING,
            SlacState.WAIT_ATTEN_CHAR,
        ):
            return self._on_atten_char_ind(frame, msg, now)
        if (
            isinstance(msg, sf.AttenCharInd)
            and st in (SlacState.WAIT_MATCH_CNF, SlacState.WAIT_SET_KEY_CNF)
            and msg.run_id == self.run_id
            and frame.src.lower() in self._reported()
        ):
            # our RSP got lost and the EVSE repeats its IND: answer, the choice is made
            return [self._send(frame.src.lower(), sf.AttenCharRsp(self.run_id, self.ev_mac))]
        if isinstance(msg, sf.SlacMatchCnf) and st is SlacState.WAIT_MATCH_CNF:
            return self._on_match_cnf(frame, msg, now)
        if isinstance(msg, sf.SetKeyCnf) and st is SlacState.WAIT_SET_KEY_CNF:
            return self._on_set_key_cnf(frame, msg, now)
        return self._ignore(frame, f"unexpected in {st.value}")

    def _timer_expired(self, now: float) -> list[SlacAction]:
        """The timer ran out (stale calls are ignored)."""
        if self.deadline is None or now < self.deadline:
            return []
        self.deadline = None
        self.timer_wait_s += now - self._armed_at
        cfg = self.config
        st = self.state
        if st is SlacState.WAIT_PARM_CNF:
            if any(c.parm_cnf for c in self._candidates.values()):
                return self._start_sounding(now)
            if self._tries <= cfg.c_ev_match_retry:
                return self._send_parm_req(now)
            return self._attempt_failed(now, "no CM_SLAC_PARM.CNF")
        if st is SlacState.SOUNDING:
            return self._send_next_sound(now)
        if st is SlacState.WAIT_ATTEN_CHAR:
            return self._choose_evse(now)
        if st is SlacState.WAIT_MATCH_CNF:
            if self._tries <= cfg.c_ev_match_retry:
                return self._send_match_req(now)
            return self._attempt_failed(now, f"no CM_SLAC_MATCH.CNF from {self._chosen}")
        if st is SlacState.WAIT_SET_KEY_CNF:
            if self._tries <= cfg.c_ev_match_retry:
                return self._send_set_key(now)
            return self._attempt_failed(now, "no CM_SET_KEY.CNF from the local modem")
        return []

    # --- steps ----------------------------------------------------------------------------------

    def _new_attempt(self, now: float) -> list[SlacAction]:
        self.attempt += 1
        self.run_id = self._random(8)
        self._candidates = {}
        self._chosen = None
        self._match_cnf = None
        self._tries = 0
        self.state = SlacState.WAIT_PARM_CNF
        log.info("SLAC attempt %d: RunID %s", self.attempt, self.run_id.hex())
        return self._send_parm_req(now)

    def _timer(self, deadline: float, purpose: str, now: float) -> Deadline:
        self.deadline = deadline
        self._armed_at = now
        return Deadline(purpose, deadline)

    def _send(self, dst: str, msg: sf.SlacMessage) -> Send:
        return Send(sf.SlacFrame(dst=dst, src=self.ev_mac, message=msg))

    def _send_parm_req(self, now: float) -> list[SlacAction]:
        self._tries += 1
        wait = self.config.tt_match_response_ms / 1000
        return [
            self._send(sf.BROADCAST, sf.ParmReq(self.run_id)),
            self._timer(now + wait, "TT_match_response (PARM.CNF)", now),
        ]

    def _on_parm_cnf(self, frame: sf.SlacFrame, msg: sf.ParmCnf) -> list[SlacAction]:
        if msg.run_id != self.run_id:
            return self._ignore(frame, "CM_SLAC_PARM.CNF with another RunID")
        cand = self._candidates.setdefault(frame.src.lower(), _Candidate())
        if cand.parm_cnf is None:
            log.info("SLAC: EVSE %s answered CM_SLAC_PARM.REQ", frame.src)
        cand.parm_cnf = msg
        # keep collecting CNFs from further EVSEs until TT_match_response runs out
        return []

    def _start_sounding(self, now: float) -> list[SlacAction]:
        self.state = SlacState.SOUNDING
        self._sent_in_batch = 0
        self._atten_deadline = now + self.config.tt_ev_atten_results_ms / 1000
        return self._send_next_sound(now)

    def _send_next_sound(self, now: float) -> list[SlacAction]:
        cfg = self.config
        n_start, n_sound = cfg.c_ev_start_atten_char_inds, cfg.c_ev_match_mnbc
        i = self._sent_in_batch
        self._sent_in_batch += 1
        msg: sf.SlacMessage
        if i < n_start:
            msg = sf.StartAttenCharInd(
                run_id=self.run_id,
                forwarding_sta=self.ev_mac,
                num_sounds=n_sound,
                timeout_100ms=max(1, cfg.tt_evse_match_mnbc_ms // 100),
            )
        else:
            msg = sf.MnbcSoundInd(
                run_id=self.run_id,
                countdown=n_start + n_sound - 1 - i,
                random_value=self._random(16),
            )
        sent = self._send(sf.BROADCAST, msg)
        if self._sent_in_batch < n_start + n_sound:
            interval = cfg.tp_ev_batch_msg_interval_ms / 1000
            return [sent, self._timer(now + interval, "TP_EV_batch_msg_interval", now)]
        self.state = SlacState.WAIT_ATTEN_CHAR
        if self._all_reported():
            return [sent, *self._choose_evse(now)]
        return [sent, self._timer(max(now, self._atten_deadline), "TT_EV_atten_results", now)]

    def _all_reported(self) -> bool:
        """Every EVSE that answered CM_SLAC_PARM.REQ has sent its CM_ATTEN_CHAR.IND."""
        answered = [c for c in self._candidates.values() if c.parm_cnf is not None]
        return bool(answered) and all(c.average_db is not None for c in answered)

    def _on_atten_char_ind(
        self, frame: sf.SlacFrame, msg: sf.AttenCharInd, now: float
    ) -> list[SlacAction]:
        if msg.run_id != self.run_id:
            return self._ignore(frame, "CM_ATTEN_CHAR.IND with another RunID")
        if msg.source_address.lower() != self.ev_mac:
            return self._ignore(frame, "CM_ATTEN_CHAR.IND about another EV")
        if not msg.attenuation_db:
            return self._ignore(frame, "CM_ATTEN_CHAR.IND without attenuation groups")
        evse = frame.src.lower()
        cand = self._candidates.setdefault(evse, _Candidate())
        if cand.average_db is None:
            cand.average_db = msg.average_db
            log.info(
                "SLAC: EVSE %s attenuation %.1f dB over %d groups, %d sounds",
                evse,
                msg.average_db,
                len(msg.attenuation_db),
                msg.num_sounds,
            )
        # answer every IND, repeats included: the EVSE resends until it sees our RSP
        actions: list[SlacAction] = [
            self._send(evse, sf.AttenCharRsp(run_id=self.run_id, source_address=self.ev_mac))
        ]
        if self.state is SlacState.WAIT_ATTEN_CHAR and self._all_reported():
            # every EVSE that answered PARM has reported: no reason to sit out the window
            actions += self._choose_evse(now)
        return actions

    def _choose_evse(self, now: float) -> list[SlacAction]:
        reported = self._reported()
        if not reported:
            return self._attempt_failed(now, "no CM_ATTEN_CHAR.IND")
        # lowest average attenuation = nearest EVSE; ties go to the one that answered first
        self._chosen = min(reported, key=reported.__getitem__)
        log.info(
            "SLAC: chose EVSE %s (%.1f dB) among %d",
            self._chosen,
            reported[self._chosen],
            len(reported),
        )
        self.state = SlacState.WAIT_MATCH_CNF
        self._tries = 0
        return self._send_match_req(now)

    def _reported(self) -> dict[str, float]:
        return {m: c.average_db for m, c in self._candidates.items() if c.average_db is not None}

    def _send_match_req(self, now: float) -> list[SlacAction]:
        assert self._chosen is not None
        self._tries += 1
        msg = sf.SlacMatchReq(run_id=self.run_id, ev_mac=self.ev_mac, evse_mac=self._chosen)
        wait = self.config.tt_match_response_ms / 1000
        return [
            self._send(self._chosen, msg),
            self._timer(now + wait, "TT_match_response (SLAC_MATCH.CNF)", now),
        ]

    def _on_match_cnf(
        self, frame: sf.SlacFrame, msg: sf.SlacMatchCnf, now: float
    ) -> list[SlacAction]:
        if msg.run_id != self.run_id:
            return self._ignore(frame, "CM_SLAC_MATCH.CNF with another RunID")
        if frame.src.lower() != self._chosen or msg.evse_mac.lower() != self._chosen:
            return self._ignore(frame, "CM_SLAC_MATCH.CNF from an EVSE we did not choose")
        if msg.ev_mac.lower() != self.ev_mac:
            return self._ignore(frame, "CM_SLAC_MATCH.CNF for another EV")
        log.info("SLAC: matched EVSE %s, NID %s", self._chosen, msg.nid.hex())
        self._match_cnf = msg
        self.state = SlacState.WAIT_SET_KEY_CNF
        self._tries = 0
        self._nonce = int.from_bytes(self._random(4), "big")
        return self._send_set_key(now)

    def _send_set_key(self, now: float) -> list[SlacAction]:
        assert self._match_cnf is not None
        self._tries += 1
        msg = sf.SetKeyReq(nid=self._match_cnf.nid, nmk=self._match_cnf.nmk, my_nonce=self._nonce)
        wait = self.config.tt_match_response_ms / 1000
        return [
            self._send(self.config.modem_mac, msg),
            self._timer(now + wait, "TT_match_response (SET_KEY.CNF)", now),
        ]

    def _on_set_key_cnf(
        self, frame: sf.SlacFrame, msg: sf.SetKeyCnf, now: float
    ) -> list[SlacAction]:
        modem = self.config.modem_mac.lower()
        if modem != sf.BROADCAST and frame.src.lower() != modem:
            return self._ignore(frame, "CM_SET_KEY.CNF from another station")
        if msg.your_nonce != self._nonce:
            return self._ignore(frame, "CM_SET_KEY.CNF for another request (nonce)")
        if msg.result not in sf.SET_KEY_RESULTS_OK:
            return self._attempt_failed(now, f"modem rejected CM_SET_KEY.REQ (result {msg.result})")
        if msg.result != 0:
            log.info(
                "SLAC: modem answered CM_SET_KEY with result 0x%02X (QCA: success)", msg.result
            )
        assert self._match_cnf is not None and self._chosen is not None
        self.state = SlacState.MATCHED
        self.deadline = None
        self.result = SlacResult(
            evse_mac=self._chosen,
            nid=self._match_cnf.nid,
            nmk=self._match_cnf.nmk,
            run_id=self.run_id,
            attenuation_db=self._reported()[self._chosen],
            attempts=self.attempt,
            candidates=self._reported(),
            duration_s=now - self._started_at,
            timer_wait_s=self.timer_wait_s,
        )
        log.info("SLAC: key set in the local modem, joining NID %s", self.result.nid.hex())
        reason = f"matched EVSE {self._chosen}"
        return [ClearDtc(DTC_SLAC_MATCH_FAILED), Matched(True, reason, self.result)]

    def _attempt_failed(self, now: float, reason: str) -> list[SlacAction]:
        log.warning("SLAC attempt %d failed: %s", self.attempt, reason)
        if self.attempt <= self.config.c_ev_match_retry:
            return self._new_attempt(now)
        self.state = SlacState.FAILED
        self.deadline = None
        self.failure = reason
        detail = f"{self.attempt} attempts, last: {reason}"
        return [RaiseDtc(DTC_SLAC_MATCH_FAILED, detail), Failed(False, reason)]

    def _ignore(self, frame: sf.SlacFrame, why: str) -> list[SlacAction]:
        self.ignored_frames += 1
        log.debug("SLAC: ignored %s from %s: %s", type(frame.message).__name__, frame.src, why)
        return []


# --- asyncio driver ------------------------------------------------------------------------------


class SlacError(Iso15118Error):
    """Any SLAC failure."""


class SlacMatchError(SlacError):
    """Matching failed after every retry (DTC ``SLAC_MATCH_FAILED`` has been raised)."""


class SlacConfigError(SlacError, ValueError):
    """No interface to run SLAC on (a configuration value)."""


_PACKET_OUTGOING = 4


def open_plc_socket(interface: str, promiscuous: bool = False) -> socket.socket:
    """A non-blocking raw socket for HomePlug frames (EtherType 0x88E1) on ``interface``."""
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(sf.ETHERTYPE_HOMEPLUG))
    try:
        sock.bind((interface, sf.ETHERTYPE_HOMEPLUG))
        if promiscuous:
            # struct packet_mreq: ifindex, type PACKET_MR_PROMISC (1), alen, address[8]
            ifindex = socket.if_nametoindex(interface)
            mreq = ifindex.to_bytes(4, "little") + (1).to_bytes(2, "little") + bytes(10)
            sock.setsockopt(263, 1, mreq)  # SOL_PACKET, PACKET_ADD_MEMBERSHIP
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def interface_mac(sock: socket.socket) -> str:
    raw: bytes = sock.getsockname()[4]
    return ":".join(f"{b:02x}" for b in raw[:6])


class PlcFrameReceiver:
    """Frames from the socket, fed by the event loop's reader callback."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()
        self.loop = asyncio.get_running_loop()
        self.loop.add_reader(sock.fileno(), self._readable)

    def _readable(self) -> None:
        while True:
            try:
                data, addr = self.sock.recvfrom(2048)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("SLAC: receive failed: %s", exc)
                return
            if addr[2] != _PACKET_OUTGOING:
                self.queue.put_nowait(data)

    def close(self) -> None:
        self.loop.remove_reader(self.sock.fileno())


async def next_frame(queue: asyncio.Queue[bytes], clock: Clock, timeout: float) -> bytes | None:
    """The next frame, or ``None`` once ``timeout`` seconds of ``clock`` time have passed."""
    return await next_item(queue, clock, clock.now() + timeout)


class PlcPort:
    """The executor's port to a raw PLC socket: frames out, frames in, the core's timer."""

    def __init__(self, sock: socket.socket, clock: Clock) -> None:
        self.sock = sock
        self.clock = clock
        self.frames = PlcFrameReceiver(sock)

    async def send(self, action: Any) -> Event | None:
        try:
            self.sock.send(sf.encode(action.frame))
        except OSError as exc:  # link down, queue full: a lost frame, resent later
            log.warning("SLAC: send failed: %s", exc)
        return None

    async def receive(self, deadline: float | None) -> Event | None:
        if deadline is None:  # pragma: no cover - the core always arms a timer
            raise SlacMatchError("SLAC stalled without a timer")
        remaining = deadline - self.clock.now()
        data = await next_frame(self.frames.queue, self.clock, remaining) if remaining > 0 else None
        return None if data is None else FrameReceived(data)

    def perform(self, action: Any) -> None:
        pass


async def run_slac(
    config: SlacConfig,
    interface: str | None = None,
    *,
    clock: Clock | None = None,
    dtc: DtcRegistry | None = None,
) -> SlacResult:
    """Match with the nearest EVSE over the PLC modem on ``interface`` (default
    ``config.interface``); returns NID, NMK and the EVSE's MAC once the local modem took the key.

    Raises :class:`SlacMatchError` after C_EV_match_retry restarts (DTC raised in ``dtc``), and
    ``OSError`` if the interface cannot be opened (needs CAP_NET_RAW).
    """
    ifname = interface or config.interface
    if not ifname:
        raise SlacConfigError("no SLAC interface configured (iso15118.slac.interface / interface)")
    clock = clock or MonotonicClock()
    sf.warm_up()  # before the first timer is armed: the scapy import would eat TT_match_response
    sock = open_plc_socket(ifname)
    try:
        port = PlcPort(sock, clock)
        core = SlacEv(config, interface_mac(sock))
        log.info("SLAC on %s (EV MAC %s)", ifname, core.ev_mac)
        try:
            stop = await Executor(core, port, clock, dtc or DtcRegistry()).run()
        finally:
            port.frames.close()
    finally:
        sock.close()
    if isinstance(stop, Matched):
        return stop.result
    raise SlacMatchError(stop.reason)


def _iso15118_section(path: str) -> Iso15118Config:
    """The ``[iso15118]`` table of an agent TOML, validated (this bench tool reads no more)."""
    import tomllib

    with open(path, "rb") as f:
        data = tomllib.load(f)
    return Iso15118Config.model_validate(data.get("iso15118", {}))


def main(argv: list[str] | None = None) -> int:
    """``python -m evcc_agent.iso15118.slac``: one match on the bench, result on stdout."""
    import argparse
    import sys

    p = argparse.ArgumentParser(prog="python -m evcc_agent.iso15118.slac", description=main.__doc__)
    p.add_argument("--config", help="agent TOML (uses [iso15118] / [iso15118.slac])")
    p.add_argument("--interface", help="PLC modem interface (overrides the config)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg, ifname = SlacConfig(), args.interface
    if args.config:
        try:
            iso = _iso15118_section(args.config)
        except (OSError, ValueError) as exc:  # unreadable, TOML or validation errors
            print(f"{args.config}: {exc}", file=sys.stderr)
            return 1
        cfg, ifname = iso.slac, ifname or iso.slac.interface or iso.interface
    if not ifname:
        p.error("give --interface or --config")
    try:
        r = asyncio.run(run_slac(cfg, ifname))
    except (SlacMatchError, OSError) as exc:
        print(f"SLAC failed on {ifname}: {exc}", file=sys.stderr)
        return 1
    print(
        f"SLAC matched EVSE {r.evse_mac} on {ifname}: NID {r.nid.hex()}, "
        f"{r.attenuation_db:.1f} dB, attempt {r.attempts}, {r.duration_s * 1000:.0f} ms "
        f"({r.timer_wait_s * 1000:.0f} ms in protocol timers)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
