"""Writes the red-team HTML fixture pages (tests/fixtures/pages/html_*): site structures the first goldens do not use.

Run `python tools/make_html_redteam_pages.py` from the repository root and review the diff. Each page copies how a
kind of 范文/公文 site is really built (DedeCMS tables and <font>, PHPCMS <div> paragraphs, Discuz threads,
WordPress, mobile m. pages, folds, pagination, injected ads); the article texts are in html_redteam_articles.py.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import html_redteam_articles as articles  # noqa: E402
from make_fixture_pages import PAGES, Case, write_json  # noqa: E402


def lines_html(paragraphs, *, tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{escape(p)}</{tag}>" for p in paragraphs)


def is_heading(paragraph: str) -> bool:
    return paragraph[:1] in "一二三四五六七八九" and "、" in paragraph[:3] and len(paragraph) < 30


def dede_nested_table() -> Case:
    """DedeCMS on an old table layout: the article in a <td> three tables deep, <font> and <br><br>, GBK."""
    a = articles.TOWNSHIP_SUMMARY
    body = "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + escape(p) for p in a.paragraphs)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{a.title}_安全生产工作总结_公文易文秘网</title>
<meta name="keywords" content="安全生产,工作总结" /><meta name="description" content="{escape(a.paragraphs[0][:60])}" />
<script language="javascript" src="/js/ads_top.js"></script></head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><h1 class="logo"><a href="/"><img src="/images/logo.gif" alt="公文易文秘网">公文易文秘网</a></h1></td>
<td align="right"><a href="/">网站首页</a> | <a href="/zongjie/">工作总结</a> | <a href="/jihua/">工作计划</a> | <a href="/jianghua/">领导讲话</a> | <a href="/baogao/">调研报告</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="position">当前位置: <a href="/">公文易文秘网</a> &gt; <a href="/zongjie/">工作总结</a> &gt; <a href="/zongjie/anquan/">安全生产工作总结</a> &gt; </td></tr></table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="viewbox">
 <tr><td align="center"><h2>{a.title}</h2></td></tr>
 <tr><td align="center" class="info">时间:2020-01-08 09:41 来源:未知 作者:admin 点击:<script src="/plus/count.php?view=yes&aid=28811"></script> 次</td></tr>
 <tr><td class="content"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
 <font face="宋体" size="3">{body}</font>
 </td></tr></table></td></tr>
 <tr><td class="handle"><div class="context"><ul><li>上一篇：<a href="/zongjie/anquan/28810.html">乡镇安全生产月活动总结</a> </li><li>下一篇：<a href="/zongjie/anquan/28812.html">企业安全生产工作总结范文</a> </li></ul></div></td></tr>
 </table>
</td>
<td width="270" valign="top"><table width="100%"><tr><td class="t">本栏目推荐</td></tr>
<tr><td><a href="/zongjie/anquan/1.html">学校安全工作总结</a><br><a href="/zongjie/anquan/2.html">安全生产大检查总结</a><br><a href="/zongjie/anquan/3.html">消防安全工作总结</a></td></tr></table></td>
</tr></table>
<table width="980" align="center"><tr><td align="center">Copyright &copy; 2010-2020 公文易文秘网 All Rights Reserved. <a href="https://beian.miit.gov.cn/">豫ICP备10020310号</a></td></tr></table>
</body></html>"""
    return Case("html_dede_nested_table", "html", "gbk", html, [a], {
        "title": a.title, "published": "2020-01-08", "parts": 1,
        "without": ["当前位置", "来源:未知", "点击", "上一篇", "本栏目推荐", "学校安全工作总结", "ICP备", "网站首页"],
    })


AD_SCRIPT = '<script type="text/javascript">var cpro_id = "u2261203";(window["cproStyleApi"] = window["cproStyleApi"] || {{}})[cpro_id]={{at:"3",rsi0:"680",rsi1:"250",pat:"17",tn:"baiduCustNativeAD"}};</script>'


