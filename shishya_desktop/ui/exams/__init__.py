"""Exams: every exam, searchable, with the careers that list it."""
