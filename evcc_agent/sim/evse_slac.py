"""EVSE-side SLAC responder plus a minimal PLC modem, for tests, benches and the demo.

One :class:`EvseSlacSimulator` plays any number of EVSEs sharing the EV's cable (each with its
own MAC and attenuation, so they compete) and the EV's local modem, which answers CM_SET_KEY.REQ.
It is sans-IO like the EV core (bytes and ``now`` in, bytes out); :func:`serve` runs it on a raw
socket, and ``python -m evcc_agent.sim.evse_slac --interface IF`` runs that as a process.

Faults are injected per EVSE (and for the modem) with :class:`FaultPlan`: outgoing frames of a
kind can be lost, preceded by a copy with a wrong RunID, or preceded by a truncated copy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import re
import sys
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.iso15118.slac_frames import (
    BROADCAST,
    SET_KEY_RESULTS_OK,
    AttenCharInd,
    AttenCharRsp,
    MnbcSoundInd,
    ParmCnf,
    ParmReq,
    SetKeyCnf,
    SetKeyReq,
    SlacFrame,
    SlacFrameError,
    SlacMatchCnf,
    SlacMatchReq,
    SlacMessage,
    StartAttenCharInd,
    decode,
    encode,
    warm_up,
)

log = logging.getLogger(__name__)

#: carrier groups in a GreenPHY attenuation profile
ATTEN_GROUPS = 58


@dataclass
class FaultPlan:
    """Faults applied to a station's outgoing frames; keys are message class names
    (``"ParmCnf"``, ``"AttenCharInd"``, ``"SlacMatchCnf"``, ``"SetKeyCnf"``)."""

    #: lose the first N frames of a kind
    drop: dict[str, int] = field(default_factory=dict)
    #: send a copy with a wrong RunID (or nonce) before each frame of these kinds
    wrong_run_id: set[str] = field(default_factory=set)
    #: send a truncated copy before each frame of these kinds
    malformed: set[str] = field(default_factory=set)
    #: never answer at all
    silent: bool = False


@dataclass
class EvseSpec:
    mac: str
    attenuation_db: int = 20
    nid: bytes = b"\x01\x02\x03\x04\x05\x06\x07"
    nmk: bytes = field(default_factory=lambda: os.urandom(16), repr=False)
    faults: FaultPlan = field(default_factory=FaultPlan)
    #: 802.1Q tag on this EVSE's frames (SECC test systems give each EVSE its own VLAN)
    vlan: int | None = None


@dataclass
class _EvSession:
    ev_mac: str
    run_id: bytes
    sounds: int = 0
    window_end: float | None = None  # TT_EVSE_match_MNBC running
    sequence_end: float | None = None  # TT_match_sequence: waiting for START_ATTEN_CHAR
    ind_sent: int = 0
    ind_due: float | None = None  # resend CM_ATTEN_CHAR.IND until the RSP comes
    answered: bool = False
    matched: bool = False


class SimulatedEvse:
    """One EVSE's SLAC side (ISO 15118-3 EVSE role), driven by frames and ``tick``."""

    def __init__(
        self,
        spec: EvseSpec,
        tt_match_response: float = 0.2,
        tt_match_sequence: float = 0.4,
        retries: int = 2,
    ) -> None:
        self.spec = spec
        self.mac = spec.mac.lower()
        self.tt_match_response = tt_match_response
        self.tt_match_sequence = tt_match_sequence
        self.retries = retries
        self.sessions: dict[str, _EvSession] = {}
        self.matches: list[str] = []  # EV MACs that got our NID/NMK

    def _out(self, ev_mac: str, msg: SlacMessage) -> SlacFrame:
        return SlacFrame(dst=ev_mac, src=self.mac, message=msg, vlan=self.spec.vlan)

    def handle(self, frame: SlacFrame, now: float) -> list[SlacFrame]:
        msg, ev = frame.message, frame.src.lower()
        if isinstance(msg, ParmReq):
            if frame.dst.lower() not in (BROADCAST, self.mac):
                return []
            self.sessions[ev] = _EvSession(
                ev, msg.run_id, sequence_end=now + self.tt_match_sequence
            )
            return [self._out(ev, ParmCnf(run_id=msg.run_id, forwarding_sta=ev))]
        s = self.sessions.get(ev)
        if s is None or getattr(msg, "run_id", s.run_id) != s.run_id:
            return []
        if isinstance(msg, StartAttenCharInd):
            if s.window_end is None:
                s.window_end = now + msg.timeout_100ms / 10
                s.sequence_end = None
            return []
        if isinstance(msg, MnbcSoundInd):
            if s.window_end is None:  # every START_ATTEN_CHAR lost: sounds still open it
                s.window_end = now + 0.6
            s.sounds += 1
            if msg.countdown == 0:
                s.window_end = None
                return self._send_ind(s, now)
            return []
        if isinstance(msg, AttenCharRsp):
            s.answered = True
            s.ind_due = None
            return []
        if isinstance(msg, SlacMatchReq):
            if frame.dst.lower() != self.mac or msg.evse_mac.lower() != self.mac:
                return []
            s.matched = True
            if ev not in self.matches:
                self.matches.append(ev)
            cnf = SlacMatchCnf(
                run_id=s.run_id,
                ev_mac=ev,
                evse_mac=self.mac,
                nid=self.spec.nid,
                nmk=self.spec.nmk,
            )
            return [self._out(ev, cnf)]
        return []

    def _send_ind(self, s: _EvSession, now: float) -> list[SlacFrame]:
        if s.ind_sent > self.retries:
            s.ind_due = None
            return []
        s.ind_sent += 1
        s.ind_due = now + self.tt_match_response
        ind = AttenCharInd(
            run_id=s.run_id,
            source_address=s.ev_mac,
            num_sounds=s.sounds,
            attenuation_db=(self.spec.attenuation_db,) * ATTEN_GROUPS,
        )
        return [self._out(s.ev_mac, ind)]

    def tick(self, now: float) -> list[SlacFrame]:
        out: list[SlacFrame] = []
        for ev, s in list(self.sessions.items()):
            if s.sequence_end is not None and now >= s.sequence_end:
                log.info(
                    "EVSE %s: no START_ATTEN_CHAR from %s in time, session dropped", self.mac, ev
                )
                del self.sessions[ev]
                continue
            if s.window_end is not None and now >= s.window_end:
                s.window_end = None
                out += self._send_ind(s, now)
            elif s.ind_due is not None and now >= s.ind_due and not s.answered:
                out += self._send_ind(s, now)
        return out

    def next_deadline(self) -> float | None:
        times = [
            t
            for s in self.sessions.values()
            for t in (s.sequence_end, s.window_end, None if s.answered else s.ind_due)
            if t is not None
        ]
        return min(times, default=None)


