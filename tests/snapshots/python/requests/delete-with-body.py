import requests

url = "https://api.example.com/items"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "ids": [
        1,
        2,
        3,
    ],
}

response = requests.delete(
    url,
    headers=headers,
    json=payload,
    timeout=30,
)
response.raise_for_status()
print(response.text)
