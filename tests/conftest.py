"""Shared fixtures: the bundled samples built once into a store, and paths to shared data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "data" / "samples"


def run_kg(*args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` command line in a subprocess."""
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, input=input, cwd=ROOT
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled sample articles, built once per test session with `kg build`."""
    store = tmp_path_factory.mktemp("store") / "kg-store"
    run_kg("build", str(SAMPLES), "--store", str(store))
    return store


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
