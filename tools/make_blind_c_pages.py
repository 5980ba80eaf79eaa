"""Write the blind_c_ hold-out pages (as invented sites would serve them) and their truth JSONs into tests/fixtures/pages."""

from __future__ import annotations

import html
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_c_articles as A  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
PREFIX = "blind_c_"

# Taiwan-standard forms (為, 裡, 群, 啟) are what Big5 sites serve; the OpenCC default (爲, 裏) is not in Big5.
TO_TRADITIONAL = OpenCC("s2tw")
TO_SIMPLIFIED = OpenCC("t2s")

# Readings glossed after a character on pinyin-annotated traditional pages; only characters with one reading in
# these texts, so a gloss is never wrong.
PINYIN = {
    "衛": "wèi", "總": "zǒng", "結": "jié", "網": "wǎng", "創": "chuàng", "現": "xiàn", "區": "qū", "業": "yè",
    "質": "zhì", "護": "hù", "鄉": "xiāng", "鎮": "zhèn", "統": "tǒng", "導": "dǎo", "組": "zǔ", "織": "zhī",
    "續": "xù", "們": "men", "機": "jī", "層": "céng", "優": "yōu", "歲": "suì", "義": "yì", "黨": "dǎng",
    "課": "kè", "務": "wù", "題": "tí", "議": "yì", "認": "rèn", "識": "shí", "際": "jì", "觀": "guān",
}

# What qingwen got wrong on each page when the pages were first measured (the golden test holds these as strict
# xfails, so a fix shows up as an XPASS and the entry is then deleted). Measured, not guessed: see the commit message.
XFAIL: dict[str, str] = {}

HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def key(text: str) -> str:
    """The golden test's comparison key: NFKC width, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def traditional(text: str) -> str:
    """`text` in Taiwan-standard traditional script; refuses text that would not convert back to itself."""
    converted = TO_TRADITIONAL.convert(text)
    back = TO_SIMPLIFIED.convert(converted)
    if back != text:
        wrong = [(text[i - 4 : i + 4], converted[i]) for i in range(len(text)) if text[i] != back[i]]
        raise ValueError(f"traditional form does not convert back: {wrong[:5]}")
    return converted


def gloss(text: str, seed: int, share: float, open_paren: str = "(", close_paren: str = ")") -> str:
    """Pinyin after a `share` of the glossable characters, as annotated traditional sites print it."""
    rng = random.Random(seed)
    out = []
    for char in text:
        out.append(char)
        if char in PINYIN and rng.random() < share:
            out.append(f"{open_paren}{PINYIN[char]}{close_paren}")
    return "".join(out)


def inject(text: str, anchor: str, cut_after: str, insert: str) -> str:
    """Put `insert` into `text` inside the one occurrence of `anchor`, right after its prefix `cut_after`."""
    assert text.count(anchor) == 1 and anchor.startswith(cut_after), anchor
    return text.replace(anchor, cut_after + insert + anchor[len(cut_after) :])


def html_page(title: str, body: str, charset: str | None, head_extra: str = "") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' if charset else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>\n<head>\n'
        f"{meta}<title>{title}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def p_tags(text: str, tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{line}</{tag}>" for line in lines(text))


def write(
    name: str,
    page: str,
    encoding: str,
    articles: list[dict],
    *,
    published: str | None,
    without: list[str],
    with_: list[str] = (),
    truncated: bool = False,
    omitted_chars_min: int | None = None,
    canonical_url: str | None = None,
    converted: bool = False,
    newline: str = "\n",
    unencodable: str = "strict",
) -> None:
    """Write the page in `encoding` and its golden JSON; check the truth and the noise lists against the page first.

    `unencodable="xmlcharrefreplace"` is how an HTML page in a legacy charset serves characters outside it (pinyin
    tone letters on a Big5 page).
    """
    stem = name.rsplit(".", 1)[0]
    data = page.replace("\n", newline).encode(encoding, unencodable)
    truth_text = "\n".join(a["text"] for a in articles)
    page_view = html.unescape(page)
    if converted:
        page_view = TO_SIMPLIFIED.convert(page_view)
    for noise in without:
        assert key(noise) not in key(truth_text), (name, noise)
        assert key(noise) in key(page_view), (name, "noise not on the page", noise)
    for phrase in with_:
        assert key(phrase) in key(truth_text), (name, phrase)
    spec = {
        "input": name,
        "encoding": encoding,
        "truncated": truncated,
        "converted_from_traditional": converted,
        "canonical_url": canonical_url,
        "published": published,
        "with": list(with_),
        "sentences": "all",
        "title": [a["title"] for a in articles] if len(articles) > 1 else articles[0]["title"],
        "parts": len(articles),
        "without": without,
        "truth": [{"title": a["title"], "text": a["text"]} for a in articles],
    }
    if omitted_chars_min:
        spec["omitted_chars_min"] = omitted_chars_min
    if converted:
        spec["without_traditional"] = True
    if name in XFAIL:
        spec["xfail"] = XFAIL[name]
    (PAGES / name).write_bytes(data)
    (PAGES / f"{stem}.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def shown(article: dict, upto: str) -> dict:
    """The part of `article` a preview or paywall shows: its text up to and including the line ending in `upto`."""
    text = article["text"]
    end = text.index(upto) + len(upto)
    return {"title": article["title"], "text": text[:end]}


# ---------------------------------------------------------------------------------------------------------------
# The pages
# ---------------------------------------------------------------------------------------------------------------


def wenku_preview_truncated() -> None:
    """A document-sharing preview (gb2312 declared): the first pages only, then '还剩4页未读' and download notices."""
    article = A.CLINIC_SELF_CHECK_SHOWN
    body_lines = lines(article["text"])
    first, second = body_lines[:4], body_lines[4:]
    body = f"""<div class="topbar"><a href="/">千页文库</a> | <a href="/upload">上传文档</a> | <a href="/vip">开通VIP</a> | 登录 注册</div>
