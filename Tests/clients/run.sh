#!/usr/bin/env bash
# run.sh: the end-to-end client suite. Drives juesuan-ls through real, independent
# LSP clients: headless Neovim (built-in client, editors/neovim/juesuan-0.7.lua),
# Emacs + Eglot (editors/emacs/juesuan-mode.el) and pytest-lsp (protocol level,
# plus the recorded sessions of protocol/sessions and protocol/capabilities.json).
#
#   Tests/clients/run.sh                 # build (debug) if needed, run all three
#   JUESUAN_LS=/path/to/juesuan-ls Tests/clients/run.sh
#   Tests/clients/run.sh --install       # first install the clients (.ci/install-clients.sh)
#   Tests/clients/run.sh --self-test     # the drivers against ../shared/research/clients/probe_server.py,
#                                        # and their negative control (they must FAIL on wrong columns)
#
# Expectations: Tests/clients/expectations.json (env EXPECT overrides).
# Output: one line per check, a summary per client, and the last line
# `N passed, M failed, K skipped`.  Exit code 0 only when nothing failed.
# Every client runs under `timeout`; nothing can hang.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 2

self_test=0
for arg in "$@"; do
  case "$arg" in
    --install) bash "$root/.ci/install-clients.sh" || exit 2 ;;
    --self-test) self_test=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

started=$SECONDS
total_pass=0 total_fail=0 total_skip=0
summary=()
logdir=$(mktemp -d "${TMPDIR:-/tmp}/juesuan-clients.XXXXXX")

# run_driver NAME SECONDS COMMAND...: a driver that prints PASS/FAIL/SKIP lines.
run_driver() {
  local name=$1 limit=$2; shift 2
  local t0=$SECONDS out="$logdir/$name.out" rc
  timeout --kill-after=5 "$limit" "$@" >"$out" 2>"$logdir/$name.err" </dev/null
  rc=$?
  cat "$out"
  local p f s
  p=$(grep -c '^PASS ' "$out"); f=$(grep -c '^FAIL ' "$out"); s=$(grep -c '^SKIP ' "$out")
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    f=1
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "FAIL $name: timed out after ${limit}s"
    else
      echo "FAIL $name: exited $rc without a FAIL line (stderr: $logdir/$name.err)"
    fi
    tail -n 5 "$logdir/$name.err" | sed 's/^/    /'
  fi
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then
    f=1; echo "FAIL $name: ran no check"
  fi
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f)); total_skip=$((total_skip + s))
  summary+=("$(printf '%-12s %3d passed, %d failed, %d skipped  (%ds)' "$name" "$p" "$f" "$s" $((SECONDS - t0)))")
}

# run_pytest NAME ARGS...: pytest, counted from its closing line.
run_pytest() {
  local name=$1; shift
  local t0=$SECONDS out="$logdir/$name.out" rc
  timeout --kill-after=5 300 python3 -m pytest -q -p no:cacheprovider -p no:benchmark \
    -rfEs "$@" >"$out" 2>&1 </dev/null
  rc=$?
  cat "$out"
  local last p f s
  last=$(grep -E '^[=]* ?[0-9]+ (passed|failed|skipped|error)' "$out" | tail -n 1)
  count() { grep -oE "[0-9]+ $1" <<<"$last" | grep -oE '[0-9]+' | head -n 1; }
  p=$(count passed); p=${p:-0}
  f=$(count failed); f=${f:-0}
  local e; e=$(count error); f=$((f + ${e:-0}))
  s=$(count skipped); s=${s:-0}
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    f=1; echo "FAIL $name: pytest exited $rc"
  fi
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then f=1; echo "FAIL $name: ran no test"; fi
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f)); total_skip=$((total_skip + s))
  summary+=("$(printf '%-12s %3d passed, %d failed, %d skipped  (%ds)' "$name" "$p" "$f" "$s" $((SECONDS - t0)))")
}

require() {  # require NAME COMMAND: a missing client is a failure, with the fix
  if ! command -v "$2" >/dev/null 2>&1; then
    echo "FAIL $1: '$2' is not installed (run .ci/install-clients.sh, or run.sh --install)"
    total_fail=$((total_fail + 1))
    summary+=("$(printf '%-12s not installed' "$1")")
    return 1
  fi
}

