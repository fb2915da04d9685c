"""When to repeat a request the SECC answered with "not yet" (sans-IO).

"Not yet" is ``EVSEProcessing=Ongoing`` (Authorization, ScheduleExchange,
ChargeParameterDiscovery, CableCheck), a PreCharge voltage not yet at the pack voltage, or a
WeldingDetection voltage still above the safe level. Re-sending the instant the answer arrives
floods the charger (thousands of requests per second on loopback); production EVs wait after
each answer. The Kia EV6 capture in EVerest's public logfiles (ISO 15118-2 DC, 2023-04-25)
re-sends CableCheckReq 40-130 ms after each CableCheckRes, i.e. 5-6 requests per second.

Rule: the next request goes out ``interval_s`` after the answer, but never later than the
phase's own deadline (the phase timer still decides failure; pacing never extends it).
"""

from __future__ import annotations

from dataclasses import dataclass

#: default pause after a "not yet" answer (the EV6's shortest pauses, rounded)
DEFAULT_INTERVAL_S = 0.1


@dataclass(frozen=True)
class Pacing:
    interval_s: float = DEFAULT_INTERVAL_S

    def next_send(self, now: float, phase_deadline: float | None) -> float:
        """When to send the repeat answered at ``now``."""
        at = now + self.interval_s
        if phase_deadline is not None:
            at = min(at, phase_deadline)
        return at
