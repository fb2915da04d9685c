"""Shared code of the benchmark scripts (not benchmarks themselves)."""
