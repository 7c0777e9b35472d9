let headers = newHttpHeaders({
  "Content-Type": "application/x-www-form-urlencoded",
  "Authorization": "Basic " & encode("{clientId}" & ":" & "{clientSecret}"),
})
# encodeQuery keeps the fields' order; omitEq = false writes "name=" for an empty value.
let body = encodeQuery({
  "grant_type": "client_credentials",
}, omitEq = false)

let client = newHttpClient()
let response = client.request("https://{yourDomain}/oauth/token", httpMethod = HttpPost, headers = headers, body = body)
echo response.status
echo response.body
