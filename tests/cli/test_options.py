"""Options the commands share: ``--format`` from each command's name table, ``--lang`` checked."""

import argparse
import io
from collections.abc import Mapping

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from commitments.cli import diff, history, progress
from commitments.cli._options import language_tag
from commitments.cli._validate_formats import REPORTER_BY_NAME
from commitments.cli.shell import main
from commitments.schema import build_schema
from commitments.validation._schema_reference import ecma_regex
from conftest import EXAMPLES

OLD = str(EXAMPLES / "jilin-2020-illustrative.json")
NEW = str(EXAMPLES / "jilin-2021.json")
TABLES: dict[str, Mapping[str, object]] = {
    "validate": REPORTER_BY_NAME,
    "progress": progress.WRITER_BY_NAME,
    "diff": diff.WRITER_BY_NAME,
    "history": history.WRITER_BY_NAME,
}
PATHS = {"validate": [NEW], "progress": [NEW], "diff": [OLD, NEW], "history": [OLD, NEW]}
LANGUAGE_TAG = build_schema()["$defs"]["LanguageTag"]["pattern"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", TABLES)
def test_the_format_choices_are_the_names_of_the_table(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "--format {" + ",".join(TABLES[command]) + "}" in out.replace("\n", " ")
    default = run(command, *PATHS[command])
    assert default == run(command, "--format", next(iter(TABLES[command])), *PATHS[command])


@pytest.mark.parametrize(
    ("command", "format_"), [(c, f) for c, table in TABLES.items() for f in table]
)
def test_every_format_of_every_table_writes(command: str, format_: str) -> None:
    code, out, err = run(command, "--format", format_, *PATHS[command])
    assert (code, err) == (0, "")
    assert out.endswith("\n")
    assert out.strip()


@pytest.mark.parametrize("command", ["progress", "diff", "history"])
@pytest.mark.parametrize("tag", ["en_US", "", "e", "zh-", "en\n", "中文"])
def test_a_bad_language_is_a_usage_error(command: str, tag: str) -> None:
    code, out, err = run(command, "--lang", "en", "--lang", tag, *PATHS[command])
    assert (code, out) == (2, "")
    assert err.startswith("usage: ")
    assert "error: argument --lang: not a BCP 47 language tag (such as zh, en or zh-Hant): " in err
    assert repr(tag) in err


@pytest.mark.parametrize("tag", ["zh", "EN", "en-GB", "zh-Hant-TW", "x-private", "zh-yue-HK"])
def test_language_tags_are_accepted(tag: str) -> None:
    assert language_tag(tag) == tag
    assert run("diff", "--lang", tag, OLD, NEW)[0] == 0


@given(st.one_of(st.from_regex(LANGUAGE_TAG), st.text(alphabet="aAzZ09-x_\n ", max_size=12)))
@example("en\n")
@example("x-" + "a" * 9)
def test_the_option_takes_exactly_the_tags_the_plan_schema_takes(text: str) -> None:
    schema_takes = ecma_regex(LANGUAGE_TAG).search(text) is not None
    try:
        language_tag(text)
    except argparse.ArgumentTypeError:
        option_takes = False
    else:
        option_takes = True
    assert option_takes == schema_takes
