"""The one executor of the sans-IO contract (``sansio.py``): it drives any core the same way.

Loop: feed ``Start``; execute the actions in order (``Send`` through the port, DTCs into the
registry, ``Deadline`` is informational, the world's other actions to ``port.perform``); then
wait for the port's next event or the core's ``next_deadline()`` (a ``Tick``), and repeat
until the core returns ``Stop``. A failed send ends the batch: its event (link lost, cannot
encode) goes to the core at once. A port turns its own bugs (an observer that raises) into
``DriverFault``, which ends the core's work as after an internal error.

Production drives SAP, the V2G sessions and SLAC with it; the tests drive the cores with it
against the simulators' dict-level responders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.sansio import (
    Core,
    Deadline,
    Event,
    Send,
    Start,
    Stop,
    Tick,
)


class Port(Protocol):
    """A core's world: its wire and the effects only that world knows."""

    async def send(self, action: Send) -> Event | None:
        """Put ``action`` on the wire; the event to feed the core when that failed."""
        ...

    async def receive(self, deadline: float | None) -> Event | None:
        """The next event from the wire, or None once ``deadline`` (clock time) has come."""
        ...

    def perform(self, action: Any) -> None:
        """Any other action of this world (Internet up/down, directives …)."""
        ...


class Executor:
    """Runs one core over one port until it stops; ``post`` feeds it an event from outside."""

    def __init__(self, core: Core[Any], port: Port, clock: Clock, dtc: DtcRegistry) -> None:
        self.core = core
        self.port = port
        self.clock = clock
        self.dtc = dtc
        self._posted: list[Any] = []

    def post(self, event: Event) -> None:
        """Hand ``event`` (a stop request, say) to the core now; its actions run at the next
        step, before those of the event that step brings."""
        self._posted += self.core.handle(event, self.clock.now())

    async def run(self) -> Stop:
        actions: Sequence[Any] = self.core.handle(Start(), self.clock.now())
        while True:
            if self._posted:
                actions = [*self._take_posted(), *actions]
            stop, failed = await self._execute(actions)
            if stop is not None:
                return stop
            if failed is not None:
                actions = self.core.handle(failed, self.clock.now())
                continue
            event = await self.port.receive(self.core.next_deadline())
            actions = self.core.handle(event or Tick(), self.clock.now())

    def _take_posted(self) -> list[Any]:
        posted, self._posted = self._posted, []
        return posted

    async def _execute(self, actions: Sequence[Any]) -> tuple[Stop | None, Event | None]:
        """Run ``actions`` in order: (the Stop, None) at the end of the work, (None, event)
        after a failed send, else (None, None)."""
        for act in actions:
            if isinstance(act, Stop):
                return act, None
            if isinstance(act, Send):
                failed = await self.port.send(act)
                if failed is not None:
                    return None, failed
            elif not self.dtc.apply(act, self.clock.now()) and not isinstance(act, Deadline):
                self.port.perform(act)
        return None, None
