"""How much of one text an extraction reads: a bound on the time any input takes.

The rules cost some tens of microseconds a paragraph and a few more a figure. An
announcement has a few hundred paragraphs and figures; a megabyte of the densest
list there is, about 10,000 paragraphs and 18,000 figures. A hostile megabyte (a
word a line, numbers with a letter each) can have half a million, which would
take a minute. :class:`Budget` stops the reading after :data:`MAX_PARAGRAPHS`
paragraphs or :data:`MAX_FOUND` findings (commitments and figures held), and the
rest of the text becomes one review item (``unread``): no input takes more than
a few seconds, and none is cut short silently.

>>> budget = Budget()
>>> budget.spend(paragraphs=1, found=3)
>>> try:
...     budget.spend(paragraphs=0, found=MAX_FOUND)
... except Spent as spent:
...     print(spent)
50,000 paragraphs, or 50,000 commitments and figures
"""

__all__ = ["MAX_FOUND", "MAX_PARAGRAPHS", "Budget", "Spent"]

#: The most paragraphs (lines with words, each said again included) one extraction reads.
MAX_PARAGRAPHS = 50_000
#: The most commitments and figures held for review one extraction finds.
MAX_FOUND = 50_000


class Spent(Exception):
    """The budget is spent: the text from the paragraph being read on is not read.

    Its message says the limits.
    """


class Budget:
    """What one extraction has read so far, against :data:`MAX_PARAGRAPHS` and :data:`MAX_FOUND`."""

    __slots__ = ("found", "paragraphs")

    def __init__(self) -> None:
        self.paragraphs = self.found = 0

    def spend(self, *, paragraphs: int, found: int) -> None:
        """Count paragraphs read and findings made.

        Raises:
            Spent: Either is now over its limit.

        """
        self.paragraphs += paragraphs
        self.found += found
        if self.paragraphs > MAX_PARAGRAPHS or self.found > MAX_FOUND:
            raise Spent(f"{MAX_PARAGRAPHS:,} paragraphs, or {MAX_FOUND:,} commitments and figures")
