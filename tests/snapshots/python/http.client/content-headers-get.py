import http.client

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
}

conn.request(
    "GET",
    "/api",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
