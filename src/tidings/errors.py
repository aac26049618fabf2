"""Errors tidings raises, in one place.

    TidingsError                 base: the CLI prints its message and exits 1
    ├── InputError               a path, manifest or argument that cannot be used
    │   └── FilterError          an event filter value that cannot be used (names the option)
    ├── GoldFormatError          a gold file that does not parse as tidings-gold/1
    ├── StoreError               the store cannot be opened, migrated or written
    └── WorkerError              the workers of a parallel ingest failed (died again and again, or no cluster)

A bad *article* is not an error: it becomes a ``Rejection`` recorded in the
store, and the batch goes on.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class: a message that tells the user what to do next."""


class InputError(TidingsError):
    """A path, manifest or option that cannot be used as given."""


class FilterError(InputError):
    """A filter value (a date, a type, a country code ...) that cannot be used; ``option`` names it."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.reason = message


class GoldFormatError(TidingsError):
    """A gold file that is not valid tidings-gold/1."""


class StoreError(TidingsError):
    """The store cannot be opened, migrated or written."""


class WorkerError(TidingsError):
    """The workers of a parallel ingest cannot do the work: they keep dying, or the cluster cannot be reached."""
