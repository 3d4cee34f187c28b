"""The Chinese lexicon: the words of 民生实事 lists and the press conferences around them."""

import re

from commitments.extract._lexicon import Lexicon, words

__all__ = ["CHINESE"]

_ACTION = """
新建改扩建 新改建 改扩建 新建 改建 扩建 续建 新开工 开工建设 开工 建设 建成 竣工 完工 完成 改造 提升 提高
新增 增加 增设 增至 实施 开展 推进 推动 提供 培训 支持 扶持 打造 安装 加装 更换 更新 升级 配备 补充 配置
实现 达到 降低 降至 下降 减少 控制 通车 投用 投运 投入使用 启用 开通 覆盖 资助 救助 帮扶 发放 推出 举办
组织 招聘 吸纳 创建 建立 设立 设置 培育 引进 修建 硬化 铺设 种植 植树 造林 治理 整治 清理 规范 检查 筛查
接种 开设 免费 保障 解决 帮助 新开 改善 扩大 启动 强化 送 购置 修缮 维修 疏浚 整修 改厕 补助 补贴 招录 开发 建
""".split()
_COMPLETION = "建成投运 建成 完成 完工 竣工 通车 投用 投运 投入使用 启用 开通 实现".split()
_START = "开工建设 开工 开建 动工 启动建设 启动".split()
_FILLER = """
同时 并且 并 另外 此外 还要 还 要 将 拟 力争 确保 争取 计划 今年 年内 全年 年底前 进一步 继续 持续 全面 着力
他们 我们 我省 我市 我县 我区 本市 本省 所以 因此 其中 重点 积极 加快 切实 大力
""".split()

CHINESE = Lexicon(
    language="zh",
    action=words(_ACTION),
    completion=words(_COMPLETION),
    start=words(_START),
    target=words("目标 任务 力争 确保 争取 计划 拟 年内 年底前 全年"),
    future=re.compile(
        r"将(?!近)|(?<![主重需必只提纲摘首概])要(?![求点素害闻])|拟|力争|确保|争取|今年|年内|全年|年底前|下一步"
    ),
    past=re.compile(
        r"(?<![为除])了(?![解不])|已经|已|曾经|去年|上年|过去|此前|以来|累计|截至|刚|先后"
    ),
    forecast=words("可能 预计 预期 估计 有望 或将"),
    question=re.compile(r"[？?]\s*$|的问题[。：:]?\s*$|^\s*问[：:]"),
    level=words(
        "达到 提高到 提升到 提高至 提升至 增至 增加到 保持在 稳定在 控制在 降低到 降至 降到 下降到 "
        "下降至 减少到 减少至 不低于 不高于 不超过 达"
    ),
    decrease=words("降低 降至 降到 下降 减少 控制在 控制 不高于 不超过 以内 以下 压减 压降"),
    rate=re.compile(r"(?:率|比重|比例|占比|指数|浓度|强度|水平|人均[^，。；]{0,12})$"),
    baseline=re.compile(
        r"(?:由|从)(?P<base>.{1,20}?)(?:提高|提升|增加|增长|上升|降低|下降|减少|压降|降)(?:到|至)(?P<goal>)"
    ),
    list_count=re.compile(
        r"[“”\"]?(?:重点|全省|全市|全县|省级|市级|县级|市政府|省政府)?(?:为民办)?(?:民生)?"
        r"(?:实事|实事项目|民生工程|民生项目)"
    ),
    structure=words(
        "措施 举措 方面 坚持 原则 要求 环节 意见 建议 大类 类 条意见 点 个字 批次 步骤 阶段 领域 主线 "
        "工作主线 工作"
    ),
    heading_lead=re.compile(
        r"^\s*(?:(?:围绕|聚焦)(?P<around>[^，,。：:；;]{2,14}?)[，,：:]"
        r"|在?(?P<aspect>[^，,。：:；;]{2,12}?)(?:方面|领域)[，,：:]"
        r"|[【\[](?P<bracket>[^】\]]{2,14})[】\]])"
    ),
    filler=re.compile(rf"^(?:{'|'.join(sorted(_FILLER, key=len, reverse=True))})+"),
    question_paragraph=re.compile(r"(?:问题|？|\?)[。：:]?[^。？?]{0,30}(?:介绍|表示|说|回答)?[：:]?\s*$"),
)
