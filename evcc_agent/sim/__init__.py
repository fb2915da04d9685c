"""Simulators (SECC, V2ICP backend, vehicle CAN) for demo, tests and the HIL bench; never imported by production code."""
