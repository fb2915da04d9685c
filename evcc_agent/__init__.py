"""evcc-agent: the vehicle-side EVCC agent for depot charging (CAN, ISO 15118, VDV 261)."""

__version__ = "0.1.0"