class ModemEmulator:
    """The EV's local PLC modem, as far as SLAC needs it: applies CM_SET_KEY.REQ."""

    def __init__(
        self,
        mac: str = "02:00:00:00:ee:01",
        result: int = 0x00,
        faults: FaultPlan | None = None,
    ) -> None:
        self.mac = mac.lower()
        self.result = result
        self.faults = faults or FaultPlan()
        self.nid: bytes | None = None
        self.nmk: bytes | None = None
        self.set_key_requests = 0

    def handle(self, frame: SlacFrame, now: float) -> list[SlacFrame]:
        msg = frame.message
        if not isinstance(msg, SetKeyReq) or frame.dst.lower() not in (BROADCAST, self.mac):
            return []
        self.set_key_requests += 1
        if self.result in SET_KEY_RESULTS_OK:
            self.nid, self.nmk = msg.nid, msg.nmk
        cnf = SetKeyCnf(
            result=self.result,
            my_nonce=int.from_bytes(os.urandom(4), "big"),
            your_nonce=msg.my_nonce,
            pid=msg.pid,
            prn=msg.prn,
        )
        return [SlacFrame(dst=frame.src, src=self.mac, message=cnf)]


class EvseSlacSimulator:
    """Several EVSEs plus the EV's modem on one wire; bytes in, bytes out, faults applied."""

    def __init__(
        self,
        evses: Sequence[EvseSpec],
        modem: ModemEmulator | None = None,
        tt_match_response: float = 0.2,
        tt_match_sequence: float = 0.4,
        retries: int = 2,
    ) -> None:
        self.evses = [
            SimulatedEvse(spec, tt_match_response, tt_match_sequence, retries) for spec in evses
        ]
        self.modem = modem if modem is not None else ModemEmulator()
        self.malformed_frames = 0
        self._dropped: dict[tuple[str, str], int] = {}

    def receive(self, data: bytes, now: float) -> list[bytes]:
        try:
            frame = decode(data)
        except SlacFrameError as exc:
            self.malformed_frames += 1
            log.debug("sim: malformed frame dropped (%s)", exc)
            return []
        out: list[bytes] = []
        for evse in self.evses:
            if not evse.spec.faults.silent:
                out += self._emit(evse.handle(frame, now), evse.spec.faults, evse.mac)
        if not self.modem.faults.silent:
            out += self._emit(self.modem.handle(frame, now), self.modem.faults, self.modem.mac)
        return out

    def tick(self, now: float) -> list[bytes]:
        out: list[bytes] = []
        for evse in self.evses:
            if not evse.spec.faults.silent:
                out += self._emit(evse.tick(now), evse.spec.faults, evse.mac)
        return out

    def next_deadline(self) -> float | None:
        times = [t for e in self.evses if (t := e.next_deadline()) is not None]
        return min(times, default=None)

    def _emit(self, frames: list[SlacFrame], faults: FaultPlan, who: str) -> list[bytes]:
        out: list[bytes] = []
        for frame in frames:
            kind = type(frame.message).__name__
            if kind in faults.malformed:
                good = encode(frame)
                out.append(good[: 14 + (4 if frame.vlan is not None else 0) + 5 + 6])
            if kind in faults.wrong_run_id:
                out.append(encode(_with_wrong_id(frame)))
            dropped = self._dropped.get((who, kind), 0)
            if dropped < faults.drop.get(kind, 0):
                self._dropped[(who, kind)] = dropped + 1
                log.info("sim %s: lost %s (fault injection)", who, kind)
                continue
            out.append(encode(frame))
        return out


