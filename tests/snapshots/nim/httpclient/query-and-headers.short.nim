let headers = newHttpHeaders({
  "Authorization": "Bearer {token}",
  "X-Quote": "it's \"quoted\" $HOME",
  "X-Empty": "",
})

let client = newHttpClient()
let response = client.request("https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
