import http.client

conn = http.client.HTTPConnection("cache.example.com:8080", timeout=30)
headers = {}

conn.request(
    "PURGE",
    "/page",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
