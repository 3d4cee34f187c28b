"""Every object a notebook user meets pickles, and has a short one-line repr."""

import datetime
import pickle
from html import escape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from commitments import History, diff, dumps, iter_plans, load, plan_progress, summarize, validate
from commitments.model._display import MAX_REPR, bounded
from commitments.model._fields import NO_EXTENSIONS
from strategies import plans

DAY = datetime.date(2021, 12, 31)


def _results(examples: Path) -> dict[str, object]:
    read = list(iter_plans(examples))
    jilin_2020 = load(examples / "jilin-2020-illustrative.json")
    jilin_2021 = load(examples / "jilin-2021.json")
    return {
        "Plan": jilin_2021,
        "Commitment": jilin_2021.commitments[0],
        "Report": validate(b'{"schema_version": "1.0", "year": "2021", "commitments": []}'),
        "Progress": plan_progress(jilin_2021, as_of=DAY)[0],
        "Summary": summarize(read, by="category", as_of=DAY),
        "PlanDiff": diff(jilin_2020, jilin_2021),
        "History": History(read),
    }


NAMES = ["Plan", "Commitment", "Report", "Progress", "Summary", "PlanDiff", "History"]


@pytest.mark.parametrize("name", NAMES)
def test_every_result_pickles(examples_dir, name):
    original = _results(examples_dir)[name]
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is type(original)
    if name == "History":
        assert copy.jurisdictions == original.jurisdictions  # type: ignore[attr-defined]
    else:
        assert copy == original


@pytest.mark.parametrize("name", NAMES)
def test_every_result_has_a_short_one_line_repr(examples_dir, name):
    shown = repr(_results(examples_dir)[name])
    assert shown.startswith(f"<{name} ")
    assert shown.endswith(">")
    assert len(shown) <= MAX_REPR
    assert "\n" not in shown


@pytest.mark.parametrize("name", NAMES)
def test_every_result_has_html(examples_dir, name):
    page = _results(examples_dir)[name]._repr_html_()  # type: ignore[attr-defined]
    assert page.startswith("<table")
    assert page.endswith("</table>")


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_a_plan_survives_pickle_losslessly(plan):
    copy = pickle.loads(pickle.dumps(plan))
    assert copy == plan
    assert dumps(copy) == dumps(plan)  # extensions, plain and multilingual texts alike
    assert len(repr(copy)) <= MAX_REPR
    assert "\n" not in repr(copy)
    for c in copy.commitments:
        assert len(repr(c)) <= MAX_REPR


def test_an_empty_extension_mapping_comes_back_shared(examples_dir):
    plan = pickle.loads(pickle.dumps(load(examples_dir / "jilin-2021.json")))
    assert plan.commitments[0].extensions is NO_EXTENSIONS


def test_bounded_keeps_one_line_and_the_closing_bracket():
    assert bounded("<a\nb>") == "<a b>"
    long = bounded("<" + "x" * 500 + ">")
    assert len(long) == MAX_REPR
    assert long.endswith("…>")
    assert bounded("y" * 500, 10) == "y" * 9 + "…"
    assert bounded("<a\x1b[2J \u202eb>") == "<a\\u001b[2J \\u202eb>"


def test_without_the_display_hook_html_is_the_repr(monkeypatch, examples_dir):
    from commitments import _notebook

    monkeypatch.setattr(_notebook, "html", None)
    plan = load(examples_dir / "jilin-2016-2020-livelihood-projects.json")
    assert plan._repr_html_() == f"<code>{escape(repr(plan))}</code>"
