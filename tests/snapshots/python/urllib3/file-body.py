from pathlib import Path

import urllib3

url = "https://api.example.com/v1/blobs/42"
headers = {
    "Content-Type": "application/octet-stream",
}
# The bytes themselves: an open file would be sent chunked, with no Content-Length.
payload = Path("{payloadPath}").read_bytes()

response = urllib3.request(
    "PUT",
    url,
    headers=headers,
    body=payload,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
