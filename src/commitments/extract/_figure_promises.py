"""One figure of a sentence as a promise: a commitment, or a figure held for review.

A figure is held (:func:`read_figure`) when it is not an amount, counts the list or
the text itself, gives the size of a work (占地约300亩), is a rate for each one
(每人5000元), or its sentence is a question, the past, a year after the plan's, a
forecast, or promises nothing; otherwise it is a quantity or a level (``%``, a
rate reached, an upper bound, a figure raised from a baseline: 由 A 提高到 B), lower
better after 控制在 / 降低 (a level without a baseline where the text gives only the
level to reach), named by the words after it. A listed item without a figure may
be a milestone (:func:`listed_milestone`).
"""

from decimal import Decimal

from commitments.extract._english import counted_words, without_ending
from commitments.extract._figures import Figure
from commitments.extract._found import Candidate, Held, Place
from commitments.extract._layout import ENUMERATOR
from commitments.extract._lexicon import Lexicon
from commitments.extract._sentence_context import (
    TRIM,
    Categorizer,
    Clause,
    Context,
    Sentence,
)

__all__ = ["held_reason", "listed_milestone", "read_figure", "reason_without_promise"]

# How sure each rule is.
_LIST, _VERB, _SENTENCE_VERB = Decimal("0.7"), Decimal("0.8"), Decimal("0.6")
_MILESTONE, _MILESTONE_GUESS = Decimal("0.6"), Decimal("0.5")
# How far after a figure the words that count the list or the text itself are read.
_AFTER = 16


def held_reason(
    sentence: Sentence,
    figure: Figure,
    clause: Clause,
    lexicon: Lexicon,
    *,
    past: bool,
    later: bool,
    listed: bool,
) -> str | None:
    """Why a figure of a clause is held for review, whatever its title; None if it is not.

    A figure this passes may still be held by :func:`read_figure` (``per-unit``,
    ``baseline-direction``), which needs the kind of its target.
    """
    held = _held_reason(sentence, figure, clause, lexicon, past=past, listed=listed)
    if held is None and lexicon.specification.search(sentence.search, clause.start, figure.start):
        held = "specification"  # 占地约300亩, 可提供学位4500个
    if held is None and later:
        held = "later-year"  # …设置床位1500张，…2028年建成投用
    return held


def read_figure(
    sentence: Sentence,
    place: Place,
    figure: Figure,
    clause: Clause,
    title: str,
    context: Context,
    lexicon: Lexicon,
    categorize: Categorizer,
    *,
    inherited: bool,
    baseline: Figure | None,
) -> Candidate | Held:
    """What a figure that :func:`held_reason` passed is: a commitment, or held after all."""
    before = sentence.search[clause.start : figure.start]
    assert figure.quantity is not None
    kind = _kind(figure, before, lexicon)
    if baseline is not None and not lexicon.past.search(before[: baseline.start - clause.start]):
        kind = "level"  # 由120项增加到200项; but 由去年的28.5万人增加到40万人 compares amounts
    if kind == "quantity" and lexicon.per_unit.search(before):
        # 每人5000元, 户均不低于3000元: no amount delivered (人均…达到30平方米 is a level)
        return Held("per-unit", figure.text, place)
    decrease = kind == "level" and (
        figure.bound == "at-most" or lexicon.decrease.search(before) is not None
    )
    rule, confidence = (
        ("figure-list", _LIST)
        if inherited
        else ("figure-verb", _VERB)
        if clause.promising
        else ("figure-sentence-verb", _SENTENCE_VERB)
    )
    quantity = figure.quantity
    candidate = Candidate(  # by position, in the fields' order: thousands a megabyte
        kind,
        title,
        place,
        rule if kind != "level" else "level",
        confidence,
        categorize(title, sentence.text, context.heading),  # category
        _name(sentence, clause, figure, lexicon),  # name
        quantity.unit,
        quantity.value,
        None,  # baseline
        decrease,
        None,  # stage
        quantity.approximate,
        figure.bound,
        figure.text,
        context.listed,
    )
    if kind != "level" or baseline is None or baseline.quantity is None:
        return candidate  # a level without a baseline: valid, with a missing-baseline warning
    if baseline.quantity.unit != figure.quantity.unit or (
        (baseline.quantity.value < figure.quantity.value) == decrease
        and baseline.quantity.value != figure.quantity.value
    ):
        return Held(reason="baseline-direction", figure=figure.text, place=place)
    return candidate._replace(baseline=baseline.quantity.value, rule="level-from-to")


def _held_reason(
    sentence: Sentence,
    figure: Figure,
    clause: Clause,
    lexicon: Lexicon,
    *,
    past: bool,
    listed: bool,
) -> str | None:
    if figure.kind != "quantity" and not (
        figure.kind == "unit"
        and figure.quantity
        and _custom_level(sentence, figure, clause, lexicon)
    ):
        return figure.kind
    after = sentence.search[figure.end : figure.end + _AFTER]
    if lexicon.list_count.match(after):
        return "list-count"
    if lexicon.structure.match(after):
        return "structure"
    quantity = figure.quantity
    if (
        quantity is not None
        and quantity.unit == "item"
        and _counted_before(sentence, figure, clause, lexicon)
    ):
        return "named-count"
    if sentence.question:
        return "question"
    if past:
        return "past"
    if sentence.forecast:
        return "forecast"
    if not (clause.promising or (sentence.promising and _leans(sentence, clause, lexicon, listed))):
        return "no-promise"
    return None


