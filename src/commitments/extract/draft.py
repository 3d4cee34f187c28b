"""From an announcement to a draft plan: :func:`extract` and :func:`extract_file`.

The draft holds one commitment per promise found, each quoting its sentence and
saying, in its ``x-extract`` key, where that sentence is in the input (``offset``
and ``length`` in characters, ``line`` and ``column``), which rule found it and
how sure the rule is. Every figure that did not become a commitment is in the
review list (also kept in the plan's own ``x-extract``), with the reason: nothing
is dropped silently. The draft validates with no errors; it is a draft all the
same, to be read against the announcement before it is published.

>>> draft = extract("围绕交通出行，新改建农村公路2000公里，实施客运班线公交化改造线路30条。",
...                 jurisdiction="CN-JL", year=2021)
>>> for c in draft.plan.commitments:
...     print(c.id, c.title, c.target.value, c.metric.unit)
rural-roads-99c8d2 新改建农村公路2000公里 2000 km
coach-lines-9e1593 实施客运班线公交化改造线路30条 30 item
"""

import os
import re
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, compress
from pathlib import Path
from typing import Any

from attrs import frozen

from commitments.convert import build_plan
from commitments.extract._build import Location, commitment_values
from commitments.extract._chinese import CHINESE
from commitments.extract._collector import collector_paused
from commitments.extract._decode import decode, without_surrogates
from commitments.extract._english import ENGLISH, find_english_figures
from commitments.extract._errors import ExtractError
from commitments.extract._figures import FigureFinder, find_figures
from commitments.extract._found import Candidate, Held, Place
from commitments.extract._html import html_text, looks_like_html
from commitments.extract._layout import join_wrapped_lines
from commitments.extract._lexicon import Lexicon
from commitments.extract._positions import OffsetMap, lines_and_columns, origin_spans
from commitments.extract._reader import read_text
from commitments.extract._repeats import drop_repeats
from commitments.extract.review import ReviewItem, review_items, review_json
from commitments.model.plan import Plan
from commitments.reading.document import Reading
from commitments.validation.pipeline import validate_reading

__all__ = ["FORMAT_VERSION", "MAX_INPUT", "Draft", "check_size", "extract", "extract_file"]

#: The format version of drafts: 1.1, in which a level whose baseline the text does
#: not give (农村自来水普及率达到95%) is a commitment with a ``missing-baseline`` warning.
FORMAT_VERSION = "1.1"
#: The longest announcement read: 16 MB of bytes (or 16 million characters, for a
#: string). An announcement is rarely more than a few hundred kilobytes; a longer
#: input is refused with a message rather than read for minutes.
MAX_INPUT = 16_000_000

_LANGUAGES: Mapping[str, tuple[Lexicon, FigureFinder]] = {
    "zh": (CHINESE, find_figures),
    "en": (ENGLISH, find_english_figures),
}
# Runs of letters of each script, counted by their lengths: a run found is one string
# made, where a letter found would be one each.
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN = re.compile("[A-Za-z]+")
_SAMPLE = 20000
_HTML_SUFFIXES = frozenset({".htm", ".html", ".xhtml"})
#: Takes places in the derived text to where they are in the input, each as
#: (offset, length, line, column).
Located = Callable[[Sequence[Place]], list[Location]]


@frozen(kw_only=True)
class Draft:
    """A draft plan and the figures of its announcement left for review.

    Attributes:
        plan: The draft plan (valid: no finding of severity error).
        review: Every figure that did not become a commitment, in text order.
        language: The language read (``zh`` or ``en``).
        encoding: How the input's bytes were read (``utf-8``, ``gb18030`` …), or
            ``None`` for a string.
        html: Whether the input was read as HTML.

    """

    plan: Plan
    review: tuple[ReviewItem, ...]
    language: str
    encoding: str | None
    html: bool


