import urllib3

url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
headers = {}

response = urllib3.request(
    "DELETE",
    url,
    headers=headers,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