<div class="search"><input type="text" value="搜索文档"><button>搜索</button></div>
<div class="crumb"><a href="/">千页文库</a> &rsaquo; <a href="/hy/">行业资料</a> &rsaquo; <a href="/hy/yiyao/">医药卫生</a></div>
<div class="doc-head">
<h1>{article['title']}</h1>
<div class="doc-info"><span>贡献者：m***8</span> <span>上传时间：2023-03-14</span> <span>页数：6页</span> <span>下载积分：5</span> <span>浏览：1208次</span></div>
<div class="doc-btns"><a class="btn" href="/down/88213.html">免费下载</a> <a class="btn" href="#">加入收藏</a> <a class="btn" href="#">举报</a></div>
</div>
<div class="doc-body">
<div class="page" data-page="1">
{p_tags(chr(10).join(first))}
<div class="pageno">第1页 / 共6页</div>
</div>
<div class="page" data-page="2">
{p_tags(chr(10).join(second))}
<div class="pageno">第2页 / 共6页</div>
</div>
<div class="fold-tip">还剩4页未读，<a href="/down/88213.html">继续阅读</a></div>
</div>
<div class="down-box">
<p>下载本文档需要消耗5下载积分，VIP会员可免积分下载</p>
<p><a class="btn" href="/down/88213.html">下载文档到电脑，查找使用更方便</a></p>
<p>阅读已结束，您可以下载文档离线阅读编辑</p>
</div>
<div class="related"><h3>相关文档推荐</h3>
<ul><li><a href="/d/88214.html">医院依法执业自查整改报告（通用版）</a> 4页</li>
<li><a href="/d/88215.html">诊所依法执业情况自查报告范文</a> 3页</li>
<li><a href="/d/88216.html">卫生院依法执业自查报告2023</a> 5页</li></ul></div>
<div class="foot">千页文库 &copy; 2012-2023 本站文档均由用户上传，如有侵权请联系删除 苏ICP备12345678号</div>"""
    page = html_page(f"{article['title']} - 千页文库", body, "gb2312")
    write(
        "blind_c_wenku_preview_truncated.html", page, "gbk", [article], published="2023-03-14", truncated=True,
        without=["千页文库", "还剩4页未读", "下载积分", "免费下载", "阅读已结束", "第1页", "相关文档推荐", "贡献者", "VIP会员"],
    )


def wenku_fold_lecture() -> None:
    """A document-sharing page (UTF-8) with page footers splitting sentences and a CSS fold over the rest of the text."""
    article = A.PARTY_LECTURE
    text = article["text"]
    text = inject(text, "任何一个环节作风不实", "任何一个环节", "\n第 1 页 共 4 页\n")
    text = inject(text, "提不出管用的办法", "提不出", "\n第 2 页 共 4 页\n")
    text = inject(text, "完不成的要说明原因", "完不成的", "\n第 3 页 共 4 页\n")
    parts = text.split("\n第 2 页 共 4 页\n")
    visible, hidden = parts[0], parts[1]
    body = f"""<header class="nav"><a href="/">悦读文档网</a> <a href="/dangjian/">党建资料</a> <a href="/zongjie/">总结汇报</a> <a href="/jianghua/">讲话致辞</a> <a class="app" href="/app">下载APP</a></header>
<nav class="bread">您的位置：<a href="/">悦读文档网</a> / <a href="/dangjian/">党建资料</a> / 党课讲稿</nav>
<article>
<h1 class="doc-title">{article['title']}</h1>
<p class="doc-meta">上传于2022-06-28 · 格式：DOCX · 4页 · 下载积分：8 · 1.2万次阅读</p>
<div class="doc-content">
{p_tags(visible)}
<p>第 2 页 共 4 页</p>
<div class="fold" style="height:0;overflow:hidden">
{p_tags(hidden)}
</div>
<div class="fold-mask"><a href="javascript:;">剩余2页未读，展开阅读全文</a></div>
</div>
<div class="doc-end">
<p>阅读已结束，如需离线阅读请下载Word文档</p>
<a class="dl" href="/dl/55120">免费下载本文档（8积分）</a> <a class="dl" href="/vip">开通会员 海量文档免费下</a>
</div>
</article>
<aside><h3>热门党课讲稿</h3><ul><li><a href="/d/1.html">2022年七一专题党课讲稿：永葆初心本色</a></li><li><a href="/d/2.html">党支部书记讲党课：加强作风建设提升工作效能</a></li></ul></aside>
<footer>悦读文档网 版权所有 · 用户上传的文档仅供学习交流，如有侵权请联系客服删除</footer>"""
    page = html_page(f"{article['title']}_悦读文档网", body, "utf-8")
    write(
        "blind_c_wenku_fold_lecture.html", page, "utf-8", [article], published="2022-06-28",
        with_=["评价报告第3页专门列出了", "单位网站上“打卡”", "网上评论逐条登记"],
        without=["悦读文档网", "第 2 页 共 4 页", "第 1 页", "展开阅读全文", "剩余2页未读", "阅读已结束", "下载积分", "免费下载本文档", "热门党课讲稿"],
    )


def wechat_reading_notes() -> None:
    """A 公众号 article copied with its WeChat furniture (UTF-8): follow prompts, 点赞/在看, 阅读原文, QR code."""
    article = A.READING_NOTES
    body = f"""<div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{article['title']}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">林小溪</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">青年学习社</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-04-23 07:45</em>
