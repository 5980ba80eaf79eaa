"""Tests for splitting a page into one segment per article."""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleaning.extraction import extract_article
from cleaning.rules.engine import RuleEngine
from cleaning.segment import (
    MIN_BODY_CHARS_BEFORE_SPLIT,
    document_title_headings,
    split_articles,
)

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
PARAGRAPH = "今年以来,我局认真贯彻落实上级部署,紧紧围绕中心工作,狠抓落实,各项工作取得明显成效,群众满意度不断提高。"


@dataclass
class Boundary:
    rule: str
    title: str | None


class OneBoundaryRule:
    """A boundary matcher with a single rule, so these tests do not depend on the shipped rule packs."""

    def match_boundary(self, line: str) -> Boundary | None:
        found = re.match(r"^(?:扩展阅读|相关范文)[:：]\s*(?:【(?P<title>[^】]+)】)?", line)
        return Boundary("test/more_reading", found.group("title")) if found else None


NO_BOUNDARIES = OneBoundaryRule()


def seed_text(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract_article(path.read_text(encoding="utf-8"), "text").text


def body(chars: int) -> str:
    return "\n\n".join([PARAGRAPH] * (chars // len(PARAGRAPH) + 1))


def test_single_summary_with_sub_headings_stays_one_article():
    segments = split_articles(seed_text("001"), headings=frozenset(), engine=NO_BOUNDARIES)
    assert len(segments) == 1
    assert segments[0].text == seed_text("001")


def test_boundary_line_starts_a_segment_and_is_recorded_as_a_removal():
    text = f"县卫生局工作总结\n\n{body(500)}\n\n扩展阅读:【动员大会】动员讲话\n\n同志们:\n\n{body(400)}"
    first, second = split_articles(text, headings=frozenset(), engine=NO_BOUNDARIES)
    assert "扩展阅读" not in first.text + second.text
    assert [r.model_dump() for r in second.removals] == [
        {"rule": "segment/boundary", "text": "扩展阅读:【动员大会】动员讲话"}
    ]
    # the segment opens with no title line, so the boundary's 【title】 is the hint
    assert second.title_hint == "动员大会"
    assert first.title_hint is None and first.removals == []


def test_seed_003_speech_title_over_two_lines_beats_the_boundary_title():
    segments = split_articles(seed_text("003"), headings=frozenset(), engine=NO_BOUNDARIES)
    assert len(segments) == 2
    assert segments[1].title_hint == "在××医院党的群众路线教育实践活动动员大会上的讲话"
    assert segments[1].text.startswith("在××医院党的群众路线教育实践活动")


def test_seed_002_title_lines_set_off_by_blank_lines_split_the_summaries():
    segments = split_articles(seed_text("002"), headings=frozenset(), engine=NO_BOUNDARIES)
    titles = [s.title_hint for s in segments]
    assert titles == [None, "卫生局创先争优年终总结", "卫生局创先争优活动阶段总结", "卫生局创先争优活动大总结"]
    # every line of the page ends up in exactly one segment, in order
    assert "".join(s.text for s in segments).replace("\n", "") == seed_text("002").replace("\n", "")


def test_title_line_needs_a_body_before_it_and_a_document_type_word():
    short = f"县卫生局工作总结\n\n{PARAGRAPH}\n\n市卫生局工作总结\n\n{body(400)}"
    assert len(split_articles(short, headings=frozenset(), engine=NO_BOUNDARIES)) == 1
    not_a_document = f"{body(MIN_BODY_CHARS_BEFORE_SPLIT)}\n\n加强领导强化措施\n\n{body(400)}"
    assert len(split_articles(not_a_document, headings=frozenset(), engine=NO_BOUNDARIES)) == 1
    glued = f"{body(MIN_BODY_CHARS_BEFORE_SPLIT)}\n市卫生局工作总结\n{body(400)}"
    assert len(split_articles(glued, headings=frozenset(), engine=NO_BOUNDARIES)) == 1


def test_html_headings_split_but_numbered_headings_do_not():
    text = f"{body(400)}\n第二季度工作安排\n{body(400)}\n一、基本情况\n{body(400)}"
    segments = split_articles(text, headings=frozenset({"第二季度工作安排", "一、基本情况"}), engine=NO_BOUNDARIES)
    assert [s.title_hint for s in segments] == [None, "第二季度工作安排"]


def test_real_engine_boundaries_split_seed_002_into_four():
    engine = RuleEngine.load()
    segments = split_articles(seed_text("002"), headings=frozenset(), engine=engine)
    assert len(segments) == 4
    assert any(r.rule == "segment/boundary" and "Gz85.com" in r.text for r in segments[1].removals)


def test_document_heading_right_after_the_page_heading_starts_the_first_article():
    text = f"卫生院科室年度工作总结(精选3篇)\n标签:护理 药剂\n卫生院护理部年度工作总结\n{body(200)}\n卫生院药剂科年度工作小结\n{body(200)}"
    headings = frozenset({"卫生院科室年度工作总结(精选3篇)", "卫生院护理部年度工作总结", "卫生院药剂科年度工作小结"})
    segments = split_articles(text, headings=headings, engine=NO_BOUNDARIES)
    assert [s.title_hint for s in segments] == [None, "卫生院护理部年度工作总结", "卫生院药剂科年度工作小结"]
    assert segments[0].text == "卫生院科室年度工作总结(精选3篇)\n标签:护理 药剂"


def test_boundary_with_nothing_after_it_is_a_removal_of_the_last_article():
    text = f"县卫生局工作总结\n\n{body(400)}\n\n扩展阅读:\n\n"
    (only,) = split_articles(text, headings=frozenset(), engine=NO_BOUNDARIES)
    assert [r.text for r in only.removals] == ["扩展阅读:"]
    assert "扩展阅读" not in only.text


def test_sub_heading_ending_in_a_document_type_word_with_a_short_section_does_not_split():
    # the real page reports no sub-heading at all (document_title_headings); even when one is reported, a
    # heading with less than an article's worth of text after it is a section of the article above it
    text = f"医院上半年工作总结\n{body(400)}\n下半年工作计划\n{PARAGRAPH}"
    segments = split_articles(text, headings=frozenset({"下半年工作计划"}), engine=NO_BOUNDARIES)
    assert len(segments) == 1


def test_rule_line_before_a_document_title_starts_an_article_and_is_recorded_as_a_removal():
    # a title followed straight by its meta line is not set off by blank lines: the rule line above it decides
    text = f"县卫生局工作总结\n{body(400)}\n\n{'-' * 48}\n\n社区网格化管理工作总结\n发布时间：2022-11-09\n\n{body(400)}"
    first, second = split_articles(text, headings=frozenset(), engine=NO_BOUNDARIES)
    assert "---" not in first.text + second.text
    assert [r.model_dump() for r in second.removals] == [{"rule": "segment/separator", "text": "-" * 48}]
    assert second.title_hint == "社区网格化管理工作总结"
    assert first.removals == []


@pytest.mark.parametrize(
    "after",
    [
        "网友评论（2）",  # a comment section after the article: no document title
        "加强领导强化措施",  # a section of the same article drawn off by a rule
        "附件：县卫生局工作总结",  # a line introducing an attachment, not a title
    ],
)
def test_rule_line_without_a_document_title_after_it_does_not_split(after):
    text = f"县卫生局工作总结\n{body(400)}\n{'=' * 12}\n{after}\n{body(400)}"
    assert len(split_articles(text, headings=frozenset(), engine=NO_BOUNDARIES)) == 1


def test_rule_line_right_below_the_title_does_not_split():
    text = f"县卫生局工作总结\n{'-' * 20}\n市卫生局工作总结\n{body(400)}"
    assert len(split_articles(text, headings=frozenset(), engine=NO_BOUNDARIES)) == 1


def test_real_engine_splits_at_a_numbered_piece_drawn_inside_a_rule():
    text = f"学习心得体会\n{body(400)}\n————篇二：关于中小学课后服务开展情况的调研报告————\n{body(400)}"
    first, second = split_articles(text, headings=frozenset(), engine=RuleEngine.load())
    assert second.title_hint == "关于中小学课后服务开展情况的调研报告"
    assert [r.rule for r in second.removals] == ["segment/boundary"]


@pytest.mark.parametrize(
    ("levelled", "expected"),
    [
        ([(1, "医院上半年工作总结"), (3, "医疗质量持续提升"), (3, "下半年工作计划")], {"医院上半年工作总结"}),
        ([(2, "护理部年度工作总结"), (3, "一、基本情况"), (2, "药剂科年度工作小结")], {"护理部年度工作总结", "一、基本情况", "药剂科年度工作小结"}),
        # unnumbered sub-headings of one article, long sections or not
        ([(1, "县卫生局工作总结"), (2, "提高政治站位"), (2, "强化工作措施")], {"县卫生局工作总结"}),
    ],
)
def test_document_title_headings_keep_only_levels_of_document_titles(levelled, expected):
    assert document_title_headings(levelled) == frozenset(expected)
