"""Generated documentation: the configuration reference, the parameters, the DTC table.

``docs/configuration.md`` is generated whole from the pydantic models: every key of every
section, its type, default, bounds and the ``#:`` comment above it in the model's source (or
its ``Field(description=...)``). ``docs/operations.md`` is hand-written around one generated
block (the DTC catalog); ``docs/parameters.md`` and ``docs/openapi.yaml`` come from
``v2icp.docs`` and ``v2icp.openapi``. ``python -m
evcc_agent.docs_gen`` rewrites them all (the one command for every generated page);
``--check`` exits 1 when they drift from the code (the docs test does the same).
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from evcc_agent.vehicle.config import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"
BEGIN = "<!-- BEGIN GENERATED: {name} (python -m evcc_agent.docs_gen) -->"
END = "<!-- END GENERATED: {name} -->"


# --- reading the models ---------------------------------------------------------------------
def _comments(model: type[BaseModel]) -> dict[str, str]:
    """``#:`` comments above, or ``#`` comments beside, each field in the class body."""
    out: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        if not (isinstance(klass, type) and issubclass(klass, BaseModel)) or klass is BaseModel:
            continue
        try:
            source = textwrap.dedent(inspect.getsource(klass))
        except (OSError, TypeError):  # created with create_model: no source
            continue
        lines = source.splitlines()
        tree = ast.parse(source)
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
        for node in body:
            if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
                continue
            above: list[str] = []
            i = node.lineno - 2
            while i >= 0 and lines[i].strip().startswith("#:"):
                above.insert(0, lines[i].strip()[2:].strip())
                i -= 1
            text = " ".join(above)
            if not text:
                last = lines[(node.end_lineno or node.lineno) - 1]
                if "  # " in last:
                    text = last.split("  # ", 1)[1].strip()
                    if text.startswith(("type:", "noqa")):
                        text = ""
            out[node.target.id] = text
    return out


def _type_name(ann: Any) -> str:
    origin = typing.get_origin(ann)
    if origin is typing.Literal:
        return " | ".join(json.dumps(a) for a in typing.get_args(ann))
    if origin in (types.UnionType, typing.Union):
        return " | ".join(_type_name(a) for a in typing.get_args(ann))
    if origin is not None:
        args = ", ".join(_type_name(a) for a in typing.get_args(ann))
        return f"{getattr(origin, '__name__', str(origin))}[{args}]"
    if ann is type(None):
        return "none"
    if isinstance(ann, type):
        return {"str": "string", "Path": "path"}.get(ann.__name__, ann.__name__)
    return str(ann).replace("typing.", "")


