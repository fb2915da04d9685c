"""What every sans-IO EVCC session core shares (SAP, -20, later -2 and DIN).

A core takes events — ``start(now)``, ``on_message(payload_type, message, now)``,
``tick(now)`` (the driver wakes it at ``next_wakeup()``), ``on_link_lost(now)`` — and returns
actions for the driver to execute. Messages are dicts in the codec's JSON form
(``{"SessionSetupReq": {...}}``). Cores never read the clock, sleep or touch sockets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from evcc_agent.events import InternetEvent
from evcc_agent.iso15118.messages import Message, message_name


@dataclass(frozen=True)
class Send:
    """Encode ``message`` with the grammar ``ns`` and send it with V2GTP ``payload_type``."""

    payload_type: int
    ns: str
    message: Message

    @property
    def name(self) -> str:
        return message_name(self.message)


@dataclass(frozen=True)
class StartTimer:
    """Informational: the core now waits for ``name`` until ``deadline`` (absolute ``now``)."""

    name: str
    deadline: float


@dataclass(frozen=True)
class EmitInternet:
    event: InternetEvent


@dataclass(frozen=True)
class RaiseDtc:
    name: str
    detail: str = ""


@dataclass(frozen=True)
class Stop:
    """Close the connection; ``ok`` is an orderly SessionStop."""

    ok: bool
    reason: str


Action = Send | StartTimer | EmitInternet | RaiseDtc | Stop


class SessionCore(Protocol):
    finished: bool

    def start(self, now: float) -> list[Any]: ...

    def on_message(self, payload_type: int, message: Message, now: float) -> list[Any]: ...

    def on_codec_error(self, detail: str, now: float) -> list[Any]: ...

    def tick(self, now: float) -> list[Any]: ...

    def on_link_lost(self, now: float, detail: str = ...) -> list[Any]: ...

    def next_wakeup(self) -> float | None: ...


def code_class(code: str) -> str:
    """ "ok", "warning" or "failed" for a -20 / -2 / SAP response code."""
    upper = code.upper()
    if upper.startswith("FAILED"):
        return "failed"
    if upper.startswith("WARNING"):
        return "warning"
    return "ok"
