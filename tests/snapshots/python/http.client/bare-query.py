import http.client

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {}

conn.request(
    "DELETE",
    "/items?dryRun&empty=&verbose&tag=a%20b&verbose",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
