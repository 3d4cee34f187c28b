"""A short fuzz run (the long one is ``benchmarks/fuzz.py``): see ``tests/fuzzing.py``."""

from hypothesis import HealthCheck, given, settings

from fuzzing import TIME_BOUND, exercise, fuzz_inputs


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(fuzz_inputs())
def test_no_input_raises_the_undocumented_or_hangs(data: bytes) -> None:
    seconds = exercise(data)
    assert seconds < TIME_BOUND, f"{seconds:.2f} s for one input"
