"""parse_quantity: the figure phrases of Chinese plans, read exactly."""

import doctest
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model import quantities
from commitments.model.findings import CommitmentsError
from commitments.model.quantities import Quantity, QuantityParseError, parse_quantity, quantity_of
from commitments.model.units import LABELS, UNITS, UnknownUnitError, convert

# Every figure phrase of the seed article (Jilin 2021 民生实事, 2021-03-03), copied here
# verbatim: (phrase, value as str, unit, approximate).
SEED_FIGURES = [
    ("23万人", "230000", "person", False),
    ("5个", "5", "item", False),
    ("35个", "35", "item", False),
    ("200个", "200", "item", False),
    ("500个", "500", "item", False),
    ("120个", "120", "item", False),
    ("70个", "70", "item", False),
    ("2万人（次）", "20000", "person_time", False),
    ("2000个", "2000", "item", False),
    ("2000户", "2000", "household", False),
    ("70所", "70", "item", False),
    ("1万名", "10000", "person", False),
    ("2000公里", "2000", "km", False),
    ("30条", "30", "item", False),
    ("2000平方米", "2000", "m2", False),
    ("2000场", "2000", "item", False),
    ("100个", "100", "item", False),
    ("16万户", "160000", "household", False),
    ("95%", "95", "percent", False),
    ("670家", "670", "item", False),
    ("23家", "23", "item", False),
    ("3000台", "3000", "item", False),
    ("2万台", "20000", "item", False),
    ("3万人", "30000", "person", False),
    ("32.4亿元", "3240000000", "yuan", False),
    ("12万人", "120000", "person", False),
    ("大约12万人左右", "120000", "person", True),
    ("184项", "184", "item", False),
    ("2776个", "2776", "item", False),
    ("49余万户", "490000", "household", True),
    ("1204个", "1204", "item", False),
    ("约28万户", "280000", "household", True),
    ("1623个", "1623", "item", False),
    ("约39万户", "390000", "household", True),
    ("1545个", "1545", "item", False),
    ("约20万户", "200000", "household", True),
    ("9个", "9", "item", False),
]


def check(text: str, value: str, unit: str, approximate: bool = False) -> None:
    quantity = parse_quantity(text)
    assert quantity == Quantity(value=Decimal(value), unit=unit, approximate=approximate)
    assert str(quantity.value) == value


@pytest.mark.parametrize(("text", "value", "unit", "approximate"), SEED_FIGURES)
def test_seed_article_figures(text: str, value: str, unit: str, approximate: bool) -> None:
    check(text, value, unit, approximate)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the ways plans write person-times, percentages and full-width digits
        ("2万人次", "20000", "person_time"),
        ("2万人(次)", "20000", "person_time"),
        ("95％", "95", "percent"),
        ("5个百分点", "5", "percent"),
        ("２０００公里", "2000", "km"),
        ("１，２０４个", "1204", "item"),
        ("2000\u3000公里", "2000", "km"),
        # thousands separators and decimals
        ("1,204个", "1204", "item"),
        ("2,776个", "2776", "item"),
        ("230,000人", "230000", "person"),
        ("1,234.5吨", "1234.5", "t"),
        ("0.5万人", "5000", "person"),
        ("1.50万元", "15000", "yuan"),
        ("95.0%", "95", "percent"),
        ("12.5%", "12.5", "percent"),
        # multipliers and their compounds
        ("3十个", "30", "item"),
        ("4百个", "400", "item"),
        ("5千台", "5000", "item"),
        ("2百万人", "2000000", "person"),
        ("3千万元", "30000000", "yuan"),
        ("1.5万亿元", "1500000000000", "yuan"),
        ("2千亿元", "200000000000", "yuan"),
        ("15万亩", "150000", "mu"),
        ("3.5平方公里", "3.5", "km2"),
        ("120公顷", "120", "ha"),
        # the longest label wins: 千米 is a unit, not 千 + 米
        ("2千米", "2", "km"),
        ("2平方千米", "2", "km2"),
        ("2千平方米", "2000", "m2"),
        ("3千万米", "30000000", "m"),
        # unit codes after the number, in Latin text
        ("2000 km", "2000", "km"),
        ("2000km", "2000", "km"),
        ("95 percent", "95", "percent"),
        ("200 x-station", "200", "x-station"),
        ("3,240,000,000 yuan", "3240000000", "yuan"),
        ("1.5 km2", "1.5", "km2"),
        ("12 person_time", "12", "person_time"),
        ("23万 person", "230000", "person"),
        ("200 x-电商服务站", "200", "x-电商服务站"),
        # simple Chinese numerals
        ("五个", "5", "item"),
        ("两千公里", "2000", "km"),
        ("十二万人", "120000", "person"),
        ("十个", "10", "item"),
        ("二十个", "20", "item"),
        ("一百一十个", "110", "item"),
        ("三百零五个", "305", "item"),
        ("一千零五十个", "1050", "item"),
        ("两千五百米", "2500", "m"),
        ("两千五米", "2500", "m"),
        ("一万五千人", "15000", "person"),
        ("一万零五人", "10005", "person"),
        ("十万人", "100000", "person"),
        ("三万亿元", "3000000000000", "yuan"),
        ("一亿二千万元", "120000000", "yuan"),
        ("零个", "0", "item"),
        ("〇个", "0", "item"),
        ("两千 km", "2000", "km"),
    ],
)
def test_exact_figures(text: str, value: str, unit: str) -> None:
    check(text, value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("约2000公里", "2000", "km"),
        ("大约2000公里", "2000", "km"),
        ("近3万人", "30000", "person"),
        ("将近3万人", "30000", "person"),
        ("12万人左右", "120000", "person"),
        ("12万人上下", "120000", "person"),
        ("3万余人", "30000", "person"),
        ("3万多人", "30000", "person"),
        ("100多个", "100", "item"),
        ("100余个", "100", "item"),
        ("3千多万元", "30000000", "yuan"),
        ("十余个", "10", "item"),
        ("十多万人", "100000", "person"),
        ("两万多人", "20000", "person"),
        ("about 2000 km", "2000", "km"),
        ("About 2000 km", "2000", "km"),
        ("approximately 95 percent", "95", "percent"),
        ("around 12 person", "12", "person"),
        ("nearly 3 t", "3", "t"),
        ("~2000 km", "2000", "km"),
        ("～2000公里", "2000", "km"),
    ],
)
def test_approximate_figures(text: str, value: str, unit: str) -> None:
    check(text, value, unit, approximate=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "人",
        "约",
        "左右",
        "2-3人",
        "2~3人",
        "2至3人",
        "2或3人",
        "-5人",
        "减少5人",
        "增加5人",
        "2000公里3000台",
        "2000 3000台",
        "2000千瓦",
        "2000 sqm",
        "2000 KM",
        "2000 x-",
        "95%以上",
        "超过95%",
        "1,20个",
        "12,34个",
        "1.人",
        ".5人",
        "1e5人",
        "3余万余人",
        "3多千万元",
        "万人",
        "百万人",
        "十十人",
        "一二人",
        "一万五百人",
        "一万二万人",
        "一亿亿元",
        "三十零人",
        "十零人",
        "五x个",
        "2五个",
    ],
)
def test_unreadable_phrases_raise_quoting_the_text(text: str) -> None:
    with pytest.raises(QuantityParseError) as caught:
        parse_quantity(text)
    assert caught.value.text == text
    assert repr(text) in str(caught.value)
    assert caught.value.reason in str(caught.value)


