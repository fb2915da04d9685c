"""ISO 15118 EV side: SLAC, SDP, V2GTP, TLS, the EXI codec and the sessions. Knows nothing of VDV 261."""
