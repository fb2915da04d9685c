"""What the charging session's Internet service means for V2ICP (application layer).

The ISO 15118 side reports protocol facts only: the Internet service is up, down, or not part
of the negotiated protocol at all (DIN 70121 has no value-added services). V2ICP needs the
service, so a protocol without it raises ``V2G_NO_V2ICP_PROTOCOL`` (why V2ICP is unavailable
this session) and reaches the V2ICP side as ``InternetDown("no_v2icp_protocol")``; the next
Internet up clears the DTC. Both the agent and the charge tool wrap their listener with this.
"""

from __future__ import annotations

import logging

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import (
    NO_INTERNET_SERVICE,
    InternetDown,
    InternetEvent,
    InternetListener,
    InternetUp,
)

log = logging.getLogger(__name__)

DTC_NO_V2ICP_PROTOCOL = "V2G_NO_V2ICP_PROTOCOL"


def v2icp_listener(listener: InternetListener, dtc: DtcRegistry, clock: Clock) -> InternetListener:
    """``listener`` behind the V2ICP view of the session's Internet events."""

    def on_internet(event: InternetEvent) -> None:
        if isinstance(event, InternetDown) and event.reason == NO_INTERNET_SERVICE:
            log.warning("the negotiated protocol has no Internet service: V2ICP unavailable")
            dtc.raise_(DTC_NO_V2ICP_PROTOCOL, clock.now(), "SECC negotiated DIN 70121 (no VAS)")
            event = InternetDown("no_v2icp_protocol")
        elif isinstance(event, InternetUp):
            dtc.clear(DTC_NO_V2ICP_PROTOCOL)
        listener(event)

    return on_internet
