"""The root of the V2ICP package's errors (parameters, credentials, transport)."""

from __future__ import annotations

from evcc_agent.errors import EvccAgentError


class V2icpError(EvccAgentError):
    """Any failure of the depot-backend side."""