def content_with_injected_boxes() -> Case:
    """Article split over sibling <div>s by injected ad scripts and a 相关推荐 box between its paragraphs."""
    a = articles.PARTY_SPEECH
    first, second = a.paragraphs[:5], a.paragraphs[5:]
    related = """<div class="xgtj"><div class="xgtj-t">相关推荐</div><ul>
<li><a href="/jianghua/9921.html">在全县党风廉政建设工作会议上的讲话</a></li>
<li><a href="/jianghua/9922.html">纪委书记在警示教育大会上的讲话</a></li>
<li><a href="/jianghua/9923.html">党风廉政建设责任制述职报告</a></li></ul></div>"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title}-领导讲话-第一公文网</title>
<script src="//cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script></head>
<body><div class="header"><div class="logo"><a href="/">第一公文网</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jianghua/">领导讲话</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/baogao/">工作报告</a></li></ul></div>
<div class="wrap"><div class="left"><div class="article">
<h1>{a.title}</h1>
<div class="arcinfo">发布时间：2021-03-16　栏目：领导讲话</div>
<div id="content">
<div class="content-part">
{lines_html(first)}
</div>
{AD_SCRIPT}
<div class="ad-box"><script>document.write('<a href="/vip/">开通会员 下载全部范文</a>');</script></div>
{related}
<div class="content-part">
{lines_html(second)}
</div>
{AD_SCRIPT}
</div>
<div class="xgtj"><div class="xgtj-t">热门范文</div><ul><li><a href="/a/1.html">2021年党风廉政建设工作计划</a></li><li><a href="/a/2.html">廉政党课讲稿</a></li></ul></div>
</div></div></div>
<div class="footer">第一公文网 版权所有 | <a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a></div></body></html>"""
    return Case("html_content_injected_boxes", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2021-03-16", "parts": 1, "with": ["同志们：", "谢谢大家！"],
        "without": ["相关推荐", "警示教育大会", "开通会员", "热门范文", "栏目：", "cpro_id", "关于我们"],
    })


def phpcms_div_paragraphs() -> Case:
    """PHPCMS: every paragraph is a <div>, headings are bold <div>s, the body in <div class="content">."""
    a = articles.INSPECTION_RECTIFICATION
    body = "\n".join(
        f'<div style="text-indent:2em"><b>{escape(p)}</b></div>' if is_heading(p) else f'<div style="text-indent:2em">{escape(p)}</div>'
        for p in a.paragraphs
    )
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a.title} - 整改报告 - 华夏公文网</title></head>
<body><div class="top_bar"><span>欢迎来到华夏公文网！</span><a href="/member/login.html">登录</a> | <a href="/member/register.html">注册</a></div>
<div class="crumbs">您当前位置：<a href="/">首页</a> &gt; <a href="/baogao/">工作报告</a> &gt; <a href="/baogao/zhenggai/">整改报告</a> &gt; 正文</div>
<div class="main"><div class="col-left"><div class="show">
<h1 class="title">{a.title}</h1>
<div class="tit_bar">日期：2020-07-21　来源：本站原创　浏览次数：<span id="hits">2416</span></div>
<div class="content">
{body}
</div>
<div class="tags">标签：<a href="/tag/xuncha/">巡察整改</a> <a href="/tag/baogao/">整改报告</a></div>
<div class="share">分享到：<a>微信</a> <a>QQ空间</a> <a>微博</a></div>
</div></div>
<div class="col-right"><h5>本周排行</h5><ol><li><a href="/1.html">巡察整改工作情况汇报</a></li><li><a href="/2.html">主题教育检视问题整改清单</a></li><li><a href="/3.html">民主生活会整改措施</a></li></ol></div></div>
<div class="footer">华夏公文网 www.hxgw.example.com 联系QQ：88886666 备案号：鲁ICP备15000001号-1</div></body></html>"""
    return Case("html_phpcms_div_paragraphs", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2020-07-21", "parts": 1,
        "without": ["欢迎来到", "您当前位置", "来源：本站原创", "浏览次数", "标签", "分享到", "本周排行", "鲁ICP备"],
    })


def center_title_paginated() -> Case:
    """An old static site: <center><h2> title, the article cut into pages with '上一页 1 2 3 下一页' below."""
    a = articles.CADRE_REFLECTION_PAGE_ONE
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a.title}(1)_心得体会_范文118</title></head>
<body bgcolor="#FFFFFF">
<div class="topad"><script src="/ad/top.js"></script></div>
<div class="nav">范文118 &gt;&gt; <a href="/xinde/">心得体会</a> &gt;&gt; 培训心得</div>
<center><h2>{a.title}</h2></center>
<center><font color="#999999">更新时间：2019-09-23　　作者：网友投稿</font></center>
<hr size="1" color="#cccccc">
<div class="text">
{lines_html(a.paragraphs)}
</div>
<div class="pagelist" align="center"><a href="/xinde/1201.html">上一页</a> <b>1</b> <a href="/xinde/1201_2.html">2</a> <a href="/xinde/1201_3.html">3</a> <a href="/xinde/1201_2.html">下一页</a></div>
<div class="pagelist" align="center">共3页: 上一页 [1] [2] [3] 下一页</div>
<hr size="1" color="#cccccc">
<center>范文118 版权所有 <a href="/">返回首页</a></center></body></html>"""
    return Case("html_center_title_paginated", "html", "gbk", html, [a], {
        "title": a.title, "published": "2019-09-23", "parts": 1,
        "without": ["上一页", "下一页", "共3页", "范文118", "网友投稿", "返回首页"],
    })


