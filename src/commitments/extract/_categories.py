"""Categories from words: a heading (围绕就业创业) or the clause itself (新改建农村公路).

One table, in this order, of the categories a list of livelihood projects uses:
an id, a name in Chinese and in English, and the words that point to it. The
longest word found wins (农村公路 is transport though 农村 is rural); on a tie, the
earlier category in the table.

>>> categorize("围绕交通出行", "zh")
('transport', 2)
>>> categorize("Build 30 smart care homes for older people", "en")
('elderly-care', 2)
"""

import functools
import hashlib
import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from attrs import frozen

from commitments.extract._found import CategoryChoice
from commitments.extract._lexicon import words

__all__ = [
    "CATEGORIES",
    "OTHER",
    "Category",
    "categorize",
    "choose_category",
    "heading_category",
]


@frozen
class Category:
    """A category of the table: its id and its names."""

    id: str
    zh: str
    en: str


# id, 中文名, English name, Chinese words, English words ("_" is a space).
_TABLE = (
    ("employment", "就业创业", "Employment and entrepreneurship",
     "就业 创业 职业技能 技能培训 培训 雨露计划 技能人才 招聘 岗位 劳动力 失业 "
     "农民工 高校毕业生 电商 物流网点",
     "job jobs employment unemployment vocational skills_training entrepreneurship recruitment"),
    ("elderly-care", "养老服务", "Elderly care",
     "养老 敬老院 养老院 老年人 老年 适老化 高龄 助餐 幸福院 养护床位 护理床位 养老护理员",
     "elderly older_people older_residents seniors care_home care_homes nursing aged_care"),
    ("social-security", "社会保障", "Social security",
     "社会保障 社保 养老保险 医疗保险 医保 工伤 失业保险 低保 特困 社会福利 最低生活保障",
     "social_security pension pensions insurance welfare minimum_living_allowance"),
    ("assistance", "困难群体救助", "Assistance for disadvantaged groups",
     "助残 救助 帮扶 残疾 残疾人 困难群众 困难家庭 困难群体 防止返贫 孤儿 无障碍 困境儿童 未成年人",
     "disabled disability disabilities accessibility barrier-free assistance orphans poverty"),
    ("education", "教育", "Education",
     "教育 学校 幼儿园 学位 中小学 高中 教师 学生 课后服务 托育 托班 托额 校园 实验室 视力",
     "school schools education kindergarten kindergartens childcare nursery students teachers"),
    ("health", "卫生健康", "Health",
     "医疗 医院 卫生 健康 疾病 患者 诊疗 两癌 疫苗 接种 核酸 母婴 急救 医共体 "
     "门诊 就医 卫生院 健康档案 体检 健康体检 筛查 家庭医生 急救",
     "health hospital hospitals clinic clinics medical screening vaccination patients"),
    ("environment", "生态环境", "Environment",
     "环境 环保 空气 噪声 污水 水源 垃圾 绿化 造林 生态 河道 排放 环卫 水系 治理 黑臭水体",
     "environment environmental air_quality pollution waste sewage green parks trees emissions"),
    ("transport", "交通出行", "Transport",
     "交通 公路 道路 铁路 公交 客运 地铁 轨道交通 停车 桥梁 危桥 通车 出行 "
     "站前广场 巷道 农村公路 公交车",
     "transport road roads railway bus buses metro parking bridges traffic"),
    ("culture-sports", "文体服务", "Culture and sports",
     "文体 文化 体育 健身 演出 阅读 图书 旅游 艺术 博物馆 运动场 文艺 美育 全民健身",
     "culture cultural sports sport fitness library libraries museum art arts performances"),
    ("urban-rural-construction", "城乡建设", "Urban and rural construction",
     "老旧小区 棚户区 城市更新 供水 自来水 供暖 供热 燃气 天然气 管网 厕所 公厕 "
     "网络覆盖 移动通信 通信 宽带 4G 5G 人居环境 城乡建设 城市建设 城市管理 小区 "
     "卫生厕所 户用卫生厕所 电网 变电站",
     "residential_compounds old_residential neighbourhoods gas tap_water water_supply heating "
     "toilets mobile_network broadband urban_renewal"),
    ("housing", "住房保障", "Housing",
     "住房 保障房 公租房 安置房 租赁住房 危房 保障性住房 人才公寓",
     "housing homes affordable_housing rental_housing"),
    ("public-safety", "公共安全", "Public safety",
     "安全 消防 食品 监控 视频监控 应急 报警器 治安 放心消费 检验检测 政务服务 燃气报警器",
     "safety fire food_safety surveillance emergency alarms alarm"),
    ("rural", "乡村振兴", "Rural revitalisation",
     "乡村振兴 农业 农民 农产品 种植 高标准农田 村集体 乡村",
     "rural village villages farmers farming agriculture"),
)  # fmt: skip

