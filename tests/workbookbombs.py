"""Small .xlsx files, well-formed or hostile, written part by part for the workbook tests.

A bomb is a part that compresses to little and asks for much: millions of
styles, fonts or shared strings, a sheet of millions of cells. Each builder
returns the workbook's bytes, a few hundred kilobytes at most.
"""

from __future__ import annotations

import io
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ["role", "company_name", "location"]
GOOD = [["coo", "Acme", "Denver, CO"], ["director-of-operations", "Birch Labs", "Austin, TX"]]


def cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def sheet(rows: list[list[str]] | None = None, extra: str = "") -> str:
    """A sheet of inline strings: the header and ``rows`` (the good postings by default)."""
    body = []
    for number, values in enumerate([HEADER, *(GOOD if rows is None else rows)], start=1):
        cells = "".join(cell(f"{letter(i)}{number}", v) for i, v in enumerate(values) if v)
        body.append(f'<row r="{number}">{cells}</row>')
    return f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(body)}{extra}</sheetData></worksheet>'


def workbook(sheet_xml: str | bytes | None = None, *, strings: str | bytes | None = None,
             styles: str | bytes | None = None, book: str | None = None,
             more: dict[str, bytes] | None = None) -> bytes:
    """The bytes of a workbook whose parts are these (a plain good one by default)."""
    rels = [f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>']
    parts: dict[str, str | bytes] = {
        "_rels/.rels": (f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
                        f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/>'
                        "</Relationships>"),
        "xl/workbook.xml": book or (f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
                                    '<sheet name="postings" sheetId="1" r:id="rId1"/>'
                                    "</sheets></workbook>"),
        "xl/worksheets/sheet1.xml": sheet() if sheet_xml is None else sheet_xml,
    }
    if strings is not None:
        rels.append(f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" '
                    'Target="sharedStrings.xml"/>')
        parts["xl/sharedStrings.xml"] = strings
    if styles is not None:
        rels.append(f'<Relationship Id="rId3" Type="{DOC}/styles" Target="styles.xml"/>')
        parts["xl/styles.xml"] = styles
    parts["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{RELS}">{"".join(rels)}' \
                                          "</Relationships>"
    parts.update(more or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def styles(body: str) -> str:
    return f'<styleSheet xmlns="{MAIN}">{body}</styleSheet>'


def strings(items: str) -> str:
    return f'<sst xmlns="{MAIN}">{items}</sst>'


def shared_sheet(index: int) -> str:
    """A sheet whose one posting's company is shared string ``index``."""
    return (f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cell("A1", "role")}'
            f'{cell("B1", "company_name")}</row><row r="2">{cell("A2", "coo")}'
            f'<c r="B2" t="s"><v>{index}</v></c></row></sheetData></worksheet>')


def lying_size(data: bytes, part: str, size: int) -> bytes:
    """``data`` with the central directory saying ``part`` unpacks to ``size`` bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(part)
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_length = int.from_bytes(out[at + 28:at + 30], "little")
        if out[at + 46:at + 46 + name_length].decode() == info.filename:
            out[at + 24:at + 28] = size.to_bytes(4, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)
