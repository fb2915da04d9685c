"""What the SECC simulator speaks: one row per protocol it can agree on in SAP.

The single protocol table of the simulator (``--protocols`` names, SAP namespaces, codec
grammars, which answer table answers). The answer tables themselves are in
``answers_iso20.py`` and ``answers_v2g.py``; the responder picks one by ``dialect``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ISO20_DC_NAMESPACE = "urn:iso:std:iso:15118:-20:DC"
ISO20_AC_NAMESPACE = "urn:iso:std:iso:15118:-20:AC"
ISO2_NAMESPACE = "urn:iso:15118:2:2013:MsgDef"
DIN_NAMESPACE = "urn:din:70121:2012:MsgDef"

DialectName = Literal["iso20", "iso2", "din"]


@dataclass(frozen=True)
class SimProtocol:
    name: str  # on the command line (``--protocols``)
    namespace: str  # in SAP
    dialect: DialectName  # the answer table
    #: codec grammar of its messages (all on payload type 0x8001); None: by payload type (-20)
    grammar: str | None = None


PROTOCOLS = (
    SimProtocol("iso20-dc", ISO20_DC_NAMESPACE, "iso20"),
    SimProtocol("iso20-ac", ISO20_AC_NAMESPACE, "iso20"),
    SimProtocol("iso2", ISO2_NAMESPACE, "iso2", grammar="iso2"),
    SimProtocol("din", DIN_NAMESPACE, "din", grammar="din"),
)
BY_NAMESPACE = {p.namespace: p for p in PROTOCOLS}
BY_NAME = {p.name: p for p in PROTOCOLS}


def grammars(namespaces: list[str]) -> list[str]:
    """The extra codec grammars a SECC offering ``namespaces`` needs (-2 / DIN)."""
    return [g for ns in namespaces if ns in BY_NAMESPACE and (g := BY_NAMESPACE[ns].grammar)]
