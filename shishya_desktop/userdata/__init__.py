"""Per-user data: the shortlist store, the session and its reset, the per-machine modes. No Qt."""
