import datetime
import re
from decimal import Decimal

import pytest

from commitments import History, diff, iter_plans, load, plan_progress, summarize, validate
from commitments.model import Commitment, Jurisdiction, Metric, Plan, Target, Text
from commitments.model.vocab import MetricKind, Status
from commitments.render.notebook import html
from commitments.render.palette import ASSESSMENT_COLOURS, ASSESSMENT_ORDER, colour

DAY = datetime.date(2020, 12, 31)


def _rows(page: str) -> int:
    return page.count("<tr>")


def test_a_plan_is_a_table_of_bars_coloured_by_assessment(examples_dir):
    plan = load(examples_dir / "example-city-2022.json")
    page = html(plan)
    assert _rows(page) == 1 + len(plan.commitments)
    measured = plan_progress(plan, as_of=datetime.date.today())
    for p in measured:
        assert f'title="{p.assessment}"' in page
        assert colour(str(p.assessment)) in page


def test_a_long_plan_is_cut(examples_dir):
    plan = load(examples_dir / "jilin-2021.json")
    many = Plan(
        schema_version="1.0",
        jurisdiction=plan.jurisdiction,
        year=plan.year,
        commitments=tuple(
            Commitment(
                **{
                    **{
                        f: getattr(c, f)
                        for f in (
                            "title",
                            "category",
                            "owner",
                            "metric",
                            "target",
                            "status",
                            "baseline",
                        )
                    },
                    "id": f"{c.id}-{i}",
                }
            )
            for i in range(2)
            for c in plan.commitments
        ),
    )
    page = html(many)
    assert _rows(page) == 1 + 60 + 1
    assert "... and 54 more" in page


def test_a_commitment_that_cannot_be_measured_still_shows():
    broken = Commitment(
        id="x",
        title=Text("无目标"),
        category="c",
        owner="o",
        metric=Metric(kind=MetricKind.QUANTITY, unit="item"),
        target=Target(),
        status=Status.PLANNED,
    )
    plan = Plan(
        schema_version="1.0",
        jurisdiction=Jurisdiction(name=Text("J")),
        year=2021,
        commitments=(broken,),
    )
    assert "not measurable" in html(plan)


def test_a_report_is_a_table_of_findings():
    report = validate(b'{"schema_version": "1.0", "year": "2021", "commitments": []}')
    page = html(report)
    assert _rows(page) == 1 + len(report.findings)
    assert "schema.required" in page
    assert "invalid" in page
    assert ASSESSMENT_COLOURS["missed"] in page  # errors in red


def test_results_show_their_parts(examples_dir):
    read = list(iter_plans(examples_dir))
    summary = summarize(read, by="jurisdiction", as_of=DAY)
    assert _rows(html(summary)) == 1 + len(summary.groups) + 1
    old, new = (
        load(examples_dir / "jilin-2020-illustrative.json"),
        load(examples_dir / "jilin-2021.json"),
    )
    changes = diff(old, new)
    page = html(changes)
    assert "rural-roads" in page
    assert "target.value" in page
    assert (
        _rows(page)
        == 1
        + min(
            60,
            sum(len(c.changes) for c in changes.changed)
            + len(changes.added)
            + len(changes.removed),
        )
        + 1
    )
    history = History(read)
    page = html(history)
    assert "CN-JL" in page
    assert "urban-new-jobs" in page
    assert "rising" in page
    measured = plan_progress(new, as_of=DAY)[0]
    assert "pace" in html(measured)
    commitment = load(examples_dir / "example-city-2022.json").commitments[0]
    assert "Commitment pm25-annual-mean" in html(commitment)


def test_html_escapes_what_documents_say():
    sneaky = Commitment(
        id="x",
        title=Text("<script>alert(1)</script>"),
        category="c",
        owner="o",
        metric=Metric(kind=MetricKind.QUANTITY, unit="item"),
        target=Target(value=Decimal(3)),
        status=Status.PLANNED,
    )
    plan = Plan(
        schema_version="1.0",
        jurisdiction=Jurisdiction(name=Text("<b>")),
        year=2021,
        commitments=(sneaky,),
    )
    page = html(plan) + html(sneaky)
    assert "<script>" not in page
    assert "<b>" not in page


def test_nothing_else_is_drawn():
    with pytest.raises(TypeError, match="no notebook drawing for int"):
        html(3)


def test_one_fixed_palette_for_every_assessment():
    from commitments.model.vocab import Assessment

    assert set(ASSESSMENT_ORDER) == set(ASSESSMENT_COLOURS)
    assert {str(a) for a in Assessment} <= set(ASSESSMENT_COLOURS)
    assert len(set(ASSESSMENT_COLOURS.values())) == len(ASSESSMENT_COLOURS)
    assert all(re.fullmatch("#[0-9a-f]{6}", c) for c in ASSESSMENT_COLOURS.values())
    # not_started is not painted green.
    assert ASSESSMENT_COLOURS["not_started"] not in {
        ASSESSMENT_COLOURS[a] for a in ("achieved", "ahead", "on_track")
    }
