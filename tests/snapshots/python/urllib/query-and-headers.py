import urllib.request

url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="
headers = {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
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
