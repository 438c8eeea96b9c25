-- nvim_e2e.lua: end-to-end test of juesuan-ls through Neovim's built-in LSP client,
-- headless, using the shipped configuration editors/neovim/juesuan-0.7.lua unchanged.
--
--   JUESUAN_LS=/path/to/juesuan-ls EXPECT=Tests/clients/expectations.json \
--     timeout 120 nvim --headless --clean -c 'luafile Tests/clients/nvim_e2e.lua'
--
-- Env: JUESUAN_LS  server command (split on whitespace), default `juesuan-ls`
--      EXPECT      expectations file, default expectations.json next to this script
-- Prints one line per check on stdout: `PASS|FAIL|SKIP neovim: <check> [detail]`.
-- Exit code: 0 = no check failed, 1 = a check failed, 2 = the script crashed.
-- Written for Neovim 0.7.2 (Debian 12); also valid on later versions.

local script_dir = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local repo_root = vim.fn.fnamemodify(script_dir, ':h:h')
local TIMEOUT_MS = 10000

local failures, lines = 0, {}
local function out(status, name, detail)
  local line = status .. ' neovim: ' .. name
  if detail ~= nil then line = line .. '  ' .. (type(detail) == 'string' and detail or vim.inspect(detail, { newline = ' ', indent = '' })) end
  table.insert(lines, line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function check(name, ok, detail)
  if ok then out('PASS', name) else failures = failures + 1; out('FAIL', name, detail) end
  return ok
end
local function skip(name, why) out('SKIP', name, 'pending: ' .. why) end

local function read_json(path)
  local f = assert(io.open(path, 'r'), 'cannot open ' .. path)
  local text = f:read('*a')
  f:close()
  return vim.json.decode(text)
end

-- Byte range [s, e) of the `occurrence`-th `anchor` in `text` (0-based s), or nil.
local function find_anchor(text, anchor, occurrence)
  local init = 1
  for _ = 1, occurrence or 1 do
    local s, e = text:find(anchor, init, true)
    if not s then return nil end
    if _ == (occurrence or 1) then return s - 1, e end
    init = e + 1
  end
end

-- UTF-16 length of a UTF-8 string (independent of Neovim's own conversion).
local function utf16_len(s)
  local n, i = 0, 1
  while i <= #s do
    local b = s:byte(i)
    local len = b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
    n = n + (len == 4 and 2 or 1)
    i = i + len
  end
  return n
end

local function main()
  local expect_path = (vim.env.EXPECT and vim.env.EXPECT ~= '') and vim.env.EXPECT or (script_dir .. '/expectations.json')
  local E = read_json(expect_path)
  local pending = E.pending or {}
  local fixture = vim.fn.fnamemodify(expect_path, ':p:h') .. '/' .. E.fixture

  local cmd = vim.split((vim.env.JUESUAN_LS and vim.env.JUESUAN_LS ~= '') and vim.env.JUESUAN_LS or 'juesuan-ls', '%s+', { trimempty = true })
  local is_juesuan = vim.fn.fnamemodify(cmd[1], ':t') == 'juesuan-ls'
  local server_log = vim.fn.tempname() .. '.log'
  if is_juesuan then vim.list_extend(cmd, { '--log-file', server_log }) end
  vim.g.juesuan_ls_cmd = cmd

  -- Count publishDiagnostics per document, before Neovim's own handler stores them.
  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri then
      published[result.uri] = (published[result.uri] or 0) + 1
    end
    return default_handler(err, result, ctx, config)
  end

  -- The shipped configuration, unchanged.
  local juesuan = dofile(repo_root .. '/editors/neovim/juesuan-0.7.lua')

  -- Copy the fixture into a scratch folder (same file name, so the config's rules apply).
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local path = dir .. '/' .. vim.fn.fnamemodify(fixture, ':t')
  vim.fn.writefile(vim.fn.readfile(fixture, 'b'), path, 'b')
  local original = vim.fn.readfile(path)

  -- A text file that is not a report must not start the server.
  local other = dir .. '/notes.txt'
  vim.fn.writefile({ '会议记录', '合计 12.00' }, other)
  vim.cmd('edit ' .. vim.fn.fnameescape(other))
  check('config ignores a .txt file that is not a 决算 report', juesuan.client_id() == nil)

  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = juesuan.client_id()
  if not check('config started juesuan-ls and attached it to the draft', client_id ~= nil, { cmd = cmd }) then
    return 1
  end
  local client
  local ready = vim.wait(TIMEOUT_MS, function()
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  if not check('initialize answered', ready) then return 1 end
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  local sync = caps.textDocumentSync
  check('server asks for incremental sync (change = 2)',
        type(sync) == 'table' and sync.change == 2, { textDocumentSync = sync })
  check('offset encoding is utf-16 (Neovim 0.7 offers nothing else)', client.offset_encoding == 'utf-16',
        { offset_encoding = client.offset_encoding })

  local function diags()
    local got = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(got, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                          severity = d.severity, code = d.code, message = d.message })
    end
    table.sort(got, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return got
  end
  -- Does `got` (vim.diagnostic entries, byte columns) hold every expected diagnostic?
  local function missing(got, want_list, exact)
    local miss = {}
    for _, w in ipairs(want_list) do
      local text = vim.api.nvim_buf_get_lines(bufnr, w.line, w.line + 1, false)[1] or ''
      local s, e = find_anchor(text, w.anchor, w.occurrence)
      local found = false
      for _, g in ipairs(got) do
        if s and g.lnum == w.line and g.end_lnum == w.line and g.col == s and g.end_col == e
          and (w.severity == nil or w.severity == vim.NIL or g.severity == w.severity)
          and (w.code == nil or w.code == vim.NIL or tostring(g.code) == w.code)
          and (w.message == nil or w.message == vim.NIL or (g.message or ''):find(w.message, 1, true)) then
          found = true
        end
      end
      if not found then table.insert(miss, { line = w.line, anchor = w.anchor, bytes = s and { s, e } or 'anchor not found' }) end
    end
    if exact and #got ~= #want_list then table.insert(miss, { count = #got, want = #want_list }) end
    return miss
  end
  local function wait_publish(before)
    return vim.wait(TIMEOUT_MS, function() return (published[uri] or 0) > before end, 20)
  end

  -- 1. didOpen -> publishDiagnostics; expected findings at the right byte columns.
  check('publishDiagnostics after didOpen', wait_publish(0), { published = published[uri] })
  local want_open = E.open.diagnostics
  if pending.diagnostics then
    skip('diagnostics after didOpen at the expected line/columns', pending.diagnostics)
  else
    local ok = vim.wait(TIMEOUT_MS, function() return #missing(diags(), want_open, E.open.exact) == 0 end, 20)
    check('diagnostics after didOpen at the expected line/columns', ok,
          { missing = missing(diags(), want_open, E.open.exact), got = diags() })
  end
  local after_open = diags()

  -- 2. edit a cell -> a new finding appears.
  local ed = E.edit
  local text = vim.api.nvim_buf_get_lines(bufnr, ed.line, ed.line + 1, false)[1]
  local s, e = find_anchor(text, ed.anchor, ed.occurrence)
  check('edit anchor found in the fixture', s ~= nil, ed)
  local before = published[uri] or 0
  vim.api.nvim_buf_set_text(bufnr, ed.line, s, ed.line, e, { ed.replacement })
  check('publishDiagnostics after the edit (incremental didChange)', wait_publish(before))
  local want_edit = vim.list_extend(vim.list_extend({}, want_open), ed.appears)
  if pending.diagnostics then
    skip('edited cell gets a diagnostic', pending.diagnostics)
  else
    local ok = vim.wait(TIMEOUT_MS, function() return #missing(diags(), want_edit, E.open.exact) == 0 end, 20)
    check('edited cell gets a diagnostic', ok, { missing = missing(diags(), want_edit, E.open.exact), got = diags() })
  end

  -- 3. undo -> back to the original text and the original findings.
  before = published[uri] or 0
  vim.cmd('silent undo')
  check('undo restores the fixture text',
        vim.deep_equal(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), original))
  check('publishDiagnostics after undo', wait_publish(before))
  local function edited_cell_flagged()
    for _, g in ipairs(diags()) do
      if g.lnum == ed.line and g.col == s then return true end
    end
    return false
  end
  if pending.diagnostics then
    skip('diagnostic on the edited cell disappears after undo', pending.diagnostics)
  else
    local ok = vim.wait(TIMEOUT_MS, function() return not edited_cell_flagged() end, 20)
    check('diagnostic on the edited cell disappears after undo', ok, { got = diags() })
  end
  local same = vim.wait(TIMEOUT_MS, function() return vim.deep_equal(diags(), after_open) end, 20)
  check('findings after undo equal the findings after didOpen', same, { got = diags(), after_open = after_open })

  -- 4. hover a subject code: the client turns the byte cursor into a UTF-16 position.
  for _, h in ipairs(E.hover) do
    local line = vim.api.nvim_buf_get_lines(bufnr, h.line, h.line + 1, false)[1]
    local hs = find_anchor(line, h.anchor, h.occurrence)
    local byte = hs + h.at
    vim.api.nvim_win_set_cursor(0, { h.line + 1, byte })
    local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
    local want_char = utf16_len(line:sub(1, byte))
    check(('hover position on %s is UTF-16 character %d'):format(h.anchor, want_char),
          params.position.line == h.line and params.position.character == want_char, params.position)
    if pending.hover then
      skip(('hover on %s names %s'):format(h.anchor, h.contains), pending.hover)
    else
      local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, TIMEOUT_MS)
      local r = res and res[client_id]
      local contents = r and r.result and r.result.contents
      local value = type(contents) == 'table' and (contents.value or contents[1]) or contents
      if type(value) == 'table' then value = value.value end
      check(('hover on %s names %s'):format(h.anchor, h.contains),
            r ~= nil and r.err == nil and type(value) == 'string' and value:find(h.contains, 1, true) ~= nil,
            { value = value, response = r })
    end
  end

  -- 5. shutdown + exit: the server must exit 0.
  vim.lsp.stop_client(client_id)
  local exited = vim.wait(TIMEOUT_MS, function() return juesuan.exit_code ~= nil end, 20)
  check('server exits 0 after shutdown/exit', exited and juesuan.exit_code == 0, { exit_code = juesuan.exit_code })

  -- 6. the settings the config sends are well-formed: the server logged no warning about them
  if is_juesuan then
    local log = vim.fn.filereadable(server_log) == 1 and table.concat(vim.fn.readfile(server_log), '\n') or ''
    check("the config's initializationOptions are accepted (no warning in the server log)",
          log:find('initialized:', 1, true) ~= nil and log:find('initializationOptions:', 1, true) == nil, log)
  else
    skip("the config's initializationOptions are accepted (no warning in the server log)", 'not juesuan-ls')
  end
  return failures == 0 and 0 or 1
end

local ok, code = xpcall(main, debug.traceback)
if not ok then
  out('FAIL', 'driver crashed', code)
  code = 2
elseif failures > 0 and code == 0 then
  code = 1
end
-- An uncaught Lua error in -c/luafile leaves headless nvim running (or exiting 0),
-- so always leave through :cquit with an explicit code.
vim.cmd('cquit ' .. code)
