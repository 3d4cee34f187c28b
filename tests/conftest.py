"""Shared pytest configuration: hypothesis profiles and paths to the shipped data."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMAS = ROOT / "schemas"

# "dev" is quick for local runs; "ci" (set by `make test`) runs 40 examples of each of the
# ~100 properties (most draw whole plans, ~0.5 s each: 100 examples took 12 of CI's 15
# minutes), with no deadline because shared CI machines are noisy, and derandomised so that
# a red build reproduces; "thorough" (2,000 examples) is for a soak before a release, and
# `make fuzz` runs the fuzz harness for ten minutes.
settings.register_profile("dev", max_examples=40)
settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The folder of shipped example datasets."""
    return EXAMPLES


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every hypothesis test ``property`` (``pytest -m property`` runs just those)."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)
