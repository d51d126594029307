-- Headless Neovim (0.7+) as a real second LSP client of the llmsafe server.
-- Run: nvim --headless --clean -u NONE -S nvim-lsp-check.lua FILE   (0.7 has no `-l` nor vim.lsp.start)
-- with LLMSAFE_SERVER=/path/to/dist/server.js. Prints DIAG / ACTION / LINE lines for the test to
-- read, applies the "Disable <rule> for this line" action, and exits 0 when the diagnostics clear.
local out = function(s) io.stdout:write(s .. '\n') end
local bufnr = vim.api.nvim_get_current_buf()
local server = assert(vim.env.LLMSAFE_SERVER, 'LLMSAFE_SERVER is not set')
local client_id = vim.lsp.start_client({
  name = 'llmsafe',
  cmd = { vim.env.LLMSAFE_NODE or 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
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
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
if cleared then vim.cmd('qall!') else vim.cmd('cquit 1') end
