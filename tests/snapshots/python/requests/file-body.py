import requests

url = "https://api.example.com/v1/blobs/42"
headers = {
    "Content-Type": "application/octet-stream",
}

with open("{payloadPath}", "rb") as payload:
    response = requests.put(
        url,
        headers=headers,
        data=payload,
        timeout=30,
    )
response.raise_for_status()
print(response.text)
