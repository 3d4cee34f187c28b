"""The corpus of announcement texts with hand-made plans, shared by the extraction tests."""

from pathlib import Path

from commitments.extract import Draft, extract_file

CORPUS = Path(__file__).parent / "extract" / "corpus"
#: Each text's name (``corpus/<name>.txt`` and ``.json``), jurisdiction code and year.
TEXTS = [
    ("shanghai-2023", "CN-SH", 2023),
    ("shanghai-2023-en", "CN-SH", 2023),
    ("gangu-2022", "CN-620523", 2022),
    ("example-county-2024", "XX-EX", 2024),
    ("example-province-2025", "XX-EP", 2025),
]


def draft_of(name: str, code: str, year: int) -> Draft:
    """The draft of one corpus text."""
    return extract_file(CORPUS / f"{name}.txt", jurisdiction=code, year=year)
