import urllib.request

url = "https://myapi.com/api"
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
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