</div>
<div class="rich_media_content" id="js_content">
<p style="text-align:center"><span style="color:#0080ff">点击上方蓝字 · 关注青年学习社</span></p>
<p style="text-align:center">来源：青年学习社 | 编辑：小林 | 审核：老周</p>
{p_tags(article['text'], 'p', ' style="text-indent:2em"')}
<p style="text-align:center">— END —</p>
<p><strong>往期推荐</strong></p>
<p><a href="https://mp.weixin.qq.com/s/aaa">青年干部如何写好调研报告？这五点要记牢</a></p>
<p><a href="https://mp.weixin.qq.com/s/bbb">读书分享 | 《之江新语》里的工作方法</a></p>
<p style="text-align:center">觉得有收获，就点个“在看”吧</p>
<p style="text-align:center">分享、点赞、在看，三连支持一下</p>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a> <span>阅读 2716</span> <span>赞 58</span> <span>在看 12</span></div>
<div class="qr_code_pc"><img src="qr.jpg"><p>微信扫一扫<br>关注该公众号</p></div>
</div>"""
    page = html_page(article["title"], body, "utf-8")
    write(
        "blind_c_wechat_reading_notes.html", page, "utf-8", [article], published="2023-04-23",
        with_=["我认真阅读了费孝通先生的《乡土中国》", "多听听群众的想法和评论"],
        without=["点击上方蓝字", "青年学习社", "编辑：小林", "END", "往期推荐", "三连支持", "阅读原文", "微信扫一扫", "阅读 2716", "林小溪"],
    )


def txt_wechat_self_check() -> None:
    """A 公众号 article saved as plain text (UTF-8 with a BOM): the follow prompts and credits survive the copy."""
    article = A.IDEOLOGY_SELF_CHECK
    page = f"""{article['title']}
原创 清风*县 2022-12-05 17:30

▲点击蓝字 关注我们

文字｜局办公室  图片｜网络  责编｜陈*

{chr(10).join(lines(article['text']))}

（本文转自“清风*县”微信公众号，如有侵权请联系删除）

长按识别二维码
关注我们 获取更多资讯

分享  收藏  点赞  在看
"""
    write(
        "blind_c_txt_wechat_self_check.txt", page, "utf-8-sig", [article], published="2022-12-05",
        with_=["单位网站、政务新媒体信息发布", "组织干部职工阅读推荐书目"],
        without=["点击蓝字", "关注我们", "文字｜局办公室", "本文转自", "长按识别二维码", "分享  收藏", "原创 清风"],
    )


def forum_plan_gbk() -> None:
    """A Discuz-style thread served as undeclared GBK: the first post is the article, replies are reader comments."""
    article = A.SCHOOL_MORAL_PLAN
    body = f"""<div id="hd"><a href="/">杏坛教师论坛</a> - 教师交流的家园 <a href="member.php?mod=register">注册</a> | <a href="member.php?mod=logging">登录</a></div>
