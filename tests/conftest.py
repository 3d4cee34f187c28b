"""Shared pytest configuration: hypothesis profiles and paths to the shipped data."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMAS = ROOT / "schemas"

# "dev" is quick for local runs; "ci" (set by `make test`) runs more examples, with no
# deadline because shared CI machines are noisy, and derandomised so that a red build
# reproduces; "thorough" is for a soak before a release.
settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "ci",
    max_examples=100,
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
