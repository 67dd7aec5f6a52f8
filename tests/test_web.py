"""The web app's pages: the form, the preview and what it reads back, compare, profiles."""

from __future__ import annotations

import html
import re

import pytest

from webclient import TOKEN, client

FORM = {"role": "coo", "company_name": "Acme", "token": TOKEN, "date": "2026-12-01"}


def _message(page: str, name: str) -> str:
    return html.unescape(page.split(f'id="{name}-msg"', 1)[1].split("</p>", 1)[0])


def test_the_form_asks_for_every_fact_a_posting_takes(tmp_path):
    page = client(tmp_path).get("/").text
    for name in ("role", "focus", "reports_to", "team_size", "profile", "profile_file",
                 "company_name", "industry", "employees", "stage", "size", "about", "website",
                 "logo", "logo_file", "location", "arrangement", "salary", "currency", "period",
                 "benefits", "apply_url", "apply_email", "date", "valid_through", "locale"):
        assert f'name="{name}"' in page, name
    labelled = set(re.findall(r'<label for="f-([a-z_]+)"', page))
    inputs = set(re.findall(r'id="f-([a-z_]+)"', page)) - {"profile_text", "profile_name"}
    assert inputs <= labelled
    assert f'name="token" value="{TOKEN}"' in page
    assert 'href="/compare">Not sure? Compare the two roles' in page
    assert "Type the company's name" in page


@pytest.mark.parametrize(("fields", "name", "reading"), [
    ({"location": "Leeds, UK", "salary": "£85k-£100k"}, "salary", "£85,000–£100,000 per year"),
    ({"location": "Leeds, UK"}, "location", "Leeds, UK — United Kingdom"),
    ({"location": "Austin, TX", "salary": "$120,000-$150,000"}, "salary",
     "$120,000–$150,000 per year"),
    ({"location": "Austin, TX"}, "location", "Austin, TX — United States"),
    ({"location": "Toronto, ON", "salary": "120k-140k"}, "salary", "$120,000–$140,000 per year"),
    ({"location": "Toronto, ON"}, "location", "Toronto, ON — Canada"),
    ({"location": "Dublin"}, "location", "Dublin — Ireland"),
    ({"location": "Leeds, GB"}, "location", "Leeds, GB — United Kingdom"),
    ({"location": "Berlin, Germany", "salary": "90k-110k"}, "salary",
     "€90,000–€110,000 per year"),
    ({"salary": "50-60", "period": "hour"}, "salary", "$50–$60 per hour"),
])
def test_pay_and_place_are_read_back(tmp_path, fields, name, reading):
    web = client(tmp_path)
    reply = web.post("/preview", data={**FORM, **fields}).json()
    assert reply["fields"][name] == {"error": "", "reading": reading}
    page = web.post("/", data={**FORM, **fields}).text
    assert f"Read as: {reading}" in _message(page, name)


@pytest.mark.parametrize(("fields", "name", "words"), [
    ({"salary": "lots"}, "salary", "'lots' is not a salary range: give one like 85k-100k"),
    ({"salary": "-5"}, "salary", "amounts must be positive"),
    ({"employees": "many"}, "employees", "employees: "),
    ({"employees": "0"}, "employees", "employees: "),
    ({"team_size": "lots"}, "team_size", "team_size: "),
    ({"apply_email": "not-an-address"}, "apply_email", "apply_email: "),
    ({"apply_url": "javascript:alert(1)"}, "apply_url", "apply_url: "),
    ({"locale": "xx-YY"}, "locale", "locale: "),
    ({"focus": "juggling", "role": "director-of-operations"}, "focus", "juggling"),
    ({"company_name": ""}, "company_name", "give the company's name"),
    ({"date": "2026-13-45"}, "date", "date: "),
    ({"currency": "XYZ", "salary": "100k-120k"}, "currency", "XYZ"),
    ({"reports_to": "x" * 400}, "reports_to", "too long"),
])
def test_errors_appear_beside_their_field(tmp_path, fields, name, words):
    web = client(tmp_path)
    reply = web.post("/preview", data={**FORM, **fields}).json()
    assert words in reply["fields"][name]["error"], reply["fields"]
    assert "Not built yet" in reply["panel"]
    page = web.post("/", data={**FORM, **fields}).text
    assert words in _message(page, name)
    assert f'id="f-{name}"' in page


