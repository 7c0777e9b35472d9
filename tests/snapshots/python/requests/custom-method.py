import requests

url = "http://cache.example.com:8080/page"
headers = {}

response = requests.request(
    "PURGE",
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
