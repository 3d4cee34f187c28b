"""The bad-input corpus: every file of tests/corpus and every mutation of the examples.

Each corpus file holds one bad input (see docs/validation.rst and docs/rules.rst),
written as a small edit of ``valid-minimal.json``; the table lists every finding it
must give, exactly: code, JSON Pointer, line and column. Each mutation of ``tests/mutations.py``
breaks one rule once on a copy of an example and must give exactly that finding,
at the line where the edited value is written.
"""

import io
from pathlib import Path

import pytest

from commitments import InvalidDocument, loads, validate
from commitments.cli.shell import main
from commitments.convert._json_text import write_json
from commitments.reading.document import MAX_DEPTH
from commitments.reading.pointers import split_pointer
from mutations import MUTATIONS, NEAR_MISSES, Mutation

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_C0 = "/commitments/0"
_DEEP = "/x-deep" + "/0" * (MAX_DEPTH - 1)

# fmt: off
#: file -> every finding it gives: (code, pointer, line, column).
EXPECTED: dict[str, list[tuple[str, str, int, int]]] = {
    "valid-minimal.json": [],
    # Reading layer
    "syntax-missing-comma.json": [("json-syntax", "", 5, 3)],
    "syntax-trailing-comma.json": [("json-syntax", _C0, 15, 5)],
    "syntax-comment.json": [("json-syntax", "", 4, 3)],
    "syntax-single-quotes.json": [("json-syntax", _C0, 11, 7)],
    "text-after-value.json": [("json-syntax", "", 18, 1)],
    "truncated.json": [("json-syntax", _C0, 13, 7)],
    "empty.json": [("json-syntax", "", 1, 1)],
    "whitespace-only.json": [("json-syntax", "", 4, 1)],
    "duplicate-key.json": [("json-duplicate-key", "/year", 5, 3)],
    "nan.json": [("json-nonfinite", f"{_C0}/target/value", 13, 27)],
    "infinity.json": [("json-nonfinite", f"{_C0}/target/value", 13, 27)],
    "negative-infinity.json": [("json-nonfinite", f"{_C0}/target/value", 13, 27)],
    "overflow-exponent.json": [("json-nonfinite", f"{_C0}/target/value", 13, 27)],
    "long-integer.json": [("json-nonfinite", f"{_C0}/target/value", 13, 27)],
    "deep-nesting.json": [("json-depth", _DEEP, 4, 12 + MAX_DEPTH)],
    "invalid-utf8.json": [("encoding", "", 9, 17)],
    "utf8-bom.json": [("encoding", "", 1, 1)],  # a warning: the document is read
    "utf16-le-bom.json": [("encoding", "", 1, 1)],
    "utf16-be.json": [("encoding", "", 1, 1)],
    "lone-surrogate.json": [("encoding", f"{_C0}/title", 9, 16)],
    "version-2.json": [("unsupported-version", "/schema_version", 2, 21)],
    # Schema layer: one file per keyword the schema uses
    "version-no-minor.json": [("schema.pattern", "/schema_version", 2, 21)],
    "not-an-object.json": [("schema.type", "", 1, 1)],
    "schema-required.json": [("schema.required", _C0, 7, 5)],
    "schema-required-if-then.json": [("schema.required", f"{_C0}/metric", 12, 17)],
    "schema-additional-properties.json": [
        ("schema.additionalProperties", f"{_C0}/colour", 15, 7)],
    "schema-type.json": [("schema.type", "/year", 4, 11)],
    "schema-type-integer.json": [("schema.type", "/year", 4, 11)],
    "schema-enum.json": [("schema.enum", f"{_C0}/status", 14, 17)],
    "schema-pattern.json": [("schema.pattern", f"{_C0}/id", 8, 13)],
    "schema-max-length.json": [("schema.maxLength", f"{_C0}/id", 8, 13)],
    "schema-max-length-name.json": [("schema.maxLength", "/jurisdiction/name", 3, 28)],
    "schema-min-length.json": [("schema.minLength", f"{_C0}/title", 9, 16)],
    "schema-format-date.json": [("schema.format", "/published", 5, 16)],
    "schema-pattern-date.json": [("schema.pattern", "/published", 5, 16)],
    "schema-minimum.json": [("schema.minimum", "/year", 4, 11)],
    "schema-maximum.json": [("schema.maximum", "/year", 4, 11)],
    "schema-min-properties.json": [("schema.minProperties", f"{_C0}/title", 9, 16)],
    "schema-property-names.json": [
        ("schema.propertyNames", f"{_C0}/title/Chinese!", 9, 17)],
    "schema-min-items.json": [("schema.minItems", f"{_C0}/metric/stages", 12, 49)],
    "schema-unique-items.json": [("schema.uniqueItems", f"{_C0}/metric/stages", 12, 49)],
    "schema-not.json": [("schema.not", f"{_C0}/metric/unit", 12, 47)],
    "schema-any-of.json": [("schema.anyOf", "/sources/0", 6, 15)],
    # Rules layer: numbers the arithmetic could not compute with quickly
    "number-too-small.json": [("number-out-of-range", f"{_C0}/target/value", 13, 27)],
    "number-exponent-huge.json": [("number-out-of-range", f"{_C0}/target/value", 13, 27)],
    "number-too-long.json": [("number-out-of-range", f"{_C0}/target/value", 13, 27)],
    # A .jsonl file: lines are the file's
    "bad-line.jsonl": [("schema.type", "/year", 2, 88), ("json-syntax", _C0, 3, 244)],
}
# fmt: on
WARNING_ONLY = {"utf8-bom.json"}


