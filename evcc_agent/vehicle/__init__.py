"""Vehicle side: python-can bus, DBC decoding, SignalStore, cyclic TX. Knows nothing of VDV 261."""
