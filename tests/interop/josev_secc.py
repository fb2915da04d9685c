"""Run the independent Josev (EcoG-io ``iso15118`` on PyPI) SECC simulator for interop tests.

Not part of the project: executed with a *separate* Python that has ``iso15118`` installed
(``EVCC_JOSEV_PYTHON``), inside a network namespace. Josev's simulator offers no value-added
services and never raises its output voltage; this runner patches both so that a whole -20
DC session with the Internet service can complete: VAS 65 with parameter sets 3 (http/80)
and 4 (HTTPS/443), and an output voltage that follows the EV's pre-charge target.
Usage: python josev_secc.py INTERFACE   (reads no .env; settings come from the environment)
"""

from __future__ import annotations

from josev_common import internet_parameter_sets, serve


def add_internet_vas() -> None:
    from iso15118.secc.controller.simulator import SimEVSEController
    from iso15118.secc.states import iso15118_20_states as states20
    from iso15118.shared.messages.iso15118_20.common_messages import (
        Parameter,
        ParameterSet,
        Service,
        ServiceList,
        ServiceParameterList,
    )

    def get_vas_list(self, supported_service_ids=None):
        return ServiceList(services=[Service(service_id=65, free_service=True)])

    states20.ServiceDiscovery.get_vas_list = get_vas_list

    original_params = SimEVSEController.get_service_parameter_list

    async def get_service_parameter_list(self, service_id):
        if service_id == 65:
            return ServiceParameterList(
                parameter_sets=internet_parameter_sets(ParameterSet, Parameter, "id", "finite_str")
            )
        return await original_params(self, service_id)

    SimEVSEController.get_service_parameter_list = get_service_parameter_list


if __name__ == "__main__":
    serve("ISO_15118_20_DC,ISO_15118_20_AC", add_internet_vas)
