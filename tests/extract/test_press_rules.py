"""The rules a long press report needs: answers after a speaker's line, rates, specifications,
years before and after the plan's, and lists introduced by a colon.

Each example is a few sentences in the shape of a press-conference page; the drafts
of whole reports are in ``test_expected.py``.
"""

from decimal import Decimal

from commitments.extract import Draft, extract


def drafted(text: str, year: int = 2025) -> Draft:
    return extract(text, jurisdiction="XX", year=year)


def titles(draft: Draft) -> list[str]:
    return [c.title.get("zh") for c in draft.plan.commitments]


def reasons(draft: Draft) -> dict[str, str]:
    return {item.figure: item.reason for item in draft.review}


def test_a_speakers_line_starts_an_answer_not_a_list_under_a_heading() -> None:
    # The name holds 社会保障, a category word: read as a heading, it made the answer a
    # list, whose clauses without figures became milestones.
    text = (
        "一、就业创业\n新增城镇就业30万人。\n记者：今年的就业目标是怎么考虑的？\n"
        "省人力资源社会保障厅副厅长周敏：\n为完成全年目标，我们将重点抓好落实援企稳岗政策，"
        "开发乡村公益性岗位2.5万个。\n"
    )
    draft = drafted(text)
    assert titles(draft) == ["新增城镇就业30万人", "开发乡村公益性岗位2.5万个"]
    assert [c.category for c in draft.plan.commitments] == ["employment", "employment"]


def test_in_an_answer_a_clause_without_a_verb_takes_only_a_later_one() -> None:
    text = (
        "记者：今年的就业目标是怎么考虑的？\n"
        "答：今年把目标定在30万人以上，一方面，今年需要就业的劳动力约42万人，其中高校毕业生约38.5万人。"
        "对于2020年的1545个小区，约20万户居民的改造任务要实现全面完工。\n"
    )
    draft = drafted(text)
    assert "把目标定在30万人以上" in titles(draft)
    assert reasons(draft)["约42万人"] == "no-promise"
    assert reasons(draft)["约38.5万人"] == "no-promise"
    assert "对于2020年的1545个小区" in titles(draft)  # its verb comes after it


def test_a_clause_of_an_earlier_year_reports_the_past() -> None:
    draft = drafted("围绕教育惠民，2024年全省学前教育毛入园率为91%，今年要提高到92.5%。")
    assert reasons(draft) == {"91%": "past"}
    assert [c.target.value for c in draft.plan.commitments] == [Decimal("92.5")]


def test_a_word_of_time_alone_gives_its_tense_to_the_next_clause() -> None:
    draft = drafted("围绕卫生健康，目前，全省互认的项目有120项，今年要增加到200项。")
    assert reasons(draft)["120项"] == "past"
    assert [c.target.value for c in draft.plan.commitments] == [200]


def test_rates_per_person_or_household_are_held_but_a_standard_raised_is_a_level() -> None:
    text = (
        "围绕困难群体救助，对新考入大学的学生发放一次性入学资助，每人5000元；"
        "实施居家适老化改造，户均补助不低于3000元。"
        "城乡居民基础养老金最低标准由每人每月158元提高到178元。"
    )
    draft = drafted(text)
    assert reasons(draft) == {"5000元": "per-unit", "3000元": "per-unit"}
    (level,) = [c for c in draft.plan.commitments if c.target.value is not None]
    assert (level.metric.kind, level.baseline.value, level.target.value) == (
        "level",
        158,
        178,
    )


def test_from_last_years_amount_stays_a_quantity() -> None:
    draft = drafted("围绕卫生健康，今年筛查人数由去年的28.5万人增加到40万人。")
    (commitment,) = draft.plan.commitments
    assert (commitment.metric.kind, commitment.target.value) == ("quantity", 400000)


def test_the_size_of_a_work_and_a_year_after_the_plans_are_not_promised() -> None:
    text = (
        "记者：儿童医院新院区有什么进展？\n"
        "答：新院区规划总建筑面积约28万平方米，设置床位1500张，2028年建成投用。"
        "省实验中学新校区占地约300亩，可提供学位4500个，将在9月投入使用。\n"
    )
    assert reasons(drafted(text)) == {
        "约28万平方米": "specification",
        "1500张": "later-year",
        "约300亩": "specification",
        "4500个": "specification",
    }


def test_a_span_of_time_counted_with_ge_is_no_count_of_items() -> None:
    draft = drafted("围绕交通出行，通车后行车时间将由3个多小时缩短到1.5小时左右；新建公交站10个。")
    assert reasons(draft)["3个多小时"] == "unit"
    assert titles(draft) == ["新建公交站10个"]


def test_two_verbs_of_one_object_are_one_item() -> None:
    draft = drafted("围绕文体服务，新建、改建全民健身场地设施800个。")
    assert titles(draft) == ["新建、改建全民健身场地设施800个"]


