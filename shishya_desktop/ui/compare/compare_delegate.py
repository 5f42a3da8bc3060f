"""Draws comparison cells: wrapped text, and salary bands as bars on the shared ₹ scale."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..common.palette import PALETTE as P
from ..common.render import band_label
from .compare_model import SALARY_ROLE

BAR_HEIGHT = 10
PAD = 8


class CompareDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        salary = index.data(SALARY_ROLE)
        metrics = QFontMetrics(option.font)
        if salary:
            bands, _scale = salary
            return QSize(160, len(bands) * (metrics.height() + BAR_HEIGHT + 6) + 2 * PAD)
        width = max(120, option.rect.width() - 2 * PAD) if option.rect.width() > 0 else 220
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = metrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width + 2 * PAD, bounds.height() + 2 * PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect = option.rect
        painter.fillRect(rect, QColor(P.card if index.row() % 2 == 0 else P.stripe))
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        salary = index.data(SALARY_ROLE)
        painter.setPen(QColor(P.text))
        if salary:
            self._paint_salary(painter, option.font, inner, *salary)
        else:
            painter.drawText(
                inner,
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            )
        painter.setPen(QColor(P.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_salary(self, painter: QPainter, font: QFont, inner: QRect, bands, scale) -> None:  # type: ignore[no-untyped-def]
        metrics = QFontMetrics(font)
        y = inner.top()
        bold = QFont(font)
        bold.setBold(True)
        for band in bands:
            painter.setFont(font)
            painter.setPen(QColor(P.muted))
            label = band_label(band.level) + "  "
            painter.drawText(inner.left(), y + metrics.ascent(), label)
            painter.setFont(bold)
            painter.setPen(QColor(P.text))
            painter.drawText(
                inner.left() + metrics.horizontalAdvance(label),
                y + metrics.ascent(),
                f"₹{band.min_lpa:g}–{band.max_lpa:g} LPA",
            )
            y += metrics.height() + 2
            track = QRectF(inner.left(), y, inner.width(), BAR_HEIGHT)
            painter.fillRect(track, QColor(P.track))
            left = inner.left() + inner.width() * band.min_lpa / scale
            right = inner.left() + inner.width() * band.max_lpa / scale
            painter.fillRect(QRectF(left, y, max(2.0, right - left), BAR_HEIGHT), QColor(P.accent))
            y += BAR_HEIGHT + 4
        painter.setFont(font)
