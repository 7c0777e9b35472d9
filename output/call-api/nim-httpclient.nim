# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "authorization": "Bearer {accessToken}",
  "content-type": "application/json",
})

let client = newHttpClient()
let response = client.request("https://myapi.com/api", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
