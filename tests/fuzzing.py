"""The fuzz harness: any input through every entry point, no undocumented exception, no hang.

:func:`exercise` takes one input (bytes) and runs it through ``validate``, ``loads``,
and, when it is a valid plan, ``plan_progress``, ``summarize``, ``diff`` (both ways
against a shipped example), ``History`` and ``dumps``; then through the command line
(``validate``, ``progress --format json``, ``diff``, ``history``) with ``main()``. It
raises :class:`Unexpected` on any exception but the documented ones, and returns the
seconds the input took (measured with :func:`time.perf_counter`), so that a caller
can hold each input to a time bound: a hang detector, not a performance test.

The inputs: random bytes, byte-level edits of the shipped examples, and value-level
edits (a member replaced by an awkward value, or deleted) of the shipped examples and
of the mutations of ``tests/mutations.py``. Used by ``tests/test_fuzz.py`` (a short
run) and ``benchmarks/fuzz.py`` (a long one).
"""

import datetime
import functools
import io
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from commitments import History, InvalidDocument, diff, dumps, loads, plan_progress, summarize
from commitments.analysis.progress import ProgressError
from commitments.cli.shell import main
from commitments.convert._json_text import write_json
from commitments.reading.document import read_document
from mutations import CITY, MUTATIONS, NEAR_MISSES

__all__ = ["EXAMPLES", "TIME_BOUND", "Unexpected", "exercise", "fuzz_inputs"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: The most seconds one input may take through every entry point (generous: a hang
#: detector on a shared machine, not a performance bound).
TIME_BOUND = 2.0
_BASE = EXAMPLES / "example-city-2022.json"
_AS_OF = datetime.date(2022, 12, 31)
#: What the entry points document that they raise on bad data.
DOCUMENTED = (InvalidDocument, ProgressError)


class Unexpected(Exception):
    """An entry point raised what it does not document, or the CLI wrote a traceback."""


@functools.cache
def _example_texts() -> tuple[bytes, ...]:
    return tuple(
        path.read_bytes() for path in sorted(EXAMPLES.glob("*.json")) if path.stat().st_size < 20000
    )


@functools.cache
def _example_values() -> tuple[Any, ...]:
    values = [read_document(text).value for text in _example_texts()]
    small = [m for m in (*MUTATIONS, *NEAR_MISSES) if m.example == CITY]  # Jilin's is 55 KB
    return tuple(values) + tuple(m.document() for m in small)


def _nodes(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into a JSON value (the root too)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nodes(item, (*path, index))
    return found


#: Awkward values: numbers at and beyond every bound, long and odd strings, odd shapes.
_AWKWARD = st.sampled_from(
    [
        Decimal("1E-100000"),
        Decimal("1E-999999999"),
        Decimal("1E+30"),
        Decimal("1E-30"),
        Decimal("9.99E+307"),
        Decimal("1." + "3" * 4400),
        Decimal("0E-99999"),
        Decimal("-0"),
        Decimal(10**4400),  # written as 4,401 digits, read back as an int beyond the limit
        -(10**31),
        2**63,
        0,
        -1,
        Decimal("95.0"),
        "",
        "x" * 100000,
        "万人",
        "Completed",
        "\u202e\x1b[31m\ud800",
        "2021-02-29",
        "0000-01-01",
        "9999-12-31",
        [],
        {},
        [[[[[]]]]],
        None,
        True,
    ]
)
_SMALL_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def _value_edits(draw: st.DrawFn) -> bytes:
    value = draw(st.sampled_from(_example_values()))
    for _ in range(draw(st.integers(1, 3))):
        paths = _nodes(value)
        path = draw(st.sampled_from(paths))
        replacement = draw(_AWKWARD | _SMALL_JSON | st.just(_DELETE))
        value = _edited(value, path, replacement)
    return write_json(value).encode("utf-8", "surrogatepass")


_DELETE = object()


def _edited(value: Any, path: tuple[str | int, ...], replacement: Any) -> Any:
    """A copy of ``value`` with the node at ``path`` replaced (or deleted)."""
    if not path:
        return {} if replacement is _DELETE else replacement
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        if not rest and replacement is _DELETE:
            del copy[head]
        else:
            copy[head] = _edited(value[head], rest, replacement)
        return copy
    items = list(value)
    assert isinstance(head, int)
    if not rest and replacement is _DELETE:
        del items[head]
    else:
        items[head] = _edited(value[head], rest, replacement)
    return items


@st.composite
def _byte_edits(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_example_texts())))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(["insert", "delete", "replace"])):
            case "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(_TOKENS))
            case "delete":
                del data[at : at + draw(st.integers(1, 16))]
            case _:
                data[at : at + 1] = draw(st.binary(min_size=1, max_size=2))
    return bytes(data)


_TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b'"',
    b"\\",
    b"1E-999999999",
    b"NaN",
    b"\xef\xbb\xbf",
]


def fuzz_inputs() -> st.SearchStrategy[bytes]:
    """Inputs: random bytes, byte edits and value edits of the shipped examples."""
    return st.binary(max_size=512) | _byte_edits() | _value_edits()


def _call(what: str, function: Callable[[], Any]) -> Any:
    try:
        return function()
    except DOCUMENTED:
        return None
    except Exception as error:
        raise Unexpected(f"{what}: {type(error).__name__}: {error}"[:500]) from error


def _cli(*argv: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main(list(argv), stdout=out, stderr=err)
    except Exception as error:
        raise Unexpected(f"main({argv[0]}): {type(error).__name__}: {error}"[:500]) from error
    if code not in (0, 1, 2) or "Traceback" in err.getvalue():
        raise Unexpected(f"main({argv[0]}): exit {code}: {err.getvalue()[:300]}")


def exercise(data: bytes) -> float:
    """Run one input through every entry point; return the seconds it took.

    The first call first runs every entry point once, untimed (imports and caches
    are not the input's time).

    Raises:
        Unexpected: An exception an entry point does not document, or a CLI traceback.

    """
    _warm_up()
    return _exercise(data)


@functools.cache
def _warm_up() -> None:
    base = _BASE.read_bytes()
    for data in (base, base.replace(b'"1.0"', b"1E-100000"), base[:-9], b"{}", b"\xff"):
        _exercise(data)


def _exercise(data: bytes) -> float:
    start = time.perf_counter()
    _call("validate", lambda: validate_bytes(data))
    plan = _call("loads", lambda: loads(data))
    if plan is not None:
        base = loads(_BASE.read_bytes())
        _call("plan_progress", lambda: plan_progress(plan, as_of=_AS_OF))
        _call("summarize", lambda: summarize([plan], by="category", as_of=_AS_OF))
        _call("diff", lambda: (diff(base, plan), diff(plan, base), diff(plan, plan)))
        _call("History", lambda: History([base, plan]).jurisdictions)
        _call("dumps", lambda: dumps(plan))
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "input.json"
        file.write_bytes(data)
        _cli("validate", "--format", "json", str(file))
        _cli("progress", "--format", "json", "--as-of", "2022-12-31", str(file))
        _cli("progress", str(file))
        _cli("diff", str(_BASE), str(file))
        _cli("history", str(file))
    return time.perf_counter() - start


def validate_bytes(data: bytes) -> Any:
    """``validate`` of bytes, which never raises on bad data."""
    from commitments import validate

    return validate(data)
