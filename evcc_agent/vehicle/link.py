"""The vehicle side composed from ``[vehicle]``: DBCs, store, decoder, TX and bus driver.

One object for the supervisor and the demo to wire. ``now()`` is the vehicle clock the store's
timestamps use: pass it to ``store.get`` and the VDV 261 mapping (the demo runs V2ICP on a
scaled clock, but CAN cycle times and staleness are physical, so the vehicle side keeps
wall time there).
"""

from __future__ import annotations

from dataclasses import dataclass

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.vehicle.bus import BusFactory, VehicleBus
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import (
    FrameDecoder,
    VehicleDatabase,
    build_store,
    load_databases,
)
from evcc_agent.vehicle.node import J1939Driver
from evcc_agent.vehicle.store import SignalStore
from evcc_agent.vehicle.tx import CyclicTransmitter


@dataclass
class VehicleLink:
    cfg: VehicleConfig
    vdb: VehicleDatabase
    store: SignalStore
    decoder: FrameDecoder
    tx: CyclicTransmitter
    bus: VehicleBus
    clock: Clock

    @classmethod
    def from_config(
        cls,
        cfg: VehicleConfig,
        dtc: DtcRegistry,
        clock: Clock | None = None,
        *,
        bus_factory: BusFactory | None = None,
    ) -> VehicleLink:
        """Load the DBCs (``DbcError`` names file and line) and build every part."""
        clock = clock or MonotonicClock()
        vdb = load_databases(cfg.dbc_files)
        store = build_store(
            vdb, default_stale_after=cfg.stale_after_s, overrides=cfg.stale_after_overrides_s
        )
        decoder = FrameDecoder(
            vdb,
            store,
            ignore_source_address=cfg.j1939_ignore_source_address,
            skip_messages=cfg.tx_messages,
        )
        tx = CyclicTransmitter(
            vdb,
            cfg.tx_messages,
            cycle_overrides_ms=cfg.tx_cycle_ms,
            source_address=cfg.j1939_address if cfg.j1939.enabled else cfg.tx_source_address,
            fd=cfg.fd,
        )
        node = (
            J1939Driver(cfg.j1939, cfg.j1939_address, tx, dtc, clock) if cfg.j1939.enabled else None
        )
        bus = VehicleBus(cfg, decoder, clock, dtc, tx, bus_factory=bus_factory, node=node)
        publish_dtcs(dtc, tx)
        return cls(cfg, vdb, store, decoder, tx, bus, clock)

    @property
    def node(self) -> J1939Driver | None:
        """The J1939 node (``None`` with ``[vehicle.j1939] enabled = false``)."""
        return self.bus.node

    def now(self) -> float:
        return self.clock.now()

    def read(self, signal: str) -> float | None:
        """A signal's value now, ``None`` when not available or stale."""
        return self.store.get(signal, self.clock.now())

    async def run(self) -> None:
        await self.bus.run()

    def stop(self) -> None:
        self.bus.stop()


#: Our DBC's DTC status message (``dbc/vcu.dbc``): count, the first three codes, lamp.
DTC_SIGNALS = ("AGT_DtcActiveCount", "AGT_DtcCode1", "AGT_DtcCode2", "AGT_DtcCode3", "AGT_DtcLamp")


def dtc_signal_values(dtc: DtcRegistry) -> dict[str, float | None]:
    codes = sorted(s.spec.code for s in dtc.active())
    values: dict[str, float | None] = {"AGT_DtcActiveCount": min(len(codes), 250)}
    for i in range(3):
        values[f"AGT_DtcCode{i + 1}"] = codes[i] if i < len(codes) else 0
    values["AGT_DtcLamp"] = 1 if codes else 0
    return values


def publish_dtcs(dtc: DtcRegistry, tx: CyclicTransmitter) -> None:
    """Keep the DTC status message current (if the TX messages carry it)."""
    if not all(name in tx.signals() for name in DTC_SIGNALS):
        return
    tx.set_signals(dtc_signal_values(dtc))
    dtc.listeners.append(lambda _state: tx.set_signals(dtc_signal_values(dtc)))
