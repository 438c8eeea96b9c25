#!/usr/bin/env bash
# install-clients.sh: install the real LSP clients that Tests/clients/run.sh drives.
#
#   bash .ci/install-clients.sh
#
# Debian 12 packages: neovim (0.7.2), emacs-nox (28.2), elpa-eglot (1.9);
# PyPI: pytest-lsp (with pygls, lsprotocol, pytest-asyncio) and pytest.
# Idempotent: whatever is already present is skipped, so a second run does nothing
# and needs no network.  Needs root (or sudo) for apt-get.  Exit code 0 only when
# every client is usable afterwards.
set -uo pipefail

log() { printf 'install-clients: %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    log "not root and no sudo: cannot apt-get install"; fi
fi
PY=${PYTHON:-python3}

have_eglot() {  # Debian's elpa-eglot is activated by Debian's site-start (no -Q!)
  command -v emacs >/dev/null 2>&1 &&
    timeout 60 emacs --batch --eval '(progn (require (quote package)) (package-initialize) (require (quote eglot)))' \
      >/dev/null 2>&1 </dev/null
}

apt_packages=()
command -v nvim >/dev/null 2>&1 || apt_packages+=(neovim)
command -v emacs >/dev/null 2>&1 || apt_packages+=(emacs-nox)
have_eglot || apt_packages+=(elpa-eglot)

if [ ${#apt_packages[@]} -gt 0 ]; then
  log "apt-get install ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  ok=0
  # Two apt runs at once clobber each other's downloads (docker-clean hook):
  # wait for the dpkg lock and retry a few times.
  for attempt in 1 2 3; do
    if $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq &&
       $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
         "${apt_packages[@]}" </dev/null; then
      ok=1; break
    fi
    log "apt-get failed (attempt $attempt); retrying in 10 s"
    sleep 10
  done
  [ "$ok" = 1 ] || log "apt-get install failed"
else
  log "neovim, emacs and eglot already installed"
fi

if "$PY" -c 'import pytest_lsp, pytest_asyncio, pytest' >/dev/null 2>&1; then
  log "pytest-lsp already installed"
else
  log "pip install pytest-lsp"
  "$PY" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore 'pytest-lsp==1.0.1' pytest pytest-asyncio \
    || log "pip install failed"
fi

# Report what is usable; fail if anything is missing.
status=0
if command -v nvim >/dev/null 2>&1; then log "$(nvim --version | head -n 1)"; else log "MISSING: nvim"; status=1; fi
if have_eglot; then log "$(emacs --version | head -n 1) with eglot"; else log "MISSING: emacs with eglot"; status=1; fi
if "$PY" -c 'import pytest_lsp' >/dev/null 2>&1; then
  log "pytest-lsp $("$PY" -c 'import importlib.metadata as m; print(m.version("pytest-lsp"))')"
else log "MISSING: pytest-lsp"; status=1; fi
exit "$status"