# Count words of kinds of things, which a count of names ends with (A和B两项).
_KINDS = ("项", "类", "种")


def _counted_before(sentence: Sentence, figure: Figure, clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a count of items counts what the text counted or named before it.

    More of what was counted (另有3项, 还有560个), or the count that ends its clause right
    after the names of what it counts (增加血脂检测和心电图检查两项).
    """
    found = lexicon.counted_before.search(sentence.search, clause.start, figure.start)
    if found is None:
        return False
    rest = sentence.search[figure.end : clause.end].strip(TRIM)
    return found["more"] is not None or (figure.text.endswith(_KINDS) and not rest)


def _leans(sentence: Sentence, clause: Clause, lexicon: Lexicon, listed: bool) -> bool:
    """Whether a clause without a verb of promise takes one from its sentence.

    In a list it may take any (新建幼儿园80所，新增学位1.6万个); in prose (an answer) only
    one that comes after it, of which it is the topic (对于…的1623个小区，…纳入年度计划),
    never one it follows and only describes (把目标定在30万人以上，…劳动力约42万人).
    """
    if listed:
        return True
    search = sentence.search
    return bool(
        lexicon.action.search(search, clause.end) or lexicon.target.search(search, clause.end)
    )


def _custom_level(sentence: Sentence, figure: Figure, clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a figure in a custom unit is a level, which the draft may hold.

    A rate or level noun comes before it, maybe with a verb of level between
    (浓度控制在32微克/立方米以内, 开放时间不少于330天); a figure that only qualifies
    (65岁以上老年人) is none.
    """
    before = sentence.search[clause.start : figure.start].rstrip()
    if (verb := lexicon.level.search(before)) is not None:
        before = before[: verb.start()].rstrip()
    return lexicon.rate.search(before) is not None


def reason_without_promise(figure: Figure) -> str:
    """Why a figure outside any clause is held: its kind, or no promise."""
    return figure.kind if figure.kind != "quantity" else "no-promise"


def _kind(figure: Figure, before: str, lexicon: Lexicon) -> str:
    assert figure.quantity is not None
    if figure.kind == "unit":  # in a custom unit: read only where it is a level
        return "level"
    if figure.quantity.unit == "percent":
        return "quantity" if figure.points else "level"
    if figure.bound == "at-most":
        return "level"
    level_verb = lexicon.level.search(before)
    if level_verb is not None and lexicon.rate.search(before[: level_verb.start()].rstrip()):
        return "level"
    return "quantity"


def _name(sentence: Sentence, clause: Clause, figure: Figure, lexicon: Lexicon) -> str | None:
    """What a figure counts: the words after it, else the words before it.

    In English, after its number: the figure holds the count noun (30 smart care homes),
    and what follows the noun qualifies it (households of older people living alone).
    """
    text = sentence.text
    english = lexicon.language == "en"
    if english:
        following = (f.start for f in sentence.figures if figure.end <= f.start < clause.end)
        after = counted_words(text, figure.start, next(following, clause.end))
    else:
        after = text[figure.end : clause.end]
    verb = lexicon.action.search(after)
    after = (after[: verb.start()] if verb and verb.start() >= 2 else after).strip(TRIM)
    after = without_ending(after) if english else after.removesuffix("的")
    if len(after) >= 2:
        return after
    before = text[clause.start : figure.start].strip(TRIM)
    if enumerator := ENUMERATOR.match(before):  # 4.重点人群…覆盖率: the item's number is no name
        before = before[enumerator.end() :].lstrip(TRIM)
    before = lexicon.filler.sub("", before)
    if verb := lexicon.action.match(before):  # the verb that starts it is no name
        before = before[verb.end() :]
    before = lexicon.level.sub("", before).strip(TRIM)
    return (without_ending(before) if english else before) or None


def listed_milestone(
    sentence: Sentence,
    place: Place,
    item: str,
    title: str,
    context: Context,
    lexicon: Lexicon,
    categorize: Categorizer,
) -> Candidate | None:
    """A listed item without a figure as a milestone, if it says what is to be done.

    Not an aim alone, which the title is whole (提升农村电网供电能力): it has nothing to
    deliver.
    """
    if lexicon.aim.fullmatch(title):
        return None
    completion = lexicon.completion.search(item)
    start = lexicon.start.search(item)
    if not (lexicon.action.search(title) or completion or start):
        return None
    return Candidate(
        kind="milestone",
        title=title,
        stage="started" if start and not completion else "completed",
        place=place,
        rule="list-milestone",
        confidence=_MILESTONE if completion or start else _MILESTONE_GUESS,
        category=categorize(title, sentence.text, context.heading),
    )
