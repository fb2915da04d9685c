"""Sans-IO ISO 15118 EVCC sessions (-20, later -2 and DIN)."""
