"""Synthetic plan documents for the benchmarks: realistic, valid, deterministic.

Each plan looks like a Chinese province's yearly list of livelihood projects
(民生实事): quantities such as 230000 new urban jobs or 412.5 km of sewage pipes,
levels such as tap-water coverage raised to 95.0 percent, milestones such as a
railway speed-up; Chinese and English texts, dated baselines, zero to three
observations, sources with quotations, and declared categories and agencies.

Every plan obeys every rule of the format (docs/rules.rst: no error, no warning), so
that each contender does the work of accepting a valid document. The data carries no
``x-`` extension keys: msgspec cannot keep them while refusing other unknown keys.
"""

import datetime
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from commitments.convert._json_text import write_json

__all__ = ["Corpus", "generate_plans", "make_corpus", "with_warnings"]

JSONObject = dict[str, Any]


class Numeric(NamedTuple):
    stem: str
    category: str
    agency: str
    unit: str
    title_zh: str  # {n}: the target as the article writes it
    title_en: str
    name_zh: str
    name_en: str
    low: int  # target range, in units of the last decimal place
    high: int
    scale: int  # decimal places: 0 for 230000, 1 for 412.5 or 95.0
    decrease: bool = False


_QUANTITIES = (
    Numeric("urban-new-jobs", "employment", "hrss", "person", "城镇新增就业{n}人",
            "{n} new urban jobs", "城镇新增就业人数", "new urban jobs", 100000, 300000, 0),
    Numeric("village-ecommerce-stations", "employment", "drc", "item", "建设{n}个村电商服务站",
            "Build {n} village e-commerce service stations", "村电商服务站",
            "village e-commerce service stations", 100, 600, 0),
    Numeric("rural-roads", "transport", "transport", "km", "新建改建农村公路{n}公里",
            "Build or rebuild {n} km of rural roads", "农村公路里程", "rural roads", 10000,
            80000, 1),
    Numeric("old-community-renovation", "housing", "housing", "item", "改造城镇老旧小区{n}个",
            "Renovate {n} old urban residential communities", "城镇老旧小区",
            "old urban residential communities", 300, 1500, 0),
    Numeric("dilapidated-rural-houses", "housing", "housing", "household",
            "完成农村危房改造{n}户", "Rebuild {n} dilapidated rural houses", "农村危房改造户数",
            "households whose dilapidated houses were rebuilt", 2000, 20000, 0),
    Numeric("elderly-care-beds", "social-security", "civil-affairs", "item",
            "新增养老床位{n}张", "Add {n} elderly-care beds", "养老床位", "elderly-care beds",
            1000, 9000, 0),
    Numeric("high-standard-farmland", "agriculture", "agriculture", "mu",
            "建设高标准农田{n}亩", "Build {n} mu of high-standard farmland", "高标准农田面积",
            "high-standard farmland", 1000000, 5000000, 0),
    Numeric("afforestation", "environment", "ecology", "ha", "完成造林绿化{n}公顷",
            "Afforest {n} ha", "造林绿化面积", "area afforested", 100000, 900000, 1),
    Numeric("livelihood-investment", "social-security", "finance", "yuan", "投入资金{n}元",
            "Invest {n} yuan", "民生投入", "livelihood investment", 300000000, 9000000000, 0),
    Numeric("pre-pregnancy-checkups", "health", "health", "person_time",
            "免费孕前优生健康检查{n}人次", "{n} free pre-pregnancy health checks",
            "孕前优生健康检查人次", "pre-pregnancy health checks", 50000, 200000, 0),
    Numeric("sewage-pipes", "environment", "water", "km", "新建改造污水管网{n}公里",
            "Build or renovate {n} km of sewage pipes", "污水管网", "sewage pipes", 1000,
            9000, 1),
    Numeric("soil-erosion-control", "environment", "water", "km2", "治理水土流失面积{n}平方公里",
            "Control soil erosion on {n} km²", "水土流失治理面积", "soil erosion controlled",
            5000, 30000, 1),
    Numeric("village-logistics-points", "employment", "drc", "x-station",
            "建设{n}个乡村物流网点", "Build {n} rural logistics points", "乡村物流网点",
            "rural logistics points", 200, 900, 0),
    Numeric("shanty-housing-households", "housing", "housing", "household",
            "棚户区住户减少到{n}户", "Reduce households in shanty housing to {n}",
            "棚户区住户", "households living in shanty housing", 5000, 20000, 0, True),
)  # fmt: skip

