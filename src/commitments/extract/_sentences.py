"""Paragraphs into sentences, sentences into clauses, clauses into list parts.

A *sentence* ends at 。！？； (or ``. ! ? ;`` before a space), with any closing
quotes or brackets after it; a sentence is also what a commitment quotes, so none
is longer than :data:`MAX_SENTENCE` characters: a longer one is cut at its commas,
and a run without any (a page of digits, text with no punctuation at all) is
marked *overlong* and not read further. A *clause* is a stretch between commas,
semicolons and colons outside brackets and quotes; a *part* is a stretch of a
clause between 、 (or 和 / 及 / and before a figure).
"""

import re
from collections.abc import Iterator
from typing import NamedTuple

from commitments.extract._layout import ENUMERATOR

__all__ = ["MAX_SENTENCE", "Sentence", "clauses", "parts", "sentences"]

#: The longest sentence read (and quoted), in characters.
MAX_SENTENCE = 1000

# Each pattern below starts with one set of characters, which the engine searches
# for in one scan; what follows tells the cases apart (a full stop ends a sentence
# only before a space; an ASCII comma cuts only outside a number: 5,000 is one).
_END = re.compile(
    r"[。！？!?；;.](?:(?<=[。！？!?；;])[。！？!?；;]*[”’」』）)】\]\"']*"
    r"|(?<=\.)\.*(?=\s|$)[”’\"']*)"
)
_COMMA = re.compile(r"[，；;：:、,](?:(?<!,)|(?![0-9]))")
_SPACE = re.compile(r"\s")
_COMMA_OR_SPACE = re.compile(r"[，；;：:、\s,](?:(?<!,)|(?![0-9]))")
# The marks that cut clauses: opening and closing brackets and quotes, and separators.
# ASCII commas cut only outside numbers (5,000 is one number); spaces cut between
# wide characters. The look-ahead for the marks' first characters comes first, so
# that the search skips every other position at the cost of one test.
_OPENING = r"[（(“‘《「【\[]"
_CLOSING = r"[）)”’》」】\]]"
_SEPARATOR = r"[，；;：:]|,(?![0-9])|\s(?<=[^\x00-\u2fff]\s)\s*(?=[^\x00-\u2fff])"
_MARKS = re.compile(
    rf"(?=[（(“‘《「【\[）)”’》」】\]，；;：:,\s])(?:{_OPENING}|{_CLOSING}|{_SEPARATOR})"
)
# The separators alone, and any opening bracket or quote: a clause without an opening
# one has its separators for cuts.
_SEPARATOR_MARKS = re.compile(rf"(?=[，；;：:,\s])(?:{_SEPARATOR})")
_OPENER = re.compile(_OPENING)
_OPENERS = frozenset("（(“‘《「【[")
_SEPARATORS = frozenset("，,；;：:")
_CLOSERS = frozenset("）)”’》」】]")
_PART_MARKS = re.compile(
    rf"{_OPENING}|{_CLOSING}|、"
    r"|(?:以及|和|及|并|,? and |, )(?=\s*(?:约|近)?[0-9零〇一二两三四五六七八九十])"
)


class Sentence(NamedTuple):
    """One sentence of a paragraph.

    Attributes:
        start: Where it starts in the text (after leading spaces).
        end: Where it ends (its closing punctuation included).
        text: The sentence.
        search: The sentence with full-width forms made ASCII, one for one.
        overlong: Whether it is a run of more than :data:`MAX_SENTENCE` characters
            with nowhere to cut: it is not read, only reported.

    """

    start: int
    end: int
    text: str
    search: str
    overlong: bool = False


