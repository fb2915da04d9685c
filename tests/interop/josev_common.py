"""What both Josev SECC runners (``josev_secc.py`` for -20, ``josev_secc_v2.py`` for -2/DIN)
share. Imported by them from this folder, under the separate Josev Python."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from typing import Any

#: the Internet service's parameter sets both runners add: set id -> (protocol, port)
INTERNET_PARAMETER_SETS = {3: ("http", 80), 4: ("HTTPS", 443)}


def set_environment(iface: str, protocols: str) -> None:
    """Josev's settings, unless the environment already has them; before importing Josev."""
    os.environ.setdefault("NETWORK_INTERFACE", iface)
    os.environ.setdefault("SECC_ENFORCE_TLS", "False")
    os.environ.setdefault("FREE_CHARGING_SERVICE", "True")
    os.environ.setdefault("PROTOCOLS", protocols)
    os.environ.setdefault("AUTH_MODES", "EIM")


def internet_parameter_sets(
    parameter_set: Any, parameter: Any, id_field: str, str_field: str
) -> list:
    """INTERNET_PARAMETER_SETS as Josev's message models of one protocol (their field names
    for the set id and a string value differ between -2 and -20)."""
    return [
        parameter_set(
            **{id_field: set_id},
            parameters=[
                parameter(name="Protocol", **{str_field: protocol}),
                parameter(name="Port", int_value=port),
            ],
        )
        for set_id, (protocol, port) in INTERNET_PARAMETER_SETS.items()
    ]


def run_with_following_voltage() -> None:
    """Let the simulated output voltage follow the EV's pre-charge target (Josev never raises
    it), then run Josev's SECC until killed."""
    from iso15118.secc import SECCHandler
    from iso15118.secc.controller.interface import ServiceStatus
    from iso15118.secc.controller.simulator import SimEVSEController
    from iso15118.secc.secc_settings import Config
    from iso15118.shared.exificient_exi_codec import ExificientEXICodec

    original_voltage = SimEVSEController.get_evse_present_voltage

    async def get_evse_present_voltage(self, protocol):
        self.evse_data_context.present_voltage = 400
        return await original_voltage(self, protocol)

    SimEVSEController.get_evse_present_voltage = get_evse_present_voltage

    async def run() -> None:
        config = Config()
        config.load_envs(env_path=os.path.join(os.getcwd(), ".env"))
        controller = SimEVSEController()
        await controller.set_status(ServiceStatus.STARTING)
        await SECCHandler(
            exi_codec=ExificientEXICodec(), evse_controller=controller, config=config
        ).start(config.iface)

    asyncio.run(run())


def serve(protocols: str, patch: Callable[[], None]) -> None:
    """A runner's whole life: Josev's settings for the interface in ``sys.argv[1]`` and
    ``protocols``, then the runner's ``patch`` (it imports Josev: after the settings), then
    Josev's SECC with the following output voltage until killed."""
    set_environment(sys.argv[1], protocols)
    patch()
    run_with_following_voltage()
