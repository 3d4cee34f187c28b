"""The collector is paused while a draft is made, and left as it was found, error or not."""

import contextlib
import gc
import weakref
from collections.abc import Iterator

import pytest

from commitments.extract import ExtractError, extract
from commitments.extract._collector import collector_paused


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_during_an_extraction_and_runs_again_after(
    collector_restored: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import commitments.extract.draft as draft

    seen: list[bool] = []
    read = draft.read_text

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(draft, "read_text", spy)
    gc.enable()
    extract("新建学校10所。", jurisdiction="CN-JL", year=2021)
    assert seen == [False]
    assert gc.isenabled()


def test_an_error_inside_leaves_the_collector_running(collector_restored: None) -> None:
    gc.enable()
    with pytest.raises(ExtractError):
        extract(b"\xff\xfe\x00\xd8", jurisdiction="CN-JL", year=2021)
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("inside")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(collector_restored: None) -> None:
    gc.disable()
    extract("新建学校10所。", jurisdiction="CN-JL", year=2021)
    assert not gc.isenabled()


def test_the_figures_found_are_freed_before_the_collector_resumes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its first pass then walks the draft, not the thousands of figures it was made from."""
    import commitments.extract.draft as draft

    class Found(list[object]):  # a list that a weak reference can follow
        pass

    found: list[weakref.ref[Found]] = []
    drop_repeats, paused = draft.drop_repeats, draft.collector_paused

    def spy(items: object) -> Found:
        kept = Found(drop_repeats(items))  # type: ignore[arg-type]
        found.append(weakref.ref(kept))
        return kept

    alive_when_resumed: list[bool] = []

    @contextlib.contextmanager
    def watched() -> Iterator[None]:
        with paused():
            yield
            alive_when_resumed.append(found[0]() is not None)

    monkeypatch.setattr(draft, "drop_repeats", spy)
    monkeypatch.setattr(draft, "collector_paused", watched)
    draft_made = extract("新建学校10所。去年新建学校8所。", jurisdiction="CN-JL", year=2021)
    assert draft_made.plan.commitments
    assert draft_made.review
    assert alive_when_resumed == [False]