def fold_hidden_rest() -> Case:
    """A '展开全文' fold: the rest of the article is in the page, hidden by CSS until the reader clicks."""
    a = articles.NURSE_DEBRIEF
    shown, hidden = a.paragraphs[:3], a.paragraphs[3:]
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{a.title}_述职报告_蓝山范文网</title>
<style>.fold-hide{{display:none}}</style></head>
<body><div class="hd"><a href="/">蓝山范文网</a><form action="/search"><input name="kw" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="bread"><a href="/">首页</a> &gt; <a href="/shuzhi/">述职报告</a> &gt; 护士长述职报告</div>
<div class="art-wrap"><h1>{a.title}</h1>
<p class="art-meta">发布时间：2021-12-20　阅读：3352</p>
<div class="art-body">
{lines_html(shown)}
<div class="fold-hide" id="fold" style="display:none">
{lines_html(hidden)}
</div>
<div class="fold-btn" onclick="document.getElementById('fold').style.display='block';this.style.display='none'">展开全文 ∨</div>
</div>
<div class="art-bottom">本文由蓝山范文网编辑整理，仅供学习参考。</div>
</div>
<div class="ft"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap/">网站地图</a></p><p>蜀ICP备19012345号</p></div></body></html>"""
    return Case("html_fold_hidden_rest", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2021-12-20", "parts": 1,
        "with": ["尊敬的各位领导、各位同事："],
        "without": ["展开全文", "请输入关键词", "编辑整理", "网站地图", "ICP备"],
    })


def table_of_figures() -> Case:
    """An article that holds a <table> of figures: the cells are article text."""
    a = articles.STATISTICS_SUMMARY
    rows = [p for p in a.paragraphs if p.split(" ")[0] and p.count(" ") == 3]
    before = a.paragraphs[: a.paragraphs.index(rows[0])]
    after = a.paragraphs[a.paragraphs.index(rows[-1]) + 1 :]
    header, *data = [r.split(" ") for r in rows]
    table = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" align=\"center\">\n<tr>" + "".join(
        f"<th>{escape(c)}</th>" for c in header
    ) + "</tr>\n" + "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in data) + "\n</table>"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title} - 统计工作总结 - 公文汇</title></head>
