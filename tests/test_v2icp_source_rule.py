"""The source rule for the charger's prefix: the pure core with made-up kernel views, and the
driver against a real kernel in a network namespace (installed, renumbered, removed; without
CAP_NET_ADMIN the DTC unless another rule covers the prefix)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import pytest

from evcc_agent.sansio import ClearDtc, RaiseDtc
from evcc_agent.sim.netns import netns_unavailable_reason, veth_netns
from evcc_agent.v2icp.source_rule import (
    EMPTY,
    FALLBACK,
    SOURCE_RULE_MISSING,
    Change,
    Observed,
    OtherRule,
    Policy,
    Refused,
    SourceRuleCore,
    TableRoute,
    changes,
    covered,
    describe,
    report,
    source_prefixes,
    wanted,
)

PREFIX = "2001:db8:ca:1::/64"
ADDR = ("2001:db8:ca:1::5", 64)
GW = TableRoute("::/0", "fe80::5e:cc", 1024)
ONLINK = TableRoute(PREFIX, None, 256)


def AddRoute(route: TableRoute) -> Change:
    return Change(True, route)


def DelRoute(route: TableRoute) -> Change:
    return Change(False, route)


def AddRule(source: str) -> Change:
    return Change(True, source)


def DelRule(source: str) -> Change:
    return Change(False, source)


def test_prefixes_come_from_the_global_addresses_only():
    assert source_prefixes([ADDR, ("2001:db8:ca:1::9", 128), ("fe80::1", 64)]) == {
        PREFIX,
        "2001:db8:ca:1::9/128",
    }
    assert source_prefixes([]) == frozenset()


def test_wanted_copies_the_interfaces_routes_and_puts_unreachable_behind_them():
    multicast = TableRoute("ff00::/8", None, 256)
    link_local = TableRoute("fe80::/64", None, 256)
    want = wanted([ADDR], [GW, ONLINK, multicast, link_local])
    assert want == Policy(frozenset({PREFIX}), frozenset({GW, ONLINK, FALLBACK}))
    assert FALLBACK.unreachable and FALLBACK.metric > GW.metric
    # the charger's default route gone: the fallback alone (unreachable, never another uplink)
    assert wanted([ADDR], [ONLINK]).routes == {ONLINK, FALLBACK}
    assert wanted([], [GW, ONLINK]) == EMPTY  # no address: nothing to keep


def test_changes_add_routes_before_rules_and_remove_rules_before_routes():
    want = wanted([ADDR], [GW])
    up = changes(EMPTY, want)
    assert set(up[:2]) == {AddRoute(GW), AddRoute(FALLBACK)} and up[2:] == [AddRule(PREFIX)]
    assert changes(want, want) == []
    renumbered = wanted([("2001:db8:ca:2::5", 64)], [GW])
    assert changes(want, renumbered) == [AddRule("2001:db8:ca:2::/64"), DelRule(PREFIX)]
    down = changes(want, EMPTY)
    assert down[0] == DelRule(PREFIX) and set(down[1:]) == {DelRoute(GW), DelRoute(FALLBACK)}


def test_describe_reads_like_ip_route():
    assert describe(AddRule(PREFIX), 2616, 2616) == (
        f"rule add from {PREFIX} table 2616 priority 2616"
    )
    assert describe(DelRoute(GW), 7, 1) == "route del ::/0 via fe80::5e:cc metric 1024 table 7"
    assert (
        describe(AddRoute(FALLBACK), 7, 1) == "route add unreachable ::/0 metric 4294967295 table 7"
    )


def test_covered_needs_a_rule_before_main_away_from_the_main_table():
    wider = OtherRule("2001:db8:ca::/48", 2615, 2615)
    assert covered(PREFIX, [wider]) == wider
    assert covered(PREFIX, [OtherRule("2001:db8:ca::/48", 2615, None)]) is not None  # unreachable
    assert covered(PREFIX, [OtherRule("2001:db8:ca::/48", 32766, 2615)]) is None  # after main
    assert covered(PREFIX, [OtherRule("2001:db8:ca::/48", 100, 254)]) is None  # to main
    assert covered(PREFIX, [OtherRule("2001:db8:cb::/48", 100, 2615)]) is None  # elsewhere


def test_core_installs_keeps_and_removes():
    core = SourceRuleCore()
    acts = core.handle(Observed((ADDR,), (GW, ONLINK)), 0.0)
    assert set(acts) == {AddRoute(GW), AddRoute(ONLINK), AddRoute(FALLBACK), AddRule(PREFIX)}
    done = Policy(frozenset({PREFIX}), frozenset({GW, ONLINK, FALLBACK}))
    assert core.handle(Observed((ADDR,), (GW, ONLINK), done), 1.0) == []
    # someone removed our rule (networkd reconfiguring): back at the next look
    assert core.handle(Observed((ADDR,), (GW, ONLINK), Policy(routes=done.routes)), 2.0) == [
        AddRule(PREFIX)
    ]
    # the address is gone: rule first, then the table
    acts = core.handle(Observed((), (), done), 3.0)
    assert acts[0] == DelRule(PREFIX) and set(acts[1:]) == {
        DelRoute(GW),
        DelRoute(ONLINK),
        DelRoute(FALLBACK),
    }
    assert core.status()["source_rules"] == []


def test_without_the_right_a_dtc_unless_another_rule_covers_the_prefix():
    core = SourceRuleCore()
    seen = Observed((ADDR,), (GW,))
    core.handle(seen, 0.0)
    acts = core.handle(Refused("Operation not permitted"), 0.0)
    assert acts == [RaiseDtc(SOURCE_RULE_MISSING, f"{PREFIX}: Operation not permitted")]
    assert core.status()["source_rule_uncovered"] == [PREFIX]
    # no further changes are asked for, and the DTC is raised once
    assert core.handle(seen, 1.0) == []
    assert core.handle(Refused("Operation not permitted"), 1.0) == []
    # systemd-networkd's From= rule appears: covered, the DTC clears
    networkd = OtherRule("2001:db8:ca::/48", 2616, 2615)
    assert core.handle(Observed((ADDR,), (GW,), others=(networkd,)), 2.0) == [
        ClearDtc(SOURCE_RULE_MISSING)
    ]
    assert core.handle(Observed((ADDR,), (GW,), others=(networkd,)), 3.0) == []
    assert core.next_deadline() is None


def test_report_names_the_rule_for_each_prefix():
    ours = Observed((ADDR,), (GW,), Policy(frozenset({PREFIX}), frozenset({GW, FALLBACK})))
    assert report(ours, 2616, 2616) == [
        {"prefix": PREFIX, "rule": f"from {PREFIX} lookup 2616 priority 2616"}
    ]
    other = Observed((ADDR,), others=(OtherRule("2001:db8:ca::/48", 2615, None),))
    assert report(other, 2616, 2616) == [
        {"prefix": PREFIX, "rule": "from 2001:db8:ca::/48 unreachable priority 2615"}
    ]
    assert report(Observed((ADDR,)), 2616, 2616) == [{"prefix": PREFIX, "rule": None}]


def test_source_table_must_not_be_a_kernel_table():
    from evcc_agent.v2icp.config import V2icpConfig

    assert V2icpConfig().source_table == 2616 and V2icpConfig().source_rule_priority == 2616
    for bad in ({"source_table": 254}, {"source_table": 0}, {"source_rule_priority": 32766}):
        with pytest.raises(ValueError):
            V2icpConfig(**bad)


# --- against the kernel ------------------------------------------------------------------------
BACKEND = "2001:db8:de:1::10"


def _ip_json(*args: str) -> Any:
    out = subprocess.run(["ip", "-j", "-6", *args], capture_output=True, text=True)
    return json.loads(out.stdout or "[]") if out.returncode == 0 else []  # no such table


def _route_get(source: str | None) -> str:
    """Where the kernel sends a packet for the backend (from ``source``): device or error."""
    cmd = ["ip", "-6", "route", "get", BACKEND] + (["from", source] if source else [])
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        return "error: " + out.stderr.strip()
    return out.stdout.split(" dev ")[1].split()[0]


def _snapshot(plc: str, dtcs: Any, step: str) -> dict[str, Any]:
    return {
        "step": step,
        "rules": [
            f"{r['src']}/{r['srclen']} {r.get('table', r.get('action'))} {r['priority']}"
            for r in _ip_json("rule")
            if "srclen" in r
        ],
        "table": sorted(
            f"{r.get('type', 'unicast')} {r['dst']} {r.get('gateway', '-')}"
            for r in _ip_json("route", "show", "table", "2616")
        ),
        "from_plc": _route_get("2001:db8:ca:1::5"),
        "from_new": _route_get("2001:db8:ca:2::5"),
        "unsourced": _route_get(None),
        "dtcs": [d.spec.name for d in dtcs.active()],
    }


async def _steps(plc: str) -> list[dict[str, Any]]:
    """Inside the namespace: a "cellular" link with the preferred default route, the
    PLC link's address and routes changing under the driver."""
    from evcc_agent.clock import MonotonicClock
    from evcc_agent.dtc import DtcRegistry
    from evcc_agent.v2icp.config import V2icpConfig
    from evcc_agent.v2icp.path_driver import SourceRules

    def ip(*args: str) -> None:
        subprocess.run(["ip", "-6", *args], check=True, capture_output=True)

    subprocess.run(["ip", "link", "add", "cell0", "type", "veth", "peer", "cell1"], check=True)
    for end in ("cell0", "cell1"):
        subprocess.run(["ip", "link", "set", end, "up"], check=True)
    ip("addr", "add", "2001:db8:ce11::2/64", "dev", "cell0", "nodad")
    ip("route", "add", "default", "via", "2001:db8:ce11::1", "dev", "cell0", "metric", "100")
    dtcs = DtcRegistry()
    rules = SourceRules(V2icpConfig(), plc, MonotonicClock(), dtcs)
    out = []

    async def look(step: str) -> None:
        await rules.sync()
        out.append(_snapshot(plc, dtcs, step))

    await look("no address")
    ip("addr", "add", "2001:db8:ca:1::5/64", "dev", plc, "nodad")
    ip("route", "add", "default", "via", "fe80::5e:cc", "dev", plc, "metric", "1024")
    await look("address")
    await look("again")
    ip("addr", "add", "2001:db8:ca:2::5/64", "dev", plc, "nodad")
    ip("addr", "del", "2001:db8:ca:1::5/64", "dev", plc)
    await look("renumbered")
    ip("route", "del", "default", "dev", plc)
    await look("route gone")
    await rules.remove()
    out.append(_snapshot(plc, dtcs, "removed"))
    return out


