# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "authorization": "Bearer ACCESS_TOKEN",
  "content-type": "application/json",
  "content-language": "en",
})

let client = newHttpClient()
let response = client.request("https://api.example.com/api", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
