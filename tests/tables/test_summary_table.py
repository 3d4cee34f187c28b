import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.analysis.summary import GROUP_BY, summarize
from commitments.model.vocab import Assessment
from commitments.tables import summary_table
from commitments.tables.summary import SUMMARY
from strategies import dates, plans


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(plans(max_commitments=4), max_size=2), st.sampled_from((None, *GROUP_BY)), dates)
def test_rows_are_the_groups_of_summarize(drawn, by, day):
    summary = summarize(drawn, by=by, as_of=day)
    table = summary_table(summary, exact=True)
    groups = summary.groups if by is None else (*summary.groups, summary.total)
    assert len(table) == len(groups)
    for row, g in zip(table, groups, strict=True):
        assert row["by"] == by
        assert row["key"] == g.key
        assert row["label"] == (None if g.label is None else g.label.best())
        assert (row["count"], row["counted"], row["achieved"]) == (g.count, g.counted, g.achieved)
        assert row["fulfilment_rate"] == g.fulfilment_rate
        assert row["mean_fraction"] == g.mean_fraction
        assert {a: row[f"n_{a}"] for a in Assessment} == dict(g.assessments)
    loose = summary_table(summary)
    for row, g in zip(loose, groups, strict=True):
        rate = g.fulfilment_rate
        assert row["fulfilment_rate"] == (None if rate is None else float(rate))


def test_one_count_column_per_assessment():
    assert [n for n in SUMMARY.names if n.startswith("n_")] == [f"n_{a}" for a in Assessment]


def test_labels_in_the_preferred_language(examples_dir):
    from commitments import iter_plans

    summary = summarize(
        iter_plans(examples_dir), by="jurisdiction", as_of=datetime.date(2021, 1, 1)
    )
    labels = {row["key"]: row["label"] for row in summary_table(summary, lang="zh")}
    assert labels["CN-JL"] == "吉林省"
    assert labels["XX-EC"] == "Example City"  # a plain string: the same in every language
