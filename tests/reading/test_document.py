import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading import _parse as _jsonparse
from commitments.reading._byte_scans import prescan
from commitments.reading._deep_nesting import find_too_deep
from commitments.reading._syntax_messages import syntax_message
from commitments.reading.document import MAX_DEPTH, Reading, read_document
from commitments.reading.lines import read_lines
from commitments.reading.pointers import pointer, split_pointer

# -- helpers -----------------------------------------------------------------------------


def where(reading: Reading) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.code, f.path, f.line, f.column) for f in reading.findings]


def only(reading: Reading) -> Finding:
    assert len(reading.findings) == 1, reading.findings
    return reading.findings[0]


def exact(value: Any) -> Any:
    """A JSON value with Decimals made comparable digit for digit (1.0 != 1.00)."""
    if isinstance(value, dict):
        return {key: exact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [exact(item) for item in value]
    if isinstance(value, Decimal):
        return ("Decimal", str(value))
    return (type(value).__name__, value)


def dump(value: Any, indent: str | None, *, ascii_only: bool, level: int = 0) -> str:
    """Serialise a JSON value holding Decimals, with any indentation string."""
    newline = "" if indent is None else "\n" + indent * (level + 1)
    closing = "" if indent is None else "\n" + indent * level
    if isinstance(value, dict) and value:
        items = (
            json.dumps(key, ensure_ascii=ascii_only)
            + ": "
            + dump(item, indent, ascii_only=ascii_only, level=level + 1)
            for key, item in value.items()
        )
        return "{" + newline + ("," + newline).join(items) + closing + "}"
    if isinstance(value, list) and value:
        items = (dump(item, indent, ascii_only=ascii_only, level=level + 1) for item in value)
        return "[" + newline + ("," + newline).join(items) + closing + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=ascii_only)


