"""schema.org JobPosting JSON-LD: every property checked against the input that made it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdgen.cli import main
from jdgen.render.jsonld import to_json

DATE = ["--date", "2026-11-25"]

FULL_PROFILE = """\
name: Acme Robotics
about: We build warehouse robots.
industry: manufacturing
website: https://acme.example
logo: https://acme.example/logo.png
locations:
  - street_address: 1200 Market St
    city: Denver
    region: CO
    postal_code: "80202"
    country: United States
arrangement: hybrid
employment_type: [full-time, contract]
valid_for_days: 45
compensation: {min: 180000, max: 220000, currency: usd, period: year}
benefits: [Health cover, 401(k) match]
apply_url: https://acme.example/jobs/coo
direct_apply: true
"""


def build_json(runner, args: list[str]) -> tuple[dict, str]:
    """Run ``jdgen build ... -f json`` and return the parsed JSON-LD and stderr."""
    result = runner.invoke(main, ["build", *args, *DATE, "-f", "json", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    (path,) = Path("out").iterdir()
    assert path.suffix == ".json"
    return json.loads(path.read_text(encoding="utf-8")), result.stderr


def test_every_property_comes_from_the_input(runner, write):
    write("acme.yaml", FULL_PROFILE)
    data, stderr = build_json(runner, ["coo", "--company-file", "acme.yaml",
                                       "--posting-id", "OPS-2026-04", "--reports-to", "CEO"])
    assert stderr == ""
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Chief Operating Officer"
    assert data["description"].startswith("<h1>Chief Operating Officer</h1>\n<ul>\n")
    assert "<h2>About Acme Robotics</h2>\n<p>We build warehouse robots.</p>" in data["description"]
    assert data["datePosted"] == "2026-11-25"
    assert data["validThrough"] == "2027-01-09"  # 45 days later
    assert data["employmentType"] == ["FULL_TIME", "CONTRACTOR"]
    assert data["hiringOrganization"] == {
        "@type": "Organization", "name": "Acme Robotics", "sameAs": "https://acme.example",
        "url": "https://acme.example", "logo": "https://acme.example/logo.png",
    }
    assert data["jobLocation"] == {"@type": "Place", "address": {
        "@type": "PostalAddress", "streetAddress": "1200 Market St",
        "addressLocality": "Denver", "addressRegion": "CO", "postalCode": "80202",
        "addressCountry": "US",
    }}
    assert "jobLocationType" not in data and "applicantLocationRequirements" not in data
    assert data["baseSalary"] == {"@type": "MonetaryAmount", "currency": "USD", "value": {
        "@type": "QuantitativeValue", "minValue": 180000, "maxValue": 220000, "unitText": "YEAR",
    }}
    assert data["identifier"] == {"@type": "PropertyValue", "name": "Acme Robotics",
                                  "value": "OPS-2026-04"}
    assert data["directApply"] is True
    assert data["occupationalCategory"] == "11-1011.00"
    assert data["industry"] == "manufacturing"
    assert data["jobBenefits"] == ["Health cover", "401(k) match"]
    import html as html_lib
    import re

    described = html_lib.unescape(re.sub(r"<[^>]+>", "", data["description"]))
    assert len(data["responsibilities"]) >= 6
    for item in [*data["responsibilities"], *data["qualifications"]]:
        assert item in described  # the structured lists are the posting's own text
    assert "years" in data["qualifications"][0]
    assert any("negotiat" in skill.lower() for skill in data["skills"])
    tags = set(re.findall(r"</?([a-z0-9]+)", data["description"]))
    assert tags <= {"p", "ul", "li", "h1", "h2", "h3", "h4", "h5", "br", "strong", "em"}
    assert list(data) == [
        "@context", "@type", "title", "description", "datePosted", "validThrough",
        "employmentType", "hiringOrganization", "jobLocation", "baseSalary", "identifier",
        "directApply", "occupationalCategory", "industry", "responsibilities",
        "qualifications", "skills", "jobBenefits",
    ]


def test_command_line_facts_reach_the_json_ld(runner):
    data, _ = build_json(runner, [
        "doo", "--company", "Kite", "--location", "Leeds, West Yorkshire, GB", "--onsite",
        "--salary", "45", "--currency", "GBP", "--period", "hour",
        "--employment-type", "part time", "--valid-through", "2026-12-31",
        "--website", "https://kite.example/", "--logo", "https://cdn.kite.example/l.svg",
        "--no-direct-apply",
    ])
    assert data["employmentType"] == "PART_TIME"
    assert data["validThrough"] == "2026-12-31"
    assert data["baseSalary"]["value"] == {"@type": "QuantitativeValue", "value": 45,
                                           "unitText": "HOUR"}
    assert data["baseSalary"]["currency"] == "GBP"
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress", "addressLocality": "Leeds",
        "addressRegion": "West Yorkshire", "addressCountry": "GB",
    }
    assert data["hiringOrganization"]["logo"] == "https://cdn.kite.example/l.svg"
    assert data["directApply"] is False
    assert data["occupationalCategory"] == "11-1021.00"


@pytest.mark.parametrize(("args", "expected"), [
    (["--location", "United States"], {"@type": "Country", "name": "US"}),
    (["--location", "Berlin, Germany"], {"@type": "Country", "name": "DE"}),
    (["--applicant-country", "ca"], {"@type": "Country", "name": "CA"}),
    (["--applicant-country", "Canada", "--applicant-country", "MEX"],
     [{"@type": "Country", "name": "CA"}, {"@type": "Country", "name": "MX"}]),
    (["--location", "Denver, CO, US"], {"@type": "State", "name": "CO",
                                        "containedInPlace": {"@type": "Country", "name": "US"}}),
], ids=["country-location", "city-and-country", "code", "two-countries", "state"])
def test_remote_jobs_are_telecommute_with_applicant_locations(runner, args, expected):
    data, stderr = build_json(runner, ["coo", "--company", "Acme", "--remote", *args])
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == expected
    assert "jobLocation" not in data
    assert "applicantLocationRequirements" not in stderr


def test_applicant_states_from_a_company_file(runner, write):
    write("c.yaml", "name: Acme\narrangement: remote\napplicant_locations:\n"
                    "  - {country: US, region: California}\n  - {country: US, region: Oregon}\n")
    data, _ = build_json(runner, ["coo", "--company-file", "c.yaml"])
    assert [a["name"] for a in data["applicantLocationRequirements"]] == ["California", "Oregon"]
    md = runner.invoke(main, ["build", "coo", "--company-file", "c.yaml", *DATE, "-o", "-"])
    assert ("This is a fully remote role, open to candidates based in California, US or "
            "Oregon, US.") in md.stdout


# Facts outside the JSON-LD's concern (how to apply, the work arrangement) are given, so
# every warning left is one about data Google wants.
BARE = ["coo", "--company", "Acme", "--apply-url", "https://acme.example/apply", "--onsite",
        "--reports-to", "CEO"]
WARNINGS = {
    "location": "Warning: acme-coo: jobLocation: Google requires a workplace address for jobs "
                "that are not fully remote; add locations to the company file or use --location",
    "country": "Warning: acme-coo: jobLocation: 'Gondor Falls' has no country; add one (an ISO "
               "3166 code such as US) to the location",
    "remote": "Warning: acme-coo: applicantLocationRequirements: a fully remote job should say "
              "which countries or states applicants may live in; use --applicant-country, a "
              "country in --location, or applicant_locations in the company file",
    "validThrough": "Warning: acme-coo: validThrough: no closing date; use --valid-through or "
                    "--valid-for (recommended by Google)",
    "employmentType": "Warning: acme-coo: employmentType: no employment type; use "
                      "--employment-type (e.g. FULL_TIME) (recommended by Google)",
    "baseSalary": "Warning: acme-coo: baseSalary: no pay range; use --salary (recommended by "
                  "Google)",
    "identifier": "Warning: acme-coo: identifier: no posting id; use --posting-id (recommended "
                  "by Google)",
    "directApply": "Warning: acme-coo: directApply: not said whether candidates can apply on "
                   "the page; use --direct-apply or --no-direct-apply (recommended by Google)",
}
COMPLETE = ["--location", "Austin, TX, US", "--valid-for", "30", "--employment-type",
            "FULL_TIME", "--salary", "150k-180k", "--posting-id", "A-1", "--direct-apply"]


def test_a_bare_build_warns_about_everything_google_wants(runner):
    _, stderr = build_json(runner, BARE)
    assert stderr.splitlines() == [WARNINGS[k] for k in (
        "location", "validThrough", "employmentType", "baseSalary", "identifier",
        "directApply")]


def test_a_complete_build_warns_about_nothing(runner):
    _, stderr = build_json(runner, [*BARE, *COMPLETE])
    assert stderr == ""


@pytest.mark.parametrize(("drop", "replace", "warning"), [
    ("--location", ["--location", "Gondor Falls"], "country"),
    ("--location", ["--remote"], "remote"),
    ("--valid-for", [], "validThrough"),
    ("--employment-type", [], "employmentType"),
    ("--salary", [], "baseSalary"),
    ("--posting-id", [], "identifier"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_each_missing_fact_is_one_warning(runner, drop, replace, warning):
    args = list(COMPLETE)
    i = args.index(drop)
    del args[i:i + 2]
    bare = [a for a in BARE if a != "--onsite" or "--remote" not in replace]  # one arrangement
    _, stderr = build_json(runner, [*bare, *args, *replace])
    assert stderr.splitlines() == [WARNINGS[warning]]


def test_markdown_and_word_builds_do_not_warn_about_google_data(runner):
    result = runner.invoke(main, ["build", *BARE, *DATE, "--location", "Austin, TX", "-f", "md",
                                  "-f", "docx"])
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize(("profile", "message"), [
    ("website: javascript:alert(1)", "Error: c.yaml:2:10: website: 'javascript:alert(1)' is "
     "not a web address; give a full URL starting with https:// or http://"),
    ("logo: https://", "Error: c.yaml:2:7: logo: 'https://' is not a web address; give a full "
     "URL starting with https:// or http://"),
    ("apply_url: 'https://exa mple.com/'", "Error: c.yaml:2:12: apply_url: 'https://exa "
     "mple.com/' is not a web address; give a full URL starting with https:// or http://"),
    ("website: 'https://a.example/\"><script>'", "Error: c.yaml:2:10: website: "
     "'https://a.example/\"><script>' is not a web address; give a full URL starting with "
     "https:// or http://"),
    ("employment_type: permanent", "Error: c.yaml:2:18: employment_type[0]: 'permanent' is not "
     "an employment type; use one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, "
     "VOLUNTEER, PER_DIEM, OTHER"),
    ("locations: [{city: Leeds, country: Narnia}]", "Error: c.yaml:2:36: locations[0].country: "
     "'Narnia' is not an ISO 3166 country; give a two-letter code such as US, GB or DE"),
    ("applicant_locations: [{country: ZZ}]", "Error: c.yaml:2:33: "
     "applicant_locations[0].country: 'ZZ' is not an ISO 3166 country; give a two-letter code "
     "such as US, GB or DE"),
    ("applicant_locations: [{region: Ohio}]", "Error: c.yaml:2:23: applicant_locations[0]."
     "country: missing required field"),
    ("valid_for_days: 0", "Error: c.yaml:2:17: valid_for_days: expected greater than or equal "
     "to 1 (found '0')"),
    ("direct_apply: maybe", "Error: c.yaml:2:15: direct_apply: expected true or false, found "
     "'maybe'"),
], ids=["js-url", "no-host", "space", "quote-in-url", "employment", "country",
        "applicant-country", "applicant-no-country", "valid-days", "direct-apply"])
def test_bad_company_files(runner, write, profile, message):
    write("c.yaml", f"name: Acme\n{profile}\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", "c.yaml", "-f", "json"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [message]
    assert not list(Path(".").glob("*.json"))


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--employment-type", "permanent"], 2, "Error: Invalid value for '--employment-type': "
     "'permanent' is not an employment type; use one of FULL_TIME, PART_TIME, CONTRACTOR, "
     "TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER"),
    (["--valid-through", "2026-11-01"], 1, "Error: valid-through date 2026-11-01 must be after "
     "the posting date 2026-11-25"),
    (["--valid-through", "2026-11-25"], 1, "Error: valid-through date 2026-11-25 must be after "
     "the posting date 2026-11-25"),
    (["--valid-through", "2026-12-01", "--valid-for", "9"], 2,
     "Error: give --valid-through or --valid-for, not both"),
    (["--valid-for", "0"], 2, "Error: Invalid value for '--valid-for': 0 is not in the range "
     "1<=x<=366."),
    (["--valid-through", "31/12/2026"], 2, "Error: Invalid value for '--valid-through': "
     "'31/12/2026' does not match the format '%Y-%m-%d'."),
    (["--website", "ftp://acme.example"], 2, "Error: Invalid value for '--website': "
     "'ftp://acme.example' is not a web address; give a full URL starting with https:// or "
     "http://"),
    (["--logo", "logo.png"], 2, "Error: Invalid value for '--logo': 'logo.png' is not a web "
     "address; give a full URL starting with https:// or http://"),
    (["--remote", "--applicant-country", "Atlantis"], 2, "Error: Invalid value for "
     "'--applicant-country': 'Atlantis' is not an ISO 3166 country; give a two-letter code "
     "such as US, GB or DE"),
    (["--location", "Leeds, Yorkshire, Narnia"], 2, "Error: Invalid value for '--location': "
     "'Narnia' is not an ISO 3166 country; give a two-letter code such as US, GB or DE"),
    (["--posting-id", " "], 2, "Error: Invalid value for '--posting-id': give an id of 1-100 "
     "printable characters"),
    (["--posting-id", "x" * 101], 2, "Error: Invalid value for '--posting-id': give an id of "
     "1-100 printable characters"),
    (["-o", "job.html", "-f", "json"], 2, "Error: Invalid value for '-o': -o names one file; "
     "its extension must match -f"),
], ids=["employment", "valid-before", "valid-same-day", "both-validity", "valid-for-zero",
        "valid-format", "ftp", "relative-logo", "applicant", "location-country", "blank-id",
        "long-id", "o-mismatch"])
def test_bad_options(runner, args, code, message):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE, "-f", "json",
                                  *args] if "-o" not in args else
                           ["build", "coo", "--company", "Acme", *DATE, *args])
    assert result.exit_code == code, result.stderr
    assert result.stderr.splitlines()[-1] == message
    assert not list(Path(".").glob("*.json"))


HOSTILE = '</script><script>alert(1)</script> <b>&amp; "q" \'s\' {{ 7*7 }} Ωμέγα 東京 عربى'


def test_hostile_text_round_trips_and_cannot_close_the_script(runner, write):
    write("c.yaml", json.dumps({
        "name": HOSTILE, "about": HOSTILE, "industry": HOSTILE, "benefits": [HOSTILE],
        "locations": [{"city": HOSTILE, "region": HOSTILE, "street_address": HOSTILE,
                       "postal_code": "<b>&", "country": "JP"}],
        "apply": HOSTILE, "eeo_statement": HOSTILE,
        "website": "https://example.com/?a=1&b=2",
    }))
    result = runner.invoke(main, ["build", "coo", "--company-file", "c.yaml", *DATE,
                                  "-f", "json", "--posting-id", HOSTILE])
    assert result.exit_code == 0, result.stderr
    (path,) = Path(".").glob("*.json")
    text = path.read_text(encoding="utf-8")
    for char in "<>&":
        assert char not in text
    data = json.loads(text)
    assert data["hiringOrganization"]["name"] == HOSTILE
    assert data["hiringOrganization"]["sameAs"] == "https://example.com/?a=1&b=2"
    assert data["industry"] == HOSTILE
    assert data["jobBenefits"] == [HOSTILE]
    assert data["identifier"]["value"] == HOSTILE
    address = data["jobLocation"]["address"]
    assert [address[k] for k in ("streetAddress", "addressLocality", "addressRegion",
                                 "postalCode")] == [HOSTILE, HOSTILE, HOSTILE, "<b>&"]
    # In the description the text is HTML-escaped once, and no tag came from the input.
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in data["description"]
    assert "<b>" not in data["description"] and "<script" not in data["description"]


def test_to_json_escapes_everything_that_could_end_a_script():
    text = to_json({"a": "</script><!-- & \u2028 \u2029"})
    assert text == ('{\n  "a": "\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029"\n}')
    assert json.loads(text) == {"a": "</script><!-- & \u2028 \u2029"}


def test_same_input_same_bytes(runner, write):
    write("acme.yaml", FULL_PROFILE)
    args = ["build", "coo", "--company-file", "acme.yaml", *DATE, "-f", "json", "-f", "html"]
    first = runner.invoke(main, [*args, "--out", "a"])
    second = runner.invoke(main, [*args, "--out", "b"])
    assert first.exit_code == second.exit_code == 0
    for name in ("acme-robotics-coo.json", "acme-robotics-coo.html"):
        assert Path("a", name).read_bytes() == Path("b", name).read_bytes()


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>a <strong>b</strong></p>\n<ul>\n<li>x</li>\n</ul>",
     "<p>a <strong>b</strong></p>\n<ul>\n<li>x</li>\n</ul>"),
    ('<p><a href="https://x.example/a">Apply online</a></p>', "<p>Apply online (https://x.example/a)</p>"),
    ('<p><a href="mailto:j@x.example">j@x.example</a></p>', "<p>j@x.example</p>"),
    ('<h6>t</h6><p><code>c</code><br /></p><h2 id="q">z</h2>', "t<p>c<br></p><h2>z</h2>"),
    ("<hr />", ""),
])
def test_the_description_keeps_only_the_tags_google_allows(html, expected):
    from jdgen.render.jsonld import google_html

    assert google_html(html) == expected
