"""SECC simulator (ISO 15118-20 DC and AC, ISO 15118-2, DIN 70121, Internet VAS) for tests,
the demo and benches; built like the EV side it talks to.

* ``protocols``: what it speaks (SAP namespace, codec grammar, answer table) — one table;
* ``config``: ``SeccSimConfig`` (offers, EVSE limits) and the ``Fault`` s to inject;
* ``dialect``, ``answers_iso20``, ``answers_v2g``: the simulated charger's state and one answer
  table per protocol family (data: request name → answer);
* ``responder``: ``SeccResponder``, one request dict in, one reply out, faults applied once;
* ``server``, ``sdp``: ``SeccServer`` (V2GTP on TCP or TLS) and its SDP responder;
* ``__main__``: ``python -m evcc_agent.sim.secc``.

It uses the message, codec and transport modules of ``iso15118``, never the EV session.
"""

from evcc_agent.sim.secc.config import Fault, FaultKind, SeccSimConfig, parse_fault
from evcc_agent.sim.secc.protocols import (
    DIN_NAMESPACE,
    ISO2_NAMESPACE,
    ISO20_AC_NAMESPACE,
    ISO20_DC_NAMESPACE,
)
from evcc_agent.sim.secc.responder import Reply, SeccResponder
from evcc_agent.sim.secc.server import SeccServer

__all__ = [
    "DIN_NAMESPACE",
    "ISO2_NAMESPACE",
    "ISO20_AC_NAMESPACE",
    "ISO20_DC_NAMESPACE",
    "Fault",
    "FaultKind",
    "Reply",
    "SeccResponder",
    "SeccServer",
    "SeccSimConfig",
    "parse_fault",
]
