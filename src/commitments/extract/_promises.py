"""The rules: which figures and clauses of a sentence are promises, and what kind.

A figure becomes a commitment when its clause (or, failing that, its sentence:
in prose, only a verb after the clause) has a verb of promise (新增, 建设, 完成 …)
or a word of target (目标, 力争), and nothing says otherwise: not a question, not
the past (已, 了, 去年, 目前, or only years before the plan's, in the sentence or the
clause), not a year after the plan's, not a forecast (可能, 预计), not a count of
the list itself (50项民生实事) or of the text's own parts (七项措施). ``%`` makes a
level (and so does a rate, 率, reached with 达到 / 提高到, and any figure 由 A 提高到
B, whose baseline is A); 控制在, 降低 … make lower better. In a list (under a
heading, in an enumerated item), a clause without a figure but with a verb of
promise is a milestone: 开工 aims at its start, anything else at its completion.
"""

import re

from commitments.extract._deadlines import due_date
from commitments.extract._figure_promises import (
    held_reason,
    listed_milestone,
    read_figure,
    reason_without_promise,
)
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
from commitments.extract._sentences import clauses, parts

__all__ = ["read_sentence"]

# A year: no digit before it (tested once its first two digits are read, so that the
# search skips to a 1 or a 2).
_YEAR = re.compile(r"((?:19|20)(?<![0-9]{3})[0-9]{2})(?=\s*年|\b)")
# A year that says when a clause happens; not one that only qualifies a noun (2020年的小区).
_WHEN_YEAR = re.compile(r"((?:19|20)(?<![0-9]{3})[0-9]{2})(?=\s*年(?!的)|\b(?!\s*年的))")
_MIN_LIST_PART = 5
_TIME_WORD = 6  # the longest clause taken for a word of time alone (截至目前, 下一步)
# Where a clause may hold list parts at all (a cheap test before the scan).
_MAY_LIST = re.compile("、|和|及|并| and |, ")


def read_sentence(
    sentence_start: int,
    text: str,
    search: str,
    figures: list[Figure],
    context: Context,
    lexicon: Lexicon,
    categorize: Categorizer,
) -> list[Candidate | Held]:
    """Return the commitments and the figures to review of one sentence, in order."""
    found: list[Candidate | Held] = []
    if not figures and not context.listed:
        return found  # prose without a figure: nothing to draft, nothing to review
    tense = _tense(search, lexicon)
    dated = "20" in search or "19" in search  # a year starts 19 or 20: else no search
    years = [int(year) for year in _YEAR.findall(search)] if dated and tense is None else []
    later = dated and not context.listed and _after(_WHEN_YEAR.findall(search), context.plan_year)
    # Named tuples made by position (the fields' order): thousands a megabyte.
    sentence = Sentence(
        sentence_start,
        text,
        search,
        tuple(figures),
        tense == "past" or (bool(years) and max(years) < context.plan_year),  # past
        lexicon.question.search(search) is not None,  # question
        lexicon.forecast.search(search) is not None,  # forecast
        bool(lexicon.action.search(search) or lexicon.target.search(search)),  # promising
        tense is not None,  # tensed
        later,
    )
    place = Place(sentence_start, sentence_start + len(text), text)
    used: set[int] = set()
    lead: str | None = None  # the tense of a clause that is only a word of time (目前，)
    listed, next_figure = context.listed, 0  # figures are in order, and so are clauses
    for clause_start, clause_end in clauses(search):
        if clause_end <= context.skip:
            continue
        clause_start = max(clause_start, context.skip)
        while next_figure < len(figures) and figures[next_figure].start < clause_start:
            next_figure += 1
        first_figure = next_figure
        while next_figure < len(figures) and figures[next_figure].start < clause_end:
            next_figure += 1
        if listed or next_figure > first_figure:
            in_clause = figures[first_figure:next_figure]
            span = (clause_start, clause_end)
            _read_clause(
                sentence, place, span, in_clause, context, lexicon, categorize, used, lead, found
            )
        short = clause_end - clause_start <= _TIME_WORD + 2  # room for a comma and a space
        lead = _time_word(search[clause_start:clause_end], lexicon) if short else None
    if len(used) < len(figures):  # figures outside any clause (in a heading lead, say)
        found.extend(
            Held(reason_without_promise(figure), figure.text, place)
            for figure in figures
            if figure.start not in used
        )
    return found


