"""The agent's one TOML configuration file, validated by pydantic.

Every section model forbids unknown keys, so a typo is an error naming its key path
(``v2icp.bogus_key``). Secrets never live in the TOML (see ``v2icp`` password handling).
"""

from __future__ import annotations

import os
import sys
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.mapping import MappingConfig
from evcc_agent.vehicle.charge_loop import DischargeSignals
from evcc_agent.vehicle.config import VehicleConfig

#: the level names ``logging`` knows (``--log-level`` offers the same)
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def check_log_level(value: str) -> str:
    """``value`` upper-cased if ``logging`` knows it, else ``ValueError`` listing the names."""
    level = value.upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"unknown log level {value!r}; one of {', '.join(LOG_LEVELS)}")
    return level


class LoggingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: root level: CRITICAL, ERROR, WARNING, INFO or DEBUG
    level: str = "INFO"
    #: per-module levels, e.g. ``{"evcc_agent.v2icp" = "DEBUG"}``
    modules: dict[str, str] = Field(default_factory=dict)

    @field_validator("level")
    @classmethod
    def _level(cls, v: str) -> str:
        return check_log_level(v)

    @field_validator("modules")
    @classmethod
    def _modules(cls, v: dict[str, str]) -> dict[str, str]:
        return {module: check_log_level(level) for module, level in v.items()}


class AgentSection(BaseModel):
    """How the agent runs its charging sessions (``[agent]``)."""

    model_config = ConfigDict(extra="forbid")

    #: run SLAC on the PLC modem before SDP (only when ``iso15118.secc_address`` is unset)
    slac: bool = True
    #: run ISO 15118 sessions at all (off: vehicle side and V2ICP only, e.g. a CAN-only bench)
    charging: bool = True
    #: pause before the next attempt after a session failed (no SECC, link lost, FAILED code)
    session_retry_s: float = Field(default=10.0, gt=0)
    #: on SIGTERM, how long the session may take for PowerDelivery(Stop) … SessionStop
    shutdown_timeout_s: float = Field(default=10.0, gt=0)
    #: interval of the systemd STATUS line and the status log line
    status_interval_s: float = Field(default=30.0, gt=0)


class AgentConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agent: AgentSection = Field(default_factory=AgentSection)
    vehicle: VehicleConfig = Field(default_factory=VehicleConfig)
    v2icp: V2icpConfig = Field(default_factory=V2icpConfig)
    iso15118: Iso15118Config = Field(default_factory=Iso15118Config)
    #: which CAN signal feeds which VDV 261 parameter, and which signal takes which directive
    mapping: MappingConfig = Field(default_factory=MappingConfig)
    logging: LoggingConfig = Field(default_factory=LoggingConfig)


class ConfigError(Exception):
    """The configuration file is unreadable or invalid; ``errors`` lists ``(key.path, message)``."""

    def __init__(self, source: str, errors: list[tuple[str, str]]) -> None:
        self.source = source
        self.errors = errors
        lines = "\n".join(f"  {path}: {msg}" for path, msg in errors)
        super().__init__(f"invalid configuration {source}:\n{lines}")

    def report(self, stream: TextIO | None = None, command: str | None = None) -> None:
        """Print the source and every error with its key path (stderr by default)."""
        out = stream if stream is not None else sys.stderr
        head = f"evcc-agent {command}: error: " if command else ""
        print(f"{head}{self.source}: invalid configuration", file=out)
        for path, msg in self.errors:
            print(f"  {path}: {msg}", file=out)


def validation_errors(exc: ValidationError, prefix: str = "") -> list[tuple[str, str]]:
    """``(key.path, message)`` of a pydantic error, in words (no pydantic type codes/links)."""
    out = []
    for err in exc.errors():
        path = ".".join([prefix] * bool(prefix) + [str(p) for p in err["loc"]])
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        for lead in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(lead)
        out.append((path or "<root>", msg))
    return out


# --- TOML types are exact: a string where a boolean or number belongs is a mistake -------------
_SCALARS = {bool: "true or false", int: "an integer", float: "a number"}


def _scalar_kinds(annotation: Any) -> tuple[set[type], list[Any]]:
    """The scalar types and the other members of a (possibly optional) annotation."""
    origin = typing.get_origin(annotation)
    members = (
        typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else (annotation,)
    )
    scalars = {m for m in members if m in _SCALARS}
    return scalars, [m for m in members if m not in _SCALARS and m is not type(None)]


