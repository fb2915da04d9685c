"""The generated docs match the code; every key and DTC is documented; doc links resolve."""

from __future__ import annotations

import re

from pydantic import BaseModel

from evcc_agent.config import AgentConfig
from evcc_agent.docs_gen import DOCS, _submodels, generated_files, key_table
from evcc_agent.dtc import DTC_CATALOG
from evcc_agent.v2icp.mapping import DirectiveSignalMapping, VehicleSignalMapping
from evcc_agent.vehicle.config import PROJECT_ROOT


def test_generated_docs_are_current():
    for path, text in generated_files().items():
        assert path.read_text() == text, f"regenerate: python -m evcc_agent.docs_gen ({path.name})"


def _models(model: type[BaseModel]) -> list[type[BaseModel]]:
    """The model and its sub-sections ([mapping] is one table per parameter: not descended)."""
    out = [model]
    for name, sub in _submodels(model):
        out += [sub] if name == "mapping" else _models(sub)
    return out


def test_every_configuration_key_has_a_meaning():
    text = (DOCS / "configuration.md").read_text()
    from evcc_agent.v2icp.mapping import MappingConfig

    models = [m for m in _models(AgentConfig) if m not in (AgentConfig, MappingConfig)]
    models += [VehicleSignalMapping, DirectiveSignalMapping]
    for model in models:
        for row in key_table(model)[2:]:
            assert row in text
            assert not row.rstrip().endswith("|  |"), f"{model.__name__}: no meaning in {row}"
    for section in ("agent", "vehicle", "v2icp", "iso15118", "iso15118.slac", "logging"):
        assert f"`[{section}]`" in text


def test_every_dtc_is_in_the_operations_page():
    text = (DOCS / "operations.md").read_text()
    for spec in DTC_CATALOG.values():
        assert f"`0x{spec.code:03X}` | `{spec.name}`" in text


def test_links_between_docs_resolve():
    for page in [*DOCS.glob("*.md"), PROJECT_ROOT / "README.md"]:
        for target in re.findall(r"\]\(([^)#:]+\.md)\)", page.read_text()):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_example_config_documents_every_section():
    text = (PROJECT_ROOT / "config" / "agent.example.toml").read_text()
    for section in (
        "[agent]",
        "[logging]",
        "[vehicle]",
        "[v2icp]",
        "[iso15118]",
        "[iso15118.slac]",
    ):
        assert section in text


def test_readme_lists_every_benchmark():
    text = (PROJECT_ROOT / "README.md").read_text()
    for bench in (PROJECT_ROOT / "benchmarks").glob("*.py"):
        assert f"python benchmarks/{bench.name}" in text, bench.name
    assert 'pip install -e ".[dev,sim]"' in text and "evcc-agent demo --duration 20" in text
