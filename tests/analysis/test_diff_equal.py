"""Why diff may skip comparing equal commitments of one year: the comparison finds nothing."""

import pickle

from hypothesis import given
from hypothesis import strategies as st

from commitments.analysis._diff_fields import compare_commitments
from commitments.analysis.diff import diff
from commitments.model.plan import Commitment, Plan
from strategies import commitments, plans


@given(
    st.integers(1990, 2100).flatmap(lambda year: st.tuples(st.just(year), commitments(year=year)))
)
def test_an_equal_commitment_of_the_same_year_has_no_change(drawn: tuple[int, Commitment]) -> None:
    year, commitment = drawn
    copy = pickle.loads(pickle.dumps(commitment))  # equal, not the same object
    assert copy == commitment
    assert compare_commitments(commitment, year, copy, year) == ()


@given(plans())
def test_a_copy_of_a_plan_has_no_changes(plan: Plan) -> None:
    result = diff(plan, pickle.loads(pickle.dumps(plan)))
    assert result.is_empty
    assert sorted(result.unchanged) == sorted({c.id for c in plan.commitments})
