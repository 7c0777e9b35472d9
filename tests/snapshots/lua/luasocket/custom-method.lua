local http = require("socket.http")
local ltn12 = require("ltn12")

local headers = {
}

local chunks = {}
local ok, status = http.request({
  url = "http://cache.example.com:8080/page",
  method = "PURGE",
  headers = headers,
  sink = ltn12.sink.table(chunks),
})
if not ok then
  io.stderr:write("request failed: ", tostring(status), "\n")
  os.exit(1)
end

print(status)
print(table.concat(chunks))
