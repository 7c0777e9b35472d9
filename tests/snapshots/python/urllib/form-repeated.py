import urllib.request
from urllib.parse import urlencode

url = "https://api.example.com/form"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
data = urlencode([
    ("scope", "read"),
    ("scope", "write & delete"),
    ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
]).encode("ascii")

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
