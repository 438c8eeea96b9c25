"""test_protocol_sessions.py: replays protocol/sessions/*.jsonl against the real server.

Each session is a recorded conversation: the client's messages and the server's
expected replies (see protocol_tool.py for the format). A change in the wire
behaviour (a new capability, a different error code or message, a missing
notification) fails here; if the change is intended, re-record:
    python3 Tests/clients/protocol_tool.py record NAME
and review the diff of protocol/sessions/NAME.jsonl.
"""
import pytest

from protocol_tool import SESSIONS, matches, replay

SESSION_FILES = sorted(SESSIONS.glob("*.jsonl"))


def test_sessions_exist():
    assert SESSION_FILES, f"no recorded sessions in {SESSIONS}"


@pytest.mark.parametrize("path", SESSION_FILES, ids=[p.stem for p in SESSION_FILES])
def test_replay(path):
    replay(path)


def test_matcher_notices_differences():
    """The replay's matcher itself: a session can only fail if it can tell messages apart."""
    assert matches({"id": 1, "result": None}, {"id": 1, "result": None}) is None
    assert matches({"id": 1, "result": "<any>"}, {"id": 1, "result": {"x": 1}}) is None
    assert matches({"id": 1, "result": None}, {"id": 1, "result": None, "extra": 1}) is not None
    assert matches({"error": {"code": -32800}}, {"error": {"code": -32600}}) is not None
    assert matches({"a": [1, 2]}, {"a": [1, 2, 3]}) is not None
    assert matches({"a": 1}, {"a": 1.0}) is not None
    assert matches({"a": True}, {"a": 1}) is not None
