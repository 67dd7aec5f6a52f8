"""Issue 18: nothing lost, nothing surprising.

A posting that fails keeps its earlier files and index entry, ``--prune``
removes only postings that left the manifest and never anything outside the
output folder, and the rough edges a new user hits are smoothed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batchfiles import files, no_traceback
from jdgen.cli import main
from test_batch import COMPANY

OTHER = "name: Bolt Works\nindustry: logistics\nemployees: 40\n"


def manifest(*postings: str, formats: str = "[md, html, json]") -> str:
    body = "".join(f"  - {p}\n" for p in postings)
    return f"defaults:\n  formats: {formats}\n  date: 2026-11-25\npostings:\n{body}"


def batch(runner, *args: str, name: str = "postings.yaml"):
    return runner.invoke(main, ["build", "--manifest", name, "--out", "site", *args])


def index_ids(site: Path) -> list[str]:
    return [job["id"] for job in json.loads((site / "index.json").read_text())["jobs"]]


@pytest.fixture
def site(write, tmp_path, runner) -> Path:
    """A site built from two companies, three postings."""
    write("acme.yaml", COMPANY)
    write("bolt.yaml", OTHER)
    write("postings.yaml", manifest("{role: coo, company: acme.yaml}",
                                    "{role: director-of-operations, company: acme.yaml}",
                                    "{role: coo, company: bolt.yaml}"))
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    return tmp_path / "site"


# ------------------------------------------------------------ prune keeps failures

BREAKAGES = {
    "currency-typo": ("acme.yaml", COMPANY.replace("currency: GBP", "currency: XYZ")),
    "company-file-gone": ("acme.yaml", None),
    "company-file-empty": ("acme.yaml", ""),
    "posting-field-typo": ("postings.yaml", manifest(
        "{role: coo, company: acme.yaml, team_size: many}",
        "{role: director-of-operations, company: acme.yaml, team_size: -1}",
        "{role: coo, company: bolt.yaml}")),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
@pytest.mark.parametrize("prune", [True, False], ids=["prune", "no-prune"])
def test_a_posting_that_fails_keeps_its_files_and_index_entry(runner, site, tmp_path,
                                                               breakage, prune):
    before, ids = files(site), index_ids(site)
    name, text = BREAKAGES[breakage]
    if text is None:
        (tmp_path / name).unlink()
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = batch(runner, *(["--prune"] if prune else []), "--report", "report.json")
    no_traceback(result)
    assert result.exit_code == 1
    assert "Removed" not in result.stdout
    assert "no longer in the manifest" not in result.stderr
    after = files(site)
    for kept in (n for n in before if n.startswith("acme-tools-")):
        assert after[kept] == before[kept], kept
    assert index_ids(site) == ids  # kept where they stood, not moved to the end
    report = json.loads((tmp_path / "report.json").read_text())
    assert [row["status"] for row in report["postings"]] == ["failed", "failed", "ok"]
    assert report["removed"] == []
    # once the file is mended, the build is whole again, with nothing left over
    (tmp_path / "acme.yaml").write_text(COMPANY, encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(BREAKAGES["posting-field-typo"][1].replace(
        ", team_size: many", "").replace(", team_size: -1", ""), encoding="utf-8")
    mended = batch(runner, "--prune")
    assert mended.exit_code == 0, mended.stderr
    assert files(site) == before


def test_a_failed_posting_keeps_its_place_while_a_gone_one_waits(runner, site, tmp_path):
    """With a failure, nothing is pruned: the next clean build prunes what really left."""
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(manifest(
        "{role: coo, company: acme.yaml}", "{role: director-of-operations, company: acme.yaml}"),
        encoding="utf-8")
    result = batch(runner, "--prune")
    assert result.exit_code == 1
    assert "Warning: nothing was pruned because 2 postings failed" in result.stderr
    assert (site / "bolt-works-coo.md").is_file()
    (tmp_path / "acme.yaml").write_text(COMPANY, encoding="utf-8")
    clean = batch(runner, "--prune")
    assert clean.exit_code == 0, clean.stderr
    assert not (site / "bolt-works-coo.md").exists()
    assert "Removed site/bolt-works-coo.md" in clean.stdout
    assert sorted(index_ids(site)) == ["acme-tools-coo", "acme-tools-director-of-operations"]


def test_check_with_a_failing_posting_lists_no_extra_files(runner, site, tmp_path):
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    result = batch(runner, "--check")
    assert result.exit_code == 1
    assert "extra:" not in result.stderr


# ------------------------------------------------ prune never leaves the folder


def _record(site: Path, names: list[str]) -> None:
    data = json.loads((site / ".jdgen-files.json").read_text())
    data["files"].extend(names)
    (site / ".jdgen-files.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_tampered_record_never_gets_anything_outside_removed(runner, site, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    victims = {name: outside / name for name in ("a-coo.md", "b-coo.md", "c-coo.md")}
    for path in victims.values():
        path.write_text("precious", encoding="utf-8")
    (site / "link-coo.md").symlink_to(victims["c-coo.md"])
    (site / "nested").mkdir()
    (site / "nested" / "d-coo.md").write_text("precious", encoding="utf-8")
    _record(site, [f"../outside/{'a-coo.md'}", str(victims["b-coo.md"]), "link-coo.md",
                   "nested/d-coo.md", "nested", "..", ".", "", "../outside", "/"])
    result = batch(runner, "--prune")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert "Removed" not in result.stdout
    assert all(path.read_text(encoding="utf-8") == "precious" for path in victims.values())
    assert (site / "link-coo.md").is_symlink()
    assert (site / "nested" / "d-coo.md").is_file()


def test_a_record_that_is_a_link_to_another_folder_s_record_prunes_nothing_there(
        runner, site, tmp_path):
    """The record names files of *this* folder only; a link to another record changes nothing."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "x-coo.md").write_text("precious", encoding="utf-8")
    (other / ".jdgen-files.json").write_text(json.dumps({"files": ["x-coo.md"]}))
    (site / ".jdgen-files.json").unlink()
    (site / ".jdgen-files.json").symlink_to(other / ".jdgen-files.json")
    result = batch(runner, "--prune")
    no_traceback(result)
    assert (other / "x-coo.md").read_text(encoding="utf-8") == "precious"
    assert json.loads((other / ".jdgen-files.json").read_text()) == {"files": ["x-coo.md"]}


