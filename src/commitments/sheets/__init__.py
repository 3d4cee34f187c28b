"""Plans in spreadsheets: export a plan as an ``.xlsx`` workbook or CSV files, and import one.

:func:`export_workbook` and :func:`export_csv` write a plan so that a person can
edit it; :func:`read_workbook` reads it back — or a single sheet of commitments,
the form data teams have — with every finding at its sheet, row and column;
:func:`write_template` writes an empty workbook to fill in. Reading ``.xlsx``
files needs openpyxl (``pip install 'commitments[sheets]'``).
"""

from commitments.model.extras import MissingExtra
from commitments.sheets.findings import SheetFinding
from commitments.sheets.reading import MAX_ROWS, read_workbook
from commitments.sheets.writing import export_csv, export_workbook, write_template

__all__ = [
    "MAX_ROWS",
    "MissingExtra",
    "SheetFinding",
    "export_csv",
    "export_workbook",
    "read_workbook",
    "write_template",
]