<div id="pt" class="bm cl"><a href="./">杏坛教师论坛</a> <em>&rsaquo;</em> <a href="forum.php">教育教学</a> <em>&rsaquo;</em> <a href="forum-12-1.html">德育天地</a> <em>&rsaquo;</em> 查看内容</div>
<div id="postlist">
<table><tr><td class="pls">青青园丁<br>UID 20931<br>积分 1460<br>中级会员</td>
<td class="plc">
<div class="pti"><span class="authi">楼主 <em id="authorposton1">发表于 2021-3-2 20:15:07</em> | <a href="#">只看该作者</a></span></div>
<h1 id="thread_subject">{article['title']}</h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
<i class="pstatus"> 本帖最后由 青青园丁 于 2021-3-2 20:21 编辑 </i><br><br>
{"<br>".join(lines(article['text']))}
</td></tr></table></div>
<div class="sign">—— 教书育人，静待花开 ——</div>
<div class="po">回复 支持(6) 反对(0) 使用道具 举报</div>
</td></tr></table>
<table><tr><td class="pls">山里的老师<br>新手上路</td>
<td class="plc"><div class="pti">沙发 <em>发表于 2021-3-3 08:02:41</em></div>
<div class="t_f">谢谢分享，正好在写本学期的计划，参考一下。</div><div class="po">回复 支持 反对</div></td></tr></table>
<table><tr><td class="pls">晨曦8866<br>注册会员</td>
<td class="plc"><div class="pti">板凳 <em>发表于 2021-3-4 21:17:09</em></div>
<div class="t_f">楼主好人！能不能发个word版的？附件下载不了。</div><div class="po">回复 支持 反对</div></td></tr></table>
</div>
<div id="f_pst">高级模式 | <textarea>您需要登录后才可以回帖</textarea> 发表回复</div>
<div id="ft">Powered by Discuz! X3.4 &copy; 2001-2021 杏坛教师论坛 浙ICP备09000000号</div>"""
    page = html_page(f"{article['title']} - 德育天地 - 杏坛教师论坛", body, None)
    write(
        "blind_c_forum_plan_gbk.html", page, "gbk", [article], published="2021-03-02",
        with_=["结果在校园网站和宣传栏公布", "及时发布安全提示和学校通知"],
        without=["杏坛教师论坛", "楼主", "本帖最后由", "只看该作者", "教书育人，静待花开", "正好在写本学期的计划", "附件下载不了", "发表回复", "使用道具", "中级会员"],
    )


def txt_three_articles() -> None:
    """A .txt dump of one site column: three articles, each with a meta line and a related-reading trailer."""
    articles = [A.TRAINING_INSIGHTS, A.GRID_SUMMARY, A.ANNUAL_DUTY_REPORT]
    meta = [
        "发布时间：2022-11-08 09:12  栏目：心得体会  阅读：326次",
        "发布时间：2022-11-09 16:40  栏目：工作总结  阅读：198次",
        "发布时间：2022-11-11 10:05  栏目：述职报告  阅读：541次",
    ]
    related = [
        "【相关推荐】党校培训学习心得体会范文（精选5篇） | 中青班学员个人党性分析材料",
        "【相关推荐】社区网格员年度工作总结 | 网格化服务管理工作汇报",
        "【相关推荐】办公室主任述职报告 | 分管财务副局长述职述廉报告",
    ]
    blocks = []
    for article, meta_line, related_line in zip(articles, meta, related):
        blocks.append(
            f"{article['title']}\n{meta_line}\n\n" + "\n\n".join(lines(article["text"])) + f"\n\n{related_line}\n"
        )
    page = "稳文范文网 · 范文栏目导出\n\n" + "\n------------------------------------------------\n\n".join(blocks)
    write(
        "blind_c_txt_three_articles.txt", page, "utf-8", articles, published="2022-11-08",
        with_=["在网站上提交材料、下载表格", "认真记录群众的意见和评论"],
        without=["稳文范文网", "栏目：心得体会", "阅读：326次", "相关推荐", "精选5篇", "------"],
    )


def txt_gbk_pipes_paywall_speech() -> None:
    """Undeclared GBK text copied out of a table (pipes round every cell) with a member paywall in the middle."""
    article = A.HEALTH_CONFERENCE_SPEECH
    text = article["text"]
    cut_start = text.index("三、扎实做好今年各项重点工作")
    cut_end = text.index("（二）提升医疗服务能力")
    before, after = text[:cut_start], text[cut_end:]
    before = before.replace("\n", " ")
    after = after.replace("\n", " ")
    page = (
        f"| 标题：{article['title']} |\n"
        f"| {article['title']} {before}……（范文114网 www.fw114.cn 此处隐藏1208字，登录会员后查看全部）…… {after} |\n"
        "| 上一篇：在全市医疗质量安全工作会议上的讲话 下一篇：卫生健康系统党风廉政建设工作会议讲话稿 |\n"
        "| 相关栏目：领导讲话 会议讲话 卫生健康 表态发言 |\n"
    )
    truth = {"title": article["title"], "text": text[:cut_start] + text[cut_end:]}
    write(
        "blind_c_txt_gbk_pipes_paywall_speech.txt", page, "gbk", [truth], published=None, truncated=True,
        omitted_chars_min=1208,
        without=["标题：", "范文114网", "此处隐藏", "登录会员", "上一篇", "下一篇", "相关栏目", "|"],
    )


def big5_party_member_deeds() -> None:
    """A Big5 page in traditional script with pinyin glosses, a meta line with a date, a breadcrumb and a disclaimer."""
    article = A.PARTY_MEMBER_DEEDS
    title_t = traditional(article["title"])
    text_t = gloss(traditional(article["text"]), seed=31, share=0.35)
    body = f"""<table width="960" align="center"><tr><td class="logo">範文薈萃網 fanwenhc.com.tw</td><td class="slogan">好文章 天天讀</td></tr></table>
<div class="weizhi">首頁 &raquo; 範文大全 &raquo; 事蹟材料 &raquo; 正文</div>
<div class="art">
<h2>{title_t}</h2>
<div class="info">發佈時間：2021年06月25日　作者：佚名　來源：本站整理　人氣：437</div>
<div class="daodu">導讀：{title_t}由會員投稿，僅供學習參考，版權歸原作者所有，轉載請註明出處。</div>
<div class="content">
{p_tags(text_t)}
</div>
<div class="shengming">聲明：本站部分文章來自網路，如侵犯您的權益請來信告知，我們將及時刪除。</div>
<div class="pn">上一篇：<a href="/a/1201.html">優秀黨務工作者事蹟材料</a>　下一篇：<a href="/a/1203.html">社區書記先進事蹟</a></div>
</div>"""
    page = html_page(f"{title_t}_範文薈萃網", body, "big5")
    write(
        "blind_c_big5_party_member_deeds.html", page, "big5", [article], published="2021-06-25", converted=True,
        unencodable="xmlcharrefreplace",
        with_=["挨家挨户上门走访", "接受群众监督"],
        without=["范文荟萃网", "首页", "发布时间", "人气", "导读", "由会员投稿", "声明：本站", "上一篇", "dǎng", "qū"],
    )


def txt_big5_lecture() -> None:
    """An undeclared Big5 text dump (CRLF) of a party lecture in traditional script with a site header and notices."""
    article = A.RED_GENE_LECTURE
    title_t = traditional(article["title"])
    text_t = traditional(article["text"])
    page = f"""【範文天地】精選黨建範文　每日更新
{title_t}
更新時間 2020/06/29　分類：黨課講稿
導讀：本篇黨課講稿來源於網路，僅供參考，不代表本站立場。

{chr(10).join(lines(text_t))}

