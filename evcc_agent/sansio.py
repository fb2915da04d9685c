"""The one sans-IO contract every protocol core implements (SLAC, SAP, -20, -2, DIN, V2ICP).

A core is a state machine without I/O: ``handle(event, now)`` takes one typed input event
with the time on the driver's clock and returns the actions the driver must execute;
``next_deadline()`` says when the core wants a ``Tick`` (None: only an event can change
anything). Cores never read a clock, sleep or touch a socket, so every timing rule is tested
with plain numbers, and one executor (``evcc_agent.executor``) drives any core the same way.

Events and actions are frozen dataclasses, declared ``class X(Event, frozen=True)``. Shared
here: the events and actions every world has (start, tick, link lost, stop request, driver
fault; raise / clear a DTC, an informational deadline, the end of the work). Each world adds
its own events and a ``Send`` subclass for what goes on its wire. A core owns its DTCs: it
raises them and clears them again when the condition is gone. This module imports nothing of
the project, so every world may import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class _Record:
    """What events and actions have in common: ``class X(Event, frozen=True)`` declares ``X``
    as a frozen dataclass (the same as ``@dataclass(frozen=True)`` on it)."""

    __slots__ = ()

    def __init_subclass__(cls, *, frozen: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if frozen:
            dataclass(frozen=True)(cls)


# --- events (what happened; the driver feeds them to ``Core.handle``) ----------------------
class Event(_Record):
    """Base of every input event."""

    __slots__ = ()


class Start(Event, frozen=True):
    """Begin the core's work (connection up, plug-in)."""


class Tick(Event, frozen=True):
    """``next_deadline()`` has come (stale ticks are harmless: the core checks the time)."""


class LinkLost(Event, frozen=True):
    """The connection the core talks over is gone (closed, reset, framing error)."""

    detail: str = ""


class StopRequested(Event, frozen=True):
    """End the work in order at the next opportunity (a charging session: PowerDelivery(Stop)
    … SessionStop)."""

    reason: str = "requested"


class DriverFault(Event, frozen=True):
    """The driver hit a bug while serving the core: end the work as after an internal error."""

    detail: str


# --- actions (what the driver must do) -----------------------------------------------------
class Action(_Record):
    """Base of every action."""

    __slots__ = ()


class Send(Action):
    """Put something on the core's wire; each world's subclass says what (a V2G message, a
    SLAC frame, an HTTPS body)."""

    __slots__ = ()


class RaiseDtc(Action, frozen=True):
    name: str
    detail: str = ""


class ClearDtc(Action, frozen=True):
    name: str


class Deadline(Action, frozen=True):
    """Informational: the core now waits for ``name`` until ``at``; the binding time is always
    ``next_deadline()``."""

    name: str
    at: float


class Stop(Action, frozen=True):
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
