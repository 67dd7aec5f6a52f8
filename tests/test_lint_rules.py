"""jdgen lint rules: each on positive and negative examples, verdicts, pay-law scenarios."""

from __future__ import annotations

import datetime as dt

import pytest

from jdgen.lint import LintConfig, lint_markdown
from jdgen.lint.gender import verdict
from jdgen.lint.markdown import mask_inline, parse_markdown
from jdgen.lint.readability import grade_level, reading_ease, syllables
from jdgen.tailoring.paytable import pay_table, split_location

DAY = dt.date(2026, 11, 25)


def found(text: str, rule: str, **kwargs: object) -> list[str]:
    report = lint_markdown(text, as_of=DAY, **kwargs)  # type: ignore[arg-type]
    return [f.found for f in report.findings if f.rule == rule]


# ------------------------------------------------------------------ gender


@pytest.mark.parametrize(("text", "words"), [
    ("You will lead the team.", ["lead"]),
    ("Our leaders and leadership.", ["leaders", "leadership"]),
    ("A data-driven, competitive, ANALYTICAL person.", ["driven", "competitive", "ANALYTICAL"]),
    ("Be self-confident.", ["self-confident"]),
    # stems inside other words must not match
    ("Nothing misleading, no pleading, mislead nobody.", []),
    ("We manage uncompetitive, undecided and overactive plans.", []),
    ("Plead the fifth; a workforce of reforces.", []),
])
def test_masculine_words(text: str, words: list[str]) -> None:
    assert found(text, "gender-coded") == words


@pytest.mark.parametrize(("feminine", "masculine", "expected"), [
    (0, 0, "neutral"), (2, 2, "neutral"), (1, 0, "feminine-coded"), (3, 0, "feminine-coded"),
    (4, 0, "strongly feminine-coded"), (0, 1, "masculine-coded"), (0, 3, "masculine-coded"),
    (0, 4, "strongly masculine-coded"), (1, 6, "strongly masculine-coded"),
])
def test_verdict_categories(feminine: int, masculine: int, expected: str) -> None:
    assert verdict(feminine, masculine) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We support, trust and understand each other and collaborate together.",
     "strongly feminine-coded"),
    ("We support and trust people.", "feminine-coded"),
    ("We lead and support people.", "neutral"),
    ("Plan the shifts.", "neutral"),
    ("Lead a competitive, driven team.", "masculine-coded"),
    ("Lead a competitive, driven, decisive, ambitious, assertive team.",
     "strongly masculine-coded"),
])
def test_verdict_on_texts(text: str, expected: str) -> None:
    report = lint_markdown(text, as_of=DAY)
    assert report.stats["gender"]["verdict"] == expected
    balance = [f for f in report.findings if f.rule == "gender-balance"]
    if expected == "neutral":
        assert balance == []
    else:
        assert balance[0].found.startswith(expected + ":")
        assert balance[0].severity.label == ("warning" if expected.startswith("strongly masc")
                                             else "info")


def test_gender_counts_both_lists() -> None:
    stats = lint_markdown("Lead and lead; support, support and share.", as_of=DAY).stats
    assert stats["gender"]["masculine_words"] == {"lead": 2}
    assert stats["gender"]["feminine_words"] == {"share": 1, "support": 2}


# ------------------------------------------------------------------ wording


@pytest.mark.parametrize(("text", "rule", "expected"), [
    ("Join our young team.", "age-coded", ["young"]),
    ("Ideal for digital natives.", "age-coded", ["digital natives"]),
    ("Recent graduates welcome.", "age-coded", ["Recent graduates"]),
    ("Must be able to stand all day.", "ability-coded", ["Must be able to stand all day"]),
    ("Lifting 25 kg and able-bodied.", "ability-coded", ["Lifting 25 kg", "able-bodied"]),
    ("Native speaker of German.", "exclusionary", ["Native speaker"]),
    ("A strong culture fit.", "exclusionary", ["culture fit"]),
    ("The chairman decides.", "exclusionary", ["chairman"]),
    ("A sales ninja and a rockstar.", "cliche", ["ninja", "rockstar"]),
    ("Hit the ground running.", "cliche", ["Hit the ground running"]),
    # negatives: similar words that are fine
    ("Youngstown office; youngsters' charity.", "age-coded", []),
    ("Stand-up meetings every morning.", "ability-coded", []),
    ("Native plants in the garden; a nativity play.", "exclusionary", []),
    ("Agriculture fits our mission.", "exclusionary", []),
    ("Our gurudwara partners and ninjutsu club.", "cliche", []),
])
def test_wording(text: str, rule: str, expected: list[str]) -> None:
    assert found(text, rule) == expected


def test_wording_position_points_at_the_word() -> None:
    report = lint_markdown("# Title\n\nWe want a **young** team.\n", as_of=DAY)
    (item,) = [f for f in report.findings if f.rule == "age-coded"]
    assert (item.position.line, item.position.col) == (3, 13)


# ------------------------------------------------------------------ readability


