"""The one sans-IO contract every protocol core implements (SLAC, SAP, -20, -2, DIN, V2ICP).

A core is a state machine without I/O: ``handle(event, now)`` takes one typed input event
with the time on the driver's clock and returns the actions the driver must execute;
``next_deadline()`` says when the core wants a ``Tick`` (None: only an event can change
anything). Cores never read a clock, sleep or touch a socket, so every timing rule is tested
with plain numbers, and one executor (``evcc_agent.executor``) drives any core the same way.

Shared here: the events and actions every world has (start, tick, link lost, stop request,
driver fault; raise / clear a DTC, an informational deadline, the end of the work). Each world adds
its own events and a ``Send`` subclass for what goes on its wire. A core owns its DTCs: it
raises them and clears them again when the condition is gone. This module imports nothing of
the project, so every world may import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar


# --- events (what happened; the driver feeds them to ``Core.handle``) ----------------------
class Event:
    """Base of every input event."""

    __slots__ = ()


@dataclass(frozen=True)
class Start(Event):
    """Begin the core's work (connection up, plug-in)."""


@dataclass(frozen=True)
class Tick(Event):
    """``next_deadline()`` has come (stale ticks are harmless: the core checks the time)."""


@dataclass(frozen=True)
class LinkLost(Event):
    """The connection the core talks over is gone (closed, reset, framing error)."""

    detail: str = ""


@dataclass(frozen=True)
class StopRequested(Event):
    """End the work in order at the next opportunity (a charging session: PowerDelivery(Stop)
    … SessionStop)."""

    reason: str = "requested"


@dataclass(frozen=True)
class DriverFault(Event):
    """The driver hit a bug while serving the core: end the work as after an internal error."""

    detail: str


# --- actions (what the driver must do) -----------------------------------------------------
class Action:
    """Base of every action."""

    __slots__ = ()


class Send(Action):
    """Put something on the core's wire; each world's subclass says what (a V2G message, a
    SLAC frame, an HTTPS body)."""

    __slots__ = ()


@dataclass(frozen=True)
class RaiseDtc(Action):
    name: str
    detail: str = ""


@dataclass(frozen=True)
class ClearDtc(Action):
    name: str


@dataclass(frozen=True)
class Deadline(Action):
    """Informational: the core now waits for ``name`` until ``at``; the binding time is always
    ``next_deadline()``."""

    name: str
    at: float


@dataclass(frozen=True)
class Stop(Action):
    """The core's work is over: close the connection. ``ok``: it ended in order."""

    ok: bool
    reason: str


# --- the core ------------------------------------------------------------------------------
E_contra = TypeVar("E_contra", bound=Event, contravariant=True)


class Core(Protocol[E_contra]):
    """What the executor needs of a core."""

    def handle(self, event: E_contra, now: float) -> Sequence[Any]:
        """The actions ``event`` at ``now`` leads to (``Action`` instances)."""
        ...

    def next_deadline(self) -> float | None:
        """When the core wants a ``Tick`` next; None while only an event can help."""
        ...
