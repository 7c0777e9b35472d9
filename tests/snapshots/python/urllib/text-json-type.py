import urllib.request

url = "https://api.example.com/raw"
headers = {
    "content-type": "application/json",
}
data = " foo/bar \n".encode("utf-8")

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
