"""The V2ICP OpenAPI document, generated from the parameter declarations.

``docs/openapi.yaml`` is this module's output, written by ``python -m evcc_agent.docs_gen``
with the other generated docs (``python -m evcc_agent.v2icp.openapi`` prints it); a test fails when the file drifts from the declarations. The sim backend serves the same
document. YAML is emitted by a small writer (block style, JSON-quoted strings) so that no YAML
library is needed.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from evcc_agent import __version__
from evcc_agent.v2icp.params import ALWAYS_SENT, PARAMETERS, Direction, Parameter

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
DEFAULT_PATH = "/vdv261/v2icp/messages"


def _schema(p: Parameter) -> dict[str, Any]:
    desc = p.description + (f" [{p.unit}]" if p.unit else "")
    if p.codes:
        desc += "; codes: " + ", ".join(f"{k} {v}" for k, v in sorted(p.codes.items()))
    desc += f"; not available: {p.sna}"
    if p.source:
        desc += f" ({p.source})"
    schema: dict[str, Any] = {"type": p.json_type, "description": desc}
    if p.minimum <= p.sna <= p.maximum:
        schema.update(minimum=p.minimum, maximum=p.maximum)
    else:
        schema["oneOf"] = [
            {"minimum": p.minimum, "maximum": p.maximum},
            {"const": p.sna},
        ]
    return schema


def _parameter_set(direction: Direction, required: tuple[str, ...]) -> dict[str, Any]:
    props = {n: _schema(p) for n, p in PARAMETERS.items() if p.direction is direction}
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    if required:
        out["required"] = list(required)
    return out


def build(path: str = DEFAULT_PATH) -> dict[str, Any]:
    """The OpenAPI 3.1 document for the (nested) V2ICP message exchange."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "VDV 261 V2ICP (as implemented by evcc-agent)",
            "version": __version__,
            "description": (
                "Vehicle-to-infrastructure messages over the ISO 15118 Internet service. "
                "Generated from evcc_agent/v2icp/params.py; ranges and SNA values partly "
                "assumed (see each field). seq 0 carries every vehicle parameter; later "
                "messages carry the changes plus " + " and ".join(ALWAYS_SENT) + "."
            ),
        },
        "components": {
            "securitySchemes": {
                "vinBasic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "user = VIN, password may be empty",
                }
            },
            "schemas": _schemas(),
        },
        "security": [{"vinBasic": []}],
        "paths": {
            path: _post_item(),
        },
    }


def _schemas() -> dict[str, Any]:
    """The message and parameter-set schemas the path refers to."""
    seq = {"type": "integer", "minimum": 0, "maximum": 255}
    vin = {"type": "string", "pattern": "^[A-HJ-NPR-Z0-9]{17}$", "description": "ISO 3779 VIN"}
    return {
        "VehicleParameterSet": _parameter_set(Direction.VEHICLE, ALWAYS_SENT),
        "BackendParameterSet": _parameter_set(Direction.BACKEND, ()),
        "VehicleMessage": {
            "type": "object",
            "required": ["seq", "vin", "parameters"],
            "properties": {
                "seq": seq,
                "vin": vin,
                "evccid": {"type": "string"},
                "parameters": {"$ref": "#/components/schemas/VehicleParameterSet"},
            },
        },
        "BackendAnswer": {
            "type": "object",
            "required": ["seq", "vin"],
            "properties": {
                "seq": seq,
                "vin": vin,
                "parameters": {"$ref": "#/components/schemas/BackendParameterSet"},
            },
        },
    }


def _post_item() -> dict[str, Any]:
    """The one operation: vehicle message in, backend answer out."""
    return {
        "post": {
            "operationId": "postVehicleMessage",
            "summary": "vehicle parameters in, directives out",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/VehicleMessage"}}
                },
            },
            "responses": {
                "200": {
                    "description": "acknowledged; echoes seq and vin",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/BackendAnswer"}
                        }
                    },
                },
                "400": {"description": "message invalid"},
                "401": {"description": "VIN/password rejected"},
            },
        }
    }


def _scalar(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return json.dumps(v)
    return json.dumps(str(v), ensure_ascii=False)


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_YAML_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"}


def _key(k: str) -> str:
    plain = _PLAIN_KEY.fullmatch(k) and k.lower() not in _YAML_WORDS
    return k if plain else _scalar(k)


def to_yaml(node: Any, indent: int = 0) -> str:
    """Block-style YAML for dicts/lists/scalars (strings and odd keys JSON-quoted)."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            key = _key(str(k))
            if isinstance(v, dict | list) and v:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(v, indent + 1))
            else:
                empty = "{}" if isinstance(v, dict) else "[]" if isinstance(v, list) else None
                lines.append(f"{pad}{key}: {empty or _scalar(v)}")
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, dict | list) and v:
                sub = to_yaml(v, indent + 1).lstrip()
                lines.append(f"{pad}- {sub}")
            else:
                empty = "{}" if isinstance(v, dict) else "[]" if isinstance(v, list) else None
                lines.append(f"{pad}- {empty or _scalar(v)}")
    else:
        lines.append(pad + _scalar(node))
    return "\n".join(lines)


def render(path: str = DEFAULT_PATH) -> str:
    header = "# Generated by `python -m evcc_agent.docs_gen`; do not edit.\n"
    return header + to_yaml(build(path)) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true", help=f"write {DOC_PATH}")
    args = ap.parse_args(argv)
    text = render()
    if args.write:
        DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
        DOC_PATH.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
