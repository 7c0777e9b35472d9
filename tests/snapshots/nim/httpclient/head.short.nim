let client = newHttpClient()
let response = client.request("https://api.example.com/items/42", httpMethod = HttpHead)
echo response.status
echo response.body
