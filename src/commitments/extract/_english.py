"""English announcements: the lexicon, and figures as English writes them.

``30 smart care homes``, ``5,000 households``, ``2,000 km``, ``1.2 million people``,
``95%``, ``about 390,000 households``, ``at least 250 performances``, ``10km``,
``50 MW``. A count noun that is no unit of the format counts items; a unit symbol
without a code (``MW``) makes a figure to review; years (``in 2023``), dates
(``3 March``), codes (``4G``, ``G106``) and ordinals (``1st``) are not figures.
"""

import re
from decimal import Decimal

from attrs import evolve

from commitments.extract._figures import Figure, in_range
from commitments.extract._lexicon import Lexicon, words
from commitments.extract._unit_words import SYMBOL, SYMBOLS
from commitments.model.quantities import QuantityParseError, parse_quantity

__all__ = ["ENGLISH", "counted_words", "find_english_figures", "without_ending"]

_I = re.IGNORECASE
_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent",
    "percentage point": "percent", "percentage points": "percent",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2",
    "m2": "m2", "sq m": "m2", "square kilometres": "km2", "square kilometers": "km2",
    "km2": "km2", "hectares": "ha", "hectare": "ha", "ha": "ha", "mu": "mu",
    "metres": "m", "meters": "m", "tonnes": "t", "tons": "t", "tonne": "t", "yuan": "yuan",
    "households": "household", "household": "household", "families": "household",
    "people": "person", "persons": "person", "residents": "person", "workers": "person",
    "jobs": "person", "new jobs": "person", "trainees": "person", "students": "person",
    "children": "person", "patients": "person", "seniors": "person", "graduates": "person",
    "women": "person", "homes": "household",
    "person-times": "person_time", "person-time": "person_time",
}  # fmt: skip
_SCALES = {"thousand": 3, "million": 6, "billion": 9}
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
# A number: not after a Latin letter (A4, COVID19: a code) nor inside a dotted number (the
# 3 of 1.2.3); after a letter of another script it is one (a Chinese line: 养老院30家).
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_])(?<![0-9][.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"
)
# A unit symbol right after a number or after one space (10km, 50 MW).
_SYMBOL = re.compile(rf"\s?({SYMBOL.pattern})")
_SCALE = re.compile(r"\s*(?:thousand|million|billion)\b", _I)
_UNIT = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w-])",
    _I,
)
# A count noun's phrase: up to four words, the first of which may be a code (5G base
# stations).
_NOUN = re.compile(
    r"\s+(?:(?:[A-Za-z]|[0-9]+[A-Za-z])[\w'-]*\s+)?(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*"
    r"|\s+[0-9]+[A-Za-z][\w'-]*",
    _I,
)
# A unit of measure after a number, and "of" after it: what follows is what is measured
# (2,000 km of rural roads). A count noun (households, people) is itself what is counted.
_MEASURES = ("km", "km2", "m", "m2", "ha", "mu", "t", "yuan", "percent")
_MEASURE = re.compile(
    r"\s*(?:"
    + "|".join(
        re.escape(word).replace(r"\ ", r"\s+")
        for word in sorted(_UNITS, key=len, reverse=True)
        if _UNITS[word] in _MEASURES
    )
    + r")(?![\w-])(?:\s+of\b)?",
    _I,
)
_MONTH_WORDS = r"(?:" + "|".join(_MONTHS) + r")"
_MONTH_NAME = rf"{_MONTH_WORDS}\.?"
# The verbs that help another (30 schools will open).
_HELPING = r"will|shall|may|might|can|could|would|should|must|is|are|was|were|be"
# What ends a name without naming: the word that joins a figure to the next one (and
# 3,200 places), a time (in 2025, by March 30), a verb's particle (into service) or a
# verb that helps (schools will), a preposition left before a figure (coverage to).
_WHEN = (
    rf"(?:(?:the\s+end\s+of\s+)?{_MONTH_NAME}(?:\s+[0-9]{{1,2}})?(?:,?\s+(?:19|20)[0-9]{{2}})?"
    rf"|[0-9]{{1,2}}\s+{_MONTH_NAME}(?:\s+(?:19|20)[0-9]{{2}})?|(?:19|20)[0-9]{{2}})"
)
_NOT_NAMING = re.compile(
    r"(?:\s*(?:[,;]|\b(?:and|or|as\s+well\s+as|to|at|by|of|from|for|in|on|with"
    rf"|{_HELPING})\b"
    rf"|\b(?:in|by|before|until|from|on)\s+{_WHEN}\b|\binto\s+(?:service|use|operation)\b"
    r"))+\s*$",
    _I,
)
# Where a count noun's phrase ends: a preposition, a conjunction, or a verb that helps
# (30 schools will open).
_STOP_WORD = re.compile(
    r"\b(?:of|in|for|to|and|or|with|by|at|from|on|across|under|over|this|that|which|per"
    rf"|{_HELPING}|been|has|have|had)\b",
    _I,
)
_RANGE = re.compile(r"\s*(?:-|–|—|to)\s*(?=[0-9])", _I)
_APPROX_BEFORE = re.compile(r"(?:about|around|approximately|nearly|roughly|some|almost)\s+$", _I)
_AT_LEAST_BEFORE = re.compile(r"(?:at\s+least|no\s+(?:less|fewer)\s+than|more\s+than|over)\s+$", _I)
_AT_MOST_BEFORE = re.compile(r"(?:at\s+most|no\s+more\s+than|up\s+to|under|below|within)\s+$", _I)
_MONTH = re.compile(rf"\b{_MONTH_WORDS}\b\.?", _I)
# A month right before a number, but for spaces (March 30; not "March, 30 schools").
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_WORDS}\b\.?[^\S\n]+$", _I)
_TIME = re.compile(r"[:.][0-9]{2}\b|\s*(?:am|pm|a\.m\.|p\.m\.)\b", _I)