（範文天地 整理發佈，轉載請保留本站連結）
"""
    write(
        "blind_c_txt_big5_lecture.txt", page, "big5", [article], published="2020-06-29", converted=True,
        with_=["很多同志在留言簿上写下了自己的感想"],
        without=["范文天地", "每日更新", "更新时间", "分类：党课讲稿", "导读", "不代表本站立场", "整理发布"],
        newline="\r\n",
    )


def trad_pinyin_survey_utf8() -> None:
    """A UTF-8 page in traditional script with full-width-bracketed pinyin glosses and a meta line."""
    article = A.AFTER_SCHOOL_SURVEY
    title_t = traditional(article["title"])
    text_t = gloss(traditional(article["text"]), seed=5, share=0.4, open_paren="（", close_paren="）")
    body = f"""<div class="header"><span class="logo">公文寶典</span> <a href="/">首頁</a> <a href="/diaoyan/">調研報告</a> <a href="/zongjie/">工作總結</a></div>
<div class="loc">當前位置：<a href="/">公文寶典</a> > <a href="/diaoyan/">調研報告</a> > 教育調研</div>
<h1>{title_t}</h1>
<div class="meta">作者：管理員 | 時間：2022-01-07 | 瀏覽：88次</div>
<div id="article">
{p_tags(text_t, 'div')}
</div>
<div class="copy">本文來源於網友投稿，僅代表作者觀點。未經允許不得轉載，如需原創請聯繫客服。</div>
<div class="xiangguan"><h4>相關閱讀</h4><a href="/d/77.html">關於雙減政策落實情況的調研報告</a> <a href="/d/78.html">課後服務工作總結</a></div>"""
    page = html_page(f"{title_t} - 公文寶典", body, "utf-8")
    write(
        "blind_c_trad_pinyin_survey_utf8.html", page, "utf-8", [article], published="2022-01-07", converted=True,
        with_=["经费来源主要是家长缴费和财政补助", "学生课外阅读量明显增加"],
        without=["公文宝典", "当前位置", "作者：管理员", "浏览：88次", "网友投稿", "相关阅读", "（kè）", "（wù）"],
    )


def paywall_tail_plan_gb2312() -> None:
    """A gb2312-declared page whose plan stops at a paywall tail that gives the full and the shown length."""
    article = A.MARKET_PLAN_SHOWN
    body = f"""<div class="top">公文帮 www.gongwenbang.cn 专业公文写作服务平台</div>
<div class="path">公文帮 &gt; 计划规划 &gt; 工作计划 &gt; {article['title']}</div>
<div class="main">
<h1>{article['title']}</h1>
<p class="pubinfo">发布日期：2023年12月18日 &nbsp; 类别：工作计划 &nbsp; 字数：3100</p>
<div class="text">
{p_tags(article['text'])}
<p class="vip-tip">（本文尚未结束，全文约3100字，当前仅展示前1000字。开通会员即可阅读全部内容并免费下载Word版。）</p>
<p><a class="btn" href="/vip/">立即开通会员</a> <a class="btn" href="#">收藏本文</a></p>
</div>
<div class="tuijian">为您推荐：<a href="/a/1.html">市场监管所2023年工作总结及2024年工作计划</a> <a href="/a/2.html">基层市场监管所年度工作要点</a></div>
</div>
<div class="footer">Copyright &copy; 公文帮 All Rights Reserved</div>"""
    page = html_page(f"{article['title']}-公文帮", body, "gb2312")
    write(
        "blind_c_paywall_tail_plan_gb2312.html", page, "gbk", [article], published="2023-12-18", truncated=True,
        omitted_chars_min=2100,
        with_=["通过政务服务网站在线提交申请、下载电子营业执照"],
        without=["公文帮", "发布日期", "本文尚未结束", "开通会员", "收藏本文", "为您推荐", "字数：3100"],
    )


def watermark_seo_summary() -> None:
    """A UTF-8 page whose summary carries watermarks mid-sentence and ends in SEO filler about how to write one."""
    article = A.CDC_HALF_YEAR_SUMMARY
    text = article["text"]
    text = inject(text, "报告法定传染病13种", "报告法", "（公文范例网 gwfl.com 原创首发：\n\n；文秘资料库：）")
    text = inject(text, "各类疫苗接种率均保持", "各类疫苗", "【范例网www.gwfl.com】")
    text = inject(text, "全部纳入规范管理。", "全部纳入规范管理。", "公文范例网")
    body = f"""<div class="head"><b>公文范例网</b> 为您提供优质范文 <form><input name="q"><button>搜索</button></form></div>
