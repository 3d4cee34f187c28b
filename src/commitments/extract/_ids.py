"""Ids for drafted commitments: a few English words for what it is, and a hash of its title.

An id is stable across runs (the same title gives the same id) and says in
English roughly what the commitment is about, without any romanisation:
``roads-3f9a2c``, ``jobs-0b1d4e``, ``elderly-care-homes-77ac10``. The words come
from a table of the nouns such lists use, else from the category; the hash tells
apart commitments with the same words. A title drafted twice gets ``-2``, ``-3``.

>>> make_id("新改建农村公路2000公里", "transport")
'rural-roads-99c8d2'
"""

import hashlib
import re

from commitments.extract._lexicon import words

__all__ = ["make_id", "unique_ids"]

# Chinese noun, English words (longest noun first when both match).
_NOUNS = {
    "农村公路": "rural-roads", "公路": "roads", "道路": "roads", "铁路": "railway", "桥": "bridges",
    "公交": "buses", "客运": "coach-lines", "停车": "parking", "充电": "charging",
    "就业": "jobs", "创业": "entrepreneurship", "培训": "training", "电商": "e-commerce",
    "物流": "logistics", "养老院": "care-homes", "敬老院": "care-homes", "养老": "elderly-care",
    "床位": "beds", "适老化": "age-friendly-homes", "无障碍": "accessibility", "残疾": "disability",
    "幼儿园": "kindergartens", "托育": "childcare", "托班": "childcare", "学校": "schools",
    "学位": "school-places", "医院": "hospitals", "卫生院": "clinics", "两癌": "cancer-screening",
    "健康档案": "health-records", "核酸": "testing", "母婴": "nursing-rooms", "急救": "first-aid",
    "老旧小区": "old-communities", "棚户区": "shanty-towns", "厕所": "toilets", "公厕": "toilets",
    "自来水": "tap-water", "供水": "water-supply", "污水": "sewage", "燃气": "gas", "天然气": "gas",
    "报警器": "alarms", "消防": "fire-safety", "监控": "surveillance", "食品": "food-safety",
    "网络": "networks", "健身": "fitness", "体育": "sports", "演出": "performances",
    "阅读": "reading", "旅游": "tourism", "菜场": "markets", "市场": "markets", "绿化": "greening",
    "造林": "afforestation", "垃圾": "waste", "空气": "air-quality", "噪声": "noise",
    "低保": "minimum-allowance", "救助": "assistance", "住房": "housing",
    "安置房": "resettlement-housing",
    "危房": "dilapidated-housing", "农田": "farmland", "课堂": "classes", "试点": "pilots",
}  # fmt: skip
_NOUN = words(_NOUNS)
_LATIN_WORD = re.compile(r"[a-z][a-z0-9]*")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "and",
        "or",
        "with",
        "new",
        "build",
        "add",
        "more",
    ]
)
_MAX_WORDS_LENGTH = 40


def make_id(title: str, category: str) -> str:
    """Return the id of a commitment with this title in this category."""
    digest = hashlib.blake2b(title.encode("utf-8"), digest_size=3).hexdigest()
    return f"{_words(title) or category}-{digest}"


def _words(title: str) -> str:
    nouns = _NOUN.findall(title)
    if nouns:
        return _NOUNS[max(nouns, key=len)]
    latin = [w for w in _LATIN_WORD.findall(title.lower()) if w not in _STOP][:3]
    return "-".join(latin)[:_MAX_WORDS_LENGTH].strip("-")


def unique_ids(ids: list[str]) -> list[str]:
    """Return ``ids`` with a repeated one made unique: ``-2``, ``-3`` … in order."""
    if len(set(ids)) == len(ids):
        return ids
    seen: dict[str, int] = {}
    result = []
    for id_ in ids:
        count = seen.get(id_, 0) + 1
        seen[id_] = count
        candidate = id_ if count == 1 else f"{id_}-{count}"
        while candidate in seen and count > 1:
            count += 1
            candidate = f"{id_}-{count}"
        seen.setdefault(candidate, 1)
        result.append(candidate)
    return result