<body><div id="header"><div class="logo">公文汇</div><div class="menu"><a href="/">首页</a><a href="/zj/">工作总结</a><a href="/bg/">报告</a></div></div>
<div id="main"><div class="article">
<div class="title"><h1>{a.title}</h1><span class="date">2021-01-15</span></div>
<div class="article-content">
{lines_html(before)}
{table}
{lines_html(after)}
</div></div>
<div class="sidebar"><h3>最新范文</h3><ul><li><a href="/1.html">统计局半年工作总结</a></li><li><a href="/2.html">人口普查工作总结</a></li></ul></div></div>
<div id="footer">公文汇 © 2021</div></body></html>"""
    return Case("html_table_of_figures", "html", "utf-8", html, [a], {
        # the date stands alone in a <span> beside the <h1>: trafilatura's date search rightly takes it
        "title": a.title, "published": "2021-01-15", "parts": 1,
        "with": ["地区生产总值（亿元）", "-1.8%"],
        "without": ["最新范文", "人口普查工作总结", "公文汇"],
    })


TEASERS = (
    ("/xinde/1.html", "新教师培训心得体会范文", "通过这次新教师培训，我深刻认识到作为一名教师肩负的责任。培训中专家们的讲座深入浅出，使我在教学理念和方法上都有了很大的提高……"),
    ("/xinde/2.html", "教师暑期培训学习心得", "今年暑假，我参加了市教育局组织的骨干教师培训。几天来，聆听了多位专家的精彩报告，使我对新课程改革有了更深的理解……"),
    ("/xinde/3.html", "青年教师成长培训心得", "作为一名刚走上讲台的青年教师，我有幸参加了学校组织的青蓝工程培训活动，在师傅的悉心指导下，我的课堂教学能力有了明显进步……"),
    ("/xinde/4.html", "班主任培训心得体会", "班主任是班级工作的组织者和指导者。参加这次班主任培训后，我对如何做好班级管理工作有了新的认识，也学到了许多实用的方法……"),
)


def sidebar_long_teasers() -> Case:
    """A sidebar of article-like teasers, each a long sentence of the same genre as the article."""
    a = articles.TRAINING_REFLECTION
    teasers = "\n".join(
        f'<li><h4><a href="{href}">{escape(t)}</a></h4><p>{escape(text)}</p></li>' for href, t, text in TEASERS
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title} | 教师范文网</title></head>
<body><header class="site-header"><a class="brand" href="/">教师范文网</a><nav><a href="/">首页</a> <a href="/xinde/">心得体会</a> <a href="/jiaoan/">教案</a></nav></header>
<div class="container"><main class="post"><h1>{a.title}</h1>
<div class="post-meta">发布日期：2022-09-02</div>
<div class="post-body">
{lines_html(a.paragraphs)}
</div></main>
<aside class="related"><h3>同类范文推荐</h3><ul>
{teasers}
</ul></aside></div>
<footer>教师范文网 - 免费教师范文下载</footer></body></html>"""
    return Case("html_sidebar_long_teasers", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2022-09-02", "parts": 1,
        "without": [t for _, _, t in TEASERS] + ["同类范文推荐", "新教师培训心得体会范文"],
    })


SIDEBAR_LINKS = (
    "社区垃圾分类工作总结", "垃圾分类宣传活动总结", "小区垃圾分类实施方案", "垃圾分类志愿者心得体会",
    "街道垃圾分类工作汇报", "学校垃圾分类活动方案", "垃圾分类倡议书", "社区环境整治工作总结",
    "文明城市创建工作总结", "社区党建工作总结", "社区网格化管理工作总结", "社区年度工作计划",
)


