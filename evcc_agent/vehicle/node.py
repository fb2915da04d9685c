"""The thin asyncio driver of the J1939 node core (``vehicle/j1939.py``) on the agent's bus.

``VehicleBus`` runs one ``J1939Driver.run`` per open bus. The receive thread hands the frames
the node cares about (Address Claimed, Request) over with ``frame_from_thread``; DTC changes
arrive through the registry's listeners. Both are queued onto the event loop, so the core is
only ever called from one thread. Actions become frames on the bus, the start and stop of the
application TX (``start_tx``/``stop_tx``, given by ``VehicleBus``), DTCs and log lines.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import can

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry, DtcState
from evcc_agent.vehicle.config import J1939Config
from evcc_agent.vehicle.dm import DmMapper
from evcc_agent.vehicle.j1939 import (
    PGN_ADDRESS_CLAIMED,
    PGN_REQUEST,
    Action,
    AddressClaimed,
    AddressLost,
    ClearDtc,
    ClearPreviouslyActive,
    DtcsChanged,
    Event,
    FrameReceived,
    J1939Node,
    LinkLost,
    Name,
    RaiseDtc,
    SendApplicationPgn,
    SendFrame,
    Start,
    Tick,
)
from evcc_agent.vehicle.tx import CyclicTransmitter

log = logging.getLogger(__name__)

#: PDU format bytes of the frames the node reads (the rest goes to the decoder only)
_NODE_PF = frozenset({PGN_ADDRESS_CLAIMED >> 8, PGN_REQUEST >> 8})
#: a deadline this close counts as reached (``now + (deadline - now)`` may round below it)
_EPSILON_S = 1e-9


class J1939Driver:
    """Runs the node core on one bus; ``claimed`` is set while the address is ours."""

    def __init__(
        self,
        cfg: J1939Config,
        address: int,
        tx: CyclicTransmitter,
        dtc: DtcRegistry,
        clock: Clock,
    ) -> None:
        self.cfg = cfg
        self.tx = tx
        self.dtc = dtc
        self.clock = clock
        self.core = J1939Node(Name(**cfg.name.model_dump()), address, application_pgns=tx.pgns())
        self.mapper = DmMapper(cfg.dm)
        self.claimed = asyncio.Event()
        self.send_errors = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._send: Callable[[can.Message], None] = lambda _m: None
        self._start_tx: Callable[[], None] = lambda: None
        self._stop_tx: Callable[[], None] = lambda: None
        dtc.listeners.append(self._dtc_listener)

    # --- from other threads ---------------------------------------------------------------
    def frame_from_thread(self, msg: can.Message) -> None:
        """Receive thread: pass Address Claimed and Request frames to the core."""
        loop = self._loop
        if (
            loop is None
            or not msg.is_extended_id
            or (msg.arbitration_id >> 16) & 0xFF not in _NODE_PF
        ):
            return
        event = FrameReceived(msg.arbitration_id, bytes(msg.data))
        loop.call_soon_threadsafe(self._handle, event)

    def _dtc_listener(self, _state: DtcState) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._handle, self._dtcs_event())

    def _dtcs_event(self) -> DtcsChanged:
        states = list(self.dtc.states.values())
        return DtcsChanged(self.mapper.active(states), self.mapper.previously_active(states))

    # --- the loop ---------------------------------------------------------------------
    async def run(
        self,
        send: Callable[[can.Message], None],
        start_tx: Callable[[], None],
        stop_tx: Callable[[], None],
    ) -> None:
        """Claim, then serve the node until cancelled (the bus closes)."""
        self._loop = asyncio.get_running_loop()
        self._send, self._start_tx, self._stop_tx = send, start_tx, stop_tx
        self._handle(self._dtcs_event())
        self._handle(Start())
        try:
            while True:
                self._wake.clear()
                deadline = self.core.next_deadline()
                now = self.clock.now()
                if deadline is not None and deadline <= now + _EPSILON_S:
                    self._handle(Tick(), max(now, deadline))
                    continue
                waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(self._wake.wait())]
                if deadline is not None:
                    waits.append(asyncio.ensure_future(self.clock.sleep(deadline - now)))
                try:
                    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for w in waits:
                        w.cancel()
        finally:
            self._loop = None
            self._handle(LinkLost())  # the application TX is stopped by ``VehicleBus``
            self.claimed.clear()

    def _handle(self, event: Event, now: float | None = None) -> None:
        for action in self.core.handle(event, self.clock.now() if now is None else now):
            self._execute(action)
        self._wake.set()

    def _execute(self, action: Action) -> None:
        if isinstance(action, SendFrame):
            self._send_frame(can.Message(arbitration_id=action.arbitration_id, data=action.data))
        elif isinstance(action, AddressClaimed):
            log.info(
                "J1939 address 0x%02X claimed (NAME %016X)", action.address, self.core.name.value
            )
            self.tx.set_source_address(action.address)
            self._start_tx()
            self.claimed.set()
        elif isinstance(action, AddressLost):
            log.warning(
                "J1939 address 0x%02X lost to NAME %016X: transmission stopped",
                action.address,
                action.winner_name,
            )
            self.claimed.clear()
            self._stop_tx()
        elif isinstance(action, SendApplicationPgn):
            frame = self.tx.frame_for_pgn(action.pgn)
            if frame is not None:
                self._send_frame(frame)
        elif isinstance(action, ClearPreviouslyActive):
            log.info("J1939 previously active DTCs cleared (PGN %d)", action.via)
        elif isinstance(action, RaiseDtc):
            log.error(
                "J1939 cannot claim an address (%s): the agent stays silent on CAN", action.detail
            )
            self.dtc.raise_(action.name, self.clock.now(), action.detail)
        elif isinstance(action, ClearDtc):
            self.dtc.clear(action.name)

    def _send_frame(self, msg: can.Message) -> None:
        try:
            self._send(msg)
        except (can.CanError, OSError) as exc:
            self.send_errors += 1
            if self.send_errors == 1:
                log.warning("J1939 frame %08X not sent: %s (logged once)", msg.arbitration_id, exc)
