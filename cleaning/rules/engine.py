"""Load the rule packs (TOML data) and apply them to an article's text, recording every removal and what it yields."""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from cleaning.errors import RulePackError
from cleaning.models import Removal
from cleaning.rules.dates import parse_published
from cleaning.titles import without_category_tag

BUILTIN_PACKS = Path(__file__).parent / "packs"

# The closed set of matcher kinds; a pack names one of these, the code below implements each.
KINDS = {
    "inline": "regex searched in the text; the matched span is removed (join = true glues the sentence back)",
    "line": "regex fullmatched against each stripped line; the whole line is removed (join = true glues the "
    "sentence split around it)",
    "cut_from": "regex searched; everything from the match to the end of the text is removed",
    "boundary": "regex fullmatched against a line by match_boundary; starts another article, never removes",
}
# Named groups a pattern may hand to the document; `omitted`, `total` and `shown` are paywall character counts.
YIELD_GROUPS = ("published", "canonical_url", "title", "omitted", "total", "shown")
RULE_FIELDS = {
    "id", "kind", "pattern", "trigger", "reach", "yields", "examples", "keep", "note", "join", "truncated", "order",
    "head",
}
PACK_FIELDS = {"rule", "order", "note", "define"}
_ID = re.compile(r"[a-z][a-z0-9_]*")
# `(?&name)` in a pattern or trigger stands for the pack's `[define]` entry `name` (PCRE's syntax for a named
# sub-pattern): one vocabulary, such as the labels of meta fields, written once and used by several rules.
_DEFINE_REF = re.compile(r"\(\?&([a-z][a-z0-9_]*)\)")
# Packs without an `order` run after the built-in ones, which use 10-90.
DEFAULT_PACK_ORDER = 100

# A cut that would keep less than this share of the text is a notice at the top of the page (navigation such as
# "上一篇:… 下一篇:…" printed above the article), not a trailer: only its own line is removed. The seeds' trailers
# start after 75% of their article (seed 002's SEO filler, the earliest) and their heads end before 5%.
CUT_MIN_POSITION = 0.3
# Characters after which a removed span does not glue the two sides together: the sentence was already over.
SENTENCE_END = "。！？!?；;:：…”’\"」』"
# An ellipsis (…… ... 。。。) ending the text before a paywall cut, across blank lines.
_TRAILING_ELLIPSIS = re.compile(r"[ \t]*(?:…+|\.{3,}|。{3,})\s*$")
# A line shaped like a numbered heading is not the first half of a broken sentence even without final punctuation.
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]+[章节条部分])")
# Headings in the seeds are at most 30 characters; a longer line is a paragraph whatever it starts with.
HEADING_MAX_CHARS = 30


