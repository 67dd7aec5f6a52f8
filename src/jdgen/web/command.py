"""The equivalent ``jdgen build`` line for what the form asks, and the company file it names."""

from __future__ import annotations

import shlex

from jdgen.web.facts import FACTS, Ask

# Each fact's option; arrangement is one of three flags.
_OPTIONS = {name: "--" + name.replace("_", "-") for name in FACTS}
_OPTIONS["company_name"] = "--company"


def command_line(ask: Ask, formats: list[str]) -> str:
    """``jdgen build coo --company Acme --location 'Austin, TX' -f docx``, quoted for a shell.

    With a company file (``ask.file_name``), the line names that file, which
    :func:`company_yaml` writes out.
    """
    words = ["jdgen", "build", ask.role]
    if ask.file_name:
        words += ["--company-file", ask.file_name]
    for name in FACTS:
        value = ask.facts.get(name)
        if value is None or (name == "company_name" and ask.file_name):
            continue
        if name == "arrangement":
            words.append(f"--{value}")
        else:
            words += [_OPTIONS[name], str(value)]
    if ask.logo_name:
        words += ["--logo-file", ask.logo_name]
    for benefit in ask.facts.get("benefits", []):
        words += ["--benefit", benefit]
    for fmt in formats:
        words += ["-f", fmt]
    return " ".join(shlex.quote(word) for word in words)


def company_yaml(ask: Ask) -> str:
    """The company profile the command line names, as YAML (empty without one)."""
    if not ask.file_name:
        return ""
    import yaml

    text: str = yaml.safe_dump(ask.company, sort_keys=False, allow_unicode=True, width=90)
    return text
