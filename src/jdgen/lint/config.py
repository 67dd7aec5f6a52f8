"""Lint settings: defaults, ``[tool.jdgen.lint]`` in pyproject.toml, or ``jdgen.yaml``.

Bad settings are errors naming the file, line and key, like every other jdgen
input. Thresholds' defaults and where they come from are documented on the
fields, so ``jdgen schema`` (later) can show them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from jdgen.errors import DataError
from jdgen.lint.rules import RULES

SeverityName = Literal["error", "warning", "info"]


def check_rule(rule: str) -> str:
    """Return ``rule`` if it is a known rule id; ValueError naming the closest otherwise."""
    if rule in RULES:
        return rule
    close = difflib.get_close_matches(rule, list(RULES), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else " (see jdgen lint --list-rules)"
    raise ValueError(f"unknown rule '{rule}'{hint}")


RuleId = Annotated[str, AfterValidator(check_rule)]


def _locale(value: str) -> str:
    from jdgen.locale import check_locale

    return check_locale(value)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordRange(_Strict):
    """Target length in words. 300 is the floor below which postings read as
    incomplete (Appcast); past 1,000 words applications drop (LinkedIn)."""

    min: int = Field(default=300, ge=0, le=100_000, description="Fewest words.")
    max: int = Field(default=1000, ge=1, le=100_000, description="Most words.")


class Readability(_Strict):
    """Readability thresholds; a posting outside them gets a warning."""

    min_reading_ease: float = Field(default=30.0, ge=-100, le=121,
                                    description="Lowest Flesch reading ease (30 = very hard).")
    max_grade: float = Field(default=14.0, ge=0, le=30, description="Highest grade level.")
    max_sentence_words: int = Field(default=30, ge=5, le=500,
                                    description="A sentence longer than this is flagged.")
    max_average_sentence_words: float = Field(default=22.0, ge=5, le=200,
                                              description="Highest average sentence length.")
    max_passive_share: float = Field(default=0.15, ge=0, le=1,
                                     description="Highest share of passive sentences.")


Section = Literal["responsibilities", "qualifications", "apply", "equal-opportunity"]
_SECTIONS: tuple[Section, ...] = ("responsibilities", "qualifications", "apply",
                                  "equal-opportunity")


class LintConfig(_Strict):
    """Everything that changes what ``jdgen lint`` reports."""

    disable: list[RuleId] = Field(default_factory=list, description="Rule ids to skip.")
    severity: SeverityName = Field(default="info", description="Report findings at least "
                                   "this serious. The API reports all by default; the jdgen "
                                   "lint command reports warnings and errors unless this or "
                                   "--severity says otherwise.")
    rules: dict[RuleId, Literal["error", "warning", "info", "off"]] = Field(
        default_factory=dict, description="Per-rule severity, or 'off'.")
    words: WordRange = Field(default_factory=WordRange)
    readability: Readability = Field(default_factory=Readability)
    max_bullets: int = Field(default=12, ge=1, le=1000,
                             description="Most bullets under one heading.")
    sections: list[Section] = Field(
        default_factory=lambda: list(_SECTIONS),
        description="Sections every posting must have.")
    employees: int | None = Field(default=None, ge=1, le=10_000_000,
                                  description="Employer headcount, for pay-law thresholds.")
    date: dt.date | None = Field(default=None, description="Check laws as of this date "
                                 "(default: the posting date, else today).")
    locale: Annotated[str, AfterValidator(_locale)] | None = Field(
        default=None, description="Locale to check spelling against: en-US, en-GB, en-CA, "
        "en-AU or en-IE (default: the posting's front matter locale or HTML lang).")

    def with_options(self, disable: tuple[str, ...] = (), severity: str | None = None,
                     employees: int | None = None) -> LintConfig:
        """A copy with command-line options applied over the file's settings."""
        for rule in disable:
            check_rule(rule)
        update: dict[str, Any] = {"disable": [*self.disable, *disable]}
        if severity:
            update["severity"] = severity
        if employees is not None:
            update["employees"] = employees
        return self.model_copy(update=update)


