import urllib.request
from pathlib import Path

url = "https://api.example.com/v1/blobs/42"
headers = {
    "Content-Type": "application/octet-stream",
}
data = Path("{payloadPath}").read_bytes()

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="PUT",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
