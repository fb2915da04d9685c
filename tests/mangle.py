"""Mangling a decoded message for the session fuzz tests: every path into it, and a copy with
the value at one path replaced by junk or dropped."""

from __future__ import annotations

import copy
from typing import Any


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path into ``node``, the empty one (the whole) first, parents before children."""
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += paths(value, (*prefix, i))
    return out


def mangled(message: dict, path: tuple, junk: Any, drop: bool) -> dict:
    """A deep copy of ``message`` with the value at ``path`` dropped (``drop``, in a dict) or
    replaced by ``junk``; the empty path leaves the copy as it is."""
    message = copy.deepcopy(message)
    if not path:
        return message
    parent = message
    for key in path[:-1]:
        parent = parent[key]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = junk
    return message
