"""The interest quiz section, "What do I enjoy?"."""
