#!/usr/bin/env python3
"""protocol_tool.py: keep protocol/ in step with the real server.

    python3 Tests/clients/protocol_tool.py capabilities   # rewrite protocol/capabilities.json
    python3 Tests/clients/protocol_tool.py record [NAME…]  # re-record protocol/sessions/NAME.jsonl
    python3 Tests/clients/protocol_tool.py replay [NAME…]  # replay sessions (what the test does)

The server is taken from env JUESUAN_LS, else .build/debug/juesuan-ls, else PATH.

A session file is JSON lines; each line is one step:
  {"send": MESSAGE}              written to the server (one write per line)
  {"batch": [MESSAGE, …]}         written in ONE write (the server reads them together)
  {"expect": MESSAGE}             a message the server must send; consecutive expect lines
                                  form a group that may arrive in any order, and every
                                  message received while a group is open must match one of it
  {"exit": CODE}                  the server must exit with CODE
  {"comment": TEXT}               ignored
Matching: an expected object matches when it has exactly the same keys, each matching
(so a new or vanished field is noticed);
the string "<any>" matches any value. Recording writes the observed messages as expect
lines, with volatile values (serverInfo.version) replaced by "<any>".
"""
import json
import sys

from lsp_raw import REPO, RawServer, server_command

PROTOCOL = REPO / "protocol"
SESSIONS = PROTOCOL / "sessions"
CAPABILITIES = PROTOCOL / "capabilities.json"

# The client the recorded capabilities are for: it can pull diagnostics and offers no
# position encodings (so the server uses UTF-16, as with Neovim 0.7 and Eglot 1.9).
REFERENCE_CLIENT = {"textDocument": {"diagnostic": {"dynamicRegistration": False},
                                     "publishDiagnostics": {"relatedInformation": True, "versionSupport": True}}}
ANY = "<any>"
QUIET = 0.4  # seconds of silence that end a recorded group (recording only)


def write_capabilities():
    with RawServer(server_command()) as srv:
        result = srv.initialize(REFERENCE_CLIENT)["result"]
        code = srv.shutdown_and_exit()
    assert code == 0, f"server exited {code}"
    doc = {
        "comment": "The server's real initialize result (capabilities, serverInfo.name) for the "
                   "reference client below. Checked by Tests/clients/test_pytest_lsp.py::"
                   "test_capabilities_json_matches_the_server; regenerate with "
                   "python3 Tests/clients/protocol_tool.py capabilities. A client that cannot pull "
                   "diagnostics gets no diagnosticProvider; one that offers positionEncodings gets "
                   "the one negotiated (utf-8, then utf-32, then utf-16).",
        "clientCapabilities": REFERENCE_CLIENT,
        "serverInfo": {"name": result["serverInfo"]["name"]},
        "capabilities": result["capabilities"],
    }
    CAPABILITIES.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {CAPABILITIES.relative_to(REPO)}")


# ------------------------------------------------------------------ sessions
def read_session(path):
    steps = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                steps.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name}:{n}: {error}") from None
    return steps


def matches(expected, actual, path="$"):
    """None when actual matches expected, else a description of the first difference."""
    if expected == ANY:
        return None
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            if key not in actual:
                return f"{path}.{key}: missing"
            why = matches(value, actual[key], f"{path}.{key}")
            if why:
                return why
        extra = set(actual) - set(expected)
        if extra:
            return f"{path}: unexpected keys {sorted(extra)}"
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: expected {expected!r}, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            why = matches(e, a, f"{path}[{i}]")
            if why:
                return why
        return None
    if expected != actual or type(expected) is not type(actual):
        return f"{path}: expected {expected!r}, got {actual!r}"
    return None


def groups(steps):
    """Steps with consecutive expect lines folded into {"group": [...]}."""
    out = []
    for step in steps:
        if "expect" in step:
            if out and "group" in out[-1]:
                out[-1]["group"].append(step["expect"])
            else:
                out.append({"group": [step["expect"]]})
        elif "comment" not in step:
            out.append(step)
    return out


def replay(path, server=None):
    """Replays one session; raises AssertionError with the first difference."""
    with RawServer(server or server_command()) as srv:
        for step in groups(read_session(path)):
            if "send" in step:
                srv.send_batch([step["send"]])
            elif "batch" in step:
                srv.send_batch(step["batch"])
            elif "group" in step:
                waiting = list(step["group"])
                while waiting:
                    try:
                        message = srv.next_message()
                    except (TimeoutError, EOFError) as error:
                        raise AssertionError(f"{path.name}: {error}; still expected {waiting}") from None
                    reasons = [matches(e, message) for e in waiting]
                    if None not in reasons:
                        raise AssertionError(f"{path.name}: unexpected message {message}\n"
                                             + "\n".join(f"  vs expected: {r}" for r in reasons))
                    waiting.pop(reasons.index(None))
            elif "exit" in step:
                code = srv.wait_exit()
                assert code == step["exit"], f"{path.name}: exit code {code}, expected {step['exit']}"


def generalise(message):
    """Volatile values become <any> in a recording."""
    result = message.get("result")
    if isinstance(result, dict) and isinstance(result.get("serverInfo"), dict):
        result["serverInfo"]["version"] = ANY
    return message


def record(path):
    """Re-records the expect lines of a session from the server's real answers."""
    steps = [s for s in read_session(path) if "expect" not in s]
    out = []
    with RawServer(server_command()) as srv:
        for step in steps:
            out.append(step)
            if "send" in step or "batch" in step:
                srv.send_batch([step["send"]] if "send" in step else step["batch"])
                while True:
                    try:
                        message = srv.next_message(timeout=QUIET)
                    except (TimeoutError, EOFError):
                        break
                    out.append({"expect": generalise(message)})
            elif "exit" in step:
                step["exit"] = srv.wait_exit()
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in out), encoding="utf-8")
    print(f"recorded {path.relative_to(REPO)}")


def session_paths(names):
    if names:
        return [SESSIONS / (n if n.endswith(".jsonl") else n + ".jsonl") for n in names]
    return sorted(SESSIONS.glob("*.jsonl"))


def main(argv):
    if len(argv) < 2 or argv[1] not in ("capabilities", "record", "replay"):
        print(__doc__)
        return 2
    if argv[1] == "capabilities":
        write_capabilities()
    elif argv[1] == "record":
        for path in session_paths(argv[2:]):
            record(path)
    else:
        failed = 0
        for path in session_paths(argv[2:]):
            try:
                replay(path)
                print(f"ok   {path.name}")
            except AssertionError as error:
                failed += 1
                print(f"FAIL {path.name}: {error}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
