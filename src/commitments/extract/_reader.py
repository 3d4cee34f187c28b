"""The walk through an announcement: paragraphs, their headings and lists, each sentence read.

The walk keeps one piece of state across paragraphs, the *section*: after a
heading line (``一、就业创业``, ``养老服务``) the paragraphs are a list under that
heading; after a question (``对于…的问题。…介绍：``) they are answers, prose in
which only figures with a verb of promise count, never milestones, until the
next heading. Within a paragraph, a lead clause (``围绕就业创业，``) heads that
paragraph, and an enumerated item (``1、``, ``（二）``, ``一是``) is a list item whose
short first sentence, if it has no figure, is its heading.

A line without a word of any script (a table of numbers, a page of digits) can
promise, ask and head nothing: a run of such lines is not read, only reported
once (``no-words``) if it holds a digit. What the extraction's budget leaves
unread (:mod:`commitments.extract._budget`) is reported once too (``unread``).
"""

import functools
import re
from collections.abc import Hashable, Iterator
from decimal import Decimal

from attrs import evolve, frozen

from commitments.extract._budget import Budget, Spent
from commitments.extract._categories import CATEGORIES, heading_category
from commitments.extract._figures import FigureFinder
from commitments.extract._found import Candidate, CategoryChoice, Held, Place
from commitments.extract._layout import ENUMERATOR
from commitments.extract._lexicon import Lexicon
from commitments.extract._said_again import SaidAgain, heading_key
from commitments.extract._sentences import MAX_SENTENCE, Sentence, sentences

__all__ = ["read_text", "search_form"]

# Full-width digits, letters and signs, and the ideographic space, as ASCII.
_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
for _code in (0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F):  # ，；：！？ stay: they are not signs
    del _ASCII[_code]
# Any of them: a text without one is its own search form.
_FULL_WIDTH = re.compile(f"[{''.join(map(chr, sorted(_ASCII)))}]")
_SPARSE = 50  # at most one in this many characters: replaced one by one
_HEADING_LINE = 24
_ITEM_HEADING = 16
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！!？?]")
_EXCERPT = 40
# A letter of any script (a word character that is not a digit), and a digit of any: a
# stretch not read is reported if it holds one.
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Whole lines without a letter, each with its line break, none an enumerated item's.
_WORDLESS_LINES = re.compile(
    rf"(?>(?:(?!{ENUMERATOR.pattern})(?>(?:(?>[^\w\n]+)|(?>[\d_]+))*)\n)*)"
)


def search_form(text: str) -> str:
    """Return ``text`` with full-width digits, letters and signs as ASCII, one for one.

    ``str.translate`` looks up every character of the text; where the full-width
    signs are few (a Chinese text's brackets), only they are replaced.
    """
    found = len(_FULL_WIDTH.findall(text))
    if not found:
        return text
    if found * _SPARSE > len(text):
        return text.translate(_ASCII)
    return _FULL_WIDTH.sub(_ascii_sign, text)


def _ascii_sign(match: re.Match[str]) -> str:
    return chr(_ASCII[ord(match.group())])


@frozen
class _Section:
    """Where a paragraph stands: under which heading, in a list or in answers.

    ``outer``: the section its enumerated items end in (after 围绕卫生健康，办好以下六件事：
    the numbered items stand under that heading; the first paragraph that is not one
    stands where the lead did).
    """

    heading: CategoryChoice | None = None
    listed: bool = False
    answers: bool = False
    outer: "_Section | None" = None

    def at(self, paragraph: str) -> "_Section":
        """The section ``paragraph`` stands in: a lead's items end at one that is not an item."""
        if self.outer is not None and not ENUMERATOR.match(paragraph):
            return self.outer
        return self

    def key(self) -> Hashable:
        """The section as a key: all that reading a paragraph depends on."""
        return (
            heading_key(self.heading),
            self.listed,
            self.answers,
            None if self.outer is None else self.outer.key(),
        )


def read_text(
    text: str, lexicon: Lexicon, plan_year: int, find: FigureFinder
) -> Iterator[Candidate | Held]:
    """Yield what each sentence of ``text`` (one paragraph a line) promises or leaves to review."""
    search = search_form(text)
    section = _Section()
    memo: SaidAgain[_Section] = SaidAgain(lexicon, find, Budget())
    start = 0
    standing, key = section, section.key()  # the key of the section it stands in
    wordless: list[int] = []  # the start and end of a run of lines without words so far
    try:
        for line in text.split("\n"):
            end = start + len(line)
            if wordless and end <= wordless[1]:
                pass  # a line of the run of lines without words found at its first line
            elif not line or line.isspace():
                pass
            elif _LETTER.search(line) is None and ENUMERATOR.match(line) is None:
                # The run from here, in one match: its last line ends before its break
                # (the text's last line has none).
                run = _WORDLESS_LINES.match(text, start)  # always matches (maybe nothing)
                stop = end if run is None else max(run.end() - 1, end)
                wordless = [wordless[0] if wordless else start, stop]
                section = section.at(line)
            else:
                if wordless:
                    yield from _wordless(text, *wordless)
                    wordless = []
                if section is not standing:
                    standing, key = section, section.key()
                section, found = memo.paragraph(
                    (line, key),
                    start,
                    functools.partial(
                        _read_paragraph, text, search, (start, end), section, plan_year, memo
                    ),
                )
                yield from found
            start = end + 1
    except Spent as spent:  # the paragraph at ``start`` and all after it are not read
        yield _stretch(
            "unread", text, start, len(text), f"{spent}; split the text to read the rest"
        )
        return
    if wordless:
        yield from _wordless(text, *wordless)


