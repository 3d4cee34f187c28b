"""The words after a Chinese figure that say what it counts: units of the format, and others.

A word maps to the format's unit code (``公里`` → ``km``), to ``person-noun`` for a
word for people (``54.13万群众`` counts persons), or to ``None`` for a unit the
format has no code for (``岁``, ``倍``, ``千伏``): such a figure is held for review,
unless it is a level that :data:`CUSTOM_UNITS` gives a custom code (``x-day``).

Units are also written as Latin symbols right after the number (``500m²``,
``50MW``): :data:`SYMBOLS` maps each to the format's code, or to ``None``. Other
letters after a number make a name or a code (``5G``, ``4A级``), not a figure.

>>> UNIT_WORDS["公里"], UNIT_WORDS["群众"], UNIT_WORDS["岁"]
('km', 'person-noun', None)
>>> UNIT.match("万人以上", 1).group()
'人'
>>> [SYMBOL.match(text) and SYMBOL.match(text).group() for text in ("m²", "MWp", "G网络", "mg")]
['m²', 'MWp', None, None]
"""

import re

from commitments.model.units import LABELS

__all__ = ["CUSTOM_UNITS", "SYMBOL", "SYMBOLS", "UNIT", "UNIT_WORDS"]

# Unit words that are not unit codes of the format.
_OTHER_UNITS = [
    "周岁",
    "岁",
    "倍",
    "年",
    # Spans of time counted with 个: 3个多小时 is a duration, not 3 items.
    "个多月",
    "个半月",
    "个小时",
    "个多小时",
    "个半小时",
    "个钟头",
    "个星期",
    "个多星期",
    "个工作日",
    "个季度",
    "个学期",
    "个月",
    "月",
    "周",
    "天",
    "日",
    "小时",
    "分钟",
    "秒",
    "公斤",
    "千克",
    "克",
    "斤",
    "升",
    "立方米",
    "方",
    "微克/立方米",
    "毫克/立方米",
    "毫克/升",
    "微克",
    "毫克",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "千伏安",
    "千伏",
    "兆伏安",
    "伏",
    "度",
    "层",
    "床",
    "例",
    "宗",
    "份",
    "支",
    "片",
    "块",
    "门",
    "节",
    "组",
    "队",
    "篇",
    "首",
    "届",
    "版",
    "级",
    "万元/人",
    "元/人",
]
# Words for people right after a number: the number counts persons.
_PEOPLE = [
    "群众",
    "居民",
    "人口",
    "学生",
    "儿童",
    "老人",
    "老年人",
    "妇女",
    "农民工",
    "农民",
    "毕业生",
    "职工",
    "患者",
    "残疾人",
    "村民",
    "市民",
    "青少年",
    "劳动力",
    "考生",
    "孕产妇",
    "新生儿",
]
#: Unit words without a code of the format that a level may be set in (浓度控制在32微克/立方米
#: 以内, 开放时间不少于330天), to the custom code such a level is drafted in.
CUSTOM_UNITS = {
    "微克/立方米": "x-microgram-per-m3",
    "毫克/立方米": "x-milligram-per-m3",
    "毫克/升": "x-milligram-per-litre",
    "天": "x-day",
    "小时": "x-hour",
    "分钟": "x-minute",
    "个月": "x-month",
    "年": "x-year",
    "岁": "x-year-of-age",
    "周岁": "x-year-of-age",
    "公斤": "x-kg",
    "千克": "x-kg",
    "立方米": "x-m3",
    "千瓦": "x-kilowatt",
    "兆瓦": "x-megawatt",
    "千瓦时": "x-kilowatt-hour",
    "千伏": "x-kilovolt",
    "千伏安": "x-kilovolt-ampere",
}
#: Every unit word, to its unit code, ``person-noun`` or ``None``.
UNIT_WORDS: dict[str, str | None] = {
    **dict.fromkeys(_OTHER_UNITS),
    **dict.fromkeys(_PEOPLE, "person-noun"),
    **dict(LABELS),
}
#: The longest unit word at a position.
UNIT = re.compile("|".join(map(re.escape, sorted(UNIT_WORDS, key=len, reverse=True))))

#: Unit symbols in Latin letters (case counts: MW is not mW), to the format's unit code
#: or ``None``.
SYMBOLS: dict[str, str | None] = {
    "m": "m", "km": "km", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2", "ha": "ha", "t": "t",
    **dict.fromkeys(["mm", "cm", "m3", "m³", "kg", "L", "h"]),
    **dict.fromkeys(["kW", "MW", "GW", "kWp", "MWp", "kWh", "MWh", "GWh", "kV", "kVA", "MVA"]),
    **dict.fromkeys(["Mbps", "Gbps", "GB", "TB"]),
}  # fmt: skip
#: The longest unit symbol at a position, whole (not the m of mg or the t of tons).
SYMBOL = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(SYMBOLS, key=len, reverse=True))) + ")(?![A-Za-z0-9²³])"
)
