"""The one JSON event schema of ``demo --json`` and ``charge --json`` (docs/events.md).

One object per line; every object has ``t`` (seconds since the start; the demo's simulated
time) and ``event``. The kinds both commands write are built here, so a V2G line from
``charge`` and one from ``demo`` read alike:

* ``v2g``: ``direction`` ("tx"/"rx"), ``message``, ``ns``, ``content`` (the message body),
  ``exi`` (the hex of the whole EXI document: ``evcc-agent exi decode --ns NS HEX``);
* ``internet_up`` (``protocol``, ``port``, ``via``), ``internet_down`` (``reason``);
* ``summary``: the last line, with ``ok`` (true: the command exits 0).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from evcc_agent.events import InternetEvent, InternetUp

if TYPE_CHECKING:  # the session module is heavy; the agent imports this one at start
    from evcc_agent.iso15118.evcc import V2gRecord


def message_body(name: str, message: dict[str, Any]) -> Any:
    """The body of ``name``: -20/SAP documents are ``{name: body}``, -2/DIN carry a header."""
    if "V2G_Message" in message:  # -2 / DIN: the session id is in the header
        return (message["V2G_Message"].get("Body") or {}).get(name, message)
    return message.get(name, message)


def v2g_event(rec: V2gRecord) -> dict[str, Any]:
    return {
        "event": "v2g",
        "direction": rec.direction,
        "message": rec.name,
        "ns": rec.ns,
        "content": message_body(rec.name, rec.message),
        "exi": rec.exi.hex(),
    }


def internet_event(event: InternetEvent) -> dict[str, Any]:
    if isinstance(event, InternetUp):
        return {
            "event": "internet_up",
            "protocol": event.protocol,
            "port": event.port,
            "via": event.via,
        }
    return {"event": "internet_down", "reason": event.reason}


def dumps(event: dict[str, Any]) -> str:
    """One line of the stream."""
    return json.dumps(event, separators=(",", ":"))
