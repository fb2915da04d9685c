"""The root of the ISO 15118 package's errors (SDP, SLAC, V2GTP, codec, connection)."""

from __future__ import annotations

from evcc_agent.errors import EvccAgentError


class Iso15118Error(EvccAgentError):
    """Any failure of the charging-communication side."""
