let headers = newHttpHeaders({
  "Authorization": "Bearer {token}",
})

let client = newHttpClient()
let response = client.request("https://{apiHost}/v1/me", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
