import http.client

conn = http.client.HTTPSConnection("myapi.com", timeout=30)
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
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