def extract(
    text: str | bytes,
    *,
    jurisdiction: str,
    year: int,
    language: str | None = None,
    jurisdiction_name: str | None = None,
    owner: str | None = None,
    source_title: str | None = None,
    source_url: str | None = None,
    html: bool | None = None,
) -> Draft:
    """Draft a plan from the text of an announcement.

    Args:
        text: The announcement: plain text or HTML, as a string or as bytes
            (UTF-8, UTF-16 with a byte order mark, or GB18030).
        jurisdiction: The jurisdiction's code (``CN-JL``).
        year: The plan year.
        language: ``zh`` or ``en``; by default the language of most letters.
        jurisdiction_name: The jurisdiction's name (default: its code).
        owner: The owner of every commitment (default: the jurisdiction's code).
        source_title: The announcement's title, for every commitment's source.
        source_url: The announcement's address. Without a title or an address
            the sources are titled ``announcement``.
        html: Whether the text is HTML; by default, whether it has HTML tags.

    Returns:
        The draft plan and its review list.

    Raises:
        ExtractError: The bytes are not text, the text is longer than
            :data:`MAX_INPUT`, or an argument cannot make a plan.

    """
    _check_arguments(jurisdiction, year, language)
    check_size(len(text), "bytes" if isinstance(text, bytes) else "characters")
    with collector_paused():  # the reading and the draft make no reference cycles
        encoding = None
        if isinstance(text, bytes):
            text, encoding = decode(text)
        else:
            text = without_surrogates(text)
        maps: list[OffsetMap] = []
        page = looks_like_html(text) if html is None else html
        readable = text
        if page:
            readable, offsets = html_text(text)
            maps.append(offsets)
        joined, offsets = join_wrapped_lines(readable)
        maps.append(offsets)
        language = language or _language(joined)
        lexicon, finder = _LANGUAGES[language]
        found = drop_repeats(read_text(joined, lexicon, year, finder))
        locate = _locator(text, maps)
        source: dict[str, Any] = {}
        if source_title:
            source["title"] = source_title
        if source_url:
            source["url"] = source_url
        source = source or {"title": "announcement"}
        plan, review = _draft_plan(
            found,
            language=language,
            owner=owner or jurisdiction,
            source=source,
            locate=locate,
            plan={
                "schema_version": FORMAT_VERSION,
                "jurisdiction": {"name": jurisdiction_name or jurisdiction, "code": jurisdiction},
                "year": year,
                "sources": [source],
            },
        )
        # The figures found go now, while the collector waits: once it resumes, its
        # first pass walks every object made meanwhile that is still alive (on a
        # megabyte, the draft's alone take it half as long as with these).
        del found
        return Draft(plan=plan, review=review, language=language, encoding=encoding, html=page)


def extract_file(path: str | os.PathLike[str], **options: Any) -> Draft:
    """Draft a plan from an announcement file; see :func:`extract` for the options.

    The source title defaults to the file's name, and a ``.html`` / ``.htm`` file is
    read as HTML.

    Raises:
        OSError: The file cannot be read.
        ExtractError: It is not text, it is longer than :data:`MAX_INPUT`, or an
            option cannot make a plan.

    """
    file = Path(path)
    check_size(file.stat().st_size, "bytes")
    options.setdefault("source_title", file.name)
    if file.suffix.lower() in _HTML_SUFFIXES:
        options.setdefault("html", True)
    return extract(file.read_bytes(), **options)


def check_size(size: int, what: str) -> None:
    """Refuse an announcement longer than :data:`MAX_INPUT`.

    >>> try:
    ...     check_size(20_000_000, "bytes")
    ... except ExtractError as error:
    ...     print(error)
    the announcement is 20,000,000 bytes long; at most 16,000,000 are read (split it into parts)

    Raises:
        ExtractError: It is longer.

    """
    if size > MAX_INPUT:
        raise ExtractError(
            f"the announcement is {size:,} {what} long; at most {MAX_INPUT:,} are read "
            "(split it into parts)"
        )