def _read_paragraph(
    text: str,
    search: str,
    span: tuple[int, int],
    section: _Section,
    plan_year: int,
    memo: SaidAgain[_Section],
) -> tuple[_Section, list[Candidate | Held]]:
    start, end = span
    paragraph = text[start:end].strip()
    section = section.at(paragraph)  # the items of a lead ending in a colon may be over
    all_sentences = sentences(text, search, start, end)
    enumerator = ENUMERATOR.match(search, start, end)
    number_end = enumerator.end() if enumerator is not None else start  # the 1 of "1." is none
    # Where each sentence's figures start: after an item's number (the 1 of "1." is none).
    figured = [
        (s, after, memo.figures(s, after) if not s.overlong else [])
        for s in all_sentences
        for after in (max(number_end - s.start, 0),)
    ]
    # Who answers (an answer follows, not a list); a line with a figure says more than who.
    if memo.lexicon.speaker.match(paragraph) and not any(found for _, _, found in figured):
        return _Section(section.heading if section.answers else None, answers=True), []
    lexicon = memo.lexicon
    language = lexicon.language
    if len(paragraph) <= _HEADING_LINE and _is_heading_line(  # a heading line is short
        paragraph, any(found for _, _, found in figured), language
    ):
        enumerator = ENUMERATOR.match(paragraph)
        name = (paragraph[enumerator.end() :] if enumerator else paragraph).strip(" ：:")
        # A number alone (1.) starts a list and names no category.
        return _Section(heading_category(name, language) if name else None, listed=True), []
    if len(paragraph) <= MAX_SENTENCE and lexicon.question_paragraph.search(paragraph):
        section = _Section(_question_category(paragraph, language), answers=True)
    heading, skip = section.heading, 0
    lead = lexicon.heading_lead.match(all_sentences[0].search) if all_sentences else None
    enumerated = ENUMERATOR.match(paragraph) is not None
    if lead is not None and not section.answers:
        name = next(group for group in lead.groups() if group)
        heading, skip = heading_category(name, language), lead.end()
    elif enumerated and figured and not figured[0][2]:
        first = figured[0][0]
        item_enumerator = ENUMERATOR.match(first.text)
        body = first.text[item_enumerator.end() if item_enumerator else 0 :]
        if (
            len(body.strip(" 。.：:")) <= _ITEM_HEADING
            and not _SENTENCE_PUNCTUATION.search(body.rstrip("。.：:"))
            # 2.新院区开工建设。 is an item: a heading names, it does not complete or start
            and not (lexicon.completion.search(body) or lexicon.start.search(body))
        ):
            name = body.strip(" 。.：:")
            named = heading_category(name, language) if name else None  # a number alone: none
            if named is not None and (
                named.id in CATEGORIES or heading is None or heading.id not in CATEGORIES
            ):
                heading = named  # 关于总体情况 does not hide the known heading over it
            figured = figured[1:]
    listed = not section.answers and (lead is not None or section.listed or enumerated)

    found: list[Candidate | Held] = []
    rest = memo.context(listed=listed, heading=heading, skip=0, plan_year=plan_year)
    opening = (
        memo.context(listed=listed, heading=heading, skip=skip, plan_year=plan_year)
        if skip
        else rest
    )
    for index, (sentence, after, figures) in enumerate(figured):
        if sentence.overlong:
            found.extend(_overlong(sentence))
            continue
        if not figures and not listed:
            continue  # prose without a figure: nothing to draft or review (nor to remember)
        found.extend(memo.read(sentence, figures, opening if index == 0 else rest, after))
    if lead is not None and not section.answers and paragraph.endswith(("：", ":")):
        section = _Section(heading, listed=True, outer=section)  # 以下六件事：1.… 2.…
    return section, found


def _question_category(question: str, language: str) -> CategoryChoice | None:
    """The category a question names (its answers are about it), if the table knows it."""
    found = heading_category(question, language)
    return (
        evolve(found, source="question", confidence=Decimal("0.7"))
        if found.id in CATEGORIES
        else None
    )


def _is_heading_line(paragraph: str, has_figure: bool, language: str) -> bool:
    """A short line, no figure nor sentence punctuation, that names a category or is numbered."""
    if has_figure or len(paragraph) > _HEADING_LINE or _SENTENCE_PUNCTUATION.search(paragraph):
        return False
    if ENUMERATOR.match(paragraph):
        return True
    return (
        heading_category(paragraph, language).confidence > heading_category("", language).confidence
    )


def _wordless(text: str, start: int, end: int) -> list[Held]:
    """Report the run of lines without words ``text[start:end]`` once, if it holds a digit."""
    if not _DIGIT.search(text, start, end):
        return []
    held = _stretch("no-words", text, start, end, "")
    count = text.count("\n", held.place.start, held.place.end) + 1
    return [held._replace(detail=f"{count:,} line{'s' if count > 1 else ''}")]


def _stretch(reason: str, text: str, start: int, end: int, detail: str) -> Held:
    """A stretch of text not read, held once, quoted whole; its first words are its figure."""
    quote = text[start:end]
    start, end = start + len(quote) - len(quote.lstrip()), start + len(quote.rstrip())
    quote = text[start:end]
    first = quote[:_EXCERPT].partition("\n")[0]
    excerpt = first if first == quote else first.rstrip() + "…"
    return Held(reason, excerpt, Place(start, end, quote), detail)


def _overlong(sentence: Sentence) -> list[Held]:
    """Report a run without punctuation once, if it holds a digit."""
    if not _DIGIT.search(sentence.text):
        return []
    excerpt = sentence.text[:_EXCERPT] + "…"
    place = Place(start=sentence.start, end=sentence.end, quote=sentence.text)
    return [
        Held(
            reason="overlong",
            figure=excerpt,
            place=place,
            detail=f"{len(sentence.text)} characters without punctuation",
        )
    ]
