"""Writes the red-team text pages tests/fixtures/pages/text_*.{txt,json}: noise in wordings the rule packs were not written from.

Run `python tools/make_text_redteam_pages.py` from the repository root and review the diff. Each page is text as
saved from a template-essay site (like the seeds): the article of tools/text_redteam_articles.py wrapped in site
chrome, paywalls, meta lines, watermarks, SEO filler, Word page footers and article markers worded differently
from the seeds and from the packs' own examples. The "observed" part of each JSON is kept as it was
(tools/regen_goldens.py rewrites it).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture_articles  # noqa: E402
import text_redteam_articles as articles  # noqa: E402
from fixture_articles import Article  # noqa: E402
from make_fixture_pages import write_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
TO_TRADITIONAL = OpenCC("s2t")
TO_SIMPLIFIED = OpenCC("t2s")


@dataclass
class TextCase:
    name: str
    text: str
    truth: list[Article]
    expected: dict = field(default_factory=dict)


def paragraphs(article: Article, count: int | None = None, *, blank: bool = True, indent: str = "") -> str:
    """The article's first `count` paragraphs as a saved page shows them."""
    chosen = article.paragraphs[:count] if count else article.paragraphs
    return ("\n\n" if blank else "\n").join(indent + p for p in chosen)


def shown(article: Article, count: int) -> Article:
    """The part of `article` a paywalled page shows: its first `count` paragraphs."""
    return Article(article.title, article.paragraphs[:count])


def split_at(paragraph: str, marker: str) -> tuple[str, str]:
    """`paragraph` cut just after `marker`, for noise injected in the middle of a sentence."""
    at = paragraph.index(marker) + len(marker)
    return paragraph[:at], paragraph[at:]


def paywall_trial_end() -> TextCase:
    a = articles.FEVER_CLINIC_SUMMARY
    text = f"""范文大全网 - 免费范文下载
首页 > 工作总结 > 年度工作总结

{a.title}

发布者：admin　日期：21-03-05　阅读：1352

{paragraphs(a, 5)}

……试读结束，完整版请扫码

微信扫码，回复"发热门诊"获取完整版

上一篇：急诊科2021年工作总结
下一篇：检验科年度工作总结
"""
    return TextCase("text_paywall_trial_end", text, [shown(a, 5)], {
        "title": a.title, "published": "2021-03-05", "truncated": True,
        "without": ["试读结束", "完整版请扫码", "获取完整版", "发布者", "admin", "阅读：1352"],
    })


def paywall_share_percent() -> TextCase:
    a = articles.NURSING_DEBRIEF
    text = f"""{a.title}
VIP专享
作者：佚名  来源：本站原创  更新：2021年3月5日

{paragraphs(a, 3)}
(本文未完，剩余 62% 的内容需要付费阅读)
开通VIP 立即解锁全文
相关范文推荐
护士长年度述职报告范文
"""
    return TextCase("text_paywall_share_percent", text, [shown(a, 3)], {
        "title": a.title, "published": "2021-03-05", "truncated": True,
        "without": ["VIP专享", "本站原创", "本文未完", "62%", "解锁全文", "相关范文推荐", "护士长年度述职报告范文"],
    })


def paywall_middle_without_count() -> TextCase:
    a = fixture_articles.CLINIC_SUMMARY
    before, after = a.paragraphs[:4], a.paragraphs[7:]
    text = "\n".join(
        [a.title, "发布时间:2020-07-15  点击量:2083", "", *before,
         "……（中间部分内容已隐藏，登录后查看完整内容）……", *after, "", "如需下载完整版，请登录后操作。"]
    )
    truth = Article(a.title, before + after)
    return TextCase("text_paywall_middle_without_count", text, [truth], {
        "title": a.title, "published": "2020-07-15", "truncated": True,
        "with": [after[0], after[-1]],
        "without": ["中间部分内容已隐藏", "登录后查看完整内容", "如需下载完整版", "点击量"],
    })


