import json
import urllib.request

url = "https://api.example.com/ids"
headers = {
    "Content-Type": "application/json",
}
data = json.dumps({
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
}).encode("utf-8")

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="POST",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