def test_numbered_items_after_a_lead_ending_in_a_colon_stand_under_its_heading() -> None:
    text = (
        "围绕卫生健康，重点办好以下两件事：\n1.为65岁以上老年人提供免费服务，惠及约260万人；\n"
        "2.新院区开工建设。\n为老年人开展助餐服务10万人次。\n"
    )
    draft = drafted(text)
    assert [(c.title.get("zh"), c.category) for c in draft.plan.commitments] == [
        ("惠及约260万人", "health"),  # its own words say elderly care; its heading, health
        ("新院区开工建设", "health"),
        ("为老年人开展助餐服务10万人次", "elderly-care"),  # the items are over
    ]


def test_an_unknown_item_heading_does_not_hide_the_known_heading_over_it() -> None:
    text = (
        "记者：老旧小区改造今年有哪些新的安排？\n"
        "答：\n（一）关于总体情况。今年计划完成改造任务2100个。\n"
    )
    (commitment,) = drafted(text).plan.commitments
    assert commitment.category == "urban-rural-construction"


def test_a_heading_with_the_word_for_answer_in_it_is_no_speakers_line() -> None:
    listed = drafted("三、解答群众关切：\n开通市民服务热线。\n")
    answered = drafted("答：\n开通市民服务热线。\n")
    assert titles(listed) == ["开通市民服务热线"]  # a milestone of the list under its heading
    assert titles(answered) == []  # an answer: prose, in which no milestone is drafted


def test_a_level_per_person_and_a_figure_each_year_are_promises() -> None:
    draft = drafted("围绕住房保障，城镇人均住房面积达到35平方米；每年新增保障性住房1万套。")
    assert [(c.metric.kind, c.target.value) for c in draft.plan.commitments] == [
        ("level", 35),
        ("quantity", 10000),
    ]


def test_a_filler_word_before_a_kind_of_people_or_place_stays_in_the_title() -> None:
    # 重点 before a verb says "above all" and is trimmed; before a noun it names the group.
    text = "围绕卫生健康，重点人群家庭医生签约服务覆盖率达到80%，重点培训养老护理员1万人次。"
    assert titles(drafted(text)) == [
        "重点人群家庭医生签约服务覆盖率达到80%",
        "培训养老护理员1万人次",
    ]


def test_an_items_number_is_not_part_of_what_its_figure_counts() -> None:
    text = "一、社会保障\n4.重点人群家庭医生签约服务覆盖率达到80%；\n（5）改造农村危桥30座。\n"
    names = [c.metric.name.get("zh") for c in drafted(text).plan.commitments]
    assert names == ["重点人群家庭医生签约服务覆盖率", "农村危桥"]


def test_a_speakers_line_with_a_figure_is_read() -> None:
    # A column wrap joined a sentence's end to the speaker's line: its figure is kept.
    draft = drafted("这560个小区将于今年6月底前全部\n省教育厅副厅长郑海涛：\n新建学校10所。")
    assert reasons(draft) == {"560个": "no-promise"}
    assert titles(draft) == ["新建学校10所"]


def test_a_number_alone_heads_a_list_without_naming_a_category() -> None:
    # "1." named a category with an empty name, and the draft did not validate.
    for text in ("1.\n城镇独居老人家庭免费安装独立式", "一、\n安装独立式报警器。"):
        draft = drafted(text)
        assert len(draft.plan.commitments) == 1
        assert all(category.name.get("zh") for category in draft.plan.categories)
    assert [c.id for c in drafted("1.\n城镇独居老人家庭免费安装独立式").plan.categories] == [
        "other"
    ]


def test_a_figure_after_dots_or_a_letter_of_another_script_is_kept() -> None:
    assert reasons(drafted("第一批..50个")) == {"50个": "no-promise"}
    assert reasons(drafted("版本1.2.3")) == {"1.2": "bare"}  # its 3 is not a figure of its own
    english = extract(
        "Add 5 schools.\n1. 新建养老院30家。", jurisdiction="X", year=2025, language="en"
    )
    assert [(item.reason, item.figure) for item in english.review] == [("bare", "30")]


def test_a_range_that_runs_into_a_code_is_reviewed_not_taken_for_a_date() -> None:
    # 3-5.5 was read as a date (its two marks need not have been the same), and with the
    # 5.5 of the code 5.5A no figure, neither number was drafted nor reviewed.
    assert reasons(drafted("建设学校3-5.5A所。")) == {"3-5.5": "range"}
    assert reasons(drafted("新增0-0.0A。")) == {"0-0.0": "range"}
    assert reasons(drafted("2025-03-05开工。")) == {}  # a date is no figure


def test_a_unit_symbol_after_a_number_makes_a_figure_and_a_name_does_not() -> None:
    # Letters after a number were always a name (5G), and 500m² or 50MW was dropped.
    draft = drafted("新增绿地约500m²。新建跑道不少于400m。建设光伏电站50MW。建成5G基站3000个。")
    assert [(c.target.value, c.metric.unit) for c in draft.plan.commitments if c.target] == [
        (Decimal(500), "m2"),
        (Decimal(400), "m"),
        (Decimal(3000), "item"),
    ]
    assert reasons(draft) == {"50MW": "unit"}
    english = extract(
        "We will build 10km of roads, a 50 MW solar plant and 3,000 5G base stations.",
        jurisdiction="X",
        year=2025,
        language="en",
    )
    assert [(c.target.value, c.metric.unit) for c in english.plan.commitments if c.target] == [
        (Decimal(10), "km"),
        (Decimal(3000), "item"),  # 5G base stations: the code starts the count noun
    ]
    assert reasons(english) == {"50 MW": "unit"}


