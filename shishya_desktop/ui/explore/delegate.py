"""Draws a list row as a small card: a bold title, a muted line under it, and a detail line."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..common.palette import PALETTE as P
from .models import DETAIL_ROLE, SUBTITLE_ROLE

PAD_X = 12
PAD_Y = 8
GAP = 2


def card_list(model: QAbstractItemModel, name: str, min_width: int) -> QListView:
    """A list view showing ``model`` as cards, one uniform height per row."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(CardDelegate(view))
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAccessibleName(name)
    view.setMinimumWidth(min_width)
    return view


class CardDelegate(QStyledItemDelegate):
    """All rows share one height (the view uses uniform item sizes), so scrolling stays cheap.

    Selection, focus and hover come from the view itself rather than ``option.state``: reading
    that flag makes PySide6 build all of QStyle's enums, a cost paid at start-up otherwise.
    """

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._hovered = -1
        view.setMouseTracking(True)
        view.entered.connect(self._on_entered)
        view.viewport().installEventFilter(self)

    @Slot(QModelIndex)
    def _on_entered(self, index: QModelIndex) -> None:
        self._hovered = index.row()
        self._view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and self._hovered != -1:
            self._hovered = -1
            self._view.viewport().update()
        return False

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(option.font.pointSizeF() * 1.05)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, small = self._fonts(option)
        height = (
            QFontMetrics(title).height() + 2 * QFontMetrics(small).height() + 2 * GAP + 2 * PAD_Y
        )
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect = option.rect.adjusted(4, 2, -4, -2)
        view = self._view
        selection = view.selectionModel()
        selected = selection is not None and selection.isSelected(index)
        hovered = index.row() == self._hovered
        background = QColor(P.selection if selected else P.hover if hovered else P.card)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(P.accent if selected else P.border))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        if view.hasFocus() and view.currentIndex() == index:
            painter.setPen(QColor(P.accent_dark))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        title_font, small_font = self._fonts(option)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        y = inner.top()
        lines = (
            (title_font, P.heading, index.data(Qt.ItemDataRole.DisplayRole)),
            (small_font, P.text, index.data(SUBTITLE_ROLE)),
            (small_font, P.muted, index.data(DETAIL_ROLE)),
        )
        for font, colour, text in lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            elided = metrics.elidedText(str(text or ""), Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                QRect(inner.left(), y, inner.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            y += metrics.height() + GAP
        painter.restore()
