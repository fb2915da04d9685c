"""``docs/parameters.md`` generated from the declarations, so the table cannot drift.

``python -m evcc_agent.docs_gen`` rewrites it with the other generated docs; a test compares.
"""

from __future__ import annotations

from evcc_agent.v2icp.mapping import DEFAULT_DIRECTIVE_MAPPING, DEFAULT_VEHICLE_MAPPING
from evcc_agent.v2icp.params import ALWAYS_SENT, PARAMETERS, Direction, Parameter


def _codes(p: Parameter) -> str:
    return "<br>".join(f"{k} {v}" for k, v in sorted(p.codes.items())) or ""


def _mapping(p: Parameter) -> str:
    table = (
        DEFAULT_VEHICLE_MAPPING if p.direction is Direction.VEHICLE else DEFAULT_DIRECTIVE_MAPPING
    )
    entry = table.get(p.name, {})
    signal = entry.get("signal", "")
    if not signal:
        return "not mapped"
    parts = [f"`{signal}`"]
    if "codes" in entry:
        parts.append("codes " + ", ".join(f"{k}→{v}" for k, v in entry["codes"].items()))
    if entry.get("rounding"):
        parts.append(f"rounding {entry['rounding']}")
    return "<br>".join(parts)


def _row(p: Parameter) -> str:
    cells = [
        f"`{p.name}`",
        p.json_type,
        p.unit or "–",
        f"{p.minimum} … {p.maximum}",
        str(p.sna),
        _codes(p),
        p.description + (" (in every message)" if p.name in ALWAYS_SENT else ""),
        _mapping(p),
        p.source,
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def parameters_markdown() -> str:
    """The whole ``docs/parameters.md``."""
    head = (
        "| name | JSON type | unit | range | SNA | codes | description | default CAN mapping "
        "| source |\n|---|---|---|---|---|---|---|---|---|"
    )
    out = [
        "# VDV 261 parameters",
        "",
        "Generated from `evcc_agent/v2icp/params.py` by `python -m evcc_agent.docs_gen`;"
        " do not edit by hand (a test compares).",
        "",
        "A parameter whose CAN signal is missing, stale or out of range is sent as its SNA"
        " value. Directives outside their range, of the wrong type or unknown are rejected"
        " (DTC `DIRECTIVE_INVALID`). The CAN mapping is configuration (`[mapping]`, see"
        " `configuration.md`); the column shows the defaults for our `dbc/*.dbc`.",
        "",
    ]
    for direction, title in (
        (Direction.VEHICLE, "## Vehicle → backend"),
        (Direction.BACKEND, "## Backend → vehicle (directives)"),
    ):
        out += [title, "", head]
        out += [_row(p) for p in PARAMETERS.values() if p.direction is direction]
        out.append("")
    return "\n".join(out)
