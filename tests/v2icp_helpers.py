"""What the V2ICP core and transport tests share: the test vehicle and a full set of its values."""

from __future__ import annotations

VIN = "WVWZZZ1JZXW000001"
#: every vehicle parameter the agent reports, with plausible values
VEHICLE_VALUES = {
    "odo": 18234,
    "chrg_stat": 1,
    "h2_stat": 2,
    "bat_stat": 0,
    "bat_reqtime": 40,
    "bat_eamount": 240,
    "bprec_eamount": 60,
    "prec_reqtime": 30,
    "prec_eamount": 12,
}