@dataclass(frozen=True)
class Rule:
    """One compiled entry of a pack."""

    pack: str
    id: str
    kind: str
    regex: re.Pattern[str]
    yields: tuple[str, ...] = ()
    join: bool = False
    truncated: bool = False
    # `truncated = "if_last"` (line rules): the notice marks the text truncated only when no article text is left
    # after it; "还剩3页未读" in the middle of a page is a fold with the rest printed below it
    truncated_if_last: bool = False
    order: int = DEFAULT_PACK_ORDER
    head: int | None = None  # `line` rules only: look at the first `head` non-blank lines only
    # A cheap regex the text must contain before `pattern` is searched at all. Patterns that open with optional
    # parts (leading dots, brackets, spaces) make Python's re try every position of the page: ~1 ms a page each
    # for the paywall tails; a trigger such as `\d\s*字` rules most pages out with one fast scan.
    trigger: re.Pattern[str] | None = None
    # With a trigger, `reach = N` says every match starts at most N characters before a trigger hit it contains:
    # the pattern is then tried only at those positions (a few per page) instead of at every character, which is
    # what patterns opening with optional parts cost even on pages where the trigger occurs (www. on most pages).
    reach: int | None = None

    def triggered_by(self, text: str) -> bool:
        return self.trigger is None or self.trigger.search(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's non-empty matches in `text`, left to right, as `regex.finditer` finds them."""
        if self.trigger is None:
            return (found for found in self.regex.finditer(text) if found.group())
        if self.reach is None:
            if self.trigger.search(text) is None:
                return iter(())
            return (found for found in self.regex.finditer(text) if found.group())
        return self._finditer_near_triggers(text)

    def _finditer_near_triggers(self, text: str) -> Iterator[re.Match[str]]:
        # match() at a position sees the text before it (lookbehinds, ^ after a newline) like a search would
        untried = 0  # positions before this were tried already or lie inside a match
        for hit in self.trigger.finditer(text):
            for start in range(max(untried, hit.start() - self.reach), hit.start() + 1):
                found = self.regex.match(text, start)
                if found and found.group():
                    yield found
                    untried = found.end()
                    break
            else:
                untried = max(untried, hit.start() + 1)

    @property
    def name(self) -> str:
        return f"{self.pack}/{self.id}"

    def matches(self, sample: str) -> bool:
        """Whether this rule fires on an example/keep sample, in the way apply or match_boundary would use it."""
        if self.kind in ("line", "boundary"):
            return self.regex.fullmatch(sample.strip()) is not None
        return next(self.finditer(sample), None) is not None


@dataclass
class Yields:
    """What the removed text told about the document."""

    title: str | None = None
    published: date | None = None
    canonical_url: str | None = None
    truncated: bool = False
    omitted_chars: int | None = None


@dataclass
class Applied:
    text: str
    removals: list[Removal]
    yields: Yields


@dataclass(frozen=True)
class BoundaryMatch:
    rule: str
    title: str | None


@dataclass
class _Collector:
    """Gathers removals and yields while the rules run; the first title/date/URL found wins."""

    removals: list[Removal] = field(default_factory=list)
    yields: Yields = field(default_factory=Yields)
    omitted: int = 0
    total_minus_shown: int | None = None

    def record(self, rule: Rule, text: str, found: re.Match[str] | None) -> None:
        if text.strip():
            self.removals.append(Removal(rule=rule.name, text=text))
        if rule.truncated:
            self.yields.truncated = True
        if found is None:
            return
        groups = {name: value for name, value in found.groupdict().items() if value}
        if "title" in groups and self.yields.title is None:
            self.yields.title = groups["title"].strip()
        if "published" in groups and self.yields.published is None:
            self.yields.published = parse_published(groups["published"])
        if "canonical_url" in groups and self.yields.canonical_url is None:
            self.yields.canonical_url = groups["canonical_url"].strip()
        if "omitted" in groups:
            self.omitted += int(groups["omitted"])
        if "total" in groups and "shown" in groups:
            missing = max(int(groups["total"]) - int(groups["shown"]), 0)
            self.total_minus_shown = max(missing, self.total_minus_shown or 0)

    def finish(self) -> Yields:
        # "全文共3480字,当前只显示1933字" already counts any "省略744字" cut in the middle, so it wins over the sum.
        if self.total_minus_shown is not None:
            self.yields.omitted_chars = self.total_minus_shown
        elif self.omitted:
            self.yields.omitted_chars = self.omitted
        return self.yields


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return not stripped or stripped[-1] in SENTENCE_END


def _is_heading(line: str) -> bool:
    line = line.strip()
    return len(line) <= HEADING_MAX_CHARS and _HEADING.match(line) is not None


def _should_join(left: str) -> bool:
    """Glue text across a removed span only when the left side stops mid-sentence."""
    last_line = left.rstrip().rsplit("\n", 1)[-1]
    return not _ends_sentence(left) and not _is_heading(last_line)


class RuleEngine:
    """The built-in packs plus any extra ones, compiled once and applied in a fixed order: inline, line, cut_from."""

    def __init__(self, rules: Sequence[Rule]):
        ordered = sorted(rules, key=lambda rule: rule.order)  # stable: pack file order, then entry order
        self.rules = tuple(ordered)
        self._inline = [rule for rule in ordered if rule.kind == "inline"]
        self._line = _LineRules([rule for rule in ordered if rule.kind == "line"])
        self._cut = [rule for rule in ordered if rule.kind == "cut_from"]
        self._boundary = [rule for rule in ordered if rule.kind == "boundary"]

    @classmethod
    def load(cls, extra_packs: Sequence[str | Path] = ()) -> "RuleEngine":
        """The engine for the built-in packs plus `extra_packs`; cached, since every worker process calls it."""
        return _load_cached(tuple(str(path) for path in extra_packs))

    @classmethod
    def from_paths(cls, paths: Iterable[Path]) -> "RuleEngine":
        """Load exactly these pack files (no built-ins), validating every entry; raises RulePackError."""
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        for path in paths:
            for rule in load_pack(path):
                if rule.id in seen:
                    raise RulePackError(
                        f"rule pack {rule.pack!r}, rule {rule.id!r}: duplicate id, already used in pack {seen[rule.id]!r}"
                    )
                seen[rule.id] = rule.pack
                rules.append(rule)
        return cls(rules)

    def apply(self, text: str) -> Applied:
        """Remove every noise span the rules find, and say what was removed and what it told about the document."""
        collector = _Collector()
        for rule in self._inline:
            text = _apply_inline(rule, text, collector)
        text, notices = _apply_lines(self._line, text, collector)
        kept, cut_at = _apply_cuts(self._cut, text, collector)
        if any(not text[offset:cut_at].strip() for offset in notices):
            collector.yields.truncated = True
        return Applied(text=kept, removals=collector.removals, yields=collector.finish())

    def match_boundary(self, line: str) -> BoundaryMatch | None:
        """Whether `line` is a marker that starts another article on the same page, and that article's title if given."""
        stripped = line.strip()
        for rule in self._boundary:
            found = rule.regex.fullmatch(stripped)
            if found:
                return BoundaryMatch(rule=rule.name, title=_clean_title(found.groupdict().get("title")))
        return None


def _clean_title(raw: str | None) -> str | None:
    """A marker's title without a column tag (【学习心得】学习党史心得体会 -> 学习党史心得体会), without the brackets
    sites put in it (【会议】动员讲话 -> 会议动员讲话) and without quotes around the whole of it; quotes inside it
    belong to the title (村党支部“我为群众办实事”主题党日活动总结)."""
    if not raw:
        return None
    title = _BRACKETS.sub("", without_category_tag(raw.strip())).strip(" :：")
    quoted = _WHOLLY_QUOTED.fullmatch(title)
    return (quoted.group("inner") if quoted else title).strip() or None


_BRACKETS = re.compile(r"[【】\[\]]")
_WHOLLY_QUOTED = re.compile(r"[“\"「『](?P<inner>[^“”\"「」『』]+)[”\"」』]")


@lru_cache(maxsize=16)
def _load_cached(extra_packs: tuple[str, ...]) -> RuleEngine:
    builtin = sorted(BUILTIN_PACKS.glob("*.toml"))
    return RuleEngine.from_paths([*builtin, *(Path(path) for path in extra_packs)])


def load_pack(path: Path) -> list[Rule]:
    """Read and validate one pack file; every problem raises RulePackError naming the pack and the rule."""
    pack = path.stem
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulePackError(f"rule pack {pack!r}: file {path} does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RulePackError(f"rule pack {pack!r}: {path} is not valid UTF-8 TOML: {error}") from None
    unknown = set(data) - PACK_FIELDS
    if unknown:
        raise RulePackError(f"rule pack {pack!r}: unknown top-level keys {sorted(unknown)}; allowed: {sorted(PACK_FIELDS)}")
    order = data.get("order", DEFAULT_PACK_ORDER)
    defines = _load_defines(pack, data.get("define", {}))
    entries = data.get("rule", [])
    if not isinstance(entries, list) or not entries:
        raise RulePackError(f"rule pack {pack!r}: no [[rule]] entries in {path}")
    rules = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        rule = _build_rule(pack, index, entry, order, defines)
        if rule.id in seen:
            raise RulePackError(f"rule pack {pack!r}, rule {rule.id!r}: duplicate id within the pack")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def _load_defines(pack: str, table: object) -> dict[str, str]:
    """The pack's named sub-patterns, in file order; a define may use the ones written above it."""
    if not isinstance(table, dict):
        raise RulePackError(f"rule pack {pack!r}: `define` must be a table of name = 'pattern' entries")
    defines: dict[str, str] = {}
    for name, pattern in table.items():
        where = f"rule pack {pack!r}, define {name!r}"
        if not _ID.fullmatch(name) or not isinstance(pattern, str) or not pattern:
            raise RulePackError(f"{where}: names are ASCII snake_case and values non-empty pattern strings")
        expanded = _expand(pattern, defines, lambda problem: RulePackError(f"{where}: {problem}"))
        try:
            re.compile(expanded)
        except re.error as error:
            raise RulePackError(f"{where}: pattern does not compile: {error}") from None
        defines[name] = expanded
    return defines


def _expand(pattern: str, defines: dict[str, str], fail) -> str:
    """`pattern` with every `(?&name)` replaced by its define as a non-capturing group.

    A reference that is a whole top-level alternative (`(?&unlock)|如需…`) is inlined bare: the match is the same,
    and an alternation whose branches all open with literals lets re skip ahead by first character, where a group
    at the head of a branch makes it try every position of the page (a trigger's whole point is to be cheap).

    >>> _expand("(?&w)|如需", {"w": "登录|付费"}, ValueError), _expand("x(?&w)", {"w": "登录|付费"}, ValueError)
    ('登录|付费|如需', 'x(?:登录|付费)')
    """

    def substitute(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in defines:
            known = ", ".join(defines) or "none"
            raise fail(f"(?&{name}) names no define written above it; defined: {known}")
        if _is_top_level_alternative(pattern, found.start(), found.end()):
            return defines[name]
        return f"(?:{defines[name]})"

    return _DEFINE_REF.sub(substitute, pattern)


def _is_top_level_alternative(pattern: str, start: int, end: int) -> bool:
    """Whether pattern[start:end] opens the pattern or follows an unescaped top-level `|`, and ends it or meets one."""
    depth = 0
    escaped = in_class = False
    opens_branch = start == 0
    for index, char in enumerate(pattern):
        if index == start:
            if depth or in_class:
                return False
        if index == end:
            return opens_branch and not depth and not in_class and char == "|"
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth and index == start - 1:
            opens_branch = True
    return opens_branch and end == len(pattern)


def _build_rule(pack: str, index: int, entry: dict, pack_order: int, defines: dict[str, str]) -> Rule:
    rule_id = entry.get("id")
    where = f"rule pack {pack!r}, rule {rule_id!r}" if rule_id else f"rule pack {pack!r}, entry #{index + 1}"

    def fail(problem: str) -> RulePackError:
        return RulePackError(f"{where}: {problem}")

    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise fail("`id` must be ASCII snake_case (a-z, 0-9, _), starting with a letter")
    unknown = set(entry) - RULE_FIELDS
    if unknown:
        raise fail(f"unknown fields {sorted(unknown)}; allowed: {sorted(RULE_FIELDS)}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise fail(f"unknown kind {kind!r}; known kinds: {', '.join(KINDS)}")
    pattern = entry.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise fail("`pattern` must be a non-empty string (use a TOML literal string '...' so backslashes stay)")
    pattern = _expand(pattern, defines, fail)
    try:
        # MULTILINE so that inline and cut_from patterns can anchor on line starts and ends with ^ and $
        regex = re.compile(pattern, re.MULTILINE)
    except re.error as error:
        raise fail(f"pattern does not compile: {error}") from None
    yields = tuple(entry.get("yields", ()))
    for name in yields:
        if name not in YIELD_GROUPS:
            raise fail(f"unknown yield {name!r}; known yields: {', '.join(YIELD_GROUPS)}")
        if name not in regex.groupindex:
            raise fail(f"yield {name!r} needs a named group (?P<{name}>...) in the pattern")
    truncated_value = entry.get("truncated", False)
    if truncated_value not in (True, False, "if_last"):
        raise fail(f'truncated must be true, false or "if_last", not {truncated_value!r}')
    truncated_if_last = truncated_value == "if_last"
    if truncated_if_last and kind != "line":
        raise fail(f'truncated = "if_last" only applies to line rules (a {kind!r} rule is never followed or always is)')
    truncated = truncated_value is True
    if {"omitted", "total", "shown"} & set(yields) and not truncated:
        raise fail("a rule yielding omitted/total/shown character counts must set truncated = true")
    if ("total" in yields) != ("shown" in yields):
        raise fail("yields `total` and `shown` go together (omitted = total - shown)")
    join = bool(entry.get("join", False))
    if join and kind not in ("line", "inline"):
        raise fail(f"join = true only applies to line and inline rules, not {kind!r}")
    trigger = entry.get("trigger")
    if trigger is not None:
        if not isinstance(trigger, str) or not trigger:
            raise fail("`trigger` must be a non-empty pattern string")
        if kind not in ("inline", "cut_from"):
            raise fail("`trigger` only applies to inline and cut_from rules (line rules are anchored already)")
        try:
            trigger = re.compile(_expand(trigger, defines, fail), re.MULTILINE)
        except re.error as error:
            raise fail(f"trigger does not compile: {error}") from None
    reach = entry.get("reach")
    if reach is not None and (trigger is None or not isinstance(reach, int) or isinstance(reach, bool) or reach < 0):
        raise fail("reach = N (a non-negative integer) needs a `trigger`: how far before a trigger hit a match may start")
    head = entry.get("head")
    if head is not None and (kind != "line" or not isinstance(head, int) or head < 1):
        raise fail("head = N (a positive integer) only applies to line rules")
    rule = Rule(
        pack=pack,
        id=rule_id,
        kind=kind,
        regex=regex,
        yields=yields,
        join=join,
        truncated=truncated,
        truncated_if_last=truncated_if_last,
        order=int(entry.get("order", pack_order)),
        head=head,
        trigger=trigger,
        reach=reach,
    )
    examples, keep = entry.get("examples", []), entry.get("keep", [])
    if not examples:
        raise fail("needs at least one entry in `examples` (text the rule must match)")
    for example in examples:
        if not rule.matches(example):
            raise fail(f"example does not match: {example!r}")
    for sample in keep:
        if rule.matches(sample):
            raise fail(f"keep line matches but must not: {sample!r}")
    if reach is not None:
        for example in examples:
            near = [found.span() for found in rule.finditer(example)]
            everywhere = [found.span() for found in regex.finditer(example) if found.group()]
            if near != everywhere:
                raise fail(f"reach = {reach} misses matches in example {example!r}: a match starts further before its trigger")
    return rule


def _apply_inline(rule: Rule, text: str, collector: _Collector) -> str:
    pieces: list[str] = []
    position = 0
    strip_next = False
    for found in rule.finditer(text):
        left = text[position : found.start()]
        if strip_next:
            left = left.lstrip(" \t")
        kept_so_far = "".join(pieces) + left
        strip_next = rule.join and kept_so_far.strip() != "" and _should_join(kept_so_far)
        if strip_next:
            left = left.rstrip(" \t")
        pieces.append(left)
        collector.record(rule, found.group(), found)
        position = found.end()
    if not pieces:
        return text
    tail = text[position:]
    pieces.append(tail.lstrip(" \t") if strip_next else tail)
    return "".join(pieces)


class _LineRules:
    """The line rules in order, each tried only on lines holding a character its pattern cannot match without.

    Most lines are article text that no rule matches, and many line patterns scan the whole line before they fail
    (`[^\\n]{0,120}?(?:不代表本站|…)`, a lookahead over the line for a field label): trying each of ~60 rules on
    each line cost ~45 µs a line, ~0.45 ms a page. A rule whose every match must contain one of a few characters
    (the `|` of a bar of fields, the first characters of the words it names) is skipped, exactly, on a line that
    holds none of them: ~27 µs a line on the bench pages.
    """

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        # bit i stands for self.rules[i]: a line's candidates are the OR of the masks of the characters it holds
        self._always = 0
        self._needing: dict[str, int] = {}
        for index, rule in enumerate(self.rules):
            needed = necessary_characters(rule.regex)
            if needed is None:
                self._always |= 1 << index
                continue
            for char in needed:
                self._needing[char] = self._needing.get(char, 0) | 1 << index
        # finds the needed characters a line holds in one C scan, instead of a dict lookup per character in Python
        self._needed_class = re.compile(f"[{''.join(map(re.escape, sorted(self._needing)))}]") if self._needing else None

    def first_match(self, stripped: str, nonblank_index: int) -> tuple[Rule | None, re.Match | None]:
        """The first rule, in order, whose pattern fullmatches the stripped line, and its match."""
        candidates = self._always
        if self._needed_class is not None:
            for char in set(self._needed_class.findall(stripped)):
                candidates |= self._needing[char]
        while candidates:
            lowest = candidates & -candidates
            candidates ^= lowest
            rule = self.rules[lowest.bit_length() - 1]
            if rule.head is not None and nonblank_index > rule.head:
                continue
            found = rule.regex.fullmatch(stripped)
            if found:
                return rule, found
        return None, None


def necessary_characters(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of `regex` contains (lookarounds included: what they see lies in the
    searched string), or None when the pattern's shape does not tell.

    Read from the parsed pattern (`re._parser`, the module `re` compiles with): a literal run, a character class
    of a few literals, an alternation (every branch must tell), a group, a repeat of at least one, a positive
    lookaround. Of the sequences' parts, the one with the fewest distinct first characters is taken: those are
    what a line is checked for. Anything else (case folding, backreferences, negative lookarounds) tells nothing.

    >>> sorted(necessary_characters(re.compile(r"(?=[^\\n]*?(?:来源|作者|编辑))(?:[^|]{1,30}\\s*[|｜]\\s*){1,8}.*")))
    ['|', '｜']
    >>> necessary_characters(re.compile(r"(?i)copyright")) is None
    True
    """
    try:
        parsed = re_parser.parse(regex.pattern, regex.flags)
    except Exception:  # a pattern re compiled always parses; anything unexpected only costs the filter
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    needles = _sequence_needles(list(parsed))
    return frozenset(needle[0] for needle in needles) if needles else None


def _sequence_needles(items: list) -> set[str] | None:
    """Strings one of which every match of this sequence contains; consecutive literals count as one string."""
    candidates: list[set[str] | None] = []
    run = ""
    for op, argument in [*items, (None, None)]:
        if op is re_constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            candidates.append({run})
            run = ""
        if op is not None:
            candidates.append(_item_needles(op, argument))
    known = [needles for needles in candidates if needles]
    if not known:
        return None
    return min(known, key=lambda needles: (len({needle[0] for needle in needles}), -min(map(len, needles))))


# a character class of more literals than this ([^…], ranges, \d) is no useful filter
_CLASS_MAX_LITERALS = 8


def _item_needles(op, argument) -> set[str] | None:
    constants = re_constants
    if op is constants.SUBPATTERN:
        _, add_flags, _, pattern = argument
        return None if add_flags & re.IGNORECASE else _sequence_needles(list(pattern))
    if op is constants.ATOMIC_GROUP:
        return _sequence_needles(list(argument))
    if op is constants.BRANCH:
        needles: set[str] = set()
        for branch in argument[1]:
            found = _sequence_needles(list(branch))
            if not found:
                return None
            needles |= found
        return needles
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
        least, _, pattern = argument
        return _sequence_needles(list(pattern)) if least >= 1 else None
    if op is constants.ASSERT:  # a positive lookahead or lookbehind; ASSERT_NOT is another op
        return _sequence_needles(list(argument[1]))
    if op is constants.IN and len(argument) <= _CLASS_MAX_LITERALS:
        if all(kind is constants.LITERAL for kind, _ in argument):
            return {chr(code) for _, code in argument}
    return None


def _apply_lines(rules: _LineRules, text: str, collector: _Collector) -> tuple[str, list[int]]:
    """The text without the lines the rules match; and where each `truncated = "if_last"` notice stood in it."""
    kept: list[str] = []
    # the number of kept lines before each if_last notice still waiting to learn whether text follows it
    notices: list[int] = []
    join_pending = False
    nonblank_seen = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        nonblank_seen += 1
        rule, found = rules.first_match(stripped, nonblank_seen)
        if rule is not None:
            collector.record(rule, stripped, found)
            join_pending = join_pending or rule.join
            if rule.truncated_if_last:
                notices.append(len(kept))
            continue
        if join_pending:
            join_pending = False
            previous = next((index for index in range(len(kept) - 1, -1, -1) if kept[index].strip()), None)
            if previous is not None and _should_join(kept[previous]):
                # the sentence goes on across the notice: text follows it, so it truncated nothing
                notices = [before for before in notices if before <= previous]
                del kept[previous + 1 :]
                kept[previous] = kept[previous].rstrip() + line.lstrip()
                continue
        kept.append(line)
    offsets = [len("\n".join(kept[:before])) for before in notices]
    return "\n".join(kept), offsets


def _apply_cuts(rules: Sequence[Rule], text: str, collector: _Collector) -> tuple[str, int]:
    """Cut the text at the earliest trailer; a trailer-shaped match too early in the text loses only its own line.

    Returns the kept text and where in `text` the trailer cut it (its length when nothing was cut).
    """
    earliest_allowed = int(len(text) * CUT_MIN_POSITION)
    cuts: list[tuple[int, Rule, re.Match[str]]] = []
    early: list[tuple[int, int, Rule, re.Match[str]]] = []
    for rule in rules:
        for found in rule.finditer(text):
            if found.start() >= earliest_allowed:
                cuts.append((found.start(), rule, found))
                break
            line_end = text.find("\n", found.start())
            early.append((found.start(), len(text) if line_end < 0 else line_end + 1, rule, found))
    cut_at = len(text)
    if cuts:
        # attribute each stretch of the removed tail to the rule whose match starts it
        cuts.sort(key=lambda item: item[0])  # stable: at equal starts the rule listed first keeps the removal
        cuts = [cut for number, cut in enumerate(cuts) if number == 0 or cut[0] != cuts[number - 1][0]]
        cut_at = cuts[0][0]
        for number, (start, rule, found) in enumerate(cuts):
            end = cuts[number + 1][0] if number + 1 < len(cuts) else len(text)
            collector.record(rule, text[start:end], found)
    kept = text[:cut_at]
    if cuts and cuts[0][1].truncated:
        # the ellipsis a paywall leaves at the end of the shown text ("…问题……" + notice line) marks the cut
        dots = _TRAILING_ELLIPSIS.search(kept)
        if dots:
            collector.record(cuts[0][1], dots.group(), None)
            kept = kept[: dots.start()]
    last_end = -1
    spans = []
    for start, end, rule, found in sorted(early, key=lambda item: item[0]):
        if start < last_end or start >= cut_at:
            continue
        spans.append((start, min(end, cut_at), rule, found))
        last_end = end
    for start, end, rule, found in reversed(spans):
        collector.record(rule, kept[start:end], found)
        kept = kept[:start] + kept[end:]
    return kept.rstrip(), cut_at
