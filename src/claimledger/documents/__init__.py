"""Documents stage: bytes -> Document (readers, encoding, body detection, metadata)."""
