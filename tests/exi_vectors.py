"""The shared EXI vector files (``../shared/vectors/exi-*.jsonl``), one record per line, for the
conformance and fuzz tests and the EXI benchmarks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tests.conftest import find_shared_dir


def exi_vectors(
    names: Iterable[str] | None = None, limit: int | None = None
) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(file name without ``exi-``, line index, record) of the files ``names`` in that order
    (missing ones skipped), or of every vector file in name order; the first ``limit`` lines of
    each. Nothing where the shared folder is absent."""
    shared = find_shared_dir()
    if shared is None:
        return
    folder = shared / "vectors"
    if names is None:
        paths = sorted(folder.glob("exi-*.jsonl"))
    else:
        paths = [folder / f"exi-{name}.jsonl" for name in names]
    for path in paths:
        if not path.exists():
            continue
        lines = path.read_text().splitlines()[:limit]
        for i, line in enumerate(lines):
            yield path.stem.removeprefix("exi-"), i, json.loads(line)
