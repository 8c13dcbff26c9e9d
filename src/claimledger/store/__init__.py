"""The store: SQLite persistence for documents, claims and framing spans (an adapter at the edge)."""
