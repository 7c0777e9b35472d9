import urllib.request

url = "https://api.example.com/api"
headers = {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
}

request = urllib.request.Request(
    url,
    headers=headers,
    method="GET",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
