"""Human-readable text of a plan: one plain string, or strings by language.

Part of the plan model (see :mod:`commitments.model.plan`).
"""

from collections.abc import Mapping
from types import MappingProxyType

import attrs
from attrs import frozen

from commitments.model._display import picklable

__all__ = ["Text"]


def _freeze_text(value: "str | Mapping[str, str]") -> "str | Mapping[str, str]":
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            "Text() takes a str or a mapping of language tags to str as value, "
            f"not {type(value).__name__}"
        )
    frozen = MappingProxyType(dict(value))
    if not frozen:
        raise ValueError("Text() needs at least one language: an empty mapping has no text")
    return frozen


def _text_key(value: "str | Mapping[str, str]") -> object:
    """What equality and hashing compare: the string, or the set of (language, string) pairs."""
    return value if isinstance(value, str) else frozenset(value.items())


#: The forms in which ``==`` on the values says what comparing their keys would say,
#: without building the keys (two read-only mappings compare as dicts: the same pairs).
_SAME_AS_KEY = (str, MappingProxyType)


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


@picklable
@frozen(weakref_slot=False, eq=False)
class Text:
    """Human-readable text: a plain string, or strings by BCP 47 language tag.

    A plain string stays a plain string when written back; an object stays an
    object. Two texts are equal when they hold the same strings in the same form.

    >>> Text("吉林省").best()
    '吉林省'
    >>> title = Text({"zh": "城镇新增就业", "en": "New urban jobs"})
    >>> title.best("en"), title.best("en-GB"), title.best("fr")
    ('New urban jobs', 'New urban jobs', '城镇新增就业')
    """

    value: str | Mapping[str, str] = attrs.field(converter=_freeze_text)

    # Written out rather than generated from a key (diff compares every title of two
    # plans): two values of one form compare directly, without building their keys.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine, theirs = self.value, other.value
        if mine.__class__ is theirs.__class__ and mine.__class__ in _SAME_AS_KEY:
            return bool(mine == theirs)
        return _text_key(mine) == _text_key(theirs)

    def __hash__(self) -> int:
        return hash((Text, _text_key(self.value)))

    @property
    def is_plain(self) -> bool:
        """Whether the text is a plain string rather than an object of languages."""
        return isinstance(self.value, str)

    @property
    def languages(self) -> tuple[str, ...]:
        """The language tags present, in document order (empty for a plain string)."""
        return () if isinstance(self.value, str) else tuple(self.value)

    def get(self, language: str) -> str | None:
        """Return the string for exactly this language tag (case-insensitive), if any."""
        if isinstance(self.value, str):
            return None
        wanted = language.lower()
        return next((s for tag, s in self.value.items() if tag.lower() == wanted), None)

    def best(self, *preferred: str) -> str:
        """Return the string to show a reader who prefers the given languages.

        Each preferred tag is tried exactly, then by its primary language
        (``en-GB`` finds ``en``); failing all, the first string is returned.
        A plain string is always returned as it is.
        """
        if isinstance(self.value, str):
            return self.value
        for language in preferred:
            exact = self.get(language)
            if exact is not None:
                return exact
            primary = _primary(language)
            for tag, string in self.value.items():
                if _primary(tag) == primary:
                    return string
        return next(iter(self.value.values()))

    def __str__(self) -> str:
        return self.best()
