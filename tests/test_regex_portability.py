"""Every pattern of the package matches alike on every CPython 3.11.

CPython 3.11.0 to 3.11.4 match possessive quantifiers (``x*+``, ``x++``, ``x?+``,
``x{m,n}+``) wrongly when what they repeat can backtrack (CPython issue 106052, fixed
in 3.11.5): ``<script>…</script>`` was not dropped from a page on Debian 12's 3.11.2.
The package writes them as the atomic groups they stand for (``(?>x*)``), which every
3.11 matches alike. This walks every pattern compiled at import time, in any module,
inside any module-level object (a lexicon, a table of patterns).
"""

import importlib
import pkgutil
import re
from collections.abc import Iterator
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import attrs
import pytest

import commitments


def _modules() -> Iterator[object]:
    yield commitments
    for module in pkgutil.walk_packages(commitments.__path__, "commitments."):
        if module.name.endswith("__main__"):  # runs the command line
            continue
        try:
            yield importlib.import_module(module.name)
        except ImportError:  # an optional extra (plots, sheets) that is not installed
            continue


def _patterns(value: object, seen: set[int]) -> Iterator[re.Pattern[str]]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, seen)
    elif isinstance(value, list | tuple | frozenset | set):
        for item in value:
            yield from _patterns(item, seen)
    elif attrs.has(type(value)):
        kind: Any = type(value)
        for field in attrs.fields(kind):
            yield from _patterns(getattr(value, field.name), seen)


def _package_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            for index, pattern in enumerate(_patterns(value, seen)):
                found[f"{module.__name__}.{name}[{index}]"] = pattern  # type: ignore[attr-defined]
    return found


def _possessive(tree: object) -> bool:
    """Whether a parsed pattern (or any part of it) has a possessive repeat."""
    if isinstance(tree, parser.SubPattern):
        return any(_possessive(item) for item in tree)
    if isinstance(tree, tuple | list):
        if tree and tree[0] is constants.POSSESSIVE_REPEAT:
            return True
        return any(_possessive(item) for item in tree)
    return False


PATTERNS = _package_patterns()


def test_the_walk_finds_the_patterns_it_must_look_at() -> None:
    names = " ".join(PATTERNS)
    for where in ("_figures._PHRASE", "_html._MARKUP", "_reader._WORDLESS_LINES", "CHINESE"):
        assert where in names
    assert len(PATTERNS) > 100


def test_the_check_sees_a_possessive_quantifier_and_not_an_atomic_group() -> None:
    assert _possessive(parser.parse(r"(?:a|b)(?:[^<]++|<)*+x", 0))
    assert _possessive(parser.parse(r"x{1,20}+", 0))
    assert not _possessive(parser.parse(r"(?>(?:(?>[^<]+)|<)*)x{1,20}", 0))


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_has_a_possessive_quantifier(name: str) -> None:
    pattern = PATTERNS[name]
    assert not _possessive(parser.parse(pattern.pattern, pattern.flags)), pattern.pattern
