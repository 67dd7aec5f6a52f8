"""The web app's safety rules: its own origin only, the run's token, size caps, hostile input.

Every refusal is one line a person can read; no page ever shows a traceback,
and nothing is written except an explicit save into the start folder.
"""

from __future__ import annotations

import pytest

from jdgen.inputs.reading import MAX_YAML_BYTES
from webclient import TOKEN, client

FORM = {"role": "coo", "company_name": "Acme", "location": "Denver, CO", "token": TOKEN}


def _listing(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize(("headers", "status", "words"), [
    ({"origin": "http://evil.example"}, 403, "came from another site"),
    ({"origin": "null"}, 403, "came from another site"),
    ({"sec-fetch-site": "cross-site"}, 403, "came from another site"),
    ({"sec-fetch-site": "same-site"}, 403, "came from another site"),
    ({"host": "evil.example"}, 421, "only to its own address"),
    ({"host": "127.0.0.1.evil.example"}, 421, "only to its own address"),
])
def test_requests_from_elsewhere_are_refused(tmp_path, headers, status, words):
    web = client(tmp_path)
    for path, fields in (("/", {**FORM, "do": "save"}), ("/preview", FORM)):
        reply = web.post(path, data=fields, headers=headers)
        assert reply.status_code == status, path
        assert words in reply.text
    assert _listing(tmp_path) == []


def test_the_own_origin_is_served(tmp_path):
    web = client(tmp_path)
    reply = web.post("/preview", data=FORM, headers={"origin": "http://testserver",
                                                     "sec-fetch-site": "same-origin"})
    assert reply.status_code == 200
    assert "Chief Operating Officer" in reply.json()["panel"]


@pytest.mark.parametrize(("token", "header"), [
    (None, None), ("", None), ("wrong", None), (TOKEN + "x", None), (None, "wrong"),
], ids=["missing", "empty", "wrong", "longer", "wrong-header"])
def test_a_post_without_the_runs_token_is_refused(tmp_path, token, header):
    web = client(tmp_path)
    fields = {k: v for k, v in FORM.items() if k != "token"}
    if token is not None:
        fields["token"] = token
    headers = {"x-jdgen-token": header} if header else {}
    for path in ("/", "/preview"):
        reply = web.post(path, data={**fields, "do": "save"}, headers=headers)
        assert reply.status_code == 403
        assert "earlier run of jdgen serve" in reply.text
    assert _listing(tmp_path) == []


def test_the_token_may_come_as_a_header(tmp_path):
    web = client(tmp_path)
    fields = {k: v for k, v in FORM.items() if k != "token"}
    assert web.post("/preview", data=fields, headers={"x-jdgen-token": TOKEN}).status_code == 200


def test_an_oversized_body_is_refused_before_it_is_read(tmp_path):
    web = client(tmp_path)
    big = b"name: Acme\nabout: " + b"x" * 2_300_000 + b"\n"
    reply = web.post("/", data={**FORM, "do": "preview"},
                     files={"profile_file": ("acme.yaml", big, "text/yaml")})
    assert reply.status_code == 413
    assert "at most 2 MB" in reply.text


def test_an_oversized_body_without_a_length_is_cut_off(tmp_path):
    web = client(tmp_path)

    def chunks():
        for _ in range(40):
            yield b"a=" + b"x" * 100_000 + b"&"

    reply = web.post("/preview", content=chunks(), headers={
        "content-type": "application/x-www-form-urlencoded", "x-jdgen-token": TOKEN})
    assert reply.status_code == 413


def test_a_profile_over_the_file_limit_is_refused_as_a_file_is(tmp_path):
    web = client(tmp_path)
    big = b"name: Acme\nabout: " + b"x" * (MAX_YAML_BYTES + 10) + b"\n"
    reply = web.post("/", data={**FORM, "do": "preview"},
                     files={"profile_file": ("acme.yaml", big, "text/yaml")})
    assert reply.status_code == 200
    assert f"over the limit of {MAX_YAML_BYTES:,} bytes" in reply.text


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))


@pytest.mark.parametrize(("profile", "words"), [
    (LAUGHS.encode(), "each use of an alias counted in full"),
    (b"name: Acme\n" + b"- " * 200 + b"x\n", "acme.yaml"),
    (b"name: Acme\x00\n", "binary data, not a YAML text file"),
    (b"name: \xff\xfe\n", "not valid UTF-8 text"),
    (b"name: Acme\nsalary: 100k\n", "salary"),
    (b"name: \"A\\x1b[2JB\"\n", "control character"),
    (b"name: Acme\nlogo_file: /etc/passwd\n", "outside"),
    (b"name: Acme\nlogo_file: ../../../../etc/hostname\n", "outside"),
    (b"!!python/object/apply:os.system ['touch pwned']\n", "acme.yaml"),
    (b"", "file is empty"),
], ids=["laughs", "bad-yaml", "nul", "not-utf8", "unknown-field", "control", "logo-abs",
        "logo-up", "python-tag", "empty"])
