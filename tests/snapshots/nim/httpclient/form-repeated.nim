# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/[httpclient, uri]

let headers = newHttpHeaders({
  "Content-Type": "application/x-www-form-urlencoded",
})
# encodeQuery keeps the fields' order; omitEq = false writes "name=" for an empty value.
let body = encodeQuery({
  "scope": "read",
  "scope": "write & delete",
  "note": "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line",
}, omitEq = false)

let client = newHttpClient()
let response = client.request("https://api.example.com/form", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