def test_the_driver_keeps_the_rule_in_a_real_kernel():
    """(Runs itself inside the namespace: ``python -m tests.test_v2icp_source_rule IFACE``.)"""
    if netns_unavailable_reason() is not None:
        pytest.skip(str(netns_unavailable_reason()))
    with veth_netns("srcrule") as ns:
        run = subprocess.run(
            [*ns.exec_prefix(), sys.executable, "-m", "tests.test_v2icp_source_rule", ns.peer_if],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        steps = {s["step"]: s for s in json.loads(run.stdout)}

        def without_net_admin() -> dict[str, Any]:
            run = subprocess.run(
                [*ns.exec_prefix(), "capsh", "--drop=cap_net_admin", "--", "-c",
                 f"{sys.executable} -m tests.test_v2icp_source_rule {ns.peer_if} denied"],
                capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert run.returncode == 0, run.stderr
            return json.loads(run.stdout)[0]

        uncovered = without_net_admin()
        subprocess.run(
            ["ip", "-n", ns.netns, "-6", "rule", "add", "from", "2001:db8:ca::/48",
             "unreachable", "priority", "2615"],
            check=True,
        )  # fmt: skip
        covered_ = without_net_admin()

    assert steps["no address"]["rules"] == [] and steps["no address"]["table"] == []
    for step in ("address", "again"):
        s = steps[step]
        assert s["rules"] == ["2001:db8:ca:1::/64 2616 2616"]
        assert s["table"] == [
            "unicast 2001:db8:ca:1::/64 -",
            "unicast default fe80::5e:cc",
            "unreachable default -",
        ]
        # from the charger's prefix: the PLC link; anything else still the preferred cellular
        assert s["from_plc"] != "cell0" and s["from_plc"].startswith("v")
        assert s["unsourced"] == "cell0"
    s = steps["renumbered"]
    assert s["rules"] == ["2001:db8:ca:2::/64 2616 2616"]
    assert s["from_new"].startswith("v") and s["from_plc"] == "cell0"  # the old one is gone
    s = steps["route gone"]
    assert s["table"] == ["unicast 2001:db8:ca:2::/64 -", "unreachable default -"]
    assert s["from_new"] == "error: RTNETLINK answers: No route to host"  # the fallback
    s = steps["removed"]
    assert s["rules"] == [] and s["table"] == [] and s["dtcs"] == []

    # without CAP_NET_ADMIN: nothing installed, the DTC says so (V2ICP's own binding stays)
    assert uncovered["rules"] == [] and uncovered["table"] == []
    assert uncovered["dtcs"] == ["V2ICP_SOURCE_RULE_MISSING"]
    assert uncovered["from_new"] == "cell0"
    # another rule covers the prefix (as systemd-networkd's From= does): no DTC
    assert covered_["dtcs"] == [] and covered_["from_new"].startswith("error")


async def _denied(plc: str) -> list[dict[str, Any]]:
    """Without CAP_NET_ADMIN (after ``_steps``: the PLC link has 2001:db8:ca:2::5)."""
    from evcc_agent.clock import MonotonicClock
    from evcc_agent.dtc import DtcRegistry
    from evcc_agent.v2icp.config import V2icpConfig
    from evcc_agent.v2icp.path_driver import SourceRules

    dtcs = DtcRegistry()
    rules = SourceRules(V2icpConfig(), plc, MonotonicClock(), dtcs)
    await rules.sync()  # the attempt, refused
    await rules.sync()  # asks for nothing more
    return [_snapshot(plc, dtcs, "denied")]


if __name__ == "__main__":
    iface = sys.argv[1]
    if sys.argv[2:] == ["denied"]:
        print(json.dumps(asyncio.run(_denied(iface))))
    else:
        print(json.dumps(asyncio.run(_steps(iface))))
