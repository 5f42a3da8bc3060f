"""The page browser shows only our pages: no outside links, files or images."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from shishya_desktop.ui.common.browser import PageBrowser


def test_file_and_http_links_are_refused(qtbot) -> None:
    browser = PageBrowser()
    qtbot.addWidget(browser)
    followed = []
    browser.link_activated.connect(followed.append)
    for url in (
        "file:///etc/passwd",
        "http://example.com/",
        "https://x.org",
        "javascript:x",
        "shishya:unknown/thing",
    ):
        browser.anchorClicked.emit(QUrl(url))
    assert followed == []
    assert browser.refused[-1] == "shishya:unknown/thing"
    assert "file:///etc/passwd" in browser.refused
    browser.anchorClicked.emit(QUrl("shishya:career/nurse"))
    assert [(link.kind, link.slug) for link in followed] == [("career", "nurse")]


def test_images_and_local_files_are_never_loaded(qtbot, tmp_path) -> None:
    """An <img> pointing at a local file stays empty: the browser loads no resources."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    browser = PageBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(f'<p>x</p><img src="{secret.as_uri()}"><img src="http://example.com/a.png">')
    browser.show()
    qtbot.waitExposed(browser)
    browser.grab()
    assert secret.as_uri() in browser.refused
    assert "TOP SECRET" not in browser.toPlainText()
    browser.setSource(QUrl(secret.as_uri()))
    assert "TOP SECRET" not in browser.toPlainText()
