import urllib.request

url = "https://api.example.com/trace"
# A headers dict keeps one value per name: repeated names are joined (", ").
headers = {
    "accept": "application/json",
    "x-trace": "one, two, three",
    "Cookie": "session={sessionId}; theme=dark",
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
