# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "Content-Type": "application/json",
})
let body = """
{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}"""

let client = newHttpClient()
let response = client.request("https://api.example.com/ids", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
