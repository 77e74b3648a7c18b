-- Neovim as a real client of `postlint lsp` (run by .ci/lsp-neovim.sh; written for Neovim 0.7, Debian's version).
-- Opens the post given on the command line, waits for PostLint's diagnostics, checks them against the command line's
-- JSON report, then applies two code actions through Neovim's own code action path and checks the buffer.
local postlint = assert(os.getenv('POSTLINT_BIN'), 'POSTLINT_BIN is not set')
local expected_file = assert(os.getenv('POSTLINT_EXPECTED'), 'POSTLINT_EXPECTED is not set')
local out_file = assert(os.getenv('POSTLINT_NVIM_OUT'), 'POSTLINT_NVIM_OUT is not set')
local buf = vim.api.nvim_get_current_buf()
local exit_code

local function check(ok, message)
  if not ok then error(message, 2) end
end

local function log(message) io.stdout:write(message .. '\n') end

local function find(code, text)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code and (text == nil or d.message:find(text, 1, true)) then return d end
  end
end

local function line(n) return vim.api.nvim_buf_get_lines(buf, n, n + 1, true)[1] end

-- Picks the code action with this title when Neovim asks (vim.ui.select is the menu).
local function choose(title)
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      if item[2].title == title then return on_choice(item) end
    end
    local titles = {}
    for _, item in ipairs(items) do table.insert(titles, item[2].title) end
    error('no code action "' .. title .. '" among: ' .. table.concat(titles, ' | '))
  end
end

local function main()
  local started = vim.loop.hrtime()
  local id = vim.lsp.start_client({
    name = 'postlint',
    cmd = { postlint, 'lsp' },
    root_dir = vim.fn.getcwd(),
    on_exit = function(code) exit_code = code end,
  })
  check(id ~= nil, 'could not start ' .. postlint .. ' lsp')
  vim.lsp.buf_attach_client(buf, id)

  check(vim.wait(60000, function() return find('PL401', '확작성') ~= nil end, 20), 'no PL401 diagnostic for 확작성 within 60 s')
  log(string.format('diagnostics after %.0f ms (server start, initialize, didOpen, first lint)', (vim.loop.hrtime() - started) / 1e6))

  -- The same findings as `postlint --format json`, at the same places (Neovim turns UTF-16 columns into bytes).
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local character = vim.str_utfindex(line(d.lnum), d.col)
    table.insert(got, string.format('%d:%d %s %s', d.lnum + 1, character + 1, d.code, d.message))
    check(d.source == 'postlint', 'source is ' .. tostring(d.source))
    local href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or ''
    check(href:find('/' .. d.code .. '%a+%.md$') ~= nil, d.code .. ' has no doc link: ' .. href)
  end
  table.sort(got)
  local out = assert(io.open(out_file, 'w'))
  out:write(table.concat(got, '\n') .. '\n')
  out:close()
  local expected = {}
  for l in io.lines(expected_file) do table.insert(expected, l) end
  table.sort(expected)
  check(vim.deep_equal(got, expected), 'Neovim shows other diagnostics than the command line reports; see ' .. out_file)
  log(#got .. ' diagnostics, the same as the command line reports')

  local placeholder = find('PL201')
  check(placeholder and placeholder.severity == vim.diagnostic.severity.ERROR, 'PL201 is not an error')

  -- Fix 확작성 with its preferred quick fix, from the cursor on the word.
  local typo = find('PL401', '확작성')
  vim.api.nvim_win_set_cursor(0, { typo.lnum + 1, typo.col })
  choose("Replace with '확장성'")
  local before = line(typo.lnum)
  started = vim.loop.hrtime()
  vim.lsp.buf.code_action()
  check(vim.wait(10000, function() return line(typo.lnum) ~= before end, 10), 'the fix was not applied')
  check(line(typo.lnum) == before:gsub('확작성', '확장성'), 'the fixed line is: ' .. line(typo.lnum))
  check(vim.wait(10000, function() return find('PL401', '확작성') == nil end, 10), 'the 확작성 diagnostic is still there after the fix')
  log(string.format('fix applied and its diagnostic gone after %.0f ms: %s', (vim.loop.hrtime() - started) / 1e6, line(typo.lnum)))

  -- "Disable for this line" on 핵십: the suppression comment is written and the diagnostic goes away.
  local other = find('PL401', '핵십')
  check(other ~= nil, 'no PL401 diagnostic for 핵십')
  vim.api.nvim_win_set_cursor(0, { other.lnum + 1, other.col })
  choose('Disable misspelling for this line')
  vim.lsp.buf.code_action()
  local comment = ' <!-- postlint-disable-line misspelling -->'
  check(vim.wait(10000, function() return line(other.lnum):sub(-#comment) == comment end, 10),
    'the suppression comment was not written: ' .. line(other.lnum))
  check(vim.wait(10000, function() return find('PL401', '핵십') == nil end, 10), 'the 핵십 diagnostic is still there after disabling it')
  log('suppression written: ' .. line(other.lnum))

  vim.lsp.stop_client(id)
  check(vim.wait(10000, function() return exit_code ~= nil end, 10), 'the server did not exit after shutdown')
  check(exit_code == 0, 'the server exited with ' .. tostring(exit_code))
  log('shutdown and exit: the server ended with 0')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  io.stderr:write('FAIL: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