@pytest.mark.parametrize("text", ["十" * 5000 + "个", "万" * 5000 + "人", "1" * 5000 + "万万人"])
def test_long_garbage_is_refused_quickly(text: str) -> None:
    with pytest.raises(QuantityParseError):
        parse_quantity(text)


@pytest.mark.parametrize(
    "number", ["9" * 5000, "1" * 4000 + "." + "5" * 1000, "0." + "0" * 5000 + "1", "9" * 101]
)
def test_a_number_too_long_for_a_figure_is_refused_by_quantity_of_with_a_parse_error(
    number: str,
) -> None:
    # Read as one int, 5,000 digits would pass Python's limit of 4,300: a ValueError.
    with pytest.raises(QuantityParseError, match="longer than 100 characters"):
        quantity_of(number, "person")


@given(st.text(alphabet="0123456789.,余多万亿千百十两一二三五零", max_size=120), st.booleans())
def test_quantity_of_reads_a_number_or_says_why_not(number: str, approximate: bool) -> None:
    try:
        read = quantity_of(number, "person", approximate)
    except QuantityParseError:
        return  # a reason given, never another exception (nor a ValueError from int())
    assert read.unit == "person"
    assert read.approximate or not approximate


def test_parse_errors_are_commitments_errors_and_value_errors() -> None:
    assert issubclass(QuantityParseError, CommitmentsError)
    assert issubclass(QuantityParseError, ValueError)


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("12,690,000", "12690000", False),
        ("2000", "2000", False),
        ("23万", "230000", False),
        ("32.4亿", "3240000000", False),
        ("约23万", "230000", True),
        ("23万左右", "230000", True),
        ("about 1,204", "1204", True),
        ("两千", "2000", False),
        ("3万多", "30000", True),
    ],
)
def test_a_bare_figure_reads_with_no_unit(text: str, value: str, approximate: bool) -> None:
    quantity = parse_quantity(text)
    assert quantity == Quantity(value=Decimal(value), unit=None, approximate=approximate)
    assert str(quantity.value) == value
    assert tuple(quantity) == (Decimal(value), None)


