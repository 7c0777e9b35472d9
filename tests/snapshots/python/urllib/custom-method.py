import urllib.request

url = "http://cache.example.com:8080/page"
headers = {}

request = urllib.request.Request(
    url,
    headers=headers,
    method="PURGE",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