def read_more_folds() -> TextCase:
    a = articles.PARTY_BRANCH_PLAN
    first, second = split_at(a.paragraphs[6], "志愿服务活动,")
    text = f"""【下载完整版】
{a.title}
2020/11/3 浏览次数:88

{paragraphs(Article(a.title, a.paragraphs[:6]))}

{first}
点击查看全文>>
{second}

{paragraphs(Article(a.title, a.paragraphs[7:]))}

【下载完整版】
猜你感兴趣：
2022年党支部工作计划
"""
    return TextCase("text_read_more_folds", text, [a], {
        "title": a.title, "published": "2020-11-03",
        "with": [a.paragraphs[6]],
        "without": ["下载完整版", "浏览次数", "点击查看全文", "猜你感兴趣"],
    })


def remaining_pages() -> TextCase:
    a = fixture_articles.VILLAGE_PLAN
    text = f"""{a.title}
文档格式：.doc　页数：5页　上传日期：2019-08-20　文档大小：32KB

{paragraphs(a, 4)}
还剩 3 页未读，点击继续阅读 ↓
{paragraphs(Article(a.title, a.paragraphs[4:7]))}
展开剩余85%
{paragraphs(Article(a.title, a.paragraphs[7:]))}

免费下载本文档（共5页）
本文档由用户上传分享，如有侵权请联系删除。
"""
    return TextCase("text_remaining_pages", text, [a], {
        "title": a.title, "published": "2019-08-20",
        "without": ["还剩", "继续阅读", "展开剩余", "文档格式", "免费下载本文档", "由用户上传"],
    })


def meta_variants() -> TextCase:
    a = articles.VACCINATION_SELF_CHECK
    text = f"""{a.title}

录入：管理员　审核：张明　发布单位：县疾控中心　发布日期：2022年4月11日　访问量：356

【字号 大 中 小】 【我要打印】 【关闭】

{paragraphs(a, indent="　　")}

信息来源：县疾控中心办公室
文章作者：疾控中心　　阅读数：356
"""
    return TextCase("text_meta_variants", text, [a], {
        "title": a.title, "published": "2022-04-11",
        "without": ["录入", "审核：张明", "访问量", "字号", "我要打印", "信息来源", "文章作者", "阅读数"],
    })


def watermarks_injected() -> TextCase:
    a = articles.GRAIN_SECURITY_SUMMARY
    p = list(a.paragraphs)
    one, two = split_at(p[1], "4.6万亩,")
    p[1] = f"{one}【范文网 www.fw123.com】{two}"
    one, two = split_at(p[2], "深入田间地头")
    p[2] = f"{one}（来源：公文网）{two}"
    one, two = split_at(p[3], "保护补贴536万元,")
    p[3] = f"{one}本文来自第一公文网,{two}"
    one, two = split_at(p[4], "高标准农田建设,")
    p[4] = f"{one}〖文秘资料库 wmzlk.net〗{two}"
    body = "\n\n".join(p)
    text = f"""{a.title}

{body}

本文来自公文素材网，转载请保留出处。
"""
    return TextCase("text_watermarks_injected", text, [a], {
        "title": a.title,
        "without": ["范文网", "www.fw123.com", "来源：公文网", "本文来自", "第一公文网", "文秘资料库", "wmzlk", "转载请保留"],
    })


def seo_filler() -> TextCase:
    a = articles.SAFETY_PRODUCTION_PLAN
    text = f"""{a.title}
以下是小编整理的2021年安全生产工作计划，仅供参考，希望对大家有所帮助。

{paragraphs(a)}

感谢阅读，欢迎收藏本站！

工作计划的写法
工作计划是行政机关、社会团体和企事业单位对一定时期的工作预先作出安排和打算时使用的文书。
一、标题。计划的标题一般由单位名称、时限、内容和文种四部分组成。
二、正文。正文一般包括前言、主体和结尾三部分,要写明做什么、怎么做、什么时候完成。
"""
    return TextCase("text_seo_filler", text, [a], {
        "title": a.title,
        "without": ["小编整理", "希望对大家有所帮助", "感谢阅读", "欢迎收藏", "工作计划的写法", "单位名称、时限、内容和文种"],
    })


