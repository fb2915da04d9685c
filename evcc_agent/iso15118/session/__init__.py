"""Sans-IO ISO 15118 EVCC session cores: SAP, -20, and -2/DIN (one engine, two dialects)."""
