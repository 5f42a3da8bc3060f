"""The career catalogue: content sources, validation, the database build and read-only queries.

This package never imports Qt: the window and the command line both stand on it.
"""

from .catalog import Catalog
from .errors import CatalogError, Problem

__all__ = ["Catalog", "CatalogError", "Problem"]
