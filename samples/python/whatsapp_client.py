"""CEQUENS WhatsApp client with error handling (Python 3.10+, `requests`).

Hover over a code to read what it means; the light bulb inserts a handler for it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

CEQUENS_MESSAGES_URL = "https://apis.cequens.com/conversation/wab/v1/messages"
CEQUENS_TOKEN_URL = "https://apis.cequens.com/auth/v1/tokens"

log = logging.getLogger("cequens.whatsapp")

# Worth another attempt after a pause.
RETRYABLE_CODES = frozenset({429, 1000, 1015, 1016, 1017})
# The recipient cannot receive WhatsApp messages.
UNREACHABLE_CODES = (1013, 1026)


class CequensError(Exception):
    def __init__(self, code: int, title: str, details: str | None = None) -> None:
        super().__init__(f"CEQUENS WhatsApp error {code}: {title}")
        self.code = code
        self.title = title
        self.details = details


@dataclass
class CequensCredentials:
    api_key: str
    user_name: str


class WhatsAppClient:
    def __init__(self, credentials: CequensCredentials, max_attempts: int = 4) -> None:
        self.credentials = credentials
        self.max_attempts = max_attempts
        self._token: str | None = None
        self.session = requests.Session()

    def _access_token(self) -> str:
        if self._token is None:
            response = self.session.post(
                CEQUENS_TOKEN_URL,
                json={"apiKey": self.credentials.api_key, "userName": self.credentials.user_name},
                timeout=10,
            )
            self._token = response.json()["data"]["access_token"]
        return self._token

    def send_text(self, to: str, body: str) -> str:
        return self._send({"recipient_type": "individual", "to": to, "type": "text", "text": {"body": body}})

    def _send(self, payload: dict, attempt: int = 1) -> str:
        response = self.session.post(
            CEQUENS_MESSAGES_URL,
            json=payload,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        if response.status_code == 401:
            title = response.json().get("title", "")
            if title in ("MISSING_TOKEN", "TOKEN") and attempt == 1:
                self._token = None  # sign in again and retry once
                return self._send(payload, attempt + 1)
            raise CequensError(401, title or "Unauthorized")

        body = response.json()
        errors = body.get("errors") or []
        if not errors:
            return body["messages"][0]["id"]

        error = errors[0]
        code = int(error["code"])
        if code in RETRYABLE_CODES and attempt < self.max_attempts:
            delay = 2**attempt
            log.warning("CEQUENS error %s (%s), retrying in %ss", code, error.get("title"), delay)
            time.sleep(delay)
            return self._send(payload, attempt + 1)
        raise CequensError(code, error.get("title", ""), error.get("details"))


def handle_failure(error: CequensError, contact) -> str:
    """Decides what happens to a message that could not be sent."""
    match error.code:
        case 470:
            # The 24-hour window is closed: re-open the conversation with a template.
            contact.queue_template("reengage_customer")
            return "template"
        case 471:
            log.error("spam rate limit hit, pausing campaign for %s", contact.phone)
            return "paused"
        case 472:
            return "skipped"
        case 1008 | 1009:
            log.error("invalid request: %s", error.details)
            return "fix-request"
        case 2001 | 2012:
            log.error("template error %s: %s", error.code, error.title)
            return "fix-template"
        case code if code in UNREACHABLE_CODES:
            contact.mark_unreachable()
            return "unreachable"
        case _:
            return "failed"
