"""Vehicle side: python-can bus, DBC decoding, SignalStore, cyclic TX. Knows nothing of VDV 261.

Modules (import them directly; this package stays light so ``--version`` stays fast):
``config`` (``VehicleConfig``), ``store`` (``SignalStore``), ``dbc`` (loading, ``FrameDecoder``),
``tx`` (``CyclicTransmitter``), ``bus`` (``VehicleBus``: receive, reopen with backoff),
``link`` (``VehicleLink``: all of them built from ``[vehicle]``), ``charge_loop`` (the values
the ISO 15118 session reads).
"""