def test_syllables_come_from_pyphen() -> None:
    assert syllables("operations") == 4
    assert syllables("the") == 1
    assert syllables("2026") >= 1


def test_flesch_formulas() -> None:
    assert reading_ease(100, 5, 150) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert grade_level(100, 5, 150) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)


def test_long_sentence_and_thresholds() -> None:
    long = " ".join(["word"] * 31) + "."
    assert len(found(long, "long-sentence")) == 1
    assert found(" ".join(["word"] * 30) + ".", "long-sentence") == []
    config = LintConfig.model_validate({"readability": {"max_sentence_words": 40}})
    report = lint_markdown(long, config, as_of=DAY)
    assert not [f for f in report.findings if f.rule == "long-sentence"]


def test_hard_text_gets_reading_ease_and_grade_findings() -> None:
    text = ("Organisational transformational capabilities necessitate interdisciplinary "
            "collaboration, comprehensive documentation and institutional accountability "
            "throughout implementation.")
    assert found(text, "reading-ease")[0].startswith("Flesch reading ease")
    assert found(text, "grade-level")[0].startswith("grade level")
    assert found("Plan the day. Ship the orders. Help the team.", "reading-ease") == []


def test_passive_voice_share() -> None:
    passive = "The report was written. The team is led by you. Stock was counted. Go home."
    assert found(passive, "passive-voice") == ["3 of 4 sentences passive (75%)"]
    assert found("You write the report. You lead the team.", "passive-voice") == []


# ------------------------------------------------------------------ structure


def _posting(words: int) -> str:
    body = " ".join(["plan"] * words)
    return (f"# Job\n\n{body}\n\n## What you will do\n\n- Work\n\n## What you bring\n\n- Skill\n\n"
            "## How to apply\n\nWrite to us.\n\n## Equal opportunity\n\nWe are an equal "
            "opportunity employer.\n")


def test_word_count_range() -> None:
    assert found(_posting(100), "word-count") == ["124 words"]
    assert found(_posting(400), "word-count") == []
    assert found(_posting(1100), "word-count") == ["1124 words"]
    config = LintConfig.model_validate({"words": {"min": 50, "max": 200}})
    report = lint_markdown(_posting(100), config, as_of=DAY)
    assert not [f for f in report.findings if f.rule == "word-count"]


def test_required_sections() -> None:
    assert found(_posting(400), "missing-section") == []
    missing = found("# Job\n\nSome text.\n", "missing-section")
    assert missing == ["no section: Equal opportunity statement", "no section: How to apply",
                       "no section: Qualifications ('What you bring')",
                       "no section: Responsibilities ('What you will do')"]


def test_bullet_count() -> None:
    bullets = "\n".join(f"- item {i}" for i in range(13))
    assert found(f"## Duties\n\n{bullets}\n", "bullet-count") == ["13 bullets under 'Duties'"]
    assert found(f"## Duties\n\n{bullets[:-10]}\n", "bullet-count") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Write to {{ apply_email }}.", ["{{ apply_email }}"]),
    ("{% if x %}hi{% endif %}", ["{% if x %}", "{% endif %}"]),
    ("Join [Company Name] today.", ["[Company Name]"]),
    ("Salary: TBD", ["TBD"]),
    ("Lorem ipsum dolor.", ["Lorem ipsum"]),
    # not placeholders: escaped user text, ordinary brackets and words
    ("Acme {{ 7\\*7 }} Ltd", []),
    ("[Apply online](<https://example.com/apply>)", []),
    ("We todo nothing; tbd in lower case is a word here.", []),
])
def test_placeholders(text: str, expected: list[str]) -> None:
    assert found(text, "placeholder") == expected


# ------------------------------------------------------------------ pay transparency


def _pay_posting(location: str, pay: str | None = None, posted: str = "2026-03-01",
                 benefits: bool = True) -> str:
    lines = ["# Job", "", f"- **Location:** {location}"]
    if pay:
        lines.append(f"- **Pay:** {pay}")
    lines += [f"- **Posted:** {posted}", ""]
    if benefits:
        lines += ["## Benefits", "", "Health cover.", ""]
    return "\n".join(lines)


def pay_findings(text: str, **kwargs: object) -> list[tuple[str, str]]:
    report = lint_markdown(text, as_of=DAY, **kwargs)  # type: ignore[arg-type]
    return [(f.rule, f.severity.label) for f in report.findings if f.rule.startswith("pay")]


@pytest.mark.parametrize(("location", "posted", "expected"), [
    ("Denver, CO", "2026-03-01", "error"),
    ("Denver, CO", "2020-12-31", "warning"),          # before Colorado's law took effect
    ("New York, NY", "2026-03-01", "error"),
    ("Albany, New York", "2023-09-16", "warning"),    # the day before New York State's law
    ("Albany, New York", "2023-09-17", "error"),
    ("Chicago, IL", "2024-12-31", "warning"),
    ("Chicago, IL", "2025-01-01", "error"),
    ("Seattle, WA", "2026-03-01", "error"),
    ("Washington, DC", "2026-03-01", "error"),
    ("Austin, TX", "2026-03-01", "warning"),
    ("United States (remote)", "2026-03-01", "error"),  # remote and open to covered states
    ("Austin, TX (remote)", "2026-03-01", "warning"),   # remote but tied to Texas
    ("Berlin, Germany", "2026-03-01", "warning"),       # EU: in the ad or before the interview
])
def test_missing_pay_by_jurisdiction_and_date(location: str, posted: str, expected: str) -> None:
    assert pay_findings(_pay_posting(location, posted=posted)) == [("pay-range", expected)]


