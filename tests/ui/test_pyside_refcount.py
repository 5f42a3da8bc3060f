"""Guard: the installed PySide6 must not corrupt None when an override returns it.

PySide6 6.12.0 released None once too often for each None returned from a Python override
(for example QAbstractItemModel.data for roles a model does not serve) and crashed the app.
"""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class NoneModel(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_keeps_refcount(qapp) -> None:
    model = NoneModel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before - 10
