#!/usr/bin/env python3
"""protocol_tool.py: keep protocol/ in step with the real server.

    python3 Tests/clients/protocol_tool.py capabilities   # rewrite protocol/capabilities.json
    python3 Tests/clients/protocol_tool.py record [NAME…]  # re-record protocol/sessions/NAME.jsonl
    python3 Tests/clients/protocol_tool.py replay [NAME…]  # replay sessions (what the test does)
    python3 Tests/clients/protocol_tool.py findings        # what the server says about the fixture of
                                                           # expectations.json: to fill that file in

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
import pathlib
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
    try:
        replay_steps(path, server)
    except AssertionError as error:
        raise AssertionError(f"{error}\n(if the change is intended, re-record it: "
                             f"python3 Tests/clients/protocol_tool.py record {path.stem})") from None


def replay_steps(path, server):
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


def covered(text, rng):
    """The text a single-line UTF-16 range covers."""
    line = text.split("\n")[rng["start"]["line"]]
    units = line.encode("utf-16-le")
    return units[2 * rng["start"]["character"]:2 * rng["end"]["character"]].decode("utf-16-le")


def show_findings():
    """Prints the server's findings, quick fixes and hovers for expectations.json's fixture and edit."""
    here = pathlib.Path(__file__).resolve().parent
    expect = json.loads((here / "expectations.json").read_text(encoding="utf-8"))
    text = (here / expect["fixture"]).read_text(encoding="utf-8")
    uri = "file:///tmp/findings/" + pathlib.Path(expect["fixture"]).name

    def dump(title, diagnostics, current):
        print(f"== {title}: {len(diagnostics)} diagnostics")
        for d in diagnostics:
            r = d["range"]
            where = covered(current, r) if r["start"]["line"] == r["end"]["line"] else "(multi-line)"
            print(f'  line {r["start"]["line"]} chars {r["start"]["character"]}-{r["end"]["character"]} '
                  f'covers {where!r} severity {d.get("severity")} code {d.get("code")!r}: {d.get("message")}')

    with RawServer(server_command()) as srv:
        srv.initialize({"textDocument": {"diagnostic": {}}})
        srv.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "juesuan", "version": 1, "text": text}})
        items = srv.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})["result"]["items"]
        dump("after didOpen", items, text)
        ca = expect["codeAction"]
        line = text.split("\n")[ca["line"]]
        start = line.index(ca["anchor"])
        char = len(line[:start].encode("utf-16-le")) // 2
        rng = {"start": {"line": ca["line"], "character": char},
               "end": {"line": ca["line"], "character": char + len(ca["anchor"])}}
        actions = srv.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng,
                                                          "context": {"diagnostics": items}})
        print("== code actions at", ca["anchor"])
        for action in actions.get("result") or []:
            print("  ", json.dumps({k: action.get(k) for k in ("title", "kind", "edit")}, ensure_ascii=False))
        for h in expect["hover"]:
            line = text.split("\n")[h["line"]]
            char = len(line[:line.index(h["anchor"]) + h["at"]].encode("utf-16-le")) // 2
            answer = srv.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                        "position": {"line": h["line"], "character": char}})
            print("== hover at", h["anchor"], json.dumps(answer.get("result", answer.get("error")), ensure_ascii=False))
        ed = expect["edit"]
        lines = text.split("\n")
        start = lines[ed["line"]].index(ed["anchor"])
        char = len(lines[ed["line"]][:start].encode("utf-16-le")) // 2
        srv.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{
            "range": {"start": {"line": ed["line"], "character": char},
                      "end": {"line": ed["line"], "character": char + len(ed["anchor"])}},
            "text": ed["replacement"]}]})
        lines[ed["line"]] = lines[ed["line"]][:start] + ed["replacement"] + lines[ed["line"]][start + len(ed["anchor"]):]
        items = srv.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})["result"]["items"]
        dump(f'after the edit {ed["anchor"]} -> {ed["replacement"]} on line {ed["line"]}', items, "\n".join(lines))
        srv.shutdown_and_exit()


def session_paths(names):
    if names:
        return [SESSIONS / (n if n.endswith(".jsonl") else n + ".jsonl") for n in names]
    return sorted(SESSIONS.glob("*.jsonl"))


def main(argv):
    if len(argv) < 2 or argv[1] not in ("capabilities", "record", "replay", "findings"):
        print(__doc__)
        return 2
    if argv[1] == "capabilities":
        write_capabilities()
    elif argv[1] == "findings":
        show_findings()
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
