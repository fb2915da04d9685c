"""The V2G side of the sans-IO contract (``evcc_agent.sansio``): what SAP, -20, -2 and DIN
cores share.

Events in: ``Start``, ``MessageReceived`` (a decoded message with its V2GTP payload type),
``CodecFailed`` (ours could not be encoded or theirs decoded), ``Tick``, ``LinkLost``,
``StopRequested``. Actions out: ``Send`` (encode with the grammar ``ns``, send with the payload
type), ``EmitInternet``, and the contract's ``RaiseDtc``/``ClearDtc``/``Deadline``/``Stop``.
Messages are dicts in the codec's JSON form (``{"SessionSetupReq": {...}}``).
"""

from __future__ import annotations

import logging
from typing import Protocol

from evcc_agent.events import InternetEvent
from evcc_agent.iso15118.messages import Message, message_name
from evcc_agent.sansio import Action, Core, DriverFault, Event, LinkLost, Start, StopRequested, Tick
from evcc_agent.sansio import Send as SansioSend

log = logging.getLogger(__name__)


class MessageReceived(Event, frozen=True):
    """A decoded message from the SECC (``payload_type``: its V2GTP payload type)."""

    payload_type: int
    message: Message


class CodecFailed(Event, frozen=True):
    """A message of the SECC could not be decoded (or ours encoded)."""

    detail: str


class Send(SansioSend, frozen=True):
    """Encode ``message`` with the grammar ``ns`` and send it with V2GTP ``payload_type``."""

    payload_type: int
    ns: str
    message: Message

    @property
    def name(self) -> str:
        return message_name(self.message)


class EmitInternet(Action, frozen=True):
    event: InternetEvent


V2gEvent = Start | Tick | LinkLost | StopRequested | DriverFault | MessageReceived | CodecFailed


class SessionCore(Core[V2gEvent], Protocol):
    """A charging session core (-20, -2, DIN) as the driver sees it after SAP."""

    #: the SECC's session id once SessionSetupRes came (resume a paused session with it)
    session_id: str
    #: the session ended with SessionStop(Pause)
    paused: bool


def code_class(code: str) -> str:
    """ "ok", "warning" or "failed" for a -20 / -2 / SAP response code."""
    upper = code.upper()
    if upper.startswith("FAILED"):
        return "failed"
    if upper.startswith("WARNING"):
        return "warning"
    return "ok"
