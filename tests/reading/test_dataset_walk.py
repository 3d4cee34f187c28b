"""Dataset walking reports every entry it cannot read; inputs past a limit are findings.

The tests run as root on the build machine, where ``chmod 000`` does not stop a
read: an unreadable folder is simulated by making :func:`os.scandir` refuse it
(with the ``PermissionError`` the system gives), the rest with real links and pipes.
"""

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import commitments
from commitments import iter_plans, validate, validate_files
from commitments.cli.shell import main
from commitments.reading.datasets import Unreadable, dataset_entries, dataset_files
from commitments.reading.limits import Limits
from conftest import ROOT

PLAN = (ROOT / "examples" / "jilin-2021.json").read_bytes()
LINE = commitments.dumps(commitments.loads(PLAN), indent=None).encode()


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Folders that :func:`os.scandir` refuses, as it does without read permission."""
    refused: set[str] = set()
    scandir = os.scandir

    def refusing(path: Any) -> Any:
        if os.fspath(path) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    return refused


def test_a_folder_with_an_unreadable_subfolder_is_not_one_file_zero_errors(
    tmp_path: Path, locked: set[str]
) -> None:
    (tmp_path / "a.json").write_bytes(PLAN)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.json").write_bytes(PLAN)
    locked.add(str(tmp_path / "locked"))
    reports = validate_files([tmp_path])
    assert [(Path(r.path).name, r.error) for r in reports] == [
        ("a.json", None),
        ("locked", "permission denied"),
    ]
    code, _out, err = _cli("validate", str(tmp_path))
    assert code == 2
    assert f"{tmp_path / 'locked'}: permission denied" in err
    with pytest.raises(PermissionError):
        dataset_files(tmp_path)
    with pytest.raises(PermissionError):
        list(iter_plans(tmp_path))
    with pytest.raises(PermissionError):
        validate(tmp_path)


def test_a_locked_folder_says_permission_denied_not_no_files(
    tmp_path: Path, locked: set[str]
) -> None:
    locked.add(str(tmp_path))
    [report] = validate_files([tmp_path])
    assert report.error == "permission denied"
    code, _out, err = _cli("validate", str(tmp_path))
    assert code == 2
    assert "no .json" not in err


def test_a_symlink_cycle_is_a_cycle_not_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    for path in (tmp_path / "loop.json", tmp_path):
        [report] = validate_files([path])
        assert report.error is not None
        assert "symbolic link cycle" in report.error
        assert _cli("validate", str(path))[0] == 2


def test_a_link_back_to_a_folder_above_is_reported_once_and_not_followed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.json").write_bytes(PLAN)
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    entries = list(dataset_entries(tmp_path))
    assert entries[0] == tmp_path / "sub" / "a.json"
    assert isinstance(entries[1], Unreadable)
    assert entries[1].path == tmp_path / "sub" / "up"
    assert "cycle" in str(entries[1].error.strerror)
    assert len(entries) == 2


def test_a_link_to_another_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.json").write_bytes(PLAN)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "linked").symlink_to(tmp_path / "real")
    assert dataset_files(tmp_path / "data") == [tmp_path / "data" / "linked" / "a.json"]


def test_a_named_pipe_in_a_folder_is_reported_never_opened(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(PLAN)
    os.mkfifo(tmp_path / "pipe.json")  # opening it would wait for a writer for ever
    reports = validate_files([tmp_path])
    assert [(Path(r.path).name, r.error) for r in reports] == [
        ("a.json", None),
        ("pipe.json", "not a regular file: a named pipe (FIFO)"),
    ]
    assert _cli("validate", str(tmp_path))[0] == 2


def test_a_jsonl_line_past_the_limit_is_a_finding_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    path.write_bytes(LINE + b"\n" + b" " * 50 + LINE + b"\r\n" + LINE + b"\n")
    limits = Limits(line=len(LINE) + 10)
    report = validate(path, limits=limits)
    assert [(f.code, f.line, f.column) for f in report.findings] == [("too-large", 2, 1)]
    assert "line 2 is larger than the limit" in report.findings[0].message
    assert validate(path).findings == ()  # within the default limit
    plans = iter_plans(path, limits=limits)
    assert next(plans) == commitments.loads(PLAN)
    with pytest.raises(commitments.InvalidDocument) as caught:
        next(plans)
    assert caught.value.findings[0].code == "too-large"


def test_a_line_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + LINE + b"\r\n" + LINE)
    report = validate(path, limits=Limits(line=len(LINE)))
    assert [f.code for f in report.findings] == ["encoding"]  # the byte order mark only
    assert validate(path, limits=Limits(line=len(LINE) - 1)).findings[-1].code == "too-large"


def test_a_document_past_the_limit_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(PLAN)
    [report] = validate_files([path], limits=Limits(document=len(PLAN) - 1))
    assert [(f.code, f.line) for f in report.report.findings] == [("too-large", 1)]
    assert validate_files([path], limits=Limits(document=len(PLAN)))[0].report.findings == ()


def test_endless_standard_input_is_read_only_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Endless(io.RawIOBase):
        """Zero bytes for ever, as /dev/zero gives; counts what was read."""

        given = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            size = len(buffer)
            buffer[:size] = bytes(size)
            Endless.given += size
            return size

    monkeypatch.setattr("commitments.reading.limits.DEFAULT_LIMITS", Limits(document=1 << 20))
    stdin = io.TextIOWrapper(io.BufferedReader(Endless()))
    monkeypatch.setattr("sys.stdin", stdin)
    code, out, _err = _cli("validate", "-")
    assert code == 1
    assert "error too-large: the document is larger than the limit of 1 MiB" in out
    assert Endless.given < 3 << 20


def test_iter_plans_yields_each_plan_before_reading_the_next_line(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    path.write_bytes(LINE + b"\n" + b"not json\n")
    plans: Iterator[commitments.Plan] = iter_plans(path)
    assert next(plans) == commitments.loads(PLAN)
    with pytest.raises(commitments.InvalidDocument):
        next(plans)


def test_findings_past_max_findings_are_counted_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    path.write_bytes(b"[]\n" * 5 + b"{}\n")  # five schema.type errors, then three required
    [full] = validate_files([path])
    reports = list(commitments.validation.pipeline.iter_file_reports([path], keep=2))
    assert [r.report.findings for r in reports] == [full.report.findings[:2]]
    assert reports[0].errors_left_out == len(full.report.findings) - 2
    assert not reports[0].ok
    code, out, _err = _cli("validate", "--max-findings", "2", str(path))
    assert code == 1
    left = len(full.report.findings) - 2
    assert f"{left} more findings not shown" in out
    assert f"1 file, {len(full.report.findings)} errors" in out