def _check_arguments(jurisdiction: object, year: object, language: object) -> None:
    if not isinstance(jurisdiction, str) or not jurisdiction.strip():
        raise ExtractError("the jurisdiction code must be a non-empty string, such as CN-JL")
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise ExtractError(f"the year must be a whole number from 1 to 9999, not {year!r}")
    if language is not None and language not in _LANGUAGES:
        raise ExtractError(f"the language must be one of {', '.join(_LANGUAGES)}, not {language!r}")


def _language(text: str) -> str:
    """The language of most letters of the text's start: Chinese characters or Latin ones."""
    sample = text[:_SAMPLE]
    latin, cjk = sum(map(len, _LATIN.findall(sample))), sum(map(len, _CJK.findall(sample)))
    return "en" if latin > 4 * cjk else "zh"


def _locator(text: str, maps: list[OffsetMap]) -> Located:
    derived = [offsets for offsets in maps if not offsets.identity]

    def locate(places: Sequence[Place]) -> list[Location]:
        # A sentence of many figures comes as a run of one place: located once.
        before = [None, *places][: len(places)]
        new = [place is not last for place, last in zip(places, before, strict=True)]
        spans = [(place.start, place.end) for place in compress(places, new)]
        origins = origin_spans(derived, spans) if derived else spans
        places_in_text = lines_and_columns(text, [offset for offset, _ in origins])
        located = [
            (offset, end - offset, line, column)
            for (offset, end), (line, column) in zip(origins, places_in_text, strict=True)
        ]
        # Each place's run is the count of runs begun up to it.
        return [*map([(0, 0, 0, 0), *located].__getitem__, accumulate(new))]

    return locate


def _draft_plan(
    found: list[Candidate | Held],
    *,
    language: str,
    owner: str,
    source: dict[str, Any],
    locate: Located,
    plan: dict[str, Any],
) -> tuple[Plan, tuple[ReviewItem, ...]]:
    """Build and validate the plan; a commitment that breaks a rule goes to review instead."""
    locations = locate([item.place for item in found])
    candidates: list[Candidate] = []
    candidate_locations: list[Location] = []
    for item, location in zip(found, locations, strict=True):
        if isinstance(item, Candidate):
            candidates.append(item)
            candidate_locations.append(location)
    values = commitment_values(
        candidates, candidate_locations, language=language, owner=owner, source=source
    )
    invalid: dict[int, str] = {}
    while True:
        kept = [v for i, v in enumerate(values) if i not in invalid]
        document = _plan_document(plan, kept, candidates, invalid, language)
        # Made here of dicts, lists, str, int and Decimal, as the reading layer makes a
        # document: validated as it is, not copied first as a caller's value would be.
        report = validate_reading(Reading(value=document))
        bad = _invalid_commitments(report, [i for i in range(len(values)) if i not in invalid])
        if not bad:
            break
        invalid.update(bad)
    review = review_items(found, locations, candidates, invalid)
    document["x-extract"] = {
        "language": language,
        "review": [review_json(item) for item in review],
    }
    return build_plan(document, fresh=True), review  # its dicts are ours alone


def _plan_document(
    plan: dict[str, Any],
    commitments: list[dict[str, Any]],
    candidates: list[Candidate],
    invalid: dict[int, str],
    language: str,
) -> dict[str, Any]:
    categories: dict[str, Mapping[str, str]] = {}
    for index, candidate in enumerate(candidates):
        if index not in invalid:
            categories.setdefault(candidate.category.id, candidate.category.names)
    return {
        **plan,
        "categories": [{"id": id_, "name": dict(names)} for id_, names in categories.items()],
        "commitments": commitments,
    }


def _invalid_commitments(report: Any, indexes: list[int]) -> dict[int, str]:
    bad: dict[int, str] = {}
    for finding in report.errors:
        parts = finding.path.split("/")
        if len(parts) > 2 and parts[1] == "commitments" and parts[2].isdigit():
            bad.setdefault(indexes[int(parts[2])], f"{finding.code}: {finding.message}")
        else:  # a plan-level error is a defect of extraction itself
            raise AssertionError(f"the draft plan is invalid: {finding}")
    return bad
