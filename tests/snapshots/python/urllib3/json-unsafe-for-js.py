import urllib3

url = "https://api.example.com/ids"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
}

response = urllib3.request(
    "POST",
    url,
    headers=headers,
    json=payload,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