<div class="pos"><a href="/">首页</a> &gt; <a href="/zongjie/">工作总结</a> &gt; <a href="/zongjie/bannian/">半年工作总结</a></div>
<h1>{article['title']}</h1>
<div class="tag">【gwfl.com - 半年工作总结】</div>
<div class="meta">时间：2022-07-06 &nbsp; 来源：网友投稿 &nbsp; 手机版</div>
<div class="content">
{p_tags(text)}
<p>{article['title']}的扩展阅读：半年工作总结怎么写？有哪些格式要求？</p>
<p>半年工作总结是对上半年工作情况的回顾和分析，一般由标题、正文和落款三部分组成。正文通常包括基本情况、主要成绩、存在问题和下一步打算几个部分，要做到实事求是、重点突出。</p>
<p>写好半年总结，一要材料翔实，用数据说话；二要分析透彻，既讲成绩也讲不足；三要语言简洁，避免空话套话。</p>
</div>
<div class="more"><h3>更多精彩总结</h3><a href="/z/1.html">疾控中心上半年工作总结范文</a> <a href="/z/2.html">卫生院半年工作总结</a></div>"""
    page = html_page(f"{article['title']}_半年工作总结_公文范例网", body, "utf-8")
    write(
        "blind_c_watermark_seo_summary.html", page, "utf-8", [article], published="2022-07-06",
        with_=["共审核报告法定传染病13种621例", "适龄儿童各类疫苗接种率均保持在95%以上", "在中心网站和微信公众号开设健康科普专栏"],
        without=["公文范例网", "原创首发", "文秘资料库", "范例网www", "扩展阅读", "怎么写", "由标题、正文和落款", "更多精彩总结", "来源：网友投稿", "gwfl"],
    )


def txt_word_pages_canonical_survey() -> None:
    """A CRLF text copy of a Word document: page-number lines split sentences; a canonical-link line and a notice end it."""
    article = A.RENOVATION_SURVEY
    text = article["text"]
    text = inject(text, "道路破损、停车位不足", "道路破损、", "\n\n- 1 -\n\n")
    text = inject(text, "外墙保温、道路硬化", "外墙保温、", "\n\n- 2 -\n\n")
    text = inject(text, "社会资本参与较少", "社会资本", "\n\n- 3 -\n\n")
    url = "https://www.wenmi365.com/diaoyan/20211.html"
    page = f"""{article['title']}

{text}

- 4 -

温馨提示：本文内容来自网络，仅供写作参考，请根据实际情况修改使用。
本文地址：{url}
"""
    write(
        "blind_c_txt_word_pages_canonical_survey.txt", page, "utf-8", [article], published=None, canonical_url=url,
        with_=["实施方案》第3页的项目清单", "道路破损、停车位不足", "外墙保温、道路硬化"],
        without=["- 2 -", "温馨提示", "本文地址", "wenmi365"],
        newline="\r\n",
    )


def mobile_app_teacher_deeds() -> None:
    """A mobile page (UTF-8) with an app banner, a '展开剩余' fold over text that is on the page, and app-only buttons."""
    article = A.RURAL_TEACHER_DEEDS
    text_lines = lines(article["text"])
    body = f"""<div class="app-banner"><img src="logo.png"><span>范本库APP</span><span>打开APP，阅读体验更佳</span><a href="#">立即打开</a></div>
<header class="m-head"><a href="/">范本库</a> <a href="/search">搜索</a></header>
<section class="m-art">
<h1>{article['title']}</h1>
<div class="m-meta">发布于 2021.09.10 · 事迹材料 · 3451人看过</div>
<div class="m-text">
{p_tags(chr(10).join(text_lines[:5]))}
<div class="m-rest" style="display:none">
{p_tags(chr(10).join(text_lines[5:]))}
</div>
<div class="m-fold"><span>展开剩余65%</span></div>
</div>
<div class="m-btns"><a href="#">APP内查看全文</a> <a href="#">免费下载Word</a></div>
</section>
<section class="m-like"><h3>猜你喜欢</h3><a href="/x/1.html">乡村教师先进事迹材料范文（精选）</a> <a href="/x/2.html">最美教师事迹简介300字</a></section>
<footer>范本库 m.fanbenku.com</footer>"""
    page = html_page(article["title"], body, "utf-8", '<meta name="viewport" content="width=device-width,initial-scale=1">\n')
    write(
        "blind_c_mobile_app_teacher_deeds.html", page, "utf-8", [article], published="2021-09-10",
        with_=["带着学生阅读课外书籍"],
        without=["范本库", "打开APP", "立即打开", "展开剩余", "APP内查看全文", "免费下载Word", "猜你喜欢", "3451人看过"],
    )


def blog_comments_insights() -> None:
    """A WordPress-style blog (UTF-8) with tags, reader comments and a comment form after the article."""
    article = A.CONGRESS_INSIGHTS
    body = f"""<header id="masthead"><p class="site-title"><a href="/">笔耕小筑</a></p><p class="site-description">记录工作中的所思所得</p></header>
<main id="main"><article class="post">
<header class="entry-header"><h1 class="entry-title">{article['title']}</h1>
<div class="entry-meta">发表于 <time datetime="2022-10-28T20:31:00+08:00">2022年10月28日</time> 作者 <a href="/author/admin">admin</a> 分类 <a href="/c/xinde">心得体会</a></div></header>
<div class="entry-content">
{p_tags(article['text'])}
</div>
<footer class="entry-footer">标签：<a href="/t/1">心得体会</a>, <a href="/t/2">二十大</a>, <a href="/t/3">学习笔记</a></footer>
</article>
<div id="comments"><h2 class="comments-title">《{article['title']}》上的3条评论</h2>
<ol class="comment-list">
<li><b>王**</b> 说：<p>写得很实在，尤其是第三部分，借鉴了。</p><span>2022年10月30日 下午3:12</span> <a>回复</a></li>
<li><b>路过的护士</b> 说：<p>同为基层医务人员，很有共鸣！</p><span>2022年11月1日 上午9:40</span> <a>回复</a></li>
<li><b>admin</b> 说：<p>谢谢支持，共同进步。</p><span>2022年11月1日 上午10:02</span> <a>回复</a></li>
</ol>
<div id="respond"><h3>发表评论</h3><p>您的电子邮箱地址不会被公开。必填项已用*标注</p><textarea></textarea><button>发表评论</button></div></div>
<nav class="post-navigation">上一篇文章 <a href="/p/40">读书笔记：基层治理的温度</a> 下一篇文章 <a href="/p/42">年度个人工作小结</a></nav>
</main>
<aside><h2>近期文章</h2><ul><li>读书笔记：基层治理的温度</li><li>年度个人工作小结</li></ul></aside>
<footer id="colophon">自豪地采用WordPress</footer>"""
    page = html_page(f"{article['title']} – 笔耕小筑", body, "utf-8")
    write(
        "blind_c_blog_comments_insights.html", page, "utf-8", [article], published="2022-10-28",
        without=["笔耕小筑", "发表于", "标签：", "条评论", "写得很实在", "很有共鸣", "共同进步", "电子邮箱", "上一篇文章", "近期文章", "WordPress"],
    )


def gbk_two_articles_disclaimer() -> None:
    """A GBK-declared page: a self-check report, then a second full report after '延伸阅读', then notices."""
    first, second = A.SAFETY_SELF_CHECK, A.INSPECTION_RECTIFICATION
    body = f"""<div class="site">好范文吧 haofanwen8.com | 自查报告 整改报告 工作总结 心得体会</div>
