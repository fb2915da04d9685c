"""Run the independent Josev (EcoG-io ``iso15118`` on PyPI) SECC simulator for -2 / DIN interop.

Not part of the project: executed with a *separate* Python that has ``iso15118`` installed
(``EVCC_JOSEV_PYTHON``), inside a network namespace. Josev's -2 SECC offers value-added
services only over TLS and has no Internet service; this runner adds InternetAccess
(ServiceID 3, parameter sets 3 = http/80 and 4 = HTTPS/443) to its -2 ServiceDiscoveryRes and
ServiceDetailRes when the connection is TLS-secured (Josev's own rule), and lets the output
voltage follow the EV's pre-charge target. DIN is unpatched.
Usage: python josev_secc_v2.py INTERFACE   (PROTOCOLS from the environment, default -2 + DIN)
"""

from __future__ import annotations

from josev_common import internet_parameter_sets, serve


def add_internet_service() -> None:
    from iso15118.secc.states import iso15118_2_states as states2
    from iso15118.shared.messages.iso15118_2.datatypes import (
        Parameter,
        ParameterSet,
        ServiceCategory,
        ServiceDetails,
        ServiceID,
        ServiceList,
        ServiceName,
    )

    original_get_services = states2.ServiceDiscovery.get_services

    async def get_services(self, category_filter):
        res = await original_get_services(self, category_filter)
        if self.comm_session.is_tls and category_filter in (None, ServiceCategory.INTERNET):
            services = list(res.service_list.services) if res.service_list else []
            services.append(
                ServiceDetails(
                    service_id=ServiceID.INTERNET,
                    service_name=ServiceName.INTERNET,
                    service_category=ServiceCategory.INTERNET,
                    free_service=True,
                )
            )
            res.service_list = ServiceList(services=services)
            self.comm_session.offered_services = services
        return res

    states2.ServiceDiscovery.get_services = get_services

    # Josev's ServiceDetail leaves the Internet parameter sets empty ("pass"); fill them in
    original_parameter_list = states2.ServiceParameterList

    def parameter_list(parameter_set):
        if not parameter_set:
            parameter_set = internet_parameter_sets(
                ParameterSet, Parameter, "parameter_set_id", "str_value"
            )
        return original_parameter_list(parameter_set=parameter_set)

    states2.ServiceParameterList = parameter_list


if __name__ == "__main__":
    serve("ISO_15118_2,DIN_SPEC_70121", add_internet_service)
