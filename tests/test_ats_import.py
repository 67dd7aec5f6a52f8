"""ATS exports as manifests: column mappings, JSON exports, synonyms, one-pass errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from jdgen.cli import main
from jdgen.inputs.columns import load_columns, shipped
from jdgen.models import Company, employment_type

REPO = Path(__file__).resolve().parent.parent
EXPORT = REPO / "examples" / "ats" / "greenhouse-export.csv"


def run(runner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def errors(result) -> list[str]:
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------ the shipped example


EXAMPLE_ERRORS = [
    "row 7 (id 4105), column F (Location Type): arrangement: 'Flexible' is not a work "
    "arrangement",
    "row 7 (id 4105), column C (Job Name): unknown role 'Director of Operatoins'. Did you mean "
    "'director-of-operations'?",
    "row 9 (id 4107), column H (Salary Min): salary: the salary is in GBP (£) but currency "
    "says USD",
    "row 12 (id 4110), column H (Salary Min): salary: salary_max is empty",
    "row 15 (id 4113), column G: employment_type[0]: 'Full-tme' is not an employment type",
]


def test_validate_reports_every_mistake_of_the_example_export_in_one_pass(runner, tmp_path):
    folder = tmp_path / "ats"
    shutil.copytree(EXPORT.parent, folder)
    result = run(runner, "validate", str(folder / EXPORT.name))
    assert result.exit_code == 1
    found = errors(result)
    assert len(found) == len(EXAMPLE_ERRORS), found
    for line, expected in zip(found, EXAMPLE_ERRORS, strict=True):
        assert line.startswith(f"Error: {folder / EXPORT.name}: {expected}"), line
    assert warnings(result) == []  # its site settings are there, under the documented name


def test_the_example_export_builds_every_good_row(runner, tmp_path):
    out = tmp_path / "site"
    result = run(runner, "build", "--manifest", str(EXPORT), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert len(errors(result)) == 5  # four failed rows (row 7 names its first problem) + total
    built = sorted(p.stem for p in out.glob("*.md") if p.stem != "index")
    assert built == ["4100", "4101", "4102", "4103", "4104", "4106", "4108", "4109", "4111",
                     "4112"]
    coo = (out / "4100.md").read_text(encoding="utf-8")
    assert "Chief Operating Officer" in coo and "Brightwater Analytics" in coo
    assert "$240,000" in coo and "Seattle" in coo
    head = (out / "4104.md").read_text(encoding="utf-8")  # 'Head of Operations', mapped
    assert "Director of Operations" in head and "Denver" in head
    london = (out / "4106.md").read_text(encoding="utf-8")
    assert "£95,000" in london and "London" in london
    sydney = (out / "4112.md").read_text(encoding="utf-8")
    assert "Part-time" in sydney or "part-time" in sydney
    page = (out / "4103.html").read_text(encoding="utf-8")
    data = json.loads(page.split('<script type="application/ld+json">', 1)[1]
                      .split("</script>", 1)[0])
    assert data["jobLocationType"] == "TELECOMMUTE"  # 'Remote', read as remote
    assert data["baseSalary"]["currency"] == "USD"
    assert data["baseSalary"]["value"]["minValue"] == 155000


# ------------------------------------------------ the four shipped mappings

COMPANY = "defaults:\n  company: Harbour Lane\n  date: 2026-11-25\n"

EXPORTS = [
    ("greenhouse", "export.csv",
     "Job ID,Requisition ID,Job Name,Department,Office,Location Type,Employment Type,"
     "Salary Min,Salary Max,Currency,Status,Opened Date,Hiring Manager\n"
     "501,R-1,Chief Operating Officer,Exec,\"Denver, CO\",Hybrid,Full-time,200000,240000,USD,"
     "Open,12/01/2026,Ana Ruiz\n"
     "502,R-2,Director of Operations,Ops,\"Leeds, UK\",Office,Full time,70000,85000,GBP,Open,"
     "12/01/2026,Ana Ruiz\n"
     "503,R-3,Director of Ops,Ops,\"Austin, TX\",Onsite,Contract,150000,170000,USD,Open,"
     "12/02/2026,Ana Ruiz\n",
     "", ["row 4 (id 503), column C (Job Name): unknown role 'Director of Ops'"],
     ["501", "502"]),
    ("lever", "export.csv",
     "Posting ID,Title,Team,Department,Location,Commitment,Workplace Type,Salary Min,"
     "Salary Max,Salary Currency,Salary Interval,Apply URL,State\n"
     "a1b2,Director of Operations,Ops,Operations,\"Toronto, ON\",Full-time,hybrid,150000,"
     "170000,CAD,per-year-salary,https://jobs.example/a1b2,published\n"
     "c3d4,Chief Operating Officer,Exec,Executive,\"Boston, MA\",Full-time,Fully remote,250000,"
     "300000,USD,per-year-salary,https://jobs.example/c3d4,published\n"
     "e5f6,Director of Operations,Ops,Operations,\"Perth, WA\",Part-time,on-site,,120000,AUD,"
     "per-year-salary,not a link,published\n",
     "", ["row 4 (id e5f6), column I (Salary Max): salary: salary_min is empty",
          "row 4 (id e5f6), column L: apply_url:"], ["a1b2", "c3d4"]),
    ("ashby", "export.csv",
     "Job ID,Job Title,Department,Team,Location,Employment Type,Workplace Type,Salary Min,"
     "Salary Max,Currency,Published At,Job URL,Apply URL\n"
     "7f0c-11,Director of Operations,Ops,Core,\"Dublin, Ireland\",FullTime,OnSite,90000,"
     "110000,EUR,2026-11-20T09:00:00Z,https://j.example/1,https://j.example/1/apply\n"
     "7f0c-12,Chief Operating Officer,Exec,Core,\"Chicago, IL\",Contractor,Remote,230000,"
     "260000,USD,2026-11-20T09:00:00Z,https://j.example/2,https://j.example/2/apply\n"
     "7f0c-13,Director of Operations,Ops,Core,\"Phoenix, AZ\",Intern-ish,Hybrid,140000,"
     "160000,USD,2026-11-21T09:00:00Z,https://j.example/3,https://j.example/3/apply\n",
     "", ["row 4 (id 7f0c-13), column F: employment_type[0]: 'Intern-ish' is not an "
          "employment type"], ["7f0c-11", "7f0c-12"]),
    ("workday", "export.csv",
     "Job Requisition ID,Job Posting Title,Job Requisition Status,Primary Location,Time Type,"
     "Worker Type,Remote Type,Job Posting Start Date,Job Posting End Date,Pay Range Minimum,"
     "Pay Range Maximum,Currency,Pay Rate Type,Hiring Manager\n"
     "R-0142,Director of Operations,Open,\"Atlanta, GA\",Full time,Employee,Hybrid,11/20/2026,"
     "01/31/2027,\"150,000.00\",\"175,000.00\",USD,Salary,Lee Park\n"
     "R-0143,Chief Operating Officer,Open,\"Calgary, AB\",Full time,Employee,On-site,"
     "11/20/2026,02/28/2027,\"260,000.00\",\"300,000.00\",CAD,Salary,Lee Park\n"
     "R-0144,Director of Operations,Open,\"Portland, OR\",Part time,Employee,Sometimes,"
     "11/21/2026,31/02/2027,\"90,000.00\",\"100,000.00\",USD,Salary,Lee Park\n",
     "date_format: MM/DD/YYYY\n",
     ["row 4 (id r-0144), column G (Remote Type): arrangement: 'Sometimes' is not a work "
      "arrangement",
      "row 4 (id r-0144), column I (Job Posting End Date): valid_through: '31/02/2027' is not "
      "a date jdgen reads; use YYYY-MM-DD"], ["r-0142", "r-0143"]),
]


@pytest.mark.parametrize(("name", "file", "export", "extra", "expected", "built"), EXPORTS,
                         ids=[e[0] for e in EXPORTS])
def test_each_shipped_mapping_reads_a_realistic_export(runner, tmp_path, name, file, export,
                                                       extra, expected, built):
    sheet = write(tmp_path, file, export)
    write(tmp_path, "export.site.yaml", f"extends: {name}\n{extra}{COMPANY}")
    checked = run(runner, "validate", str(sheet))
    assert checked.exit_code == 1
    found = errors(checked)
    assert len(found) == len(expected), found
    for line, want in zip(found, expected, strict=True):
        assert line.startswith(f"Error: {sheet}: {want}"), line
    out = tmp_path / "site"
    result = run(runner, "build", "--manifest", str(sheet), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert sorted(p.stem for p in out.glob("*.md") if p.stem != "index") == built


def test_a_shipped_mapping_by_name_on_the_command_line(runner, tmp_path):
    header, *rows = EXPORTS[0][2].splitlines()
    sheet = write(tmp_path, "gh.csv", "\n".join([header, *rows[:2]]) + "\n")
    mapping = write(tmp_path, "map.yaml", "extends: greenhouse\n" + COMPANY)
    plain = run(runner, "validate", str(sheet))
    assert "this looks like a Greenhouse export; read it with --columns greenhouse" in \
        plain.stderr
    assert "company_name" not in plain.stderr  # 'Job Name' is not close to company_name
    result = run(runner, "build", "--manifest", str(sheet), "--columns", str(mapping),
                 "--out", str(tmp_path / "site"), "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "501.md").is_file()
    bare = run(runner, "build", "--manifest", str(sheet), "--columns", "greenhouse",
               "--out", str(tmp_path / "other"), "-q")
    assert "company: no company" in bare.stderr  # the mapping alone names no company


def test_the_shipped_mappings_are_package_data():
    assert shipped() == ["ashby", "greenhouse", "lever", "workday"]
    for name in shipped():
        mapping = load_columns(name)
        assert "role" in mapping.headers.values() and "id" in mapping.headers.values()


# ------------------------------------------------------------ JSON exports


def test_a_json_export_goes_through_the_same_mapping(runner, tmp_path):
    jobs = [
        {"id": "9a1e", "text": "Director of Operations", "state": "published",
         "categories": {"location": "Seattle, WA", "commitment": "Full-time", "team": "Ops"},
         "workplaceType": "hybrid", "country": "US",
         "salaryRange": {"min": 160000, "max": 185000, "currency": "USD",
                         "interval": "per-year-salary"},
         "applyUrl": "https://jobs.example/9a1e/apply", "createdAt": 1763000000000,
         "lists": [{"text": "What you do", "content": "<li>run ops</li>"}]},
        {"id": "9a1f", "text": "Chief Operating Officer", "state": "published",
         "categories": {"location": "Portland, OR", "commitment": "Full-time"},
         "workplaceType": "unspecified", "country": "US",
         "applyUrl": "https://jobs.example/9a1f/apply", "createdAt": 1763000000000},
    ]
    sheet = write(tmp_path, "lever.json", json.dumps(jobs))
    write(tmp_path, "lever.site.yaml", "extends: lever\n" + COMPANY)
    out = tmp_path / "site"
    result = run(runner, "build", "--manifest", str(sheet), "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    text = (out / "9a1e.md").read_text(encoding="utf-8")
    assert "$160,000" in text and "Seattle" in text
    assert (out / "9a1f.md").is_file()


def test_json_export_errors_name_the_job_and_the_field(runner, tmp_path):
    wrapped = {"apiVersion": "1", "jobs": [
        {"id": "j1", "title": "Director of Operations", "location": "Austin, TX",
         "employmentType": "FullTime", "workplaceType": "Sometimes"}]}
    sheet = write(tmp_path, "ashby.json", json.dumps(wrapped))
    result = run(runner, "validate", "--columns", "ashby", str(sheet))
    assert errors(result)[0].startswith(
        f"Error: {sheet}: job 1 (id j1), field 'workplaceType': arrangement: 'Sometimes'")


# ------------------------------------------------ headers and the mapping's keys


HEADERS = [
    ("role,company,salry\ncoo,Acme,1-2\n", "", "row 1, column C: unknown column 'salry'; "
     "did you mean 'salary'?"),
    ("role,company,Job Name\ncoo,Acme,x\n", "", "row 1, column C: unknown column 'Job Name'; "
     "map it to a field with a column mapping (--columns), or remove it"),
    ("role,company,Status\ncoo,Acme,Open\n", "columns: {}\n",
     "row 1, column C: unknown column 'Status'; "),
    ("Title,company,Status\ncoo,Acme,Open\n", "columns: {Title: role}\nignore: [status]\n", None),
    ("Title,company,Status,Notes\ncoo,Acme,Open,x\n",
     "columns: {Title: role}\nignore_others: true\n", None),
    ("Title,Role\ncoo,coo\n", "columns: {Title: role}\n",
     "row 1, column B: column 'Role' is also column A; give each field one column"),
]


@pytest.mark.parametrize(("sheet", "settings", "expected"), HEADERS)
def test_headers_are_read_through_the_mapping(runner, tmp_path, sheet, settings, expected):
    path = write(tmp_path, "p.csv", sheet)
    if settings:
        write(tmp_path, "p.site.yaml", settings)
    result = run(runner, "validate", str(path))
    if expected is None:
        assert result.exit_code == 0, result.stderr
    else:
        assert result.exit_code == 1
        assert any(line.startswith(f"Error: {path}: {expected}") for line in errors(result)), \
            errors(result)


BAD_MAPPINGS = [
    ("columns: {Title: rol}\n", "columns: 'Title' -> 'rol': no such field; did you mean 'role'?"),
    ("extends: taleo\n", "--columns: no mapping named 'taleo'"),
    ("date_format: YYYY.DD.MM\n", "date_format:"),
    ("columns: greenhouse\nextends: lever\n", "columns: names a mapping ('greenhouse')"),
    ("defaults: {employees: many}\n", "employees:"),
]


@pytest.mark.parametrize(("settings", "expected"), BAD_MAPPINGS)
def test_a_bad_mapping_names_its_file_and_key(runner, tmp_path, settings, expected):
    path = write(tmp_path, "p.csv", "role,company\ncoo,Acme\n")
    write(tmp_path, "p.site.yaml", settings)
    result = run(runner, "validate", str(path))
    assert result.exit_code == 1
    assert any(expected in line for line in errors(result)), errors(result)


def test_a_defaults_row_and_a_defaults_block(runner, tmp_path):
    path = write(tmp_path, "p.csv", "role,id,location,salary_min,salary_max,currency\n"
                 "defaults,,,,,GBP\n"
                 "coo,one,\"Leeds, UK\",90000,110000,\n"
                 "director-of-operations,two,\"York, UK\",60000,75000,\n")
    write(tmp_path, "p.site.yaml", "defaults:\n  company: Fell & Dale\n  date: 2026-11-25\n")
    out = tmp_path / "site"
    result = run(runner, "build", "--manifest", str(path), "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    one = (out / "one.md").read_text(encoding="utf-8")
    assert "Fell & Dale" in one and "£90,000" in one
    assert "£60,000" in (out / "two.md").read_text(encoding="utf-8")


# ------------------------------------------------------------ values


@pytest.mark.parametrize(("written", "read"), [
    ("Hybrid", "hybrid"), ("Onsite", "onsite"), ("On-site", "onsite"), ("On site", "onsite"),
    ("ON-SITE", "onsite"), ("Remote", "remote"), ("In office", "onsite"), ("OnSite", "onsite"),
    ("fully remote", "remote"),
])
def test_arrangement_synonyms(written, read):
    assert Company(name="A", arrangement=written).arrangement == read


@pytest.mark.parametrize(("written", "read"), [
    ("Full-time", "FULL_TIME"), ("Full time", "FULL_TIME"), ("FullTime", "FULL_TIME"),
    ("Contract", "CONTRACTOR"), ("Part-time", "PART_TIME"), ("part time", "PART_TIME"),
    ("Internship", "INTERN"), ("Fixed term", "TEMPORARY"),
])
def test_employment_type_synonyms(written, read):
    assert employment_type(written) == read


@pytest.mark.parametrize("written", ["Flexible", "Sometimes", "office-ish"])
def test_other_arrangements_are_refused_with_the_three_values(written):
    with pytest.raises(ValueError, match="use onsite, hybrid or remote"):
        Company(name="A", arrangement=written)


DATES = [
    ("12/31/2026", "", "date: '12/31/2026' is not a date jdgen reads; use YYYY-MM-DD (as "
     "month/day: 2026-12-31)"),
    ("31/12/2026", "", "(as day/month: 2026-12-31)"),
    ("2026-02-30", "", "'2026-02-30' is not a day of the calendar; use YYYY-MM-DD"),
    ("12/31/2026", "date_format: MM/DD/YYYY\n", None),
    ("31.12.2026", "date_format: DD.MM.YYYY\n", None),
    ("2026-11-25T08:00:00Z", "", None),
]


@pytest.mark.parametrize(("date", "settings", "expected"), DATES)
def test_dates_say_how_to_write_them(runner, tmp_path, date, settings, expected):
    path = write(tmp_path, "p.csv", f"role,company,date\ncoo,Acme,{date}\n")
    if settings:
        write(tmp_path, "p.site.yaml", settings)
    result = run(runner, "validate", str(path))
    if expected is None:
        assert result.exit_code == 0, result.stderr
    else:
        assert any(expected in line for line in errors(result)), errors(result)


# ------------------------------------------------------ site settings file


@pytest.mark.parametrize("name", ["p.site.yml", "site.yaml", "p-site.yaml", "P.Site.yaml"])
def test_a_near_miss_settings_name_is_reported_not_ignored(runner, tmp_path, name):
    path = write(tmp_path, "p.csv", "role,company\ncoo,Acme\n")
    write(tmp_path, name, "title: Jobs\n")
    if (tmp_path / "p.site.yaml").exists():
        pytest.skip("the file system does not tell case apart")
    result = run(runner, "validate", str(path))
    assert f"Warning: {tmp_path / name}: not read: a sheet's site settings are read from " \
        "p.site.yaml" in result.stderr
    built = run(runner, "build", "--manifest", str(path), "--out", str(tmp_path / "site"))
    assert f"Warning: {tmp_path / name}: not read" in built.stderr


def test_a_sheet_without_settings_gets_one_warning(runner, tmp_path, monkeypatch):
    write(tmp_path, "p.csv", "role,company\ncoo,Acme\n")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "validate")  # a scan finds the sheet
    assert result.exit_code == 0, result.stderr
    assert "ok    p.csv  (manifest)" in result.output
    assert warnings(result) == ["Warning: p.csv: no site settings (p.site.yaml); the careers "
                                "site uses the default title and look"]


def test_a_scan_checks_a_broken_sheet_and_its_settings(runner, tmp_path, monkeypatch):
    write(tmp_path, "postings.csv", "role,company,arrangement\ncoo,Acme,Flexible\n")
    write(tmp_path, "postings.site.yaml", "title: Jobs\nbrand_colour: red\n")
    write(tmp_path, "budget.csv", "month,amount\njan,3\n")  # not a manifest: skipped
    monkeypatch.chdir(tmp_path)
    result = run(runner, "validate")
    assert result.exit_code == 1
    assert "skip  budget.csv" in result.output
    assert any("brand_colour" in line for line in errors(result))


def test_roles_beside_the_manifest_are_found_from_another_folder(runner, tmp_path,
                                                                 monkeypatch):
    role = (REPO / "roles" / "coo.yaml").read_text(encoding="utf-8")
    custom = role.replace("id: coo\n", "id: ops-chief\n", 1).replace(
        "title: Chief Operating Officer\n", "title: Chief of Operations\n", 1)
    custom = re.sub(r"aliases:\n(  - .*\n)+", "aliases:\n  - ops chief\n", custom, count=1)
    write(tmp_path / "sub" / "roles", "ops-chief.yaml", custom)
    write(tmp_path / "sub", "postings.csv", "role,company,date\nops-chief,Acme,2026-11-25\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run(runner, "build", "--manifest", "../sub/postings.csv", "--out", "site", "-q")
    assert result.exit_code == 0, result.stderr
    assert "Chief of Operations" in (elsewhere / "site" / "acme-ops-chief.md").read_text(
        encoding="utf-8")
    checked = run(runner, "validate", "../sub/postings.csv")
    assert checked.exit_code == 0, checked.stderr


# ------------------------------------------------------------ other shapes


def test_a_workday_workbook_with_real_date_cells(runner, tmp_path):
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Job Requisition ID", "Job Posting Title", "Primary Location", "Time Type",
                  "Remote Type", "Job Posting End Date", "Pay Range Minimum",
                  "Pay Range Maximum", "Currency", "Worker Type"])
    sheet.append(["R-0200", "Director of Operations", "Columbus, OH", "Full time", "Hybrid",
                  dt.datetime(2027, 1, 31), 150000, 170000, "USD", "Employee"])
    path = tmp_path / "workday.xlsx"
    book.save(path)
    write(tmp_path, "workday.site.yaml", "extends: workday\n" + COMPANY)
    out = tmp_path / "site"
    result = run(runner, "build", "--manifest", str(path), "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert "$150,000" in (out / "r-0200.md").read_text(encoding="utf-8")


def test_a_manifest_written_in_json_is_still_a_manifest(runner, tmp_path):
    path = write(tmp_path, "m.json", json.dumps(
        {"defaults": {"company": "Acme", "date": "2026-11-25"}, "postings": [{"role": "coo"}]}))
    result = run(runner, "build", "--manifest", str(path), "--out", str(tmp_path / "s"), "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "s" / "acme-coo.md").is_file()
    mapped = run(runner, "build", "--manifest", str(path), "--columns", "lever",
                 "--out", str(tmp_path / "t"))
    assert errors(mapped) == [f"Error: --columns: {path} is a manifest, which names jdgen's "
                              "fields itself; a column mapping is for a .csv, .xlsx or .json "
                              "export"]


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000, "nested too deeply to be a job export"),
    ('[{"id": 1}, 3]', "job 2: expected an object of fields, found int"),
    ("[{,]", "not valid JSON"),
    ('"jobs"', "expected a list of job objects"),
])
def test_bad_json_exports(runner, tmp_path, text, expected):
    path = write(tmp_path, "jobs.json", text)
    result = run(runner, "validate", "--columns", "lever", str(path))
    assert result.exit_code == 1
    assert expected in result.stderr


def test_columns_is_for_a_manifest_build(runner, tmp_path):
    result = run(runner, "build", "coo", "--company", "Acme", "--columns", "greenhouse")
    assert result.exit_code == 2
    assert "--columns only works with --manifest" in result.stderr
