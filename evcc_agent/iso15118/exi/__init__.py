"""Pure-Python schema-informed EXI codec for ISO 15118 (stable API: decode / encode).

The caller names the schema (EXI streams do not say which one they use): ``appprotocol``,
``iso20-common``, ``iso20-dc``, ``iso20-ac``, ``iso20-acdp``, ``iso20-wpt``, ``iso2``, ``din``,
or the namespace URI of any of them. Grammars load lazily per namespace on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import ExiDecodeError, ExiEncodeError, ExiError

__all__ = [
    "NAMESPACES",
    "ExiDecodeError",
    "ExiEncodeError",
    "ExiError",
    "decode",
    "encode",
    "encode_relaxed_fragment",
    "has_relaxed_fragment",
    "preload",
]

#: API name -> generated module name
NAMESPACES: dict[str, str] = {
    "appprotocol": "appprotocol",
    "xmldsig": "xmldsig",
    "iso20-common": "iso20_common",
    "iso20-dc": "iso20_dc",
    "iso20-ac": "iso20_ac",
    "iso20-acdp": "iso20_acdp",
    "iso20-wpt": "iso20_wpt",
    "iso2": "iso2",
    "din": "din",
}

#: namespace URIs (as in the vectors and SupportedAppProtocol) -> API name
NAMESPACE_URIS: dict[str, str] = {
    "urn:iso:15118:2:2010:AppProtocol": "appprotocol",
    "http://www.w3.org/2000/09/xmldsig#": "xmldsig",
    "urn:iso:std:iso:15118:-20:CommonMessages": "iso20-common",
    "urn:iso:std:iso:15118:-20:DC": "iso20-dc",
    "urn:iso:std:iso:15118:-20:AC": "iso20-ac",
    "urn:iso:std:iso:15118:-20:ACDP": "iso20-acdp",
    "urn:iso:std:iso:15118:-20:WPT": "iso20-wpt",
    "urn:iso:15118:2:2013:MsgDef": "iso2",
    "urn:din:70121:2012:MsgDef": "din",
}

_loaded: dict[str, Any] = {}


def _grammars(ns: str, error: type[ExiError]) -> Any:
    key = NAMESPACE_URIS.get(ns, ns)
    g = _loaded.get(key)
    if g is not None:
        return g
    modname = NAMESPACES.get(key)
    if modname is None:
        if error is ExiDecodeError:
            raise ExiDecodeError(f"unknown namespace {ns!r}", 0, "namespace")
        raise ExiEncodeError(f"unknown namespace {ns!r}")
    from .runtime import Grammars

    module = importlib.import_module(f"{__name__}.generated.{modname}")
    g = Grammars(module)
    _loaded[key] = g
    return g


def preload(*namespaces: str) -> None:
    """Load the grammars and compile the fast path now (tens of ms per namespace), so the
    first message of a session does not pay for it."""
    for ns in namespaces:
        _grammars(ns, ExiDecodeError).warm()


def _fragment_first(ns: str) -> bool:
    """xmldsig parts travel only as EXI fragments (SignedInfo digests); the rest as documents."""
    return NAMESPACE_URIS.get(ns, ns) == "xmldsig"


def decode(ns: str, data: bytes, *, fragment: bool | None = None) -> dict[str, Any]:
    """Decode one EXI stream (no V2GTP header) of namespace ``ns`` into the dict form.

    ``fragment``: True decodes an EXI fragment (how signed elements are digested), False an
    EXI document; None (default) tries the usual form first (document; fragment for
    ``xmldsig``) and the other one when that fails.
    """
    from .runtime import decode_fast

    g = _grammars(ns, ExiDecodeError)
    raw = bytes(data)
    first = _fragment_first(ns) if fragment is None else fragment
    try:
        try:
            return decode_fast(g, raw, first)
        except ExiDecodeError:
            if fragment is not None:
                raise
            try:
                return decode_fast(g, raw, not first)
            except ExiDecodeError:
                pass
            raise
    except ExiDecodeError:
        raise
    except RecursionError:
        raise ExiDecodeError("nesting too deep", 0, "recursion") from None
    except Exception as e:  # never leak another exception type
        raise ExiDecodeError(f"internal decoder error: {type(e).__name__}: {e}") from e


def encode(ns: str, msg: dict[str, Any], *, fragment: bool | None = None) -> bytes:
    """Encode one message in dict form (``{"RootElement": {...}}``) into an EXI stream.

    ``fragment``: True writes an EXI fragment, what ISO 15118 signs (the signed element with
    the message's schema; SignedInfo with ns ``xmldsig``); False an EXI document; None
    (default): a fragment for ``xmldsig`` and for elements that are not global (such as
    ``PnC_AReqAuthorizationMode``), else a document.
    """
    from .runtime import encode_fast

    g = _grammars(ns, ExiEncodeError)
    if fragment is None:
        root = next(iter(msg), None) if isinstance(msg, dict) and len(msg) == 1 else None
        fragment = _fragment_first(ns) or (
            root is not None and root not in g.root_by_name and root in g.frag_by_name
        )
    try:
        return encode_fast(g, msg, fragment)
    except ExiEncodeError:
        raise
    except RecursionError:
        raise ExiEncodeError("nesting too deep") from None
    except Exception as e:
        raise ExiEncodeError(f"internal encoder error: {type(e).__name__}: {e}") from e


def has_relaxed_fragment(ns: str, name: str) -> bool:
    """Whether fragment element ``name`` is declared with several types in ``ns`` (-2
    ``eMAID``): its fragment then exists in two forms in the field, see
    :func:`encode_relaxed_fragment`."""
    g = _grammars(ns, ExiEncodeError)
    frag = g.frag_by_name.get(name)
    return frag is not None and frag[0] in g.frag_relaxed


def encode_relaxed_fragment(ns: str, msg: dict[str, Any]) -> bytes:
    """The EXI fragment of a simple-content element under EXI's relaxed ElementFragment
    grammar (how EXIficient encodes -2 ``eMAID``); ``encode(..., fragment=True)`` writes the
    form with the element's own type grammar (how cbexigen/OpenV2G encode it)."""
    from .runtime import encode_relaxed_fragment as enc

    g = _grammars(ns, ExiEncodeError)
    try:
        return enc(g, msg)
    except ExiEncodeError:
        raise
    except Exception as e:
        raise ExiEncodeError(f"internal encoder error: {type(e).__name__}: {e}") from e
