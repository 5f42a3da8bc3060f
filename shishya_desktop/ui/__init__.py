"""The Qt window: widgets, Qt models and the rich-text rendering of pages."""
