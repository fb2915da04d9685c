"""The committed generated grammar modules match what the generator makes from the schemas."""

from __future__ import annotations

from pathlib import Path

from evcc_agent.iso15118.exi import generator

GENERATED = Path(generator.__file__).parent / "generated"


def test_generated_modules_have_no_drift(shared_dir: Path, tmp_path: Path) -> None:
    written = generator.generate(shared_dir / "schemas", tmp_path)
    assert written
    for path in written:
        committed = GENERATED / path.name
        assert committed.exists(), f"{path.name} missing from the committed modules"
        assert committed.read_text() == path.read_text(), f"{path.name} drifted: regenerate"
    committed_names = {p.name for p in GENERATED.glob("*.py")}
    assert committed_names == {p.name for p in written}


def test_generated_header_names_schema_hashes() -> None:
    text = (GENERATED / "iso20_dc.py").read_text()
    assert text.startswith("# generated — do not edit")
    assert "V2G_CI_DC.xsd" in text and "xmldsig-core-schema.xsd" in text


def test_repeated_single_item_keeps_the_table_driven_path() -> None:
    from evcc_agent.iso15118.exi.codegen import _single_item_on_cycle

    # state 0: SE(q1, non-list) -> 1; state 1: SE(q1) -> 0 or EE: a repeated group
    assert _single_item_on_cycle([[(1, 1, 5, 1, False)], [(1, 1, 5, 0, False), (2,)]])
    # a list loop is fine: the encoder counts items
    assert not _single_item_on_cycle([[(1, 1, 5, 0, True), (2,)]])
