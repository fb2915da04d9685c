"""The docs are generated from, or checked against, the code."""

from __future__ import annotations

from evcc_agent.config import LoggingConfig
from evcc_agent.v2icp.docs import parameters_markdown
from evcc_agent.v2icp.mapping import DirectiveSignalMapping, VehicleSignalMapping
from evcc_agent.v2icp.params import PARAMETERS
from evcc_agent.vehicle.charge_loop import ChargeLoopSignals
from evcc_agent.vehicle.config import PROJECT_ROOT, VehicleConfig

DOCS = PROJECT_ROOT / "docs"


def test_parameters_md_is_generated_from_params():
    assert (DOCS / "parameters.md").read_text() == parameters_markdown(), (
        "regenerate: python -m evcc_agent.docs_gen"
    )
    for name in PARAMETERS:
        assert f"`{name}`" in parameters_markdown()


def test_configuration_md_documents_every_key():
    text = (DOCS / "configuration.md").read_text()
    for model in (
        VehicleConfig,
        ChargeLoopSignals,
        LoggingConfig,
        VehicleSignalMapping,
        DirectiveSignalMapping,
    ):
        for key in model.model_fields:
            assert f"| `{key}` |" in text, f"{model.__name__}.{key} undocumented"
    for name in PARAMETERS:
        assert name in text
