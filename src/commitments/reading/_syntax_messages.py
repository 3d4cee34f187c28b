"""Plain-words messages for JSON syntax errors.

:class:`json.JSONDecodeError` says "Expecting value" or "Extra data"; a person
editing a plan by hand wants to know that the file ends too early, that JSON has
no comments, or that the last comma before a ``]`` must go.
"""

import re
import unicodedata

__all__ = ["syntax_message"]

_WORD = re.compile(r"""[^\s\[\]{}",:']{1,24}""")
_LITERALS = {
    "True": "true",
    "False": "false",
    "None": "null",
    "TRUE": "true",
    "FALSE": "false",
    "NULL": "null",
    "Null": "null",
    "undefined": "null",
}
_EXPECTED = {
    "Expecting value": "a value (a string, number, object, array, true, false or null)",
    "Expecting property name enclosed in double quotes": "a key in double quotes or '}'",
    "Expecting ':' delimiter": "':' after the key",
}
_ESCAPES = '\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX'


def _found(text: str, offset: int) -> str:
    """Describe what stands at ``offset`` (inside the text) where something else was expected."""
    char = text[offset]
    if char == "\ufeff":
        return "a byte order mark (U+FEFF)"
    if not char.isprintable() or char.isspace():
        name = unicodedata.name(char, "")
        return f"the character U+{ord(char):04X}" + (f" ({name})" if name else "")
    word = _WORD.match(text, offset)
    token = word[0] if word else char
    literal = _LITERALS.get(token)
    return f"'{token}'" + (f" (JSON writes {literal})" if literal else "")


def _after_comma(text: str, offset: int) -> bool:
    """Whether the last character before ``offset``, whitespace aside, is a comma."""
    index = offset - 1
    while index >= 0 and text[index] in " \t\n\r":
        index -= 1
    return index >= 0 and text[index] == ","


def _in_string(msg: str, text: str, offset: int) -> str | None:
    """Messages for errors inside a string, or ``None``."""
    if msg.startswith("Unterminated string"):
        return "this string is never closed: a '\"' is missing"
    if msg.startswith("Invalid control character"):
        code = f"U+{ord(text[offset]):04X}" if offset < len(text) else "a control character"
        return f"{code} inside a string must be written as an escape, such as \\n or \\t"
    if msg.startswith("Invalid \\uXXXX"):
        return "'\\u' must be followed by four hexadecimal digits"
    if msg.startswith("Invalid \\escape"):
        return f"'{text[offset : offset + 2]}' is not a JSON escape: use {_ESCAPES}"
    return None


def syntax_message(msg: str, text: str, offset: int, *, kind: str, unit: str) -> str:
    """Say in plain words what is wrong where a JSON parser stopped.

    Args:
        msg: The :class:`json.JSONDecodeError` message (``error.msg``).
        text: The text being parsed.
        offset: Where the parser stopped (``error.pos``).
        kind: The innermost array (``"["``) or object (``"{"``) there, or ``""``.
        unit: ``"file"`` or ``"line"`` (a ``.jsonl`` document).

    Returns:
        One sentence saying what was expected and what was found.

    """
    in_string = _in_string(msg, text, offset)
    if in_string is not None:
        return in_string
    char = text[offset : offset + 1]
    if msg.startswith("Unexpected UTF-8 BOM"):
        return "a byte order mark (U+FEFF) is only allowed at the start of the file"
    if not text.strip(" \t\n\r"):
        return f"the {unit} is {'empty' if not text else 'blank'}: expected a JSON value"
    if char == "/":
        return "comments are not allowed in JSON"
    if msg.startswith("Illegal trailing comma"):  # Python 3.13 and later
        return f"trailing comma: remove the last ',' before '{'}' if 'object' in msg else ']'}'"
    if char in ("]", "}") and _after_comma(text, offset):
        return f"trailing comma: remove the last ',' before '{char}'"
    if char == "'":
        return "strings and keys must be in double quotes, not single quotes"
    if msg.startswith("Extra data"):
        found = _found(text, offset)
        return f"unexpected {found} after the JSON value: a {unit} holds one value"
    closer = "}" if kind == "{" else "]"
    if msg.startswith("Expecting ',' delimiter"):
        expected = f"',' or '{closer}'"
    else:
        expected = _EXPECTED.get(msg, msg[:1].lower() + msg[1:])
    if not char:
        return f"the {unit} ends too early: expected {expected}"
    return f"expected {expected}, found {_found(text, offset)}"
