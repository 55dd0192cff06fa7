"""Text from articles and their metadata made safe for rendered pages: Markdown and HTML special
characters escaped, links only to http(s) addresses."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# characters that could end a Markdown link destination early, percent-encoded
_URL_UNSAFE = str.maketrans({c: f"%{ord(c):02X}" for c in "()<>\"'`\\[]"})
# punctuation that Markdown (CommonMark, nbconvert's mistune) may read as links, images, code,
# emphasis, tables or math ($); "<", ">" and "&" are HTML-escaped first
_LINE_START = re.compile(r"^([0-9]*)([-.)=])")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$])")


def is_http_url(address: object) -> bool:
    """Whether a value is an absolute http or https address with a host (no javascript:, data:, ...)."""
    if not isinstance(address, str) or any(c.isspace() or ord(c) < 32 for c in address):
        return False
    try:
        parts = urlsplit(address)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def markdown_text(text: str) -> str:
    """Plain text that renders as itself in Markdown: HTML escaped, Markdown syntax backslash-escaped,
    line breaks as spaces."""
    flat = " ".join(text.split())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
    return _LINE_START.sub(r"\1\\\2", escaped)  # not a list item, rule or heading underline


def markdown_link(text: str, address: object) -> str:
    """A Markdown link to an http(s) address, or the escaped text alone for any other address."""
    if not is_http_url(address):
        return markdown_text(text)
    return f"[{markdown_text(text)}]({str(address).translate(_URL_UNSAFE)})"