def short_article_long_sidebar() -> Case:
    """A short article (~400 characters) beside a sidebar with more words than it has."""
    a = articles.SHORT_NOTICE_SUMMARY
    links = "\n".join(f'<li><a href="/z/{i}.html">{escape(t)}</a><span>2022-0{1 + i % 9}-1{i % 10}</span></li>' for i, t in enumerate(SIDEBAR_LINKS))
    blurbs = "\n".join(f"<p>{escape(text)}</p>" for _, _, text in TEASERS[:2])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title}_社区工作总结_城乡范文</title></head>
<body><div class="top">城乡范文 — 基层工作者的范文库</div>
<div class="position">当前位置：<a href="/">城乡范文</a> &gt; <a href="/shequ/">社区工作</a></div>
<div class="layout">
<div class="main-col"><h1>{a.title}</h1><div class="meta">时间：2022-11-30</div>
<div class="text">{lines_html(a.paragraphs)}</div></div>
<div class="side-col"><div class="box"><h3>相关文章</h3><ul>{links}</ul></div>
<div class="box"><h3>编辑推荐</h3>{blurbs}</div></div>
</div>
<div class="foot">城乡范文 2022 | 联系邮箱：service@example.com</div></body></html>"""
    return Case("html_short_article_long_sidebar", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2022-11-30", "parts": 1,
        "without": list(SIDEBAR_LINKS[1:4]) + [TEASERS[0][2][:20], "编辑推荐", "联系邮箱"],
    })


def mobile_app_banner() -> Case:
    """A mobile m. page: sticky '打开APP阅读' banner, a lazy 'read more' button, a footer with QQ group and ICP."""
    a = articles.YOUTH_LEAGUE_SUMMARY
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{a.title}-团委工作总结-高考范文网手机版</title><link rel="canonical" href="https://www.gkfw.example.com/tuanwei/2021/1230/5581.html"></head>
<body class="m"><div class="m-fixed-top" style="position:fixed;top:0">打开APP阅读，免流量看全文 <a class="open-app" href="gkfw://article/5581">打开</a></div>
<div class="m-header"><a href="/" class="back">返回</a><span class="m-logo">高考范文网</span><a href="/search/" class="m-search">搜索</a></div>
<div class="m-article"><h1 class="m-title">{a.title}</h1>
<div class="m-meta"><span>2021-12-30</span> <span>团委工作总结</span></div>
<div class="m-content">
{lines_html(a.paragraphs)}
</div>
<div class="m-open-app"><a href="gkfw://article/5581">APP内打开，查看更多精选范文</a></div>
</div>
<div class="m-list"><h3>大家都在看</h3><ul><li><a href="/a/1.html">2021年团委工作总结及2022年工作计划</a></li><li><a href="/a/2.html">团支部年度工作总结</a></li></ul></div>
<div class="m-footer"><p><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> <a href="/">电脑版</a></p>
<p>范文交流QQ群：123456789</p><p>Copyright © 2021 m.gkfw.example.com 浙ICP备17000001号</p></div></body></html>"""
    return Case("html_mobile_app_banner", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2021-12-30", "parts": 1,
        "canonical_url": "https://www.gkfw.example.com/tuanwei/2021/1230/5581.html",
        "without": ["打开APP阅读", "免流量", "APP内打开", "大家都在看", "QQ群", "浙ICP备", "电脑版", "返回"],
    })


def wordpress_strong_headings() -> Case:
    """WordPress: headings are <strong> inside <p>, the body in .entry-content with a share bar and post nav."""
    a = articles.DISCIPLINE_REFLECTION
    body = "\n".join(
        f"<p><strong>{escape(p)}</strong></p>" if is_heading(p) else f"<p>{escape(p)}</p>" for p in a.paragraphs
    )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{a.title} &#8211; 党建学习园地</title>
