# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "Authorization": "Bearer {token}",
})

let client = newHttpClient()
let response = client.request("https://{apiHost}/v1/me", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
