import requests

url = "https://api.example.com/ids"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
}

response = requests.post(
    url,
    headers=headers,
    json=payload,
    timeout=30,
)
response.raise_for_status()
print(response.text)
