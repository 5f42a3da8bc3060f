"""The two-pane layout Explore and Exams share: a sidebar list on the left, a page on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget


def two_panes(owner: QWidget, sidebar: QLayout, page: QWidget, sidebar_width: int) -> QSplitter:
    """Lay ``sidebar`` (a layout of widgets) and ``page`` side by side inside ``owner``."""
    left = QWidget()
    left.setObjectName("sidebar")
    sidebar.setContentsMargins(12, 12, 12, 12)
    left.setLayout(sidebar)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(12, 12, 12, 12)
    right_layout.addWidget(page)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([sidebar_width, 900])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