def _with_wrong_id(frame: SlacFrame) -> SlacFrame:
    msg = frame.message
    if isinstance(msg, SetKeyCnf):
        return replace(frame, message=replace(msg, your_nonce=msg.your_nonce ^ 0xFFFFFFFF))
    if hasattr(msg, "run_id"):
        bad = bytes(b ^ 0xFF for b in msg.run_id)
        return replace(frame, message=replace(msg, run_id=bad))  # type: ignore[arg-type]
    return frame


# --- asyncio driver, process helper and command line ---------------------------------------------


async def serve(
    interface: str,
    sim: EvseSlacSimulator,
    clock: Clock | None = None,
    ready: asyncio.Event | None = None,
) -> None:
    """Run ``sim`` on a raw socket until cancelled."""
    from evcc_agent.iso15118.slac import PlcFrameReceiver, next_frame, open_plc_socket

    clock = clock or MonotonicClock()
    warm_up()  # a first answer slowed by the scapy import would miss the EV's TT_match_response
    sock = open_plc_socket(interface, promiscuous=True)
    frames = PlcFrameReceiver(sock)
    if ready is not None:
        ready.set()
    try:
        while True:
            deadline = sim.next_deadline()
            timeout = 3600.0 if deadline is None else max(0.0, deadline - clock.now())
            data = await next_frame(frames.queue, clock, timeout)
            out = sim.receive(data, clock.now()) if data is not None else []
            out += sim.tick(clock.now())
            for raw in out:
                try:
                    sock.send(raw)
                except OSError as exc:
                    log.warning("sim: send failed: %s", exc)
    finally:
        frames.close()
        sock.close()


