import urllib3

url = "https://api.example.com/notes/1"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n".encode("utf-8")

response = urllib3.request(
    "PUT",
    url,
    headers=headers,
    body=payload,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
