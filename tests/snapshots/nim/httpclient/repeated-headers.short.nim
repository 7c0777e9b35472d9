let headers = newHttpHeaders({
  "accept": "application/json",
  "x-trace": "one",
  "X-Trace": "two, three",
  "Cookie": "session={sessionId}; theme=dark",
})

let client = newHttpClient()
let response = client.request("https://api.example.com/trace", httpMethod = HttpGet, headers = headers)
echo response.status
echo response.body