def find_english_figures(sentence: str, search: str, start: int = 0) -> list[Figure]:
    """Return the figures of an English sentence from ``start``, in order."""
    figures = []
    position = start
    while (match := _NUMBER.search(search, position)) is not None:
        figure = _figure(sentence, search, match)
        position = max(match.end(), figure.end if figure else 0)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure(sentence: str, search: str, match: re.Match[str]) -> Figure | None:
    start, end = match.span()
    number = match.group()
    symbol = _SYMBOL.match(search, end)
    if symbol is not None and symbol.start(1) == end and symbol.group(1) == "m":
        # 5m: five million as often as five metres; reviewed, never taken for either
        return Figure(
            start=start, end=symbol.end(), kind="bare", text=sentence[start : symbol.end()]
        )
    if (symbol is None and re.match(r"[A-Za-z]", search[end : end + 1])) or re.search(
        r"[A-Za-z]$", search[:start]
    ):
        return None  # 4G, G106, 1st
    before = search[max(0, start - 24) : start]
    if symbol is None and _is_date(number, search, start, end):
        return None
    if len(number.replace(",", "").replace(".", "")) > 30:
        return Figure(start=start, end=end, kind="long", text=number)
    range_ = _RANGE.match(search, end)
    if range_ is not None:
        second = _NUMBER.match(search, range_.end())
        if second is not None:
            finish = second.end()
            unit = _UNIT.match(search, finish)
            finish = unit.end() if unit else finish
            return Figure(start=start, end=finish, kind="range", text=sentence[start:finish])
    scale = _SCALE.match(search, end)
    after = scale.end() if scale else end
    unit = _UNIT.match(search, after)
    code, finish = (
        (_UNITS[re.sub(r"\s+", " ", unit.group().strip().lower())], unit.end())
        if unit
        else (None, after)
    )
    if scale is not None:
        symbol = _SYMBOL.match(search, after)  # 1.2 million kW
    without_code = False  # a unit symbol the format has no code for (50 MW)
    if symbol is not None:  # 50 MW, 10km (case counts: MW is no mw)
        code, finish = SYMBOLS[symbol.group(1)], symbol.end()
        without_code = code is None
    if code is None and not without_code:
        noun = _NOUN.match(search, after)
        if noun is not None:
            text = noun.group()
            stop = _STOP_WORD.search(text)
            text = text[: stop.start()] if stop else text
            if text.strip():
                code, finish = "item", after + len(text.rstrip())
    figure_start = start
    approx = _APPROX_BEFORE.search(before)
    bound = None
    if (found := _AT_LEAST_BEFORE.search(before)) is not None:
        bound, figure_start = "at-least", start - (len(before) - found.start())
    elif (found := _AT_MOST_BEFORE.search(before)) is not None:
        bound, figure_start = "at-most", start - (len(before) - found.start())
    elif approx is not None:
        figure_start = start - (len(before) - approx.start())
    text = sentence[figure_start:finish]
    if without_code:
        return Figure(start=figure_start, end=finish, kind="unit", text=text, bound=bound)
    if code is None:
        return Figure(start=figure_start, end=finish, kind="bare", text=text, bound=bound)
    try:
        quantity = parse_quantity(number, default_unit=code)
    except QuantityParseError:
        return Figure(start=figure_start, end=finish, kind="bare", text=text, bound=bound)
    value = quantity.value
    if scale is not None:
        value = value.scaleb(_SCALES[scale.group().strip().lower()])
        value = (
            value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        )
    if not in_range(value):
        return Figure(start=figure_start, end=finish, kind="long", text=text)
    quantity = evolve(quantity, value=value, approximate=approx is not None)
    points = code == "percent" and "point" in text.lower()
    return Figure(
        start=figure_start, end=finish, kind="quantity", text=text, quantity=quantity, bound=bound,
        points=points,
    )  # fmt: skip