def test_a_hostile_company_file_is_one_error_beside_the_profile(tmp_path, profile, words):
    web = client(tmp_path)
    fields = {k: v for k, v in FORM.items() if k != "company_name"}
    reply = web.post("/", data={**fields, "do": "preview"},
                     files={"profile_file": ("../../acme.yaml", profile, "text/yaml")})
    if profile == b"":  # an empty file field is no upload at all
        assert "give the company" in reply.text
        return
    assert reply.status_code == 200
    message = reply.text.split('id="profile-msg"', 1)[1].split("</p>", 1)[0]
    assert words in message, message
    assert "Traceback" not in reply.text
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("name", ["../etc/passwd", "/etc/passwd", "nothere.yaml", "sub/x.yaml"])
def test_only_profiles_in_the_start_folder_can_be_chosen(tmp_path, name):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.yaml").write_text("name: Sub\n", encoding="utf-8")
    web = client(tmp_path)
    reply = web.post("/", data={**FORM, "profile": name})
    assert f"&#39;{name}&#39; is not a profile in" in reply.text


@pytest.mark.parametrize("source", [
    '{{ "x"|center(999999999) }}',
    '{% for a in "x"*2000000 %}{% for b in "x"*2000000 %}{% endfor %}{% endfor %}',
    "{% set s %}{% for i in range(199999) %}" + "x" * 200 + "{% endfor %}{% endset %}",
    "{{ 1/0 }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
], ids=["center", "loops", "output", "zero-division", "escape"])
def test_a_runaway_template_in_the_folder_is_stopped_with_one_line(tmp_path, source):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "posting.md.j2").write_text(source + "\n", encoding="utf-8")
    web = client(tmp_path)
    reply = web.post("/preview", data=FORM)
    assert reply.status_code == 200
    panel = reply.json()["panel"]
    assert "Not built yet" in panel and "posting.md.j2" in panel, panel
    assert "Traceback" not in panel
    download = web.post("/", data={**FORM, "do": "docx"})
    assert download.status_code == 422
    assert "posting.md.j2" in download.text


def test_an_unforeseen_failure_is_a_page_without_a_traceback(tmp_path, monkeypatch):
    from jdgen.web import app

    def broken(*args, **kwargs):
        raise RuntimeError("internal detail that must not show")

    monkeypatch.setattr(app, "run", broken)
    web = client(tmp_path)
    reply = web.post("/", data=FORM)
    assert reply.status_code == 500
    assert "Something went wrong" in reply.text
    assert "internal detail" not in reply.text and "Traceback" not in reply.text


@pytest.mark.parametrize(("method", "path", "status"), [
    ("get", "/nowhere", 404), ("delete", "/", 405), ("get", "/static/../app.py", 404),
    ("get", "/static/app.py", 404), ("get", "/preview", 405), ("post", "/compare", 405),
])
def test_unknown_pages_and_methods_are_plain_pages(tmp_path, method, path, status):
    web = client(tmp_path)
    reply = web.request(method, path, headers={"x-jdgen-token": TOKEN})
    assert reply.status_code in (status, 404)
    assert "There is no page here" in reply.text


def test_nothing_is_written_but_an_explicit_save_into_the_start_folder(tmp_path):
    web = client(tmp_path)
    fields = {**FORM, "about": "We make rockets.", "company_name": "../../Evil/Co"}
    for action in ("preview", "docx", "md", "html"):
        web.post("/", data={**fields, "do": action})
    web.post("/preview", data=fields)
    assert _listing(tmp_path) == []
    reply = web.post("/", data={**fields, "do": "save"})
    assert _listing(tmp_path) == ["evil-co.yaml"]
    assert "Saved the company profile as" in reply.text
    again = web.post("/", data={**fields, "about": "Changed.", "do": "save"})
    assert "already in" in again.text
    assert "rockets" in (tmp_path / "evil-co.yaml").read_text("utf-8")
    web.post("/", data={**fields, "about": "Changed.", "do": "save", "replace": "yes"})
    assert "Changed." in (tmp_path / "evil-co.yaml").read_text("utf-8")
    assert _listing(tmp_path) == ["evil-co.yaml"]


def test_pages_carry_the_safety_headers(tmp_path):
    web = client(tmp_path)
    reply = web.get("/")
    assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
    assert "script-src 'self'" in reply.headers["content-security-policy"]
    assert reply.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(("name", "content", "words"), [
    ("../logo.png", None, "is not an image in"),
    ("/etc/hostname", None, "is not an image in"),
    ("fake.png", b"not an image at all", "fake.png"),
    ("empty.jpg", b"", "empty.jpg"),
])
def test_only_real_images_in_the_start_folder_are_logos(tmp_path, name, content, words):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    web = client(tmp_path)
    reply = web.post("/", data={**FORM, "logo_file": name})
    message = reply.text.split('id="logo_file-msg"', 1)[1].split("</p>", 1)[0]
    assert words in message, message
    assert "Not built yet" in reply.text


def test_on_every_address_any_name_is_served_but_posts_stay_same_origin(tmp_path):
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from jdgen.web.app import create_app

    web = TestClient(create_app(tmp_path, TOKEN, hosts=None, origins=set()),
                     base_url="http://192.0.2.7:8765")
    assert web.get("/").status_code == 200
    fields = {**FORM, "do": "preview"}
    assert web.post("/", data=fields, headers={"origin": "http://192.0.2.7:8765"}).status_code \
        == 200
    assert web.post("/", data=fields, headers={"origin": "http://evil.example"}).status_code \
        == 403
