"""The agent's one TOML configuration file, validated by pydantic.

Every section model forbids unknown keys, so a typo is an error naming its key path
(``v2icp.bogus_key``). Secrets never live in the TOML (see ``v2icp`` password handling).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.mapping import MappingConfig
from evcc_agent.vehicle.config import VehicleConfig


class LoggingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: str = "INFO"
    #: per-module levels, e.g. ``{"evcc_agent.v2icp" = "DEBUG"}``
    modules: dict[str, str] = Field(default_factory=dict)


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

    def report(self, stream: TextIO | None = None) -> None:
        """Print the source and every error with its key path (stderr by default)."""
        out = stream if stream is not None else sys.stderr
        print(f"{self.source}: invalid configuration", file=out)
        for path, msg in self.errors:
            print(f"  {path}: {msg}", file=out)


def _errors_of(exc: ValidationError) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"]) or "<root>"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        out.append((path, msg))
    return out


def parse_config(
    data: dict[str, Any], source: str = "<dict>", base_dir: Path | None = None
) -> AgentConfig:
    try:
        return AgentConfig.model_validate(data, context={"base_dir": base_dir})
    except ValidationError as exc:
        raise ConfigError(source, _errors_of(exc)) from None


def load_config(path: str | Path) -> AgentConfig:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), [("<file>", exc.strerror or str(exc))]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [("<toml>", str(exc))]) from None
    return parse_config(data, str(path), base_dir=path.parent)


def redacted(cfg: AgentConfig) -> dict[str, Any]:
    """The resolved configuration as plain data, with anything secret replaced."""
    data = cfg.model_dump(mode="json")

    def scrub(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (
                    "***"
                    if any(s in k.lower() for s in ("password", "secret", "key_pass")) and v
                    else scrub(v)
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [scrub(v) for v in node]
        return node

    result: dict[str, Any] = scrub(data)
    return result


def cross_check(cfg: AgentConfig) -> list[tuple[str, str]]:
    """Checks that need the DBC files: they load, and every signal/message named exists.

    Returns ``(key.path, problem)``; a DBC error names its file and line.
    """
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
    for key, sig in cfg.vehicle.charge_loop.model_dump().items():
        if sig and not vdb.has_signal(sig):
            errors.append((f"vehicle.charge_loop.{key}", f"no DBC declares signal {sig!r}"))
    errors += check_signals(cfg.mapping, vdb.signal_message, tx_signals)
    return errors


def load_checked_config(path: str | Path) -> AgentConfig:
    """``load_config`` plus ``cross_check``; every problem in one ``ConfigError``."""
    cfg = load_config(path)
    errors = cross_check(cfg)
    if errors:
        raise ConfigError(str(path), errors)
    return cfg


def check_config_main(args: Any) -> int:
    """``evcc-agent check-config``: print the resolved config, or every error; exit 1 on error."""
    import json

    try:
        cfg = load_checked_config(args.config)
    except ConfigError as exc:
        exc.report()
        return 1
    print(json.dumps(redacted(cfg), indent=2, sort_keys=True))
    return 0
