"""Shared test fixtures.

``shared_dir`` points at the team's ``shared/`` folder (schemas, vectors) beside the checkout,
or at ``$EVCC_SHARED_DIR``; tests that need it skip cleanly where it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def find_shared_dir() -> Path | None:
    env = os.environ.get("EVCC_SHARED_DIR")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared", REPO / "shared"]:
        if (cand / "vectors").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    d = find_shared_dir()
    if d is None:
        pytest.skip("../shared (schemas, vectors) not present")
    return d


@pytest.fixture(scope="module")
def pnc_codec() -> object:
    """One EXI codec per Plug & Charge test module (its grammars load once)."""
    from evcc_agent.iso15118.codec import ExiCodec

    return ExiCodec()
