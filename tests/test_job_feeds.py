"""Job-board feeds: indeed.xml and linkedin.xml against the fields each board documents.

Indeed's XML feed reference lists, per <job>: title, date, referencenumber,
requisitionid, url, company, city, state, country, description (required or
expected), with salary, jobtype, postalcode, streetaddress, email,
expirationdate and remotetype where known; every value wrapped in CDATA.
LinkedIn's Basic Jobs XML feed asks for partnerJobId (at most 40 characters),
company, title, description (at least 100 characters, limited HTML), applyUrl
and location, and takes city, state, country, postalCode, jobtype,
workplaceTypes and salaries.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from batchfiles import no_traceback
from jdgen.cli import main
from jdgen.site.boards import cdata, indeed_feed, linkedin_feed
from jdgen.site.settings import Site, look

COMPANY = """\
name: Acme Tools
industry: manufacturing
employees: 120
apply_url: https://acme.example/jobs?team=ops&src=feed
locations:
  - street_address: 1 Mill Lane
    city: Leeds
    region: West Yorkshire
    postal_code: LS1 4AP
    country: GB
compensation: {min: 70000, max: 85000, currency: GBP}
employment_type: [FULL_TIME]
"""

MANIFEST = """\
site:
  title: Careers at Acme
  base_url: https://acme.example/careers/
  feeds: [atom, indeed, linkedin]
defaults:
  company: acme.yaml
  formats: [md, html, json]
  date: 2026-12-01
  valid_for_days: 30
postings:
  - role: coo
    id: acme-coo
  - role: doo
    id: acme-doo-denver
    location: Denver, CO, US
    arrangement: hybrid
    salary: 120000-140000 USD
    currency: USD
  - role: doo
    id: acme-doo-remote
    location: Austin, TX, US
    arrangement: remote
