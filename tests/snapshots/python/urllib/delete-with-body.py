import json
import urllib.request

url = "https://api.example.com/items"
headers = {
    "Content-Type": "application/json",
}
data = json.dumps({
    "ids": [
        1,
        2,
        3,
    ],
}).encode("utf-8")

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="DELETE",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
