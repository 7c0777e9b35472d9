# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let headers = newHttpHeaders({
  "Content-Type": "text/plain; charset=utf-8",
})
let body = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

let client = newHttpClient()
let response = client.request("https://api.example.com/notes/1", httpMethod = HttpPut, headers = headers, body = body)
echo response.status
echo response.body
