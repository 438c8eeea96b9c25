"""lsp_raw.py: a minimal raw JSON-RPC client over the server's stdin/stdout.

Used where a real client library hides what must be checked: several messages in one
write (cancellation in the same read), exact error codes, exit codes, and the
recorded protocol sessions (protocol/sessions/*.jsonl). Standard library only.
Every read has a timeout, so a hung server fails the test instead of hanging it.
"""
import json
import os
import pathlib
import queue
import shlex
import shutil
import subprocess
import threading

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
TIMEOUT = 10.0


def server_command():
    """The server to test: env JUESUAN_LS (split like a shell), else the debug build, else PATH."""
    env = os.environ.get("JUESUAN_LS", "").strip()
    if env:
        return shlex.split(env)
    built = REPO / ".build" / "debug" / "juesuan-ls"
    if built.exists():
        return [str(built)]
    found = shutil.which("juesuan-ls")
    return [found or "juesuan-ls"]


def frame(message) -> bytes:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawServer:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.seen = []          # every message received, in order
        self.next_id = 1000
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # ---------------------------------------------------------------- plumbing
    def _read(self):
        stream = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii", "replace").partition(":")
                headers[key.strip().lower()] = value.strip()
            body = stream.read(int(headers.get("content-length", "0")))
            self.inbox.put(json.loads(body.decode("utf-8")))

    def send_batch(self, messages):
        """All messages in ONE write (the server then reads them in one batch)."""
        self.proc.stdin.write(b"".join(frame(m) for m in messages))
        self.proc.stdin.flush()

    def notify(self, method, params):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send_batch([message])

    def next_message(self, timeout=TIMEOUT):
        try:
            message = self.inbox.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no message from the server within {timeout} s") from None
        if message is None:
            raise EOFError("the server closed its output")
        self.seen.append(message)
        return message

    def response(self, request_id, timeout=TIMEOUT):
        """The response to request_id (other messages are kept in `seen`)."""
        for message in self.seen:
            if message.get("id") == request_id and "method" not in message:
                return message
        while True:
            message = self.next_message(timeout)
            if message.get("id") == request_id and "method" not in message:
                return message

    def responses_for(self, request_id):
        return sum(1 for m in self.seen if m.get("id") == request_id and "method" not in m)

    def request(self, method, params, request_id=None):
        if request_id is None:
            self.next_id += 1
            request_id = self.next_id
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send_batch([message])
        return self.response(request_id)

    # ---------------------------------------------------------------- lifecycle
    def initialize(self, capabilities, **extra):
        params = {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities}
        params.update(extra)
        result = self.request("initialize", params, request_id=1)
        assert "result" in result, result
        self.notify("initialized", {})
        return result

    def wait_exit(self, timeout=TIMEOUT):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError("the server did not exit") from None

    def shutdown_and_exit(self):
        answer = self.request("shutdown", None)
        assert "result" in answer and answer["result"] is None, answer
        self.notify("exit", None)
        return self.wait_exit()

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
