let headers = newHttpHeaders({
  "Content-Type": "application/octet-stream",
})
let body = readFile("{payloadPath}")

let client = newHttpClient()
let response = client.request("https://api.example.com/v1/blobs/42", httpMethod = HttpPut, headers = headers, body = body)
echo response.status
echo response.body
