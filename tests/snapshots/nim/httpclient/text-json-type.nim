# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "content-type": "application/json",
})
let body = " foo/bar \n"

let client = newHttpClient()
let response = client.request("https://api.example.com/raw", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
