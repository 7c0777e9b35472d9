import requests

url = "https://api.example.com/form"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
data = [
    ("scope", "read"),
    ("scope", "write & delete"),
    ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
]

response = requests.post(
    url,
    headers=headers,
    data=data,
    timeout=30,
)
response.raise_for_status()
print(response.text)