def test_a_posting_file_replaced_by_a_link_is_not_pruned(runner, site, tmp_path):
    outside = tmp_path / "mine.md"
    outside.write_text("precious", encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(manifest("{role: coo, company: acme.yaml}",
                                                     "{role: director-of-operations, "
                                                     "company: acme.yaml}"), encoding="utf-8")
    os.unlink(site / "bolt-works-coo.md")
    (site / "bolt-works-coo.md").symlink_to(outside)
    result = batch(runner, "--prune")
    no_traceback(result)
    assert outside.read_text(encoding="utf-8") == "precious"
    assert (site / "bolt-works-coo.md").is_symlink()
    assert not (site / "bolt-works-coo.html").exists()


# ------------------------------------------- a broken role file elsewhere is skipped


def test_show_json_redirected_into_the_roles_folder_works(tmp_path):
    import subprocess
    import sys

    import yaml

    (tmp_path / "roles").mkdir()
    target = tmp_path / "roles" / "coo.yaml"
    with target.open("wb") as out:  # what a shell's `> roles/coo.yaml` does first
        done = subprocess.run([sys.executable, "-m", "jdgen", "show", "coo", "--json"],
                              stdout=out, stderr=subprocess.PIPE, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["id"] == "coo"
    again = subprocess.run([sys.executable, "-m", "jdgen", "validate", "roles/coo.yaml"],
                           capture_output=True, cwd=tmp_path, check=False)
    assert again.returncode == 0, again.stdout + again.stderr


BROKEN_ROLES = {
    "empty": "",
    "half-written": 'id: head-of-supply\ntitle: "Head of',
    "invalid-field": "id: head-of-supply\ntitle: Head of Supply\nlevel: nope\n",
    "binary": "\x00\x01\x02",
    "a-list": "- id: head-of-supply\n",
}


@pytest.mark.parametrize("content", sorted(BROKEN_ROLES))
@pytest.mark.parametrize("args", [
    ["show", "coo"], ["show", "coo", "--json"], ["roles"],
    ["build", "coo", "--company", "Acme", "-o", "-", "-f", "md"],
    ["compare", "coo", "director-of-operations"],
], ids=["show", "show-json", "roles", "build", "compare"])
def test_a_broken_role_file_elsewhere_is_skipped_with_a_warning(runner, write, content, args):
    write("roles/head-of-supply.yaml", BROKEN_ROLES[content])
    result = runner.invoke(main, args)
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert any(line.startswith("Warning: roles/head-of-supply.yaml") and "file skipped" in line
               for line in warnings), result.stderr
    assert "Error" not in result.stderr


@pytest.mark.parametrize("content", sorted(BROKEN_ROLES))
@pytest.mark.parametrize("args", [
    ["show", "head-of-supply"],
    ["build", "head-of-supply", "--company", "Acme", "-o", "-"],
    ["compare", "coo", "head-of-supply"],
], ids=["show", "build", "compare"])
def test_a_command_that_needs_the_broken_role_fails_with_its_error(runner, write, content,
                                                                   args):
    write("roles/head-of-supply.yaml", BROKEN_ROLES[content])
    result = runner.invoke(main, args)
    no_traceback(result)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors and errors[0].startswith("Error: roles/head-of-supply.yaml"), result.stderr


def test_an_unknown_role_says_some_role_files_could_not_be_read(runner, write):
    write("roles/head-of-supply.yaml", "")
    result = runner.invoke(main, ["show", "head-of-sales"])
    assert result.exit_code == 1
    assert "1 role file could not be read (see the warnings above)" in result.stderr


# ------------------------------------------------ locations: the same strings everywhere

PLACES = ["Austin, TX", "Leeds, United Kingdom", "Germany", "Salt Lake City, UT, US",
          "Paris, Île-de-France, FR"]


def _location_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- **Location:**")]


@pytest.mark.parametrize("place", PLACES)
def test_a_location_string_is_read_the_same_in_every_place(runner, write, place):
    """Company file, manifest and --location give the same posting for the same text."""
    common = ["--date", "2026-11-25", "-f", "md", "-o", "-"]
    by_option = runner.invoke(main, ["build", "coo", "--company", "Good Co", "--location",
                                     place, *common])
    assert by_option.exit_code == 0, by_option.stderr
    write("good.yaml", f"name: Good Co\nlocations: [{json.dumps(place)}]\n")
    by_file = runner.invoke(main, ["build", "coo", "--company-file", "good.yaml", *common])
    assert by_file.exit_code == 0, by_file.stderr
    assert by_file.stdout == by_option.stdout
    write("postings.yaml", manifest(f"{{role: coo, company: Good Co, "
                                    f"location: {json.dumps(place)}}}", formats="[md]"))
    assert batch(runner).exit_code == 0
    built = (Path("site") / "good-co-coo.md").read_text(encoding="utf-8")
    assert _location_lines(built) == _location_lines(by_option.stdout) != []


def test_a_company_file_mixes_strings_and_mappings(runner, write):
    write("good.yaml", "name: Good Co\nlocations: ['Austin, TX', {city: Denver, region: CO}]\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", "good.yaml", "-f", "json",
                                  "--out", "out"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(Path("out/good-co-coo.json").read_text(encoding="utf-8"))
    places = [place["address"] for place in data["jobLocation"]]
    assert [(p["addressLocality"], p["addressRegion"]) for p in places] == [
        ("Austin", "TX"), ("Denver", "CO")]


@pytest.mark.parametrize(("value", "message"), [
    ("5", "locations[0]: expected a place such as 'Austin, TX', or a mapping of city, region "
          "and country; found a number"),
    ("[a]", "found a list"),
    ("null", "found nothing (null)"),
    ("''", "locations[0].city: must not be empty"),
    ("'Austin, TX, Narnia'", "locations[0].country: 'Narnia' is not an ISO 3166 country"),
    (json.dumps("x" * 500), "locations[0].city:"),
    (json.dumps("Austin\u202e, TX"), "U+202E"),
    ("NOLIST'Austin, TX'", "2:12: locations: expected a list of places, found 'Austin, TX'"),
    ("NOLIST{city: Austin}", "2:12: locations: expected a list of places, found a mapping"),
], ids=["number", "list", "null", "empty", "bad-country", "huge", "bidi", "bare-string",
        "bare-mapping"])
def test_bad_location_strings_in_a_company_file_are_one_clear_error(runner, write, value,
                                                                     message):
    listed = value.removeprefix("NOLIST") if value.startswith("NOLIST") else f"[{value}]"
    write("good.yaml", f"name: Good Co\nlocations: {listed}\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", "good.yaml", "-o", "-"])
    no_traceback(result)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith("Error: good.yaml:2:"), result.stderr
    assert message in errors[0]


def test_the_company_schema_offers_location_strings():
    from jdgen.inputs.schemas import schema

    jsonschema = pytest.importorskip("jsonschema")
    checker = jsonschema.Draft202012Validator(schema("company"))
    assert not list(checker.iter_errors({"name": "Good Co", "locations": ["Austin, TX"]}))
    assert list(checker.iter_errors({"name": "Good Co", "locations": [5]}))


# ------------------------------------------------ manifest company: a name, as --company


def test_manifest_company_is_a_name_like_the_option(runner, write):
    write("postings.yaml", manifest("{role: coo, company: Good Co}", formats="[md]"))
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    by_option = runner.invoke(main, ["build", "coo", "--company", "Good Co", "--date",
                                     "2026-11-25", "--posting-id", "good-co-coo", "-f", "md",
                                     "--out", "single"])
    assert by_option.exit_code == 0, by_option.stderr
    assert (Path("site/good-co-coo.md").read_bytes()
            == Path("single/good-co-coo.md").read_bytes())


@pytest.mark.parametrize("key", ["company_file", "company"])
def test_a_profile_file_is_given_as_company_file_or_a_yaml_company(runner, write, key):
    write("companies/acme.yaml", COMPANY)
    write("postings.yaml", manifest(f"{{role: coo, {key}: companies/acme.yaml}}",
                                    formats="[md]"))
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    assert "Leeds" in Path("site/acme-tools-coo.md").read_text(encoding="utf-8")


def test_a_posting_s_own_profile_replaces_the_defaults_company_name(runner, write):
    write("acme.yaml", COMPANY)
    write("postings.yaml", "defaults:\n  company: Good Co\n  formats: [md]\npostings:\n"
                           "  - role: coo\n  - {role: coo, company_file: acme.yaml}\n")
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in Path("site").glob("*-coo.md")) == ["acme-tools-coo.md",
                                                                      "good-co-coo.md"]


@pytest.mark.parametrize(("posting", "message"), [
    ("{role: coo, company: companies/acme}",
     "companies/acme: file not found ('companies/acme' is read as a profile's path, relative "
     "to the manifest's folder; for a company with no profile, give its name: "
     "'company: Acme')"),
    ("{role: coo, company_file: companies/missing.yaml}",
     "companies/missing.yaml: file not found ('companies/missing.yaml' is read as"),
    ("{role: coo, company: Good Co, company_name: Other Co}",
     "company and company_name both give a name; give one of them"),
    ("{role: coo, company: a.yaml, company_file: b.yaml}",
     "company and company_file both give a profile file; give one of them"),
    ("{role: coo}", "no company: give 'company' (its name) or 'company_file' (a profile)"),
    ("{role: coo, company: [Good Co]}", "company:"),
], ids=["path-without-suffix", "missing-file", "two-names", "two-files", "none", "a-list"])
def test_manifest_company_mistakes_say_what_to_write(runner, write, posting, message):
    write("postings.yaml", manifest(posting, formats="[md]"))
    result = batch(runner)
    no_traceback(result)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors[0].startswith("Error: postings.yaml:5:") and message in errors[0], errors


# ------------------------------------------------ --remote --hybrid: a usage error

ARRANGEMENTS = ["--remote", "--hybrid", "--onsite"]
COMMANDS = {
    "build": ["build", "coo", "--company", "Acme", "-o", "-", "-f", "md"],
    "lint": ["lint", "coo", "--company", "Acme"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(("first", "second"), [(a, b) for a in ARRANGEMENTS
                                               for b in ARRANGEMENTS if a != b])
def test_two_arrangements_are_a_usage_error(runner, command, first, second):
    result = runner.invoke(main, [*COMMANDS[command], first, second])
    no_traceback(result)
    assert result.exit_code == 2
    assert (f"Error: {first} and {second} contradict each other; give one of --remote, "
            "--hybrid or --onsite") in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("flag", ARRANGEMENTS)
def test_one_arrangement_still_works_even_twice(runner, flag):
    label = {"--remote": "Remote", "--hybrid": "Hybrid", "--onsite": "On-site"}[flag]
    for args in ([flag], [flag, flag]):
        result = runner.invoke(main, [*COMMANDS["build"], *args])
        assert result.exit_code == 0, result.stderr
        assert f"- **Work arrangement:** {label}" in result.stdout


# ------------------------------------------------ a long company name: cut between words


def test_a_long_company_name_is_cut_at_a_word_boundary(runner):
    name = "The Northern Regional Agricultural Marketing Cooperative Association of Growers"
    result = runner.invoke(main, ["build", "coo", "--company", name, "-f", "md"])
    assert result.exit_code == 0, result.stderr
    (path,) = Path().glob("*.md")
    assert path.name == "the-northern-regional-agricultural-marketing-cooperative-coo.md"


@given(st.lists(st.text(alphabet="abcxyzÉéŁ1", min_size=1, max_size=70), max_size=12).map(
    " - ".join))
def test_slugs_keep_whole_words_and_at_most_sixty_characters(text):
    import re
    import unicodedata

    from jdgen.tailoring.tailor import slugify

    slug = slugify(text)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-").split("-")
    words = words if words != [""] else ["company"]
    assert len(slug) <= 60
    full = "-".join(words)
    if len(full) <= 60:
        assert slug == full
    elif len(words[0]) <= 60:  # cut after a whole word: a prefix of the words
        assert full.startswith(slug + "-") and slug.split("-") == words[:len(slug.split("-"))]
    else:
        assert slug == words[0][:60]


# ------------------------------------------------ compare: at most 80 columns, piped


def _columns(line: str) -> int:
    """Terminal columns, measured independently of jdgen: wide characters count two."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


LONG_TITLE = ("Senior Vice President of Global Manufacturing Operations, Supply Chain and "
              "Customer Fulfilment Excellence")


@pytest.fixture
def long_role(write):
    from test_compare import MINIMAL

    write("custom/long.yaml", MINIMAL.format(id="long", title=LONG_TITLE, level="executive"))
    write("custom/wide.yaml", MINIMAL.format(id="wide", title="東京本社オペレーション統括責任者兼"
                                                             "物流品質改善推進担当部長",
                                             level="director").replace(
        "The shop floor.", "倉庫" * 60))


@settings(max_examples=40)
@given(pair=st.sampled_from([("coo", "director-of-operations"),
                             ("director-of-operations", "coo"), ("long", "coo"),
                             ("coo", "long"), ("wide", "director-of-operations"),
                             ("long", "wide")]),
       company=st.one_of(st.none(), st.sampled_from(["Acme", "株式会社アクメ" * 8,
                                                     "Supercalifragilistic" * 6])),
       employees=st.one_of(st.none(), st.sampled_from([5, 40, 300, 5000])),
       stage=st.one_of(st.none(), st.sampled_from(["startup", "growth", "established"])),
       gap=st.one_of(st.none(), st.sampled_from(["company-wide", "one-area"])),
       ceo=st.sampled_from([[], ["--ceo-stretched"], ["--ceo-not-stretched"]]),
       industry=st.one_of(st.none(), st.sampled_from(["healthcare", "logistics", "software"])))
def test_the_compare_table_is_at_most_80_columns_when_piped(runner, long_role, pair, company,
                                                            employees, stage, gap, ceo,
                                                            industry):
    args = ["compare", *pair, "--roles-dir", "custom", *ceo]
    for option, value in (("--company", company), ("--employees", employees),
                          ("--stage", stage), ("--gap", gap), ("--industry", industry)):
        if value is not None:
            args += [option, str(value)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(map(_columns, lines)) <= 80, max(lines, key=_columns)
    assert all(len(line.encode()) <= 80 for line in lines if line.isascii())
    assert all(c.isascii() for line in lines for c in line if c in "•—")


def test_builtin_compare_output_is_ascii_so_bytes_are_columns(runner):
    result = runner.invoke(main, ["compare", "coo", "director-of-operations"])
    assert result.exit_code == 0
    assert result.stdout.isascii()
    assert max(len(line.encode()) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize(("posting", "name", "industry"), [
    ("{role: coo, company: Bolt Works}", "Bolt Works", None),
    ("{role: coo, company_file: bolt.yaml}", "Bolt Works", "logistics"),
    ("{role: coo, company_name: Acme West}", "Acme West", "manufacturing"),
    ("{role: coo}", "Acme Tools", "manufacturing"),
], ids=["name", "profile", "renamed-profile", "defaults"])
def test_a_posting_s_company_never_borrows_another_company_s_facts(runner, write, posting,
                                                                   name, industry):
    write("acme.yaml", COMPANY)
    write("bolt.yaml", OTHER)
    write("postings.yaml", "defaults:\n  company_file: acme.yaml\n  formats: [json]\n"
                           f"postings:\n  - {posting}\n")
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    (path,) = [p for p in Path("site").glob("*-coo.json")]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["hiringOrganization"]["name"] == name
    assert data.get("industry") == industry
    assert ("Leeds" in path.read_text(encoding="utf-8")) == (industry == "manufacturing")


# ------------------------------------------------ the examples' README tells the truth

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
REPO_README = EXAMPLES.parent / "README.md"
NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _stated(text: str, noun: str) -> list[int]:
    import re

    found = re.findall(rf"\b(\d+|{'|'.join(NUMBER_WORDS)}) {noun}\b", text, re.IGNORECASE)
    return [int(n) if n.isdigit() else NUMBER_WORDS[n.lower()] for n in found]


def test_the_examples_readme_lists_every_company_profile():
    import re

    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    profiles = sorted(p.name for p in (EXAMPLES / "companies").glob("*.yaml"))
    linked = sorted(set(re.findall(r"\(companies/([^)]+\.yaml)\)", text)))
    assert linked == profiles
    for target in re.findall(r"\]\(([^)#:]+)\)", text):  # every relative link leads somewhere
        assert (EXAMPLES / target).exists(), target


def test_no_readme_states_a_count_of_examples_that_is_wrong():
    import yaml

    manifest_data = yaml.safe_load((EXAMPLES / "postings.yaml").read_text(encoding="utf-8"))
    postings = manifest_data["postings"]
    companies = {p.get("company_file") or p.get("company") for p in postings}
    truth = {"company profiles": len(list((EXAMPLES / "companies").glob("*.yaml"))),
             "postings": len(postings), "companies": len(companies)}
    about_examples = [part for part in REPO_README.read_text(encoding="utf-8").split("\n\n")
                      if "examples/postings.yaml" in part]  # not the benchmarks' counts
    assert about_examples
    for text in [(EXAMPLES / "README.md").read_text(encoding="utf-8"), *about_examples]:
        for noun, count in truth.items():
            assert all(n == count for n in _stated(text, noun)), (text[:80], noun, count)


# ------------------------------------------------ a hostile user's second pass


def _errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def test_dash_o_naming_a_folder_says_to_use_out(runner, tmp_path):
    (tmp_path / "jobs.md").mkdir()  # a folder, even with a file-like name
    for target in ("jobs.md", "."):
        result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", target])
        no_traceback(result)
        assert result.exit_code == 2
        assert _errors(result) == [f"Error: Invalid value for '-o': '{target}' is a folder; "
                                   f"give a file name such as {Path(target) / 'posting.docx'}, "
                                   f"or write into it with --out {target}"]
    assert list((tmp_path / "jobs.md").iterdir()) == []


def test_a_report_into_a_missing_folder_fails_before_anything_is_built(runner, write,
                                                                      tmp_path):
    write("postings.yaml", manifest("{role: coo, company: Acme}"))
    result = batch(runner, "--report", "nowhere/report.json")
    no_traceback(result)
    assert result.exit_code == 2
    assert _errors(result) == ["Error: cannot write the report to nowhere/report.json: the "
                               "folder nowhere does not exist"]
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_roles_folder_that_is_a_file_says_so(runner, tmp_path, monkeypatch, how):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    args = ["roles"]
    if how == "option":
        args += ["--roles-dir", "afile"]
    else:
        monkeypatch.setenv("JDGEN_ROLES_DIR", "afile")
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    suffix = " (from JDGEN_ROLES_DIR)" if how == "env" else ""
    assert _errors(result) == [f"Error: afile: is a file, not a roles folder{suffix}"]


@pytest.mark.parametrize("junk", [
    "[1, 2]", '{"jobs": 5}', '{"jobs": [5, null, {"files": {"md": "../x.md"}}]}',
    '{"jobs": [{"id": {"a": 1}, "files": {"md": "acme-tools-coo.md"}}]}',
    '{"jobs": [{"id": "x", "files": {}}]}', "[" * 100_000, "not json",
], ids=["list", "jobs-number", "odd-entries", "odd-id", "no-files", "deep", "text"])
def test_a_hand_edited_index_never_breaks_keeping_a_failed_posting(runner, site, tmp_path,
                                                                    junk):
    (site / "index.json").write_text(junk, encoding="utf-8")
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    result = batch(runner, "--prune")
    no_traceback(result)
    assert result.exit_code == 1
    assert index_ids(site) == ["bolt-works-coo"]  # nothing made up, the built one listed
    assert (site / "acme-tools-coo.md").is_file()


def test_a_kept_entry_whose_file_became_a_link_is_dropped(runner, site, tmp_path):
    outside = tmp_path / "mine.html"
    outside.write_text("precious", encoding="utf-8")
    os.unlink(site / "acme-tools-coo.html")
    (site / "acme-tools-coo.html").symlink_to(outside)
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    result = batch(runner, "--prune")
    assert result.exit_code == 1
    assert sorted(index_ids(site)) == ["acme-tools-director-of-operations", "bolt-works-coo"]
    assert outside.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--focus", "", "give a focus such as supply-chain (jdgen show ROLE lists them)"),
    ("--focus", "   ", "give a focus such as supply-chain (jdgen show ROLE lists them)"),
    ("--focus", "x" * 500, "give a focus such as supply-chain (jdgen show ROLE lists them)"),
    ("--focus", "supply\x1bchain", "contains a control character"),
    ("--currency", "", "must not be empty; give an ISO 4217 code such as USD"),
], ids=["focus-empty", "focus-blank", "focus-huge", "focus-control", "currency-empty"])
def test_empty_and_hostile_values_are_never_taken_as_not_given(runner, option, value,
                                                               message):
    result = runner.invoke(main, ["build", "director-of-operations", "--company", "Acme",
                                  "--salary", "100k-120k", option, value, "-o", "-"])
    no_traceback(result)
    assert result.exit_code == 2
    errors = _errors(result)
    assert len(errors) == 1 and errors[0].startswith(f"Error: Invalid value for '{option}': ")
    assert message in errors[0]
    assert result.stdout == ""


def test_a_failed_posting_is_kept_with_parallel_jobs_too(runner, site, tmp_path):
    before, ids = files(site), index_ids(site)
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    result = batch(runner, "--prune", "--jobs", "2")
    assert result.exit_code == 1
    assert sorted(index_ids(site)) == sorted(ids)
    assert {n: b for n, b in files(site).items() if n.startswith("acme-")} == \
        {n: b for n, b in before.items() if n.startswith("acme-")}


def test_check_and_prune_together_are_a_usage_error(runner, site):
    before = files(site)
    result = batch(runner, "--check", "--prune")
    no_traceback(result)
    assert result.exit_code == 2
    assert _errors(result) == ["Error: --check changes nothing and --prune deletes files; give "
                               "one of them"]
    assert files(site) == before


@pytest.mark.parametrize(("args", "message"), [
    (["--prune"], "--prune only works with --manifest"),
    (["--prune", "--check"], "--check, --prune only work with --manifest"),
])
def test_batch_options_on_a_single_build_read_right(runner, args, message):
    result = runner.invoke(main, ["build", "coo", "--company", "X", *args])
    assert result.exit_code == 2
    assert _errors(result) == [f"Error: {message}"]


def test_validate_refuses_an_empty_path_instead_of_checking_this_folder(runner, write):
    write("broken.yaml", "name: [")
    result = runner.invoke(main, ["validate", ""])
    assert result.exit_code == 2
    assert _errors(result) == ["Error: Invalid value for 'PATHS': an empty path; give a file "
                               "or folder (. for this one)"]
    assert runner.invoke(main, ["validate", "."]).exit_code == 1  # '.' still means this folder


@pytest.mark.parametrize("text", ["postings: [", "", "postings: []\n", "- a list\n"],
                         ids=["bad-yaml", "empty", "no-postings", "a-list"])
def test_a_broken_manifest_prunes_nothing(runner, site, tmp_path, text):
    before = files(site)
    (tmp_path / "postings.yaml").write_text(text, encoding="utf-8")
    result = batch(runner, "--prune")
    no_traceback(result)
    assert result.exit_code == 1
    assert files(site) == before


def test_a_kept_posting_keeps_all_the_index_says_of_it(runner, site, tmp_path):
    """Pay, arrangement, closing date ...: the index and feeds show a kept posting as before."""
    def entries() -> dict[str, dict[str, object]]:
        return {job["id"]: job for job in json.loads((site / "index.json").read_text())["jobs"]}

    before = entries()
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    assert batch(runner).exit_code == 1
    after = entries()
    assert after.keys() == before.keys()
    for job_id, entry in before.items():
        assert after[job_id] == entry, job_id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), unique=True, max_size=12), st.data())
def test_kept_entries_stand_where_they_stood(old, data):
    """Whatever the earlier order, the kept entries and this build's: each kept entry
    follows the nearest entry before it in the earlier index that is still listed."""
    from jdgen.site.keeping import in_place

    kept_ids = data.draw(st.lists(st.sampled_from(old), unique=True) if old else st.just([]))
    rest = [n for n in old if n not in kept_ids]
    new_ids = data.draw(st.permutations(rest + data.draw(
        st.lists(st.integers(31, 40), unique=True, max_size=4))))
    new = [{"id": f"p{n}"} for n in new_ids]
    kept = [{"id": f"p{n}"} for n in kept_ids]
    out = [entry["id"] for entry in in_place(new, kept, [f"p{n}" for n in old])]
    assert sorted(out) == sorted(entry["id"] for entry in new + kept)  # each once
    assert [i for i in out if i not in {e["id"] for e in kept}] == [e["id"] for e in new]
    listed = {e["id"] for e in new}
    if [n for n in old if n in rest] == [n for n in new_ids if n in old]:  # same order
        assert [i for i in out if i in {e["id"] for e in kept}] == [
            f"p{n}" for n in old if n in kept_ids]
    for n in kept_ids:
        before = [f"p{m}" for m in old[:old.index(n)] if f"p{m}" in listed]
        position = out.index(f"p{n}")
        earlier_new = [i for i in out[:position] if i in listed]
        if before:  # right after its anchor, with only kept entries between
            assert earlier_new and earlier_new[-1] == before[-1]
        else:
            assert earlier_new == []
