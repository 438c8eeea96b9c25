-- juesuan-ls for Neovim 0.11+ (vim.lsp.config / vim.lsp.enable).
--
-- Install: copy this file to ~/.config/nvim/lua/juesuan.lua and add to init.lua:
--     require('juesuan')
--
-- A buffer is a 决算 draft when its name ends in .juesuan.txt / .juesuan.md, or when
-- it is a .txt / .md file whose first 8 KiB name a 决算 report (see ../README.md).
-- Neovim gives such files the filetype "text" or "markdown"; root_dir below calls
-- on_dir only for drafts, so other text and markdown files never start the server.

local MARKERS = { '部门决算', '单位决算', '决算公开', '收入支出决算总表' }

local function is_draft(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name:match('%.juesuan%.txt$') or name:match('%.juesuan%.md$') then return true end
  if not (name:match('%.txt$') or name:match('%.md$')) then return false end
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, 200, false), '\n'):sub(1, 8192)
  for _, marker in ipairs(MARKERS) do
    if text:find(marker, 1, true) then return true end
  end
  return false
end

local options = {
  locale = 'zh',               -- 'zh' | 'en'
  disabledRules = {},          -- e.g. { 'T06-4' }
  severityOverrides = vim.empty_dict(),  -- e.g. { ['X-17'] = 'hint' }
  catalogFiles = {},           -- extra subject-code catalogues (TSV)
  reportRounding = false,      -- also show 尾数误差 as Information
}

vim.lsp.config('juesuan_ls', {
  cmd = { 'juesuan-ls' },      -- or { '/full/path/to/juesuan-ls' }
  filetypes = { 'text', 'markdown' },
  root_dir = function(bufnr, on_dir)
    if is_draft(bufnr) then
      on_dir(vim.fs.root(bufnr, { '.git' }) or vim.fs.dirname(vim.api.nvim_buf_get_name(bufnr)))
    end
  end,
  init_options = options,
  settings = { ['juesuan-ls'] = options },  -- sent with workspace/didChangeConfiguration
})
vim.lsp.enable('juesuan_ls')
