import httpx

url = "https://{apiHost}/v1/me"
headers = {
    "Authorization": "Bearer {token}",
}

response = httpx.get(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