def word_page_footers() -> TextCase:
    a = articles.ENV_INSPECTION_REPORT
    p = list(a.paragraphs)
    blocks = [p[0], "- 1 -", p[1]]
    one, two = split_at(p[2], "分类投放点426个,")
    blocks += [one, "第2页/共8页", two, p[3]]
    one, two = split_at(p[4], "混投现象仍较普遍;")
    blocks += [one, "Page 3 of 8", two]
    blocks += [p[5], "第 4 页，共 8 页"]
    one, two = split_at(p[6], "纳入中小学教育内容;")
    blocks += [one, "— 5 —", two]
    text = "\n".join([a.title, *blocks, "共8页 第6页"]) + "\n"
    return TextCase("text_word_page_footers", text, [a], {
        "title": a.title,
        "with": [p[2], p[4], p[6]],
        "without": ["- 1 -", "第2页/共8页", "Page 3 of 8", "第 4 页", "— 5 —", "共8页"],
    })


def multi_pian() -> TextCase:
    parts = articles.PIAN_PARTS
    text = f"""党支部书记抓党建工作述职报告(精选3篇)

党支部书记抓党建工作述职报告(精选3篇)

【篇一】{parts[0].title}

{paragraphs(parts[0])}

【篇二】{parts[1].title}

{paragraphs(parts[1])}

篇三：{parts[2].title}

{paragraphs(parts[2])}

相关推荐：
2022年党支部书记述职报告
"""
    return TextCase("text_multi_pian", text, list(parts), {
        "title": [p.title for p in parts], "parts": 3,
        "without": ["【篇一】", "【篇二】", "篇三", "精选3篇", "相关推荐"],
    })


def multi_fanwen() -> TextCase:
    parts = articles.FANWEN_PARTS
    text = f"""护士个人年终总结范文(通用3篇)
以下是小编为大家收集的护士个人年终总结范文(通用3篇)，仅供参考，欢迎大家阅读。

范文一

{parts[0].title}

{paragraphs(parts[0])}

范文二：{parts[1].title}

{paragraphs(parts[1])}

范文三
{parts[2].title}
{paragraphs(parts[2], blank=False)}

相关范文推荐
护士个人工作计划
护士长年终述职报告
"""
    return TextCase("text_multi_fanwen", text, list(parts), {
        "title": [p.title for p in parts], "parts": 3,
        "without": ["范文一", "范文二", "范文三", "小编为大家收集", "相关范文推荐", "护士长年终述职报告"],
    })


# pinyin a careless copy from an annotated reader leaves, here in full-width brackets: 衛（wèi）
_PINYIN = {"衛": "wèi", "發": "fā", "結": "jié", "現": "xiàn", "織": "zhī", "專": "zhuān", "題": "tí", "態": "tài"}


def traditional(text: str) -> str:
    converted = TO_TRADITIONAL.convert(text)
    if TO_SIMPLIFIED.convert(converted) != text:
        raise SystemExit(f"does not convert back to the same simplified text, reword it: {text}")
    return converted


def traditional_fullwidth_pinyin() -> TextCase:
    a = articles.TOWNSHIP_RECTIFICATION

    def annotate(text: str) -> str:
        return re.sub("|".join(_PINYIN), lambda m: f"{m.group(0)}（{_PINYIN[m.group(0)]}）", traditional(text))

    body = "\n\n".join(annotate(p) for p in a.paragraphs)
    text = f"""{annotate(a.title)}

發佈時間：2021-09-10　來源：本站整理

導讀：{annotate(a.title)}由網友投稿，僅供參考，不代表本網觀點。

{body}

本文標籤：整改報告 作風紀律
"""
    return TextCase("text_traditional_fullwidth_pinyin", text, [a], {
        "title": a.title, "published": "2021-09-10", "converted_from_traditional": True,
        "without": ["wèi", "（fā）", "发布时间", "本站整理", "导读", "本文标签"], "without_traditional": True,
    })


