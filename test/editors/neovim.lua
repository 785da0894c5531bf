-- Drives Neovim (0.7+) headless with the README's configuration loaded (editors.test.ts writes it
-- as the init file): opens the sample, hovers its code, picks the quick fix, looks a code up as a
-- workspace symbol, reads the diagnostics of a log, then meets the folder's team catalog (a code it
-- adds, a remedy it overrides, a number it silences, its code in the symbol search). Writes what the user would see as JSON to
-- $CEQUENS_RESULT and quits; the node test checks it.
local fixtures = os.getenv('CEQUENS_FIXTURES')
local result = { messages = {} }

local function wait_for(what, condition)
  if not vim.wait(20000, condition, 20) then error('timed out waiting for ' .. what) end
end

-- What the server shows (window/showMessage) is kept, not echoed.
vim.lsp.handlers['window/showMessage'] = function(_, params) table.insert(result.messages, params.message) end

local function floating_lines()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), win
    end
  end
end

-- The hover at the first match of the pattern `needle` (its \zs, if any), as the floating window shows it.
local function hover_window(needle)
  vim.fn.cursor(1, 1)
  vim.fn.search(needle)
  vim.lsp.buf.hover()
  wait_for('the hover window at ' .. needle, function() return floating_lines() ~= nil end)
  local lines, win = floating_lines()
  vim.api.nvim_win_close(win, true)
  return table.concat(lines, '\n')
end

-- The server's answer to a hover at the first match of `needle` (nil: no card, so Neovim opens no window).
local function hover_answer(buffer, needle)
  vim.fn.cursor(1, 1)
  vim.fn.search(needle)
  for _, response in pairs(vim.lsp.buf_request_sync(buffer, 'textDocument/hover', vim.lsp.util.make_position_params(), 5000) or {}) do
    if response.result then return response.result end
  end
end

local function symbols_of(query)
  vim.lsp.buf.workspace_symbol(query)
  wait_for('the symbols of ' .. query, function() return #vim.fn.getqflist() > 0 end)
  local found = vim.tbl_map(function(item)
    return { text = item.text, file = vim.api.nvim_buf_get_name(item.bufnr), line = item.lnum }
  end, vim.fn.getqflist())
  vim.fn.setqflist({})
  vim.cmd('cclose')
  return found
end

local function run()
  vim.cmd('edit ' .. fixtures .. '/send.js')
  local source = vim.api.nvim_get_current_buf()
  wait_for('the server to start', function()
    local client = select(2, next(vim.lsp.buf_get_clients(source)))
    return client ~= nil and client.server_capabilities ~= nil and client.server_capabilities.hoverProvider
  end)
  result.languageId = vim.bo.filetype

  -- Hover: the floating window's text.
  result.hover = hover_window('131047')

  -- Code action: the menu's titles; the user picks the handler of 131047.
  local before = vim.api.nvim_buf_line_count(source)
  vim.ui.select = function(items, opts, on_choice)
    result.actions = vim.tbl_map(function(item) return opts.format_item(item) end, items)
    for _, item in ipairs(items) do
      if item[2].title:find('^Insert handler for 131047') then return on_choice(item) end
    end
    on_choice(nil)
  end
  vim.lsp.buf.code_action()
  wait_for('the handler to be inserted', function() return vim.api.nvim_buf_line_count(source) > before end)
  result.fixed = table.concat(vim.api.nvim_buf_get_lines(source, 0, -1, false), '\n')

  -- Look-up: the symbol search fills the quickfix list with the catalog file at each entry.
  result.symbols = symbols_of('re-engagement')

  -- Explain, the server's command, at the code.
  vim.fn.cursor(1, 1)
  vim.fn.search('131047')
  vim.lsp.buf.execute_command({ command = 'cequens.server.explain', arguments = { vim.lsp.util.make_position_params() } })
  wait_for('the card as a message', function() return #result.messages > 0 end)

  -- Insert a handler, the server's command: the server sends the edit (workspace/applyEdit).
  local lines_before = vim.api.nvim_buf_line_count(source)
  vim.lsp.buf.execute_command({ command = 'cequens.server.insertHandler', arguments = { vim.lsp.util.make_position_params() } })
  wait_for('the command to insert the handler', function() return vim.api.nvim_buf_line_count(source) > lines_before end)
  result.insertedLines = vim.api.nvim_buf_line_count(source) - lines_before

  -- Diagnostics of a log (Neovim 0.7 gives .log files no filetype).
  vim.cmd('edit ' .. fixtures .. '/gateway.log')
  local log = vim.api.nvim_get_current_buf()
  wait_for('the diagnostics of the log', function() return #vim.diagnostic.get(log) > 0 end)
  result.diagnostics = vim.tbl_map(function(d) return { line = d.lnum, message = d.message, severity = d.severity } end, vim.diagnostic.get(log))

  -- The folder's team catalog (.cequens/catalog.json, read once the server has started).
  vim.cmd('edit ' .. fixtures .. '/team.js')
  local team = vim.api.nvim_get_current_buf()
  wait_for('the team catalog to be read', function() return hover_answer(team, '=== \\zs9001') ~= nil end)
  result.teamAdded = hover_window('=== \\zs9001')
  result.teamOverridden = hover_window('=== \\zs470')
  result.teamSilenced = hover_answer(team, '=== \\zs131026') or vim.NIL
  result.teamSymbols = symbols_of('WA_TEMPLATE')
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local file = io.open(os.getenv('CEQUENS_RESULT'), 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
