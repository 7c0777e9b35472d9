local http = require("socket.http")
local https = require("ssl.https")
local ltn12 = require("ltn12")
local url = require("socket.url")

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

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
}

local form = {
  { "scope", "read" },
  { "scope", "write & delete" },
  { "note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line" },
}
local fields = {}
for i, field in ipairs(form) do
  fields[i] = url.escape(field[1]) .. "=" .. url.escape(field[2])
end
local body = table.concat(fields, "&")
headers["Content-Length"] = tostring(#body)

local chunks = {}
local ok, status = http.request({
  url = "https://api.example.com/form",
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
