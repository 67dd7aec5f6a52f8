"""Property tests: any input gives a correct document or one clear error, never a crash.

Run the long profile with:  pytest tests/test_fuzz.py --hypothesis-profile=long
"""

from __future__ import annotations

import io
import re
import string
import unicodedata

import docx
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from jdgen.cli import main

DATE = ["--date", "2026-11-25"]
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
NAMES = st.one_of(
    ANY_TEXT,
    st.text(alphabet=string.printable, max_size=200),
    st.sampled_from(["{{ 7*7 }}", "{% raw %}", "</script>", "../../etc/passwd", "CON", "NUL.txt",
                     "\u202eevil", "ﷺ", "\U0001f680" * 50, "a" * 100_000, "\ud800", "\x00"]),
)


def _one_error(result) -> None:
    """A failure must be exactly one kind of thing: a clean error with a non-zero exit."""
    assert result.exit_code in (1, 2), (result.exit_code, result.output[-500:])
    assert "Traceback" not in result.output
    assert result.stderr.count("Error:") >= 1
    assert result.stdout == ""


def _plain(markdown: str) -> str:
    html = MarkdownIt("commonmark", {"html": False}).render(markdown)
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


@given(name=NAMES)
@example(name="Tom & Jerry *Ltd* [x](y)")
@example(name="\uf900")  # a CJK compatibility ideograph: NFC maps it to U+8C48
def test_any_company_name_gives_a_posting_or_one_error(runner, name):
    result = runner.invoke(main, ["build", "coo", "--company", name, *DATE, "-o", "-"])
    if result.exit_code != 0:
        _one_error(result)
        return
    assert "Traceback" not in result.output
    text = result.stdout
    first_fact = next(ln for ln in text.splitlines() if ln.startswith("- **Company:**"))
    shown = _plain(first_fact).strip().removeprefix("Company: ").strip()
    expected = unicodedata.normalize("NFC", name)  # names are stored in NFC form
    assert shown == " ".join(expected.split()) or shown == expected.strip()


@given(name=NAMES, location=st.one_of(st.none(), ANY_TEXT))
def test_docx_reopens_for_any_accepted_input(runner, tmp_path, name, location):
    args = ["build", "director-of-operations", "--company", name, *DATE, "-o", "x.docx"]
    if location is not None:
        args += ["--location", location]
    result = runner.invoke(main, args)
    out = tmp_path / "x.docx"
    if result.exit_code != 0:
        _one_error(result)
        assert not out.exists()
        return
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert [p.style.name for p in document.paragraphs[:2]] == ["Company Name", "Title"]
    assert document.core_properties.author
    out.unlink()


@example(salary="1", currency=None, period=None)
@given(salary=st.one_of(ANY_TEXT, st.from_regex(r"\s*[$€£]?\d{1,12}[kK]?\s*(-|to)\s*\d{1,12}",
                                                  fullmatch=True)),
       currency=st.one_of(st.none(), st.text(max_size=6)),
       period=st.one_of(st.none(), st.sampled_from(["hour", "year", "decade"])))
def test_any_salary_is_a_range_or_one_error(runner, salary, currency, period):
    args = ["build", "coo", "--company", "Acme", *DATE, "-o", "-", "--salary", salary]
    if currency is not None:
        args += ["--currency", currency]
    if period is not None:
        args += ["--period", period]
    result = runner.invoke(main, args)
    if result.exit_code != 0:
        _one_error(result)
        return
    pay = next(ln for ln in result.stdout.splitlines() if ln.startswith("- **Pay:**"))
    amounts = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", pay)]
    assert 1 <= len(amounts) <= 2, pay  # a range, or one amount when both ends are equal
    assert 0 < amounts[0] <= amounts[-1]


@given(date=ANY_TEXT)
@example(date="2026-02-30")
@example(date="9999-12-31")
def test_any_date_is_used_or_refused(runner, date):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--date", date, "-o", "-"])
    if result.exit_code != 0:
        _one_error(result)
        return
    assert "- **Posted:** " in result.stdout


ROLE_KEYS = ["id", "title", "aliases", "level", "reports_to", "summary", "scope",
             "scope_description", "responsibilities", "qualifications", "skills", "success",
             "onet_soc", "focus", "industries", "fit", "works_with", "typical_team"]
YAML_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), ANY_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(ROLE_KEYS + ["x"]), inner,
                                            max_size=4)),
    max_leaves=20,
)


@given(mutation=st.dictionaries(st.sampled_from(ROLE_KEYS), YAML_VALUES, max_size=4),
       drop=st.lists(st.sampled_from(ROLE_KEYS), max_size=3))
def test_mutated_role_files_load_or_fail_clearly(runner, tmp_path, mutation, drop):
    import yaml

    from jdgen.inputs.discovery import builtin_dir

    role = yaml.safe_load((builtin_dir("roles") / "coo.yaml").read_text(encoding="utf-8"))
    role["id"] = "fuzz-role"
    role.pop("aliases", None)
    for key in drop:
        role.pop(key, None)
    role.update(mutation)
    folder = tmp_path / "fuzzroles"
    folder.mkdir(exist_ok=True)
    (folder / "r.yaml").write_text(yaml.safe_dump(role, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["build", "fuzz-role", "--company", "Acme", *DATE, "-o", "-",
                                  "--roles-dir", str(folder)])
    if result.exit_code != 0:
        _one_error(result)
        assert all(re.match(r"Error: (.*r\.yaml|unknown role|role '|template)", line)
                   for line in result.stderr.splitlines() if line.startswith("Error:")), \
            result.stderr
        return
    assert result.stdout.startswith("# ")


@given(data=st.binary(max_size=2000))
def test_any_bytes_as_a_company_file(runner, tmp_path, data):
    path = tmp_path / "company.yaml"
    path.write_bytes(data)
    result = runner.invoke(main, ["build", "coo", "--company-file", str(path), *DATE, "-o", "-"])
    if result.exit_code != 0:
        _one_error(result)
