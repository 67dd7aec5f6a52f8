"""Spreadsheet manifests: `jdgen build --manifest postings.csv` (or .xlsx)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from jdgen.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def run(runner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def errors(result) -> list[str]:
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture
def examples(tmp_path) -> Path:
    """A copy of examples/ (the manifests and the company files they name)."""
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("site", "postings"))
    return folder


def example_rows() -> list[dict[str, str]]:
    with (EXAMPLES / "postings.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------ same as YAML


def test_the_example_sheet_builds_the_example_site_byte_for_byte(runner, examples, tmp_path):
    result = run(runner, "build", "--manifest", str(examples / "postings.csv"),
                 "--out", str(tmp_path / "site"), "-q")
    assert result.exit_code == 0, result.stderr
    assert tree(tmp_path / "site") == tree(EXAMPLES / "site")


def test_check_against_the_committed_site(runner, examples, tmp_path):
    shutil.copytree(EXAMPLES / "site", tmp_path / "site")
    result = run(runner, "build", "--manifest", str(examples / "postings.csv"),
                 "--out", str(tmp_path / "site"), "--check")
    assert result.exit_code == 0, result.stderr
    assert "All 12 postings up to date" in result.stdout
    page = tmp_path / "site" / "fernhill-advisory-coo.md"
    page.write_text(page.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    stale = run(runner, "build", "--manifest", str(examples / "postings.csv"),
                "--out", str(tmp_path / "site"), "--check")
    assert stale.exit_code == 1
    assert f"stale: {tmp_path / 'site' / 'fernhill-advisory-coo.md'}" in stale.stderr


def test_jobs_report_and_prune_work_as_with_yaml(runner, examples, tmp_path):
    sheet = examples / "postings.csv"
    out = tmp_path / "site"
    one = run(runner, "build", "--manifest", str(sheet), "--out", str(out), "-q")
    assert one.exit_code == 0
    first = tree(out)
    shutil.rmtree(out)
    two = run(runner, "build", "--manifest", str(sheet), "--out", str(out), "--jobs", "2",
              "--report", str(tmp_path / "report.json"), "-q")
    assert two.exit_code == 0, two.stderr
    assert tree(out) == first
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [row["where"] for row in report["postings"]] == \
        [f"{sheet}: row {n}" for n in range(2, 14)]
    # drop the Fernhill row: the next build reports its files, --prune removes them
    lines = sheet.read_text(encoding="utf-8").splitlines(keepends=True)
    sheet.write_text("".join(ln for ln in lines if "Fernhill" not in ln), encoding="utf-8")
    kept = run(runner, "build", "--manifest", str(sheet), "--out", str(out))
    assert kept.exit_code == 0
    assert "fernhill-advisory-coo.md is no longer in the manifest" in kept.stderr
    pruned = run(runner, "build", "--manifest", str(sheet), "--out", str(out), "--prune")
    assert pruned.exit_code == 0
    assert not (out / "fernhill-advisory-coo.md").exists()
    assert f"Removed {out / 'fernhill-advisory-coo.html'}" in pruned.stdout


def write_xlsx(path: Path, rows: list[list[object]], *, sheet: str = "Sheet1") -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def _typed(column: str, value: str) -> object:
    """A cell as a spreadsheet would store it: numbers, dates and booleans typed."""
    if value == "":
        return None
    if column in {"employees", "team_size", "valid_for_days"}:
        return int(value)
    if column == "date":
        return dt.datetime.fromisoformat(value)
    if column in {"direct_apply", "front_matter"}:
        return value == "true"
    return value


def test_a_workbook_builds_the_same_site(runner, examples, tmp_path):
    rows = example_rows()
    header = list(rows[0])
    write_xlsx(examples / "postings.xlsx",
               [[h.replace("_", " ").title() for h in header]]  # 'Company Name' headers
               + [[_typed(h, row[h]) for h in header] for row in rows])
    result = run(runner, "build", "--manifest", str(examples / "postings.xlsx"),
                 "--out", str(tmp_path / "site"), "-q")
    assert result.exit_code == 0, result.stderr
    assert tree(tmp_path / "site") == tree(EXAMPLES / "site")
    assert run(runner, "validate", str(examples / "postings.xlsx")).exit_code == 0


def test_a_sheet_named_postings_is_the_one_read(runner, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["notes"])
    book.create_sheet("postings").append(["role", "company_name"])
    book["postings"].append(["coo", "Acme"])
    book.save(tmp_path / "p.xlsx")
    result = run(runner, "build", "--manifest", "p.xlsx", "--out", "site", "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "acme-coo.md").is_file()


# ------------------------------------------------------------ cell values


def build_one(runner, tmp_path, text: str | bytes, name: str = "p.csv"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return run(runner, "build", "--manifest", name, "--out", "site", "-q")


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil.example","Acme")', "@SUM(A1:A9)",
                                  "+cmd|' /C calc'!A0", "-2+3", "=1+1"])
def test_formula_like_text_is_only_text(runner, tmp_path, name):
    quoted = name.replace('"', '""')
    result = build_one(runner, tmp_path, f'role,company_name\ncoo,"{quoted}"\n')
    assert result.exit_code == 0, result.stderr
    (page,) = [p for p in (tmp_path / "site").glob("*-coo.md")]
    text = page.read_text(encoding="utf-8")
    index = json.loads((tmp_path / "site" / "index.json").read_text(encoding="utf-8"))
    assert index["jobs"][0]["company"] == name
    assert "- **Company:** " in text


@pytest.mark.parametrize(("raw", "encoding"), [
    ("\ufeffRole,Company Name\ncoo,Café Rouge\n", "utf-8"),
    ('role;company_name;benefits\ncoo;Café Rouge;"Dental; Vision"\n', "utf-8"),
    ("role\tcompany_name\ncoo\tCafé Rouge\n", "utf-16"),
    ("\ufeffrole\tcompany_name\ncoo\tCafé Rouge\n", "utf-16-le"),
    ("role,company_name\r\ncoo,Café Rouge\r\n\r\n,\r\n", "utf-8"),
])
def test_bom_delimiters_utf16_and_blank_rows(runner, tmp_path, raw, encoding):
    result = build_one(runner, tmp_path, raw.encode(encoding))
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "site" / "cafe-rouge-coo.md").read_text(encoding="utf-8")
    assert "- **Company:** Café Rouge" in text


def test_list_cells_split_on_semicolons_and_line_breaks(runner, tmp_path):
    result = build_one(runner, tmp_path, 'role,company_name,benefits,formats\n'
                                         'coo,Acme,"Dental cover;\n25 days of leave\n'
                                         'A yearly bonus",md; html\n')
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "site" / "acme-coo.md").read_text(encoding="utf-8")
    assert "- Dental cover\n- 25 days of leave\n- A yearly bonus\n" in text
    assert (tmp_path / "site" / "acme-coo.html").is_file()


# ------------------------------------------------------------ bad sheets

FILE_ERRORS = [
    ("role,company_name,salry\ncoo,Acme,1\n",
     "Error: p.csv: row 1, column C: unknown column 'salry'; did you mean 'salary'?"),
    ("role,Company name,company-name\ncoo,A,B\n",
     "Error: p.csv: row 1, column C: column 'company-name' is also column B; give each "
     "field one column"),
    ("company_name\nAcme\n",
     "Error: p.csv: row 1: no 'role' column; the header row must name the columns, with the "
     "role of each posting under 'role'"),
    ("", "Error: p.csv: the sheet is empty; expected a header row"),
    ("role,company_name\n", "Error: p.csv: no postings: the sheet has a header row but no rows"),
    ("role,company_name\ncoo,Acme,stray\n",
     "Error: p.csv: row 2, column C: this row has a value beyond the last named column (B)"),
    (b"role,company_name\ncoo,Caf\xe9\n",
     "Error: p.csv: row 2: not UTF-8 text; save the sheet as 'CSV UTF-8'"),
    ("role,company_name\ncoo,\"Acme\n", "Error: p.csv: row 2: not valid CSV"),
    ("role,company_name\ncoo,\"A\"cme\n", "Error: p.csv: row 2: not valid CSV"),
    ("role,company_name\ncoo," + "x" * 10_001 + "\n",
     "Error: p.csv: row 2, column B: 10,001 characters; the limit is 10,000"),
    (",".join(["role"] + [f"c{i}" for i in range(100)]) + "\n",
     "Error: p.csv: row 1: 101 columns; the limit is 100"),
    ("role,company_name,front_matter\ncoo,A,true\ncoo,B,false\n",
     "Error: p.csv: row 3: front_matter differs from row 2"),
    ("role,company_name,front_matter\ncoo,A,sometimes\n",
     "Error: p.csv: row 2, column C: front_matter: expected true or false, found 'sometimes'"),
]


@pytest.mark.parametrize(("text", "message"), FILE_ERRORS)
def test_a_bad_sheet_fails_before_building_anything(runner, tmp_path, text, message):
    result = build_one(runner, tmp_path, text)
    assert result.exit_code == 1
    assert errors(result)[0].startswith(message), errors(result)
    assert not (tmp_path / "site").exists()


def test_a_control_character_fails_its_row(runner, tmp_path):
    result = build_one(runner, tmp_path, "role,company_name\ncoo,Ac\x00me\ncoo,Beta\n")
    assert errors(result) == ["Error: p.csv: row 2, column B: company_name: contains a "
                              "control character", "Error: 1 of 2 postings failed"]
    assert (tmp_path / "site" / "beta-coo.md").is_file()


def test_too_many_rows_and_a_huge_file(runner, tmp_path):
    rows = "role,company_name\n" + "coo,Acme\n" * 20_001
    result = build_one(runner, tmp_path, rows)
    assert errors(result) == ["Error: p.csv: row 20002: more than 20,000 postings; split the "
                              "sheet into several manifests"]
    with (tmp_path / "big.csv").open("wb") as handle:
        handle.truncate(20_000_001)
    result = run(runner, "build", "--manifest", "big.csv", "--out", "site")
    assert errors(result) == ["Error: big.csv: CSV file is 20,000,001 bytes; the limit is "
                              "20,000,000 bytes"]


def test_bad_rows_fail_alone_naming_row_and_column(runner, tmp_path):
    result = build_one(runner, tmp_path, "role,company_name,salary,employees,date\n"
                                         "coo,Acme,lots,,\n"
                                         "coo,Beta,,many,\n"
                                         "director-of-operations,Gamma,,,2026-11-25\n"
                                         "chief-of-everything,Delta,,,\n")
    assert result.exit_code == 1
    found = errors(result)
    assert found[0].startswith("Error: p.csv: row 2, column C: salary: 'lots' is not a salary "
                               "range")
    assert found[1] == ("Error: p.csv: row 3, column D: employees: expected a whole number, "
                        "found 'many'")
    assert found[2].startswith("Error: p.csv: row 5: unknown role 'chief-of-everything'")
    assert found[-1] == "Error: 3 of 4 postings failed"
    assert sorted(p.name for p in (tmp_path / "site").glob("*.md")) == [
        "gamma-director-of-operations.md", "index.md"]


def test_validate_checks_a_sheet(runner, tmp_path):
    (tmp_path / "p.csv").write_text("role,company_name\ncoo,Acme\ncooo,Beta\n", encoding="utf-8")
    result = run(runner, "validate", "p.csv")
    assert result.exit_code == 1
    assert errors(result)[0].startswith("Error: p.csv: row 3, column A: unknown role 'cooo'")


def test_company_files_named_by_a_sheet_stay_inside_its_folder(runner, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "secret.yaml").write_text("name: Secret\n", encoding="utf-8")
    (tmp_path / "sub" / "p.csv").write_text("role,company\ncoo,../secret.yaml\n",
                                            encoding="utf-8")
    result = run(runner, "build", "--manifest", "sub/p.csv", "--out", "site")
    assert result.exit_code == 1
    assert "is outside the manifest's folder" in result.stderr


def test_workbook_formula_cells_and_broken_workbooks(runner, tmp_path):
    write_xlsx(tmp_path / "f.xlsx", [["role", "company_name"], ["coo", '=CONCAT("Ac","me")']])
    result = run(runner, "build", "--manifest", "f.xlsx", "--out", "site")
    assert errors(result) == ["Error: f.xlsx: row 2, column B: the cell holds a formula; jdgen "
                              "reads values, not formulas: copy the column and paste it as "
                              "values"]
    (tmp_path / "n.xlsx").write_text("role,company_name\ncoo,Acme\n", encoding="utf-8")
    result = run(runner, "build", "--manifest", "n.xlsx", "--out", "site")
    assert errors(result) == ["Error: n.xlsx: not an Excel workbook (.xlsx); save the sheet as "
                              "'Excel Workbook' or as CSV"]
    import zipfile

    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    result = run(runner, "build", "--manifest", "z.xlsx", "--out", "site")
    assert errors(result)[0].startswith("Error: z.xlsx: cannot read the workbook")
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/big.xml", b"\0" * 210_000_000)
    result = run(runner, "build", "--manifest", "bomb.xlsx", "--out", "site")
    assert errors(result)[0].startswith("Error: bomb.xlsx: the workbook unpacks to "
                                        "210,000,000 bytes")


def test_workbook_cells_keep_their_types(runner, tmp_path):
    write_xlsx(tmp_path / "t.xlsx", [
        ["Role", "Company Name", "Employees", "Date", "Direct apply", "Apply URL", "Salary"],
        ["coo", "Acme", 40.0, dt.datetime(2026, 11, 25), True, "https://acme.example/jobs",
         "150k-180k"],
    ])
    result = run(runner, "build", "--manifest", "t.xlsx", "--out", "site", "-q")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "site" / "acme-coo.md").read_text(encoding="utf-8")
    assert "25 November 2026" in text or "November 25, 2026" in text
    assert "150,000" in text


def test_the_csv_example_lists_every_column_a_yaml_posting_has():
    from jdgen.inputs.sheets import columns

    header = next(csv.reader(io.StringIO((EXAMPLES / "postings.csv").read_text("utf-8"))))
    assert set(header) <= set(columns())
    assert "role" in header and "company" in header


def test_a_workbook_with_an_entity_bomb_is_refused(runner, tmp_path):
    import zipfile

    good = write_xlsx(tmp_path / "good.xlsx", [["role", "company_name"], ["coo", "Acme"]])
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "lol"}">'
                       for i in range(10))
    strings = (f'<?xml version="1.0"?><!DOCTYPE s [{entities}]><sst xmlns="http://schemas.'
               'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               '<si><t>&e9;</t></si></sst>')
    with zipfile.ZipFile(good) as source, \
            zipfile.ZipFile(tmp_path / "bomb.xlsx", "w") as bomb:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="B2" t="inlineStr"><is><t>Acme</t></is></c>',
                                    b'<c r="B2" t="s"><v>0</v></c>')
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>'))
            elif name == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>"))
            bomb.writestr(name, data)
        bomb.writestr("xl/sharedStrings.xml", strings)
    result = run(runner, "build", "--manifest", "bomb.xlsx", "--out", "site")
    assert errors(result) == ["Error: bomb.xlsx: cannot read the workbook: its part "
                              "xl/sharedStrings.xml declares a document type, which no "
                              "workbook has; save it again as 'Excel Workbook' or as CSV"]
    assert not (tmp_path / "site").exists()


# ------------------------------------------------------------ site settings


def test_the_example_sheets_site_settings_match_the_yaml_manifests() -> None:
    import yaml

    manifest = yaml.safe_load((EXAMPLES / "postings.yaml").read_text(encoding="utf-8"))
    beside = yaml.safe_load((EXAMPLES / "postings.site.yaml").read_text(encoding="utf-8"))
    assert beside == manifest["site"]


@pytest.mark.parametrize(("text", "message"), [
    ("", "postings.site.yaml: file is empty; expected the site settings"),
    ("brand_color: blue\n", "postings.site.yaml:1:14: brand_color:"),
    ("titel: Jobs\n", "postings.site.yaml:1:1: titel: unknown field"),
])
def test_a_bad_site_file_beside_a_sheet_is_one_clear_error(runner, write, tmp_path, text,
                                                           message):
    write("postings.csv", "role,company\ncoo,Acme\n")
    write("postings.site.yaml", text)
    result = run(runner, "build", "--manifest", str(tmp_path / "postings.csv"),
                 "--out", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert message in result.stderr, result.stderr
    assert not (tmp_path / "site").exists()
