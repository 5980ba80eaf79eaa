"""Chooses an article's title and takes the copies of it that template sites print above the body out of the text."""

from __future__ import annotations

import re
import unicodedata

from cleaning.models import Removal

# A title is one line of a few words; the seeds' titles have 9-34 characters, their shortest body paragraph
# ~60. 40 leaves room for long official titles ("关于……的报告") without taking a short paragraph for one.
TITLE_MAX_CHARS = 40
# "搜索", "正文", "简介" are site chrome; no document title in the seeds is shorter than 9 characters.
TITLE_MIN_CHARS = 4
# Copies of the title sit above the first paragraph: the seeds show them within the first 6 non-blank lines
# (003: title, title, subtitle, title); 10 covers a meta line or two more without reaching into the body.
TITLE_SCAN_LINES = 10
# A line this long, or one that ends a sentence, is a paragraph: the body has begun and no title copy follows.
# The seeds' meta lines (which the rules may have missed) stay under 60, their paragraphs mostly run longer.
PARAGRAPH_MIN_CHARS = 60
_SENTENCE_END = re.compile(r"[。！？!?]")
# A title with the site's name glued on ("卫生局工作总结_范文网"); site names in the field are 2-12 characters.
SITE_SUFFIX_MAX_CHARS = 12

# Punctuation that ends or splits a sentence; a title carries none of it (a colon introduces a body: "同志们:").
_SENTENCE_PUNCTUATION = re.compile(r"[。！？；，,;!?:：]")
# Numbered sub-headings of one document: 一、 (三) （三） 1、 1. 第一, 第一条 ①
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．]"
    r"|第[一二三四五六七八九十百\d]+[,，、条章节部分是]|[①-⑳])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A bar separates the items of a menu, a login bar, a meta line or a table row; no title in the fixtures has one.
_ITEM_SEPARATOR = re.compile(r"[|｜]")
_SITE_SUFFIX = re.compile(r"^\s*(?:[_|｜\-–—]+|\s+[-–—]\s+)")


def title_key(text: str) -> str:
    """What two spellings of one title share: NFKC width, no whitespace.

    >>> title_key("卫生局工作总结 ") == title_key("卫生局 工作总结")
    True
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def is_numbered_heading(line: str) -> bool:
    """
    >>> [is_numbered_heading(x) for x in ("一、基本情况", "(三)抓岗位竞赛", "1、妇幼保健", "第一,正确认识", "县卫生局工作总结")]
    [True, True, True, True, False]
    """
    return bool(_NUMBERED_HEADING.match(line))


def is_title_like(line: str) -> bool:
    """A short line of Chinese words with no sentence punctuation or menu bars that is not a numbered sub-heading.

    >>> is_title_like("县卫生局创先争优工作总结"), is_title_like("一、基本情况"), is_title_like("同志们:")
    (True, False, False)
    >>> is_title_like("写材料用笔杆子  登录 | 注册 | 会员中心")
    False
    """
    stripped = line.strip()
    return (
        TITLE_MIN_CHARS <= len(stripped) <= TITLE_MAX_CHARS
        and bool(_CJK.search(stripped))
        and not _SENTENCE_PUNCTUATION.search(stripped)
        and not _ITEM_SEPARATOR.search(stripped)
        and not is_numbered_heading(stripped)
    )


def first_title_line(text: str) -> str | None:
    """The title a text opens with: its first non-blank line if title-like, joined with a second one when the
    title is split over two lines (the second then ends the title block before a blank line).

    >>> first_title_line("在××医院党的群众路线教育实践活动\\n\\n动员大会上的讲话\\n\\n同志们:")
    '在××医院党的群众路线教育实践活动动员大会上的讲话'
    >>> first_title_line("今年以来,我局认真贯彻落实上级部署。") is None
    True
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:3]
    if not lines or not is_title_like(lines[0]):
        return None
    if len(lines) >= 2 and _is_listing_copy(lines[0], lines[1]):
        # the site's listing title ("…的讲话范文") over the author's: the author's is the title
        return lines[1]
    if len(lines) >= 3 and is_title_like(lines[1]) and not is_title_like(lines[2]) and _is_split_title(lines[0], lines[1]):
        return lines[0] + lines[1]
    return lines[0]


