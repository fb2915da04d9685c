"""The number types on the wire, one codec per dialect: -20's RationalNumber and -2/DIN's
PhysicalValue (both an xs:short with a power of ten)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_SHORT_MAX = 32767


def _scaled(value: float, exponents: range, what: str) -> tuple[int, int]:
    """(exponent, value) with the value an xs:short: plain integers as they are, trailing
    zeros folded into the exponent."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    if float(value).is_integer() and abs(value) <= _SHORT_MAX:
        return 0, int(value)
    for exp in exponents:
        scaled = round(value / (10.0**exp))
        if abs(scaled) <= _SHORT_MAX:
            while exp < 0 and scaled != 0 and scaled % 10 == 0:
                scaled //= 10
                exp += 1
            return exp, int(scaled)
    raise ValueError(f"out of range for a {what}: {value}")


def _unscaled(node: Any, exp_key: str, exp_range: tuple[int, int]) -> float | None:
    if not isinstance(node, dict):
        return None
    try:
        value, exponent = int(node["Value"]), int(node[exp_key])
    except (KeyError, TypeError, ValueError):
        return None
    if not (exp_range[0] <= exponent <= exp_range[1] and -32768 <= value <= _SHORT_MAX):
        return None
    return value * (10.0**exponent)


def rational(value: float) -> dict[str, int]:
    """A -20 RationalNumber (Value is an xs:short, Exponent an xs:byte) close to ``value``."""
    exp, scaled = _scaled(value, range(-3, 20), "RationalNumber")
    return {"Exponent": exp, "Value": scaled}


def from_rational(node: Any) -> float | None:
    """The float of a RationalNumber dict; None when absent or malformed."""
    return _unscaled(node, "Exponent", (-128, 127))


def physical(value: float, unit: str | None) -> dict[str, Any]:
    """A -2/DIN PhysicalValue (Value xs:short, Multiplier -3..3) close to ``value``."""
    mult, scaled = _scaled(value, range(-3, 4), "PhysicalValue")
    out: dict[str, Any] = {"Multiplier": mult, "Value": scaled}
    if unit is not None:
        out["Unit"] = unit
    return out


def from_physical(node: Any) -> float | None:
    """The float of a PhysicalValue dict; None when absent or malformed."""
    return _unscaled(node, "Multiplier", (-3, 3))


@dataclass(frozen=True)
class NumberCodec:
    """A dialect's number type: ``encode(value, unit)`` and ``decode(node)``."""

    encode: Callable[[float, str | None], dict[str, Any]]
    decode: Callable[[Any], float | None]


RATIONAL = NumberCodec(lambda value, _unit: rational(value), from_rational)
PHYSICAL = NumberCodec(physical, from_physical)
