import http.client
from pathlib import Path

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "Content-Type": "application/octet-stream",
}
payload = Path("{payloadPath}").read_bytes()

conn.request(
    "PUT",
    "/v1/blobs/42",
    body=payload,
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
