"""The reference CMS: the V2ICP backend towards the buses and the VDV 463 endpoint towards the
depot systems, joined by one ``DepotBridge``."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.sim.vdv463.bridge import ChargerReading, DepotBridge
from evcc_agent.sim.vdv463.server import ChargerSource, CmsServer, FrameCallback
from evcc_agent.sim.vdv463.session import CmsConfig


class _Vehicle(Protocol):
    @property
    def known(self) -> dict[str, int]: ...
    @property
    def evccid(self) -> str | None: ...


class V2icpBackend(Protocol):
    """What the CMS needs of the V2ICP side (``sim.backend.SimBackend``; not imported here:
    the backend's standalone main builds a ``ReferenceCms``)."""

    @property
    def vehicles(self) -> Mapping[str, _Vehicle]: ...

    directive_source: Callable[[str], dict[str, Any] | None] | None


class ReferenceCms:
    """``backend`` answers the buses with the bridge's directives; ``server`` reports to and
    takes plans from the upstream systems."""

    def __init__(
        self,
        backend: V2icpBackend,
        *,
        users: Mapping[str, str],
        config: CmsConfig | None = None,
        clock: Clock | None = None,
        charger: ChargerSource = lambda: None,
        path: str = "/vdv463",
        on_frame: FrameCallback | None = None,
    ) -> None:
        self.clock: Clock = clock or MonotonicClock()
        self.epoch = time.time() - self.clock.now()
        self.backend = backend
        self.bridge = DepotBridge(wall=self.wall)
        backend.directive_source = self.bridge.directives
        self.server = CmsServer(
            config or CmsConfig(),
            self.bridge,
            users=users,
            vehicles=self._vehicles,
            charger=charger,
            clock=self.clock,
            epoch=self.epoch,
            path=path,
            on_frame=on_frame,
        )

    def wall(self) -> datetime:
        return datetime.fromtimestamp(self.epoch + self.clock.now(), UTC)

    def _vehicles(self) -> dict[str, tuple[Mapping[str, int], str | None]]:
        return {vin: (st.known, st.evccid) for vin, st in self.backend.vehicles.items()}

    async def start(
        self, certfile: Path, keyfile: Path, host: str = "127.0.0.1", port: int = 0
    ) -> str:
        return await self.server.start(certfile, keyfile, host, port)

    async def stop(self) -> None:
        await self.server.stop()


__all__ = ["ChargerReading", "ReferenceCms"]
