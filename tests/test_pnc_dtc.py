"""Every PnC error names a DTC of the catalog."""

from __future__ import annotations

from evcc_agent import dtc
from evcc_agent.iso15118 import pnc


def test_every_pnc_error_has_a_catalog_dtc() -> None:
    errors = [getattr(pnc, n) for n in pnc.__all__]
    names = {e.dtc for e in errors}
    assert names <= set(dtc.DTC_CATALOG)
    assert len(names) == 7  # the base class shares PNC_SIGNATURE_INVALID
