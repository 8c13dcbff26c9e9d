"""The web interface and JSON API (FastAPI; install with the `web` extra)."""
