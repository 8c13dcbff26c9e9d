"""Claims stage: Document -> Claims (numbers, measures, events, structure)."""
