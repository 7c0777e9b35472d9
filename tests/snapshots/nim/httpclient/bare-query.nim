# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/httpclient

let client = newHttpClient()
let response = client.request("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose", httpMethod = HttpDelete)
echo response.status
echo response.body
