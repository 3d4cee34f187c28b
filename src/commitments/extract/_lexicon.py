"""The words extraction looks for, as compiled patterns: one :class:`Lexicon` per language."""

import re
from collections.abc import Iterable

from attrs import frozen

__all__ = ["Lexicon", "words"]


def words(table: str | Iterable[str], *, flags: int = 0, boundary: bool = False) -> re.Pattern[str]:
    """Compile whitespace-separated words (``_`` stands for a space) into one pattern.

    The longest word is tried first; with ``boundary`` a word matches only whole
    (for Latin words; not the new of new-energy). Without ``boundary`` the pattern is
    the bare alternation of the words, which the engine searches by their first
    characters (a scan in C that skips every other position); with it, a look-ahead
    for those characters comes first, at the cost of one test a position.
    """
    items = table.split() if isinstance(table, str) else list(table)
    alternatives = "|".join(
        re.escape(word.replace("_", " ")).replace(r"\ ", r"\s+")
        for word in sorted(items, key=len, reverse=True)
    )
    if not boundary:
        return re.compile(f"(?:{alternatives})", flags)
    first = "".join(sorted({re.escape(word[0]) for word in items}))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:{alternatives})(?![\w-])", flags)


@frozen(kw_only=True)
class Lexicon:
    """The cue words of one language.

    Attributes:
        language: The BCP 47 tag of the language (``zh``, ``en``).
        action: Verbs of promise: doing or delivering something (新增, 建设, build).
        completion: Verbs that reach a milestone's end (建成, 完工, complete).
        start: Verbs that reach a milestone's start (开工, 启动, break ground).
        target: Words that make a figure a target without a verb (目标, 力争, aim).
        future: Words that put a clause in the plan's future (将, 要, will).
        past: Words that put a clause in the past (已, 了, 去年, last year).
        forecast: Words of a forecast rather than a promise (可能, 预计, expected).
        question: A question (…的问题, ?).
        level: Verbs that reach a level rather than deliver an amount (达到, reach).
        decrease: Words that make lower better (降低, 控制在, reduce).
        rate: Nouns of a rate or level (率, 比重, rate, share).
        baseline: A from-to figure pair: 由 A 提高到 B (groups ``base`` and ``goal``
            mark the words between).
        list_count: Words after a figure that counts the announced list itself
            (50项 *民生实事*).
        structure: Words after a figure that counts the text's own parts
            (七项 *措施*, 三个 *方面*).
        heading_lead: A paragraph's first clause that names its category
            (围绕 *就业创业*，); the name is its first group that matched.
        filler: Words trimmed from the start of a title (同时, 今年, 力争 …).
        question_paragraph: A paragraph that asks (对于…的问题。).
        per_unit: Words before a figure that make it a rate for each one (每人, 户均, per
            person): a standard, not an amount delivered.
        specification: Words before a figure that give a work's size or capacity
            (占地, 总建筑面积, 可提供): a description, not an amount delivered.
        speaker: A line that only names who speaks next (省教育厅副厅长郑海涛：):
            the answer to a question, or a speech, follows.
        counted_before: Words right before a count of items that make it a count of
            what the text named or counted before it: 另有 (另有3项, group ``more``),
            or the last of a list of names (血脂检测和心电图检查两项, group ``named``).
        aim: A listed item without a figure that only aims to improve something
            (提升农村电网供电能力, 提高…保障水平, improve service quality): no
            deliverable, so no milestone.

    """

    language: str
    action: re.Pattern[str]
    completion: re.Pattern[str]
    start: re.Pattern[str]
    target: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    forecast: re.Pattern[str]
    question: re.Pattern[str]
    level: re.Pattern[str]
    decrease: re.Pattern[str]
    rate: re.Pattern[str]
    baseline: re.Pattern[str]
    list_count: re.Pattern[str]
    structure: re.Pattern[str]
    heading_lead: re.Pattern[str]
    filler: re.Pattern[str]
    question_paragraph: re.Pattern[str]
    per_unit: re.Pattern[str]
    specification: re.Pattern[str]
    speaker: re.Pattern[str]
    counted_before: re.Pattern[str]
    aim: re.Pattern[str]
