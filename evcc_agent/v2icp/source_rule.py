"""The source-based routing policy for the charger's prefix, as a sans-IO core.

Binding a socket to the PLC interface covers every packet the agent sends itself, but not the
kernel's own answers for a socket that is gone (a TCP reset to a backend's retransmit after
the connection was closed in an outage, an ICMPv6 "port unreachable" to a late DNS answer):
those belong to no socket, are routed by the main table and would leave through whichever
uplink holds the default route. So every source prefix of the PLC interface gets a rule
``from <prefix> lookup <table>`` (``[v2icp] source_rule_priority`` / ``source_table``), and
that table holds copies of the interface's own routes (the charger's default route, the
on-link prefix) plus an ``unreachable`` default behind them: a packet sourced from the
charger's prefix leaves through the charger or not at all.

Events in (``Observed``: what the kernel holds now; ``Refused``: a change was not permitted),
actions out (the rule and route changes, the ``V2ICP_SOURCE_RULE_MISSING`` DTC); the driver
(``path_driver.SourceRuleDriver``) reads and writes netlink. Without CAP_NET_ADMIN the core
asks for nothing more and only checks that some other rule (systemd-networkd's ``From=``)
covers the prefix; if none does, the DTC says so (V2ICP itself goes on: its own sockets are
bound to the interface).
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from evcc_agent.sansio import Action, ClearDtc, Event, RaiseDtc

log = logging.getLogger(__name__)

SOURCE_RULE_MISSING = "V2ICP_SOURCE_RULE_MISSING"
#: the fallback sits behind every copied route (the highest IPv6 route metric)
UNREACHABLE_METRIC = 0xFFFFFFFF
DEFAULT = "::/0"
#: rules at or after the main table's (32766) cannot keep a packet from it
MAIN_RULE_PRIORITY = 32766
_MAIN_TABLES = (0, 253, 254, 255)  # unspec, default, main, local


@dataclass(frozen=True)
class TableRoute:
    """A route in the policy table (through the interface unless ``unreachable``)."""

    destination: str  # a network, ``::/0`` for the default
    gateway: str | None = None
    metric: int = 1024
    unreachable: bool = False


def route_key(route: TableRoute) -> tuple[str, str, int, bool]:
    """A stable order (the gateway may be None)."""
    return (route.destination, route.gateway or "", route.metric, route.unreachable)


FALLBACK = TableRoute(DEFAULT, metric=UNREACHABLE_METRIC, unreachable=True)


@dataclass(frozen=True)
class OtherRule:
    """A rule not ours that has a source (``table`` None: an unreachable/prohibit/blackhole
    rule)."""

    source: str
    priority: int
    table: int | None


@dataclass(frozen=True)
class Policy:
    """Our rules (by source prefix) and the routes of our table."""

    rules: frozenset[str] = frozenset()
    routes: frozenset[TableRoute] = frozenset()


EMPTY = Policy()


# --- events ----------------------------------------------------------------------------------
class Refused(Event, frozen=True):
    """A change was not permitted (no CAP_NET_ADMIN)."""

    detail: str


class Observed(Event, frozen=True):
    """One look at the kernel: the interface's global addresses ``(address, prefix length)``,
    its unicast routes outside our table, what our rule priority and table hold, other rules."""

    addresses: tuple[tuple[str, int], ...] = ()
    routes: tuple[TableRoute, ...] = ()
    installed: Policy = EMPTY
    others: tuple[OtherRule, ...] = ()


# --- actions ---------------------------------------------------------------------------------
class Change(Action, frozen=True):
    """Add (``add``) or delete a route of the table, or the rule from a source prefix (str)."""

    add: bool
    target: TableRoute | str


SourceAction = Change | RaiseDtc | ClearDtc


def describe(change: Change, table: int, priority: int) -> str:
    """The change as ``ip -6`` would be told it (for logs, DTC details and doing it by hand)."""
    verb = "add" if change.add else "del"
    r = change.target
    if isinstance(r, str):
        return f"rule {verb} from {r} table {table} priority {priority}"
    what = f"unreachable {r.destination}" if r.unreachable else r.destination
    via = f" via {r.gateway}" if r.gateway else ""
    return f"route {verb} {what}{via} metric {r.metric} table {table}"


# --- decisions -------------------------------------------------------------------------------
def source_prefixes(addresses: Iterable[tuple[str, int]]) -> frozenset[str]:
    """The prefixes the interface's global addresses are in (SLAAC: the charger's /64;
    DHCPv6: the /128 itself)."""
    out = set()
    for address, length in addresses:
        net = ipaddress.IPv6Network(f"{address.partition('%')[0]}/{length}", strict=False)
        if not (net.is_link_local or net.is_multicast or net.is_loopback):
            out.add(str(net))
    return frozenset(out)


def _copyable(route: TableRoute) -> bool:
    if route.unreachable:
        return False
    net = ipaddress.IPv6Network(route.destination)
    return not (net.is_link_local or net.is_multicast)


def wanted(addresses: Iterable[tuple[str, int]], routes: Iterable[TableRoute]) -> Policy:
    """The policy for what the interface holds: no address, nothing at all."""
    prefixes = source_prefixes(addresses)
    if not prefixes:
        return EMPTY
    table = {r for r in routes if _copyable(r)}
    return Policy(prefixes, frozenset(table | {FALLBACK}))


def changes(have: Policy, want: Policy) -> list[Change]:
    """From ``have`` to ``want`` without a moment in which a prefix's rule points at a table
    lacking its fallback: routes are added before rules, rules removed before routes."""
    out = [Change(True, r) for r in sorted(want.routes - have.routes, key=route_key)]
    out += [Change(True, p) for p in sorted(want.rules - have.rules)]
    out += [Change(False, p) for p in sorted(have.rules - want.rules)]
    out += [Change(False, r) for r in sorted(have.routes - want.routes, key=route_key)]
    return out


def covered(prefix: str, others: Iterable[OtherRule]) -> OtherRule | None:
    """Another rule, before the main table's, that takes every packet from ``prefix`` away
    from the main table (systemd-networkd's ``From=``)."""
    net = ipaddress.IPv6Network(prefix)
    for rule in others:
        if rule.priority >= MAIN_RULE_PRIORITY or rule.table in _MAIN_TABLES:
            continue
        if net.subnet_of(ipaddress.IPv6Network(rule.source)):
            return rule
    return None


def report(seen: Observed, table: int, priority: int) -> list[dict[str, object]]:
    """For ``check-network``: each source prefix and the rule that keeps it on the link (ours,
    another one, or None)."""
    out: list[dict[str, object]] = []
    fallback = FALLBACK in seen.installed.routes
    for prefix in sorted(source_prefixes(seen.addresses)):
        rule: str | None = None
        if prefix in seen.installed.rules:
            rule = f"from {prefix} lookup {table} priority {priority}"
            rule += "" if fallback else " (no unreachable fallback in the table)"
        elif (other := covered(prefix, seen.others)) is not None:
            action = f"lookup {other.table}" if other.table is not None else "unreachable"
            rule = f"from {other.source} {action} priority {other.priority}"
        out.append({"prefix": prefix, "rule": rule})
    return out


# --- the core --------------------------------------------------------------------------------
@dataclass
class SourceRuleCore:
    """Keeps the kernel's policy equal to ``wanted`` (or, without the right, checks it)."""

    denied: str = ""  # why changes are not permitted ("" while they are)
    raised: bool = False
    want: Policy = EMPTY
    uncovered: tuple[str, ...] = ()
    _last: Observed | None = field(default=None, repr=False)

    def next_deadline(self) -> float | None:
        return None  # every look comes from the path driver's own cadence

    def handle(self, event: Event, now: float) -> Sequence[SourceAction]:
        if isinstance(event, Observed):
            return self._observed(event)
        if isinstance(event, Refused):
            return self._refused(event.detail)
        return []

    def status(self) -> dict[str, object]:
        return {
            "source_rules": sorted(self.want.rules),
            "source_rule_denied": self.denied,
            "source_rule_uncovered": list(self.uncovered),
        }

    def _observed(self, seen: Observed) -> list[SourceAction]:
        self._last = seen
        self.want = wanted(seen.addresses, seen.routes)
        if self.denied:
            return self._check_covered(seen)
        acts: list[SourceAction] = list(changes(seen.installed, self.want))
        self.uncovered = ()
        return acts + self._clear()

    def _refused(self, detail: str) -> list[SourceAction]:
        if not self.denied:
            log.warning(
                "cannot install the source rule for the charger's prefix (%s): the kernel's "
                "own answers may leave through another uplink unless another rule covers it",
                detail,
            )
        self.denied = detail
        return self._check_covered(self._last) if self._last else []

    def _check_covered(self, seen: Observed) -> list[SourceAction]:
        missing = [p for p in sorted(self.want.rules) if covered(p, seen.others) is None]
        self.uncovered = tuple(missing)
        if not missing:
            return self._clear()
        if self.raised:
            return []
        self.raised = True
        return [RaiseDtc(SOURCE_RULE_MISSING, f"{', '.join(missing)}: {self.denied}")]

    def _clear(self) -> list[SourceAction]:
        if not self.raised:
            return []
        self.raised = False
        return [ClearDtc(SOURCE_RULE_MISSING)]