#: stem, category, agency, title in Chinese and English, stages (None: the default stages).
MilestoneTemplate = tuple[str, str, str, str, str, tuple[str, ...] | None]

_LEVELS = (
    Numeric("rural-tap-water-coverage", "public-services", "water", "percent",
            "农村自来水普及率达到{n}%", "Raise rural tap-water coverage to {n}%",
            "农村自来水普及率", "rural tap-water coverage", 850, 990, 1),
    Numeric("urban-garbage-treatment-rate", "environment", "housing", "percent",
            "城市生活垃圾无害化处理率达到{n}%", "Treat {n}% of urban household waste safely",
            "生活垃圾无害化处理率", "share of household waste treated safely", 900, 1000, 1),
    Numeric("health-record-coverage", "health", "health", "percent",
            "居民电子健康档案建档率达到{n}%", "Give {n}% of residents an electronic health record",
            "电子健康档案建档率", "share of residents with a health record", 700, 950, 1),
    Numeric("pm25-annual-mean", "environment", "ecology", "x-ug-per-m3",
            "细颗粒物年均浓度降至{n}微克/立方米", "Lower annual mean PM2.5 to {n} µg/m³",
            "细颗粒物年均浓度", "annual mean PM2.5 concentration", 250, 380, 1, True),
)  # fmt: skip

_MILESTONES: tuple[MilestoneTemplate, ...] = (
    ("changbai-railway-speedup", "transport", "transport", "长白铁路提速改造完成",
     "Speed up the Changchun–Baicheng railway", None),
    ("health-information-platform", "health", "health", "建成全民健康信息平台",
     "Build the provincial health information platform",
     ("designed", "tendered", "under_construction", "completed")),
    ("zero-employment-household-assistance", "employment", "hrss", "开展城镇零就业家庭帮扶",
     "Assist urban zero-employment households", None),
    ("county-hospital-upgrade", "health", "health", "县级医院提标改造",
     "Upgrade county hospitals", ("planned", "under_construction", "accepted", "completed")),
    ("school-heating-retrofit", "education", "education", "完成农村学校供暖改造",
     "Retrofit heating in rural schools", ("surveyed", "retrofitting", "completed")),
)  # fmt: skip

_CATEGORIES = (
    ("employment", "就业创业", "Employment"),
    ("transport", "交通出行", "Transport"),
    ("housing", "住房保障", "Housing"),
    ("social-security", "社会保障", "Social security"),
    ("agriculture", "农业农村", "Agriculture"),
    ("environment", "生态环境", "Environment"),
    ("health", "医疗卫生", "Health"),
    ("education", "教育", "Education"),
    ("public-services", "公共服务", "Public services"),
)
_AGENCIES = (
    ("hrss", "人力资源和社会保障厅", "Department of Human Resources and Social Security"),
    ("drc", "发展和改革委员会", "Development and Reform Commission"),
    ("transport", "交通运输厅", "Department of Transport"),
    ("housing", "住房和城乡建设厅", "Department of Housing and Urban-Rural Development"),
    ("civil-affairs", "民政厅", "Department of Civil Affairs"),
    ("agriculture", "农业农村厅", "Department of Agriculture and Rural Affairs"),
    ("ecology", "生态环境厅", "Department of Ecology and Environment"),
    ("finance", "财政厅", "Department of Finance"),
    ("health", "卫生健康委员会", "Health Commission"),
    ("water", "水利厅", "Department of Water Resources"),
    ("education", "教育厅", "Department of Education"),
)
_JURISDICTIONS = (
    ("吉林省", "Jilin Province", "CN-JL", "jl"),
    ("辽宁省", "Liaoning Province", "CN-LN", "ln"),
    ("黑龙江省", "Heilongjiang Province", "CN-HL", "hl"),
    ("河北省", "Hebei Province", "CN-HE", "he"),
    ("四川省", "Sichuan Province", "CN-SC", "sc"),
    ("浙江省", "Zhejiang Province", "CN-ZJ", "zj"),
)
_FILLERS = (
    "确保按期保质完成，让群众有更多获得感。",
    "纳入年度绩效考核，各地要压实责任、加快推进。",
    "围绕群众急难愁盼问题，集中力量办好一批民生实事。",
    "资金已全部落实，项目将于年内开工建设。",
)
_TAGS = ("qa", "list-split", "rural", "urban", "infrastructure", "poverty-alleviation")
_QUARTER_ENDS = ((3, 31), (6, 30), (9, 30), (12, 31))