def test_the_preview_shows_warnings_and_marks_findings_in_the_text(tmp_path):
    web = client(tmp_path)
    about = "We want a dominant, aggressive ninja who thrives under pressure."
    panel = web.post("/preview", data={**FORM, "about": about}).json()["panel"]
    assert "Warning: acme-coo: no way to apply given" in html.unescape(panel)
    assert "Warning: acme-coo: no location given" in html.unescape(panel)
    marked = re.findall(r'<mark id="found-(\d+)">([^<]+)<a', panel)
    assert {word.casefold() for _, word in marked} >= {"dominant", "aggressive", "ninja"}
    for number, _ in marked:
        assert f'<li id="note-{number}"' in panel
        assert f'href="#note-{number}"' in panel
    quiet = web.post("/preview", data={**FORM, "location": "Austin, TX", "arrangement": "onsite",
                                       "apply_url": "https://acme.example/apply",
                                       "reports_to": "CEO"}).json()
    assert "Warning: acme-coo" not in quiet["panel"]


def test_pay_laws_for_the_place_are_among_the_findings(tmp_path):
    web = client(tmp_path)
    panel = web.post("/preview", data={**FORM, "location": "Denver, CO"}).json()["panel"]
    assert re.search(r"pay-\w+", panel), panel


def test_copy_as_text_has_no_markdown_marks(tmp_path):
    web = client(tmp_path)
    panel = web.post("/preview", data={**FORM, "apply_url": "https://acme.example/apply",
                                       "benefits": "Health cover\nA pension"}).json()["panel"]
    text = html.unescape(panel.split('<textarea id="plain"', 1)[1].split(">", 1)[1]
                         .split("</textarea>", 1)[0])
    assert text.startswith("Chief Operating Officer\n")
    assert "• Health cover" in text
    assert not re.search(r"^#|\*\*|^- ", text, re.MULTILINE), text


def test_the_command_is_quoted_for_a_shell(tmp_path):
    web = client(tmp_path)
    page = web.post("/", data={**FORM, "location": "Austin, TX",
                               "salary": "$120,000-$150,000"}).text
    command = html.unescape(page.split('<details class="command">', 1)[1]
                            .split("<pre><code>", 1)[1].split("</code>", 1)[0])
    assert command == ("jdgen build coo --company Acme --location 'Austin, TX' "
                       "--salary '$120,000-$150,000' --date 2026-12-01 -f docx")


def test_a_profile_can_be_uploaded_and_is_carried_along(tmp_path):
    web = client(tmp_path)
    profile = b"name: Northwind\nindustry: logistics\nemployees: 240\nabout: We move things.\n"
    fields = {k: v for k, v in FORM.items() if k != "company_name"}
    first = web.post("/preview", data=fields,
                     files={"profile_file": ("northwind.yaml", profile, "text/yaml")}).json()
    assert "Northwind" in first["panel"] and "We move things." in first["panel"]
    assert first["profile_text"] == profile.decode()
    again = web.post("/preview", data={**fields, "profile_text": first["profile_text"],
                                       "profile_name": "northwind.yaml"}).json()
    assert again["panel"] == first["panel"]
    assert "northwind.yaml" in again["profile_label"]


