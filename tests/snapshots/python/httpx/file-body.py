import httpx

url = "https://api.example.com/v1/blobs/42"
headers = {
    "Content-Type": "application/octet-stream",
}

with open("{payloadPath}", "rb") as payload:
    response = httpx.put(
        url,
        headers=headers,
        content=payload,
        timeout=30,
    )
print(response.status_code)
print(response.text)
response.raise_for_status()
