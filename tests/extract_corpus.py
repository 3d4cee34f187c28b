"""The corpus of announcement texts with hand-made plans, shared by the extraction tests."""

import re
from pathlib import Path

from commitments import validate
from commitments.extract import Draft, extract_file, reasons
from commitments.extract._layout import join_wrapped_lines
from commitments.extract._reader import search_form
from commitments.extract._sentences import MAX_SENTENCE
from commitments.extract._unit_words import SYMBOL

CORPUS = Path(__file__).parent / "extract" / "corpus"
#: Each text's name (``corpus/<name>.txt`` and ``.json``), jurisdiction code and year.
TEXTS = [
    ("shanghai-2023", "CN-SH", 2023),
    ("shanghai-2023-en", "CN-SH", 2023),
    ("gangu-2022", "CN-620523", 2022),
    ("example-county-2024", "XX-EX", 2024),
    ("example-province-2025", "XX-EP", 2025),
]


def draft_of(name: str, code: str, year: int) -> Draft:
    """The draft of one corpus text."""
    return extract_file(CORPUS / f"{name}.txt", jurisdiction=code, year=year)


# Digits that are no figure, in the text as the rules read it (wrapped lines joined, and
# full-width digits, letters and signs made ASCII): a number that starts a date
# (2025-03-05, 3/5/2025: one mark twice); any number right after a digit and a mark (the
# rest of a date, of 1.2.3, of 3.5 or 3-5, which the figure of their first number holds);
# years, months, days (4日, 4号), hours; ordinals (第3); codes beside Latin letters (A4,
# A0.5, 5G; but 50MW has a unit symbol); item numbers at the start of a line (after any
# line break the layout knows); in English, a day or year by its month (3 March, March
# 30, March 2025); times (12:30, 3 pm).
_LINE_START = r"(?:^|(?<=[\r\x0b\x0c\x85\u2028\u2029]))"
_MONTH = (
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
NOT_FIGURES = re.compile(
    r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?=([-/.])[0-9]{1,2}\1[0-9])|(?<=[0-9][-/.,])[0-9]+"
    r"|(?<=第)[0-9]+|(?:19|20)[0-9]{2}(?=年)|[0-9]{1,2}(?=月|日|号|时)|(?:19|20)[0-9]{2}\b"
    rf"|[A-Za-z][0-9]+(?:[.,][0-9]+)*|[0-9]+(?:[.,][0-9]+)*(?=[A-Za-z])(?!{SYMBOL.pattern})"
    rf"|{_LINE_START}\s*[（(]?[0-9]{{1,2}}[)）.、]"
    rf"|(?i:[0-9]{{1,2}}(?=\s{_MONTH}\b)|{_MONTH}\.?[^\S\n]+[0-9]+)"
    r"|[0-9]+:[0-9]{2}\b|(?i:[0-9]+(?=\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)))",
    re.MULTILINE,
)


def assert_sound(draft: Draft, text: str) -> None:
    """Valid; every commitment quotes its sentence; every figure is drafted or reviewed."""
    report = validate(draft.plan)
    assert report.ok, report.findings
    spans = []
    for commitment in draft.plan.commitments:
        extra = commitment.extensions["x-extract"]
        assert isinstance(extra, dict)
        offset, length = extra["offset"], extra["length"]
        assert isinstance(offset, int)
        assert isinstance(length, int)
        quote = commitment.sources[0].quote if commitment.sources else None
        assert quote
        assert len(quote) <= MAX_SENTENCE
        # The quote is of the text with wrapped lines joined (by a space between narrow
        # characters): the same but for spaces and line breaks.
        assert re.sub(r"\s+", "", text[offset : offset + length]) == re.sub(r"\s+", "", quote)
        spans.append((offset, offset + length))
    for item in draft.review:
        assert item.reason in reasons()
        spans.append((item.offset, item.offset + item.length))
    joined, offsets = join_wrapped_lines(text)
    masked = NOT_FIGURES.sub(lambda m: "x" * len(m.group()), search_form(joined))
    digits = [digit.span() for digit in re.finditer(r"[0-9]", masked)]
    for start, end in offsets.origins(digits):
        assert any(a <= start < b for a, b in spans), text[start - 20 : end + 20]
