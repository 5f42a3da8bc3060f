"""Facts about the database file shared by the builder and the reader."""

from __future__ import annotations

# "SHSY" as a 32-bit integer, stored in the SQLite header so a foreign file is recognised.
APPLICATION_ID = 0x53485359
# Bump whenever a table or column the reader uses changes.
SCHEMA_VERSION = 4

FTS_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
# The FTS table's rowid is careers.id; column weights for bm25, in column order.
FTS_COLUMNS = (
    "title",
    "title_hi",
    "aliases",
    "tagline",
    "what_they_do",
    "skills",
    "category",
    "qualifications",
)
FTS_WEIGHTS = (10.0, 10.0, 8.0, 3.0, 1.0, 2.0, 2.0, 1.0)
# The exams' index (contentless: only rowids are read): short name, slug words, full name, the
# titles and aliases of the careers that list the exam, and its description.
EXAM_FTS_COLUMNS = ("short_name", "names", "full_name", "careers", "about")
EXAM_FTS_WEIGHTS = (10.0, 8.0, 6.0, 1.0, 1.0)
