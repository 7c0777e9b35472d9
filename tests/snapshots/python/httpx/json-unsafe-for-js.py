import httpx

url = "https://api.example.com/ids"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
}

response = httpx.post(
    url,
    headers=headers,
    json=payload,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