def counted_words(sentence: str, start: int, end: int) -> str:
    """What an English figure at ``start`` counts, up to ``end``.

    The words after its number, its scale and a unit of measure, up to ``end`` (the
    next figure, or the clause's end), without the word that joins them to the next
    figure.

    >>> text = "build 2,000 km of rural roads and 30 bridges"
    >>> counted_words(text, text.index("2,000"), text.index("30"))
    'rural roads'
    >>> counted_words("at least 1.2 million trees", 0, 26)
    'trees'
    """
    number = _NUMBER.search(sentence, start, end)
    if number is None:
        return ""
    position = number.end()
    for word in (_SCALE, _MEASURE):
        if found := word.match(sentence, position, end):
            position = found.end()
    return without_ending(sentence[position:end])


def without_ending(name: str) -> str:
    """A name without the words at its end that name nothing (and, to, in 2025).

    >>> without_ending("trees in 2025"), without_ending("rural tap-water coverage to")
    ('trees', 'rural tap-water coverage')
    """
    return _NOT_NAMING.sub("", name).strip()


def _is_date(number: str, search: str, start: int, end: int) -> bool:
    if _MONTH_BEFORE.search(search, max(0, start - 12), start) or _MONTH.match(search, end + 1):
        return True
    if _TIME.match(search, end):
        return True
    plain = number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100
    return plain and not _UNIT.match(search, end)


_ACTION = [
    "build",
    "builds",
    "building",
    "construct",
    "constructing",
    "create",
    "creating",
    "add",
    "adding",
    "complete",
    "completing",
    "finish",
    "renovate",
    "renovating",
    "retrofit",
    "retrofitting",
    "upgrade",
    "upgrading",
    "install",
    "installing",
    "train",
    "training",
    "provide",
    "providing",
    "offer",
    "offering",
    "open",
    "opening",
    "launch",
    "launching",
    "set_up",
    "establish",
    "establishing",
    "plant",
    "planting",
    "pave",
    "paving",
    "repair",
    "repairing",
    "rebuild",
    "extend",
    "expand",
    "deliver",
    "hold",
    "holding",
    "host",
    "stage",
    "support",
    "supporting",
    "help",
    "recruit",
    "employ",
    "hire",
    "replace",
    "replacing",
    "fit",
    "fitting",
    "equip",
    "raise",
    "raising",
    "increase",
    "increasing",
    "reduce",
    "reducing",
    "cut",
    "lower",
    "reach",
    "achieve",
    "keep",
    "ensure",
    "serve",
    "screen",
    "vaccinate",
    "subsidise",
    "subsidize",
    "introduce",
    "roll_out",
    "fund",
    "run",
    "organise",
    "organize",
    "put_into_service",
    "new",
    "newly",
    "renew",
    "renewing",
    "refurbish",
    "transform",
    "make",
    "making",
    "put",
]

