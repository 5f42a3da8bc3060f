"""Facts about the database file shared by the builder and the reader."""

from __future__ import annotations

# "SHSY" as a 32-bit integer, stored in the SQLite header so a foreign file is recognised.
APPLICATION_ID = 0x53485359
# Bump whenever a table or column the reader uses changes.
SCHEMA_VERSION = 9

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
    "hindi",
)
# "hindi": a career's Hindi tagline, description and typical day, so Hindi words find it.
FTS_WEIGHTS = (10.0, 10.0, 8.0, 3.0, 1.0, 2.0, 2.0, 1.0, 1.5)
# The exams' index (contentless: only rowids are read): short name, slug words, full name, the
# titles and aliases of the careers that list the exam, and its description.
EXAM_FTS_COLUMNS = ("short_name", "names", "full_name", "careers", "about")
EXAM_FTS_WEIGHTS = (10.0, 8.0, 6.0, 1.0, 1.0)

# Every table and column the reader uses. The open check finds each one, and finds none of them
# NULL or of the wrong type, so a damaged file is refused at start rather than met on a page.
READ_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "categories": ("slug", "position", "name", "name_hi", "description"),
    "exams": (
        "slug",
        "short_name",
        "full_name",
        "body",
        "level",
        "level_rank",
        "months",
        "leads_to",
        "about",
        "reviewed",
    ),
    "careers": (
        "slug",
        "id",
        "title",
        "title_hi",
        "category",
        "new_age",
        "tagline",
        "what_they_do",
        "streams",
        "min_education",
        "demand",
        "demand_note",
        "salary_note",
        "pay_level",
        "fresher_min",
        "fresher_max",
        "senior_max",
        "isco",
        "riasec",
        "reviewed",
        "min_education_rank",
        "sectors",
        "subjects_needed",
        "low_cost",
        "demand_rank",
    ),
    "quotes": ("id", "text", "author"),
    "career_items": ("career", "kind", "position", "text"),
    "career_aliases": ("career", "position", "alias"),
    "career_streams": ("career", "stream"),
    "salary_bands": ("career", "level", "position", "min_lpa", "max_lpa", "note"),
    "career_exams": ("career", "exam", "position", "centrality"),
    "related_careers": ("career", "related", "position"),
    "paths": ("id", "career", "position", "title", "note", "affordable"),
    "path_steps": ("path", "position", "step", "years"),
    "search_names": ("name", "career", "sound"),
    "glossary": ("position", "abbr", "full", "explain", "expand"),
    "career_senses": ("career", "abbr", "full"),
    "exam_senses": ("exam", "abbr", "full"),
    "spell_words": ("id", "word", "key", "weight"),
    "spell_deletes": ("variant", "words"),
    "exam_search": ("id", "exam", "listed"),
    "exam_names": ("name", "exam", "is_short"),
    "needs": ("key", "position", "label", "is_filter", "filter"),
    "need_words": ("phrase", "need"),
    "need_careers": ("need", "position", "career_id"),
    "quiz_items": ("id", "position", "type", "text", "short_form"),
    # Hindi beside the English, one row per owner ("career/<slug>", "exam/<slug>",
    # "category/<slug>", "quote/<id>", "quiz/<id>", "need/<key>", "term/<abbr>/<full>"):
    # texts is zlib-compressed JSON {field: text}, fields "tagline", "typical_day/0",
    # "paths/1/steps/2" … (only translations made from the current English). Compressed,
    # because the open check reads every page of the file and Devanagari takes 3 bytes a letter.
    "hindi": ("owner", "texts"),
}
FTS_TABLE = "careers_fts"
