"""The asyncio driver of the path core: looks at the link, resolves, binds, passes events on.

Sits between the ISO 15118 side's Internet events and the V2ICP client. Time from the injected
``Clock``, decisions from ``PathGate``; the looking is ``probe`` (netlink via pyroute2, DNS via
dnspython, both over the bound interface), replaceable for tests. With each look the source rule
for the charger's prefix is kept up to date (``SourceRules``, decisions in ``source_rule.py``)
and removed when the driver ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from evcc_agent.clock import Clock, next_item
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetEvent, InternetListener, InternetUp
from evcc_agent.ratelog import RateLimitedLog
from evcc_agent.v2icp.binding import BoundNetwork, Route
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.path import Bind, Forward, PathAction, PathGate, PathState, Probe
from evcc_agent.v2icp.resolve import ResolveError, literal_address, resolve
from evcc_agent.v2icp.source_rule import (
    EMPTY,
    Change,
    Refused,
    SourceAction,
    SourceRuleCore,
    changes,
    describe,
)

log = logging.getLogger(__name__)

ANY = "any"


def path_interface(config: V2icpConfig, iso15118_interface: str) -> str | None:
    """The interface V2ICP is bound to (``[v2icp] interface``, else the ISO 15118 one);
    None for ``"any"`` (no binding: benches and the demo)."""
    name = config.interface or iso15118_interface
    return None if name == ANY else name


class PathProbe:
    """One look at the path: address (netlink), backend address (config or DNS), route."""

    def __init__(self, config: V2icpConfig, interface: str) -> None:
        from evcc_agent.v2icp.netlink import RdnssListener

        self.config = config
        self.interface = interface
        self.host = urlsplit(config.url or "").hostname or ""
        self.rdnss = RdnssListener(interface)
        self.resolved: str | None = None

    def forget(self) -> None:
        """A new Internet session: resolve the name again."""
        self.resolved = None

    def servers(self) -> list[str]:
        return list(self.config.dns_servers) or self.rdnss.current()

    async def __call__(self) -> PathState:
        t0 = time.monotonic()
        state = await self._look()
        log.debug("path probe %.1f ms: %s", (time.monotonic() - t0) * 1000, state)
        return state

    async def _look(self) -> PathState:
        from evcc_agent.v2icp.netlink import link_state, route_source

        iface = self.interface
        link = await link_state(iface)
        if not link.exists:
            return PathState(problem=f"no interface {iface}")
        if not link.up:
            return PathState(problem=f"{iface} is down")
        if not link.addresses:
            return PathState(problem=f"no global IPv6 address on {iface} (no RA/SLAAC yet)")
        address = link.addresses[0]
        backend = self.config.backend_address or literal_address(self.host) or self.resolved
        if backend is None:
            try:
                backend = await resolve(
                    self.host,
                    self.servers(),
                    interface=iface,
                    timeout=self.config.dns_timeout_s,
                )
            except ResolveError as exc:
                return PathState(address, problem=f"DNS: {exc}")
            log.info("V2ICP backend %s is %s (DNS via %s)", self.host, backend, iface)
            self.resolved = backend
        source = await route_source(iface, backend)
        if source is None:
            return PathState(address, backend, problem=f"no route to {backend} through {iface}")
        return PathState(address, backend, source)

    async def run(self) -> None:
        """Load the libraries now (not after Internet up), then the RDNSS listener when the
        servers are not configured."""
        await asyncio.to_thread(_preload)
        if not self.config.dns_servers and self.config.backend_address is None:
            await self.rdnss.run()


def _preload() -> None:
    for name in ("pyroute2", "dns.message", "dns.inet", "dns.rdatatype", "dns.rcode"):
        importlib.import_module(name)


class SourceRules:
    """Runs ``SourceRuleCore`` against the kernel: reads the rules and the table, carries the
    changes out (CAP_NET_ADMIN), raises/clears its DTC."""

    def __init__(self, config: V2icpConfig, interface: str, clock: Clock, dtcs: DtcRegistry):
        self.interface = interface
        self.table = config.source_table
        self.priority = config.source_rule_priority
        self.clock = clock
        self.dtcs = dtcs
        self.core = SourceRuleCore()
        self._log = RateLimitedLog(log, interval_s=60.0)
        self._lock = asyncio.Lock()  # one look and its changes at a time

    async def sync(self) -> None:
        """One look at the kernel, and the changes it calls for."""
        async with self._lock:
            await self._sync()

    async def _sync(self) -> None:
        from evcc_agent.v2icp.netlink import source_view

        try:
            seen = await source_view(self.interface, self.table, self.priority)
        except OSError as exc:
            self._log.warning("view", self.clock.now(), "source rule: cannot read: %s", exc)
            return
        await self._execute(self.core.handle(seen, self.clock.now()))

    async def remove(self) -> None:
        """Take our rules and routes out again (the driver ends)."""
        from evcc_agent.v2icp.netlink import apply_source_changes, source_view

        if self.core.denied:
            return
        async with self._lock:
            seen = await source_view(self.interface, self.table, self.priority)
            todo = changes(seen.installed, EMPTY)
            if todo:
                await apply_source_changes(self.interface, self.table, self.priority, todo)
                log.info("source rules removed: %s", ", ".join(sorted(seen.installed.rules)) or "-")

    async def _execute(self, actions: Sequence[SourceAction]) -> None:
        from evcc_agent.v2icp.netlink import apply_source_changes

        todo = [a for a in actions if isinstance(a, Change)]
        for act in actions:
            self.dtcs.apply(act, self.clock.now())
        if not todo:
            return
        for change in todo:
            log.info("source rule: %s", describe(change, self.table, self.priority))
        try:
            await apply_source_changes(self.interface, self.table, self.priority, todo)
        except PermissionError as exc:
            await self._execute(
                self.core.handle(Refused(exc.strerror or str(exc)), self.clock.now())
            )
        except OSError as exc:  # the next look tries again
            self._log.warning("apply", self.clock.now(), "source rule: %s", exc)


class PathDriver:
    """Gates ``downstream`` (the V2ICP client's ``internet``) on a usable path."""

    def __init__(
        self,
        config: V2icpConfig,
        interface: str,
        clock: Clock,
        dtcs: DtcRegistry,
        downstream: InternetListener,
        *,
        probe: Callable[[], Awaitable[PathState]] | None = None,
        source_rules: SourceRules | None = None,
    ) -> None:
        self.config = config
        self.interface = interface
        self.clock = clock
        self.dtcs = dtcs
        self.downstream = downstream
        self.route = Route(interface)
        #: for the V2ICP transport: connections through ``interface`` to the bound backend
        self.network = BoundNetwork(self.route)
        self.gate = PathGate(config)
        self._probe_impl: PathProbe | None = None
        if probe is None:
            self._probe_impl = PathProbe(config, interface)
            probe = self._probe_impl
            source_rules = source_rules or SourceRules(config, interface, clock, dtcs)
        #: the source rule for the charger's prefix (None: not kept, e.g. a test's own probe)
        self.source_rules = source_rules
        self._probe = probe
        self._queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self._probe_task: asyncio.Task[None] | None = None
        #: when the last InternetUp arrived and when it was passed on (clock seconds)
        self.up_at: float | None = None
        self.forwarded_at: float | None = None

    def internet(self, event: InternetEvent) -> None:
        self._queue.put_nowait(("internet", event))

    def status(self) -> dict[str, Any]:
        rules = self.source_rules.core.status() if self.source_rules else {}
        return {"interface": self.interface, **self.gate.status(), **rules}

    async def run(self) -> None:
        listener = None
        if self._probe_impl is not None:
            listener = asyncio.create_task(self._probe_impl.run(), name="v2icp-rdnss")
        try:
            while True:
                self._execute(self.gate.tick(self.clock.now()))
                kind, value = await self._next(self.gate.next_deadline())
                now = self.clock.now()
                if kind == "internet":
                    if isinstance(value, InternetUp):
                        self.up_at = now
                        if self._probe_impl is not None:
                            self._probe_impl.forget()
                    self._execute(self.gate.internet(now, value))
                elif kind == "state":
                    self._execute(self.gate.observed(now, value))
        finally:
            for task in (listener, self._probe_task):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task
            if self.source_rules is not None:
                try:
                    async with asyncio.timeout(5.0):
                        await self.source_rules.remove()
                except (OSError, TimeoutError) as exc:
                    log.warning("source rules not removed: %s", exc)

    async def _next(self, deadline: float | None) -> tuple[str, Any]:
        """The next event, or ``("tick", None)`` once ``deadline`` has come."""
        item = await next_item(self._queue, self.clock, deadline)
        return ("tick", None) if item is None else item

    def _execute(self, actions: list[PathAction]) -> None:
        for act in actions:
            if isinstance(act, Probe):
                self._probe_task = asyncio.create_task(self._look(), name="v2icp-path-probe")
            elif isinstance(act, Bind):
                self.route.backend = act.backend
                self.route.source = act.source
            elif isinstance(act, Forward):
                if isinstance(act.event, InternetUp):
                    self.forwarded_at = self.clock.now()
                self.downstream(act.event)
            else:
                self.dtcs.apply(act, self.clock.now())

    async def _look(self) -> None:
        try:
            async with asyncio.timeout(self.config.ready_timeout_s):
                state = await self._probe()
        except TimeoutError:
            state = PathState(
                problem=f"no answer from the look within {self.config.ready_timeout_s:g} s"
            )
        except Exception as exc:  # the core decides; a probe bug is a "not usable"
            log.exception("V2ICP path probe failed")
            state = PathState(problem=f"probe failed: {type(exc).__name__}")
        self._queue.put_nowait(("state", state))
        if self.source_rules is not None:  # after the path's answer: never delays V2ICP
            await self.source_rules.sync()