def _toml(value: Any) -> str:
    """A default as it would be written in the TOML file."""
    if isinstance(value, BaseModel):
        return "see below"
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, str):
        return json.dumps(value.replace(str(PROJECT_ROOT), "<project>"))
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (
            f"{k if str(k).isidentifier() else json.dumps(str(k))} = {_toml(v)}"
            for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    return str(value)


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        return _toml(field.default_factory())  # type: ignore[call-arg]
    return _toml(field.default)


def _bounds(field: FieldInfo) -> str:
    out = []
    for m in field.metadata:
        for attr, sign in (("gt", ">"), ("ge", "≥"), ("lt", "<"), ("le", "≤")):
            v = getattr(m, attr, None)
            if v is not None:
                out.append(f"{sign} {v}")
        if getattr(m, "min_length", None):
            out.append(f"at least {m.min_length} item(s)")
        if getattr(m, "pattern", None):
            out.append(f"pattern `{m.pattern}`")
    return ", ".join(out)


def _cell(text: str) -> str:
    return text.replace("``", "`").replace("|", "\\|").replace("\n", " ")


#: meanings of keys whose model has no comment for them (section model name, key)
_MEANINGS = {
    ("V2icpConfig", "enabled"): "run the V2ICP client at all",
    ("V2icpConfig", "path"): "request path on the backend (deployed backends differ: "
    "`/vdv`, `/v1/vehicleMessage`)",
    ("V2icpConfig", "vin"): "the vehicle's VIN (17 characters, ISO 3779): HTTP Basic user "
    "and `vin` of every message",
    ("V2icpConfig", "password_file"): "file holding the HTTP Basic password (ASCII, `chmod 600`)",
    ("V2icpConfig", "reconnect_every_s"): "after the reconnect schedule: one more reconnect "
    "every this many seconds",
    ("VehicleConfig", "reopen_backoff_max_s"): "longest wait between reopen attempts",
    ("Iso15118Config", "tls_key"): "the private key of `tls_cert`, PEM",
    ("Iso15118Config", "interface"): "network interface of the PLC modem (SDP's scope, the "
    "default EVCCID, SLAC)",
    ("VehicleSignalMapping", "offset"): "added after scaling",
    ("VehicleSignalMapping", "rounding"): "`nearest` (half up), `floor` or `ceil`",
    ("DirectiveSignalMapping", "offset"): "added after scaling",
    ("LoggingConfig", "level"): "root log level: DEBUG, INFO, WARNING, ERROR",
}


def key_table(model: type[BaseModel]) -> list[str]:
    """One row per key: name, type, default, bounds, meaning."""
    notes = _comments(model)
    rows = ["| key | type | default | bounds | meaning |", "|---|---|---|---|---|"]
    for name, field in model.model_fields.items():
        meaning = (
            field.description or notes.get(name, "") or _MEANINGS.get((model.__name__, name), "")
        )
        ann = field.annotation
        if not meaning and isinstance(ann, type) and issubclass(ann, BaseModel):
            meaning = "the table of its own below"
        rows.append(
            f"| `{name}` | {_cell(_type_name(field.annotation))} | `{_cell(_default(field))}` "
            f"| {_cell(_bounds(field))} | {_cell(meaning)} |"
        )
    return rows


def _submodels(model: type[BaseModel]) -> list[tuple[str, type[BaseModel]]]:
    out = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.append((name, ann))
    return out


# --- configuration.md -----------------------------------------------------------------------
_SECTION_INTRO = {
    "agent": "How the agent runs its parts and charging sessions (`evcc_agent/config.py`).",
    "logging": 'Log levels; lines go to stderr as `level=… logger=… msg="…"` (journald).',
    "vehicle": "The CAN side: python-can bus, DBC files, staleness, the agent's TX frames.",
    "vehicle.charge_loop": "Which DBC signal carries each value the ISO 15118 charge loop "
    'reads (`""`: not on this vehicle\'s CAN; the value reads as not available).',
    "vehicle.j1939": "The agent as a J1939 node: address claim, requests, DM1/DM2 "
    "([can-mapping.md](can-mapping.md#j1939-the-agent-as-a-node)).",
    "vehicle.j1939.name": "The fields of the 64-bit NAME (J1939-81).",
    "vehicle.j1939.dm": "DTC → SPN/FMI/lamp for DM1/DM2; the resulting table is in "
    "[operations.md](operations.md#dm1-spn-and-fmi).",
    "v2icp": "The VDV 261 V2ICP client. The password never lives in the TOML: "
    "`password_file`, else systemd's `$CREDENTIALS_DIRECTORY/<password_credential>` "
    "(`LoadCredential=`), else empty (VDV 261 allows it; the VIN stays mandatory).",
    "iso15118": "The EVCC side: SDP, TLS, the -20 session, the Internet service. "
    "Details: [iso15118.md](iso15118.md).",
    "iso15118.slac": "SLAC (ISO 15118-3) on the PLC modem; the defaults are the standard's "
    "values. Runs before SDP when `agent.slac` is true and `iso15118.secc_address` is unset.",
}


def _section(path: str, model: type[BaseModel], out: list[str]) -> None:
    level = "##" if "." not in path else "###"
    out += [f"{level} `[{path}]`", ""]
    if path in _SECTION_INTRO:
        out += [_SECTION_INTRO[path], ""]
    out += [*key_table(model), ""]
    for name, sub in _submodels(model):
        _section(f"{path}.{name}", sub, out)


def _mapping_section(out: list[str]) -> None:
    from evcc_agent.v2icp.mapping import (
        DEFAULT_DIRECTIVE_MAPPING,
        DEFAULT_VEHICLE_MAPPING,
        DirectiveSignalMapping,
        VehicleSignalMapping,
    )
    from evcc_agent.v2icp.params import BACKEND_PARAMETERS, VEHICLE_PARAMETERS

    out += [
        "## `[mapping]`",
        "",
        "CAN signals ⇄ VDV 261 parameters, one table per parameter; a table you give keeps "
        "that parameter's other defaults. How the mapping behaves, the defaults' assumptions "
        "and our DBC files: [can-mapping.md](can-mapping.md); the parameters: "
        "[parameters.md](parameters.md).",
        "",
    ]
    for title, model, names, defaults in (
        ("vehicle", VehicleSignalMapping, VEHICLE_PARAMETERS, DEFAULT_VEHICLE_MAPPING),
        ("directives", DirectiveSignalMapping, BACKEND_PARAMETERS, DEFAULT_DIRECTIVE_MAPPING),
    ):
        out += [f"### `[mapping.{title}.<parameter>]` ({', '.join(names)})", ""]
        out += [*key_table(model), ""]
        out += ["Defaults:", "", "| parameter | default keys |", "|---|---|"]
        for name in names:
            entry = defaults.get(name, {})
            keys = ", ".join(f"`{k} = {_toml(v)}`" for k, v in entry.items()) or "not mapped"
            out.append(f"| `{name}` | {_cell(keys)} |")
        out.append("")


def configuration_markdown() -> str:
    """The whole ``docs/configuration.md``."""
    from evcc_agent.config import AgentConfig

    out = [
        "# Configuration reference",
        "",
        "Generated from the pydantic models by `python -m evcc_agent.docs_gen`; do not edit by "
        "hand (a test compares). One TOML file; every section forbids unknown keys, so a typo "
        'is an error naming its key path, and TOML types are exact (`"no"` is not a '
        'boolean, `"10"` not a number). `evcc-agent check-config --config FILE` loads '
        "everything `run` will (the DBC files and every signal and message named, every "
        "certificate, key and password file, systemd credentials) and prints the resolved "
        "configuration or every error; exit code 2 for anything `run` would fail or degrade "
        "on. Secrets are never keys here: a key left unset is taken from the systemd "
        "credential of its name (docs/deployment.md).",
        "",
        "Files: `config/agent.toml` (the demo's embedded default, virtual CAN bus), "
        "`config/agent.example.toml` (a deployment on `can0`, every key commented). Relative "
        "paths are relative to the configuration file. `<project>` below is the source "
        "checkout (a wheel installs the DBC files under `<venv>/share/evcc-agent/dbc`).",
        "",
    ]
    for name, model in _submodels(AgentConfig):
        if name == "mapping":
            _mapping_section(out)
        else:
            _section(name, model, out)
    return "\n".join(out).rstrip() + "\n"


# --- operations.md's DTC block --------------------------------------------------------------
def dtc_markdown() -> str:
    from evcc_agent.dtc import DTC_CATALOG

    rows = ["| code | name | meaning | what to do |", "|---|---|---|---|"]
    for spec in sorted(DTC_CATALOG.values(), key=lambda s: s.code):
        rows.append(
            f"| `0x{spec.code:03X}` | `{spec.name}` | {_cell(spec.text)} | {_cell(spec.action)} |"
        )
    return "\n".join(rows)


def dm1_markdown() -> str:
    """The default DTC -> SPN/FMI/lamp table (``vehicle/dm.py``)."""
    from evcc_agent.dtc import DTC_CATALOG
    from evcc_agent.vehicle.dm import dm_table

    rows = ["| DTC | name | SPN | FMI | lamp |", "|---|---|---|---|---|"]
    for c in dm_table():
        code = DTC_CATALOG[c.name].code
        rows.append(f"| `0x{code:03X}` | `{c.name}` | {c.spn} | {c.fmi} | {c.lamp.value} |")
    return "\n".join(rows)


def replace_block(text: str, name: str, content: str) -> str:
    begin, end = BEGIN.format(name=name), END.format(name=name)
    head, sep, rest = text.partition(begin)
    if not sep:
        raise ValueError(f"no generated block {name!r}")
    _, sep2, tail = rest.partition(end)
    if not sep2:
        raise ValueError(f"generated block {name!r} has no end marker")
    return f"{head}{begin}\n{content}\n{end}{tail}"


def generated_files() -> dict[Path, str]:
    """Every generated doc and its expected content."""
    ops = DOCS / "operations.md"
    from evcc_agent.v2icp.docs import parameters_markdown
    from evcc_agent.v2icp.openapi import render as openapi_yaml

    return {
        DOCS / "configuration.md": configuration_markdown(),
        DOCS / "parameters.md": parameters_markdown(),
        DOCS / "openapi.yaml": openapi_yaml(),
        ops: replace_block(
            replace_block(ops.read_text(), "dtc", dtc_markdown()), "dm1", dm1_markdown()
        ),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m evcc_agent.docs_gen",
        description="Rewrite the generated docs (docs/configuration.md, docs/parameters.md, "
        "docs/openapi.yaml, docs/operations.md's DTC table) from the code.",
    )
    ap.add_argument(
        "--check", action="store_true", help="rewrite nothing; exit 1 if a generated doc is stale"
    )
    check = ap.parse_args(argv).check
    stale = []
    for path, text in generated_files().items():
        if path.read_text() != text:
            stale.append(path)
            if not check:
                path.write_text(text)
    for path in stale:
        print(f"{'stale' if check else 'rewrote'}: {path.relative_to(PROJECT_ROOT)}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