<meta property="article:published_time" content="2023-12-28T08:30:00+08:00"></head>
<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">党建学习园地</a></p><p class="site-description">学习强国 我们在行动</p></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1024" class="post-1024 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{a.title}</h1>
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="2023-12-28T08:30:00+08:00">2023年12月28日</time></span> <span class="byline">作者 <a href="/author/admin/">学习园地小编</a></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy"><h3 class="sd-title">分享此文：</h3><ul><li><a>微信</a></li><li><a>微博</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">发布在 <a href="/category/xinde/">心得体会</a></span></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="/1023.html">上一篇 学习党章心得</a></div><div class="nav-next"><a href="/1025.html">下一篇 主题教育读书班心得</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><p class="must-log-in">要发表评论，您必须先<a href="/wp-login.php">登录</a>。</p></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">自豪地采用WordPress</div></footer></div></body></html>"""
    return Case("html_wordpress_strong_headings", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2023-12-28", "parts": 1,
        "with": ["一、纪律是党的生命线"],
        "without": ["学习强国 我们在行动", "分享此文", "上一篇", "发表回复", "您必须先", "WordPress", "学习园地小编"],
    })


def title_three_times() -> Case:
    """The title in <h1>, as the last item of the breadcrumb, and again as the first paragraph of the body."""
    a = articles.VILLAGE_REPORT
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title}</title></head>
<body><div class="header">述职报告网</div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/shuzhi/">述职报告</a> &gt; {a.title}</div>
<div class="content-wrap"><h1>{a.title}</h1>
<div class="info">时间：2023-01-05 来源：述职报告网</div>
<div class="content">
<p style="text-align:center"><strong>{a.title}</strong></p>
{lines_html(a.paragraphs)}
</div></div>
<div class="footer">述职报告网 版权所有</div></body></html>"""
    return Case("html_title_three_times", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2023-01-05", "parts": 1,
        "without": ["首页 > 述职报告", "来源：述职报告网", "版权所有"],
    })


REPLIES = (
    ("青山绿水", "2021-3-2 11:02", "感谢楼主分享，正好要写水利工作计划，参考一下。"),
    ("水务小兵", "2021-3-3 08:45", "内容很实在，河长制那部分写得好，顶一个！"),
    ("admin", "2021-3-5 16:20", "欢迎大家多多交流，本版块每周更新。"),
)


def discuz_thread() -> Case:
    """A Discuz! forum thread: the article is the first post; replies sit in the same <div class="pl"> structure."""
    a = articles.WATER_PLAN
    first_post = "<br />\n".join(escape(p) for p in a.paragraphs)

    def post(number: int, author: str, when: str, message: str) -> str:
        return f"""<div id="post_{number}"><table id="pid{number}" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{number}.html" class="xw1">{escape(author)}</a></div></div>
<div><div class="avatar"><img src="uc_server/avatar.php?uid={number}"></div></div><p><em>积分</em> {number * 137}</p></td>
<td class="plc"><div class="pi"><strong><a href="#pid{number}">{'楼主' if number == 1 else f'{number}#'}</a></strong>
<div class="pti"><div class="authi"><em id="authorposton{number}">发表于 {when}</em> | <a href="#">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{number}">
{message}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po"><a class="fastre" href="#">回复</a> <a href="#">举报</a></div></td></tr></table></div>"""

    posts = [post(1, "水利人", "2021-3-1 09:30", first_post)] + [
        post(i, who, when, escape(text)) for i, (who, when, text) in enumerate(REPLIES, start=2)
    ]
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a.title} - 工作计划 - 公文写作论坛 -  Powered by Discuz!</title></head>
<body id="nv_forum" class="pg_viewthread"><div id="toptb" class="cl"><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging">登录</a></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">公文写作论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">工作计划</a> <em>&rsaquo;</em> <a href="thread-3381-1-1.html">{a.title}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl"><div class="pg"><strong>1</strong><a href="thread-3381-2-1.html">2</a><a href="thread-3381-2-1.html" class="nxt">下一页</a></div></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2816</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(REPLIES)}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{a.title}</span></h1></td></tr></table>
{chr(10).join(posts)}
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="/">公文写作论坛</a></strong></p></div>
<div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p></div></div></body></html>"""
    return Case("html_discuz_thread", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2021-03-01", "parts": 1,
        "without": [text for _, _, text in REPLIES] + ["只看该作者", "立即注册", "Powered by", "积分", "查看:"],
    })


def fullwidth_punctuation() -> Case:
    """UTF-8 with full-width punctuation everywhere, 〔〕 document numbers and 1． headings."""
    a = articles.FULLWIDTH_REPORT
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title}（范文）—公文写作网</title></head>
<body><div class="head">公文写作网：写材料，来这里！</div>
<div class="path">位置：<a href="/">首页</a>＞<a href="/baogao/">报告</a>＞<a href="/baogao/qingkuang/">情况报告</a></div>
<div class="wz"><h1>{a.title}</h1>
<div class="wz_info">发布时间：2021年05月10日　　字数：约1100字</div>
<div class="wz_con">
{lines_html(a.paragraphs)}
</div>
<div class="wz_tip">（温馨提示：本文仅供参考，请结合本单位实际修改使用。）</div>
</div>
<div class="foot">公文写作网　版权所有：公文写作网（©2021）</div></body></html>"""
    return Case("html_fullwidth_punctuation", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2021-05-10", "parts": 1,
        "with": ["（市监发〔2021〕12号）", "1．部分小餐饮单位"],
        "without": ["写材料，来这里", "位置：", "字数：", "温馨提示", "版权所有"],
    })


