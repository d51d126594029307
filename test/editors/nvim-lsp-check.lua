-- Headless Neovim as a real second LSP client of the llmsafe server, configured by the snippet
-- in docs/editors.md (the test extracts it to LLMSAFE_NVIM_SNIPPET, so docs and test cannot drift).
-- Run: nvim --headless --clean -u NONE -S nvim-lsp-check.lua FILE   (0.7 has no `-l`)
-- Prints DIAG / ACTION / LINE lines for the test to read, applies the "Disable <rule> for this
-- line" action, and exits 0 when the diagnostics clear.
local out = function(s) io.stdout:write(s .. '\n') end
local bufnr = vim.api.nvim_get_current_buf()

-- Neovim before 0.11 has neither vim.lsp.config nor vim.lsp.enable: define the part of them the
-- snippet uses (cmd, filetypes, root_markers, settings). On 0.11+ Neovim's own functions run.
if not vim.lsp.config then
  local configs = {}
  vim.lsp.config = function(name, cfg) configs[name] = cfg end
  vim.lsp.enable = function(name)
    local cfg, client_id = configs[name], nil
    local function root_of(buf)
      local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h')
      for _, marker in ipairs(cfg.root_markers or {}) do
        local f = vim.fn.findfile(marker, dir .. ';')
        if f ~= '' then return vim.fn.fnamemodify(f, ':p:h') end
        local d = vim.fn.finddir(marker, dir .. ';')
        if d ~= '' then return vim.fn.fnamemodify(d, ':p:h:h') end
      end
      return dir
    end
    vim.api.nvim_create_autocmd('FileType', {
      pattern = cfg.filetypes,
      callback = function(args)
        client_id = client_id or vim.lsp.start_client({ name = name, cmd = cfg.cmd, root_dir = root_of(args.buf), settings = cfg.settings })
        vim.lsp.buf_attach_client(args.buf, client_id)
      end,
    })
  end
end

dofile(assert(vim.env.LLMSAFE_NVIM_SNIPPET, 'LLMSAFE_NVIM_SNIPPET is not set'))
-- -u NONE leaves filetype detection off: turning it on now fires FileType, which attaches the server.
vim.cmd('filetype on')
vim.cmd('filetype detect')
out('FILETYPE ' .. vim.bo[bufnr].filetype)

local function clients(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end
local client = nil
vim.wait(20000, function()
  for _, c in ipairs(clients(bufnr)) do if c.name == 'llmsafe' then client = c end end
  return client ~= nil
end, 20)
if not client then out('FAIL: no llmsafe client attached'); vim.cmd('cquit 1') end
out('CLIENT ' .. client.name .. ' root=' .. tostring(client.config.root_dir) .. ' cmd=' .. table.concat(client.config.cmd, ' '))

if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
  out('FAIL: no diagnostics'); vim.cmd('cquit 1')
end
local diags = vim.diagnostic.get(bufnr)
for _, d in ipairs(diags) do
  out(string.format('DIAG %d:%d-%d:%d sev=%d [%s/%s] %s', d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1,
    d.severity, tostring(d.source), tostring(d.code), d.message))
end
local d = diags[1]
local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
local lsp_diag = d.user_data and d.user_data.lsp or { range = range, message = d.message, severity = d.severity, source = d.source, code = d.code }
local params = {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = range,
  context = { diagnostics = { lsp_diag } },
}
local results = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
local chosen = nil
for _, res in pairs(results) do
  for _, action in ipairs(res.result or {}) do
    out('ACTION ' .. action.title .. ' kind=' .. tostring(action.kind))
    if not chosen and action.edit and action.title:match('^Disable .* for this line$') then chosen = action end
  end
end
if not chosen then out('FAIL: no disable-line action'); vim.cmd('cquit 1') end
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do out(string.format('LINE %d %s', i, line)) end
local cleared = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
out('DIAGNOSTICS CLEARED AFTER FIX: ' .. tostring(cleared))
vim.lsp.stop_client(client.id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client.id) == nil end, 20)
if cleared then vim.cmd('qall!') else vim.cmd('cquit 1') end