@pytest.mark.parametrize(
    "text",
    [
        "9" * 100000 + "人",
        "9" * 100000,
        "1" * 35 + "人",
        "0." + "0" * 30 + "1个",
        "1" * 28 + "亿元",
        "约" + " " * 1000 + "5人",
        "a" * 100000 + "!",
        "1" + ",000" * 40,
    ],
    ids=lambda text: text[:12] + f"…({len(text)})",
)
def test_long_or_out_of_range_figures_are_refused_with_a_parse_error(text: str) -> None:
    with pytest.raises(QuantityParseError) as caught:
        parse_quantity(text)
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize(
    ("call", "accepts"),
    [
        (lambda: parse_quantity(None), "a str as text, not NoneType"),
        (lambda: parse_quantity(b"23\xe4\xb8\x87"), "a str as text, not bytes"),
        (lambda: parse_quantity(5), "a str as text, not int"),
        (lambda: parse_quantity("5", default_unit=5), "a unit code or None as default_unit"),
    ],
)
def test_a_wrong_argument_type_is_a_type_error_naming_what_is_taken(
    call: object, accepts: str
) -> None:
    with pytest.raises(TypeError, match=accepts):
        call()  # type: ignore[operator]


def test_a_bare_number_takes_the_default_unit() -> None:
    assert parse_quantity("1,204", default_unit="item") == Quantity(
        value=Decimal(1204), unit="item"
    )
    assert parse_quantity("约230,000", default_unit="person") == Quantity(
        value=Decimal(230000), unit="person", approximate=True
    )
    assert parse_quantity("两千", default_unit="x-station").unit == "x-station"


def test_a_written_unit_beats_the_default() -> None:
    assert parse_quantity("2000公里", default_unit="item").unit == "km"


def test_an_unknown_default_unit_is_refused() -> None:
    with pytest.raises(UnknownUnitError, match="'kg'"):
        parse_quantity("5", default_unit="kg")


def test_a_quantity_unpacks_into_value_and_unit() -> None:
    value, unit = parse_quantity("23万人")
    assert (value, unit) == (Decimal(230000), "person")
    assert list(parse_quantity("约28万户")) == [Decimal(280000), "household"]


def test_a_quantity_is_frozen_and_keyword_only() -> None:
    quantity = parse_quantity("95%")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quantity.value = Decimal(0)  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quantity(Decimal(95), "percent")  # type: ignore[misc]


def plain(n: Decimal) -> str:
    """The positional (non-scientific) text of n, as a plan would write it."""
    return f"{n:f}"


def to_chinese(n: int) -> str:
    """Write n >= 0 as a standard Chinese numeral (一千零五, 一万二千, 一十二)."""
    for place, char in ((10**8, "亿"), (10**4, "万"), (1000, "千"), (100, "百"), (10, "十")):
        if n >= place:
            head, rest = divmod(n, place)
            text = to_chinese(head) + char
            if rest == 0:
                return text
            return text + ("零" if rest < place // 10 else "") + to_chinese(rest)
    return "零一二三四五六七八九"[n]


unit_words = st.sampled_from(sorted(LABELS) + sorted(UNITS) + ["x-station"])
multipliers = st.sampled_from([("", 0), ("万", 4), ("亿", 8)])
non_negative = st.decimals(min_value=0, allow_nan=False, allow_infinity=False).map(abs)


def expected_unit(word: str) -> str:
    return LABELS.get(word, word)


@given(non_negative, multipliers, unit_words)
def test_figures_expand_exactly(n: Decimal, multiplier: tuple[str, int], word: str) -> None:
    suffix, power = multiplier
    value = Fraction(n) * 10**power
    significant = "".join(map(str, n.as_tuple().digits)).strip("0")
    if value and (  # beyond the format's numbers (a large figure times 亿, say)
        not Fraction(1, 10**30) <= value <= 10**30 or len(significant) > 34
    ):
        with pytest.raises(QuantityParseError, match="out of range"):
            parse_quantity(f"{plain(n)}{suffix}{word}")
        return
    quantity = parse_quantity(f"{plain(n)}{suffix}{word}")
    assert Fraction(quantity.value) == value
    assert quantity.unit == expected_unit(word)
    assert not quantity.approximate
    _, digits, exponent = quantity.value.as_tuple()
    assert exponent == 0 or (isinstance(exponent, int) and exponent < 0 and digits[-1] != 0)


@given(non_negative, multipliers, unit_words, st.sampled_from(["约", "大约", "近", "about "]))
def test_an_approximation_word_changes_only_the_flag(
    n: Decimal, multiplier: tuple[str, int], word: str, approximately: str
) -> None:
    text = f"{plain(n)}{multiplier[0]}{word}"
    exact = parse_quantity(text)
    assert parse_quantity(approximately + text) == attrs.evolve(exact, approximate=True)


@given(st.integers(min_value=0, max_value=10**16 - 1), unit_words)
def test_chinese_numerals_read_back(n: int, word: str) -> None:
    quantity = parse_quantity(to_chinese(n) + word)
    # 五千米 reads as 5 千米 (km), which is the same length as 5000 米.
    assert convert(quantity.value, quantity.unit, expected_unit(word)) == n
    assert quantity.value == quantity.value.to_integral_value()
    assert not quantity.approximate


def test_a_numeral_before_mi_reads_as_kilometres() -> None:
    check("五千米", "5", "km")


@given(st.integers(min_value=0, max_value=10**12), multipliers)
def test_full_width_text_reads_like_ascii(n: int, multiplier: tuple[str, int]) -> None:
    text = f"{n:,}{multiplier[0]}个"
    full_width = text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})
    assert parse_quantity(full_width) == parse_quantity(text)


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(quantities).failed == 0
