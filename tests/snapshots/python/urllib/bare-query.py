import urllib.request

url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
headers = {}

request = urllib.request.Request(
    url,
    headers=headers,
    method="DELETE",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
