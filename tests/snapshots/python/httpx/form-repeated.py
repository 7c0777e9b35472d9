from urllib.parse import urlencode

import httpx

url = "https://api.example.com/form"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
# data= takes a mapping, which would group repeated names: the form is encoded here, in order.
content = urlencode([
    ("scope", "read"),
    ("scope", "write & delete"),
    ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
])

response = httpx.post(
    url,
    headers=headers,
    content=content,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
