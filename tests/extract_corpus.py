"""The corpus of announcement texts with hand-made plans, shared by the extraction tests."""

import re
from pathlib import Path

from commitments import validate
from commitments.extract import Draft, extract_file, reasons
from commitments.extract._sentences import MAX_SENTENCE

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


# Digits that are no figure (digits and letters of either width: the rules read full-width
# ones as ASCII): years, months, days; codes beside Latin letters (A4, A0.5, 5G) and dotted
# numbers (1.2.3); item numbers at the start of a line (after any line break the layout
# knows).
_D, _L = "[0-9０-９]", "[A-Za-zＡ-Ｚａ-ｚ]"
_LINE_START = r"(?:^|(?<=[\r\x0b\x0c\x85\u2028\u2029]))"
NOT_FIGURES = re.compile(
    rf"(?:19|20){_D}{{2}}(?=年)|{_D}{{1,2}}(?=月|日)|(?:19|20){_D}{{2}}\b"
    rf"|{_L}{_D}+(?:[.,．]{_D}+)*|{_D}+(?:[.,．]{_D}+)*(?={_L})|{_D}+(?:[.．]{_D}+){{2,}}"
    rf"|{_LINE_START}\s*[（(]?{_D}{{1,2}}[)）.、．]",
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
    masked = NOT_FIGURES.sub(lambda m: "x" * len(m.group()), text)
    for digit in re.finditer(r"[0-9０-９]", masked):
        assert any(a <= digit.start() < b for a, b in spans), text[
            digit.start() - 20 : digit.end() + 20
        ]
