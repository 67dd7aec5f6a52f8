"""The careers site: settings, colour contrast, the index page, posting pages, feeds."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.render.html import split_heading
from jdgen.site.colours import AA_TEXT, WHITE, contrast, legible, luminance, normalise, text_on
from jdgen.site.settings import DARK_SURFACE, LIGHT_SURFACE, Site, look
from test_batch import COMPANY as BATCH_COMPANY

COMPANY = BATCH_COMPANY + "apply_url: https://acme.example/jobs?team=ops&src=site\n"

SITE = """\
site:
  title: Careers at Acme Tools
  intro: Join the team that makes the tools.
  brand_color: "#2a5d3c"
  accent_color: "#1d6b45"
  base_url: https://acme.example/careers
"""

POSTINGS = """\
defaults:
  company: acme.yaml
  formats: [md, html, json]
  date: 2026-11-25
  valid_for_days: 30
postings:
  - role: coo
  - role: director-of-operations
    focus: supply-chain
    location: York, United Kingdom
    arrangement: hybrid
    date: 2026-11-27
  - role: doo
    id: acme-doo-remote
    location: Leeds, United Kingdom
    arrangement: remote
    salary: 60000-70000
"""

ATOM = "{http://www.w3.org/2005/Atom}"
MAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$")  # RFC 3339


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", SITE + POSTINGS)
    return tmp_path


def build(runner, *args: str):
    return runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site", *args],
                         catch_exceptions=False)


# ------------------------------------------------------------------ colours


@pytest.mark.parametrize(("first", "second", "ratio"), [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48),
    ("#767676", "#ffffff", 4.54), ("#0000ff", "#ffffff", 8.59),
])
def test_contrast_matches_the_wcag_formula(first, second, ratio):
    assert contrast(first, second) == pytest.approx(ratio, abs=0.01)
    assert contrast(second, first) == pytest.approx(ratio, abs=0.01)


@pytest.mark.parametrize(("given", "expected"), [("#ABC", "#aabbcc"), (" #0B57A4 ", "#0b57a4")])
def test_colours_are_normalised(given, expected):
    assert normalise(given) == expected


@pytest.mark.parametrize("bad", ["red", "#12345", "#gggggg", "0b57a4", "#0b57a4ff", "", "#"])
def test_a_colour_that_is_not_hex_is_refused(bad):
    with pytest.raises(ValueError, match="is not a colour"):
        normalise(bad)


colours = st.from_regex(r"\A#[0-9a-f]{6}\Z")


@given(colours, st.sampled_from([WHITE, DARK_SURFACE, LIGHT_SURFACE, "#000000"]))
def test_legible_shades_always_pass_aa_and_keep_colours_that_already_do(colour, background):
    chosen = legible(colour, background)
    assert contrast(chosen, background) >= AA_TEXT
    if contrast(colour, background) >= AA_TEXT:
        assert chosen == colour


@given(colours)
def test_text_on_any_background_passes_aa(background):
    assert contrast(text_on(background), background) >= AA_TEXT
    assert 0.0 <= luminance(background) <= 1.0


def test_a_faint_accent_gets_a_readable_shade_and_a_warning():
    seen = look(Site(accent_color="#ffcc00"))
    assert seen.link != "#ffcc00" and contrast(seen.link, LIGHT_SURFACE) >= AA_TEXT
    assert contrast(seen.link_dark, DARK_SURFACE) >= AA_TEXT
    assert contrast(seen.on_link, seen.link) >= AA_TEXT
    assert seen.warnings == (
        "site.accent_color #ffcc00 has a contrast of 1.4:1 on the page's light background, "
        f"below the 4.5:1 WCAG AA asks of text; links and buttons use {seen.link} instead",)
    assert look(Site(brand_color="#0b57a4")).warnings == ()
    assert look(Site(brand_color="#f7f700")).warnings[0].startswith("site.brand_color #f7f700")


# ------------------------------------------------------------------ settings


def test_defaults_when_the_manifest_has_no_site_block(runner, write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", POSTINGS)
    result = build(runner)
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Open positions</title>" in page and '<html lang="en">' in page
    assert "canonical" not in page
    # feeds need absolute addresses: without a base URL there are none
    assert not (tmp_path / "site" / "sitemap.xml").exists()
    assert not (tmp_path / "site" / "feed.xml").exists()
    assert "# Open positions" in (tmp_path / "site" / "index.md").read_text(encoding="utf-8")


BAD_SITES = [
    ("brand_color: red", r"site\.brand_color: .*'red' is not a colour", 2),
    ("accent_color: '#12'", r"site\.accent_color: .*is not a colour", 2),
    ("base_url: ftp://acme.example/", r"site\.base_url: .*not a web address", 2),
    ("base_url: 'javascript:alert(1)'", r"site\.base_url: .*not a web address", 2),
    ("base_url: https://acme.example/jobs?x=1", r"site\.base_url: .*query or fragment", 2),
    ("logo: ../secret.png", r"site\.logo: .*not an image address", 2),
    ("logo: 'javascript:alert(1)'", r"site\.logo: .*not an image address", 2),
    ("logo: '\"><script>x</script>'", r"site\.logo: .*not an image address", 2),
    ("language: 'en\"><b'", r"site\.language: ", 2),
    ("title: " + "x" * 500, r"site\.title: ", 2),
    ("colour: '#ffffff'", r"site\.colour: .*not allowed|site\.colour: unknown", 2),
    ("title: [1, 2]", r"site\.title: ", 2),
]


@pytest.mark.parametrize(("line", "message", "lineno"), BAD_SITES)
def test_bad_site_settings_fail_with_one_located_error(runner, write, tmp_path, line, message,
                                                       lineno):
    write("acme.yaml", COMPANY)
    write("postings.yaml", f"site:\n  {line}\n" + POSTINGS)
    result = build(runner)
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    assert re.search(rf"postings\.yaml:{lineno}:\d+: {message}", errors[0]), errors[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_site_must_be_a_mapping(runner, write):
    write("acme.yaml", COMPANY)
    write("postings.yaml", "site: [1, 2]\n" + POSTINGS)
    result = build(runner)
    assert result.exit_code == 1
    assert re.search(r"postings\.yaml:1:\d+: site: ", result.stderr), result.stderr


def test_a_faint_brand_colour_warns_on_stderr_and_still_builds(runner, write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", "site:\n  brand_color: '#ffee55'\n" + POSTINGS)
    result = build(runner)
    assert result.exit_code == 0, result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if "brand_color" in ln]
    assert len(warnings) == 1 and warnings[0].startswith("Warning: site.brand_color #ffee55 ")
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    shade = re.search(r"--accent: (#[0-9a-f]{6});", page).group(1)
    assert contrast(shade, WHITE) >= AA_TEXT
    assert "--brand: #ffee55; --on-brand: #000000;" in page  # dark text on the light band


# ------------------------------------------------------------------ the index page


def test_index_lists_every_posting_with_its_facts(runner, project):
    assert build(runner).exit_code == 0
    page = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Careers at Acme Tools</h1>" in page
    assert '<p class="intro">Join the team that makes the tools.</p>' in page
    cards = re.findall(r'<li class="job"(.*?)</li>', page, re.DOTALL)
    assert len(cards) == 3
    links = re.findall(r'<h3><a href="([^"]+)">', page)
    assert sorted(links) == ["acme-doo-remote.html", "acme-tools-coo.html",
                             "acme-tools-director-of-operations.html"]
    remote = next(c for c in cards if "acme-doo-remote.html" in c)
    for fact in ("<dt>Location</dt><dd>Leeds, United Kingdom</dd>",
                 "<dt>Arrangement</dt><dd>Remote</dd>",
                 "<dt>Pay</dt><dd>£60,000–£70,000 per year</dd>",
                 '<dt>Posted</dt><dd><time datetime="2026-11-25">25 November 2026</time></dd>',
                 '<dt>Closes</dt><dd><time datetime="2026-12-25">25 December 2026</time></dd>'):
        assert fact in remote
    # grouped by role: the two Director of Operations postings together, newest first
    groups = re.findall(r'<h2 id="g-r\d">([^<]+)</h2>', page)
    assert groups == ["Chief Operating Officer", "Director of Operations"]
    doo = page[page.index(">Director of Operations</h2>"):]
    assert doo.index("acme-tools-director-of-operations.html") < doo.index("acme-doo-remote.html")


def test_index_filters_are_radios_that_css_applies(runner, project):
    assert build(runner).exit_code == 0
    page = (project / "site" / "index.html").read_text(encoding="utf-8")
    legends = re.findall(r"<legend>([^<]+)</legend>", page)
    assert legends == ["Role", "Location", "Work arrangement"]
    radios = re.findall(r'<input type="radio" name="(\w+)" id="(f-[\w-]+)" value="([\w]*)"', page)
    for name, ident, value in radios:
        assert f'<label for="{ident}">' in page
        if value:  # each choice hides, by CSS alone, the postings it leaves out
            assert f"main:has(#{ident}:checked) .job:not([data-{name}=\"{value}\"])" in page
    assert {n for n, _, v in radios if not v} == {"role", "location", "arrangement"}
    assert len(re.findall(r'value="" checked', page)) == 3
    for card in re.findall(r'<li class="job" ([^>]*)>', page):
        assert re.search(r'data-role="r\d"', card)


def test_a_filter_with_a_single_choice_is_left_out(runner, write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", SITE + "defaults: {company: acme.yaml, formats: [html], "
          "arrangement: onsite}\npostings:\n  - role: coo\n  - role: doo\n")
    assert build(runner).exit_code == 0
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<legend>([^<]+)</legend>", page) == ["Role"]


def test_hostile_text_in_the_index_is_escaped(runner, write, tmp_path):
    write("acme.yaml", COMPANY.replace("name: Acme Tools", "name: \"<script>alert(1)</script>\""))
    write("postings.yaml", SITE.replace("Join the team", "<b>Join</b> & the team") + POSTINGS)
    result = build(runner)
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Join&lt;/b&gt; &amp; the team" in page
    feed = (tmp_path / "site" / "feed.xml").read_bytes()
    ET.fromstring(feed)  # still well-formed XML
    assert b"<script>" not in feed


# ------------------------------------------------------------------ posting pages


def test_posting_pages_belong_to_the_site(runner, project):
    assert build(runner).exit_code == 0
    page = (project / "site" / "acme-doo-remote.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://acme.example/careers/acme-doo-remote.html">' \
        in page
    assert '<a href="index.html">&larr; All open positions</a>' in page
    assert '<a href="index.html">Back to all open positions</a>' in page
    apply = re.findall(r'<a class="button" href="([^"]+)">([^<]+)</a>', page)
    assert apply == [("https://acme.example/jobs?team=ops&amp;src=site", "Apply for this job")] * 2
    top = page.index('class="button"')
    assert page.index("</h1>") < top < page.index("<h2")  # right under the title
    assert page.rindex('class="button"') > page.index("Posting details")  # and at the end
    assert "@media print" in page and ".apply" in page[page.index("@media print"):]
    assert '<html lang="en-GB">' in page
    assert "--brand: #2a5d3c;" in page


def test_a_page_built_alone_has_no_site_links_but_keeps_its_apply_buttons(runner, write,
                                                                           tmp_path):
    write("acme.yaml", COMPANY)
    result = runner.invoke(main, ["build", "coo", "--company-file", "acme.yaml", "--date",
                                  "2026-11-25", "-f", "html", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    (path,) = (tmp_path / "out").iterdir()
    page = path.read_text(encoding="utf-8")
    assert "index.html" not in page and "canonical" not in page and "feed.xml" not in page
    assert page.count('class="button"') == 2


def test_apply_by_email_when_there_is_no_address(runner, write, tmp_path):
    write("acme.yaml", COMPANY.replace("apply_url: https://acme.example/jobs?team=ops&src=site",
                                       "apply_email: jobs@acme.example"))
    write("postings.yaml", SITE + POSTINGS)
    assert build(runner).exit_code == 0
    page = (tmp_path / "site" / "acme-tools-coo.html").read_text(encoding="utf-8")
    assert page.count('<a class="button" href="mailto:jobs@acme.example">Apply by email</a>') == 2


def test_no_apply_button_without_a_place_to_apply(runner, write, tmp_path):
    write("acme.yaml", COMPANY.replace("apply_url: https://acme.example/jobs?team=ops&src=site\n",
                                       ""))
    write("postings.yaml", SITE + POSTINGS)
    assert build(runner).exit_code == 0
    page = (tmp_path / "site" / "acme-tools-coo.html").read_text(encoding="utf-8")
    assert 'class="button"' not in page


@pytest.mark.parametrize(("body", "heading"), [
    ("<h1>Title</h1>\n<p>x</p>\n", "<h1>Title</h1>\n"),
    ("<p>no title</p>\n", ""),
    ("<h1>Unclosed", ""),
])
def test_split_heading(body, heading):
    first, rest = split_heading(body)
    assert first == heading and first + rest == body


# ------------------------------------------------------------------ feeds


def test_sitemap_follows_the_protocol(runner, project):
    assert build(runner).exit_code == 0
    data = (project / "site" / "sitemap.xml").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    data.decode("utf-8")  # the protocol asks for UTF-8
    root = ET.fromstring(data)
    assert root.tag == f"{MAP}urlset"
    urls = root.findall(f"{MAP}url")
    locs = [u.findtext(f"{MAP}loc") for u in urls]
    assert locs == ["https://acme.example/careers/index.html",
                    "https://acme.example/careers/acme-tools-coo.html",
                    "https://acme.example/careers/acme-tools-director-of-operations.html",
                    "https://acme.example/careers/acme-doo-remote.html"]
    assert [u.findtext(f"{MAP}lastmod") for u in urls] == [
        "2026-11-27", "2026-11-25", "2026-11-27", "2026-11-25"]
    for url in urls:
        assert [child.tag for child in url] == [f"{MAP}loc", f"{MAP}lastmod"]
        assert len(url.findtext(f"{MAP}loc")) < 2048


def test_atom_feed_follows_rfc_4287(runner, project):
    assert build(runner).exit_code == 0
    root = ET.fromstring((project / "site" / "feed.xml").read_bytes())
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):  # exactly one of each
        assert len(root.findall(f"{ATOM}{name}")) == 1
    assert root.findtext(f"{ATOM}updated") == "2026-11-27T00:00:00Z"
    assert root.findtext(f"{ATOM}title") == "Careers at Acme Tools"
    links = {(lk.get("rel"), lk.get("type")): lk.get("href") for lk in root.findall(f"{ATOM}link")}
    assert links == {("self", "application/atom+xml"): "https://acme.example/careers/feed.xml",
                     ("alternate", "text/html"): "https://acme.example/careers/index.html"}
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 3 and all(i.startswith("https://acme.example/careers/") for i in ids)
    assert ids[0].endswith("acme-tools-director-of-operations.html")  # newest first
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1
        assert STAMP.match(entry.findtext(f"{ATOM}updated"))
        assert STAMP.match(entry.findtext(f"{ATOM}published"))
        assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Acme Tools"
        (alternate,) = [lk for lk in entry.findall(f"{ATOM}link") if lk.get("rel") == "alternate"]
        assert alternate.get("href") == entry.findtext(f"{ATOM}id")
        assert entry.findtext(f"{ATOM}summary").startswith("Acme Tools")
        assert entry.findtext(f"{ATOM}title").endswith(" at Acme Tools")


def test_feeds_are_byte_identical_and_check_reports_them_stale(runner, project):
    assert build(runner).exit_code == 0
    site = project / "site"
    first = {n: (site / n).read_bytes() for n in ("sitemap.xml", "feed.xml", "index.html")}
    assert build(runner, "--check").exit_code == 0
    (site / "feed.xml").write_bytes(first["feed.xml"].replace(b"Acme", b"Acne", 1))
    (site / "sitemap.xml").unlink()
    result = build(runner, "--check")
    assert result.exit_code == 1
    assert f"stale: {Path('site') / 'feed.xml'}" in result.stderr
    assert f"missing: {Path('site') / 'sitemap.xml'}" in result.stderr
    assert build(runner).exit_code == 0
    assert {n: (site / n).read_bytes() for n in first} == first
    # a site that loses its base URL no longer makes feeds: --check calls them extra
    (project / "postings.yaml").write_text(POSTINGS, encoding="utf-8")
    result = build(runner, "--check")
    assert result.exit_code == 1
    assert f"extra: {Path('site') / 'feed.xml'}" in result.stderr
    assert build(runner, "--prune").exit_code == 0
    assert not (site / "feed.xml").exists() and not (site / "sitemap.xml").exists()


def test_site_block_after_the_postings_and_in_the_report(runner, write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", POSTINGS + "site:\n  title: After the list\n  accent_color: '#eeeeee'\n")
    result = build(runner, "--report", "report.json")
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<h1>After the list</h1>" in page
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert len(report["site_warnings"]) == 1
    assert report["site_warnings"][0].startswith("site.accent_color #eeeeee ")


def test_a_huge_intro_is_refused(runner, write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", f"site:\n  intro: {'word ' * 2000}\n" + POSTINGS)
    result = build(runner)
    assert result.exit_code == 1
    assert re.search(r"postings\.yaml:2:\d+: site\.intro: ", result.stderr), result.stderr
    assert not (tmp_path / "site").exists()


def test_the_index_writes_pay_so_dollars_from_two_countries_cannot_be_confused(
        runner, write, tmp_path):
    """A Canadian posting says '$' for its Canadian dollars, as Canadians write it; on an
    index that lists US jobs beside it, the same pay reads 'CA$'."""
    write("postings.yaml", """\
defaults: {formats: [md, html], date: 2026-11-25}
postings:
  - {role: coo, company: North Co, location: "Toronto, ON", salary: 200000-240000,
     currency: CAD}
  - {role: coo, company: South Co, location: "Denver, CO", salary: 210000-250000}
""")
    result = build(runner)
    assert result.exit_code == 0, result.stderr
    pays = re.findall(r"<dt>Pay</dt><dd>([^<]*)</dd>", (tmp_path / "site" / "index.html")
                      .read_text(encoding="utf-8"))
    assert sorted(pays) == ["$210,000–$250,000 per year", "CA$200,000–CA$240,000 per year"]
    page = (tmp_path / "site" / "north-co-coo.md").read_text(encoding="utf-8")
    assert "- **Pay:** $200,000–$240,000 per year" in page
