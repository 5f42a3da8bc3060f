"""Explore: the career list with search, filters and the search notices, and its models."""