ENGLISH = Lexicon(
    language="en",
    action=words(_ACTION, flags=_I, boundary=True),
    completion=words("complete completed completing finish finished open_to_traffic "
                     "put_into_service put_into_use", flags=_I, boundary=True),
    start=words("start_construction begin_construction break_ground start_building", flags=_I,
                boundary=True),
    target=words("target targets aim aims goal plan plans pledge pledges commit", flags=_I,
                 boundary=True),
    future=words("will shall plans_to aims_to is_to are_to set_to going_to this_year by_the_end_of "
                 "target targets within_the_year", flags=_I, boundary=True),
    past=words("last_year in_the_past so_far already was were had has_been have_been previously "
               "ago completed_in currently at_present", flags=_I, boundary=True),
    # "may" in lower case only: May is a month (In May we will build…).
    forecast=re.compile(
        words("expected might could estimated projected forecast likely", boundary=True).pattern
        + r"|(?<![\w-])(?-i:may)(?![\w-])", _I
    ),
    question=re.compile(r"\?\s*$"),
    level=words("reach raise_to increase_to keep_at keep_below keep_above cut_to reduce_to "
                "lower_to at_least no_less_than", flags=_I, boundary=True),
    decrease=words("reduce cut lower below under no_more_than at_most keep_below cap decrease",
                   flags=_I, boundary=True),
    rate=re.compile(r"\b(?:rate|ratio|share|coverage|proportion|level|index)\b[^,.;]{0,30}$", _I),
    baseline=re.compile(
        r"\bfrom\b(?P<base>.{1,30}?)\bto\b(?P<goal>)", _I
    ),
    list_count=re.compile(
        r"\s*(?:[\w-]+\s+){0,2}?(?:livelihood\s+)?(?:projects|practical\s+(?:things|matters|projects))"
        r"\b(?!\s+(?:for|to)\b)", _I
    ),
    structure=re.compile(r"\s*(?:measures|aspects|points|principles|steps|areas|fields)\b", _I),
    heading_lead=re.compile(r"^\s*(?:(?:on|for|in)\s+(?P<around>[^,.;:]{2,30}?)\s*[,:]"
                            r"|(?P<aspect>[A-Z][^,.;:]{1,30}):|\[(?P<bracket>[^\]]{2,30})\])"),
    filler=re.compile(r"^(?:(?:also|and|further|this\s+year|the\s+city|the\s+province|we|it)\s+"
                      r"|(?:will|shall|plans\s+to|aims\s+to|is\s+to|are\s+to)\s+)+", _I),
    question_paragraph=re.compile(r"\?\s*$"),
    per_unit=re.compile(
        r"\b(?:per|each|every)\s+(?:person|capita|head|household|family|resident|student|"
        r"child|patient|month|meal)\b", _I
    ),
    specification=words(
        "covering covers floor_area total_area total_length kilometres_long km_long designed_for "
        "design_speed total_investment capacity_of can_provide can_hold can_accommodate",
        flags=_I, boundary=True,
    ),
    speaker=re.compile(
        r"^\s*(?:a|answer)\s*:\s*$"
        r"|^[^.;?!:]{0,80}\b(?:director|minister|spokesperson|spokesman|spokeswoman|"
        r"commissioner|mayor|governor|secretary|chairman|chairwoman|official)\b"
        r"[^.;?!:]{0,40}:\s*$", _I
    ),
    counted_before=re.compile(r"(?!)"),  # Chinese only for now
    aim=re.compile(
        r"(?:further\s+)?(?:improve|enhance|strengthen|upgrade|raise|boost)\b[^,.;]{0,60}?"
        r"\b(?:capacity|capacities|capability|capabilities|quality|level|levels|efficiency|"
        r"standards?|awareness|satisfaction)", _I
    ),
)  # fmt: skip