#: Every category of the table, by id.
CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {row[0]: Category(row[0], row[1], row[2]) for row in _TABLE}
)
#: The category of what no word places.
OTHER = Category("other", "其他", "Other")

# How sure each way of choosing is.
_HEADING, _WORDS_SEVERAL, _WORDS_ONE = Decimal("0.9"), Decimal("0.7"), Decimal("0.6")
_HEADING_UNKNOWN, _SENTENCE, _DEFAULT = Decimal("0.5"), Decimal("0.4"), Decimal("0.1")
_ORDER = {row[0]: index for index, row in enumerate(_TABLE)}
_WORDS = {
    "zh": {word: row[0] for row in reversed(_TABLE) for word in row[3].split()},
    "en": {word.replace("_", " "): row[0] for row in reversed(_TABLE) for word in row[4].split()},
}
_PATTERNS = {
    "zh": words(_WORDS["zh"]),
    "en": words(_WORDS["en"], flags=re.IGNORECASE, boundary=True),
}


@functools.lru_cache(maxsize=4096)
def categorize(text: str, language: str) -> tuple[str | None, int]:
    """Return the category the words of ``text`` point to, and how many of its words it has.

    ``(None, 0)`` when no word of the table occurs.
    """
    table = _WORDS[language]
    found: list[str] = _PATTERNS[language].findall(text)
    if not found:
        return None, 0
    if language == "en":
        found = [" ".join(word.split()).lower() for word in found]
    if len(found) == 1:  # most titles: one word of the table
        return table[found[0]], 1
    longest = max(map(len, found))
    best = min((table[word] for word in found if len(word) == longest), key=_ORDER.__getitem__)
    return best, [table[word] for word in found].count(best)


def _names(category: Category) -> dict[str, str]:
    return {"zh": category.zh, "en": category.en}


@functools.lru_cache(maxsize=1024)
def heading_category(heading: str, language: str) -> CategoryChoice:
    """The category a heading gives: from the table, else one named by the heading itself.

    A heading the table does not know keeps the publisher's grouping under an id
    made from the heading (``h-`` and six hex digits of its hash, stable across runs).
    """
    found, _ = categorize(heading, language)
    if found is not None:
        return _choice(found, "heading", _HEADING)
    digest = hashlib.blake2b(heading.encode("utf-8"), digest_size=3).hexdigest()
    return CategoryChoice(
        id=f"h-{digest}", names={language: heading}, source="heading", confidence=_HEADING_UNKNOWN
    )


def choose_category(
    title: str, sentence: str, heading: CategoryChoice | None, language: str
) -> CategoryChoice:
    """Choose an item's category.

    In order: a heading the table knows, the item's own words, any other heading
    (an unknown one, or the question a press-conference answer is about), the
    words of its sentence; else ``other``.
    """
    if heading is not None and heading.source == "heading" and heading.id in CATEGORIES:
        return heading
    found, count = categorize(title, language)
    if found is not None:
        return _choice(found, "words", _WORDS_SEVERAL if count > 1 else _WORDS_ONE)
    if heading is not None:
        return heading
    found, _ = categorize(sentence, language)
    if found is not None:
        return _choice(found, "sentence", _SENTENCE)
    return _choice(OTHER.id, "default", _DEFAULT)


@functools.lru_cache(maxsize=256)
def _choice(id_: str, source: str, confidence: Decimal) -> CategoryChoice:
    """A choice of a table's category: one object for each (a draft makes thousands)."""
    category = CATEGORIES.get(id_, OTHER)
    return CategoryChoice(id=id_, names=_names(category), source=source, confidence=confidence)
