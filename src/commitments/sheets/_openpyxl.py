"""openpyxl, imported on first use: the optional extra ``commitments[sheets]``."""

from types import ModuleType

from commitments.model.findings import CommitmentsError

__all__ = ["MissingExtra", "openpyxl_module"]


class MissingExtra(CommitmentsError, ImportError):
    """An optional dependency is not installed; the message names the extra that brings it."""


def openpyxl_module() -> ModuleType:
    """Import openpyxl, or say how to install it.

    Raises:
        MissingExtra: openpyxl is not installed.
    """
    try:
        import openpyxl
    except ImportError:
        raise MissingExtra(
            "reading .xlsx workbooks needs openpyxl, which is not installed: "
            "pip install 'commitments[sheets]'"
        ) from None
    return openpyxl
