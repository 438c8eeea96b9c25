"""test_pytest_lsp.py: protocol-level end-to-end tests of juesuan-ls with pytest-lsp.

    JUESUAN_LS=/path/to/juesuan-ls python3 -m pytest -q -p no:cacheprovider Tests/clients/test_pytest_lsp.py

pytest-lsp (pygls) is an independent LSP client. It replays the initialize
capabilities recorded from real editors (Neovim 0.7 and 0.11, Emacs 29, VS Code), so
this suite covers what the two headless editors cannot: position-encoding
negotiation (utf-8, utf-16, utf-32), pull diagnostics, code actions applied to the
text, settings, and cancellation. It does not convert buffer offsets itself: the test
computes every position (col()) from the text, in the negotiated encoding.

Expectations (positions, codes, messages, pending features) are shared with the
Neovim and Eglot drivers: Tests/clients/expectations.json (env EXPECT overrides).
A feature listed under "pending" there is skipped (pytest.skip), never passed.
Every wait has a timeout (TIMEOUT): a hung server fails a test, not the CI run.
"""
import asyncio
import json
import os
import pathlib

import attrs
import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcRequestCancelled
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from lsp_raw import RawServer, server_command

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
SERVER = server_command()
EXPECT_PATH = pathlib.Path(os.environ.get("EXPECT") or HERE / "expectations.json").resolve()
EXPECT = json.loads(EXPECT_PATH.read_text(encoding="utf-8"))
PENDING = EXPECT.get("pending", {})
FIXTURE = (EXPECT_PATH.parent / EXPECT["fixture"]).read_text(encoding="utf-8")
TIMEOUT = 10  # seconds for any single wait

SETTINGS = {"locale": "zh", "disabledRules": [], "severityOverrides": {}, "catalogFiles": [],
            "reportRounding": False}

PULL = types.DiagnosticClientCapabilities(dynamic_registration=False)

# name: (recorded client profile, positionEncodings offered (None = as recorded),
#        add pull-diagnostics support, the encoding the server must choose (None = any offered))
PROFILES = {
    "neovim-0.7": ("neovim@v0.7.0", None, False, "utf-16"),       # offers nothing -> UTF-16
    "emacs-29": ("emacs", None, False, None),                      # offers utf-32, utf-8, utf-16
    "neovim-0.11": ("neovim@v0.11.0", None, False, None),          # offers utf-8/16/32, pulls
    "utf-8-only": ("visual-studio-code", ["utf-8"], True, "utf-8"),
    "utf-32-only": ("visual-studio-code", ["utf-32"], True, "utf-32"),
    "utf-16-only": ("visual-studio-code", ["utf-16"], True, "utf-16"),
}


def make_capabilities(profile: str) -> types.ClientCapabilities:
    spec, encodings, add_pull, _ = PROFILES[profile]
    caps = client_capabilities(spec)
    if encodings is not None:
        caps = attrs.evolve(caps, general=types.GeneralClientCapabilities(position_encodings=encodings))
    if add_pull:
        caps = attrs.evolve(caps, text_document=attrs.evolve(caps.text_document, diagnostic=PULL))
    return caps


# ------------------------------------------------------------------ positions
def col(line: str, index: int, encoding: str) -> int:
    """Column of str index `index` in `line`, in `encoding` code units."""
    prefix = line[:index]
    if encoding == "utf-8":
        return len(prefix.encode("utf-8"))
    if encoding == "utf-32":
        return len(prefix)
    return len(prefix.encode("utf-16-le")) // 2


def index_of(line: str, character: int, encoding: str) -> int:
    """str index in `line` of a column in `encoding` code units (exact, or ValueError)."""
    for i in range(len(line) + 1):
        if col(line, i, encoding) == character:
            return i
    raise ValueError(f"column {character} ({encoding}) is not a character boundary of {line!r}")


def anchor_span(text: str, line_no: int, anchor: str, occurrence: int = 1):
    """(start, end) str indexes of the occurrence-th anchor on line line_no."""
    line = text.split("\n")[line_no]
    start = -1
    for _ in range(occurrence):
        start = line.index(anchor, start + 1)
    return start, start + len(anchor)


def anchor_range(text: str, line_no: int, anchor: str, occurrence: int, encoding: str) -> types.Range:
    line = text.split("\n")[line_no]
    s, e = anchor_span(text, line_no, anchor, occurrence)
    return types.Range(start=types.Position(line=line_no, character=col(line, s, encoding)),
                       end=types.Position(line=line_no, character=col(line, e, encoding)))