def _tense(text: str, lexicon: Lexicon) -> str | None:
    """``future`` or ``past`` by the words of ``text`` (the future wins a tie), else None."""
    if lexicon.future.search(text):
        return "future"
    if lexicon.past.search(text):
        return "past"
    return None


def _after(years: list[str], plan_year: int) -> bool:
    """Whether there are years, and all come after the plan's."""
    return bool(years) and min(map(int, years)) > plan_year


def _time_word(clause: str, lexicon: Lexicon) -> str | None:
    """The tense of a clause that is only a word of time (目前，/ 今年，): the next one's."""
    body = clause.strip(TRIM)
    if len(body) > _TIME_WORD:  # longer than a word of time: no need to look
        return None
    if lexicon.past.fullmatch(body):
        return "past"
    return "future" if lexicon.future.fullmatch(body) else None


def _read_clause(
    sentence: Sentence,
    place: Place,
    span: tuple[int, int],
    in_clause: list[Figure],
    context: Context,
    lexicon: Lexicon,
    categorize: Categorizer,
    used: set[int],
    lead: str | None,
    found: list[Candidate | Held],
) -> None:
    """Add what one clause promises to ``found``.

    ``in_clause``: its figures; ``lead``: the tense of a word of time before it.
    """
    start, end = span
    clause_search = sentence.search[start:end]
    if _MAY_LIST.search(clause_search) is None:
        pieces = [(start, end)]
        with_figures = pieces if in_clause else []
    else:
        pieces = parts(sentence.search, start, end)
        with_figures = [p for p in pieces if any(p[0] <= f.start < p[1] for f in in_clause)]
    if len(with_figures) >= 2 or (
        context.listed and len(pieces) >= 2 and _is_list(sentence, pieces, with_figures, lexicon)
    ):
        items = pieces
    else:
        items = [(start, end)]
    first_text = sentence.text[items[0][0] : items[0][1]]
    whole = start == 0 and end == len(sentence.search)
    clause_tense = None
    if not whole:  # a clause of a sentence without a word of tense has none either
        clause_tense = (_tense(clause_search, lexicon) if sentence.tensed else None) or lead
    dated = "20" in clause_search or "19" in clause_search  # as in read_sentence
    years = _WHEN_YEAR.findall(clause_search) if dated else []
    if clause_tense is None and not whole and years:  # of earlier years only: 2024年…为91%
        clause_tense = "past" if max(map(int, years)) < context.plan_year else None
    past = clause_tense == "past" or (clause_tense is None and sentence.past)
    later = _after(years, context.plan_year) if years else sentence.later  # 2028年建成
    # A baseline and its target are two figures of the clause: one figure has none.
    baseline = _baseline(sentence, start, end, lexicon) if len(in_clause) >= 2 else None
    clause = Clause(
        start,
        end,
        clause_search,
        bool(  # promising
            in_clause
            and (lexicon.action.search(clause_search) or lexicon.target.search(clause_search))
        ),
    )
    for index, (item_start, item_end) in enumerate(items):
        item_text = first_text if index == 0 else sentence.text[item_start:item_end]
        item_figures = (
            in_clause
            if len(items) == 1
            else [f for f in in_clause if item_start <= f.start < item_end]
        )
        title = inherited = None  # made when a figure or the item itself may be a promise
        for figure in item_figures:
            used.add(figure.start)
            if baseline is not None and figure is baseline[0]:
                continue
            reason = held_reason(
                sentence, figure, clause, lexicon, past=past, later=later, listed=context.listed
            )
            if reason is not None:
                found.append(Held(reason, figure.text, place))
                continue
            if title is None:
                title, inherited = _item_title(item_text, index, first_text, lexicon)
            read = read_figure(
                sentence,
                place,
                figure,
                clause,
                title,
                context,
                lexicon,
                categorize,
                inherited=inherited is not None,
                baseline=baseline[0] if baseline and figure is baseline[1] else None,
            )
            found.append(_with_due(read, clause_search, context.plan_year, lexicon))
        if (
            not item_figures
            and context.listed
            and not (past or later or sentence.question or sentence.forecast)
        ):
            title, _ = _item_title(item_text, index, first_text, lexicon)
            milestone = (
                listed_milestone(sentence, place, item_text, title, context, lexicon, categorize)
                if title
                else None
            )
            if milestone is not None:
                found.append(_with_due(milestone, clause_search, context.plan_year, lexicon))