"""

INDEED_REQUIRED = ("title", "date", "referencenumber", "requisitionid", "url", "company",
                   "city", "state", "country", "description")
LINKEDIN_REQUIRED = ("partnerJobId", "company", "title", "description", "applyUrl", "location",
                     "country")


@pytest.fixture
def site(runner, write, tmp_path) -> Path:
    write("acme.yaml", COMPANY)
    write("postings.yaml", MANIFEST)
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    return tmp_path / "site"


def jobs(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    assert root.tag == "source"
    key = "referencenumber" if path.name == "indeed.xml" else "partnerJobId"
    return {job.findtext(key): job for job in root.findall("job")}


def test_indeed_feed_has_every_field_indeed_asks_for(site):
    found = jobs(site / "indeed.xml")
    assert list(found) == ["acme-coo", "acme-doo-denver", "acme-doo-remote"]
    index = {job["id"]: job for job in json.loads((site / "index.json").read_text())["jobs"]}
    for posting, job in found.items():
        for field in INDEED_REQUIRED:
            assert (job.findtext(field) or "").strip(), (posting, field)
        assert job.findtext("title") == index[posting]["title"]
        assert job.findtext("url") == f"https://acme.example/careers/{posting}.html"
        assert job.findtext("date") == "2026-12-01T00:00:00Z"
        assert job.findtext("expirationdate") == "2026-12-31"
        assert job.findtext("jobtype") == "fulltime"
        assert job.findtext("description").startswith("<h1>")
    leeds, denver, remote = found.values()
    assert [leeds.findtext(k) for k in ("city", "state", "country", "postalcode",
                                        "streetaddress")] \
        == ["Leeds", "West Yorkshire", "GB", "LS1 4AP", "1 Mill Lane"]
    assert [denver.findtext(k) for k in ("city", "state", "country")] == ["Denver", "CO", "US"]
    assert leeds.findtext("salary") == "£70,000–£85,000 per year"
    assert denver.findtext("salary") == "$120,000–$140,000 per year"
    assert denver.findtext("remotetype") == "Hybrid remote"
    assert remote.findtext("remotetype") == "Fully remote"
    assert leeds.find("remotetype") is None
    root = ET.parse(site / "indeed.xml").getroot()
    assert root.findtext("publisher") == "Careers at Acme"
    assert root.findtext("publisherurl") == "https://acme.example/careers/"


def test_indeed_values_are_all_cdata(site):
    text = (site / "indeed.xml").read_text(encoding="utf-8")
    for field in INDEED_REQUIRED:
        assert f"<{field}><![CDATA[" in text, field


def test_linkedin_feed_has_every_field_linkedin_asks_for(site):
    found = jobs(site / "linkedin.xml")
    assert list(found) == ["acme-coo", "acme-doo-denver", "acme-doo-remote"]
    for posting, job in found.items():
        for field in LINKEDIN_REQUIRED:
            assert (job.findtext(field) or "").strip(), (posting, field)
        assert len(job.findtext("partnerJobId")) <= 40
        assert len(job.findtext("description")) >= 100
        assert job.findtext("applyUrl") == "https://acme.example/jobs?team=ops&src=feed"
        assert job.findtext("jobtype") == "FULL_TIME"
    leeds, denver, remote = found.values()
    assert [leeds.findtext(k) for k in ("location", "city", "state", "country", "postalCode")] \
        == ["Leeds, West Yorkshire", "Leeds", "West Yorkshire", "GB", "LS1 4AP"]
    assert [w.findtext("workplaceTypes") for w in (leeds, denver, remote)] \
        == [None, "Hybrid", "Remote"]
    salary = denver.find("salaries/salary")
    assert salary is not None
    assert [salary.findtext(p) for p in ("highEnd/amount", "highEnd/currencyCode",
                                         "lowEnd/amount", "lowEnd/currencyCode", "period",
                                         "type")] \
        == ["140000", "USD", "120000", "USD", "YEARLY", "BASE_SALARY"]
    assert remote.find("salaries") is None or remote.findtext("salaries/salary/period")
    root = ET.parse(site / "linkedin.xml").getroot()
    assert root.findtext("expectedJobCount") == "3"
    assert root.findtext("publisherUrl") == "https://acme.example/careers/"


def test_descriptions_keep_only_tags_the_boards_accept(site):
    allowed = {"p", "ul", "li", "h1", "h2", "h3", "h4", "h5", "br", "strong", "em"}
    import re

    for name in ("indeed.xml", "linkedin.xml"):
        for job in jobs(site / name).values():
            tags = set(re.findall(r"</?([a-zA-Z0-9]+)", job.findtext("description")))
            assert tags <= allowed, (name, tags - allowed)


# ------------------------------------------------------------ hostile values


HOSTILE = [
    "Chief ]]> Officer",
    "<script>alert(1)</script>",
    "Ops\x00\x08\x0b\x1f\x7f Lead",
    "]]]]>>",
    "Fish & Chips \"Ltd\" 'Co' <b>",
    "Ünïcödé — 東京 \U0001f680",
]


def hostile_entry(value: str) -> dict:
    return {
        "id": "x-1", "title": value, "company": value, "location": value,
        "date_posted": "2026-12-01", "date_modified": "2026-12-02", "pay": value,
        "valid_through": "2026-12-31", "files": {"html": "x-1.html"},
        "board": {"description": f"<p>{value}</p>" + "<p>filler text</p>" * 10,
                  "apply_url": "https://acme.example/apply?a=1&b=]]>",
                  "apply_email": None, "arrangement": "remote",
                  "places": [{"street": value, "city": value, "region": value,
                              "postal_code": None, "country": "US"}],
                  "salary": {"min": 1, "max": 2, "currency": "USD", "period": "year"},
                  "employment": ["FULL_TIME"], "website": None},
    }


def expected(value: str) -> str:
    return "".join(ch for ch in value if ch in "\t\n\r" or (ord(ch) >= 0x20 and ord(ch) != 0x7f))


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_stay_text_in_both_feeds(value):
    site = look(Site(base_url="https://acme.example/careers/", title=expected(value) or "x",
                     feeds=["indeed", "linkedin"]))
    for make, title_key in ((indeed_feed, "title"), (linkedin_feed, "title")):
        data = make([hostile_entry(value)], site)
        root = ET.fromstring(data)  # well-formed whatever the value
        job = root.find("job")
        assert job is not None
        assert job.findtext(title_key) == expected(value)
        assert job.findtext("company") == expected(value)
        assert job.findtext("city") == expected(value)
        assert job.findtext("description").startswith(f"<p>{expected(value)}</p>")
        assert root.find(".//script") is None  # text inside CDATA, never an element


@pytest.mark.parametrize(("value", "text"), [
    ("plain", "<![CDATA[plain]]>"),
    ("a]]>b", "<![CDATA[a]]]]><![CDATA[>b]]>"),
    ("bell\x07", "<![CDATA[bell]]>"),
    ("", "<![CDATA[]]>"),
])
def test_cdata_splits_its_end_marker_and_drops_what_xml_cannot_hold(value, text):
    assert cdata(value) == text


def test_entries_without_board_facts_are_left_out():
    site = look(Site(base_url="https://acme.example/", feeds=["indeed"]))
    entry = hostile_entry("ok")
    bare = {key: value for key, value in entry.items() if key != "board"}
    root = ET.fromstring(indeed_feed([bare, entry], site))
    assert len(root.findall("job")) == 1


# ------------------------------------------------------------ switching feeds on


@pytest.mark.parametrize(("feeds", "written"), [
    (None, {"feed.xml"}),
    ("[]", set()),
    ("[indeed]", {"indeed.xml"}),
    ("[linkedin, atom]", {"feed.xml", "linkedin.xml"}),
])
def test_site_feeds_choose_which_feeds_are_written(runner, write, tmp_path, feeds, written):
    write("acme.yaml", COMPANY)
    block = "" if feeds is None else f"  feeds: {feeds}\n"
    write("postings.yaml", MANIFEST.replace("  feeds: [atom, indeed, linkedin]\n", block))
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert result.exit_code == 0, result.stderr
    made = {p.name for p in (tmp_path / "site").glob("*.xml")} - {"sitemap.xml"}
    assert made == written
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert ('href="feed.xml"' in index) is ("feed.xml" in written)
    assert "board" not in json.loads((tmp_path / "site" / "index.json").read_text())["jobs"][0]


@pytest.mark.parametrize(("block", "message"), [
    ("  feeds: [indeed]\n", "feeds: indeed need the site's address; add base_url"),
    ("  base_url: https://a.example/\n  feeds: [monster]\n", "feeds"),
])
def test_bad_feed_settings_are_one_clear_line(runner, write, block, message):
    write("acme.yaml", COMPANY)
    write("postings.yaml", "site:\n" + block + "defaults:\n"
          + MANIFEST.split("defaults:\n", 1)[1])
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    no_traceback(result)
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.count("Error:") == 1
