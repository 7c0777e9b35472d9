import http.client
import json

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "Content-Type": "application/json",
}
payload = json.dumps({
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
})

conn.request(
    "POST",
    "/ids",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