def _with_due(
    found: Candidate | Held, clause: str, plan_year: int, lexicon: Lexicon
) -> Candidate | Held:
    """A commitment with the date its clause says it is due by, if it says one."""
    if isinstance(found, Candidate) and (due := due_date(clause, plan_year, lexicon)):
        return found._replace(due=due)
    return found


def _item_title(item: str, index: int, first: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """An item's title, and the list's verb it takes when it has none of its own.

    ``first``: the clause's first item (its ``index`` is 0), whose verb is the list's.
    """
    if index == 0:  # the first item's verb is its own (or there is none to inherit)
        return _title(item, None, lexicon), None
    inherited = None if _lead_verb(item, lexicon) else _lead_verb(first, lexicon)
    return _title(item, inherited, lexicon), inherited


def _is_list(
    sentence: Sentence,
    pieces: list[tuple[int, int]],
    with_figures: list[tuple[int, int]],
    lexicon: Lexicon,
) -> bool:
    """Whether the 、-parts of a listed clause are items of their own.

    Without figures, when every part is long enough to say something (老旧小区改造、
    棚户区改造, not 养老、工伤、失业保险); beside one figure, when every other part
    starts with its own verb and says more than it (免费开展…服务、为1万名…; not
    新建、改建…800个, two verbs of one object).
    """
    if not with_figures:
        return all(len(sentence.search[a:b].strip()) >= _MIN_LIST_PART for a, b in pieces) and all(
            lexicon.action.search(sentence.search, a, b) for a, b in pieces[1:]
        )
    for a, b in pieces:
        if (a, b) not in with_figures:
            text = sentence.text[a:b]
            verb = _lead_verb(text, lexicon)
            if verb is None or len(lexicon.filler.sub("", text.strip(TRIM))) <= len(verb):
                return False
    return True


def _lead_verb(text: str, lexicon: Lexicon) -> str | None:
    """The verb of promise that starts ``text`` (after filler words), if any."""
    body = lexicon.filler.sub("", text.strip(TRIM))
    found = lexicon.action.match(body)
    return found.group() if found else None


def _title(item: str, inherited: str | None, lexicon: Lexicon) -> str:
    """The item as a title: filler words off, the list's verb in front when it has none."""
    body = item.strip(TRIM)
    enumerator = ENUMERATOR.match(body)
    if enumerator is not None:
        body = body[enumerator.end() :]
    body = lexicon.filler.sub("", body).strip(TRIM) or body.strip(TRIM)
    if inherited and not body.startswith(inherited):
        joiner = " " if lexicon.language == "en" else ""
        body = f"{inherited}{joiner}{body}"
    return body


def _baseline(
    sentence: Sentence, start: int, end: int, lexicon: Lexicon
) -> tuple[Figure, Figure] | None:
    """The baseline and target figures of 由 A 提高到 B in a clause, if it says so."""
    found = lexicon.baseline.search(sentence.search, start, end)
    if found is None:
        return None
    base = [f for f in sentence.figures if found.start("base") <= f.start < found.end("base")]
    goal = [f for f in sentence.figures if found.end() <= f.start < end]
    if len(base) != 1 or not goal or base[0].quantity is None or goal[0].quantity is None:
        return None
    return base[0], goal[0]
