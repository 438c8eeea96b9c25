-- juesuan-ls for Neovim 0.7 – 0.10 (also runs on 0.11+, where vim.lsp.start_client
-- is deprecated: prefer juesuan-0.11.lua there).
--
-- Install: copy this file to ~/.config/nvim/lua/juesuan.lua and add to init.lua:
--     require('juesuan')
-- or source it directly:  :luafile /path/to/juesuan-0.7.lua
--
-- A buffer is a 决算 draft when its name ends in .juesuan.txt / .juesuan.md, or when
-- it is a .txt / .md file whose first 8 KiB name a 决算 report (see ../README.md).
-- One server process serves all drafts of one Neovim session.

local M = {}

-- The command that starts the server.  Set vim.g.juesuan_ls_cmd = {'/full/path/juesuan-ls'}
-- before loading this file if juesuan-ls is not on your PATH.
M.cmd = vim.g.juesuan_ls_cmd or { 'juesuan-ls' }

-- Sent as initializationOptions; edit to taste (see ../README.md, "Settings").
M.init_options = vim.g.juesuan_ls_init_options or {
  locale = 'zh',               -- 'zh' | 'en'
  disabledRules = {},          -- e.g. { 'T06-4' }
  severityOverrides = vim.empty_dict(),  -- e.g. { ['X-17'] = 'hint' }
  catalogFiles = {},           -- extra subject-code catalogues (TSV)
  reportRounding = false,      -- also show 尾数误差 as Information
}

local MARKERS = { '部门决算', '单位决算', '决算公开', '收入支出决算总表' }

-- Is this buffer a 决算 draft?  (rule 1: file name; rule 2: its first 8 KiB)
function M.is_draft(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name:match('%.juesuan%.txt$') or name:match('%.juesuan%.md$') then return true end
  if not (name:match('%.txt$') or name:match('%.md$')) then return false end
  local head, size = {}, 0
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 200, false)) do
    table.insert(head, line)
    size = size + #line + 1
    if size >= 8192 then break end
  end
  local text = table.concat(head, '\n'):sub(1, 8192)
  for _, marker in ipairs(MARKERS) do
    if text:find(marker, 1, true) then return true end
  end
  return false
end

local client_id = nil

-- The running client's id, or nil.
function M.client_id() return client_id end

function M.attach(bufnr)
  if not M.is_draft(bufnr) then return end
  if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
    client_id = vim.lsp.start_client({
      name = 'juesuan-ls',
      cmd = M.cmd,
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
      init_options = M.init_options,
      -- sent with workspace/didChangeConfiguration (section "juesuan-ls")
      settings = { ['juesuan-ls'] = M.init_options },
      flags = { debounce_text_changes = 150 },
      on_exit = function(code) M.exit_code = code; client_id = nil end,
    })
  end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
end

-- nvim_create_autocmd exists since 0.7.
local group = vim.api.nvim_create_augroup('juesuan_ls', { clear = true })
vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  group = group,
  pattern = { '*.txt', '*.md' },
  callback = function(args)
    M.attach(args.buf)
    if client_id and vim.lsp.buf_is_attached(args.buf, client_id) then
      -- handy keys in draft buffers (standard Neovim LSP functions)
      vim.api.nvim_buf_set_keymap(args.buf, 'n', 'K', '<cmd>lua vim.lsp.buf.hover()<CR>', { noremap = true })
      vim.api.nvim_buf_set_keymap(args.buf, 'n', '<leader>a', '<cmd>lua vim.lsp.buf.code_action()<CR>', { noremap = true })
    end
  end,
})

return M
