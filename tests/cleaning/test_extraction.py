"""Tests for extracting the main text and the page's own metadata from decoded pages."""

import json
import re
import signal
import threading
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from lxml import html as lxml_html

from cleaning.errors import EmptyPage, ExtractionTimeout, PageTooLarge
from cleaning.extraction import ExtractionConfig, extract_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = FIXTURES / "pages"
# generated HTML pages with a known true text (the text_* pages are the text path's, checked by the goldens)
def _generated_pages() -> list:
    """HTML golden pages with a known truth; a page whose golden is a known failure may fail here too."""
    params = []
    for path in sorted(PAGES.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if "truth" in spec and spec["input"].endswith(".html"):
            marks = [pytest.mark.xfail(reason=spec["xfail"], strict=False)] if spec.get("xfail") else []
            params.append(pytest.param(path, id=path.stem, marks=marks))
    return params


GENERATED = _generated_pages()


def load_case(case: Path) -> tuple[dict, str]:
    spec = json.loads(case.read_text(encoding="utf-8"))
    return spec, (PAGES / spec["input"]).read_bytes().decode(spec["encoding"])


def squeeze(text: str) -> str:
    # as the golden test compares: NFKC width (a truth may be written with the other punctuation width), no spaces
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def sentences_the_markup_keeps_whole(truth: str, html: str) -> list[str]:
    """The truth's sentences that the page's text carries unbroken: a watermark or a Word page number the page
    puts inside a sentence is the rules' to remove, so extraction cannot be asked for that sentence whole."""
    page_text = squeeze(lxml_html.document_fromstring(html).text_content())
    found = [s for s in (squeeze(f) for f in re.findall(r"[^。！？!?\n]+[。！？!?]?", truth)) if s]
    whole = [s for s in found if s in page_text]
    assert len(whole) >= len(found) / 2, "the page breaks most of its sentences: fix the case"
    return whole


def test_text_path_keeps_lines_and_blank_lines_and_normalises_line_endings():
    extracted = extract_article("标题行\r\n\r\n第一段。\r第二段。\n", "text")
    assert extracted.text == "标题行\n\n第一段。\n第二段。"
    assert (extracted.title, extracted.published, extracted.canonical_url) == (None, None, None)


def test_text_path_passes_seed_000_table_line_through():
    seed = next((FIXTURES / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    extracted = extract_article(seed, "text")
    assert extracted.text.split("\n")[0].startswith("| 标题:区卫生局")
    assert extracted.text == seed.strip("\n")


@pytest.mark.parametrize("kind", ["text", "html"])
def test_nothing_extractable_is_an_empty_page(kind):
    with pytest.raises(EmptyPage):
        extract_article("  \n\t " if kind == "text" else "<html><body><script>var a=1;</script></body></html>", kind)


def test_page_over_the_size_limit_is_refused_with_the_limit_named():
    with pytest.raises(PageTooLarge, match="max_chars"):
        extract_article("字" * 101, "text", config=ExtractionConfig(max_chars=100))


def big_page(paragraphs: int) -> str:
    rows = "".join(f"<div><p>第{i}段，我局认真贯彻落实上级部署，取得明显成效。</p></div>" for i in range(paragraphs))
    return f"<html><body><table><tr><td>{rows}</td></tr></table></body></html>"


def test_slow_page_times_out_and_the_timer_is_cleared():
    with pytest.raises(ExtractionTimeout, match="timeout_s"):
        extract_article(big_page(5000), "html", config=ExtractionConfig(timeout_s=0.01))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_outside_the_main_thread_there_is_no_time_limit_but_extraction_works():
    results = []
    thread = threading.Thread(
        target=lambda: results.append(extract_article(big_page(50), "html", config=ExtractionConfig(timeout_s=0.001)))
    )
    thread.start()
    thread.join()
    assert results and "第49段" in results[0].text


@pytest.mark.parametrize("case", GENERATED)
def test_generated_pages_keep_every_article_sentence_and_drop_comments(case):
    spec, html = load_case(case)
    extracted = extract_article(html, "html", url="https://example.com/page.html")
    text = squeeze(extracted.text)
    if not spec["converted_from_traditional"]:  # a traditional page is converted by normalisation, later
        for part in spec["truth"]:
            for sentence in sentences_the_markup_keeps_whole(part["text"], html):
                assert sentence in text, sentence
    # a comment section's words; the bracketed button 【发表评论】 of a tool bar is the rules' (navigation/page_tools)
    assert "写得很好" not in text and re.search(r"(?<!【)发表评论(?!】)", text) is None
    # a date or link that only a visible line gives ("本文链接:…", "2019年11月3日 星期日 来源:…") is the rules' to find;
    # what extraction finds in the markup must be right
    if extracted.published is not None:
        assert extracted.published == date.fromisoformat(spec["published"])
    if extracted.canonical_url is not None:
        assert extracted.canonical_url == spec["canonical_url"]


def test_title_comes_from_h1_or_title_without_site_suffix():
    spec, html = load_case(PAGES / "gb2312_declared.json")
    assert extract_article(html, "html").title == spec["title"]
    spec, html = load_case(PAGES / "download_app_banner.json")
    # <title> is "…（通用版）_述职报告_范文宝": the <h1> names the article exactly
    assert extract_article(html, "html").title == spec["title"]


def test_html_headings_are_reported_for_segmentation():
    spec, html = load_case(PAGES / "multi_article.json")
    extracted = extract_article(html, "html")
    assert {part["title"] for part in spec["truth"]} <= extracted.headings
    lines = extracted.text.split("\n")
    assert all(part["title"] in lines for part in spec["truth"])


def test_short_page_is_not_flattened_with_its_navigation():
    html = """<html><head><title>工作总结_某网</title></head><body><div class="nav">首页 | 范文 | 总结</div>
    <div class="content"><p>今年以来,我局认真贯彻落实上级部署。</p><p>一、基本情况</p><p>全系统有33个医疗卫生机构。</p></div>
    <div class="footer">Copyright 2021 某网</div></body></html>"""
    extracted = extract_article(html, "html")
    assert extracted.text.split("\n") == ["今年以来,我局认真贯彻落实上级部署。", "一、基本情况", "全系统有33个医疗卫生机构。"]
    # a copyright year is not a publication date
    assert extracted.published is None


def test_chinese_date_in_a_meta_line_and_canonical_link():
    html = """<html><head><link rel="canonical" href="/a/1.html"></head><body><div class="info">发布时间：2021年3月5日 作者：佚名</div>
    <div><p>2020年1月1日，我局召开动员大会，全面部署全年工作，要求各单位认真贯彻落实会议精神，确保各项任务落到实处。</p></div></body></html>"""
    extracted = extract_article(html, "html", url="http://www.example.cn/list/")
    assert extracted.published == date(2021, 3, 5)
    assert extracted.canonical_url == "http://www.example.cn/a/1.html"


def test_logo_h1_loses_to_the_article_heading_that_title_names():
    html = """<html><head><title>镇安全生产工作总结(1)_工作总结_公文网</title></head><body>
    <h1><a href="/">公文网</a></h1><center><h2>镇安全生产工作总结</h2></center>
    <div><p>今年以来，我镇认真贯彻落实安全生产各项决策部署，全镇安全生产形势总体平稳，未发生较大以上事故。</p></div></body></html>"""
    assert extract_article(html, "html").title == "镇安全生产工作总结"


def test_title_with_unspaced_hyphens_is_the_heading_it_holds():
    html = """<html><head><title>团工委2021年工作总结-团委工作总结-范文网手机版</title></head><body>
    <h1>团工委2021年工作总结</h1><div><p>今年以来，街道团工委团结带领辖区广大团员青年在基层治理中积极发挥生力军作用。</p></div></body></html>"""
    assert extract_article(html, "html").title == "团工委2021年工作总结"


def test_title_with_unspaced_hyphens_and_no_heading_drops_the_short_column_and_site_names():
    html = """<html><head><title>关于我县农村养老服务情况的调研报告-调研报告-好范文</title></head><body>
    <center><b>关于我县农村养老服务情况的调研报告</b></center>
    <div><p>为全面了解我县农村养老服务现状，县政协组织调研组深入12个乡镇、36个村进行了专题调研。</p></div></body></html>"""
    assert extract_article(html, "html").title == "关于我县农村养老服务情况的调研报告"
    # a hyphen inside a year range, or a long piece after the hyphen, is part of the title
    html = html.replace("关于我县农村养老服务情况的调研报告-调研报告-好范文", "县卫生局2019-2020年工作总结")
    assert extract_article(html, "html").title == "县卫生局2019-2020年工作总结"
    html = html.replace("县卫生局2019-2020年工作总结", "县卫生局工作总结-关于基层医疗卫生服务能力提升情况")
    assert extract_article(html, "html").title == "县卫生局工作总结-关于基层医疗卫生服务能力提升情况"


def test_layout_table_cells_made_of_links_are_dropped_but_the_same_words_unlinked_stay():
    # an ASP CMS page: trafilatura keeps the whole layout table, menu and tool cells included
    html = (PAGES / "blind_a_html_asp_food_safety.html").read_text(encoding="utf-8")
    text = extract_article(html, "html").text
    assert "发表评论" not in text and "网站首页" not in text
    assert "坚决杜绝类似问题再次发生" in text
    tools_row = re.search(r'<tr><td align="right">.*?</td></tr>', html).group()
    unlinked = re.sub(r"</?a[^>]*>", "", tools_row)
    assert "发表评论" in extract_article(html.replace(tools_row, unlinked), "html").text


def test_text_hidden_behind_a_fold_is_kept():
    spec, html = load_case(PAGES / "html_fold_hidden_rest.json")
    text = squeeze(extract_article(html, "html").text)
    assert squeeze(spec["truth"][0]["text"].split("\n")[-1]) in text


def test_dense_block_takes_same_built_siblings_around_an_ad_but_not_the_sidebar():
    from lxml import html as lxml_html

    from cleaning.extraction import _block_lines, _dense_block

    part = "<p>" + "我局认真贯彻落实上级部署，各项工作取得明显成效。" * 4 + "</p>"
    page = f"""<html><body><div class="main"><div class="part">{part * 3}</div><div class="ad"><a href="/">广告</a></div>
    <div class="part">{part * 2}</div></div><div class="part-side">{part}</div></body></html>"""
    body = lxml_html.document_fromstring(page).find("body")
    dense = _dense_block(body)
    assert [element.get("class") for element in dense] == ["part", "part"]
    lines, spans = _block_lines(body, marks=dense)
    assert sum(stop - start for start, stop in spans.values()) == 5 and "广告" in lines


def test_unlabelled_date_is_searched_only_when_no_meta_line_gives_one():
    spec, html = load_case(PAGES / "html_table_of_figures.json")
    assert extract_article(html, "html").published == date(2021, 1, 15)


def test_headings_of_a_level_mixing_sub_headings_and_a_document_title_are_not_reported():
    spec, html = load_case(PAGES / "html_unnumbered_sub_headings.json")
    assert "下半年工作计划" not in extract_article(html, "html").headings


def test_br_inside_one_paragraph_ends_a_line_so_line_rules_see_the_link_line():
    paragraph = "2021年,我所认真履行市场监管职责,各项工作取得了明显成效。" * 4
    page = f"<html><body><div><p>{paragraph}<br/>{paragraph}<br/><br/>本文链接：https://a.example.cn/1.html</p></div></body></html>"
    lines = extract_article(page, "html").text.split("\n")
    assert "本文链接：https://a.example.cn/1.html" in lines and lines.count(paragraph) == 2


def test_hidden_inline_watermark_is_dropped_but_a_hidden_fold_is_kept():
    sentence = "培育家庭农场18家、农民专业合作社9家,新建蔬菜大棚120座。"
    marked = sentence.replace("合作社", '合作<span style="display: none">gwzj.net原创</span>社<font class="jammer">范文网</font>')
    fold = "对辖区电梯、锅炉等特种设备开展隐患排查,督促整改问题隐患19处。" * 3
    page = f'<html><body><div><p>{marked * 3}</p><div style="display:none"><p>{fold}</p></div></div></body></html>'
    text = squeeze(extract_article(page, "html").text)
    assert squeeze(sentence * 3) in text and "gwzj" not in text and "范文网" not in text
    assert squeeze(fold) in text


def test_forum_thread_article_is_the_first_post_without_replies_or_edit_note():
    speech = "同志们:今天召开全县安全生产工作会议,主要任务是贯彻落实上级决策部署。" * 5
    page = f"""<html><head><title>[讲话稿] 在全县安全生产工作会议上的讲话 - 论坛</title></head><body>
<h1><a>[讲话稿]</a> <span>在全县安全生产工作会议上的讲话</span></h1>
<div id="post_1"><dl><dt>积分</dt><dd>2350</dd></dl><div id="postmessage_1"><i class="pstatus">本帖最后由 qs 于 2023-1-6 10:21 编辑</i><br/>{speech}</div></div>
<div id="post_2"><div id="postmessage_2">感谢楼主分享,讲得很实在,正好年底开会用得上!感谢楼主分享,讲得很实在!</div></div></body></html>"""
    extracted = extract_article(page, "html")
    assert squeeze(extracted.text) == squeeze(speech)
    # a category tag set off by a space is not part of the title
    assert extracted.title == "在全县安全生产工作会议上的讲话"


def test_title_with_pinyin_glosses_in_the_heading_is_still_the_heading():
    page = """<html><head><title>縣教育局2020年工作總結-優(yōu)秀範文-學(xué)習啦</title></head><body>
<h1>縣教育局2020年工作總結(jié)</h1><div><p>2020年,縣教育局全面貫徹黨的教育方針,統籌推進疫情防控和教育改革發展。</p></div></body></html>"""
    assert extract_article(page, "html").title == "縣教育局2020年工作總結"


def test_essay_title_headings_trafilatura_drops_bring_the_dense_block_back():
    spec, html = load_case(PAGES / "blind_b_undeclared_gbk_three_articles.json")
    extracted = extract_article(html, "html")
    for part in spec["truth"]:
        assert squeeze(part["title"]) in squeeze(extracted.text)
        assert part["title"].replace("(", "（").replace(")", "）") in extracted.headings


def test_paywall_overlay_prompt_follows_the_text_so_the_rules_can_mark_it_truncated():
    paragraphs = "".join(f"<p>第{i}段，社区将扎实推进党建、治理和便民服务各项工作，确保任务落实到位。</p>" for i in range(8))
    html = (
        f"<html><body><div class='txt'>{paragraphs}</div>"
        "<div class='vip-mask'><p>开通会员，解锁全文</p><a href='/buy'>立即开通</a></div></body></html>"
    )
    lines = extract_article(html, "html").text.split("\n")
    assert lines[-2:] == ["开通会员，解锁全文", "立即开通"]


def test_labelled_link_line_gives_the_canonical_url_when_the_markup_names_none():
    paragraphs = "".join(f"<p>第{i}段，学校严格落实食品安全各项制度，确保师生饮食安全。</p>" for i in range(8))
    html = (
        f"<html><body><div class='txt'>{paragraphs}</div>"
        "<div class='link'>本文链接：https://www.example.cn/zongjie/58213.html</div></body></html>"
    )
    assert extract_article(html, "html").canonical_url == "https://www.example.cn/zongjie/58213.html"


def test_government_record_signing_date_is_not_the_publication_date():
    paragraphs = "".join(f"<p>第{i}段，各乡镇要认真组织实施农村人居环境整治提升方案。</p>" for i in range(8))
    html = (
        "<html><body><table><tr><td>发文机关：县政府办公室 成文日期：2022年06月10日</td></tr>"
        "<tr><td>发文字号：府办发〔2022〕15号 发布日期：2022年06月13日</td></tr></table>"
        f"<div class='txt'>{paragraphs}</div></body></html>"
    )
    assert extract_article(html, "html").published == date(2022, 6, 13)


def test_all_bold_paragraphs_naming_documents_are_article_titles_but_a_bold_sub_heading_vetoes_its_level():
    body = "".join(f"<p>第{i}段，各单位要认真落实整改责任，确保问题按期整改到位。</p>" for i in range(6))
    titled = (
        f"<html><body><div><p><strong>关于巡察反馈意见整改情况的报告</strong></p>{body}<hr>"
        f"<p><strong>县农业农村局2023年上半年工作总结</strong></p>{body}</div></body></html>"
    )
    assert extract_article(titled, "html").headings == {"关于巡察反馈意见整改情况的报告", "县农业农村局2023年上半年工作总结"}
    vetoed = titled.replace(f"{body}<hr>", f"<p><strong>提高政治站位</strong></p>{body}<hr>")
    assert extract_article(vetoed, "html").headings == set()


def test_party_notice_keeps_the_how_to_heading_above_its_seo_filler_so_the_rules_can_cut_there():
    spec, html = load_case(PAGES / "blind_e_html_party_notice_canonical.json")
    lines = extract_article(html, "html").text.split("\n")
    heading = lines.index("通知怎么写？会议通知的格式与写作要点")
    assert lines[heading + 1].startswith("会议通知一般由标题")
    assert spec["title"] not in lines  # the page's own title is the title field's, not put back
