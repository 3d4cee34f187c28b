r"""The text of an HTML page: tags dropped, scripts and styles left out, entities decoded.

This is not an HTML parser, and need not be: an announcement's text is what lies
between the tags. Block elements (paragraphs, line breaks, list items, cells,
headings) end a line; scripts, styles and comments are dropped with their contents
(an unclosed one runs to the end of the page, as in a browser). One pass, in time
linear in the page, whatever it holds.

>>> text, _ = html_text('<p>新增就业<b>23万</b>人&#12290;</p><script>x = "5个";</script>')
>>> text
'\n新增就业23万人。\n'
"""

import html
import re

from commitments.extract._positions import OffsetMap, derive

__all__ = ["html_text", "looks_like_html"]

_HTML_SIGN = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|span|table|tr|td|li|ul|ol|h[1-6]|section|"
    r"article|script|style|meta|font|strong|b|a)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# A tag, a comment or a raw-text element's start, or an entity.
_MARKUP = re.compile(
    r"(?P<comment><!--)"
    r"|<(?P<raw>script|style|noscript|template)\b[^<>]{0,2000}>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}>"
    r"|<[!?][^<>]{0,2000}>"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    ]
)
_SNIFF = 65536
_RAW_ENDS = {
    name: re.compile(f"</{name}\\b[^<>]{{0,2000}}>", re.IGNORECASE)
    for name in ("script", "style", "noscript", "template")
}


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` has the tags of an HTML page near its start."""
    return _HTML_SIGN.search(text, 0, _SNIFF) is not None


def html_text(page: str) -> tuple[str, OffsetMap]:
    """Return the text of ``page`` and the map of its characters back into the page."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    position = 0
    while (match := _MARKUP.search(page, position)) is not None:
        start, end = match.span()
        if match["comment"]:
            end = _after(page, "-->", end)
            text = ""
        elif match["raw"]:
            closing = _RAW_ENDS[match["raw"].casefold()].search(page, end)
            end = len(page) if closing is None else closing.end()
            text = ""
        elif match["entity"]:
            text = html.unescape(match["entity"])
        else:
            text = "\n" if (match["tag"] or "").lower() in _BLOCKS else ""
        starts.append(start)
        ends.append(end)
        texts.append(text)
        position = end
    return derive(page, starts, ends, texts)


def _after(text: str, marker: str, start: int) -> int:
    """Return the position just after the next ``marker`` from ``start``, or the end of ``text``."""
    found = text.find(marker, start)
    return len(text) if found < 0 else found + len(marker)
