import io
import json
from pathlib import Path

from commitments import validate
from commitments.cli.shell import main

CORPUS = Path(__file__).resolve().parent.parent / "extract" / "corpus"
TEXT = str(CORPUS / "example-county-2024.txt")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_writes_the_draft_to_stdout_and_the_review_to_stderr() -> None:
    code, out, err = run("extract", TEXT, "--jurisdiction", "XX-EX", "--year", "2024")
    assert code == 0
    assert validate(out).ok
    document = json.loads(out)
    assert document["jurisdiction"] == {"name": "XX-EX", "code": "XX-EX"}
    assert document["sources"] == [{"title": "example-county-2024.txt"}]
    assert validate(out).warnings  # two levels without a baseline (missing-baseline)
    lines = err.splitlines()
    assert lines[2].startswith(f"{TEXT}:19:1: past: 3100人 reports the past")
    assert lines[-1].endswith(
        "27 commitments drafted (20 quantity, 5 level, 2 without a baseline, 2 milestone); "
        "4 figures to review"
    )


def test_extract_writes_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "draft.json"
    code, out, _ = run(
        "extract", TEXT, "--jurisdiction", "XX-EX", "--year", "2024", "-o", str(target),
        "--source-url", "https://example.org/2024", "--jurisdiction-name", "示例县",
    )  # fmt: skip
    assert (code, out) == (0, "")
    assert validate(target).ok
    assert json.loads(target.read_text(encoding="utf-8"))["jurisdiction"]["name"] == "示例县"


def test_unreadable_input_is_a_usage_error(tmp_path: Path) -> None:
    binary = tmp_path / "page.bin"
    binary.write_bytes(b"\x00\x01\x02")
    for path, message in ((str(tmp_path / "missing.txt"), "cannot read"), (str(binary), "binary")):
        code, out, err = run("extract", path, "--jurisdiction", "X", "--year", "2021")
        assert (code, out) == (2, "")
        assert message in err
        assert "Traceback" not in err
    code, _, err = run("extract", TEXT, "--jurisdiction", "X", "--year", "0")
    assert code == 2
    assert "year" in err
    code, _, err = run("extract", TEXT, "--year", "2021")
    assert code == 2


def test_the_review_escapes_controls_and_bidi(tmp_path: Path) -> None:
    text = tmp_path / "hostile.txt"
    text.write_text("去年新增城镇就业3100人\u202e\x1b[2J。\n", encoding="utf-8")
    code, _, err = run("extract", str(text), "--jurisdiction", "XX-EX", "--year", "2024")
    assert code == 0
    assert "3100人\\u202e\\u001b[2J。" in err
    assert "\x1b" not in err
    assert "\u202e" not in err
