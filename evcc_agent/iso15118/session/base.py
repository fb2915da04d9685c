"""What every sans-IO EVCC session core shares (SAP, -20, later -2 and DIN).

A core takes events — ``start(now)``, ``on_message(payload_type, message, now)``,
``tick(now)`` (the driver wakes it at ``next_wakeup()``), ``on_link_lost(now)`` — and returns
actions for the driver to execute. Messages are dicts in the codec's JSON form
(``{"SessionSetupReq": {...}}``). Cores never read the clock, sleep or touch sockets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from evcc_agent.events import InternetEvent

Message = dict[str, Any]


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


def message_name(message: Message) -> str:
    """The message's name; for -2/DIN's ``V2G_Message`` envelope, the name of its body."""
    name = next(iter(message)) if message else "?"
    if name == "V2G_Message":
        body = message[name].get("Body") if isinstance(message[name], dict) else None
        if isinstance(body, dict) and body:
            return next(iter(body))
    return name


def code_class(code: str) -> str:
    """ "ok", "warning" or "failed" for a -20 / -2 / SAP response code."""
    upper = code.upper()
    if upper.startswith("FAILED"):
        return "failed"
    if upper.startswith("WARNING"):
        return "warning"
    return "ok"


_SHORT_MAX = 32767


def rational(value: float) -> dict[str, int]:
    """A -20 RationalNumber (Value is an xs:short, Exponent an xs:byte) close to ``value``."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    if float(value).is_integer() and abs(value) <= _SHORT_MAX:
        return {"Exponent": 0, "Value": int(value)}
    for exp in range(-3, 20):
        scaled = round(value / (10.0**exp))
        if abs(scaled) <= _SHORT_MAX:
            while exp < 0 and scaled != 0 and scaled % 10 == 0:
                scaled //= 10
                exp += 1
            return {"Exponent": exp, "Value": int(scaled)}
    raise ValueError(f"out of range for a RationalNumber: {value}")


def from_rational(node: Any) -> float | None:
    """The float of a RationalNumber dict; None when absent or malformed."""
    if not isinstance(node, dict):
        return None
    try:
        value, exponent = int(node["Value"]), int(node["Exponent"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-128 <= exponent <= 127 and -32768 <= value <= 32767):  # xs:byte, xs:short
        return None
    return value * (10.0**exponent)
