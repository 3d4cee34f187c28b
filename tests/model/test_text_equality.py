"""Text equality says exactly what comparing the keys (string, or set of pairs) says."""

from hypothesis import given
from hypothesis import strategies as st

from commitments.model.text import Text, _text_key

_strings = st.sampled_from(["", "a", "b", "吉林省", "New urban jobs"])
_tags = st.sampled_from(["zh", "en", "en-GB", "fr"])
_texts = st.one_of(
    _strings.map(Text),
    st.dictionaries(_tags, _strings, min_size=1, max_size=3).map(Text),
)


@given(_texts, _texts)
def test_equality_is_the_comparison_of_keys(a: Text, b: Text) -> None:
    same = _text_key(a.value) == _text_key(b.value)
    assert (a == b) is same
    assert (a != b) is not same
    if same:
        assert hash(a) == hash(b)


@given(st.dictionaries(_tags, _strings, min_size=1, max_size=3))
def test_a_mapping_in_another_order_is_equal_and_a_string_never_equals_a_mapping(
    languages: dict[str, str],
) -> None:
    text = Text(languages)
    assert text == Text(dict(reversed(list(languages.items()))))
    assert Text(next(iter(languages.values()))) != text
    assert text != next(iter(languages.values()))  # not a Text: never equal
