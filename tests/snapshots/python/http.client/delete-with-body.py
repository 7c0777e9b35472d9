import http.client
import json

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "Content-Type": "application/json",
}
payload = json.dumps({
    "ids": [
        1,
        2,
        3,
    ],
})

conn.request(
    "DELETE",
    "/items",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