def pointers(value: Any, parts: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [parts]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(pointers(item, (*parts, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(pointers(item, (*parts, str(index))))
    return found


def offset_of(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    return starts[line - 1] + column - 1


# -- pointers ----------------------------------------------------------------------------


def test_pointer_escapes_per_rfc_6901() -> None:
    assert pointer("commitments", 3, "id") == "/commitments/3/id"
    assert pointer("a/b", "m~n", "") == "/a~1b/m~0n/"
    assert pointer() == ""


@pytest.mark.parametrize("parts", [(), ("",), ("a/b", "~1", "~0~"), ("x", "0", "-")])
def test_split_pointer_undoes_pointer(parts: tuple[str, ...]) -> None:
    assert split_pointer(pointer(*parts)) == parts


@pytest.mark.parametrize("path", ["a", "a/b", "/x~2", "/x~"])
def test_split_pointer_rejects_what_is_not_a_pointer(path: str) -> None:
    with pytest.raises(ValueError, match="not a JSON Pointer"):
        split_pointer(path)


# -- values ------------------------------------------------------------------------------


def test_numbers_keep_their_exact_text() -> None:
    reading = read_document(b'{"a": 95.0, "b": 1e2, "c": -0.10, "d": 230000, "e": -0}')
    assert exact(reading.value) == {
        "a": ("Decimal", "95.0"),
        "b": ("Decimal", "1E+2"),
        "c": ("Decimal", "-0.10"),
        "d": ("int", 230000),
        "e": ("int", 0),
    }
    assert reading.findings == ()
    assert reading.readable


def test_literals_strings_and_nesting() -> None:
    reading = read_document('[true, false, null, "吉林", {"x": []}]')
    assert reading.value == [True, False, None, "吉林", {"x": []}]
    assert reading.findings == ()


def test_text_input_and_file_name() -> None:
    reading = read_document('{"a": 1,\n "a": 2}', file="plan.json")
    assert reading.file == "plan.json"
    assert only(reading).file == "plan.json"
    assert reading.text == '{"a": 1,\n "a": 2}'


# -- json-syntax -------------------------------------------------------------------------

SYNTAX_CASES = [
    (b"", 1, 1, "", "the file is empty: expected a JSON value"),
    (b"  \n\t ", 2, 3, "", "the file is blank: expected a JSON value"),
    (b'{"a": [1, 2', 1, 12, "/a", "the file ends too early: expected ',' or ']'"),
    (b'{"a": 1', 1, 8, "", "the file ends too early: expected ',' or '}'"),
    (b'{"a"', 1, 5, "", "the file ends too early: expected ':' after the key"),
    (b'{"a": "abc', 1, 7, "/a", "this string is never closed: a '\"' is missing"),
    (b"[", 1, 2, "", "the file ends too early: expected a value"),
    (b'{"a": 1} x', 1, 10, "", "unexpected 'x' after the JSON value: a file holds one value"),
    (b"{}{}", 1, 3, "", "unexpected '{' after the JSON value"),
    (b'{\n  // note\n  "a": 1\n}', 2, 3, "", "comments are not allowed in JSON"),
    (b"[1] /* c */", 1, 5, "", "comments are not allowed in JSON"),
    (b"{'a': 1}", 1, 2, "", "strings and keys must be in double quotes, not single quotes"),
    (b"[1, 'a']", 1, 5, "/1", "strings and keys must be in double quotes"),
    (b"[1, 2,]", 1, 7, "", "trailing comma: remove the last ',' before ']'"),
    (b'{"a": 1,\n}', 2, 1, "", "trailing comma: remove the last ',' before '}'"),
    (b'{"a": {"b": [1,\n  ]}}', 2, 3, "/a/b", "trailing comma: remove the last ',' before ']'"),
    (b'{"a" 1}', 1, 6, "", "expected ':' after the key, found '1'"),
    (b'{"a": 1 "b": 2}', 1, 9, "", "expected ',' or '}', found '\"'"),
    (b"[1,\n  2 3]", 2, 5, "", "expected ',' or ']', found '3'"),
    (b'{"a": True}', 1, 7, "/a", "found 'True' (JSON writes true)"),
    (b'{"a": tru}', 1, 7, "/a", "expected a value (a string, number"),
    (b'{"a": [None]}', 1, 8, "/a/0", "found 'None' (JSON writes null)"),
    (b'{"a": "x\ny"}', 1, 9, "/a", "U+000A inside a string must be written as an escape"),
    (b'["\\x"]', 1, 3, "/0", "'\\x' is not a JSON escape"),
    (b'["\\u12"]', 1, 4, "/0", "'\\u' must be followed by four hexadecimal digits"),
    ('{"a":\u3000 1}'.encode(), 1, 6, "/a", "found the character U+3000 (IDEOGRAPHIC SPACE)"),
    (b'{"a": \x01}', 1, 7, "/a", "found the character U+0001"),
    (b"{1: 2}", 1, 2, "", "expected a key in double quotes or '}', found '1'"),
    (b"[.5]", 1, 2, "/0", "expected a value"),
]


@pytest.mark.parametrize(("data", "line", "column", "path", "message"), SYNTAX_CASES)
def test_syntax_errors_say_where_and_what(
    data: bytes, line: int, column: int, path: str, message: str
) -> None:
    reading = read_document(data, file="f.json")
    finding = only(reading)
    assert (finding.code, finding.severity) == ("json-syntax", Severity.ERROR)
    assert (finding.line, finding.column, finding.path) == (line, column, path)
    assert message in finding.message
    assert finding.file == "f.json"
    assert not reading.readable
    assert reading.value is None


def test_a_byte_order_mark_inside_the_text() -> None:
    finding = only(read_document("[\ufeff1]"))
    assert finding.message == (
        "expected a value (a string, number, object, array, true, false or null),"
        " found a byte order mark (U+FEFF)"
    )


def test_syntax_error_columns_count_characters_and_tabs_count_one() -> None:
    finding = only(read_document('{\t"名称": tru}'.encode()))
    assert (finding.line, finding.column) == (1, 9)


def test_syntax_error_after_crlf_lines() -> None:
    finding = only(read_document(b'{\r\n  "a": 1,\r\n  "b": ]\r\n}'))
    assert (finding.line, finding.column, finding.path) == (3, 8, "")


def test_syntax_messages_of_newer_pythons() -> None:
    text = '{"a": 1,}'
    message = syntax_message(
        "Illegal trailing comma before end of object", text, 7, kind="{", unit="file"
    )
    assert message == "trailing comma: remove the last ',' before '}'"
    message = syntax_message(
        "Illegal trailing comma before end of array", "[1,]", 2, kind="[", unit="file"
    )
    assert message == "trailing comma: remove the last ',' before ']'"
    assert syntax_message("Something new", "[x]", 1, kind="[", unit="file") == (
        "expected something new, found 'x'"
    )


# -- json-duplicate-key -------------------------------------------------------------------

DUPLICATES = b"""{
  "commitments": [
    {"id": "a"},
    {"id": "b"},
    {"id": "c"},
    {"id": "d",
     "title": "x",
     "id": "e"}
  ]
}"""


def test_duplicate_key_points_at_the_repeat_and_names_the_first() -> None:
    reading = read_document(DUPLICATES, file="plan.json")
    finding = only(reading)
    assert (finding.code, finding.severity) == ("json-duplicate-key", Severity.ERROR)
    assert (finding.path, finding.line, finding.column) == ("/commitments/3/id", 8, 6)
    assert finding.message == 'duplicate key "id" (first on line 6, column 6)'
    assert reading.readable
    assert reading.value["commitments"][3] == {"id": "e", "title": "x"}
    # Pointers through a repeated key lead to the occurrence that was kept.
    assert reading.locate("/commitments/3/id") == (8, 12)


def test_each_repeat_is_a_finding() -> None:
    reading = read_document(b'{"a": 1, "b": 2, "a": 3, "a/b": 0, "a": 4, "a/b": 5}')
    assert where(reading) == [
        ("json-duplicate-key", "/a", 1, 18),
        ("json-duplicate-key", "/a", 1, 36),
        ("json-duplicate-key", "/a~1b", 1, 44),
    ]
    assert all("first on line 1" in f.message for f in reading.findings)
    assert reading.value == {"a": 4, "b": 2, "a/b": 5}


def test_duplicates_at_several_depths() -> None:
    reading = read_document(b'[{"x": {"k": 1, "k": 2}}, {"y": [{"k": 1, "k": 2}]}]')
    assert [(f.path, f.column) for f in reading.findings] == [("/0/x/k", 17), ("/1/y/0/k", 43)]


def test_equal_keys_in_different_objects_are_fine() -> None:
    assert read_document(b'[{"id": 1}, {"id": 1}, {"a": {"id": 1}, "id": 2}]').findings == ()


# -- json-nonfinite ----------------------------------------------------------------------


def test_nan_and_infinities_are_findings_and_read_as_decimals() -> None:
    reading = read_document(b'{"a": NaN,\n "b": [Infinity, -Infinity]}')
    assert where(reading) == [
        ("json-nonfinite", "/a", 1, 7),
        ("json-nonfinite", "/b/0", 2, 8),
        ("json-nonfinite", "/b/1", 2, 18),
    ]
    assert reading.findings[0].message == "NaN is not a JSON number: numbers must be finite"
    assert reading.findings[2].message.startswith("-Infinity is not a JSON number")
    value = reading.value
    assert value["a"].is_nan()
    assert value["b"] == [Decimal("Infinity"), Decimal("-Infinity")]


def test_numbers_beyond_a_double_are_nonfinite() -> None:
    digits = "9" * 400
    data = f"[1e400, -1E+309, {digits}, 1e308, 1.7976931348623157e308, 1e-400, 0e999]"
    reading = read_document(data)
    assert where(reading) == [
        ("json-nonfinite", "/0", 1, 2),
        ("json-nonfinite", "/1", 1, 9),
        ("json-nonfinite", "/2", 1, 18),
    ]
    assert reading.findings[0].message == (
        "1e400 is too large for a 64-bit float: other tools read it as infinity"
    )
    assert "(400 characters)" in reading.findings[2].message
    assert reading.readable
    assert reading.value[2] == int(digits)
    assert reading.value[5] == Decimal("1e-400")


def test_exponents_beyond_the_decimal_range_are_findings() -> None:
    reading = read_document(b"[1e99999999999999999999, -2E-99999999999999999999]")
    assert [f.path for f in reading.findings] == ["/0", "/1"]
    assert "out of range" in reading.findings[0].message
    assert reading.value == [Decimal("Infinity"), Decimal("-0")]


def test_a_zero_with_any_exponent_is_zero_and_no_finding() -> None:
    reading = read_document(b"[0e99999999999999999999, -0.00E-99999999999999999999, 0E+5]")
    assert reading.findings == ()
    assert [exact(number) for number in reading.value] == [
        ("Decimal", "0"),
        ("Decimal", "-0"),
        ("Decimal", "0E+5"),
    ]


@pytest.mark.parametrize("number", ["1e-99999999999999999999", "1E+99999999999999999999", "1e400"])
def test_a_number_finding_survives_a_duplicate_key_in_the_document(number: str) -> None:
    reading = read_document(f'{{"a": 1,\n "a": {number}}}')
    assert where(reading) == [("json-duplicate-key", "/a", 2, 2), ("json-nonfinite", "/a", 2, 7)]
    message = reading.findings[1].message
    assert ("out of range" in message) is ("99999" in number)


def test_an_integer_past_the_digit_limit_is_read_as_a_decimal() -> None:
    digits = "1" * 5000
    reading = read_document(f'{{"x": {digits}, "y": 2.5}}')
    assert isinstance(reading.value["x"], Decimal)
    assert reading.value["x"] == Decimal(digits)
    assert exact(reading.value["y"]) == ("Decimal", "2.5")
    assert where(reading) == [("json-nonfinite", "/x", 1, 7)]  # and far beyond a double


def test_locate_past_a_long_integer() -> None:
    reading = read_document('{"x": ' + "1" * 5000 + ', "y": [0]}')
    assert reading.locate("/y/0") == (1, 5015)


def test_syntax_error_past_a_long_integer() -> None:
    finding = only(read_document("[[" + "1" * 5000 + ", tru]]"))
    assert (finding.path, finding.column) == ("/0/1", 5005)


def test_a_long_integer_in_a_jsonl_line() -> None:
    [reading] = read_lines(("\n" + "7" * 5000 + "\n").encode())
    assert reading.value == Decimal("7" * 5000)
    assert where(reading) == [("json-nonfinite", "", 2, 1)]


# -- encoding ----------------------------------------------------------------------------


def test_utf8_bom_is_ignored_with_a_warning() -> None:
    reading = read_document(b'\xef\xbb\xbf{"a":\n tru}', file="f.json")
    assert [(f.code, f.severity, f.line, f.column) for f in reading.findings] == [
        ("encoding", Severity.WARNING, 1, 1),
        ("json-syntax", Severity.ERROR, 2, 2),
    ]
    reading = read_document('\ufeff{"a": 1}')
    assert reading.value == {"a": 1}
    assert [(f.code, f.severity) for f in reading.findings] == [("encoding", Severity.WARNING)]
    assert reading.locate("/a") == (1, 7)  # the BOM is not a column


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16", "UTF-16 (little-endian)"),  # with a BOM
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
        ("utf-32", "UTF-32 (little-endian)"),
        ("utf-32-le", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
    ],
)
def test_utf16_and_utf32_are_refused(encoding: str, name: str) -> None:
    reading = read_document('{"a": "吉林"}'.encode(encoding), file="f.json")
    finding = only(reading)
    assert (finding.code, finding.severity, finding.path) == ("encoding", Severity.ERROR, "")
    assert (finding.file, finding.line, finding.column) == ("f.json", 1, 1)
    assert finding.message == f"the file is {name}, but JSON must be UTF-8: save it as UTF-8"
    assert not reading.readable
    assert reading.locate("") is None


def test_utf16_big_endian_bom_and_short_utf16() -> None:
    assert "UTF-16 (big-endian)" in only(read_document(b"\xfe\xff\x00[\x00]")).message
    assert "UTF-16 (little-endian)" in only(read_document("1".encode("utf-16-le"))).message


def test_invalid_utf8_points_at_the_first_bad_byte() -> None:
    data = '{\n  "名称": "'.encode() + "吉林".encode("gbk") + b'"\n}'
    finding = only(read_document(data))
    assert (finding.code, finding.line, finding.column) == ("encoding", 2, 10)
    assert finding.message.startswith("byte 0xBC is not valid UTF-8")


def test_truncated_utf8_sequence_at_the_end() -> None:
    finding = only(read_document('"吉'.encode()[:-1]))
    assert (finding.code, finding.line, finding.column) == ("encoding", 1, 2)


def test_lone_surrogate_escapes_are_encoding_errors() -> None:
    data = b'{"a": "x\\ud800",\n "\\udc00k": 1, "ok": "\\ud83d\\ude00", "n": "\\\\ud800"}'
    reading = read_document(data)
    assert where(reading) == [("encoding", "/a", 1, 7), ("encoding", "/\udc00k", 2, 2)]
    assert reading.findings[0].message == (
        "this string holds an unpaired surrogate (\\ud800), which is not valid UTF-8"
    )
    assert "this key holds" in reading.findings[1].message
    assert reading.readable
    assert reading.value["ok"] == "\U0001f600"
    assert reading.value["n"] == "\\ud800"


def test_lone_surrogates_in_text_input() -> None:
    assert where(read_document('["\ud800"]')) == [("encoding", "/0", 1, 2)]


# -- unsupported-version -----------------------------------------------------------------


@pytest.mark.parametrize("version", ["2.0", "0.9", "10.1", "2.0.1", "02.0"])
def test_other_major_versions_are_unsupported(version: str) -> None:
    reading = read_document(f'{{"year": 2021,\n  "schema_version": "{version}"}}')
    finding = only(reading)
    assert (finding.code, finding.path, finding.line, finding.column) == (
        "unsupported-version",
        "/schema_version",
        2,
        21,
    )
    assert finding.message == f"format version {version} is not supported; this library reads 1.x"
    assert reading.readable


@pytest.mark.parametrize(
    "document",
    [
        '{"schema_version": "1.0"}',
        '{"schema_version": "1.12"}',
        '{"schema_version": "01.0"}',
        '{"schema_version": "2"}',
        '{"schema_version": "v2.0"}',
        '{"schema_version": 2.0}',
        '{"x": {"schema_version": "2.0"}}',
        '[{"schema_version": "2.0"}]',
    ],
)
def test_version_left_to_the_schema_layer(document: str) -> None:
    assert read_document(document).findings == ()


# -- json-depth --------------------------------------------------------------------------


def test_very_deep_nesting_is_a_finding_not_a_crash() -> None:
    reading = read_document(b"[" * 100_000 + b"]" * 100_000)
    finding = only(reading)
    assert (finding.code, finding.line, finding.column) == ("json-depth", 1, MAX_DEPTH + 1)
    assert finding.path == "/0" * MAX_DEPTH
    assert finding.message == (
        f"arrays and objects are nested more than {MAX_DEPTH} levels deep;"
        " this library does not read that"
    )
    assert not reading.readable


def test_deep_unclosed_nesting() -> None:
    assert only(read_document(b'{"a": ' + b"[" * 100_000)).code == "json-depth"


def test_depth_limit_is_inclusive() -> None:
    assert read_document("[" * MAX_DEPTH + "]" * MAX_DEPTH).findings == ()
    deeper = '{"x": [1, ' + '{"k": ' * MAX_DEPTH + "0" + "}" * MAX_DEPTH + "]}"
    finding = only(read_document(deeper))
    assert finding.path == "/x/1" + "/k" * (MAX_DEPTH - 2)
    assert finding.column == 11 + 6 * (MAX_DEPTH - 2)


@pytest.mark.parametrize(
    ("prefix", "path", "column"),
    [
        ('[[], {"a": 1, "b": ', "/1/b" + "/0" * (MAX_DEPTH - 2), 20 + MAX_DEPTH - 2),
        ('{"a\\x": ', "/a\\x" + "/0" * (MAX_DEPTH - 1), 8 + MAX_DEPTH),
        ("1 ", "/0" * MAX_DEPTH, 3 + MAX_DEPTH),  # what comes after a value counts too
        ("] ", "/0" * MAX_DEPTH, 3 + MAX_DEPTH),
    ],
)
def test_depth_finding_paths(prefix: str, path: str, column: int) -> None:
    finding = only(read_document(prefix + "[" * 1000))
    assert (finding.code, finding.path, finding.column) == ("json-depth", path, column)


def test_a_depth_misjudged_on_invalid_text_is_left_to_the_parser() -> None:
    # The quick count takes the brackets for structure; they are in a string.
    finding = only(read_document('\\"' + "[" * 1000))
    assert (finding.code, finding.column) == ("json-syntax", 1)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps(["[{" * 1000, '\\"[', "\\", {"k\\[": "]]"}])
    reading = read_document(text)
    assert reading.findings == ()
    assert reading.value[0] == "[{" * 1000


def test_recursion_error_from_the_parser_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str, *, duplicates: bool = False) -> None:
        raise RecursionError

    monkeypatch.setattr(_jsonparse, "hooked_loads", explode)
    finding = only(read_document(b"  [[1]]"))
    assert (finding.code, finding.path, finding.line, finding.column) == ("json-depth", "", 1, 3)
    assert "nested too deeply" in finding.message


# -- locate and place --------------------------------------------------------------------

PLAN = """{
  "schema_version": "1.0",
  "commitments": [
    {"id": "jobs", "target": {"value": 230000}},
    {"id": "roads",
     "a/b": [1, 2.5, {"m~n": null}]}
  ]
}"""


@pytest.mark.parametrize(
    ("path", "key", "position"),
    [
        ("", False, (1, 1)),
        ("/schema_version", False, (2, 21)),
        ("/schema_version", True, (2, 3)),
        ("/commitments", False, (3, 18)),
        ("/commitments/0", False, (4, 5)),
        ("/commitments/0", True, (4, 5)),  # an array element has no key
        ("/commitments/0/target/value", False, (4, 40)),
        ("/commitments/0/target/value", True, (4, 31)),
        ("/commitments/1/a~1b/2/m~0n", False, (6, 30)),
        ("/commitments/1/a~1b/2/m~0n", True, (6, 23)),
        ("/commitments/0/missing", False, (4, 5)),  # the containing object
        ("/commitments/0/missing", True, (4, 5)),
        ("/commitments/7/id", False, (3, 18)),  # out of range: the array
        ("/commitments/-", False, (3, 18)),
        ("/commitments/01", False, (3, 18)),
        ("/commitments/0/id/deeper", False, (4, 12)),  # into a string: the string
        ("/nothing/here", False, (1, 1)),
    ],
)
def test_locate(path: str, key: bool, position: tuple[int, int]) -> None:
    assert read_document(PLAN).locate(path, key=key) == position


def test_locate_rejects_bad_pointers() -> None:
    with pytest.raises(ValueError, match="not a JSON Pointer"):
        read_document(PLAN).locate("commitments")


def test_place_fills_in_file_line_and_column() -> None:
    reading = read_document(PLAN, file="plan.json")
    finding = Finding(
        code="schema.additionalProperties",
        severity=Severity.ERROR,
        path="/commitments/1/a~1b",
        message="unknown key",
    )
    assert reading.place(finding) == finding.located(file="plan.json", line=6, column=13)
    assert reading.place(finding, key=True) == finding.located(file="plan.json", line=6, column=6)


def test_place_keeps_a_position_already_there() -> None:
    reading = read_document(PLAN, file="plan.json")
    finding = Finding(
        code="x", severity=Severity.WARNING, path="/commitments", message="m", line=9, column=9
    )
    assert reading.place(finding) == finding.located(file="plan.json")


def test_place_without_text_only_names_the_file() -> None:
    reading = Reading(value={"a": 1}, file="given.json")
    finding = Finding(code="x", severity=Severity.ERROR, path="/a", message="m")
    assert reading.text is None
    assert reading.locate("/a") is None
    assert reading.place(finding) == finding.located(file="given.json")


def test_locate_in_an_unreadable_document_does_its_best() -> None:
    reading = read_document(b'{"a": [1, 2], "b": {"c": tru}}')
    assert not reading.readable
    assert reading.locate("/a/1") == (1, 11)
    assert reading.locate("/b/c") == (1, 26)  # where the bad value starts
    assert reading.locate("/b/d") == (1, 20)


def test_many_lookups_use_a_line_table() -> None:
    text = "[\n" + ",\n".join(f"  {i}" for i in range(50)) + "\n]"
    reading = read_document(text)
    assert [reading.locate(f"/{i}") for i in range(50)] == [(i + 2, 3) for i in range(50)]


# -- .jsonl ------------------------------------------------------------------------------


def test_jsonl_lines_are_documents_numbered_as_in_the_file() -> None:
    data = b'{"n": 1}\n\n   \n{"n": 2, "n": 3}\r\n[1,]\n{"n": "\xff"}\n{"n": \t4}\n'
    readings = read_lines(data, file="plans.jsonl")
    assert [r.first_line for r in readings] == [1, 4, 5, 6, 7]
    assert [r.value for r in readings] == [{"n": 1}, {"n": 3}, None, None, {"n": 4}]
    assert [where(r) for r in readings] == [
        [],
        [("json-duplicate-key", "/n", 4, 10)],
        [("json-syntax", "", 5, 4)],
        [("encoding", "", 6, 8)],
        [],
    ]
    assert readings[1].findings[0].message == 'duplicate key "n" (first on line 4, column 2)'
    assert readings[2].findings[0].message == "trailing comma: remove the last ',' before ']'"
    assert readings[4].locate("/n") == (7, 8)
    assert all(f.file == "plans.jsonl" for r in readings for f in r.findings)


def test_jsonl_syntax_messages_speak_of_lines() -> None:
    [reading] = read_lines(b'{"a": 1} {"b": 2}')
    assert only(reading).message == "unexpected '{' after the JSON value: a line holds one value"
    [reading] = read_lines(b'{"a": ')
    assert only(reading).message.startswith("the line ends too early")


def test_jsonl_bom_only_at_the_start() -> None:
    readings = read_lines(b'\xef\xbb\xbf{"n": 1}\n\xef\xbb\xbf{"n": 2}\n')
    assert where(readings[0]) == [("encoding", "", 1, 1)]
    assert readings[0].findings[0].severity is Severity.WARNING
    assert readings[0].value == {"n": 1}
    finding = only(readings[1])
    assert (finding.code, finding.line, finding.column) == ("json-syntax", 2, 1)
    assert finding.message == "a byte order mark (U+FEFF) is only allowed at the start of the file"


def test_jsonl_bom_before_a_blank_first_line_goes_with_the_first_document() -> None:
    [reading] = read_lines(b'\xef\xbb\xbf\n{"n": 1}')
    assert where(reading) == [("encoding", "", 1, 1)]
    assert reading.first_line == 2


def test_jsonl_from_text() -> None:
    readings = read_lines('\ufeff{"n": 1}\r\n\n{"n": "\ud800"}')
    assert [r.value for r in readings] == [{"n": 1}, {"n": "\ud800"}]
    assert where(readings[0]) == [("encoding", "", 1, 1)]
    assert where(readings[1]) == [("encoding", "/n", 3, 7)]


def test_jsonl_in_utf16_is_one_unreadable_reading() -> None:
    [reading] = read_lines('{"n": 1}\n{"n": 2}\n'.encode("utf-16"), file="x.jsonl")
    assert not reading.readable
    assert where(reading) == [("encoding", "", 1, 1)]


def test_empty_jsonl_holds_no_documents() -> None:
    assert read_lines(b"") == []
    assert read_lines(b"\n \n\t\r\n") == []
    assert read_lines("") == []


# -- properties --------------------------------------------------------------------------

utf8_characters = st.characters(codec="utf-8")  # no lone surrogates
finite_decimals = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(int(d) for d in str(digits)), exponent)),
    st.integers(0, 1),
    st.integers(0, 10**30),
    st.integers(-40, 40).filter(lambda e: e != 0),
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | finite_decimals
    | st.text(utf8_characters, max_size=8)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(utf8_characters, max_size=6), children, max_size=4)
    ),
    max_leaves=25,
)
indents = st.sampled_from([None, "", " ", "  ", "    ", "\t"])


