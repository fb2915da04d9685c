"""docs/openapi.yaml is generated from the parameter declarations and must not drift."""

from __future__ import annotations

from evcc_agent.v2icp.openapi import DOC_PATH, build, render, to_yaml
from evcc_agent.v2icp.params import BACKEND_PARAMETERS, PARAMETERS, VEHICLE_PARAMETERS


def test_docs_openapi_yaml_matches_the_declarations():
    assert DOC_PATH.read_text(encoding="utf-8") == render(), (
        "docs/openapi.yaml drifted: run `python -m evcc_agent.docs_gen`"
    )


def test_every_declared_parameter_is_in_the_schema():
    schemas = build()["components"]["schemas"]
    assert list(schemas["VehicleParameterSet"]["properties"]) == list(VEHICLE_PARAMETERS)
    assert list(schemas["BackendParameterSet"]["properties"]) == list(BACKEND_PARAMETERS)
    soc = schemas["BackendParameterSet"]["properties"]["target_soc"]
    assert soc["oneOf"] == [{"minimum": 0, "maximum": 100}, {"const": PARAMETERS["target_soc"].sna}]


def test_yaml_writer_quotes_what_yaml_would_misread():
    text = to_yaml({"200": {"yes": "no", "list": [1, {"a": True}], "empty": {}}})
    assert text.splitlines() == [
        '"200":',
        '  "yes": "no"',
        "  list:",
        "    - 1",
        "    - a: true",
        "  empty: {}",
    ]