def apply_edits(text: str, edits, encoding: str) -> str:
    """Apply LSP TextEdits (non-overlapping, any order) to text."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def offset(pos: types.Position) -> int:
        return starts[pos.line] + index_of(lines[pos.line], pos.character, encoding)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        a, b = offset(edit.range.start), offset(edit.range.end)
        text = text[:a] + edit.new_text + text[b:]
    return text


def replace_anchor(text: str, line_no: int, anchor: str, occurrence: int, new_text: str) -> str:
    """text with the occurrence-th anchor on line line_no replaced by new_text."""
    lines = text.split("\n")
    s, e = anchor_span(text, line_no, anchor, occurrence)
    lines[line_no] = lines[line_no][:s] + new_text + lines[line_no][e:]
    return "\n".join(lines)


def diag_key(d: types.Diagnostic):
    return (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character,
            str(d.code), d.message, d.severity)


def expected_present(diags, want_list, text: str, encoding: str, exact: bool):
    """The expected diagnostics (expectations.json entries) not found in `diags`."""
    missing = []
    for w in want_list:
        rng = anchor_range(text, w["line"], w["anchor"], w.get("occurrence", 1), encoding)
        if not any(d.range == rng
                   and (w.get("severity") is None or d.severity == w["severity"])
                   and (w.get("code") is None or str(d.code) == w["code"])
                   and (w.get("message") is None or w["message"] in d.message)
                   for d in diags):
            missing.append((w, rng))
    if exact and len(diags) != len(want_list):
        missing.append(("count", len(diags), len(want_list)))
    return missing


def assert_open_findings(diags, encoding: str):
    """The findings expected right after didOpen are all there (exactly, if so marked)."""
    skip_if_pending("diagnostics")
    missing = expected_present(diags, EXPECT["open"]["diagnostics"], FIXTURE, encoding, EXPECT["open"]["exact"])
    assert not missing, (missing, diags)


# ------------------------------------------------------------------ fixture
@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER), params=list(PROFILES))
async def client(lsp_client: LanguageClient, request):
    lsp_client.profile = request.param
    # Record every publishDiagnostics (pygls' wait_for_notification misses one that
    # arrives between two waits): keep pytest-lsp's own handler, and log each one.
    lsp_client.published = []
    features = lsp_client.protocol.fm.features
    store = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def record(params):
        lsp_client.published.append(params)
        return store(params)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
    caps = make_capabilities(request.param)
    result = await asyncio.wait_for(lsp_client.initialize_session(types.InitializeParams(
        capabilities=caps, initialization_options=SETTINGS)), TIMEOUT)
    lsp_client.init_result = result
    lsp_client.encoding = result.capabilities.position_encoding or "utf-16"
    lsp_client.pulls = caps.text_document is not None and caps.text_document.diagnostic is not None
    yield
    # shutdown + exit; waits for the process, then its exit code must be 0
    await asyncio.wait_for(lsp_client.shutdown_session(), TIMEOUT)
    assert lsp_client._server.returncode == 0, "server did not exit 0 after shutdown/exit"


async def wait_publish(client: LanguageClient, uri: str, version: int):
    """The first publishDiagnostics of `uri` for `version` (waiting up to TIMEOUT for it)."""
    async def loop():
        while True:
            for params in client.published:
                if params.uri == uri and params.version in (None, version):
                    return params
            await asyncio.sleep(0.01)
    return await asyncio.wait_for(loop(), TIMEOUT)


async def open_fixture(client: LanguageClient, tmp_path, text: str = FIXTURE, name="report.juesuan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="juesuan", version=1, text=text)))
    published = await wait_publish(client, uri, 1)
    return uri, published


async def pull(client: LanguageClient, uri: str):
    client.has_pulled = True
    return await asyncio.wait_for(client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri))), TIMEOUT)


async def diagnostics_of(client: LanguageClient, uri: str, version: int):
    """The findings for `version`: pushed, or pulled once the client has pulled (with
    diagnosticMode "auto" the server stops pushing after the first pull)."""
    if getattr(client, "has_pulled", False):
        return list((await pull(client, uri)).items)
    return list((await wait_publish(client, uri, version)).diagnostics)


def skip_if_pending(feature: str):
    if PENDING.get(feature):
        pytest.skip(f"pending: {PENDING[feature]}")


# ------------------------------------------------------------------ tests
@pytest.mark.asyncio
async def test_initialize_negotiates_encoding_and_capabilities(client: LanguageClient):
    result = client.init_result
    _, offered, _, must = PROFILES[client.profile]
    offered = offered or (make_capabilities(client.profile).general.position_encodings
                          if make_capabilities(client.profile).general else None)
    assert result.server_info is not None and result.server_info.name == "juesuan-ls"
    if must is not None:
        assert client.encoding == must
    else:
        assert client.encoding in offered
    sync = result.capabilities.text_document_sync
    assert sync.open_close is True
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert (result.capabilities.diagnostic_provider is not None) == client.pulls


@pytest.mark.asyncio
async def test_push_diagnostics_on_open(client: LanguageClient, tmp_path):
    uri, published = await open_fixture(client, tmp_path)
    assert published.version == 1
    assert_open_findings(published.diagnostics, client.encoding)


@pytest.mark.asyncio
async def test_pull_diagnostics_equal_pushed(client: LanguageClient, tmp_path):
    if not client.pulls:
        pytest.skip(f"the {client.profile} profile does not pull diagnostics")
    uri, published = await open_fixture(client, tmp_path)
    report = await pull(client, uri)
    assert report.kind == "full"
    assert sorted(map(diag_key, report.items)) == sorted(map(diag_key, published.diagnostics))
    assert_open_findings(report.items, client.encoding)


@pytest.mark.asyncio
async def test_incremental_edit_then_undo(client: LanguageClient, tmp_path):
    enc = client.encoding
    uri, first = await open_fixture(client, tmp_path)
    ed = EXPECT["edit"]
    rng = anchor_range(FIXTURE, ed["line"], ed["anchor"], ed["occurrence"], enc)
    edited = replace_anchor(FIXTURE, ed["line"], ed["anchor"], ed["occurrence"], ed["replacement"])

    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=rng, text=ed["replacement"])]))
    second = await diagnostics_of(client, uri, 2)
    if client.pulls:  # pulled = pushed, for the same version
        report = await pull(client, uri)
        assert sorted(map(diag_key, report.items)) == sorted(map(diag_key, second))

    # undo: the reverse incremental edit, then the findings of version 1 again
    undo_rng = anchor_range(edited, ed["line"], ed["replacement"], 1, enc)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangePartial(range=undo_rng, text=ed["anchor"])]))
    third = await diagnostics_of(client, uri, 3)
    assert sorted(map(diag_key, third)) == sorted(map(diag_key, first.diagnostics))

    skip_if_pending("diagnostics")
    want = EXPECT["open"]["diagnostics"] + ed["appears"]
    missing = expected_present(second, want, edited, enc, EXPECT["open"]["exact"])
    assert not missing, (missing, second)
    cell = anchor_range(edited, ed["line"], ed["replacement"], 1, enc)
    assert not any(d.range.start == cell.start for d in third)


@pytest.mark.asyncio
async def test_code_action_fix_applies_to_text(client: LanguageClient, tmp_path):
    enc = client.encoding
    uri, published = await open_fixture(client, tmp_path)
    ca = EXPECT["codeAction"]
    rng = anchor_range(FIXTURE, ca["line"], ca["anchor"], ca["occurrence"], enc)
    on_cell = [d for d in published.diagnostics if d.range.start.line == rng.start.line]
    actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng,
        context=types.CodeActionContext(diagnostics=on_cell))), TIMEOUT)
    assert actions is None or isinstance(actions, (list, tuple))
    skip_if_pending("codeAction")
    fixes = [a for a in actions or [] if isinstance(a, types.CodeAction) and a.kind == "quickfix" and a.edit]
    assert fixes, actions
    fix = fixes[0]
    if ca.get("title"):
        assert ca["title"] in fix.title
    edits = []
    if fix.edit.changes:
        edits = fix.edit.changes[uri]
    else:
        for change in fix.edit.document_changes or []:
            assert change.text_document.uri == uri
            edits.extend(change.edits)
    fixed = apply_edits(FIXTURE, edits, enc)
    assert fixed == replace_anchor(FIXTURE, ca["line"], ca["anchor"], ca["occurrence"], ca["newText"])
    # the fixed text, sent as a whole-document change, clears that finding
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    after = await diagnostics_of(client, uri, 2)
    assert not any(d.range == rng for d in after), after


@pytest.mark.asyncio
async def test_hover_names_the_code(client: LanguageClient, tmp_path):
    skip_if_pending("hover")
    uri, _ = await open_fixture(client, tmp_path)
    lines = FIXTURE.split("\n")
    for h in EXPECT["hover"]:
        s, _ = anchor_span(FIXTURE, h["line"], h["anchor"], h.get("occurrence", 1))
        position = types.Position(line=h["line"], character=col(lines[h["line"]], s + h["at"], client.encoding))
        hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position)), TIMEOUT)
        assert hover is not None, h
        contents = hover.contents
        value = contents.value if isinstance(contents, types.MarkupContent) else str(contents)
        assert h["contains"] in value, (h, value)


@pytest.mark.asyncio
async def test_silent_on_text_that_is_not_a_report(client: LanguageClient, tmp_path):
    notes = "会议记录\n合计\t12.00\t13.00\n小计 1.00 2.00\n"
    uri, published = await open_fixture(client, tmp_path, notes, name="notes.txt")
    assert list(published.diagnostics) == []
    if client.pulls:
        assert list((await pull(client, uri)).items) == []


@pytest.mark.asyncio
async def test_settings_change_is_accepted(client: LanguageClient, tmp_path):
    uri, first = await open_fixture(client, tmp_path)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"juesuan-ls": dict(SETTINGS, locale="en", reportRounding=True)}))
    if client.pulls:  # the server still answers, for the same document
        report = await pull(client, uri)
        assert report.kind == "full"
    else:
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=FIXTURE)]))
        assert (await wait_publish(client, uri, 2)).version == 2


@pytest.mark.asyncio
async def test_cancelled_request_does_not_break_the_session(client: LanguageClient, tmp_path):
    uri, _ = await open_fixture(client, tmp_path)
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[]))
    future = client.protocol.send_request(types.TEXT_DOCUMENT_CODE_ACTION, params, msg_id="cancel-me")
    client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="cancel-me"))
    # answered exactly once: a result (if it ran before the cancel arrived) or -32800
    try:
        await asyncio.wait_for(asyncio.wrap_future(future), TIMEOUT)
    except JsonRpcRequestCancelled:
        pass
    # the server answers the next request normally
    actions = await asyncio.wait_for(client.text_document_code_action_async(params), TIMEOUT)
    assert actions is None or isinstance(actions, (list, tuple))


# ---------------------------------------------------------- raw JSON-RPC checks
# pygls writes one message per write and hides responses to cancelled requests, so
# the exact cancellation and lifecycle answers are checked over a raw pipe.

def test_cancel_in_same_read_answers_32800():
    with RawServer(SERVER) as srv:
        srv.initialize({"textDocument": {"diagnostic": {}}})
        uri = "file:///tmp/cancel/report.juesuan.txt"
        srv.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "juesuan", "version": 1, "text": FIXTURE}})
        # request and its cancellation in one write: the server reads them in one batch
        srv.send_batch([
            {"jsonrpc": "2.0", "id": 50, "method": "textDocument/diagnostic",
             "params": {"textDocument": {"uri": uri}}},
            {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 50}},
        ])
        answer = srv.response(50)
        assert answer.get("error", {}).get("code") == -32800, answer
        # a cancel for a finished or unknown request is ignored; the session goes on
        srv.notify("$/cancelRequest", {"id": 50})
        srv.notify("$/cancelRequest", {"id": 999})
        report = srv.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        assert report.get("result", {}).get("kind") == "full", report
        assert srv.responses_for(50) == 1, "request 50 must be answered exactly once"
        assert srv.shutdown_and_exit() == 0


def test_lifecycle_errors_and_exit_codes():
    with RawServer(SERVER) as srv:
        before = srv.request("textDocument/codeAction", {})
        assert before.get("error", {}).get("code") == -32002, before
        srv.initialize({})
        unknown = srv.request("juesuan/noSuchMethod", {})
        assert unknown.get("error", {}).get("code") == -32601, unknown
        assert srv.request("shutdown", None).get("result", "missing") is None
        after = srv.request("textDocument/diagnostic", {"textDocument": {"uri": "file:///x"}})
        assert after.get("error", {}).get("code") == -32600, after
        srv.notify("exit", None)
        assert srv.wait_exit() == 0
    with RawServer(SERVER) as srv:
        srv.initialize({})
        srv.notify("exit", None)          # exit without shutdown
        assert srv.wait_exit() == 1


def test_null_params_as_eglot_sends_them():
    """Eglot (jsonrpc.el) sends `"params": null` with shutdown and exit: both must work."""
    with RawServer(SERVER) as srv:
        srv.initialize({})
        srv.send_batch([{"jsonrpc": "2.0", "id": 7, "method": "shutdown", "params": None}])
        answer = srv.response(7)
        assert "result" in answer and answer["result"] is None, answer
        srv.send_batch([{"jsonrpc": "2.0", "method": "exit", "params": None}])
        assert srv.wait_exit() == 0


CAPABILITIES_JSON = REPO / "protocol" / "capabilities.json"


def test_capabilities_json_matches_the_server():
    """protocol/capabilities.json is the server's real initialize result for its reference client."""
    if not CAPABILITIES_JSON.exists():
        pytest.fail(f"{CAPABILITIES_JSON} is missing: run python3 Tests/clients/protocol_tool.py capabilities")
    recorded = json.loads(CAPABILITIES_JSON.read_text(encoding="utf-8"))
    with RawServer(SERVER) as srv:
        result = srv.initialize(recorded["clientCapabilities"])["result"]
        assert srv.shutdown_and_exit() == 0
    assert result["capabilities"] == recorded["capabilities"], (
        "capabilities changed: update protocol/capabilities.json (python3 Tests/clients/protocol_tool.py capabilities) "
        "and protocol/README.md")
    assert result["serverInfo"]["name"] == recorded["serverInfo"]["name"]
