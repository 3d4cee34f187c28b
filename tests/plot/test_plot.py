import datetime
import sys
import warnings

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from commitments import History, iter_plans, load
from commitments.plot import (
    CJKFontWarning,
    category_breakdown,
    cjk_font,
    commitment_chart,
    fulfilment_over_years,
    progress_bars,
)
from commitments.plot._fonts import text_fonts
from commitments.render.palette import colour
from commitments.tables import MissingExtra, commitments_table, progress_table

DAY = datetime.date(2022, 9, 30)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _png(ax, path):
    ax.figure.savefig(path, dpi=60)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 5000


def test_progress_bars_are_coloured_by_assessment(examples_dir, tmp_path):
    path = examples_dir / "example-city-2022.json"
    _, ax = plt.subplots()
    assert progress_bars(path, as_of=DAY, lang="en", ax=ax) is ax
    rows = list(progress_table(path, as_of=DAY))
    bars = ax.patches
    assert len(bars) == len(rows)
    assert [to_hex(b.get_facecolor()) for b in bars] == [colour(r["assessment"]) for r in rows]
    assert [b.get_width() for b in bars] == [min(1.0, max(0.0, r["fraction"])) for r in rows]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "pace"
    assert "achieved" in legend
    _png(ax, tmp_path / "progress.png")


def test_progress_bars_take_a_progress_table_only(examples_dir):
    table = progress_table(examples_dir / "jilin-2021.json", as_of=DAY)
    ax = progress_bars(table, limit=5)
    assert len(ax.patches) == 5
    with pytest.raises(ValueError, match="not a commitments table"):
        progress_bars(commitments_table(examples_dir / "jilin-2021.json"))


def test_fulfilment_over_years_per_jurisdiction(examples_dir, tmp_path):
    history = History(iter_plans(examples_dir))
    ax = fulfilment_over_years(history)
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert set(lines) == {"CN-JL", "CN-SC-CD", "XX-EC"}
    jilin = history.jurisdiction("CN-JL")
    # A year with nothing reported (2021) has no rate: it is not drawn as 0%.
    rated = [r for r in jilin.by_year if r.fulfilment_rate is not None]
    assert [r.year for r in jilin.by_year] == [2020, 2021]
    assert [r.year for r in rated] == [2020]
    assert list(lines["CN-JL"].get_xdata()) == [r.year for r in rated]
    assert list(lines["CN-JL"].get_ydata()) == [float(r.fulfilment_rate) for r in rated]
    _png(ax, tmp_path / "fulfilment.png")


def test_category_breakdown_counts_every_commitment(examples_dir, tmp_path):
    path = examples_dir / "example-city-2022.json"
    ax = category_breakdown(path, as_of=DAY, lang="en")
    plan = load(path)
    assert sum(b.get_width() for b in ax.patches) == len(plan.commitments)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len({c.category for c in plan.commitments})
    _png(ax, tmp_path / "categories.png")


def test_commitment_chart_against_its_pace(examples_dir, tmp_path):
    ax = commitment_chart(examples_dir, "shanty-housing-households")
    labels = [line.get_label() for line in ax.get_lines()]
    assert labels == ["pace", "target", "observed"]
    pace = ax.get_lines()[0]
    assert list(pace.get_ydata()) == [12000.0, 9000.0]
    _png(ax, tmp_path / "series.png")
    depot = commitment_chart(examples_dir / "example-city-2022.json", "riverside-bus-depot")
    assert next(t.get_text() for t in depot.get_yticklabels()) == "none"
    with pytest.raises(KeyError, match="no commitment 'nothing' in the plans of 2030"):
        commitment_chart(examples_dir, "nothing", year=2030)


def test_cjk_font_is_found_by_preference():
    assert (
        cjk_font(["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    )
    assert cjk_font(["DejaVu Sans"]) is None
    assert text_fonts(["New urban jobs"], ["DejaVu Sans"]) == {}
    found = text_fonts(["城镇新增就业"], ["SimHei"])
    assert found == {"fontfamily": ["DejaVu Sans", "SimHei"]}


def test_without_a_cjk_font_a_warning_says_how_to_install_one():
    with pytest.warns(CJKFontWarning, match="apt-get install fonts-noto-cjk"):
        assert text_fonts(["城镇新增就业"], ["DejaVu Sans"]) == {}


def test_chinese_titles_render(examples_dir, tmp_path):
    """With a CJK font installed every glyph is drawn; without one, the warning says so."""
    path = examples_dir / "jilin-old-communities-2019-2020.json"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = progress_bars(path, as_of="2020-12-31", lang="zh")
        ax.figure.savefig(tmp_path / "zh.png", dpi=60)
    missing = [w for w in caught if "missing from font" in str(w.message)]
    advice = [w for w in caught if issubclass(w.category, CJKFontWarning)]
    if cjk_font() is None:
        assert advice
    else:
        assert not missing
        assert not advice
        assert ax.get_yticklabels()[0].get_fontfamily() == ["DejaVu Sans", cjk_font()]


def test_a_missing_matplotlib_names_the_plot_extra(monkeypatch, examples_dir):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtra, match=r"commitments\[plot\]"):
        progress_bars(examples_dir / "jilin-2021.json")
