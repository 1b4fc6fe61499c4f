"""Response headers and request limits that every route gets.

Article text is untrusted input that the dashboard displays, so the pages
run under a strict Content-Security-Policy: scripts and styles only from
this server, no inline code, nothing framed, images only from here or the
optional tile server. Request bodies are capped (413) before they are read.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 2 * 1024 * 1024


def content_security_policy(tile_url: str | None) -> str:
    """The CSP header; the tile server's origin is the only foreign source."""
    images = ["'self'", "data:"]
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}.", ""))
        images.append(f"{parts.scheme}://{parts.netloc}")
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {' '.join(images)}",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


class SecurityMiddleware:
    """Adds the security headers and rejects bodies larger than ``max_body``."""

    def __init__(self, app: ASGIApp, *, csp: str, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(send)
            return

        received = 0

        async def limited_receive() -> Message:
            # a chunked body has no content-length: count it as it streams in
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise HTTPException(413, self._message)
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)

    @property
    def _message(self) -> str:
        return f"request body larger than {self.max_body} bytes"

    async def _too_large(self, send: Send) -> None:
        body = json.dumps({"detail": self._message}).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            + self.headers,
        })
        await send({"type": "http.response.body", "body": body})