def _value_type_errors(annotation: Any, value: Any, path: str) -> list[tuple[str, str]]:
    scalars, others = _scalar_kinds(annotation)
    if scalars and not others:
        if bool in scalars and isinstance(value, bool):
            return []
        if (int in scalars or float in scalars) and isinstance(value, bool):
            want = " or ".join(_SCALARS[t] for t in scalars)
            return [(path, f"must be {want}, not a boolean")]
        if bool in scalars and scalars == {bool} and value is not None:
            return [(path, f"must be true or false (TOML booleans), not {value!r}")]
        if isinstance(value, str):
            want = " or ".join(_SCALARS[t] for t in sorted(scalars, key=str))
            return [(path, f"must be {want}, not the string {value!r} (drop the quotes)")]
        return []
    errors: list[tuple[str, str]] = []
    for member in others:
        origin = typing.get_origin(member)
        args = typing.get_args(member)
        if isinstance(member, type) and issubclass(member, BaseModel) and isinstance(value, dict):
            errors += _model_type_errors(member, value, path)
        elif origin is dict and isinstance(value, dict) and len(args) == 2:
            for k, v in value.items():
                errors += _value_type_errors(args[1], v, f"{path}.{k}")
        elif origin is list and isinstance(value, list) and args:
            for i, v in enumerate(value):
                errors += _value_type_errors(args[0], v, f"{path}[{i}]")
    return errors


def _model_type_errors(
    model: type[BaseModel], data: dict[str, Any], prefix: str = ""
) -> list[tuple[str, str]]:
    errors: list[tuple[str, str]] = []
    for name, info in model.model_fields.items():
        if name in data:
            path = f"{prefix}.{name}" if prefix else name
            errors += _value_type_errors(info.annotation, data[name], path)
    return errors


def parse_config(
    data: dict[str, Any], source: str = "<dict>", base_dir: Path | None = None
) -> AgentConfig:
    type_errors = _model_type_errors(AgentConfig, data)
    try:
        cfg = AgentConfig.model_validate(data, context={"base_dir": base_dir})
    except ValidationError as exc:
        seen = {p for p, _ in type_errors}
        errors = type_errors + [e for e in validation_errors(exc) if e[0] not in seen]
        raise ConfigError(source, errors) from None
    if type_errors:
        raise ConfigError(source, type_errors)
    return _relative_to(cfg, base_dir)


#: ``[iso15118]`` file keys; like every other path they are relative to the configuration file
_ISO_FILE_KEYS = ("tls_cert", "tls_key", "tls_key_password_file")


def _relative_to(cfg: AgentConfig, base_dir: Path | None) -> AgentConfig:
    if base_dir is None:
        return cfg
    iso = cfg.iso15118

    def resolve(p: str) -> str:
        return p if Path(p).is_absolute() else str(base_dir / p)

    update: dict[str, Any] = {"tls_roots": [resolve(p) for p in iso.tls_roots]}
    for key in _ISO_FILE_KEYS:
        if getattr(iso, key):
            update[key] = resolve(getattr(iso, key))
    pnc = iso.pnc
    pnc_update: dict[str, Any] = {
        "contract_store": resolve(pnc.contract_store),
        "mo_roots": [resolve(p) for p in pnc.mo_roots],
        "v2g_roots": [resolve(p) for p in pnc.v2g_roots],
    }
    if pnc.pkcs11_pin_file:
        pnc_update["pkcs11_pin_file"] = resolve(pnc.pkcs11_pin_file)
    update["pnc"] = pnc.model_copy(update=pnc_update)
    return cfg.model_copy(update={"iso15118": iso.model_copy(update=update)})


#: every secret, by key, and the systemd credential that supplies it when the key is unset
#: (``LoadCredential=NAME:…`` in packaging/evcc-agent.service); ``v2icp.password_file``
#: takes its name from ``v2icp.password_credential``
SECRET_CREDENTIALS: dict[str, str] = {
    "iso15118.tls_key": "v2g-oem-key",
    "iso15118.tls_key_password_file": "v2g-oem-key-password",
    "v2icp.password_file": "v2icp-password",
}


