"""The one error extraction raises: an input it cannot read as text."""

from commitments.model.findings import CommitmentsError

__all__ = ["ExtractError"]


class ExtractError(CommitmentsError, ValueError):
    """An announcement that cannot be read as text, or arguments that cannot make a plan.

    Extraction never fails on what a text *says*: every figure it cannot turn into a
    commitment goes to the review list. It fails only when there is no text to read
    (binary data, an encoding that is neither UTF-8 nor GB18030) or when the plan's
    own arguments are unusable (a year outside 1–9999, an empty jurisdiction code).
    """
