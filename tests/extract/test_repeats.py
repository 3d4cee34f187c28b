from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._found import Candidate, CategoryChoice, Held, Place
from commitments.extract._repeats import drop_repeats, similarity

_PLACE = Place(start=0, end=1, quote="x")
_TEXT = st.text(alphabet="新建改造农村公路学校站点所个", max_size=9)
# Titles of a wider alphabet, so that many differ and a group outgrows its scan.
_TITLE = st.text(
    alphabet="新建改造农村公路学校站点所个山水林田湖草沙城乡镇街道社区医院广场", max_size=9
)


def candidate(title: str, name: str, value: int, category: str, listed: bool) -> Candidate:
    return Candidate(
        kind="quantity",
        title=title,
        name=name or None,
        unit="item",
        value=Decimal(value),
        figure=f"{value}个",
        place=_PLACE,
        rule="figure-verb",
        confidence=Decimal("0.8"),
        category=CategoryChoice(id=category, names={}, source="words", confidence=Decimal(1)),
        listed=listed,
    )


_CANDIDATES = st.lists(
    st.builds(
        candidate,
        _TITLE,
        _TITLE,
        st.integers(1, 2),
        st.sampled_from(["rural", "education"]),
        st.integers(0, 9).map(bool),  # mostly listed: prose repeats whatever has its category
    ),
    min_size=30,
    max_size=80,
)


def naive_first_repeated(kept: list[Candidate], later: Candidate) -> Candidate | None:
    """The rule applied to every earlier commitment in turn: what the indexes must match."""
    for earlier in kept:
        if (earlier.value, earlier.unit, earlier.kind) != (later.value, later.unit, later.kind):
            continue
        shorter, longer = sorted((earlier.name or "", later.name or ""), key=len)
        if len(shorter) >= 3 and shorter in longer:
            return earlier
        if not later.listed and earlier.category.id == later.category.id:
            return earlier
        if similarity(earlier.title, later.title) >= 0.6:
            return earlier
    return None


@given(_CANDIDATES)
def test_the_indexes_find_the_earliest_repeat_as_comparing_all_would(
    candidates: list[Candidate],
) -> None:
    kept: list[Candidate] = []
    expected: list[Candidate | Held] = []
    for item in candidates:
        earlier = naive_first_repeated(kept, item)
        if earlier is None:
            kept.append(item)
            expected.append(item)
        else:
            expected.append(
                Held(
                    reason="repeat",
                    figure=item.figure or "",
                    place=item.place,
                    detail=f"the same figure as “{earlier.title}”",
                )
            )
    assert drop_repeats(candidates) == expected


@given(_TEXT, _TEXT)
@example("路" * 30, "路" * 13 + "公路" * 4)  # a bigram ten times and more
def test_similarity_is_the_dice_coefficient_of_bigram_multisets(a: str, b: str) -> None:
    pairs_a = [a[i : i + 2] for i in range(len(a) - 1)]
    pairs_b = [b[i : i + 2] for i in range(len(b) - 1)]
    if not pairs_a or not pairs_b:
        assert similarity(a, b) == (1.0 if a == b else 0.0)
        return
    remaining, common = list(pairs_b), 0
    for pair in pairs_a:
        if pair in remaining:
            remaining.remove(pair)
            common += 1
    assert similarity(a, b) == 2 * common / (len(pairs_a) + len(pairs_b))
    assert similarity(a, b) == similarity(b, a)
