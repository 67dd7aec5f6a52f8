"""The company's logo in a Word document: a picture at the right of the title block.

The picture is a part of its own (``word/media/``), linked from the body by
an image relationship. It is anchored to the first paragraph of the title
block, against the right margin, and the company's name and the job title
wrap to its left, so it takes no height of its own. It is :data:`HEIGHT` tall,
as wide as its shape asks but never wider than :data:`MAX_WIDTH`. The XML is
what Word writes for a floating picture, with every namespace declared where
it is used, so it holds in a reference document whatever that declares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jdgen.render.docxbody import escape_attribute

if TYPE_CHECKING:
    from jdgen.inputs.logo import Logo

__all__ = ["CONTENT_TYPES", "GAP", "HEIGHT", "IMAGE", "MAX_WIDTH", "media_name", "picture",
           "size"]

EMU_PER_INCH = 914400
HEIGHT = EMU_PER_INCH // 2  # half an inch, about the height of the title's two lines
MAX_WIDTH = EMU_PER_INCH * 2  # leaves the title most of the line
GAP = EMU_PER_INCH // 8  # between the wrapped text and the picture
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
CONTENT_TYPES = {"png": "image/png", "jpeg": "image/jpeg"}
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DRAWING_ID = 7301  # unlike any id python-docx or Word gives a document's first pictures


def media_name(logo: Logo) -> str:
    """The part name of the logo, relative to ``word/``."""
    return f"media/jdgen-logo.{logo.kind}"


def size(logo: Logo) -> tuple[int, int]:
    """Width and height in EMU: :data:`HEIGHT` tall, narrower when that would be too wide."""
    width = HEIGHT * logo.width // logo.height
    if width <= MAX_WIDTH:
        return max(width, 1), HEIGHT
    return MAX_WIDTH, max(MAX_WIDTH * logo.height // logo.width, 1)


def picture(rid: str, logo: Logo, company: str) -> str:
    """A run holding the logo, drawn from relationship ``rid``, floating at the right."""
    cx, cy = size(logo)
    alt = escape_attribute(f"{company} logo" if company else "Logo")
    graphic = (
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}">'
        f'<pic:pic xmlns:pic="{_PIC}"><pic:nvPicPr><pic:cNvPr id="0" name="logo"/>'
        f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="{_R}" r:embed="{rid}"/>'
        f'<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        f'</a:graphicData></a:graphic>'
    )
    anchor = (
        f'<wp:anchor xmlns:wp="{_WP}" distT="0" distB="0" distL="{GAP}" distR="0" '
        f'simplePos="0" relativeHeight="{_DRAWING_ID}" behindDoc="0" locked="0" '
        f'layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>'
        f'<wp:docPr id="{_DRAWING_ID}" name="Logo" descr="{alt}"/><wp:cNvGraphicFramePr>'
        f'<a:graphicFrameLocks xmlns:a="{_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'{graphic}</wp:anchor>'
    )
    return f"<w:r><w:drawing>{anchor}</w:drawing></w:r>"
