"""``--jobs N``: the same output as ``--jobs 1``, in the same order, from many processes."""

import io
import json
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.cli import _jobs
from commitments.cli._jobs import Piece, default_jobs, pieces_of
from commitments.cli.shell import main
from commitments.cli.validate import _joined, _validate_piece
from commitments.validation.pipeline import iter_file_reports, validate_files

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT / "tests" / "corpus"
CITY = json.loads((EXAMPLES / "example-city-2022.json").read_text(encoding="utf-8"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def line(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode() + b"\n"


def jsonl_lines() -> list[bytes]:
    """Valid plans, plans with findings, blank lines, CRLF, bad bytes, bad JSON, ``{`` alone."""
    unknown = {**CITY, "colour": 1}
    late = {**CITY, "year": 2021}  # findings of the rules (dates outside the year)
    return [
        line(CITY),
        b"\n",
        line(unknown),
        b"   \t\n",
        line(late).replace(b"\n", b"\r\n"),
        b'{"schema_version": "1.0", \xff}\n',
        b"{not json\n",
        b"\x00\x00\n",
        line(CITY),
        b"\xef\xbb\xbf" + line(CITY),  # a byte order mark in the middle of the file
        line(unknown),
        b"{\n",  # a line of a pretty-printed document: the file's first, or any other
        b'  "year": 2021\n',
    ]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A folder of every kind of file, good and bad, one big .jsonl file among them."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ["utf8-bom.json", "utf16-le-bom.json", "invalid-utf8.json", "bad-line.jsonl"]:
        (folder / name).write_bytes((CORPUS / name).read_bytes())
    (folder / "b-plans.jsonl").write_bytes(b"\xef\xbb\xbf" + b"".join(jsonl_lines() * 3))
    (folder / "c-plans.jsonl").write_bytes(b"".join(jsonl_lines()) + b'{"no": "end"}')
    (folder / "d-valid.jsonl").write_bytes(line(CITY) * 5)
    (folder / "e-city.json").write_bytes((EXAMPLES / "example-city-2022.json").read_bytes())
    (folder / "f-broken.json").symlink_to(folder / "nowhere.json")
    (tmp_path / "empty").mkdir()
    return folder


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut .jsonl files into pieces of a few lines, so that a file spans many workers."""
    monkeypatch.setattr(_jobs, "PIECE_BYTES", 3000)


@pytest.mark.parametrize(
    "options",
    [[], ["--format", "json"], ["--format", "github"], ["--strict", "--max-findings", "2"]],
)
def test_validate_prints_the_same_in_the_same_order(dataset: Path, options: list[str]) -> None:
    paths = [str(dataset), str(dataset.parent / "missing.json"), str(dataset.parent / "empty")]
    paths += [str(dataset / "c-plans.jsonl"), str(EXAMPLES)]
    one = run("validate", "--jobs", "1", *options, *paths)
    assert len(pieces_of(dataset / "b-plans.jsonl")) > 3
    assert one[0] == 2  # unreadable paths
    assert "c-plans.jsonl" in one[1]
    assert run("validate", "--jobs", "2", *options, *paths) == one
    if not options:
        assert run("validate", "--jobs", "3", *options, *paths) == one


def test_validate_of_valid_files_in_many_processes(dataset: Path) -> None:
    paths = [str(dataset / "d-valid.jsonl"), str(EXAMPLES)]
    assert run("validate", "--jobs", "2", *paths) == (0, "8 files, 0 errors, 0 warnings\n", "")


def test_progress_prints_the_same_in_the_same_order(dataset: Path) -> None:
    plans = dataset.parent / "plans"
    plans.mkdir()
    (plans / "many.jsonl").write_bytes(line(CITY) * 12)
    paths = [str(plans), str(EXAMPLES / "jilin-2021.json"), str(EXAMPLES)]
    for options in (["--by", "owner"], ["--format", "json"], ["--format", "csv", "--by", "year"]):
        one = run("progress", "--as-of", "2021-09-30", "--jobs", "1", *options, *paths)
        assert one[0] == 0
        assert run("progress", "--as-of", "2021-09-30", "--jobs", "2", *options, *paths) == one


def test_progress_reports_the_same_findings_and_unreadable_paths(dataset: Path) -> None:
    for paths in (
        [str(dataset / "b-plans.jsonl"), str(dataset / "c-plans.jsonl")],
        [str(dataset / "d-valid.jsonl"), str(dataset / "b-plans.jsonl"), str(dataset)],
        [str(dataset / "b-plans.jsonl"), str(dataset.parent / "missing.json")],
    ):
        one = run("progress", "--jobs", "1", *paths)
        assert one[0] in (1, 2)
        assert one[2]
        assert run("progress", "--jobs", "2", *paths) == one


def test_jobs_must_be_a_positive_whole_number() -> None:
    for bad in ("0", "-1", "two"):
        code, out, err = run("validate", "--jobs", bad, str(EXAMPLES))
        assert (code, out) == (2, "")
        assert "expected a whole number, 1 or more" in err


def test_the_default_is_every_core_this_process_may_use() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)


def test_pieces_and_their_reports_pickle(dataset: Path) -> None:
    pieces = pieces_of(dataset / "b-plans.jsonl")
    assert pickle.loads(pickle.dumps(pieces)) == pieces
    report = _joined([_validate_piece(piece) for piece in pieces])
    assert pickle.loads(pickle.dumps(report)) == report


def test_a_file_that_may_be_utf16_is_never_cut(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes("\n".join(['{"a": 1}'] * 2000).encode("utf-16-le"))
    assert pieces_of(path) == [Piece(str(path))]


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.sampled_from(jsonl_lines()), max_size=12),
    st.booleans(),
    st.booleans(),
    st.integers(1, 6000),
    st.none() | st.integers(0, 4),
)
def test_pieces_validated_apart_report_what_the_whole_file_reports(
    tmp_path: Path, lines: list[bytes], bom: bool, last_line_ends: bool, size: int, keep: int | None
) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + b"".join(lines)
    if not last_line_ends:
        data = data.removesuffix(b"\n")
    path = tmp_path / "plans.jsonl"
    path.write_bytes(data)
    pieces = pieces_of(path, piece_bytes=size)
    assert b"".join(_read(piece) for piece in pieces) == data
    assert [p.first_line for p in pieces] == [data.count(b"\n", 0, p.start) + 1 for p in pieces]
    (whole,) = iter_file_reports([path], keep=keep)
    assert _joined([_validate_piece(piece, keep) for piece in pieces], keep) == whole


def _read(piece: Piece) -> bytes:
    with open(piece.file, "rb") as source:
        source.seek(piece.start)
        return source.read() if piece.stop is None else source.read(piece.stop - piece.start)


def test_a_byte_order_mark_before_blank_lines_stays_with_the_first_document(
    tmp_path: Path,
) -> None:
    # Found by the property above: a piece after a blank first line lost the mark's warning.
    line = json.dumps(json.loads((EXAMPLES / "example-city-2022.json").read_text("utf-8")))
    path = tmp_path / "plans.jsonl"
    path.write_bytes(b"\xef\xbb\xbf\n" + line.encode("utf-8"))
    pieces = pieces_of(path, piece_bytes=1)
    assert len(pieces) == 2
    (whole,) = validate_files([path])
    assert len(whole.report.findings) == 1  # the byte order mark's warning
    assert _joined([_validate_piece(piece) for piece in pieces]) == whole


def test_a_pretty_printed_document_is_never_cut(tmp_path: Path) -> None:
    text = json.dumps(CITY, ensure_ascii=False, indent=2)
    path = tmp_path / "pretty.jsonl"
    path.write_text(" \n" + text + "\n", encoding="utf-8")  # a blank line first
    assert pieces_of(path, piece_bytes=100) == [Piece(str(path))]
    (whole,) = validate_files([path])
    assert [f.code for f in whole.report.findings] == ["json-syntax"]  # one finding in all


def test_a_piece_that_starts_with_a_brace_alone_is_not_taken_for_a_pretty_printed_file(
    tmp_path: Path,
) -> None:
    # Found when the two .jsonl readers became one: a later piece gave the file's hint.
    path = tmp_path / "plans.jsonl"
    path.write_bytes(line(CITY) + b"{\n" + b'  "year": 2021\n' + line(CITY))
    pieces = pieces_of(path, piece_bytes=len(line(CITY)))
    assert len(pieces) > 1
    assert pieces[1].start == len(line(CITY))  # the second piece opens with "{"
    (whole,) = validate_files([path])
    assert [f.line for f in whole.report.findings] == [2, 3]
    assert _joined([_validate_piece(piece) for piece in pieces]) == whole


def test_a_piece_reads_nothing_before_it_but_the_first_block_that_is_not_blank() -> None:
    # Reading all that lies before a piece made --jobs hold most of a large file at once.
    data = b"\xef\xbb\xbf" + b"\n" * 100 + line(CITY) * 2000
    source = _CountingReads(data)
    assert _jobs._blank_before(source, len(data) - 10) == (False, True)
    assert source.read_bytes <= 3 + (1 << 16)
    blank = _CountingReads(b"\xef\xbb\xbf" + b" \r\n" * 50 + line(CITY))
    assert _jobs._blank_before(blank, 3 + 150) == (True, True)


class _CountingReads(io.BytesIO):
    """A file that counts the bytes read from it."""

    read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data
