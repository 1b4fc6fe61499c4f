"""Bearer tokens: how they are made, stored and checked.

A token is 32 random bytes shown once to whoever creates it; the database
keeps only its SHA-256, so a leaked database does not leak working tokens.
(Random tokens need no slow hash: there is nothing to brute-force.)
Roles: a *writer* may submit documents; a *reviewer* may also correct events
and split or merge incidents. In private mode any valid token may read.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from marsad.store.schema import ApiToken

Role = Literal["writer", "reviewer"]
ROLES: tuple[Role, ...] = ("writer", "reviewer")
PREFIX = "msd_"


@dataclass(frozen=True)
class Caller:
    """Who is making a request: a token's name and role (None when anonymous)."""

    name: str | None
    role: Role | None


ANONYMOUS = Caller(None, None)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str, role: Role = "writer") -> str:
    """Store a new token's hash and return the token itself (shown only once)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    token = PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_hash=hash_token(token), role=role))
    session.commit()
    return token


def revoke_tokens(session: Session, name: str) -> int:
    """Revoke every live token called *name*; the number revoked."""
    rows = session.scalars(
        sa.select(ApiToken).where(ApiToken.name == name, ApiToken.revoked.is_(False))
    ).all()
    for row in rows:
        row.revoked = True
    session.commit()
    return len(rows)


def lookup(session: Session, token: str) -> Caller | None:
    """The caller a token belongs to, or None if it is unknown or revoked."""
    row = session.scalar(sa.select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if row is None or row.revoked:
        return None
    return Caller(row.name, row.role)  # type: ignore[arg-type]


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, message, headers={"WWW-Authenticate": "Bearer"}
    )


def caller(request: Request) -> Caller:
    """The caller of this request: anonymous, or a valid token's owner (else 401)."""
    header = request.headers.get("authorization")
    if not header:
        return ANONYMOUS
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Authorization must be 'Bearer <token>'")
    with request.app.state.sessions() as session:
        found = lookup(session, token.strip())
    if found is None:
        raise _unauthorized("unknown or revoked token")
    return found


def reader(request: Request, who: Annotated[Caller, Depends(caller)]) -> Caller:
    """Reads are open unless the app is private; then they need any valid token."""
    if request.app.state.private and who.role is None:
        raise _unauthorized("this marsad is private: reads need a token")
    return who


def writer(who: Annotated[Caller, Depends(caller)]) -> Caller:
    """Submitting documents needs a writer or reviewer token."""
    if who.role is None:
        raise _unauthorized("writing needs a token: Authorization: Bearer <token>")
    return who


def reviewer(who: Annotated[Caller, Depends(writer)]) -> Caller:
    """Changing events and incidents needs a reviewer token (403 for a writer)."""
    if who.role != "reviewer":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this needs a reviewer token")
    return who


Reader = Annotated[Caller, Depends(reader)]
Writer = Annotated[Caller, Depends(writer)]
Reviewer = Annotated[Caller, Depends(reviewer)]