def unnumbered_sub_headings() -> Case:
    """One summary whose <h3> sub-headings carry no numbers, the last one ending in a document-type word."""
    a = articles.HOSPITAL_HALF_YEAR
    headings = {"主要业务指标完成情况", "医疗质量持续提升", "疫情防控毫不松懈", "下半年工作计划"}
    body = "\n".join(f"<h3>{escape(p)}</h3>" if p in headings else f"<p>{escape(p)}</p>" for p in a.paragraphs)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{a.title}_医院工作总结_卫生公文网</title></head>
<body><div class="top"><a href="/">卫生公文网</a> | <a href="/zongjie/">工作总结</a> | <a href="/jihua/">工作计划</a></div>
<div class="article"><h1>{a.title}</h1><div class="meta">发布时间：2022-07-06</div>
<div class="article-body">
{body}
</div></div>
<div class="foot">卫生公文网 版权所有</div></body></html>"""
    return Case("html_unnumbered_sub_headings", "html", "utf-8", html, [a], {
        "title": a.title, "published": "2022-07-06", "parts": 1,
        "without": ["卫生公文网", "发布时间"],
    })


# Cases the pipeline does not pass yet, with what is missing (rule-pack gaps reported to the rules' owner).
KNOWN_FAILURES: dict[str, str] = {}

GENERATED = (
    dede_nested_table, content_with_injected_boxes, phpcms_div_paragraphs, center_title_paginated, fold_hidden_rest,
    table_of_figures, sidebar_long_teasers, short_article_long_sidebar, mobile_app_banner, wordpress_strong_headings,
    title_three_times, discuz_thread, fullwidth_punctuation, unnumbered_sub_headings,
)  # fmt: skip


def write_case(case: Case) -> Path:
    page = PAGES / f"{case.name}.{case.ext}"
    page.write_bytes(case.html.encode(case.encoding))  # strict: a character the charset lacks is an error here
    expected = {
        "input": page.name, "encoding": case.encoding, "truncated": False, "converted_from_traditional": False,
        "canonical_url": None, "published": None, "with": [], "sentences": "all", **case.expected,
        "truth": [{"title": a.title, "text": a.text} for a in case.truth],
    }
    if case.name in KNOWN_FAILURES:
        expected["xfail"] = KNOWN_FAILURES[case.name]
    write_json(PAGES / f"{case.name}.json", expected)
    return page


def main() -> None:
    pages = [write_case(build()) for build in GENERATED]
    print(f"wrote {len(pages)} red-team pages to {PAGES}")


if __name__ == "__main__":
    main()
