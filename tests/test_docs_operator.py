"""The docs say what the code does: the bench kit, the README, the example, regeneration."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from evcc_agent.config import SECRET_CREDENTIALS, AgentConfig, parse_config
from evcc_agent.dtc import DTC_CATALOG
from evcc_agent.vehicle.config import PROJECT_ROOT

HIL = PROJECT_ROOT / "hil"
DOCS = PROJECT_ROOT / "docs"


def test_the_bench_kit_calls_no_existing_key_planned_and_its_examples_parse():
    for path in HIL.iterdir():
        if path.suffix in (".md", ".toml"):
            assert "planned" not in path.read_text(), path
    text = (HIL / "bench.toml").read_text()
    # every commented-out key, uncommented, is a valid key with a valid example value
    uncommented = re.sub(r"^# ([a-z_]+ = )", r"\1", text, flags=re.M)
    assert uncommented != text
    cfg = parse_config(tomllib.loads(uncommented), base_dir=HIL)
    assert cfg.v2icp.endpoint == "https://cms.depot.example:8443/vdv261/v2icp/messages"
    assert cfg.iso15118.tls_cert and cfg.vehicle.dbc_files


def test_readme_says_where_protocol_notes_and_vectors_live():
    readme = (PROJECT_ROOT / "README.md").read_text()
    for line in readme.splitlines():
        if "PROTOCOLS.md" in line:
            assert "shared/" in line or "not in it" in line, line
    assert "EVCC_SHARED_DIR" in readme and "benchmarks/exi_codec.py" in readme
    assert "about 20 s" not in readme  # measured: the summary after about 17 s


def test_one_regeneration_command_and_help_rewrites_nothing():
    for path in [PROJECT_ROOT / "README.md", *DOCS.glob("*.md")]:
        text = path.read_text()
        assert "evcc_agent.v2icp.docs" not in text and "openapi --write" not in text, path
    before = {p: p.read_bytes() for p in DOCS.iterdir()}
    res = subprocess.run(
        [sys.executable, "-m", "evcc_agent.docs_gen", "--help"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
    )
    assert res.returncode == 0 and "usage:" in res.stdout and "rewrote" not in res.stdout
    assert {p: p.read_bytes() for p in DOCS.iterdir()} == before


def test_the_example_marks_every_value_that_is_not_the_default():
    path = PROJECT_ROOT / "config" / "agent.example.toml"
    lines = path.read_text().splitlines()
    data = tomllib.loads(path.read_text())
    defaults = AgentConfig().model_dump(mode="json")
    section: list[str] = []
    for i, line in enumerate(lines):
        if m := re.match(r"^\[([a-z0-9_.]+)\]", line):
            section = m[1].split(".")
        elif m := re.match(r"^([a-z_0-9]+) = ", line):
            value: object = data
            default: object = defaults
            for part in [*section, m[1]]:
                value = value[part]  # type: ignore[index]
                default = default.get(part) if isinstance(default, dict) else None
            if value != default:
                above = "\n".join(lines[max(0, i - 4) : i])
                assert "Deployment" in above, (section, m[1], value, default)


def test_the_dtc_table_says_what_to_do_and_deployment_names_every_credential():
    ops = (DOCS / "operations.md").read_text()
    assert "| code | name | meaning | what to do |" in ops
    for spec in DTC_CATALOG.values():
        assert spec.action, spec.name
        assert f"| `{spec.name}` | " in ops
    deployment = (DOCS / "deployment.md").read_text()
    for name in SECRET_CREDENTIALS.values():
        assert f"LoadCredential={name}:" in deployment and f"`{name}`" in deployment, name
