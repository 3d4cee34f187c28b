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
from itertools import accumulate, repeat

from commitments.extract._positions import OffsetMap, derive

__all__ = ["html_text", "looks_like_html"]

_HTML_SIGN = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|span|table|tr|td|li|ul|ol|h[1-6]|section|"
    r"article|script|style|meta|font|strong|b|a)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_RAW = ("script", "style", "noscript", "template")
# A comment or a raw-text element, dropped with its content: up to its end, or the
# page's (the content taken a run of other characters at a time, never given back);
# a tag (group 2: its name); an entity (group 3). Group 1 is the whole.
_MARKUP = re.compile(
    r"(<!--(?>(?:(?>[^-]+)|-(?!->))*)(?:-->|\Z)"
    + "".join(
        rf"|<{name}\b[^<>]{{0,2000}}>(?>(?:(?>[^<]+)|<(?!/{name}\b[^<>]{{0,2000}}>))*)"
        rf"(?:</{name}\b[^<>]{{0,2000}}>|\Z)"
        for name in _RAW
    )
    + r"|</?([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}>"
    r"|<[!?][^<>]{0,2000}>"
    r"|(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});))",
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


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` has the tags of an HTML page near its start."""
    return _HTML_SIGN.search(text, 0, _SNIFF) is not None


def html_text(page: str) -> tuple[str, OffsetMap]:
    """Return the text of ``page`` and the map of its characters back into the page."""
    pieces = _MARKUP.split(page)  # text, markup, its tag's name, its entity, text, …, text
    texts, markups, tags, entities = pieces[::4], pieces[1::4], pieces[2::4], pieces[3::4]
    sizes = [0] * (len(texts) + len(markups))
    sizes[::2] = map(len, texts)
    sizes[1::2] = map(len, markups)
    bounds = list(accumulate(sizes))  # where each markup starts, and ends
    # A page has few kinds of tags and entities: each is looked at once.
    tag_texts = {tag: "\n" if tag.lower() in _BLOCKS else "" for tag in set(tags) - {None}}
    characters = {entity: html.unescape(entity) for entity in set(entities) - {None}}
    said = map(tag_texts.get, tags, map(characters.get, entities, repeat("")))
    return derive(page, bounds[:-1:2], bounds[1::2], list(said), copies=texts)