def sentences(text: str, search: str, start: int, end: int) -> list[Sentence]:
    """Return the sentences of the paragraph ``text[start:end]``.

    A leading enumerator (``1.``) belongs to the first sentence, never ends one.
    """
    found = []
    position = start
    enumerator = ENUMERATOR.match(search, start, end)
    for match in _END.finditer(text, enumerator.end() if enumerator else start, end):
        stop = match.end()
        if stop - position <= MAX_SENTENCE and not text[position].isspace():  # most sentences
            found.append(Sentence(position, stop, text[position:stop], search[position:stop]))
        else:
            found.extend(_bounded(text, search, position, stop))
        position = stop
    if position < end and not text[position:end].isspace():  # words after the last stop
        found.extend(_bounded(text, search, position, end))
    return found


def _bounded(text: str, search: str, start: int, end: int) -> Iterator[Sentence]:
    """Yield ``text[start:end]`` as sentences of at most :data:`MAX_SENTENCE` characters."""
    piece = text[start:end]
    start, end = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
    if end < start:  # only spaces
        end = start
    while end - start > MAX_SENTENCE:
        cut = _last_cut(search, start, start + MAX_SENTENCE)
        if cut is None:  # no comma at all: skip to the next one, reporting the run
            following = _first_cut(search, start + MAX_SENTENCE, end)
            yield _sentence(text, search, start, following, overlong=True)
        else:
            yield _sentence(text, search, start, cut, overlong=False)
        start = cut if cut is not None else following
    if start < end:
        yield _sentence(text, search, start, end, overlong=False)


def _last_cut(search: str, start: int, limit: int) -> int | None:
    """Return the position just after the last comma (or space) in ``search[start:limit]``."""
    for mark in (_COMMA, _SPACE):
        cuts = [found.end() for found in mark.finditer(search, start, limit)]
        if cuts and cuts[-1] > start:
            return cuts[-1]
    return None


def _first_cut(search: str, start: int, end: int) -> int:
    found = _COMMA_OR_SPACE.search(search, start, end)
    return end if found is None else found.end()


def _sentence(text: str, search: str, start: int, end: int, *, overlong: bool) -> Sentence:
    return Sentence(start, end, text[start:end], search[start:end], overlong)  # by position: fast


def clauses(search: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each clause of a sentence (its ``search`` form).

    Separators inside brackets or quotes do not count; when the brackets never
    close, they do.
    """
    cuts: list[int] | None
    if _OPENER.search(search) is None:  # most sentences: every separator cuts
        cuts = [mark.start() + 1 for mark in _SEPARATOR_MARKS.finditer(search)]
    else:
        cuts = _cuts(search, respect_brackets=True)
        if cuts is None:
            cuts = _cuts(search, respect_brackets=False) or []
    return _spans(search, cuts)


def _spans(search: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The clauses between the cuts (each just after its separator), blank ones left out."""
    spans = []
    begin = 0
    for cut in cuts:  # each clause ends before its separator, at cut - 1
        if search[begin : cut - 1].strip():
            spans.append((begin, cut - 1))
        begin = cut
    if search[begin:].strip():
        spans.append((begin, len(search)))
    return spans


def _cuts(search: str, *, respect_brackets: bool) -> list[int] | None:
    """Where clauses end (each separator's position); None when brackets never close."""
    depth = 0
    cuts = []
    for mark in _MARKS.finditer(search):
        char = mark.group()[0]
        if char in _OPENERS:
            depth += 1
        elif char in _SEPARATORS or char.isspace():
            if depth == 0 or not respect_brackets:
                cuts.append(mark.start() + 1)
        else:
            depth = max(depth - 1, 0)
    if respect_brackets and depth > 0:
        return None
    return cuts


def parts(search: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each list part of the clause ``search[start:end]``.

    Parts are cut at 、 (outside brackets) and at 和 / 及 / 以及 / 并 right before a
    figure (``2000个…场所和2000户…``).
    """
    depth = 0
    bounds, ends = [start], []
    for mark in _PART_MARKS.finditer(search, start, end):
        char = mark.group()
        if char in _OPENERS:
            depth += 1
        elif len(char) == 1 and char in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            ends.append(mark.start())
            bounds.append(mark.end())
    ends.append(end)
    return [(begin, finish) for begin, finish in zip(bounds, ends, strict=True) if finish > begin]
