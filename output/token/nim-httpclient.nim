# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/[httpclient, uri]

let headers = newHttpHeaders({
  "content-type": "application/x-www-form-urlencoded",
})
# encodeQuery keeps the fields' order; omitEq = false writes "name=" for an empty value.
let body = encodeQuery({
  "grant_type": "client_credentials",
  "client_id": "{yourClientId}",
  "client_secret": "{yourClientSecret}",
  "audience": "YOUR_API_IDENTIFIER",
}, omitEq = false)

let client = newHttpClient()
let response = client.request("https://{yourDomain}/oauth/token", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
