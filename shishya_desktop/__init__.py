"""Shishya Desktop: an offline career guide for Indian school students."""

__version__ = "0.1.0"
