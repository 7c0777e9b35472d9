import http.client
from urllib.parse import urlencode

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = urlencode([
    ("scope", "read"),
    ("scope", "write & delete"),
    ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
])

conn.request(
    "POST",
    "/form",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
