"""`jdgen serve` in a real browser (Debian's chromium, driven by Playwright).

Fill the form as a recruiter would (mouse, keyboard only, a 390 px phone, no
JavaScript), watch the preview follow, download every format and compare the
bytes with :func:`jdgen.build_posting`; axe-core checks every page. Each test
skips, saying what is missing, when Playwright, chromium or axe-core is absent
(``.ci/run`` installs them where it can; see tests/test_browser.py).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import jdgen
from browsers import chromium_browser

TOOLS = Path(os.environ.get("JDGEN_TEST_TOOLS", Path.home() / ".cache" / "jdgen-tests"))
AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"

POSTINGS = {
    "us": {"role": "coo", "company_name": "Acme Robotics", "location": "Austin, TX",
           "salary": "$120,000-$150,000", "apply_url": "https://acme.example/jobs",
           "reports_to": "CEO", "arrangement": "hybrid", "date": "2026-12-01"},
    "uk": {"role": "director-of-operations", "company_name": "Kite Key", "location": "Leeds, UK",
           "salary": "£85k-£100k", "focus": "supply-chain", "reports_to": "Managing Director",
           "apply_email": "jobs@kitekey.example", "arrangement": "onsite",
           "date": "2026-12-01"},
    "ca": {"role": "coo", "company_name": "Maple Foods", "location": "Toronto, ON, Canada",
           "salary": "120k-140k", "apply_url": "https://maple.example/careers",
           "reports_to": "Dana Kim, CEO", "arrangement": "remote", "date": "2026-12-01"},
}
READINGS = {"us": "$120,000–$150,000 per year", "uk": "£85,000–£100,000 per year",
            "ca": "$120,000–$140,000 per year"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``jdgen serve`` on a free port of 127.0.0.1, in a thread, for this module."""
    import socket

    uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")
    pytest.importorskip("starlette", reason="the web extra is not installed")
    from jdgen.web.app import create_app

    start = tmp_path_factory.mktemp("serve")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    name = f"127.0.0.1:{port}"
    app = create_app(start, "browser-token", hosts={name}, origins={f"http://{name}"})
    running = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://{name}"
    running.should_exit = True
    thread.join(timeout=20)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One chromium for this module (see :func:`browsers.chromium_browser`)."""
    yield from chromium_browser()


def _context(browser: Any, width: int = 1280, **options: Any) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  accept_downloads=True, **options)
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    return context


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


def _fill(page: Any, facts: dict[str, str]) -> None:
    page.select_option("#f-role", facts["role"])
    for name, value in facts.items():
        if name == "arrangement":
            page.check(f"input[name=arrangement][value={value}]")
        elif name != "role":
            page.fill(f"#f-{name}", value)


def _expected(facts: dict[str, str], fmt: str) -> bytes:
    built = jdgen.build_posting(facts["role"], facts["company_name"], formats=[fmt],
                                **{k: v for k, v in facts.items() if k != "role"})
    return built.data(fmt)


def _download(page: Any, fmt: str) -> bytes:
    with page.expect_download() as info:
        page.click(f"button[name=do][value={fmt}]")
    path = info.value.path()
    return Path(path).read_bytes()


@pytest.mark.parametrize("country", ["us", "uk", "ca"])
def test_fill_watch_the_preview_and_download_every_format(browser, server, country):
    facts = POSTINGS[country]
    context = _context(browser)
    page = context.new_page()
    page.goto(server)
    assert "Type the company's name" in page.inner_text("#panel")
    _fill(page, facts)
    expect = _expect()
    expect(page.locator("#salary-msg")).to_contain_text(READINGS[country])
    expect(page.locator("#panel article")).to_contain_text(facts["company_name"])
    assert "Warning:" not in page.inner_text("#panel")
    page.fill("#f-company_name", facts["company_name"] + " Group")
    expect(page.locator("#panel article")).to_contain_text(facts["company_name"] + " Group")
    page.fill("#f-company_name", facts["company_name"])
    expect(page.locator("#panel article")).not_to_contain_text(facts["company_name"] + " Group")
    formats = ["docx", "md", "html"]
    if page.query_selector("button[name=do][value=pdf]"):
        formats.append("pdf")
    for fmt in formats:
        assert _download(page, fmt) == _expected(facts, fmt), fmt
    context.close()


def test_keyboard_only(browser, server):
    context = _context(browser)
    page = context.new_page()
    page.goto(server)
    typed = {"company_name": "Acme Robotics", "location": "Austin, TX",
             "salary": "$120,000-$150,000", "apply_url": "https://acme.example/jobs",
             "reports_to": "our founder", "date": "2026-12-01"}
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the main content"
    page.keyboard.press("Enter")
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id || document.activeElement.value || ''")
        seen.append(focused)
        if page.evaluate("document.activeElement.name") == "arrangement":
            page.keyboard.press("ArrowRight")  # from 'not said' to 'on site'
            continue
        name = focused[2:] if focused.startswith("f-") else ""
        if name in typed:
            if name == "date":
                page.keyboard.type(typed[name].replace("-", "")[4:8] + typed[name][:4])
            else:
                page.keyboard.type(typed[name])
        if focused == "preview":
            break
    assert seen[-1] == "preview", seen
    page.keyboard.press("Enter")
    _expect()(page.locator("#panel article")).to_contain_text("Acme Robotics")
    assert page.input_value("#f-date") == "2026-12-01"
    for _ in range(80):  # the page came back: on from its top to the Word button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "docx":
            break
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    facts = {"role": "coo", **typed, "arrangement": "onsite"}
    assert "Warning:" not in page.inner_text("#panel")
    assert Path(info.value.path()).read_bytes() == _expected(facts, "docx")
    context.close()


def test_a_phone_390_pixels_wide(browser, server):
    context = _context(browser, width=390, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server)
    _fill(page, POSTINGS["uk"])
    _expect()(page.locator("#panel article")).to_contain_text("Kite Key")
    for path in ("", "/compare?go=1&employees=40&gap=one-area"):
        if path:
            page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        boxes = page.evaluate("Array.from(document.querySelectorAll('input, select, textarea, "
                              "button, a')).filter(e => e.offsetParent).map(e => "
                              "e.getBoundingClientRect().right)")
        assert max(boxes) <= 390, path
    context.close()


def test_without_javascript_the_preview_updates_on_submit(browser, server):
    context = _context(browser, java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    facts = POSTINGS["ca"]
    _fill(page, facts)
    assert page.query_selector("#panel article") is None
    page.click("button[name=do][value=preview]")
    page.wait_for_selector("#panel article")
    assert "Maple Foods" in page.inner_text("#panel article")
    assert READINGS["ca"] in page.inner_text("#salary-msg")
    assert page.input_value("#f-location") == "Toronto, ON, Canada"
    assert _download(page, "docx") == _expected(facts, "docx")
    page.fill("#f-salary", "lots")
    page.click("button[name=do][value=preview]")
    page.wait_for_selector("#panel .problems")
    assert "'lots' is not a salary range" in page.inner_text("#salary-msg")
    page.goto(server + "/compare")
    page.fill("#c-company", "Maple Foods")
    page.fill("#c-employees", "900")
    page.check("input[name=gap][value=company-wide]")
    page.click("button.primary")
    page.wait_for_selector("table")
    page.click("a.button.primary")
    page.wait_for_selector("#panel article")
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("target", ["form", "preview", "errors", "compare", "compared"])
def test_axe_finds_no_violations(browser, server, target, width):
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed at {AXE} (npm install --prefix {TOOLS} "
                    "axe-core; .ci/run tries)")
    context = _context(browser, width=width, bypass_csp=True)  # axe is injected inline
    page = context.new_page()
    if target.startswith("compare"):
        page.goto(server + "/compare" + ("?go=1&employees=40&stage=growth" if target ==
                                         "compared" else ""))
    else:
        page.goto(server)
        if target != "form":
            _fill(page, {**POSTINGS["us"], **({"salary": "lots", "apply_email": "nope"}
                                              if target == "errors" else {}),
                         "about": "We want a dominant, aggressive ninja."})
            page.click("button[name=do][value=preview]")
            page.wait_for_selector("#panel article, #panel .problems")
            page.eval_on_selector_all("details", "all => all.forEach(d => d.open = true)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    problems = [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}"
                for v in result["violations"]]
    assert problems == []
    assert len(result["passes"]) > 15  # axe really ran its rules
    context.close()
