"""The PnC / EIM choice (``session/pnc_v2g.choose_payment``) as a pure function: the order
of ``auth``, what the charger offers, what the wallet plans, and the DTC when PnC loses."""

from __future__ import annotations

from typing import Any

import pytest

from evcc_agent.iso15118.pnc import PncTokenError
from evcc_agent.iso15118.pnc.wallet import Plan
from evcc_agent.iso15118.session.pnc_v2g import CONTRACT, EXTERNAL, choose_payment

BOTH = [CONTRACT, EXTERNAL]
CERT = {2}


class Wallet:
    """What ``choose_payment`` asks of a wallet: its plan (or a PncError)."""

    def __init__(self, plan: Plan | Exception) -> None:
        self._plan = plan

    def plan(self, family: str = "iso2") -> Plan:
        if isinstance(self._plan, Exception):
            raise self._plan
        return self._plan


USE = Plan("use", object(), "valid")  # type: ignore[arg-type]
DUE = Plan("update", object(), "due")  # type: ignore[arg-type]
NONE = Plan("install", None, "empty store")


def _choose(auth: list[str], offered: list[str], ids: set[int], wallet: Any, **kw: Any) -> Any:
    return choose_payment(auth, offered, ids, wallet, kw.pop("pnc", True), **kw)


def test_auth_order_decides_when_both_work() -> None:
    assert _choose(["pnc", "eim"], BOTH, set(), Wallet(USE)).option == CONTRACT
    assert _choose(["eim", "pnc"], BOTH, set(), Wallet(USE)).option == EXTERNAL
    assert _choose(["eim"], BOTH, set(), Wallet(USE)).not_pnc is None


@pytest.mark.parametrize(
    ("case", "offered", "ids", "wallet", "pnc", "dtc"),
    [
        ("not offered", [EXTERNAL], CERT, Wallet(USE), True, "PNC_NOT_OFFERED"),
        ("DIN", BOTH, CERT, Wallet(USE), False, "PNC_NOT_OFFERED"),
        ("no installation", BOTH, set(), Wallet(NONE), True, "PNC_NOT_OFFERED"),
        ("token", BOTH, CERT, Wallet(PncTokenError("locked")), True, "PNC_TOKEN_UNAVAILABLE"),
        ("wallet error", BOTH, CERT, PncTokenError("absent"), True, "PNC_TOKEN_UNAVAILABLE"),
        ("no wallet", BOTH, CERT, None, True, "PNC_STORE_FAILED"),
    ],
)
def test_pnc_impossible_means_eim_with_the_reason(
    case: str, offered: list[str], ids: set[int], wallet: Any, pnc: bool, dtc: str
) -> None:
    choice = _choose(["pnc", "eim"], offered, ids, wallet, pnc=pnc)
    assert choice.option == EXTERNAL and choice.plan is None
    assert choice.not_pnc is not None and choice.not_pnc[0] == dtc, case
    only = _choose(["pnc"], offered, ids, wallet, pnc=pnc)
    assert only.option is None and only.not_pnc == choice.not_pnc


def test_installation_and_renewal_select_the_certificate_service() -> None:
    install = _choose(["pnc"], BOTH, CERT, Wallet(NONE))
    assert (install.plan and install.plan.action, install.certificate_set) == ("install", 1)
    update = _choose(["pnc"], BOTH, CERT, Wallet(DUE))
    assert (update.plan and update.plan.action, update.certificate_set) == ("update", 2)
    reinstall = _choose(["pnc"], BOTH, CERT, Wallet(DUE), update_allowed=False)
    assert (reinstall.plan and reinstall.plan.action, reinstall.certificate_set) == ("install", 1)
    # due, but the charger cannot renew: the still-valid contract is used
    keep = _choose(["pnc"], BOTH, set(), Wallet(DUE))
    assert (keep.plan and keep.plan.action, keep.certificate_set) == ("use", None)
    assert keep.plan is not None and keep.plan.contract is DUE.contract
