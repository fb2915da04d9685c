"""Plug & Charge in the -2 session (``v2g.py``): the choice between PnC and EIM, and the
contract the session authorises with (-20 makes the same choice in ``iso20.py``, with
"PnC" / "EIM" for "Contract" / "ExternalPayment" and installation only).

Rules (docs/pnc.md, "-2 session"):

- ``iso15118.auth`` is the preference order. PnC is chosen when the dialect has it (-2, not
  DIN), the charger offers ``Contract``, the wallet opened, and there is a contract to use:
  a valid one, or one the charger can install / update (it lists the Certificate service,
  ServiceID 2: ParameterSetID 1 installation, 2 update).
- A valid contract due for renewal is updated when the charger offers it and
  ``certificate_update`` is on; else re-installed where the charger offers installation;
  else it is used as it is.
- When PnC was preferred but is not possible, EIM is used if configured, with a log line and
  the DTC of the reason (``PNC_NOT_OFFERED`` or the wallet's ``PncError.dtc``).
- A PnC step that fails after the selection (a bad installation response, a FAILED answer)
  ends the session with the DTC; the next session offers only EIM where configured
  (``V2gSession.auth_fallback``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evcc_agent.iso15118.pnc.errors import PncError
from evcc_agent.iso15118.pnc.store import Contract
from evcc_agent.iso15118.pnc.wallet import Family, Plan, PncWallet

#: -2 ServiceID of the contract certificate service and its parameter sets (Table 105)
CERTIFICATE_SERVICE_ID = 2
CERTIFICATE_PARAMETER_SET = {"install": 1, "update": 2}
CONTRACT = "Contract"
EXTERNAL = "ExternalPayment"


@dataclass(frozen=True)
class PaymentChoice:
    """What ServiceDiscoveryRes decided: the payment option (None: none acceptable), the
    contract step before PaymentDetails, and why PnC was not used (a DTC and its detail)."""

    option: str | None
    plan: Plan | None = None
    #: ParameterSetID of the Certificate service to select (install/update), if any
    certificate_set: int | None = None
    not_pnc: tuple[str, str] | None = None


def _pnc_plan(
    certificate_offered: bool, wallet: PncWallet, update_allowed: bool, family: Family
) -> tuple[Plan | None, tuple[str, str] | None]:
    """The contract step with this charger, or (None, (DTC, why)) when PnC cannot work."""
    try:
        plan = wallet.plan(family)
    except PncError as e:
        return None, (e.dtc, str(e))
    if plan.action == "use":
        return plan, None
    if plan.action == "update" and not update_allowed:
        plan = Plan("install", plan.contract, plan.why + " (renewal by re-installation)")
    if certificate_offered:
        return plan, None
    if plan.contract is not None:  # renewal due, but the charger cannot renew: use it
        return Plan("use", plan.contract, plan.why + "; the charger offers no renewal"), None
    return None, ("PNC_NOT_OFFERED", f"no valid contract ({plan.why}) and no installation")


def choose_payment(
    auth: Sequence[str],
    offered: Sequence[str],
    service_ids: set[int],
    wallet: PncWallet | PncError | None,
    dialect_has_pnc: bool,
    update_allowed: bool = True,
    family: Family = "iso2",
) -> PaymentChoice:
    """The payment choice of ServiceDiscoveryRes (see the module rules)."""
    not_pnc: tuple[str, str] | None = None
    for method in auth:
        if method == "eim" and EXTERNAL in offered:
            return PaymentChoice(EXTERNAL, not_pnc=not_pnc)
        if method != "pnc":
            continue
        if not dialect_has_pnc:
            not_pnc = ("PNC_NOT_OFFERED", "the protocol has no Plug & Charge")
        elif CONTRACT not in offered:
            not_pnc = ("PNC_NOT_OFFERED", f"the charger offers {list(offered)}")
        elif isinstance(wallet, PncError):
            not_pnc = (wallet.dtc, str(wallet))
        elif wallet is None:
            not_pnc = ("PNC_STORE_FAILED", "no Plug & Charge configuration")
        else:
            certificate = CERTIFICATE_SERVICE_ID in service_ids
            plan, not_pnc = _pnc_plan(certificate, wallet, update_allowed, family)
            if plan is not None:
                pset = CERTIFICATE_PARAMETER_SET.get(plan.action)
                return PaymentChoice(CONTRACT, plan, pset)
    return PaymentChoice(None, not_pnc=not_pnc)


@dataclass
class PncState:
    """The PnC part of one -2 session: the wallet, the contract, the challenge."""

    wallet: PncWallet | PncError | None
    plan: Plan | None = None
    contract: Contract | None = None
    gen_challenge: bytes = b""
    receipts: int = 0

    @property
    def active(self) -> bool:
        return self.plan is not None

    def usable_wallet(self) -> PncWallet:
        assert isinstance(self.wallet, PncWallet)
        return self.wallet
