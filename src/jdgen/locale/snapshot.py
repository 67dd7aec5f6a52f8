"""Write :mod:`jdgen.locale.cldr`, the CLDR data single builds use, from Babel.

Run ``python -m jdgen.locale.snapshot`` after upgrading Babel; a test fails
while the committed file and Babel disagree. Keeping this small extract lets
a single build format its dates and money without importing Babel (about
60 ms on a single build); every other locale is formatted by Babel itself.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

from jdgen.locale import SUPPORTED

TARGET = Path(__file__).with_name("cldr.py")
# The day whose legal tender the country table records (CLDR dates each currency's use).
AS_OF = datetime.date(2026, 1, 1)


def extract(locale: str) -> dict[str, Any]:
    """What :mod:`jdgen.locale.formats` needs of one locale, straight from Babel."""
    from babel import Locale

    from jdgen.inputs.currencies import CURRENCIES

    data = Locale.parse(locale.replace("-", "_"))
    months = data.months["format"]["wide"]
    symbols = {code: data.currency_symbols[code] for code in sorted(CURRENCIES)
               if data.currency_symbols.get(code, code) != code}
    return {
        "date_long": data.date_formats["long"].pattern,
        "months": [months[n] for n in range(1, 13)],
        "decimal_pattern": data.decimal_formats[None].pattern,
        "currency_pattern": data.currency_formats["standard"].pattern,
        "group": data.number_symbols["latn"]["group"],
        "decimal": data.number_symbols["latn"]["decimal"],
        "symbols": symbols,
    }


def country_currencies() -> dict[str, str]:
    """Each country's (ISO 3166 code's) main legal tender on :data:`AS_OF`, per CLDR."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    table = {}
    for code in sorted(get_global("territory_currencies")):
        if len(code) == 2 and code.isalpha():
            found = get_territory_currencies(code, start_date=AS_OF, end_date=AS_OF)
            if found:
                table[code] = found[0]
    return table


def render() -> str:
    """The text of ``cldr.py``."""
    import babel

    lines = [
        '"""CLDR data for the built-in locales, extracted from Babel by',
        "``python -m jdgen.locale.snapshot``: do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        f"BABEL_VERSION = {babel.__version__!r}",
        "",
        "DATA: dict[str, dict[str, Any]] = {",
    ]
    for locale in SUPPORTED:
        lines.append(f"    {locale!r}: {{")
        for key, value in extract(locale).items():
            if isinstance(value, dict):
                lines.append(f"        {key!r}: {{")
                lines += [f"            {k!r}: {v!r}," for k, v in value.items()]
                lines.append("        },")
            elif isinstance(value, list):
                lines.append(f"        {key!r}: [")
                lines += [f"            {v!r}," for v in value]
                lines.append("        ],")
            else:
                lines.append(f"        {key!r}: {value!r},")
        lines.append("    },")
    lines.append("}")
    lines += ["", f"# Each country's main currency on {AS_OF.isoformat()}.",
              "COUNTRY_CURRENCIES: dict[str, str] = {"]
    lines += [f"    {code!r}: {currency!r}," for code, currency in country_currencies().items()]
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    TARGET.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
