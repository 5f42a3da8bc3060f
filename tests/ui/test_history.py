"""Back/forward history, without a window."""

from shishya_desktop.ui.common.history import History, Location

A, B, C = Location("career", "a"), Location("career", "b"), Location("exam", "c")


def test_back_forward_and_new_visit_drops_forward() -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    assert history.back() == B and history.back() == A and history.back() is None
    assert history.forward() == B
    history.visit(C)
    assert not history.can_go_forward and history.current == C
    history.visit(C)
    assert history.back() == B


def test_history_is_bounded() -> None:
    history = History(limit=3)
    for n in range(10):
        history.visit(Location("career", str(n)))
    steps = 0
    while history.back():
        steps += 1
    assert steps == 3
