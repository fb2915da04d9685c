"""The CAN interface driver: open, receive into the decoder, reopen with backoff on failure.

Any python-can interface opens from ``[vehicle]`` (``socketcan``/``can0`` in the field,
``virtual`` in tests and the demo: the same code path). Frames are read in one thread
(``bus.recv``) and fed straight to the ``FrameDecoder``, which writes the ``SignalStore``. An
error or an interface that goes away raises DTC ``CAN_BUS_DOWN``; the driver closes the bus,
waits (doubling from ``reopen_backoff_initial_s`` to ``reopen_backoff_max_s`` on the agent's
clock) and reopens; the DTC clears once the bus is open again. With a J1939 node
(``vehicle/node.py``) the application TX starts only once the node has claimed its address
and stops when it loses it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import can

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import FrameDecoder
from evcc_agent.vehicle.node import J1939Driver
from evcc_agent.vehicle.tx import CyclicTransmitter

log = logging.getLogger(__name__)

BusFactory = Callable[[], can.BusABC]
RECV_TIMEOUT_S = 0.1


def bus_kwargs(cfg: VehicleConfig) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"interface": cfg.interface, "channel": cfg.channel}
    if cfg.bitrate is not None:
        kwargs["bitrate"] = cfg.bitrate
    if cfg.fd:
        kwargs["fd"] = True
        if cfg.data_bitrate is not None:
            kwargs["data_bitrate"] = cfg.data_bitrate
    kwargs.update(cfg.bus_options)
    return kwargs


def open_bus(cfg: VehicleConfig) -> can.BusABC:
    """Open the configured python-can interface."""
    return can.Bus(**bus_kwargs(cfg))


def backoff_delays(initial: float, maximum: float) -> Iterator[float]:
    """initial, 2*initial, ... capped at maximum (generator)."""
    delay = initial
    while True:
        yield min(delay, maximum)
        delay = min(delay * 2, maximum)


class VehicleBus:
    """Supervises one CAN interface: receive thread, TX attachment, reopen with backoff."""

    def __init__(
        self,
        cfg: VehicleConfig,
        decoder: FrameDecoder,
        clock: Clock,
        dtc: DtcRegistry,
        tx: CyclicTransmitter | None = None,
        *,
        bus_factory: BusFactory | None = None,
        node: J1939Driver | None = None,
    ) -> None:
        self.cfg = cfg
        self.node = node
        self.decoder = decoder
        self.clock = clock
        self.dtc = dtc
        self.tx = tx
        self._factory = bus_factory or (lambda: open_bus(cfg))
        self._stop = threading.Event()
        self.bus: can.BusABC | None = None
        self.opened = asyncio.Event()
        self.open_count = 0
        self.failures = 0
        self.error_frames = 0
        self.decode_errors = 0
        self.last_error = ""
        self._tx_task: asyncio.Task[None] | None = None

    @property
    def up(self) -> bool:
        return self.bus is not None

    def send(self, msg: can.Message) -> None:
        """Send one frame if the bus is up (used by the clock-driven TX)."""
        bus = self.bus
        if bus is not None:
            bus.send(msg, timeout=0.1)

    async def run(self) -> None:
        """Open, receive, and reopen after failures, until cancelled or ``stop()``."""
        self._stop.clear()
        delays = backoff_delays(self.cfg.reopen_backoff_initial_s, self.cfg.reopen_backoff_max_s)
        node_task: asyncio.Task[None] | None = None
        while not self._stop.is_set():
            try:
                bus = self._factory()
            except (can.CanError, OSError, ValueError, ImportError) as exc:
                self._down(f"open failed: {exc}")
                await self.clock.sleep(next(delays))
                continue
            self.bus = bus
            self.open_count += 1
            self.dtc.clear("CAN_BUS_DOWN")
            log.info("CAN %s/%s open", self.cfg.interface, self.cfg.channel)
            delays = backoff_delays(
                self.cfg.reopen_backoff_initial_s, self.cfg.reopen_backoff_max_s
            )
            try:
                if self.node is None:
                    self._start_tx()
                else:  # the node starts the TX once its address is claimed
                    node_task = asyncio.create_task(
                        self.node.run(self.send, self._start_tx, self._stop_tx)
                    )
                self.opened.set()
                await asyncio.to_thread(self._rx_loop, bus)
            except (can.CanError, OSError, ValueError) as exc:
                self._down(f"receive failed: {exc}")
            except asyncio.CancelledError:
                self._stop.set()
                raise
            finally:
                self.opened.clear()
                if node_task is not None:  # not awaited: the reopen backoff starts now
                    node_task.cancel()
                    node_task = None
                self._stop_tx()
                self.bus = None
                try:
                    bus.shutdown()
                except (can.CanError, OSError) as exc:
                    log.debug("CAN shutdown: %s", exc)
            if not self._stop.is_set():
                await self.clock.sleep(next(delays))

    def _start_tx(self) -> None:
        """Start the application TX on the open bus (periodic tasks or the clock loop)."""
        bus = self.bus
        if self.tx is None or bus is None:
            return
        self._stop_tx()
        if self.cfg.tx_mode == "periodic":
            self.tx.attach(bus)
        else:
            self._tx_task = asyncio.create_task(self.tx.run_on_clock(self.send, self.clock))

    def _stop_tx(self) -> None:
        if self._tx_task is not None:
            self._tx_task.cancel()
            self._tx_task = None
        if self.tx is not None:
            self.tx.detach()

    def stop(self) -> None:
        """Ask the receive thread to finish (within ``RECV_TIMEOUT_S``)."""
        self._stop.set()

    def _down(self, reason: str) -> None:
        self.failures += 1
        self.last_error = reason
        log.warning("CAN %s/%s down: %s", self.cfg.interface, self.cfg.channel, reason)
        self.dtc.raise_("CAN_BUS_DOWN", self.clock.now(), reason)

    def _rx_loop(self, bus: can.BusABC) -> None:
        feed = self.decoder.feed
        now = self.clock.now
        stop = self._stop
        node = self.node.frame_from_thread if self.node is not None else None
        while not stop.is_set():
            msg = bus.recv(RECV_TIMEOUT_S)
            if msg is None:
                continue
            if msg.is_error_frame or msg.is_remote_frame:
                self.error_frames += 1
                continue
            if node is not None and msg.is_extended_id:
                node(msg)
            try:
                feed(msg.arbitration_id, msg.is_extended_id, msg.data, now())
            except Exception:  # a decoder bug must not stop the bus: count, log once
                self.decode_errors += 1
                if self.decode_errors == 1:
                    log.exception("CAN frame %x not decodable", msg.arbitration_id)