def test_a_profile_in_the_folder_can_be_chosen_and_saved_to(tmp_path):
    (tmp_path / "acme.yaml").write_text("name: Acme Health\nindustry: healthcare\n", "utf-8")
    (tmp_path / "postings.yaml").write_text("postings: []\n", "utf-8")
    web = client(tmp_path)
    page = web.get("/").text
    assert '<option value="acme.yaml">' in page and "postings.yaml" not in page
    fields = {k: v for k, v in FORM.items() if k != "company_name"}
    reply = web.post("/", data={**fields, "profile": "acme.yaml", "about": "We heal."})
    assert "Acme Health" in reply.text
    assert "--company-file acme-health.yaml" in reply.text
    web.post("/", data={**fields, "profile": "acme.yaml", "about": "We heal.", "do": "save"})
    saved = (tmp_path / "acme-health.yaml").read_text("utf-8")
    assert "industry: healthcare" in saved and "about: We heal." in saved


def test_without_the_pdf_extra_the_page_says_how_to_get_it(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "typst" else real(name, *a))
    web = client(tmp_path)
    page = web.get("/").text
    assert 'value="pdf"' not in page
    assert "pip install 'jdgen[pdf]'" in html.unescape(page)
    reply = web.post("/", data={**FORM, "do": "pdf"})
    assert reply.status_code == 400 and "jdgen[pdf]" in html.unescape(reply.text)


def test_compare_recommends_a_role_and_leads_to_its_form(tmp_path):
    web = client(tmp_path)
    assert "Compare the two roles" in web.get("/compare").text
    page = web.get("/compare", params={"go": "1", "employees": "40", "stage": "growth",
                                       "gap": "one-area", "company_name": "Acme"}).text
    assert "<table>" in page
    link = re.search(r'class="button primary" href="([^"]+)"', page)
    assert link and "role=director-of-operations" in link.group(1)
    form = web.get(html.unescape(link.group(1))).text
    assert '<option value="director-of-operations" selected>' in form
    assert 'value="40"' in form and "Director of Operations" in form.split('id="panel"')[1]


def test_compare_with_a_bad_headcount_says_so(tmp_path):
    page = client(tmp_path).get("/compare", params={"go": "1", "employees": "lots"}).text
    assert "employees: &#39;lots&#39; is not a whole number" in page


def test_the_assets_are_served(tmp_path):
    web = client(tmp_path)
    assert web.get("/static/style.css").headers["content-type"].startswith("text/css")
    script = web.get("/static/app.js")
    assert script.status_code == 200 and "X-Jdgen-Token" in script.text


def test_every_bad_field_is_named_at_once(tmp_path):
    web = client(tmp_path)
    reply = web.post("/preview", data={**FORM, "salary": "lots", "apply_email": "nope",
                                       "employees": "many"}).json()
    assert set(reply["fields"]) >= {"salary", "apply_email", "employees"}
    assert reply["fields"]["salary"]["error"].count("is not a salary range") == 1
    download = web.post("/", data={**FORM, "salary": "lots", "do": "docx"})
    assert download.status_code == 422 and "is not a salary range" in download.text


def test_without_javascript_an_upload_is_carried_by_the_page(tmp_path):
    web = client(tmp_path)
    fields = {k: v for k, v in FORM.items() if k != "company_name"}
    page = web.post("/", data=fields, files={
        "profile_file": ("northwind.yaml", b"name: Northwind\n", "text/yaml")}).text
    assert 'id="f-profile_name" value="northwind.yaml"' in page
    assert ">name: Northwind\n</textarea>" in page
    saved = web.post("/", data={**fields, "profile_text": "name: Northwind\n",
                                "profile_name": "northwind.yaml", "do": "save"}).text
    assert "Saved the company profile as" in saved
    assert "--company-file northwind.yaml" in saved


def test_the_site_count_reaches_the_posting_and_the_command(tmp_path):
    web = client(tmp_path)
    form = {**FORM, "role": "director-of-operations", "industry": "manufacturing",
            "employees": "2000", "location": "Leeds, UK"}
    one = html.unescape(web.post("/preview", data=form).json()["panel"])
    several = html.unescape(web.post("/preview", data={**form, "sites": "3"}).json()["panel"])
    assert "all plants" not in one and "all plants" in several
    from jdgen.web.command import command_line
    from jdgen.web.facts import read_form

    assert "--sites 3" in command_line(read_form({**form, "sites": "3"}, None), ["docx"])
