let headers = newHttpHeaders({
  "authorization": "Bearer {accessToken}",
  "content-type": "application/json",
})

let client = newHttpClient()
let response = client.request("https://myapi.com/api", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
