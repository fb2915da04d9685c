"""Typed errors of the EXI codec: the only exceptions decode() and encode() raise."""

from __future__ import annotations

from evcc_agent.iso15118.errors import Iso15118Error


class ExiError(Iso15118Error):
    """Base class of all codec errors."""


class ExiDecodeError(ExiError):
    """The stream is not a valid EXI body for the namespace's grammar.

    Carries the bit position where decoding stopped, the grammar state (grammar id / state
    index, or a short label) and the element path from the root.
    """

    def __init__(self, reason: str, bit_position: int = 0, state: str = "", path: str = "") -> None:
        self.reason = reason
        self.bit_position = bit_position
        self.state = state
        self.path = path
        super().__init__(f"{reason} at bit {bit_position} (state {state or '-'}, path /{path})")


class ExiEncodeError(ExiError):
    """The message dict cannot be encoded: missing required element, unknown element,
    value out of range, string or array too long, wrong value type."""

    def __init__(self, reason: str, path: str = "") -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{reason} (path /{path})")
