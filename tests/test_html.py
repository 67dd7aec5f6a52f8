"""The HTML page: reopened with a real HTML parser, checked in a real browser when present."""

from __future__ import annotations

import html as html_module
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from jdgen.cli import main

DATE = ["--date", "2026-11-25"]
GOLDEN = Path(__file__).parent / "testdata" / "html"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HOSTILE = '</script><script>alert(1)</script> <b>bold</b> &amp; "q" \'s\' {{ 7*7 }} 東京 Ωμέγα'

PROFILE = """\
name: Northwind Traders
industry: logistics
website: https://northwind.example
locations:
  - {street_address: 1 Dock Rd, city: Denver, region: CO, postal_code: "80216", country: US}
arrangement: hybrid
employment_type: FULL_TIME
compensation: {min: 140000, max: 175000}
benefits: [Medical cover from day one]
apply_url: https://northwind.example/jobs/doo?src=site&lang=en
direct_apply: true
"""
FULL_ARGS = ["doo", "--company-file", "nw.yaml", "--focus", "supply-chain",
             "--valid-through", "2027-01-31", "--posting-id", "NW-OPS-7", *DATE,
             "--reports-to", "Chief Operating Officer"]
VOID = {"meta", "link", "br", "img", "hr", "input"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""


@dataclass
class Page(HTMLParser):
    """Every element with its attributes and its own text; raises on unbalanced tags."""

    elements: list[Element] = field(default_factory=list)
    stack: list[Element] = field(default_factory=list)
    doctype: str = ""

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1].tag == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1].text += data

    def all(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def one(self, tag: str) -> Element:
        (element,) = self.all(tag)
        return element


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.stack == [], "unclosed elements"
    return page


def build_html(runner, args: list[str], extra: tuple[str, ...] = ()) -> tuple[str, str]:
    result = runner.invoke(main, ["build", *args, "-f", "html", "--out", "out", *extra])
    assert result.exit_code == 0, result.stderr
    (path,) = Path("out").glob("*.html")
    return path.read_text(encoding="utf-8"), result.stderr


def test_page_structure(runner, write):
    write("nw.yaml", PROFILE)
    html, stderr = build_html(runner, FULL_ARGS)
    assert stderr == ""
    page = parse(html)
    assert page.doctype == "DOCTYPE html"
    assert page.one("html").attrs["lang"] == "en-US"
    assert page.all("meta")[0].attrs == {"charset": "utf-8"}
    metas = {m.attrs.get("name"): m.attrs.get("content") for m in page.all("meta")}
    assert metas["viewport"] == "width=device-width, initial-scale=1"
    assert metas["description"].startswith("Northwind Traders, a logistics and distribution "
                                            "company based in Denver, CO, is hiring")
    title = "Director of Operations (Supply Chain) at Northwind Traders"
    assert page.one("title").text == title
    assert page.one("h1").text == "Director of Operations (Supply Chain)"
    assert [h.text for h in page.all("h2")] == [
        "The role", "What you will do", "What you bring", "What success looks like",
        "Pay and benefits", "How to apply", "Equal opportunity", "Posting details",
    ]
    assert "It helps if you have" in [h.text for h in page.all("h3")]
    assert len(page.one("style").text) < 4000
    assert [e.tag for e in page.elements if e.tag in {"main", "article", "aside", "header"}] == [
        "header", "main", "article", "aside"]
    assert page.one("aside").attrs["aria-labelledby"] == "details-heading"
    facts = [li.text for li in page.all("li")[:8]]
    assert facts == [" Northwind Traders", " Denver, CO (hybrid)", " Full-time",
                     " Chief Operating Officer", " $140,000–$175,000 per year",
                     " November 25, 2026", " January 31, 2027", " NW-OPS-7"]
    assert [s.text for s in page.all("strong")[:8]] == [
        "Company:", "Location:", "Employment type:", "Reports to:", "Pay:", "Posted:",
        "Applications close:", "Reference:"]
    links = {a.text: a.attrs["href"] for a in page.all("a")}
    assert links["Apply online"] == "https://northwind.example/jobs/doo?src=site&lang=en"
    assert links["Northwind Traders"] == "https://northwind.example"
    assert [d.text for d in page.all("dt")] == [
        "Employment type", "Posted", "Applications close", "Reference"]
    assert [d.text for d in page.all("dd")] == ["Full-time", "", "", "NW-OPS-7"]
    assert [(t.attrs["datetime"], t.text) for t in page.all("time")] == [
        ("2026-11-25", "November 25, 2026"), ("2027-01-31", "January 31, 2027")]
    assert not any(e.attrs.get("style") for e in page.elements), "no inline styles"
    (script,) = page.all("script")
    assert script.attrs == {"type": "application/ld+json"}
    data = json.loads(script.text)
    assert data["title"] == "Director of Operations (Supply Chain)"
    assert data["validThrough"] == "2027-01-31"
    assert data["identifier"]["value"] == "NW-OPS-7"


def test_page_matches_golden_file(runner, write, update_testdata):
    write("nw.yaml", PROFILE)
    html, _ = build_html(runner, FULL_ARGS)
    golden = GOLDEN / "doo-northwind-full.html"
    if update_testdata:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert golden.is_file(), f"{golden} missing; run pytest --update-testdata"
    assert html == golden.read_text(encoding="utf-8")


def test_html_json_ld_equals_the_json_file(runner, write):
    write("nw.yaml", PROFILE)
    result = runner.invoke(main, ["build", *FULL_ARGS, "-f", "html", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    slug = "northwind-traders-director-of-operations"
    script = parse(Path(f"{slug}.html").read_text(encoding="utf-8")).one("script").text
    assert script.strip() == Path(f"{slug}.json").read_text(encoding="utf-8").strip()


FIELDS = {
    "name": lambda v: {"name": v},
    "about": lambda v: {"about": v},
    "industry": lambda v: {"industry": v},
    "city": lambda v: {"locations": [{"city": v, "region": v, "street_address": v,
                                      "country": "JP"}]},
    "benefits": lambda v: {"benefits": [v]},
    "apply": lambda v: {"apply": v},
    "eeo": lambda v: {"eeo_statement": v},
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_hostile_text_in_each_field_stays_text(runner, write, name):
    profile = {"name": "Acme", **FIELDS[name](HOSTILE)}
    write("c.yaml", json.dumps(profile))
    html, _ = build_html(runner, ["coo", "--company-file", "c.yaml", *DATE,
                                  "--posting-id", HOSTILE])
    page = parse(html)
    assert len(page.all("script")) == 1
    assert page.all("b") == [] and "<b>" not in html
    assert "{{" not in re.sub(r"\{\{ 7\*7 \}\}", "", html) and "49" not in html
    texts = [e.text for e in page.elements]
    assert any(HOSTILE in t for t in texts), f"{name} not shown verbatim"
    assert page.all("dd")[-1].text == HOSTILE  # the posting id
    data = json.loads(page.one("script").text)
    assert HOSTILE in html_module.unescape(data["description"])
    if name not in {"about", "apply", "eeo"}:  # these live in the description only
        assert HOSTILE in strings(data)


def strings(value: object) -> list[str]:
    """Every string anywhere inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return []


def test_custom_page_template_extends_the_builtin_one(runner, write):
    write("page.html.j2", '{% extends "builtin/page.html.j2" %}\n'
                          '{% block style %}<link rel="stylesheet" href="/jobs.css">'
                          '{% endblock %}\n{% block header %}<p class="brand">'
                          '{{ posting.company }} careers</p>{% endblock %}\n')
    html, _ = build_html(runner, ["coo", "--company", "A&B <Co>", *DATE],
                         ("--html-template", "page.html.j2"))
    page = parse(html)
    assert page.all("style") == []
    assert page.one("link").attrs["href"] == "/jobs.css"
    assert page.all("p")[0].text == "A&B <Co> careers"
    assert '<p class="brand">A&amp;B &lt;Co&gt; careers</p>' in html
    assert len(page.all("script")) == 1


def test_templates_folder_overrides_the_page(runner, write):
    write("templates/page.html.j2", "<!DOCTYPE html>\n<html lang=\"{{ posting.language }}\">"
                                    "<title>{{ posting.title }}</title>{{ body }}</html>\n")
    html, _ = build_html(runner, ["coo", "--company", "Acme", *DATE])
    assert html.startswith('<!DOCTYPE html>\n<html lang="en-US"><title>Chief Operating Officer'
                           '</title><h1>Chief Operating Officer</h1>')


@pytest.mark.parametrize(("template", "message"), [
    ("{{ posting.__class__.__mro__ }}", "blocked by the template sandbox"),
    ("{{ posting.nonexistent }}", "'jdgen.models.Posting object' has no attribute "
     "'nonexistent'"),
    ("{% if %}", "page.html.j2:1: template syntax error: Expected an expression, got 'end of "
     "statement block'"),
    ("{{ posting.valid_through }}", "a template printed an empty value (None)"),
], ids=["sandbox", "undefined", "syntax", "none"])
def test_bad_page_templates(runner, write, template, message):
    write("page.html.j2", template)
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE, "-f", "html",
                                  "--html-template", "page.html.j2"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not list(Path(".").glob("*.html"))


def test_missing_page_template_is_a_usage_error(runner):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "html",
                                  "--html-template", "nope.j2"])
    assert result.exit_code == 2
    assert "Error: Invalid value for '--html-template': File 'nope.j2' does not exist." in (
        result.stderr)


def test_examples_page_is_current(runner, tmp_path, update_testdata):
    shutil.copytree(EXAMPLES / "companies", tmp_path / "companies")
    result = runner.invoke(main, [
        "build", "director-of-operations", "--company-file", "companies/northwind-traders.yaml",
        "--focus", "supply-chain", "--team-size", "25", "--employment-type", "FULL_TIME",
        "--valid-for", "45", "--posting-id", "NW-2026-DOO", "--direct-apply", *DATE,
        "--reports-to", "Chief Operating Officer",
        "-f", "html", "-f", "json", "--out", "postings"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    for path in sorted((tmp_path / "postings").iterdir()):
        committed = EXAMPLES / "postings" / path.name
        if update_testdata:
            committed.write_bytes(path.read_bytes())
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale"


# ------------------------------------------------------------- real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_dom(path: Path) -> tuple[str, list[str]]:
    """Load ``path`` in headless Chromium: the DOM after scripts ran, and console messages."""
    assert CHROMIUM is not None
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
         "--v=0", "--dump-dom", path.resolve().as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    return run.stdout, console


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("company", ["Northwind Traders",
                                     '</script><script>document.title="PWNED";'
                                     'console.error("PWNED")</script>'])
def test_page_in_a_real_browser(runner, company):
    html, _ = build_html(runner, ["doo", "--company", company, "--location", "Denver, CO, US",
                                  *DATE])
    (path,) = Path("out").glob("*.html")
    dom, console = chromium_dom(path)
    assert console == []
    page = parse(dom)
    assert page.one("title").text == f"Director of Operations at {company}"
    assert page.one("h1").text == "Director of Operations"
    assert len(page.all("script")) == 1