def find_config(folder: Path) -> Path | None:
    """``jdgen.yaml`` in ``folder``, else a pyproject.toml with a [tool.jdgen.lint] table."""
    yaml_path = folder / "jdgen.yaml"
    if yaml_path.is_file():
        return yaml_path
    toml_path = folder / "pyproject.toml"
    if toml_path.is_file():
        from jdgen.inputs.reading import MAX_YAML_BYTES, ReadFailure, read_limited

        try:
            text = read_limited(toml_path, MAX_YAML_BYTES).decode("utf-8")
        except (ReadFailure, UnicodeDecodeError):
            return toml_path  # load_config reports the problem
        if re.search(r"^\s*\[\s*tool\.jdgen\.lint\s*[\].]", text, re.M):
            return toml_path
    return None


def load_config(path: Path | None) -> LintConfig:
    """Read settings from ``path`` (or the defaults when None)."""
    if path is None:
        return LintConfig()
    if path.suffix == ".toml":
        return _from_toml(path)
    return _from_yaml(path)


def _from_yaml(path: Path) -> LintConfig:
    from jdgen.inputs.yamlfile import read_yaml

    doc = read_yaml(path)
    if doc.data is None:
        return LintConfig()
    if not isinstance(doc.data, dict):
        raise DataError([f"{doc.where(())}: expected a mapping with a 'lint' key"])
    section = doc.data.get("lint")
    if section is None:
        return LintConfig()
    if not isinstance(section, dict):
        raise DataError([f"{doc.where(('lint',))}: lint: expected a mapping of settings"])
    try:
        return LintConfig.model_validate(section)
    except ValidationError as exc:
        raise DataError([f"{doc.where(('lint', *e['loc']))}: lint.{_dotted(e['loc'])}: "
                         f"{_message(e)}" for e in exc.errors()]) from None


def _from_toml(path: Path) -> LintConfig:
    import tomllib

    from jdgen.inputs.reading import MAX_YAML_BYTES, read_capped_text

    text = read_capped_text(path, MAX_YAML_BYTES)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise DataError([f"{path}: arrays and tables are nested too deep"]) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"{path}:{found.group(1)}:{found.group(2)}" if found else str(path)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise DataError([f"{where}: invalid TOML: {message}"]) from None
    section = data.get("tool", {}).get("jdgen", {}).get("lint", {})
    if not isinstance(section, dict):
        raise DataError([f"{path}: tool.jdgen.lint: expected a table of settings"])
    try:
        return LintConfig.model_validate(section)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            line = _toml_line(text, err["loc"])
            where = f"{path}:{line}" if line else str(path)
            problems.append(f"{where}: tool.jdgen.lint.{_dotted(err['loc'])}: {_message(err)}")
        raise DataError(problems) from None


def _toml_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort line of the key named by ``loc`` inside the [tool.jdgen.lint] tables."""
    keys = [str(k) for k in loc if isinstance(k, str)]
    in_section = False
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            in_section = header.group(1).startswith("tool.jdgen.lint")
            if in_section and keys and header.group(1).endswith("." + keys[0]):
                if len(keys) == 1:
                    return number
            continue
        if in_section and keys:
            key = re.match(r"^\s*\"?([A-Za-z0-9_-]+)\"?\s*=", line)
            if key and key.group(1) in (keys[-1], keys[0]):
                return number
    return None


def _dotted(loc: tuple[Any, ...]) -> str:
    """``rules.x``; an odd key is quoted and cut short: ``rules."a[b"``."""
    from jdgen.inputs.validation import quote_key

    parts = [str(part) if re.fullmatch(r"[A-Za-z0-9_-]{1,40}", str(part))
             else f'"{quote_key(str(part))}"' for part in loc if part != "[key]"]
    return ".".join(parts) or "(settings)"


def _message(err: Any) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown setting"
    message = str(err["msg"])
    return message.removeprefix("Value error, ")
