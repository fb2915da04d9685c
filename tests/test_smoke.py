import subprocess
import sys

import pytest

from evcc_agent import __version__
from evcc_agent.cli import main
from evcc_agent.clock import FakeClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.v2icp.params import PARAMETERS, ParameterError, validate


def test_version_command(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize(
    ("imports", "heavy"),
    [
        pytest.param(
            "from evcc_agent.cli import build_parser; "
            "import evcc_agent.v2icp.params, evcc_agent.vehicle",
            ("scapy", "cantools", "can", "httpx"),
            id="version",
        ),
        pytest.param(
            "import evcc_agent.iso15118, evcc_agent.iso15118.slac, "
            "evcc_agent.iso15118.slac_frames, evcc_agent.sim.evse_slac",
            ("scapy",),
            id="slac",
        ),
    ],
)
def test_import_does_not_import_heavy_modules(imports, heavy):
    """In a fresh interpreter, ``imports`` load none of the ``heavy`` packages (nor a part)."""
    code = (
        f"import sys; {imports}; heavy = {heavy!r}; "
        "print(','.join(h for h in heavy if any(m == h or m.startswith(h + '.') for m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_params_declared_once_and_validate():
    assert validate("target_soc", 85) == 85
    assert validate("driveoff", 65535) == 65535  # SNA passes
    for bad in (101, -1, "85", True, float("nan")):
        try:
            validate("target_soc", bad)
        except ParameterError:
            pass
        else:
            raise AssertionError(bad)
    assert PARAMETERS["bat_stat"].codes[2] == "NA"


async def test_fake_clock_wakes_sleepers_in_order():
    import asyncio

    clock = FakeClock()
    woke: list[float] = []

    async def sleeper(d: float) -> None:
        await clock.sleep(d)
        woke.append(clock.now())

    tasks = [asyncio.create_task(sleeper(d)) for d in (10, 5)]
    await asyncio.sleep(0)
    clock.advance(6)
    await asyncio.sleep(0)
    assert woke == [6]
    clock.advance(6)
    await asyncio.gather(*tasks)
    assert woke == [6, 12]


def test_dtc_registry_counts_and_clears():
    reg = DtcRegistry()
    reg.raise_("V2ICP_UNREACHABLE", 1.0)
    reg.raise_("V2ICP_UNREACHABLE", 2.0)
    st = reg.states["V2ICP_UNREACHABLE"]
    assert (st.count, st.first_seen, st.last_seen, st.active) == (2, 1.0, 2.0, True)
    reg.clear("V2ICP_UNREACHABLE")
    assert not reg.is_active("V2ICP_UNREACHABLE") and st.stored
