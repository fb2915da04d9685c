import asyncio
import contextlib
import os
import socket
import tempfile

import pytest

from evcc_agent.clock import FakeClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.supervisor import RestartPolicy, Supervisor
from evcc_agent.systemd import Notifier


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_crashing_part_restarts_with_backoff_and_raises_dtc():
    clock = FakeClock()
    dtcs = DtcRegistry()
    sup = Supervisor(clock, dtcs, RestartPolicy(initial=1, factor=2, maximum=8))
    starts: list[float] = []

    async def part() -> None:
        starts.append(clock.now())
        if len(starts) < 4:
            raise RuntimeError("boom")

    task = asyncio.create_task(sup.run("p", part))
    await _settle()
    assert starts == [0]
    for step in (1, 2, 4):
        clock.advance(step - 0.001)
        await _settle()
        assert len(starts) == {1: 1, 2: 2, 4: 3}[step]  # not yet
        clock.advance(0.001)
        await _settle()
    await task
    assert starts == pytest.approx([0, 1, 3, 7])
    st = dtcs.states["TASK_CRASHED"]
    assert st.count == 3 and "boom" in st.detail
    assert sup.status["p"].crashes == 3 and not sup.status["p"].running


async def test_cancellation_is_not_a_crash():
    clock = FakeClock()
    dtcs = DtcRegistry()
    sup = Supervisor(clock, dtcs)

    async def forever() -> None:
        await asyncio.Event().wait()

    task = asyncio.create_task(sup.run("f", forever))
    await _settle()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert "TASK_CRASHED" not in dtcs.states


def test_notifier_sends_datagrams_and_is_noop_without_socket():
    assert not Notifier(address="").ready()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "notify")
        srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        srv.bind(path)
        try:
            n = Notifier(address=path)
            assert n.ready("up") and n.watchdog()
            assert srv.recv(100) == b"READY=1\nSTATUS=up"
            assert srv.recv(100) == b"WATCHDOG=1"
            n.close()
        finally:
            srv.close()