def _seen(path: Path) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.code, f.path, f.line, f.column) for f in validate(path).findings]


def test_every_corpus_file_is_in_the_table() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in CORPUS.iterdir())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_gives_exactly_its_findings(name: str) -> None:
    assert _seen(CORPUS / name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_findings_name_the_file_and_decide_validity(name: str) -> None:
    report = validate(CORPUS / name)
    assert {f.file for f in report.findings} <= {str(CORPUS / name)}
    assert report.ok is (not EXPECTED[name] or name in WARNING_ONLY)


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".json")))
def test_corpus_loads_raises_with_the_same_findings(name: str) -> None:
    data = (CORPUS / name).read_bytes()
    if not EXPECTED[name] or name in WARNING_ONLY:
        assert loads(data).year == 2021
        return
    with pytest.raises(InvalidDocument) as raised:
        loads(data, file=name)
    expected = [(code, path, line) for code, path, line, _ in EXPECTED[name]]
    assert [(f.code, f.path, f.line) for f in raised.value.findings] == expected
    assert {f.file for f in raised.value.findings} == {name}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_through_the_cli(name: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", str(CORPUS / name)], stdout=out, stderr=err)
    assert code == (0 if not EXPECTED[name] or name in WARNING_ONLY else 1)
    assert err.getvalue() == ""
    lines = out.getvalue().splitlines()
    assert len(lines) == len(EXPECTED[name]) + 1
    for line, (finding_code, _, row, column) in zip(lines, EXPECTED[name], strict=False):
        assert line.startswith(f"{CORPUS / name}:{row}:{column}: ")
        assert f" {finding_code}: " in line
    strict = main(["validate", "--strict", str(CORPUS / name)], stdout=out, stderr=err)
    assert strict == (0 if not EXPECTED[name] else 1)


def _line_of(mutation: Mutation, path: str) -> int:
    """The line the value at ``path`` is written on, found with a sentinel value."""
    document = mutation.document()
    node = document
    *parents, last = split_pointer(path)
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: str | int = int(last) if isinstance(node, list) else last
    node[key] = "\u2603sentinel\u2603"
    text = write_json(document)
    return text[: text.index("\u2603sentinel\u2603")].count("\n") + 1


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_mutation_gives_exactly_one_finding_at_its_line(mutation: Mutation) -> None:
    assert mutation.path is not None
    report = validate(mutation.text().encode())
    located = [(f.code, f.path, f.line) for f in report.findings]
    assert located == [(mutation.code, mutation.path, _line_of(mutation, mutation.path))]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_mutation_of_a_parsed_value_gives_the_same_finding(mutation: Mutation) -> None:
    report = validate(mutation.document())
    assert [(f.code, f.path, f.line) for f in report.findings] == [
        (mutation.code, mutation.path, None)
    ]


@pytest.mark.parametrize("mutation", NEAR_MISSES, ids=lambda m: m.name)
def test_near_miss_gives_no_finding(mutation: Mutation) -> None:
    assert validate(mutation.text()).findings == ()


FORMAT_RULES = {
    "duplicate-id", "unknown-category", "unknown-owner", "unknown-unit", "missing-baseline",
    "missing-target-value", "missing-observation-value", "unexpected-value", "unknown-stage",
    "direction-mismatch", "progress-order", "progress-before-baseline", "due-before-baseline",
    "due-outside-year", "status-contradicts-progress",
}  # fmt: skip


def test_the_mutations_break_every_rule_of_the_format() -> None:
    assert {m.code for m in MUTATIONS} >= FORMAT_RULES


def test_a_huge_name_gives_one_clear_finding() -> None:
    """A 5 MB jurisdiction name (0.1.0 took any length): one finding, its message short."""
    text = (CORPUS / "valid-minimal.json").read_text("utf-8")
    huge = text.replace('"name": "Jilin"', '"name": {"zh": "' + "吉" * 5_000_000 + '"}')
    findings = validate(huge.encode()).findings
    assert [(f.code, f.path) for f in findings] == [("schema.maxLength", "/jurisdiction/name/zh")]
    assert len(findings[0].message) < 200
