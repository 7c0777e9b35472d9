import http.client

conn = http.client.HTTPSConnection("{apiHost}", timeout=30)
headers = {
    "Authorization": "Bearer {token}",
}

conn.request(
    "GET",
    "/v1/me",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