def test_employer_size_threshold() -> None:
    text = _pay_posting("Honolulu, HI")  # Hawaii: 50 or more employees
    small = LintConfig.model_validate({"employees": 49})
    large = LintConfig.model_validate({"employees": 50})
    assert [f.severity.label for f in lint_markdown(text, small, as_of=DAY).findings
            if f.rule == "pay-range"] == ["warning"]
    assert [f.severity.label for f in lint_markdown(text, large, as_of=DAY).findings
            if f.rule == "pay-range"] == ["error"]


def test_pay_present_is_clean_and_benefits_required_in_colorado() -> None:
    assert pay_findings(_pay_posting("Denver, CO", "$90,000–$110,000 USD per year")) == []
    assert pay_findings(_pay_posting("Denver, CO", "$90,000–$110,000", benefits=False)) == [
        ("pay-benefits", "warning")]
    assert pay_findings(_pay_posting("Austin, TX", "$90,000", benefits=False)) == []


def test_pay_found_in_body_text() -> None:
    text = _pay_posting("Denver, CO") + "\nThe salary is $90k to $110k a year.\n"
    assert pay_findings(text) == []


def test_range_wider_than_ontario_allows() -> None:
    wide = _pay_posting("Toronto, ON", "CAD 80,000 – 140,000")
    assert pay_findings(wide) == [("pay-range-width", "warning")]
    assert pay_findings(_pay_posting("Toronto, ON", "CAD 90,000 – 140,000")) == []
    assert pay_findings(_pay_posting("Toronto, ON", "CAD 150,000 – 250,000")) == []


def test_facts_from_a_build_override_the_text() -> None:
    text = _pay_posting("Austin, TX")
    assert pay_findings(text, location="Denver, CO") == [("pay-range", "error")]
    assert pay_findings(text, location="Denver, CO", has_pay=True) == []


def test_table_is_valid_and_staleness_is_reported() -> None:
    table = pay_table()
    names = {j.name for j in table.jurisdictions}
    assert {"Colorado", "California", "Washington", "New York City", "New York State",
            "Illinois", "Maryland", "Minnesota", "Hawaii", "Vermont", "Massachusetts",
            "New Jersey", "Washington, D.C.", "European Union"} <= names
    assert all(j.source.startswith("https://") for j in table.jurisdictions)
    later = table.reviewed + dt.timedelta(days=366)
    report = lint_markdown("# Job\n", as_of=later)
    assert [f.found for f in report.findings if f.rule == "pay-table-stale"] == [
        f"table reviewed {table.reviewed}"]
    report = lint_markdown("# Job\n", as_of=table.reviewed + dt.timedelta(days=365))
    assert not [f for f in report.findings if f.rule == "pay-table-stale"]


@pytest.mark.parametrize(("text", "parts", "arrangement"), [
    ("Denver, CO (hybrid)", ["Denver", "CO"], "hybrid"),
    ("United States (remote)", ["United States"], "remote"),
    ("Remote", [], "remote"),
    ("", [], None),
])
def test_split_location(text: str, parts: list[str], arrangement: str | None) -> None:
    assert split_location(text) == (parts, arrangement)


@pytest.mark.parametrize(("location", "law", "expected"), [
    ("San Diego, CA", "California", True),
    ("Hamilton, ON, CA", "California", False),
    ("Sacramento, CA, US", "California", True),
    ("Denver, CO, USA", "Colorado", True),
])
def test_a_trailing_country_code_is_not_a_region(location: str, law: str, expected: bool) -> None:
    parts, _ = split_location(location)
    [jurisdiction] = [j for j in pay_table().jurisdictions if j.name == law]
    assert jurisdiction.covers(parts, remote=False) is expected


# ------------------------------------------------------------------ Markdown mapping


def test_masking_keeps_columns() -> None:
    line = r"- **Company:** \*Evil\* [x](<https://e.x>) _it_ snake_case"
    masked = mask_inline(line)
    assert len(masked) == len(line)
    assert masked.index("Evil") == line.index("Evil")
    assert "https" not in masked and "snake_case" in masked


def test_blocks_and_front_matter() -> None:
    doc = parse_markdown("---\nlocation: Denver, CO\n---\n# T\n\nOne\ntwo\n\n- a\n```\nx\n```\n")
    assert doc.facts["location"] == "Denver, CO"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "T"), ("paragraph", "One\ntwo"), ("bullet", "a")]
    para = doc.blocks[1]
    assert para.position(para.text.index("two")) == para.position(4)
    assert (para.position(4).line, para.position(4).col) == (7, 1)
