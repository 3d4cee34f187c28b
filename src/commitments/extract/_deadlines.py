"""When a promise is due, if its own clause names a month, a quarter or a half of the plan year.

A commitment is due by the end of its plan year unless its clause says sooner: a
month (``6月底前全部完工``, ``9月建成投用``, ``十月前开工``, ``6月30日前``), a quarter
(``二季度开工建设``, ``第三季度前完成``) or the first half (``上半年建成``). The time must
be a deadline — followed by 前 / 以前 / 之前, or straight by a verb that completes or
starts the work — and the clause must name no other year (``明年6月``, ``2026年9月``):
``截至6月底`` or ``9月秋季开学时`` say when, not by when. The date is the last day of
the month, quarter or half (or the day named). Chinese only; an English clause gives
no date.

>>> from commitments.extract._chinese import CHINESE
>>> due_date("这560个小区将于今年6月底前全部完工", 2025, CHINESE)
'2025-06-30'
>>> due_date("省实验中学新校区9月建成投用", 2025, CHINESE)
'2025-09-30'
>>> due_date("计划二季度开工建设", 2025, CHINESE)
'2025-06-30'
>>> print(due_date("将在9月秋季开学时投入使用", 2025, CHINESE))
None
"""

import calendar
import re

from commitments.extract._lexicon import Lexicon

__all__ = ["due_date"]

_MONTHS = {name: index for index, name in enumerate("一二三四五六七八九十", start=1)} | {
    "十一": 11,
    "十二": 12,
}
_TIME = re.compile(
    r"(?<![0-9一二三四五六七八九十])(?:(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
    r"(?:(?P<day>[1-3]?[0-9])[日号]|底|末)?"
    r"|第?(?P<quarter>[1-4一二三四])季度末?"
    r"|(?P<half>上半年)(?:末|底)?)"
    r"(?P<before>以前|之前|前)?"
)
# Another year than the plan's: the time is in that year, or it is not known which.
_OTHER_YEAR = re.compile(r"明年|后年|去年|前年|[0-9]{4}\s*年")
_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


def due_date(clause: str, plan_year: int, lexicon: Lexicon) -> str | None:
    """The date a clause says its promise is due by, as ``YYYY-MM-DD``, or None."""
    if lexicon.language != "zh" or not ("月" in clause or "季度" in clause or "上半年" in clause):
        return None
    if _OTHER_YEAR.search(clause):
        return None
    for time in _TIME.finditer(clause):
        after = clause[time.end() :]
        if time["before"] is None and not (
            lexicon.completion.match(after) or lexicon.start.match(after)
        ):
            continue  # 截至6月底, 9月秋季开学时: when, not by when
        day = None
        if time["month"] is not None:
            month = time["month"]
            last = int(month) if month.isdigit() else _MONTHS[month]
            if time["day"] is not None:  # 6月30日前
                day = int(time["day"])
        elif time["quarter"] is not None:
            last = 3 * _QUARTERS[time["quarter"]]
        else:
            last = 6
        days = calendar.monthrange(plan_year, last)[1]
        if day is None:
            day = days
        elif not 1 <= day <= days:
            return None
        return f"{plan_year:04d}-{last:02d}-{day:02d}"
    return None
