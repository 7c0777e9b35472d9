import urllib.request

url = "https://api.example.com/notes/1"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
data = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n".encode("utf-8")

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