def fullwidth_punctuation() -> TextCase:
    a = articles.TEACHER_TRAINING_REFLECTION
    p = list(a.paragraphs)
    one, two = split_at(p[2], "合作学习。")
    p[2] = f"{one}【来源：教师范文网】{two}"
    body = "\n".join("　　" + x for x in p)
    text = f"""教师范文网｜心得体会｜教学反思
{a.title}
发布时间：２０２１年０８月２０日　｜　作者：网友投稿　｜　阅读：１２０５
{body}
（责任编辑：小文）
——本文完——
"""
    return TextCase("text_fullwidth_punctuation", text, [a], {
        "title": a.title, "published": "2021-08-20",
        "without": ["教师范文网", "发布时间", "网友投稿", "责任编辑", "本文完"],
    })


def legit_words_info_center() -> TextCase:
    a = articles.INFO_CENTER_SUMMARY
    text = f"""{a.title}
时间：2021-01-15　来源：信息中心

{paragraphs(a)}
"""
    return TextCase("text_legit_words_info_center", text, [a], {
        "title": a.title, "published": "2021-01-15",
        "without": ["来源：信息中心"],
    })


def legit_words_library() -> TextCase:
    a = articles.LIBRARY_READING_SUMMARY
    text = f"""登录 | 注册 | 会员中心
{a.title}

{paragraphs(a)}

（作者：县图书馆办公室）
"""
    return TextCase("text_legit_words_library", text, [a], {
        "title": a.title,
        "without": ["会员中心", "作者：县图书馆办公室"],
    })


def speech_chrome() -> TextCase:
    a = articles.FOOD_SAFETY_SPEECH
    text = f"""{a.title}
【导读】本文是一篇领导讲话稿，内容涉及食品安全工作，欢迎阅读参考。

{paragraphs(a)}

感谢您的阅读，如果觉得有用请收藏本站。
本文标签：讲话稿 食品安全
"""
    return TextCase("text_speech_chrome", text, [a], {
        "title": a.title,
        "with": ["同志们:", "谢谢大家!"],
        "without": ["导读", "领导讲话稿", "感谢您的阅读", "收藏本站", "本文标签"],
    })


# Cases the pipeline does not pass yet, with what is missing (gaps in packs this script's owner does not own).
KNOWN_FAILURES: dict[str, str] = {
    "text_meta_variants": "navigation.toml's page_tools misses '【字号 大 中 小】 【我要打印】 【关闭】' (no colon after "
    "字号, and 我要打印 is not among its button words)",
}

CASES: tuple[Callable[[], TextCase], ...] = (
    paywall_trial_end, paywall_share_percent, paywall_middle_without_count, read_more_folds, remaining_pages,
    meta_variants, watermarks_injected, seo_filler, word_page_footers, multi_pian, multi_fanwen,
    traditional_fullwidth_pinyin, fullwidth_punctuation, legit_words_info_center, legit_words_library, speech_chrome,
)  # fmt: skip


def write_case(case: TextCase) -> Path:
    page = PAGES / f"{case.name}.txt"
    page.write_text(case.text, encoding="utf-8")
    expected = {
        "input": page.name, "encoding": "utf-8", "truncated": False, "converted_from_traditional": False,
        "canonical_url": None, "published": None, "with": [], "sentences": "all", "parts": 1, **case.expected,
        "truth": [{"title": a.title, "text": a.text} for a in case.truth],
    }
    if case.name in KNOWN_FAILURES:
        expected["xfail"] = KNOWN_FAILURES[case.name]
    write_json(PAGES / f"{case.name}.json", expected)
    return page


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    pages = [write_case(build()) for build in CASES]
    print(f"wrote {len(pages)} red-team text pages to {PAGES.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
