r"""Text made safe to show in a terminal: control and bidi characters escaped, long values cut.

A plan's strings are the publisher's (or an attacker's): a title may hold ESC
(``\x1b``, which starts a terminal escape sequence), BEL, a C1 control, or a bidi
override (U+202E) that makes a line read backwards. :func:`visible` writes each of
them as a JSON-style escape, so what a person reads in a terminal is what the
document holds; every text output (the tables of ``progress``, ``history``,
``diff``, and finding lines) goes through it. :func:`shortened` cuts a long value
in the middle, saying how much was left out, for lines a person reads (the JSON
outputs keep every value whole).

>>> visible("ok\x1b[31m red\x07 \u202egnp.exe")
'ok\\u001b[31m red\\u0007 \\u202egnp.exe'
>>> visible("two\nlines\tand a tab"), visible("two\nlines", keep="\n")
('two\\nlines\\tand a tab', 'two\nlines')
>>> visible("城镇新增就业 — 95%")
'城镇新增就业 — 95%'
>>> shortened("/commitments/0/" + "k" * 1000, 60)
'/commitments/0/kkkkkkkkkkk…[979 characters]…kkkkkkkkkk'
"""

import re

__all__ = ["UNSAFE", "shortened", "visible"]

#: What a terminal must not be given as it is: C0 controls, DEL, C1 controls, the bidi
#: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), lone surrogates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    character = match[0]
    return _SHORT_ESCAPES.get(character, f"\\u{ord(character):04x}")


def visible(text: str, *, keep: str = "") -> str:
    r"""Return ``text`` with every :data:`UNSAFE` character written as an escape.

    ``\n``, ``\r`` and ``\t`` become those two characters, anything else
    ``\uXXXX`` (as in a JSON string).

    Args:
        text: The text to show.
        keep: Characters left as they are (a renderer keeps the ``\n`` between
            its own lines).

    """
    if keep:
        return keep[0].join(visible(part, keep=keep[1:]) for part in text.split(keep[0]))
    return UNSAFE.sub(_escape, text)


def shortened(text: str, limit: int) -> str:
    """Return ``text`` cut in the middle to about ``limit`` characters, saying how many went.

    The start and the end are kept (the end of a JSON Pointer names the field).
    Text of at most ``limit`` characters is returned as it is.
    """
    if len(text) <= limit:
        return text
    tail = limit // 6
    head = limit - tail - 24
    return f"{text[:head]}…[{len(text) - head - tail:,} characters]…{text[len(text) - tail :]}"
