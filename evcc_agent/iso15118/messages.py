"""Message-dict helpers both ends of a V2G link share (the EV sessions and the SECC simulator).

Messages are dicts in the codec's JSON form (``{"SessionSetupReq": {...}}``; -2/DIN wrap the
body in a ``V2G_Message`` envelope). Numbers travel as -20 RationalNumbers or -2/DIN
PhysicalValues; both codecs live here, next to the codec, not inside a session.
"""

from __future__ import annotations

import math
from typing import Any

Message = dict[str, Any]


def message_name(message: Message) -> str:
    """The message's name; for -2/DIN's ``V2G_Message`` envelope, the name of its body."""
    name = next(iter(message)) if message else "?"
    if name == "V2G_Message":
        body = message[name].get("Body") if isinstance(message[name], dict) else None
        if isinstance(body, dict) and body:
            return next(iter(body))
    return name


_SHORT_MAX = 32767  # both mantissas are xs:short


def _scaled(value: float, exponents: range, kind: str) -> tuple[int, int]:
    """(mantissa, exponent) close to ``value``: an integer as it is where it fits, else the
    finest exponent that fits, trailing zeros moved into the exponent."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    if float(value).is_integer() and abs(value) <= _SHORT_MAX:
        return int(value), 0  # plain integers as chargers commonly send them
    for exp in exponents:
        scaled = round(value / (10.0**exp))
        if abs(scaled) <= _SHORT_MAX:
            while exp < 0 and scaled != 0 and scaled % 10 == 0:
                scaled //= 10
                exp += 1
            return int(scaled), exp
    raise ValueError(f"out of range for a {kind}: {value}")


def _unscaled(node: Any, exponent_key: str, lowest: int, highest: int) -> float | None:
    if not isinstance(node, dict):
        return None
    try:
        value, exponent = int(node["Value"]), int(node[exponent_key])
    except (KeyError, TypeError, ValueError):
        return None
    if not (lowest <= exponent <= highest and -_SHORT_MAX - 1 <= value <= _SHORT_MAX):
        return None
    return value * (10.0**exponent)


def rational(value: float) -> dict[str, int]:
    """A -20 RationalNumber (Value is an xs:short, Exponent an xs:byte) close to ``value``."""
    mantissa, exponent = _scaled(value, range(-3, 20), "RationalNumber")
    return {"Exponent": exponent, "Value": mantissa}


def from_rational(node: Any) -> float | None:
    """The float of a RationalNumber dict; None when absent or malformed."""
    return _unscaled(node, "Exponent", -128, 127)  # xs:byte


def physical(value: float, unit: str | None) -> dict[str, Any]:
    """A -2/DIN PhysicalValue (Value xs:short, Multiplier -3..3) close to ``value``: integers
    with Multiplier 0 where they fit, else the finest multiplier that fits."""
    mantissa, multiplier = _scaled(value, range(-3, 4), "PhysicalValue")
    out: dict[str, Any] = {"Multiplier": multiplier, "Value": mantissa}
    if unit is not None:
        out["Unit"] = unit
    return out


def from_physical(node: Any) -> float | None:
    """The float of a PhysicalValue dict; None when absent or malformed."""
    return _unscaled(node, "Multiplier", -3, 3)
