import httpx

url = "https://api.example.com/items/42"
headers = {}

response = httpx.head(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