<div class="bread">当前位置：好范文吧 → 报告大全 → 自查报告</div>
<div class="box">
<h1>{first['title']}</h1>
<div class="art-info">2020-10-12 15:40 &nbsp;|&nbsp; 报告大全 &nbsp;|&nbsp; 热度：1024℃</div>
<div class="art-body">
{p_tags(first['text'])}
<p>延伸阅读：【整改报告】{second['title']}</p>
<p><strong>{second['title']}</strong></p>
{p_tags(second['text'])}
</div>
<div class="notice">提示：本站所有范文仅供写作参考，请结合本单位实际修改后使用，切勿直接照搬。</div>
<div class="notice">免责声明：本站部分内容由用户投稿，本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。</div>
<div class="tags">本文关键词：自查报告 安全生产 整改报告</div>
</div>"""
    page = html_page(f"{first['title']}_好范文吧", body, "GBK")
    write(
        "blind_c_gbk_two_articles_disclaimer.html", page, "gbk", [first, second], published="2020-10-12",
        with_=["全员签订了安全承诺声明", "资金来源为按营业收入比例计提", "安全提示标识", "在网上开设群众留言和评论回复栏目"],
        without=["好范文吧", "当前位置", "热度", "延伸阅读", "仅供写作参考", "免责声明", "本文关键词"],
    )


def gbk_undeclared_halfwidth_table() -> None:
    """An old ASP table layout served as undeclared GBK, the article in half-width punctuation."""
    article = A.HEALTH_CENTRE_PLAN
    text = article["text"].translate(HALF_WIDTH)
    body = f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/logo.gif" alt="华章文秘网"></td><td>设为首页 | 加入收藏 | 联系我们</td></tr></table>
<table width="778" align="center"><tr><td class="nav">您现在的位置: <a href="/">华章文秘网</a> &gt;&gt; <a href="/jh/">工作计划</a> &gt;&gt; 正文</td></tr></table>
<table width="778" align="center"><tr><td width="560" valign="top">
<table width="100%"><tr><td align="center" class="title"><b>{article['title']}</b></td></tr>
<tr><td align="center" class="info">作者:佚名&nbsp;&nbsp;文章来源:本站原创&nbsp;&nbsp;点击数:2215&nbsp;&nbsp;更新时间:2018-12-27 10:02:11</td></tr>
<tr><td align="center">【字体:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td class="content">
{"<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in lines(text))}
</td></tr>
<tr><td>上一篇文章: <a href="/jh/311.html">卫生院2019年工作计划</a><br>下一篇文章: <a href="/jh/313.html">乡镇卫生院公共卫生工作计划</a></td></tr></table>
</td><td width="218" valign="top"><b>热门文章</b><br><a href="#">2019年党支部工作计划</a><br><a href="#">医院护理部工作计划范文</a><br><a href="#">学校教学工作计划</a></td></tr></table>
<table width="778" align="center"><tr><td align="center">Copyright 2006-2018 华章文秘网 All Rights Reserved</td></tr></table>"""
    page = html_page(f"{article['title']}_华章文秘网", body, None)
    write(
        "blind_c_gbk_undeclared_halfwidth_table.html", page, "gbk", [article], published="2018-12-27",
        with_=["也可在中心网站下载健康处方", "张贴服务提示和投诉电话"],
        without=["华章文秘网", "您现在的位置", "文章来源", "点击数", "打印此文", "上一篇文章", "热门文章", "设为首页"],
    )


def gb2312_gbk_char_deeds_canonical() -> None:
    """A gb2312-declared page whose text needs GBK (喆), with the canonical link printed under the article."""
    article = A.DOCTOR_DEEDS
    url = "http://www.shijicailiao.net/xianjin/2022/0411/9087.html"
    body = f"""<div id="top"><a href="/">事迹材料网</a> <span>先进事迹 | 个人事迹 | 集体事迹 | 英雄事迹</span></div>
<div id="where">位置：<a href="/">首页</a> - <a href="/xianjin/">先进事迹</a> - 阅读</div>
<div id="main">
<h1>{article['title']}</h1>
<h2 class="subtitle">{article['title']}</h2>
<div class="info">日期：2022-04-11 &nbsp; 编辑：事迹材料网 &nbsp; 评论：0</div>
<div id="text">
{p_tags(article['text'])}
</div>
<div class="link">原文链接：{url}</div>
<div class="share">分享到：微信 QQ空间 新浪微博</div>
<div class="pl"><h3>网友评论</h3><p>暂无评论，快来抢沙发吧！</p></div>
</div>"""
    page = html_page(f"{article['title']}-事迹材料网", body, "gb2312")
    write(
        "blind_c_gb2312_gbk_char_deeds_canonical.html", page, "gbk", [article], published="2022-04-11",
        canonical_url=url,
        with_=["王喆从医学院毕业后", "现任××镇卫生院院长", "供大家阅读参考"],
        without=["事迹材料网", "位置：", "日期：", "原文链接", "shijicailiao", "分享到", "网友评论", "抢沙发"],
    )