def with_credentials(cfg: AgentConfig, environ: Mapping[str, str] | None = None) -> AgentConfig:
    """Fill each unset secret key from ``$CREDENTIALS_DIRECTORY`` (systemd) where present."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    directory = env.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return cfg
    iso: dict[str, Any] = {}
    v2: dict[str, Any] = {}
    for key, name in SECRET_CREDENTIALS.items():
        section, field = key.split(".")
        if section == "v2icp":
            name = cfg.v2icp.password_credential
        target = iso if section == "iso15118" else v2
        current = getattr(cfg.iso15118 if section == "iso15118" else cfg.v2icp, field)
        cand = Path(directory) / name
        if current is None and cand.is_file():
            target[field] = str(cand) if section == "iso15118" else cand
    if not iso and not v2:
        return cfg
    return cfg.model_copy(
        update={
            "iso15118": cfg.iso15118.model_copy(update=iso),
            "v2icp": cfg.v2icp.model_copy(update=v2),
        }
    )


def load_config(path: str | Path, environ: Mapping[str, str] | None = None) -> AgentConfig:
    """Read, validate and complete (systemd credentials) the TOML file at ``path``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), [("<file>", exc.strerror or str(exc))]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [("<toml>", str(exc))]) from None
    return with_credentials(parse_config(data, str(path), base_dir=path.parent), environ)


#: keys whose *values* are secrets; none of today's keys is one (secrets are files or systemd
#: credentials, and their paths and names are shown), the rule stays for keys added later
SECRET_VALUE_KEYS = frozenset({"password", "secret", "token", "key_password"})


def redacted(cfg: AgentConfig) -> dict[str, Any]:
    """The resolved configuration as plain data, with any secret value replaced."""
    data = cfg.model_dump(mode="json")

    def scrub(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: ("***" if k.lower() in SECRET_VALUE_KEYS and v else scrub(v))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [scrub(v) for v in node]
        return node

    result: dict[str, Any] = scrub(data)
    return result


def cross_check(cfg: AgentConfig) -> list[tuple[str, str]]:
    """Checks beyond the schema: ``iso15118.secc_address`` parses, the DBC files load and
    every signal/message named exists. Returns ``(key.path, problem)``; a DBC error names its
    file and line."""
    from evcc_agent.iso15118.connect import parse_secc_address

    errors: list[tuple[str, str]] = []
    if cfg.iso15118.secc_address:
        try:
            parse_secc_address(cfg.iso15118.secc_address)
        except ValueError as exc:
            errors.append(("iso15118.secc_address", str(exc)))
    return errors + _dbc_errors(cfg)


def _dbc_errors(cfg: AgentConfig) -> list[tuple[str, str]]:
    from evcc_agent.v2icp.mapping import check_signals
    from evcc_agent.vehicle.dbc import DbcError, load_databases, load_dbc, unknown_override_names
    from evcc_agent.vehicle.tx import needs_fd

    errors: list[tuple[str, str]] = []
    for i, path in enumerate(cfg.vehicle.dbc_files):
        try:
            load_dbc(path)
        except DbcError as exc:
            errors.append((f"vehicle.dbc_files[{i}]", str(exc)))
    if errors:
        return errors
    try:
        vdb = load_databases(cfg.vehicle.dbc_files)
    except DbcError as exc:
        return [("vehicle.dbc_files", str(exc))]
    tx_signals: set[str] = set()
    for i, name in enumerate(cfg.vehicle.tx_messages):
        if name not in vdb.by_name:
            errors.append((f"vehicle.tx_messages[{i}]", f"no DBC declares message {name!r}"))
        else:
            tx_signals.update(s.name for s in vdb.by_name[name].signals)
            if needs_fd(vdb.by_name[name]) and not cfg.vehicle.fd:
                errors.append((f"vehicle.tx_messages[{i}]", f"{name} is CAN FD: needs fd = true"))
    for name in cfg.vehicle.tx_cycle_ms:
        if name not in cfg.vehicle.tx_messages:
            errors.append((f"vehicle.tx_cycle_ms.{name}", "not one of vehicle.tx_messages"))
    for name in unknown_override_names(vdb, cfg.vehicle.stale_after_overrides_s):
        errors.append(
            (f"vehicle.stale_after_overrides_s.{name}", "no DBC signal or message of this name")
        )
    # the discharge signals matter only with BPT: a vehicle without them charges as before
    discharge_keys = set(DischargeSignals.model_fields)
    for key, sig in cfg.vehicle.charge_loop.model_dump().items():
        if key in discharge_keys and not cfg.iso15118.bpt:
            continue
        if sig and not vdb.has_signal(sig):
            errors.append((f"vehicle.charge_loop.{key}", f"no DBC declares signal {sig!r}"))
    errors += check_signals(cfg.mapping, vdb.signal_message, tx_signals)
    return errors


def load_checked_config(path: str | Path, environ: Mapping[str, str] | None = None) -> AgentConfig:
    """``load_config`` plus ``cross_check``; every problem in one ``ConfigError``."""
    cfg = load_config(path, environ)
    errors = cross_check(cfg)
    if errors:
        raise ConfigError(str(path), errors)
    return cfg
