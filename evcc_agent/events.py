"""The one link between ``iso15118/`` and ``v2icp/``: the Internet value-added service event.

The ISO 15118 session (any protocol: -20, -2) emits ``InternetUp`` when the SECC confirmed the
Internet service selection, and ``InternetDown`` on SessionStop, pause or loss of the link. The
V2ICP client subscribes and does not care which protocol carried the event.
"""

from __future__ import annotations

from collections.abc import Callable

from evcc_agent.sansio import Event


class InternetUp(Event, frozen=True):
    protocol: str  # as selected, lower-case: "https", "http", ...
    port: int
    via: str  # the V2G protocol that carried the service: "iso20", "iso2"


class InternetDown(Event, frozen=True):
    reason: str  # "session_stop", "pause", "link_lost", "vas_not_offered", ...


#: InternetDown reason: the negotiated protocol has no Internet service (DIN 70121)
NO_INTERNET_SERVICE = "no_internet_service"

InternetEvent = InternetUp | InternetDown
InternetListener = Callable[[InternetEvent], None]