def _number(units: int, scale: int) -> int | Decimal:
    """An int for whole numbers written without a fraction, else an exact Decimal (95.0)."""
    return units if scale == 0 else Decimal(units).scaleb(-scale)


def _show(units: int, scale: int) -> str:
    return str(_number(units, scale))


class _Writer:
    """Draws one plan's commitments from a seeded random generator."""

    def __init__(self, rng: random.Random, year: int, province: tuple[str, str, str, str]):
        self.rng = rng
        self.year = year
        self.zh, self.en, _code, self.prefix = province
        self.list_title = {"zh": f"{year}年我省将重点实施50项民生实事"}

    def chance(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent

    def date(self, month: int, day: int, year: int | None = None) -> str:
        return datetime.date(year or self.year, month, day).isoformat()

    def text(self, zh: str, en: str) -> str | dict[str, str]:
        roll = self.rng.randrange(100)
        if roll < 60:
            return {"zh": zh, "en": en}
        if roll < 80:
            return zh
        return en if roll < 90 else {"zh": zh}

    def sources(self, title_zh: str) -> list[JSONObject]:
        quote = f"{self.year}年，{self.zh}将{title_zh}，{self.rng.choice(_FILLERS)}"
        first: JSONObject = {"title": self.list_title, "quote": quote}
        if self.chance(30):
            first["url"] = (
                f"https://www.{self.prefix}.gov.cn/zw/{self.year}/{self.rng.randrange(10**6)}.html"
            )
            first["publisher"] = {
                "zh": f"{self.zh}人民政府",
                "en": f"{self.en} People's Government",
            }
            first["date"] = self.date(3, 3)
        if not self.chance(25):
            return [first]
        return [first, {"title": {"zh": "新闻发布会答记者问"}, "quote": self.rng.choice(_FILLERS)}]

    def observation_dates(self) -> list[str]:
        quarters = sorted(self.rng.sample(range(4), self.rng.randrange(4)))
        return [self.date(*_QUARTER_ENDS[q]) for q in quarters]

    def owners(self, agency: str) -> JSONObject:
        owner = f"{self.prefix}-{agency}"
        result: JSONObject = {"owner": owner}
        if self.chance(35):
            others = [f"{self.prefix}-{a}" for a, _zh, _en in _AGENCIES if a != agency]
            result["co_owners"] = self.rng.sample(others, self.rng.randrange(1, 3))
        return result

    def numeric(self, template: Numeric, kind: str) -> tuple[str, JSONObject]:
        """A quantity or level commitment (no id, sources, tags, notes) and its Chinese title."""
        rng, scale = self.rng, template.scale
        target = rng.randrange(template.low, template.high)
        needs_baseline = kind == "level" or template.decrease
        if needs_baseline or self.chance(40):
            spread = max(1, target // 10)
            gap = rng.randrange(1, spread + 1)
            start = target + gap if template.decrease else max(0, target - gap)
        else:
            start = 0
        metric: JSONObject = {"kind": kind, "unit": template.unit}
        if self.chance(70):
            metric["name"] = self.text(template.name_zh, template.name_en)
        if template.decrease:
            metric["direction"] = "decrease"
        elif self.chance(15):
            metric["direction"] = "increase"
        shown = _show(target, scale)
        title_zh = template.title_zh.format(n=shown)
        result: JSONObject = {
            "title": self.text(title_zh, template.title_en.format(n=shown)),
            "category": template.category,
            **self.owners(template.agency),
            "metric": metric,
        }
        if needs_baseline or start or self.chance(20):
            baseline: JSONObject = {"value": _number(start, scale)}
            if self.chance(70):
                baseline["as_of"] = self.date(12, 31, self.year - 1)
            result["baseline"] = baseline
        result["target"] = {"value": _number(target, scale)}
        if self.chance(30):
            result["target"]["due"] = self.date(*rng.choice(_QUARTER_ENDS[1:]))
        dates = self.observation_dates()
        shares = sorted(rng.randrange(10, 100) for _ in dates)
        reached = bool(dates) and self.chance(40)
        if reached:
            shares[-1] = rng.randrange(100, 111)  # on target, or over-delivered
        progress = [
            {"as_of": day, "value": _number(start + (target - start) * share // 100, scale)}
            for day, share in zip(dates, shares, strict=True)
        ]
        return title_zh, self.finish(result, progress, reached)

    def milestone(self, template: MilestoneTemplate) -> tuple[str, JSONObject]:
        _stem, category, agency, title_zh, title_en, stages = template
        metric: JSONObject = {"kind": "milestone"}
        if stages is not None:
            metric["stages"] = list(stages)
        effective = stages or ("started", "completed")
        target_index = len(effective) - 1
        target: JSONObject = {}
        if self.chance(50):
            target_index = self.rng.randrange(len(effective))
            target["stage"] = effective[target_index]
        if self.chance(30):
            target["due"] = self.date(*self.rng.choice(_QUARTER_ENDS[1:]))
        result: JSONObject = {
            "title": self.text(title_zh, title_en),
            "category": category,
            **self.owners(agency),
            "metric": metric,
            "target": target,
        }
        dates = self.observation_dates()
        stage_indexes = sorted(self.rng.randrange(len(effective)) for _ in dates)
        progress = [
            {"as_of": day, "stage": effective[index]}
            for day, index in zip(dates, stage_indexes, strict=True)
        ]
        reached = bool(stage_indexes) and stage_indexes[-1] >= target_index
        return title_zh, self.finish(result, progress, reached)

    def finish(self, result: JSONObject, progress: list[JSONObject], reached: bool) -> JSONObject:
        """Add a status that agrees with the progress, and the progress itself."""
        if not progress:
            status = self.rng.choice(("planned", "planned", "in_progress", "completed", "missed"))
        elif reached:
            status = self.rng.choice(("completed", "completed", "in_progress"))
        else:
            status = self.rng.choice(("in_progress", "in_progress", "missed", "deferred"))
        result["status"] = status
        if progress:
            if self.chance(30):
                progress[-1]["source"] = {"title": {"zh": f"{self.zh}统计公报"}}
            if self.chance(20):
                progress[-1]["note"] = self.text("进度符合预期", "On schedule")
            result["progress"] = progress
        return result


def _commitment(writer: _Writer, index: int) -> JSONObject:
    rng = writer.rng
    roll = rng.randrange(100)
    if roll < 55:
        template = rng.choice(_QUANTITIES)
        stem, (title_zh, body) = template.stem, writer.numeric(template, "quantity")
    elif roll < 80:
        template = rng.choice(_LEVELS)
        stem, (title_zh, body) = template.stem, writer.numeric(template, "level")
    else:
        milestone = rng.choice(_MILESTONES)
        stem, (title_zh, body) = milestone[0], writer.milestone(milestone)
    result: JSONObject = {"id": f"{stem}-{index + 1}"}
    if writer.chance(10):
        result["previous_id"] = f"{stem}-{writer.year - 1}"
    result.update(body)
    result["sources"] = writer.sources(title_zh)
    if writer.chance(50):
        result["tags"] = rng.sample(_TAGS, rng.randrange(1, 3))
    if writer.chance(20):
        result["notes"] = writer.text("数据来自新闻发布会", "Figures from the press conference.")
    return result


def _plan(rng: random.Random, size: int) -> JSONObject:
    province = rng.choice(_JURISDICTIONS)
    zh, en, code, prefix = province
    year = rng.randrange(2015, 2025)
    writer = _Writer(rng, year, province)
    return {
        "schema_version": "1.0",
        "jurisdiction": {"name": {"zh": zh, "en": en}, "code": code},
        "year": year,
        "title": {"zh": f"{year}年全省民生实事", "en": f"{en}: livelihood projects {year}"},
        "published": writer.date(3, 3),
        "sources": [{"title": writer.list_title, "url": f"https://www.{prefix}.gov.cn/"}],
        "categories": [{"id": i, "name": {"zh": z, "en": e}} for i, z, e in _CATEGORIES],
        "agencies": [
            {"id": f"{prefix}-{i}", "name": {"zh": zh + z, "en": e}} for i, z, e in _AGENCIES
        ],
        "commitments": [_commitment(writer, index) for index in range(size)],
    }  # fmt: skip


def generate_plans(commitments: int, *, per_plan: int = 50, seed: int = 2021) -> list[JSONObject]:
    """Draw plans of ``per_plan`` commitments (the last may hold fewer), ``commitments`` in all."""
    rng = random.Random(seed)
    sizes = [per_plan] * (commitments // per_plan)
    if commitments % per_plan:
        sizes.append(commitments % per_plan)
    return [_plan(rng, size) for size in sizes]


def _contradict(commitment: JSONObject, year: int) -> None:
    """Declare a commitment completed beside a September figure short of its target.

    The most common finding in real data: a year-end "completed" next to the
    latest published figure. It gives one ``status-contradicts-progress`` warning.
    """
    metric, target = commitment["metric"], commitment["target"]
    day = datetime.date(year, 9, 30).isoformat()
    if metric["kind"] == "milestone":
        stages = metric.get("stages", ("started", "completed"))
        goal = target.get("stage", stages[-1])
        observation: JSONObject = {"as_of": day, "stage": stages[0]}
        if stages.index(goal) == 0:
            target["stage"] = stages[-1]
    else:
        # The baseline (0 for a quantity without one) is short of any target.
        baseline = commitment.get("baseline", {}).get("value", 0)
        observation = {"as_of": day, "value": baseline}
    commitment["status"] = "completed"
    commitment["progress"] = [observation]


def with_warnings(plans: list[JSONObject], *, percent: int = 30, seed: int = 13) -> int:
    """Make ``percent`` of each plan's commitments carry ``status-contradicts-progress``.

    The plans are changed in place; returns how many commitments now carry the warning.
    """
    rng = random.Random(seed)
    count = 0
    for plan in plans:
        commitments = plan["commitments"]
        chosen = rng.sample(range(len(commitments)), round(len(commitments) * percent / 100))
        for index in chosen:
            _contradict(commitments[index], plan["year"])
        count += len(chosen)
    return count


class Corpus(NamedTuple):
    """The benchmark's input: each plan as the UTF-8 bytes of an indented ``.json`` document."""

    documents: list[bytes]
    commitments: int


def make_corpus(
    commitments: int,
    *,
    per_plan: int = 50,
    seed: int = 2021,
    warnings: int = 0,
    progress: Callable[[str], None] | None = None,
) -> Corpus:
    """Generate the plans and serialise each once, as a ``.json`` file would hold it.

    ``warnings``: the percentage of commitments given a ``status-contradicts-progress``
    warning (:func:`with_warnings`); 0 keeps every plan free of findings.
    """
    plans = generate_plans(commitments, per_plan=per_plan, seed=seed)
    if warnings:
        with_warnings(plans, percent=warnings)
    if progress is not None:
        progress(f"generated {len(plans)} plans")
    return Corpus([write_json(plan).encode() for plan in plans], commitments)
