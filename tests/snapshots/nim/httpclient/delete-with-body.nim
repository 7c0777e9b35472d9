# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "Content-Type": "application/json",
})
let body = """
{
  "ids": [
    1,
    2,
    3
  ]
}"""

let client = newHttpClient()
let response = client.request("https://api.example.com/items", httpMethod = HttpDelete, headers = headers, body = body)
echo response.status
echo response.body
