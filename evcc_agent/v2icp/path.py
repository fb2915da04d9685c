"""The V2ICP network path through the charger, as a sans-IO state machine.

VDV 261 carries V2ICP over the charger's Internet service: IPv6 on the PLC link, never another
uplink. The ISO 15118 session's ``InternetUp`` says the service is offered; this core decides
when the path is actually usable and only then lets the V2ICP session start. Events go in with
``now``; actions come out. The driver does the looking (netlink, DNS) and reports a
``PathState``.

Rules:

* After ``InternetUp`` the path is looked at every ``path_poll_s`` for at most
  ``ready_timeout_s``. It is usable when the interface has a global IPv6 address, the backend
  has an address (configured, or resolved through the charger's DNS over the interface) and
  the kernel has a route to it through the interface (the source address comes from that route).
* Usable: bind V2ICP to it, clear ``V2ICP_NO_ROUTE``, pass the ``InternetUp`` on. Not usable in
  time: ``V2ICP_NO_ROUTE`` with what was missing; the next wait window opens at the V2ICP
  reconnect cadence (``reconnect_schedule_s`` after the first miss, then every
  ``reconnect_every_s``). V2ICP never falls back to another interface.
* While V2ICP runs the path is looked at every ``cycle_s``: gone → ``V2ICP_NO_ROUTE`` (the
  session's own failures follow); back → cleared; a new source address (renumbered prefix) →
  bound again.
* ``InternetDown`` ends everything; an ``InternetDown`` is passed on only after its ``InternetUp``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.v2icp.cadence import ReconnectCadence
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.session import ClearDtc, RaiseDtc

log = logging.getLogger(__name__)

NO_ROUTE = "V2ICP_NO_ROUTE"


@dataclass(frozen=True)
class PathState:
    """What one look at the path found (``problem`` says what is missing, for DTC and log)."""

    address: str | None = None  # a usable global IPv6 address on the interface
    backend: str | None = None  # the backend's IPv6 address
    source: str | None = None  # the source the kernel's route to the backend uses
    problem: str = ""

    @property
    def usable(self) -> bool:
        return bool(self.address and self.backend and self.source) and not self.problem


# --- actions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Probe:
    """Look at the path now and report with ``observed``."""


@dataclass(frozen=True)
class Bind:
    """Connect V2ICP to ``backend`` from ``source`` through the interface."""

    backend: str
    source: str


@dataclass(frozen=True)
class Forward:
    """Pass the Internet event on to the V2ICP session."""

    event: InternetUp | InternetDown


PathAction = Probe | Bind | Forward | RaiseDtc | ClearDtc


class PathPhase(StrEnum):
    STOPPED = "stopped"  # no Internet service
    WAITING = "waiting"  # a wait window is open
    BACKOFF = "backoff"  # the window ran out; waiting for the next one
    READY = "ready"  # V2ICP runs over the path


class PathGate:
    def __init__(self, config: V2icpConfig) -> None:
        self.config = config
        self.phase = PathPhase.STOPPED
        self.last: PathState | None = None
        self.bound: Bind | None = None
        self.misses = 0  # wait windows that ran out since Internet up
        self._up: InternetUp | None = None
        self._forwarded = False
        self._probing = False
        self._next_probe: float | None = None
        self._window_end = 0.0
        self._cadence = ReconnectCadence(config.reconnect_schedule_s, config.reconnect_every_s)
        self._next_window: float | None = None
        self._raised = False

    # --- queries -------------------------------------------------------------------------
    def next_deadline(self) -> float | None:
        times = []
        if self._next_probe is not None and not self._probing:
            times.append(self._next_probe)
        if self.phase is PathPhase.WAITING and not self._probing:
            times.append(self._window_end)
        if self.phase is PathPhase.BACKOFF and self._next_window is not None:
            times.append(self._next_window)
        return min(times) if times else None

    def status(self) -> dict[str, object]:
        st = self.last
        return {
            "path_phase": str(self.phase),
            "path_address": st.address if st else None,
            "path_backend": st.backend if st else None,
            "path_source": self.bound.source if self.bound else None,
            "path_problem": st.problem if st else "",
            "path_misses": self.misses,
        }

    # --- events --------------------------------------------------------------------------
    def internet(self, now: float, event: InternetUp | InternetDown) -> list[PathAction]:
        if isinstance(event, InternetUp):
            if self.phase is not PathPhase.STOPPED:
                return []
            self._up = event
            self._cadence.reset()
            self.misses = 0
            self.bound = None
            self._open_window(now)
            return self.tick(now)
        acts: list[PathAction] = [Forward(event)] if self._forwarded else []
        self.phase = PathPhase.STOPPED
        self._forwarded = False
        self._next_probe = self._next_window = None
        self._up = None
        return acts

    def tick(self, now: float) -> list[PathAction]:
        acts: list[PathAction] = []
        if (
            self.phase is PathPhase.BACKOFF
            and self._next_window is not None
            and now >= self._next_window
        ):
            self._open_window(now)
        if self._next_probe is not None and not self._probing and now >= self._next_probe:
            self._probing = True  # a look due at the window's end is still taken
            self._next_probe = None
            acts.append(Probe())
        elif self.phase is PathPhase.WAITING and not self._probing and now >= self._window_end:
            return self._missed(now)
        return acts

    def observed(self, now: float, state: PathState) -> list[PathAction]:
        if not self._probing:
            return []
        self._probing = False
        if self.phase is PathPhase.STOPPED:
            return []
        self.last = state
        acts: list[PathAction] = []
        if state.usable:
            assert state.backend is not None and state.source is not None
            bind = Bind(state.backend, state.source)
            if bind != self.bound:
                log.info("V2ICP path: %s from %s", state.backend, state.source)
                self.bound = bind
                acts.append(bind)
            if self._raised:
                self._raised = False
                acts.append(ClearDtc(NO_ROUTE))
            if self.phase is PathPhase.WAITING:
                self.phase = PathPhase.READY
                assert self._up is not None
                self._forwarded = True
                acts.append(Forward(self._up))
            self._next_probe = now + self.config.cycle_s
            return acts
        if self.phase is PathPhase.READY:
            if not self._raised:
                log.warning("V2ICP path lost: %s", state.problem)
                self._raised = True
                acts.append(RaiseDtc(NO_ROUTE, state.problem))
            self._next_probe = now + self.config.cycle_s
            return acts
        if now >= self._window_end:
            return self._missed(now)
        self._next_probe = min(now + self.config.path_poll_s, self._window_end)
        return acts

    # --- internals -----------------------------------------------------------------------
    def _open_window(self, now: float) -> None:
        self.phase = PathPhase.WAITING
        self._window_end = now + self.config.ready_timeout_s
        self._next_probe = now
        self._next_window = None
        self.last = None

    def _missed(self, now: float) -> list[PathAction]:
        problem = self.last.problem if self.last else "not looked at"
        self.misses += 1
        self.phase = PathPhase.BACKOFF
        self._next_probe = None
        self._next_window = self._cadence.next_after(now)
        log.warning(
            "V2ICP path not ready within %.0f s (%s); next look in %.0f s",
            self.config.ready_timeout_s,
            problem,
            self._next_window - now,
        )
        self._raised = True
        return [
            RaiseDtc(NO_ROUTE, f"not ready within {self.config.ready_timeout_s:g} s: {problem}")
        ]