@given(json_values, indents, st.booleans())
def test_valid_json_reads_back_exactly_and_locates_every_value(
    value: Any, indent: str | None, ascii_only: bool
) -> None:
    text = dump(value, indent, ascii_only=ascii_only)
    reading = read_document(text.encode())
    assert reading.findings == ()
    assert exact(reading.value) == exact(value)
    decoder = json.JSONDecoder(parse_float=Decimal)
    for parts in pointers(value):
        path = pointer(*parts)
        position = reading.locate(path)
        assert position is not None
        found, _ = decoder.raw_decode(text, offset_of(text, *position))
        expected: Any = value
        for part in parts:
            expected = expected[int(part)] if isinstance(expected, list) else expected[part]
        assert exact(found) == exact(expected), path
        if parts and isinstance(parent := _parent(value, parts), dict):
            key_position = reading.locate(path, key=True)
            assert key_position is not None
            key, _ = decoder.raw_decode(text, offset_of(text, *key_position))
            assert key == parts[-1]
            assert parent is not None


def _parent(value: Any, parts: tuple[str, ...]) -> Any:
    for part in parts[:-1]:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


VALID = b'{"schema_version": "1.0", "year": 2021, "x": [1, 2.5, "\\u5409", {"k": null}]}'


def check_never_raises(data: bytes) -> None:
    for reading in (read_document(data), *read_lines(data)):
        errors = [f for f in reading.findings if f.is_error]
        assert reading.readable or errors
        for finding in reading.findings:
            assert (finding.line or 0) >= 1
            assert (finding.column or 0) >= 1


