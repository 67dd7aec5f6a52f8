"""Text left for a writer to replace: the one detector ``jdgen lint`` and ``jdgen validate`` use.

It finds unrendered template code, bracketed and angle-bracketed placeholders
("[Company name]", "<insert address>"), to-be-decided markers (TBD, TBC, TODO,
FIXME, XXX, "$XX,XXX"), lorem ipsum, and the instruction texts ``jdgen init``
writes into a new project (see ``project_template/``) until they are replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdgen.inputs.yamlfile import YamlDoc

# Instruction texts in project_template/ that stand where the user's own words belong.
# Each is matched by its opening words, whatever the line breaks; a test checks that
# every one still appears in the template, so the two cannot drift apart.
SCAFFOLD_TEXTS = (
    "Describe the company in two or three sentences: what you make or do, for whom, and "
    "what is changing that makes this hire matter now.",
)
_OPENING_WORDS = 8

_BRACKETED = (r"insert|add|enter|your|company|job title|salary|pay|location|address|name|"
              r"title|tbd|tbc|todo|benefits?|date|manager|team|city|role|placeholder|"
              r"describe|url|link|e-?mail|phone")
_PATTERN = re.compile(
    r"\{\{\s*[A-Za-z_][\w.]*\s*\}\}"                # unrendered template variable
    r"|\{%-?\s*\w+[^%]*%\}"                          # unrendered template tag
    r"|\$\{[\w.]+\}"                                 # shell-style variable
    r"|<(?:insert|add|enter|your)\b[^>\n]*>"         # <insert address>
    rf"|\[(?i:{_BRACKETED})\b[^\]\n]*\](?!\()"       # [Company name], not a link
    r"|[$€£]?\bX{1,3}(?:,X{3})+\b"                   # $XX,XXX
    r"|\b(?:TODO|TBD|TBC|FIXME|XXX)\b"
    r"|(?i:\blorem ipsum\b)"
)


def _scaffold_pattern() -> re.Pattern[str]:
    openings = []
    for text in SCAFFOLD_TEXTS:
        words = text.split()[:_OPENING_WORDS]
        openings.append(r"\s+".join(re.escape(w) for w in words))
    return re.compile("|".join(openings), re.IGNORECASE)


_SCAFFOLD = _scaffold_pattern()


@dataclass(frozen=True)
class Placeholder:
    """One placeholder found: where it is in the text, what it is and what it says."""

    start: int
    end: int
    text: str
    scaffold: bool  # True: an instruction text from ``jdgen init``

    @property
    def advice(self) -> str:
        """What to do about it, in a few words."""
        if self.scaffold:
            return "this is jdgen init's instruction text; replace it with your own words"
        return "replace it with the real text, or delete it"


def find_placeholders(text: str) -> Iterator[Placeholder]:
    """Every placeholder in ``text``, in order."""
    found = [Placeholder(m.start(), m.end(), m.group(0), True) for m in _SCAFFOLD.finditer(text)]
    found += [Placeholder(m.start(), m.end(), m.group(0), False)
              for m in _PATTERN.finditer(text)
              if not any(s.start <= m.start() < s.end for s in found)]
    return iter(sorted(found, key=lambda p: p.start))


def describe(item: Placeholder, limit: int = 60) -> str:
    """The placeholder as quoted in a message, cut short when long."""
    text = " ".join(item.text.split())
    if item.scaffold:
        text += "…"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def data_problems(doc: YamlDoc) -> list[str]:
    """One ``file:line:col: field: ...`` problem per placeholder in a YAML file's values,
    for ``jdgen validate``: a file from ``jdgen init`` fails until its texts are replaced."""
    problems: list[str] = []

    def walk(value: Any, loc: tuple[str | int, ...]) -> None:
        if isinstance(value, str):
            for item in find_placeholders(value):
                field = ".".join(str(part) for part in loc) or "(value)"
                what = (f"still jdgen init's instruction text ('{describe(item)}'); replace "
                        "it with your own words" if item.scaffold
                        else f"placeholder '{describe(item)}' left in; {item.advice}")
                problems.append(f"{doc.where(loc)}: {field}: {what}")
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, (*loc, str(key)))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, (*loc, index))

    walk(doc.data, ())
    return problems
