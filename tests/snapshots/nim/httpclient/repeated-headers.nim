# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "accept": "application/json",
  "x-trace": "one",
  "X-Trace": "two, three",
  "Cookie": "session={sessionId}; theme=dark",
})

let client = newHttpClient()
let response = client.request("https://api.example.com/trace", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
