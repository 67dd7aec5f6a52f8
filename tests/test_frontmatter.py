"""--front-matter: YAML a static-site generator can read, and a body no template engine runs."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from markdown_it import MarkdownIt

from jdgen.cli import main

DATE = ["--date", "2026-11-25"]


def split(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n\n", 1)
    return yaml.safe_load(head), body


def test_front_matter_carries_the_posting_facts(runner):
    result = runner.invoke(main, [
        "build", "doo", "--company", "Northwind Traders", "--location", "Denver, CO, US",
        "--hybrid", "--salary", "140k-175k", "--employment-type", "FULL_TIME",
        "--valid-for", "30", "--posting-id", "NW-7", "--industry", "logistics", *DATE,
        "--front-matter", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    meta, body = split(result.stdout)
    assert meta == {
        "title": "Director of Operations",
        "company": "Northwind Traders",
        "slug": "northwind-traders-director-of-operations",
        "date": dt.date(2026, 11, 25),
        "locale": "en-US",
        "valid_through": dt.date(2026, 12, 25),
        "location": "Denver, CO",
        "work_arrangement": "hybrid",
        "employment_type": ["FULL_TIME"],
        "salary": {"min": 140000, "max": 175000, "currency": "USD", "period": "year",
                   "text": "$140,000–$175,000 per year"},
        "id": "NW-7",
        "role": "director-of-operations",
        "tags": ["Director of Operations", "logistics", "Northwind Traders"],
    }
    assert body.startswith("# Director of Operations\n\n- **Company:** Northwind Traders\n")


def test_front_matter_leaves_the_plain_markdown_untouched(runner):
    args = ["build", "coo", "--company", "Acme", *DATE, "-o", "-"]
    plain = runner.invoke(main, args).stdout
    _, body = split(runner.invoke(main, [*args, "--front-matter"]).stdout)
    assert body == plain
    assert not plain.startswith("---")


def test_front_matter_is_written_to_md_files_only(runner):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE, "-f", "md",
                                  "-f", "json", "--front-matter"])
    assert result.exit_code == 0, result.stderr
    with open("acme-coo.md", encoding="utf-8") as handle:
        assert handle.read().startswith("---\ntitle: Chief Operating Officer\n")
    with open("acme-coo.json", encoding="utf-8") as handle:
        assert handle.read().startswith("{\n")


@pytest.mark.parametrize("name", [
    "{{ 7*7 }}", "{% raw %}x{% endraw %}", "{#- note -#}", "{{< shortcode >}}",
    "{{% shortcode %}}", "Acme: the --- company", 'Say "hi" & \'bye\' #1', "東京 Ωμέγα",
])
def test_hostile_names_stay_data_in_yaml_and_body(runner, name):
    result = runner.invoke(main, ["build", "coo", "--company", name, *DATE, "-o", "-",
                                  "--front-matter"])
    assert result.exit_code == 0, result.stderr
    meta, body = split(result.stdout)
    assert meta["company"] == name
    assert "{{" not in body and "{%" not in body and "{#" not in body
    rendered = MarkdownIt("commonmark", {"html": False}).render(body)
    paragraph = rendered.split("<p>", 1)[1].split("</p>", 1)[0]
    expected = name.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    expected = expected.replace(">", "&gt;")
    assert paragraph.startswith(f"{expected} is hiring")
