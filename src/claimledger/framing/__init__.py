"""Framing stage: Document -> Spans of loaded wording (SemEval-2020 Task 11 techniques)."""
