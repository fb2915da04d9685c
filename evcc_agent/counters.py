"""Named event counts of one part (a protocol core, a simulator) for its status view and the
tests: ``Counters("sent lost")`` declares them, ``add("sent")`` counts, ``counters["sent"]``
reads. Every declared name starts at 0 and is always in the view (in declaration order); a
name not declared is a ``KeyError``, so a misspelt count fails instead of counting nowhere.
This module imports nothing of the project, so every layer may use it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping


class Counters(Mapping[str, int]):
    __slots__ = ("_counts",)

    def __init__(self, names: str) -> None:
        """``names``: the counters, separated by white space."""
        self._counts = dict.fromkeys(names.split(), 0)

    def add(self, name: str, n: int = 1) -> None:
        if name not in self._counts:
            raise KeyError(f"no counter named {name!r}")
        self._counts[name] += n

    def __getitem__(self, name: str) -> int:
        return self._counts[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)

    def __repr__(self) -> str:
        return f"Counters({self._counts!r})"
