local http = require("socket.http")
local https = require("ssl.https")
local ltn12 = require("ltn12")

-- LuaSec checks certificates only when asked: verify = "peer" against the CA bundle that
-- SSL_CERT_FILE names (else Debian's). It never checks the host name, so tls() adds that
-- check to the connection, before anything is sent.
local function tls(params)
  local create = https.tcp(params)
  return function()
    local conn = create()
    local connect = conn.connect
    function conn:connect(host, port)
      connect(self, host, port)
      local names = self.sock:getpeercertificate():extensions()["2.5.29.17"] or {}
      host = host:lower()
      for _, name in ipairs(names.dNSName or {}) do
        name = name:lower()
        if name == host or (name:sub(1, 2) == "*." and host:match("^[^.]+(%..+)$") == name:sub(2)) then
          return 1
        end
      end
      for _, address in ipairs(names.iPAddress or {}) do
        if address == host then
          return 1
        end
      end
      return nil, "the server's certificate is not for " .. host
    end
    return conn
  end
end

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local data = file:read("a")
  file:close()
  return data
end

local headers = {
  ["accept"] = "application/json",
}

-- LuaSocket has no multipart encoder: the body is built here, parts in order, with a
-- fixed boundary (it must not occur in any part; add_part makes sure).
local boundary = "snippetgen-form-boundary-7MA4YWxkTrZu0gW"
local parts = {}
local function add_part(name, data, filename, content_type)
  assert(not data:find(boundary, 1, true), "the multipart boundary occurs in part " .. name)
  local head = 'Content-Disposition: form-data; name="' .. name .. '"'
  if filename then
    head = head .. '; filename="' .. filename .. '"\r\nContent-Type: ' .. content_type
  end
  parts[#parts + 1] = "--" .. boundary .. "\r\n" .. head .. "\r\n\r\n" .. data .. "\r\n"
end
add_part("description", "Q3 report; it's \"final\", 100% & done\nsecond line é")
add_part("report", read_file("{reportPath}"), "report.pdf", "application/pdf")
-- No filename given: the file's base name.
add_part("logo", read_file("{logoPath}"), ("{logoPath}"):match("[^/]*$"), "application/octet-stream")
add_part("note", "")
local body = table.concat(parts) .. "--" .. boundary .. "--\r\n"
headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
headers["Content-Length"] = tostring(#body)

local chunks = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/upload?dryRun",
  method = "POST",
  headers = headers,
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
  create = tls({ verify = "peer", cafile = os.getenv("SSL_CERT_FILE") or "/etc/ssl/certs/ca-certificates.crt" }),
})
if not ok then
  io.stderr:write("request failed: ", tostring(status), "\n")
  os.exit(1)
end

print(status)
print(table.concat(chunks))
