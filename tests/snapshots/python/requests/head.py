import requests

url = "https://api.example.com/items/42"
headers = {}

response = requests.head(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
