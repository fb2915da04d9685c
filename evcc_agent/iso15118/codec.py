"""The EXI codec as the sessions and drivers see it: a small interface plus the grammar choice.

EXI streams do not name their schema, so the V2GTP payload type selects the grammar (from the
protocol registry).
Production uses ``evcc_agent.iso15118.exi`` (imported lazily); tests may inject another codec.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from evcc_agent.iso15118.errors import Iso15118Error
from evcc_agent.iso15118.registry import GRAMMAR_BY_PAYLOAD_TYPE


class CodecError(Iso15118Error):
    """A message could not be encoded or decoded (wraps the codec's own typed errors)."""


class Codec(Protocol):
    def decode(self, ns: str, data: bytes) -> dict[str, Any]: ...

    def encode(self, ns: str, msg: dict[str, Any]) -> bytes: ...


def namespace_for(payload_type: int, grammars: Mapping[int, str] = GRAMMAR_BY_PAYLOAD_TYPE) -> str:
    """The grammar of ``payload_type`` (by default SAP's and -20's; a negotiated protocol's
    ``grammars`` from the registry)."""
    try:
        return grammars[payload_type]
    except KeyError:
        raise CodecError(f"no grammar for payload type 0x{payload_type:04X}") from None


class ExiCodec:
    """The project's EXI codec behind the ``Codec`` interface, errors made ``CodecError``."""

    def __init__(self) -> None:
        exi = importlib.import_module("evcc_agent.iso15118.exi")
        self._exi = exi
        self._errors: tuple[type[Exception], ...] = (
            exi.ExiDecodeError,
            exi.ExiEncodeError,
            ValueError,
            KeyError,
            TypeError,
            IndexError,
        )

    def decode(self, ns: str, data: bytes) -> dict[str, Any]:
        try:
            result: dict[str, Any] = self._exi.decode(ns, data)
        except self._errors as exc:
            raise CodecError(f"EXI decode ({ns}): {exc}") from exc
        return result

    def warm_up(self, namespaces: list[str]) -> None:
        """Load the grammars now (they load lazily on first use, which costs ~0.1 s each)."""
        for ns in namespaces:
            with contextlib.suppress(*self._errors):
                self._exi.preload(ns)

    def encode(self, ns: str, msg: dict[str, Any]) -> bytes:
        try:
            result: bytes = self._exi.encode(ns, msg)
        except self._errors as exc:
            raise CodecError(f"EXI encode ({ns}): {exc}") from exc
        return result


def default_codec() -> Codec:
    return ExiCodec()


def warm_up(codec: Codec, namespaces: list[str] | None = None) -> None:
    """Preload grammars where the codec supports it (before the vehicle plugs in)."""
    hook = getattr(codec, "warm_up", None)
    if hook is not None:
        hook(namespaces or list(GRAMMAR_BY_PAYLOAD_TYPE.values()))
