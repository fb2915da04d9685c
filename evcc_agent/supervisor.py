"""Keeps the agent's long-running parts alive.

Each part is an async callable. A crash is logged, raises DTC ``TASK_CRASHED`` and the part is
restarted after an exponential backoff (time from the injected clock); a part that returns
normally is finished. Cancellation (shutdown) propagates untouched.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry

log = logging.getLogger(__name__)

PartFactory = Callable[[], Awaitable[None]]


@dataclass
class RestartPolicy:
    initial: float = 1.0
    factor: float = 2.0
    maximum: float = 60.0
    #: a part that ran this long without crashing starts again from ``initial``
    healthy_after: float = 120.0

    def delay(self, failures: int) -> float:
        return min(self.maximum, self.initial * self.factor ** max(0, failures - 1))


@dataclass
class PartStatus:
    name: str
    running: bool = False
    crashes: int = 0
    last_error: str = ""


@dataclass
class Supervisor:
    clock: Clock
    dtcs: DtcRegistry
    policy: RestartPolicy = field(default_factory=RestartPolicy)
    status: dict[str, PartStatus] = field(default_factory=dict)

    async def run(self, name: str, factory: PartFactory) -> None:
        """Run ``factory()`` until it returns, restarting it after every crash."""
        st = self.status.setdefault(name, PartStatus(name))
        failures = 0
        while True:
            started = self.clock.now()
            st.running = True
            try:
                await factory()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                st.crashes += 1
                st.last_error = f"{type(exc).__name__}: {exc}"
                if self.clock.now() - started >= self.policy.healthy_after:
                    failures = 0
                failures += 1
                delay = self.policy.delay(failures)
                log.exception("part %s crashed; restart in %.1f s", name, delay)
                self.dtcs.raise_("TASK_CRASHED", self.clock.now(), f"{name}: {st.last_error}")
                st.running = False
                await self.clock.sleep(delay)
                continue
            finally:
                st.running = False
            log.info("part %s finished", name)
            return
