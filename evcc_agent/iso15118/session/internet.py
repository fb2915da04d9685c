"""Choosing the Internet VAS parameter set the charger offers, by the configured preference.

-20 and -2 (after ``v2g._as_internet_sets`` renames its fields) choose by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class InternetChoice:
    parameter_set_id: int
    protocol: str  # lower-case
    port: int


def choose_internet_set(parameter_sets: list[Any], preference: list[str]) -> InternetChoice | None:
    """The best offered Internet parameter set by ``preference`` ("https/443", "http/*" …).

    Protocol names are compared case-insensitively (chargers send "HTTPS").
    """
    offered: list[InternetChoice] = []
    for pset in parameter_sets:
        if not isinstance(pset, dict) or "ParameterSetID" not in pset:
            continue
        proto: str | None = None
        port: int | None = None
        params = pset.get("Parameter", [])
        for param in params if isinstance(params, list) else [params]:
            if not isinstance(param, dict):
                continue
            pname = str(param.get("Name", "")).lower()
            if pname == "protocol":
                proto = str(param.get("finiteString", "")).strip().lower() or None
            elif pname == "port":
                for key in ("intValue", "shortValue", "byteValue"):
                    if isinstance(param.get(key), int):
                        port = int(param[key])
        if proto is not None and port is not None:
            offered.append(InternetChoice(int(pset["ParameterSetID"]), proto, port))
    for pref in preference:
        want_proto, _, want_port = pref.partition("/")
        for cand in offered:
            if cand.protocol == want_proto.lower() and (
                want_port == "*" or cand.port == int(want_port)
            ):
                return cand
    return None