@contextlib.asynccontextmanager
async def simulator_process(
    interface: str, *args: str, netns: str | None = None, startup_timeout: float = 30.0
) -> AsyncIterator[asyncio.subprocess.Process]:
    """Run this module's command line as a child process (inside ``netns`` if given), wait
    for its ``ready`` line, and terminate it on exit. ``args`` are extra CLI arguments."""
    repo = Path(__file__).resolve().parents[2]
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")])),
    )
    prefix = ["ip", "netns", "exec", netns] if netns else []
    cmd = [*prefix, sys.executable, "-m", "evcc_agent.sim.evse_slac", "--interface", interface]
    proc = await asyncio.create_subprocess_exec(
        *cmd, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = await asyncio.wait_for(proc.stdout.readline(), timeout=startup_timeout)
        if not line.startswith(b"ready"):
            err = (await proc.stderr.read()).decode(errors="replace")[-2000:]
            raise RuntimeError(f"EVSE simulator did not start: {line!r} {err}")
        yield proc
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), timeout=10)
            except TimeoutError:
                proc.kill()
                await proc.wait()


_MAC_RE = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")


def _evse_arg(text: str) -> tuple[str, int]:
    """``MAC=DB`` (attenuation defaults to 20 dB)."""
    mac, _, atten = text.partition("=")
    if not _MAC_RE.match(mac) or int(mac[:2], 16) & 1:
        raise argparse.ArgumentTypeError(f"{mac!r} is not a unicast MAC address")
    try:
        db = int(atten or 20)
    except ValueError:
        raise argparse.ArgumentTypeError(f"attenuation {atten!r} is not an integer dB") from None
    if not 0 <= db <= 255:
        raise argparse.ArgumentTypeError("attenuation must be 0..255 dB")
    return mac.lower(), db


def _drop_arg(text: str) -> tuple[str, int]:
    kind, _, count = text.partition(":")
    try:
        return kind, int(count or 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: want KIND or KIND:N") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m evcc_agent.sim.evse_slac", description="simulated EVSEs answering SLAC"
    )
    p.add_argument("--interface", required=True)
    p.add_argument(
        "--evse",
        action="append",
        type=_evse_arg,
        default=[],
        metavar="MAC=DB",
        help="an EVSE and its average attenuation (repeatable; default one at 20 dB)",
    )
    p.add_argument("--modem-mac", default="02:00:00:00:ee:01")
    p.add_argument("--set-key-result", type=int, default=0, help="CM_SET_KEY.CNF result (QCA: 1)")
    p.add_argument("--drop", action="append", type=_drop_arg, default=[], metavar="KIND[:N]")
    p.add_argument("--wrong-run-id", action="append", default=[], metavar="KIND")
    p.add_argument("--malformed", action="append", default=[], metavar="KIND")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    faults = FaultPlan(
        drop=dict(args.drop),
        wrong_run_id=set(args.wrong_run_id),
        malformed=set(args.malformed),
    )
    evses = args.evse or [("02:00:00:00:ee:10", 20)]
    specs = [
        EvseSpec(mac=mac, attenuation_db=db, nid=bytes([2, 0, 0, 0, 0, 0, i + 1]))
        for i, (mac, db) in enumerate(evses)
    ]
    for spec in specs:
        spec.faults = faults
    modem = ModemEmulator(args.modem_mac, result=args.set_key_result)
    sim = EvseSlacSimulator(specs, modem)

    async def run() -> None:
        ready = asyncio.Event()
        task = asyncio.create_task(serve(args.interface, sim, ready=ready))
        await ready.wait()
        print(f"ready on {args.interface}: {', '.join(s.mac for s in specs)}", flush=True)
        await task

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"evse_slac: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
