"""The root of the project's error tree; each package boundary has its own root below it
(``iso15118.errors.Iso15118Error``, ``v2icp.errors.V2icpError``, ``vehicle`` errors), so a
caller can catch one package's failures, or the agent's, without catching bugs."""

from __future__ import annotations


class EvccAgentError(Exception):
    """Any failure the agent reports by design (configuration, protocol, transport)."""
