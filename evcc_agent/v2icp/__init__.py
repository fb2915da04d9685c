"""VDV 261 V2ICP: parameter declarations, CAN mapping, the session state machine, transport."""