# What a site appends to a title in its listings: "…的讲话范文", "…总结(精选)", "…报告范本"
_LISTING_SUFFIX = re.compile(r"^(?:范文|範文|范本|範本|模板|精选|精選|大全|[(（【\[](?:精选|精選|最新|推荐|热门|范文)[)）】\]])+$")


def _is_listing_copy(line: str, title: str) -> bool:
    """`line` is `title` with a listing suffix appended.

    >>> _is_listing_copy("在全县卫生健康工作会议上的讲话范文", "在全县卫生健康工作会议上的讲话")
    True
    >>> _is_listing_copy("在全县卫生健康工作会议", "上的讲话")
    False
    """
    line_key, key = title_key(line), title_key(title)
    return len(key) >= TITLE_MIN_CHARS and line_key.startswith(key) and bool(_LISTING_SUFFIX.match(line_key[len(key) :]))


def _is_split_title(first: str, second: str) -> bool:
    # A Word title broken over two lines: the first half does not stand alone (it ends in the middle of a noun
    # phrase, before "上的讲话"/"的报告"), the second starts where it stopped.
    return len(first + second) <= TITLE_MAX_CHARS + 10 and second[:1] in "上的会动大中关于之暨和与及在"


def choose_title(*, segment_hint: str | None, rule_title: str | None, page_title: str | None, text: str) -> str | None:
    """The best title known for an article, most specific source first.

    A segment's own hint (the heading it started at) beats a rule's yield (a `标题:` line), which beats the
    page's <title>/<h1> (which names only the page's first article); with none of them, a title-like first line.

    >>> choose_title(segment_hint=None, rule_title=None, page_title="卫生局工作总结", text="正文")
    '卫生局工作总结'
    >>> choose_title(segment_hint=None, rule_title=None, page_title=None, text="县卫生局工作总结\\n\\n今年以来,……")
    '县卫生局工作总结'
    """
    for candidate in (segment_hint, rule_title, page_title):
        if candidate and candidate.strip():
            return candidate.strip()
    return first_title_line(text)


def strip_repeated_title(text: str, title: str | None) -> tuple[str, list[Removal]]:
    """Take out the copies of `title` printed above the first paragraph; each becomes a `title/repeated` removal.

    A copy is a line equal to the title, the title split over two consecutive lines, or the title with a short
    site suffix or a listing suffix (范文, (精选)); width and spaces do not matter.

    >>> strip_repeated_title("卫生局总结\\n\\n卫生局总结_某某网\\n\\n今年以来,我局认真贯彻落实上级部署。", "卫生局总结")[0]
    '\\n\\n今年以来,我局认真贯彻落实上级部署。'
    >>> strip_repeated_title("卫生局年度总结 今年以来,我局认真贯彻落实上级部署。", "卫生局年度总结")[0]
    '今年以来,我局认真贯彻落实上级部署。'
    """
    if not title or not title_key(title):
        return text, []
    key = title_key(title)
    lines = text.split("\n")
    drop: set[int] = set()
    removals: list[Removal] = []
    seen = 0
    index = 0
    while index < len(lines) and seen < TITLE_SCAN_LINES:
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        seen += 1
        line_key = title_key(line)
        if line_key == key or _is_title_with_suffix(line_key, key) or _is_listing_copy(line, title):
            drop.add(index)
            removals.append(Removal(rule="title/repeated", text=line))
        else:
            after = _next_nonblank(lines, index)
            if after is not None and line_key + title_key(lines[after]) == key:
                drop.update((index, after))
                removals.append(Removal(rule="title/repeated", text=line + "\n" + lines[after].strip()))
                index = after
            elif len(line) >= PARAGRAPH_MIN_CHARS or _SENTENCE_END.search(line):
                if _opens_with_title(line, title.strip()):
                    # pages flattened to one line per table cell print the title, a space, then the body
                    removals.append(Removal(rule="title/repeated", text=title.strip()))
                    lines[index] = line[len(title.strip()) :].lstrip()
                break
        index += 1
    if not removals:
        return text, []
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return "\n".join(kept), removals


