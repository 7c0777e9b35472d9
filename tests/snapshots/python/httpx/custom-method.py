import httpx

url = "http://cache.example.com:8080/page"
headers = {}

response = httpx.request(
    "PURGE",
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
