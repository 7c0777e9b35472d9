import httpx

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

response = httpx.request(
    "DELETE",
    url,
    headers=headers,
    json=payload,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
