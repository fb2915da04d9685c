"""Configuration of the ISO 15118 side (SLAC, SDP, TLS, sessions)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# --- SLAC (ISO 15118-3) -------------------------------------------------------------------------
_MAC_PATTERN = r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"


class SlacConfig(BaseModel):
    """EV-side SLAC: the PLC modem's interface and the ISO 15118-3 timers (ms) and counters.

    The defaults are the standard's values; change them only to work around a station.
    """

    model_config = ConfigDict(extra="forbid")

    #: Ethernet interface of the PLC modem; unset means ``iso15118.interface``
    interface: str | None = None
    #: where CM_SET_KEY.REQ goes; broadcast reaches the local QCA modem without knowing its MAC
    modem_mac: str = Field(default="ff:ff:ff:ff:ff:ff", pattern=_MAC_PATTERN)
    #: TT_match_response: wait for each CNF (PARM, MATCH, SET_KEY) before resending
    tt_match_response_ms: int = Field(default=200, ge=1, le=10_000)
    #: TT_match_sequence: how long the EVSE side waits for the EV's next message
    tt_match_sequence_ms: int = Field(default=400, ge=1, le=10_000)
    #: TT_EVSE_match_MNBC: sounding window announced to the EVSEs (sent in units of 100 ms)
    tt_evse_match_mnbc_ms: int = Field(default=600, ge=100, le=25_500)
    #: TT_EV_atten_results: from the first CM_START_ATTEN_CHAR.IND to the EVSEs' results
    tt_ev_atten_results_ms: int = Field(default=1200, ge=1, le=60_000)
    #: TT_match_join: after CM_SET_KEY.CNF, time for the modem to join the EVSE's network
    tt_match_join_ms: int = Field(default=12_000, ge=1, le=120_000)
    #: TP_EV_batch_msg_interval: spacing of START_ATTEN_CHAR and MNBC_SOUND (standard: 20-50)
    tp_ev_batch_msg_interval_ms: int = Field(default=20, ge=1, le=1_000)
    #: C_EV_match_retry: resends of each request, and restarts of the whole matching process
    c_ev_match_retry: int = Field(default=2, ge=0, le=10)
    #: C_EV_start_atten_char_inds: CM_START_ATTEN_CHAR.IND repetitions
    c_ev_start_atten_char_inds: int = Field(default=3, ge=1, le=10)
    #: C_EV_match_MNBC: number of CM_MNBC_SOUND.IND
    c_ev_match_mnbc: int = Field(default=10, ge=1, le=255)


# --- end SLAC -----------------------------------------------------------------------------------


class Iso15118Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interface: str = "eth1"
    slac: SlacConfig = Field(default_factory=SlacConfig)
