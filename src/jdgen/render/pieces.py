"""Markdown parsed piece by piece, with the pieces that recur parsed once.

Postings of one role share most of their text word for word, so a posting is
cut into pieces that parse alone exactly as they do in place, and a piece
seen again is not parsed again. The pieces that name one company (its
introduction, its facts list, its equal-opportunity line) are new every time;
the commonest shapes among them -- one line of plain text, a tight list of
one-line items -- get their tokens built directly, exactly as markdown-it
would make them, at a fraction of the cost.

Where a posting is cut, in CommonMark terms: before a ``## `` heading, after
the line of an ATX heading that starts a piece, after a blank line before a
line that starts flush left and cannot continue what came before (anything
but a list marker or indentation), and after a blank line between a paragraph
and a bullet list. Each ends the block before it. Text where that might not
hold (fenced code, link reference definitions) stays whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# The line break just before a cut (a literal, quick to scan for).
_CUT = re.compile(r"\n(?=## |(?<=\n\n)[^\s*+0-9-])")
_HEADING = re.compile(r"#{1,6}(?:[ \t][^\n]*)?\n+")
_NEVER_CUT = re.compile(r"```|~~~|^ {0,3}\[[^\]]+\]:", re.MULTILINE)

# Text with no character that means something in Markdown (or that markdown-it
# rewrites), starting and ending with something other than a space.
_MARKUP = r"\\`*_\[\]<>&!#|~^{}=+\x00-\x1f\x7f"
_TEXT = rf"[^\s{_MARKUP}](?:[^{_MARKUP}]*[^\s{_MARKUP}])?"
_LINE = rf"[^\W\d_](?:[^{_MARKUP}]*[^\s{_MARKUP}])?"  # ... and starting with a letter
_PLAIN = re.compile(rf"({_LINE})\n*")
_ITEM = re.compile(rf"- (?:\*\*({_TEXT})\*\* ({_TEXT})|({_LINE}))")
_LIST = re.compile(rf"(?:{_ITEM.pattern}\n)*{_ITEM.pattern}\n*")


def pieces(markdown: str) -> list[str]:
    """``markdown`` cut where CommonMark allows (see above); joined again, they are the text."""
    if _NEVER_CUT.search(markdown):
        return [markdown]
    found: list[str] = []
    start = 0
    for match in _CUT.finditer(markdown):
        _add(found, markdown[start:match.end()])
        start = match.end()
    _add(found, markdown[start:])
    return found


def _add(found: list[str], piece: str) -> None:
    heading = _HEADING.match(piece)
    if heading and heading.end() < len(piece):
        found.append(piece[:heading.end()])
        piece = piece[heading.end():]
    found += _after_paragraphs(piece)


# A blank line, then a bullet list: where a list may start a piece of its own.
_LIST_START = re.compile(r"\n\n(?=- )")
# Lines that can only be a paragraph's (or a heading's) when they follow a blank line.
_PROSE_LINE = re.compile(r"[A-Za-z\"'\u2018\u201c(]")


def _after_paragraphs(piece: str) -> list[str]:
    """``piece`` cut before each bullet list that follows a paragraph and a blank line.

    An area's paragraph often names the company while its bullets do not, so
    cutting there lets the bullets be reused. It is safe only when the block
    before the blank line is prose: every line of it starts with a letter or a
    quote, so it is no list item (a list after it would continue that list).
    """
    out: list[str] = []
    start = 0
    for match in _LIST_START.finditer(piece):
        block = piece[start:match.start()].rsplit("\n\n", 1)[-1]
        if block and all(_PROSE_LINE.match(line) for line in block.split("\n")):
            out.append(piece[start:match.end()])
            start = match.end()
    out.append(piece[start:])
    return [part for part in out if part]


def quick_tokens(text: str) -> list[Token] | None:
    """The tokens markdown-it makes of ``text`` when it has one of two simple shapes.

    One line of plain text is a paragraph; lines ``- item`` or ``- **Label** text``
    with plain text are a tight bullet list. Anything else gives ``None``.
    """
    match = _PLAIN.fullmatch(text)
    if match:
        return _paragraph(match.group(1), 0, 1, 0)
    if _LIST.fullmatch(text):
        return _bullet_list(text)
    return None


def _paragraph(content: str, first: int, end: int, level: int, *, hidden: bool = False,
               children: list[Token] | None = None) -> list[Token]:
    from markdown_it.token import Token

    return [
        Token("paragraph_open", "p", 1, map=[first, end], level=level, block=True,
              hidden=hidden),
        Token("inline", "", 0, map=[first, end], level=level + 1, content=content, block=True,
              children=children or [Token("text", "", 0, content=content)]),
        Token("paragraph_close", "p", -1, level=level, block=True, hidden=hidden),
    ]


def _bullet_list(text: str) -> list[Token]:
    from markdown_it.token import Token

    lines = text.rstrip("\n").split("\n")
    total = text.count("\n") + (not text.endswith("\n"))  # lines, blank ones included
    tokens = [Token("bullet_list_open", "ul", 1, map=[0, total], markup="-", block=True)]
    for number, line in enumerate(lines):
        end = total if number == len(lines) - 1 else number + 1
        tokens.append(Token("list_item_open", "li", 1, map=[number, end], level=1, markup="-",
                            block=True))
        item = _ITEM.fullmatch(line)
        assert item is not None
        label, rest, plain = item.groups()
        content = line[2:]
        children = None if plain else [
            Token("text", "", 0),
            Token("strong_open", "strong", 1, markup="**"),
            Token("text", "", 0, level=1, content=label),
            Token("strong_close", "strong", -1, markup="**"),
            Token("text", "", 0, content=f" {rest}"),
        ]
        tokens += _paragraph(content, number, number + 1, 2, hidden=True, children=children)
        tokens.append(Token("list_item_close", "li", -1, level=1, markup="-", block=True))
    tokens.append(Token("bullet_list_close", "ul", -1, markup="-", block=True))
    return tokens


class Section:
    """One parsed piece, with its HTML made on first use."""

    __slots__ = ("_html", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self._html: str | None = None

    def html(self, parser: MarkdownIt) -> str:
        if self._html is None:
            self._html = str(parser.renderer.render(self.tokens, parser.options, {}))
        return self._html


# How many recurring pieces a batch keeps parsed (some 10 MB of tokens at most).
PLACES = 2048


class Pieces:
    """Parsed pieces of postings, kept while they keep coming back.

    A piece is kept from the second time it is seen, so text that names one
    company never takes a place; when all places are taken, the piece used
    least recently goes. Memory stays flat however many postings pass. Two
    roles in fifteen industries and three sizes make about a thousand pieces
    that recur, so there are places for twice that (some 10 MB of tokens).
    """

    def __init__(self, parser: MarkdownIt, places: int | None = None,
                 remembered: int | None = None) -> None:
        self._parser = parser
        self._places = places or PLACES
        self._remembered = remembered or PLACES * 8
        self._kept: dict[str, Section] = {}
        self._seen: set[int] = set()

    def __len__(self) -> int:
        return len(self._kept)

    def split(self, markdown: str) -> list[Section]:
        """``markdown`` as parsed pieces, in order."""
        return [self.get(text) for text in pieces(markdown)]

    def get(self, text: str) -> Section:
        kept = self._kept
        section = kept.pop(text, None)
        if section is None:
            section = Section(quick_tokens(text) or self._parser.parse(text))
            mark = hash(text)
            if mark not in self._seen:
                if len(self._seen) >= self._remembered:
                    self._seen.clear()
                self._seen.add(mark)
                return section
            if len(kept) >= self._places:
                del kept[next(iter(kept))]
        kept[text] = section  # (re)inserted last: the most recently used
        return section