def _opens_with_title(line: str, title: str) -> bool:
    """The paragraph starts with the whole title followed by a space (`区卫生局…工作总结 今年2月,在区…`)."""
    return len(title) >= TITLE_MIN_CHARS and line.startswith(title) and line[len(title) : len(title) + 1].isspace()


def _is_title_with_suffix(line_key: str, key: str) -> bool:
    if not line_key.startswith(key) or len(line_key) - len(key) > SITE_SUFFIX_MAX_CHARS:
        return False
    return bool(_SITE_SUFFIX.match(line_key[len(key):]))


def _next_nonblank(lines: list[str], index: int) -> int | None:
    for after in range(index + 1, min(len(lines), index + 4)):
        if lines[after].strip():
            return after
    return None


# Words a document title ends with in this field (工作总结, 动员讲话, 整改方案, 述职报告 ...); a title-like line in
# running text starts a new article only if it ends with one of these (after a bracketed note like "(定稿)").
DOCUMENT_TYPE_WORDS = (
    "总结", "小结", "报告", "讲话", "发言", "发言稿", "讲话稿", "计划", "规划", "方案", "汇报", "心得", "体会",
    "意见", "致辞", "述职", "通知", "决定", "演讲稿", "演讲", "倡议书", "申请书", "调研报告", "自查报告",
    # blind_f_h2_four titles an essay "…护士长先进事迹材料"; the others name kinds of official papers as well
    "材料", "事迹", "纪要", "简报", "预案", "通报", "请示", "细则",
)  # fmt: skip
_TRAILING_NOTE = re.compile(r"\s*[(（【\[][^)）】\]]{1,8}[)）】\]]\s*$")
# A column tag in brackets before a linked title: "【学习心得】学习党史心得体会(二)". Column names in the fixture pages
# run 2-6 characters; a bracket holding a meeting's name ("【医院群众路线教育动员大会】动员讲话") is part of the title.
_LEADING_TAG = re.compile(r"^\s*[【\[〔［]\s*([^】\]〕］\n]{1,8}?)\s*[】\]〕］]\s*")
# Tags that name no document type but a site's list: 【原创】, 【精选】, 【推荐】.
CATEGORY_TAG_WORDS = ("原创", "推荐", "精选", "热门", "最新", "转载", "精品", "置顶", "范文")


def ends_with_document_type(line: str) -> bool:
    """
    >>> ends_with_document_type("卫生局创先争优活动大总结"), ends_with_document_type("动员讲话(定稿)")
    (True, True)
    >>> ends_with_document_type("加强领导,强化措施")
    False
    """
    core = _TRAILING_NOTE.sub("", line.strip())
    return core.endswith(DOCUMENT_TYPE_WORDS)


def without_category_tag(title: str) -> str:
    """`title` without a leading bracketed column tag, when the tag names a kind of document or a list and the
    rest is a document title of its own.

    >>> without_category_tag("【学习心得】学习党史心得体会(二)")
    '学习党史心得体会(二)'
    >>> without_category_tag("【医院群众路线教育动员大会】动员讲话(定稿)")
    '【医院群众路线教育动员大会】动员讲话(定稿)'
    >>> without_category_tag("【工作总结】三个月来的收获")
    '【工作总结】三个月来的收获'
    """
    found = _LEADING_TAG.match(title)
    if not found:
        return title
    tag, rest = found.group(1), title[found.end() :].strip()
    if tag.endswith(DOCUMENT_TYPE_WORDS + CATEGORY_TAG_WORDS) and is_title_like(rest) and ends_with_document_type(rest):
        return rest
    return title
