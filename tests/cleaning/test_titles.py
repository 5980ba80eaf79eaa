"""Tests for choosing titles and removing the title copies above the body."""

from pathlib import Path

import pytest

from cleaning.extraction import extract_article
from cleaning.titles import (
    choose_title,
    ends_with_document_type,
    first_title_line,
    strip_repeated_title,
    without_category_tag,
)

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
BODY = "今年以来,我局认真贯彻落实上级部署,紧紧围绕中心工作,狠抓落实,各项工作取得明显成效,群众满意度不断提高。"


def seed_text(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract_article(path.read_text(encoding="utf-8"), "text").text


def test_most_specific_title_source_wins():
    assert choose_title(segment_hint="甲总结", rule_title="乙总结", page_title="丙总结", text="丁总结") == "甲总结"
    assert choose_title(segment_hint=None, rule_title="乙总结", page_title="丙总结", text="丁总结") == "乙总结"
    assert choose_title(segment_hint=" ", rule_title=None, page_title="丙总结", text="丁总结") == "丙总结"


def test_first_title_like_line_is_the_title_when_nothing_else_is_known():
    assert choose_title(segment_hint=None, rule_title=None, page_title=None, text=f"\n县卫生局工作总结\n\n{BODY}") == (
        "县卫生局工作总结"
    )
    # a body paragraph or a numbered sub-heading is not a title
    assert choose_title(segment_hint=None, rule_title=None, page_title=None, text=BODY) is None
    assert first_title_line("一、基本情况\n\n" + BODY) is None


def test_title_repeated_at_the_top_of_seed_001_is_removed_once_per_copy():
    text = seed_text("001")
    body, removals = strip_repeated_title(text, "卫生局党委学习科学管理总结")
    assert [r.text for r in removals] == ["卫生局党委学习科学管理总结"] * 2
    assert all(r.rule == "title/repeated" for r in removals)
    assert "卫生局党委学习科学管理总结" not in body.split("\n")
    # nothing else was touched: kept lines plus removed lines are the whole input
    assert len(body.split("\n")) + len(removals) == len(text.split("\n"))


def test_title_copies_between_meta_lines_of_seed_003_are_removed_but_the_subtitle_stays():
    text = seed_text("003")
    body, removals = strip_repeated_title(text, "在医院中创新群众路线教育实践活动的载体")
    assert len(removals) == 2
    assert "创新课题" in body and "浅谈创新群众路线教育实践活动的载体" in body
    # the meta line that merely contains the title is the rules' job, not a title copy
    assert "移动端:在医院中创新群众路线教育实践活动的载体" in body


def test_title_split_over_two_lines_and_title_with_site_suffix():
    text = f"在××医院党的群众路线教育实践活动\n\n动员大会上的讲话\n\n{BODY}"
    body, removals = strip_repeated_title(text, "在××医院党的群众路线教育实践活动动员大会上的讲话")
    assert body.strip() == BODY and len(removals) == 1
    body, removals = strip_repeated_title(f"卫生局工作总结 - 公文范文库\n{BODY}", "卫生局工作总结")
    assert body == BODY and removals[0].text == "卫生局工作总结 - 公文范文库"


def test_title_inside_the_body_is_not_touched():
    text = f"{BODY}\n\n县卫生局工作总结\n\n{BODY}"
    assert strip_repeated_title(text, "县卫生局工作总结") == (text, [])
    # a longer line that merely starts with the title is not a copy of it
    text = f"县卫生局工作总结的经验在于狠抓落实\n{BODY}"
    assert strip_repeated_title(text, "县卫生局工作总结") == (text, [])


def test_site_lines_above_the_title_are_not_the_title():
    # a login bar after the site's slogan: a line of menu items is never a title
    assert first_title_line(f"写材料用笔杆子  登录 | 注册 | 会员中心 | 充值\n\n{BODY}") is None
    assert choose_title(segment_hint=None, rule_title=None, page_title=None, text=f"栏目 | 范文 | 总结\n{BODY}") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("卫生局创先争优活动大总结", True), ("动员讲话(定稿)", True), ("个人述职", True), ("加强领导强化措施", False)],
)
def test_document_type_words(line, expected):
    assert ends_with_document_type(line) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("【学习心得】学习党史心得体会(二)", "学习党史心得体会(二)"),
        ("[原创] 县卫生局2021年工作总结", "县卫生局2021年工作总结"),
        ("〔述职报告〕办公室主任个人述职报告", "办公室主任个人述职报告"),
        # a bracket that is part of the title: a meeting's name, or a tag before words that are no document title
        ("【医院群众路线教育动员大会】动员讲话(定稿)", "【医院群众路线教育动员大会】动员讲话(定稿)"),
        ("【会议】动员讲话", "【会议】动员讲话"),
        ("【工作总结】三个月来的收获", "【工作总结】三个月来的收获"),
        ("县卫生局2021年工作总结", "县卫生局2021年工作总结"),
    ],
)
def test_column_tag_before_a_linked_title_is_dropped_only_when_it_names_a_column(title, expected):
    assert without_category_tag(title) == expected


def test_listing_copy_of_the_title_yields_to_the_authors_title_and_both_lines_leave_the_body():
    text = "在全县卫生健康工作会议上的讲话范文\n\n在全县卫生健康工作会议上的讲话\n\n同志们：\n今天召开全县卫生健康工作会议。"
    title = first_title_line(text)
    assert title == "在全县卫生健康工作会议上的讲话"
    kept, removals = strip_repeated_title(text, title)
    assert kept.strip().startswith("同志们：")
    assert [r.text for r in removals] == ["在全县卫生健康工作会议上的讲话范文", "在全县卫生健康工作会议上的讲话"]


def test_a_title_split_over_two_lines_is_still_joined():
    assert first_title_line("在××医院党的群众路线教育实践活动\n\n动员大会上的讲话\n\n同志们:") == (
        "在××医院党的群众路线教育实践活动动员大会上的讲话"
    )
