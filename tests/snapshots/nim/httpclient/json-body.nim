# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "x-api-key": "{apiKey}",
  "Content-Type": "application/json",
})
let body = """
{
  "name": "Widget \"Deluxe\" it's 'quoted'",
  "path": "C:\\temp\\new",
  "shell": "$HOME #{x} ${y} `z`",
  "note": "line one\nline two\ttabbed",
  "unicode": "café 中文 😀 \u202e\u200b",
  "counts": [
    1,
    -2,
    1.5,
    1.0,
    12345678901234567890,
    0
  ],
  "flags": [
    true,
    false,
    null
  ],
  "empty": {
    "object": {},
    "list": []
  }
}"""

let client = newHttpClient()
let response = client.request("https://api.example.com/v1/widgets", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
