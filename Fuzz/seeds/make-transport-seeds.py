#!/usr/bin/env python3
"""Writes the hand-made seed inputs of the transport fuzz target to
Tests/FuzzCorpus/transport/seed-*. Byte 0 picks the preamble (0: none,
1/2/3: initialize with utf-16/utf-8/utf-32), byte 1 seeds the read chunking."""
import json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = os.path.join(root, "Tests", "FuzzCorpus", "transport")
os.makedirs(out, exist_ok=True)

def frame(obj):
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

def req(i, method, params=None):
    m = {"jsonrpc": "2.0", "id": i, "method": method}
    if params is not None: m["params"] = params
    return frame(m)

def note(method, params=None):
    m = {"jsonrpc": "2.0", "method": method}
    if params is not None: m["params"] = params
    return frame(m)

uri = "file:///a.txt"
text = "表1 收入支出决算总表\r\n项目\t决算数\n一般公共预算财政拨款收入\t1,234.56\r合计\t😀𠀀中文，。\n"
def rng(a, b, c, d): return {"start": {"line": a, "character": b}, "end": {"line": c, "character": d}}
opened = note("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
changes = [
    note("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": rng(1, 2, 1, 3), "text": "错误"}, {"range": rng(3, 3, 3, 4), "text": "\r\n"},
        {"range": rng(9, 0, 0, 99), "text": "x"}, {"text": "whole 文本\r\n"}]}),
    note("textDocument/didChange", {"textDocument": {"uri": uri, "version": 1}, "contentChanges": [{"range": rng(0, 1, 0, 0), "text": ""}]}),
]
seeds = {
    "lifecycle": bytes([1, 7]) + req(1, "shutdown") + note("exit"),
    "uninitialized": bytes([0, 3]) + req(1, "textDocument/diagnostic", {}) + note("initialized") + req(2, "initialize", {"capabilities": {}}) + note("initialized", {}) + req(3, "shutdown") + req(4, "shutdown"),
    "documents-utf16": bytes([1, 1]) + opened + b"".join(changes) + req(5, "textDocument/diagnostic", {"textDocument": {"uri": uri}}) + note("textDocument/didSave", {"textDocument": {"uri": uri}}) + note("textDocument/didClose", {"textDocument": {"uri": uri}}),
    "documents-utf8": bytes([2, 200]) + opened + b"".join(changes),
    "documents-utf32": bytes([3, 9]) + opened + b"".join(changes) + req(6, "textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng(0, 0, 5, 0), "context": {"diagnostics": []}}),
    "cancel": bytes([1, 2]) + req(7, "textDocument/diagnostic", {"textDocument": {"uri": uri}}) + note("$/cancelRequest", {"id": 7}) + req("s", "unknown/method") + note("$/progress", {}),
    "config": bytes([1, 4]) + note("workspace/didChangeConfiguration", {"settings": {"juesuan-ls": {"locale": "en", "diagnosticMode": "pull", "disabledRules": ["T01"]}}}) + frame({"jsonrpc": "2.0", "id": "juesuan-ls/1", "result": [{"locale": "zh"}]}),
    "malformed": bytes([1, 5]) + b"Content-Length: 5\r\n\r\nhello" + b"garbage\r\n\r\n" + b"Content-Length: -1\r\n\r\n" + b"Content-Length: 2\r\n\r\n[]" + b"content-length: 99999\r\n\r\n{" + b"\r\nContent-Length: 4\r\nContent-Type: x\r\n\r\nnull" + req(8, "shutdown"),
    "bad-shapes": bytes([1, 6]) + frame({"jsonrpc": "2.0", "id": [1], "method": "shutdown"}) + frame({"jsonrpc": "2.0", "id": 1.5, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "id": 9, "method": "textDocument/diagnostic", "params": {"textDocument": 3}}) + note("textDocument/didOpen", {"textDocument": {"uri": 1}}) + frame({"jsonrpc": "2.0", "id": 10, "error": {"code": 1, "message": "m"}}),
}
for name, data in seeds.items():
    with open(os.path.join(out, "seed-" + name), "wb") as f: f.write(data)
print(f"{len(seeds)} seeds in {out}")
