"""One catalogue of errors a person can act on; each carries its exit code and HTTP status."""

from __future__ import annotations

# Exit codes (SPEC.md): 0 success, 1 input problems reported and skipped, 2 usage error.
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

# Codes for rejected inputs, with what to do about each.
REJECTIONS: dict[str, str] = {
    "not_found": "check the path",
    "empty": "the file has no text; nothing to store",
    "binary": "this is not a text, HTML, JSON or WARC file",
    "too_large": "raise the limit with --max-bytes if this is really one document",
    "undecodable": "decoded with replacement characters; pass a file in UTF-8 for exact text",
    "bad_json": "fix the record: each line must be a JSON object with a `text` string",
    "no_text": "the record or page has no article text",
    "truncated": "the archive ends early; the records before the break were read",
    "unsupported": "use .txt, .html, .htm, .json, .jsonl, .warc or .warc.gz",
    "no_files": "the folder holds no readable files",
    "unreadable": "check the file's permissions",
    "failed": "a claimledger bug: the rest of the run went on; please report it with this file",
}


class ClaimLedgerError(Exception):
    """Base class: a message a person can act on, an exit code and an HTTP status."""

    exit_code = EXIT_USAGE
    http_status = 500
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(ClaimLedgerError):
    exit_code = EXIT_USAGE
    http_status = 400
    code = "usage"


class InputError(ClaimLedgerError):
    exit_code = EXIT_INPUT
    http_status = 400
    code = "input"


class StoreError(ClaimLedgerError):
    exit_code = EXIT_USAGE
    http_status = 500
    code = "store"


class NotFoundError(ClaimLedgerError):
    exit_code = EXIT_USAGE
    http_status = 404
    code = "not_found"


class TooLargeError(InputError):
    http_status = 413
    code = "too_large"