def test_an_aim_without_a_deliverable_is_no_milestone() -> None:
    draft = drafted("一、交通出行\n（8）开工建设机动车维修园和驾培园，提升车辆配套服务能力。")
    assert titles(draft) == ["开工建设机动车维修园和驾培园"]
    assert titles(drafted("一、社会保障\n提高特殊困难儿童保障水平。")) == []
    english = extract(
        "1. Complete the new city library, and upgrade service capacity.",
        jurisdiction="X",
        year=2025,
        language="en",
    )
    assert [c.title.get("en") for c in english.plan.commitments] == [
        "Complete the new city library"
    ]
    # A figure beside an aim is read as ever: the rule is for items without one.
    assert titles(drafted("一、养老\n提升养老机构护理能力，新增护理床位500张。")) == [
        "新增护理床位500张"
    ]


def test_a_list_of_names_under_one_verb_is_one_milestone() -> None:
    assert titles(
        drafted("（3）对火车站站前广场进行改造提升，建设城区立体停车场、公交车站和充电桩。")
    ) == [
        "对火车站站前广场进行改造提升",
        "建设城区立体停车场、公交车站和充电桩",
    ]
    # Each part with its own verb is an item of its own.
    assert titles(drafted("一、城乡建设\n开展老旧小区改造、棚户区改造。")) == [
        "开展老旧小区改造",
        "开展棚户区改造",
    ]


def test_a_count_of_what_was_named_or_counted_before_is_held() -> None:
    text = (
        "今年将在原有项目基础上增加血脂检测和心电图检查两项。"
        "截至2024年底已完成193项，另有3项因规划调整转入今年继续推进。"
    )
    assert reasons(drafted(text)) == {"两项": "named-count", "193项": "past", "3项": "named-count"}
    # A count with what it counts after it is a promise.
    assert titles(drafted("今年将建设血脂检测和心电图检查两项工程。")) == [
        "建设血脂检测和心电图检查两项工程"
    ]


def test_a_level_in_a_unit_without_a_code_is_drafted_in_a_custom_unit() -> None:
    draft = drafted(
        "一、生态环境\n设区市细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内。\n"
        "公共体育场馆全年免费或低收费开放时间不少于330天。\n"
        "今年将为65岁以上老年人提供免费体检，建设15分钟健身圈。"
    )
    assert [
        (c.metric.kind, c.target.value, c.metric.unit, c.metric.direction)
        for c in draft.plan.commitments
    ] == [
        ("level", Decimal(32), "x-microgram-per-m3", "decrease"),
        ("level", Decimal(330), "x-day", None),
    ]
    # A figure that only qualifies, or names a thing, stays held.
    assert reasons(draft) == {"65岁": "unit", "15分钟": "unit"}


def test_an_english_figure_is_named_by_the_words_after_its_number() -> None:
    draft = extract(
        "We will build 2,000 km of rural roads and 30 bridges in 2025, "
        "put 500 accessible new-energy buses into service, raise tap-water coverage to 95% "
        "and make 5,000 homes barrier-free.\nComplete the renovation of 5,000 homes.",
        jurisdiction="X",
        year=2025,
        language="en",
    )
    assert [c.metric.name.get("en") for c in draft.plan.commitments if c.metric.name] == [
        "rural roads",
        "bridges",
        "accessible new-energy buses",
        "tap-water coverage",
        "homes barrier-free",
        "homes",  # one word says too little to make it a repeat of the one above
    ]


def test_an_english_month_dates_only_the_number_next_to_it() -> None:
    draft = extract(
        "By the end of March, 30 schools will open. In May we will build 200 homes. "
        "From June 1, 500 buses will run. We will open 40 clinics by March 30.",
        jurisdiction="X",
        year=2025,
        language="en",
    )
    assert [
        (c.target.value, c.metric.name.get("en") if c.metric.name else None)
        for c in draft.plan.commitments
    ] == [
        (Decimal(30), "schools"),
        (Decimal(200), "homes"),
        (Decimal(500), "buses"),
        (Decimal(40), "clinics"),
    ]
    assert draft.review == ()
    # "may" is a forecast in lower case only.
    assert reasons(extract("Prices may rise by 3%.", jurisdiction="X", year=2025)) == {
        "3%": "forecast"
    }


def test_an_english_count_noun_may_start_with_a_code() -> None:
    draft = extract(
        "We will build 3,000 5G base stations and install 200 4K cameras.",
        jurisdiction="X",
        year=2025,
        language="en",
    )
    assert [(c.target.value, c.metric.name.get("en")) for c in draft.plan.commitments] == [
        (Decimal(3000), "5G base stations"),
        (Decimal(200), "4K cameras"),
    ]
