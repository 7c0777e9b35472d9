import urllib3

url = "https://myapi.com/api"
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
}

response = urllib3.request(
    "GET",
    url,
    headers=headers,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