def txt_gbk_survey_comments() -> None:
    """An undeclared GBK text copy of a survey report with a source meta line on top and reader comments below."""
    article = A.ELDERCARE_SURVEY
    page = f"""{article['title']}
来源：政协之窗 时间：2022年9月15日 点击：652

{chr(10).join(lines(article['text']))}

----------
网友评论（2）
游客 202.101.*.*：数据很详实，建议部分写得有针对性。 2022-09-16
县民政干部：我们乡也有同样的问题，幸福院建了没人管。 2022-09-18
我要评论 | 查看全部评论
"""
    write(
        "blind_c_txt_gbk_survey_comments.txt", page, "gbk", [article], published="2022-09-15",
        with_=["资金来源以县级财政为主", "通过县融媒体中心、政府网站等渠道宣传孝老爱亲典型"],
        without=["政协之窗", "点击：652", "网友评论", "数据很详实", "幸福院建了没人管", "我要评论"],
    )


def txt_big5_two_articles() -> None:
    """An undeclared Big5 text dump in traditional script holding two articles, the second under a '篇二' rule."""
    first, second = A.CONGRESS_INSIGHTS, A.AFTER_SCHOOL_SURVEY
    page = f"""{traditional(first['title'])}
文章日期：2022/11/02　欄目：心得體會　閱讀次數：73

{chr(10).join(lines(traditional(first['text'])))}

————篇二：{traditional(second['title'])}————

{chr(10).join(lines(traditional(second['text'])))}

更多精彩範文請訪問 好文網 www.haowen-tw.com
"""
    write(
        "blind_c_txt_big5_two_articles.txt", page, "big5", [first, second], published="2022-11-02", converted=True,
        with_=["经费来源主要是家长缴费和财政补助"],
        without=["文章日期", "栏目：心得体会", "阅读次数", "篇二", "更多精彩范文", "好文网", "haowen"],
    )


def paywall_middle_utf8() -> None:
    """A UTF-8 page whose report is cut in the middle by a member notice giving the omitted length."""
    article = A.INSPECTION_RECTIFICATION
    text = article["text"]
    cut_start = text.index("（二）关于“部分专项资金管理不规范”的问题")
    cut_end = text.index("（四）关于“干部队伍结构不合理”的问题")
    cut_start = text.index("组织财务人员", cut_start)  # the site cuts mid-paragraph, after the heading
    shown_before, shown_after = text[:cut_start], text[cut_end:]
    body = f"""<div class="hd"><a href="/">廉政文稿网</a> <span>专注纪检监察文稿十年</span></div>
<div class="crumbs">首页 / 报告 / 整改报告 / 正文</div>
<div class="article">
<h1>{article['title']}</h1>
<div class="attr">2019年11月3日 星期日 &nbsp; 来源：廉政文稿网 &nbsp; 作者：本站编辑</div>
<div class="article-content">
{p_tags(shown_before)}
<p class="hide-tip">…………（此处省略约860字，升级为高级会员后可阅读完整内容，<a href="/member/">点此升级</a>）…………</p>
{p_tags(shown_after)}
</div>
<div class="after">本文标签：巡察整改 整改报告 &nbsp; 责任编辑：老吴</div>
</div>"""
    page = html_page(f"{article['title']}-廉政文稿网", body, "utf-8")
    truth = {"title": article["title"], "text": shown_before + shown_after}
    write(
        "blind_c_paywall_middle_utf8.html", page, "utf-8", [truth], published="2019-11-03", truncated=True,
        omitted_chars_min=860,
        with_=["选派3名干部到乡镇挂职锻炼"],
        without=["廉政文稿网", "此处省略", "升级为高级会员", "点此升级", "本文标签", "责任编辑", "星期日"],
    )


PAGE_MAKERS = [
    wenku_preview_truncated,
    wenku_fold_lecture,
    wechat_reading_notes,
    txt_wechat_self_check,
    forum_plan_gbk,
    txt_three_articles,
    txt_gbk_pipes_paywall_speech,
    big5_party_member_deeds,
    txt_big5_lecture,
    trad_pinyin_survey_utf8,
    paywall_tail_plan_gb2312,
    watermark_seo_summary,
    txt_word_pages_canonical_survey,
    mobile_app_teacher_deeds,
    blog_comments_insights,
    gbk_two_articles_disclaimer,
    gbk_undeclared_halfwidth_table,
    gb2312_gbk_char_deeds_canonical,
    txt_gbk_survey_comments,
    txt_big5_two_articles,
    paywall_middle_utf8,
]


def main() -> None:
    for make in PAGE_MAKERS:
        make()
    unknown = [name for name in XFAIL if not (PAGES / name).is_file()]
    assert not unknown, f"XFAIL names pages that were not written: {unknown}"
    print(f"wrote {len(PAGE_MAKERS)} pages with prefix {PREFIX} into {PAGES}")


if __name__ == "__main__":
    main()