if [ "$self_test" = 1 ]; then
  probe="$root/../shared/research/clients/probe_server.py"
  [ -f "$probe" ] || { echo "run.sh --self-test needs $probe"; exit 2; }
  export JUESUAN_LS="python3 $probe" EXPECT="$here/expectations-probe.json"
  echo "== drivers against probe_server.py (must pass)"
  require neovim nvim && run_driver neovim 120 nvim --headless --clean -c "luafile $here/nvim_e2e.lua"
  require eglot emacs && run_driver eglot 120 emacs --batch -l "$here/eglot_e2e.el"
  if python3 -c 'import pytest_lsp' >/dev/null 2>&1; then
    # probe_server.py pushes only (no pull, no code actions): the push and hover tests and the
    # incremental test of the profiles that do not pull
    run_pytest pytest-lsp "$here/test_pytest_lsp.py" -k 'push_diag or hover or (incremental and (neovim-0.7 or emacs-29))'
  fi
  echo "== negative control: PROBE_BUG=utf8-diagnostics sends wrong columns; each driver must FAIL"
  if python3 -c 'import pytest_lsp' >/dev/null 2>&1; then
    PROBE_BUG=utf8-diagnostics timeout 120 python3 -m pytest -q -p no:cacheprovider -p no:benchmark "$here/test_pytest_lsp.py" \
      -k 'push_diag and not utf-8-only' >"$logdir/pytest-negative.out" 2>&1 </dev/null
    if grep -qE '^5 failed' "$logdir/pytest-negative.out"; then
      echo "PASS pytest-lsp: negative control fails on wrong diagnostic columns (5 profiles)"; total_pass=$((total_pass + 1))
    else
      echo "FAIL pytest-lsp: negative control did not fail in all 5 profiles"; total_fail=$((total_fail + 1))
    fi
  fi
  for client in neovim eglot; do
    if [ $client = neovim ]; then cmd=(nvim --headless --clean -c "luafile $here/nvim_e2e.lua")
    else cmd=(emacs --batch -l "$here/eglot_e2e.el"); fi
    PROBE_BUG=utf8-diagnostics timeout 120 "${cmd[@]}" >"$logdir/$client-negative.out" 2>/dev/null </dev/null
    if grep -q '^FAIL .*diagnostics after didOpen at the expected line/columns' "$logdir/$client-negative.out"; then
      echo "PASS $client: negative control fails on wrong diagnostic columns"; total_pass=$((total_pass + 1))
    else
      echo "FAIL $client: negative control did not fail on wrong diagnostic columns"; total_fail=$((total_fail + 1))
    fi
  done
else
  # The server: JUESUAN_LS, else the debug build (built here if swift is available).
  if [ -z "${JUESUAN_LS:-}" ]; then
    if command -v swift >/dev/null 2>&1; then
      echo "== swift build --product juesuan-ls (debug)"
      swift build --product juesuan-ls 2>&1 | tail -n 3
      bin="$(swift build --show-bin-path 2>/dev/null)/juesuan-ls"
    else
      bin="$root/.build/debug/juesuan-ls"
    fi
    [ -x "$bin" ] || { echo "FAIL: no juesuan-ls at $bin"; echo "0 passed, 1 failed"; exit 1; }
    export JUESUAN_LS="$bin"
  fi
  export EXPECT="${EXPECT:-$here/expectations.json}"
  echo "== server: $JUESUAN_LS"
  echo "== expectations: $EXPECT"
  echo "== Neovim (headless, built-in LSP client, editors/neovim/juesuan-0.7.lua)"
  require neovim nvim && run_driver neovim 120 nvim --headless --clean -c "luafile $here/nvim_e2e.lua"
  echo "== Emacs + Eglot (--batch, editors/emacs/juesuan-mode.el)"
  require eglot emacs && run_driver eglot 120 emacs --batch -l "$here/eglot_e2e.el"
  echo "== pytest-lsp (protocol level) and recorded sessions"
  if python3 -c 'import pytest_lsp' >/dev/null 2>&1; then
    run_pytest pytest-lsp "$here/test_pytest_lsp.py" "$here/test_protocol_sessions.py"
  else
    echo "FAIL pytest-lsp: not installed (run .ci/install-clients.sh, or run.sh --install)"
    total_fail=$((total_fail + 1)); summary+=("pytest-lsp   not installed")
  fi
fi

echo
echo "== client suite summary ($((SECONDS - started))s; logs in $logdir)"
for line in "${summary[@]}"; do echo "  $line"; done
echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[ "$total_fail" = 0 ]
