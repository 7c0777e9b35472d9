let client = newHttpClient()
let response = client.request("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose", httpMethod = HttpDelete)
echo response.status
echo response.body
