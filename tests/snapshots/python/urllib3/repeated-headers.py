import urllib3

url = "https://api.example.com/trace"
# An HTTPHeaderDict sends each value of a repeated name as a header line of its own.
headers = urllib3.HTTPHeaderDict({
    "accept": "application/json",
    "x-trace": "one",
    "X-Trace": "two, three",
    "Cookie": "session={sessionId}; theme=dark",
})

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