@given(st.binary(max_size=64))
def test_random_bytes_never_raise(data: bytes) -> None:
    check_never_raises(data)


@given(st.integers(0, len(VALID)))
def test_truncations_never_raise(end: int) -> None:
    check_never_raises(VALID[:end])
    if 0 < end < len(VALID):
        assert read_document(VALID[:end]).findings


@given(
    st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=4)
)
def test_byte_flips_never_raise(flips: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for index, byte in flips:
        data[index] = byte
    check_never_raises(bytes(data))


@given(st.text(alphabet='[]{}",:0e\\ud8\ud800tn\n\t ', max_size=40))
def test_json_like_text_never_raises(text: str) -> None:
    for reading in (read_document(text), *read_lines(text)):
        for finding in reading.findings:
            assert (finding.line or 0) >= 1
            assert (finding.column or 0) >= 1


def depth_of(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth_of, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth_of, value), default=0)
    return 0


def members_of(value: Any) -> int:
    if isinstance(value, dict):
        return len(value) + sum(map(members_of, value.values()))
    if isinstance(value, list):
        return sum(map(members_of, value))
    return 0


tricky_text = st.text(alphabet=st.sampled_from('ab"\\[]{}:,/') | utf8_characters, max_size=6)
tricky_values = st.recursive(
    st.integers() | tricky_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(tricky_text, children, max_size=3)
    ),
    max_leaves=20,
)


@given(tricky_values, st.integers(0, 6), st.booleans())
def test_the_quick_scan_counts_members_and_depth_exactly(
    value: Any, limit: int, ascii_only: bool
) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert prescan(raw, limit) == (members_of(value), depth_of(value) > limit)
    assert prescan(b"[]" * 300 + b"[[[]]]", 100) == (0, False)


@given(tricky_values, st.integers(0, 4))
def test_the_depth_scanner_finds_the_first_too_deep_value(value: Any, limit: int) -> None:
    text = json.dumps(value, indent=1)
    found = find_too_deep(text, limit)
    assert (found is not None) == (depth_of(value) > limit)
    if found is not None:
        offset, parts = found
        expected = value
        for part in parts:
            expected = expected[int(part)] if isinstance(expected, list) else expected[part]
        assert json.JSONDecoder().raw_decode(text, offset)[0] == expected
        assert len(parts) == limit
        assert isinstance(expected, dict | list)
