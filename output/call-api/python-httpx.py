import httpx

url = "https://myapi.com/api"
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
}

response = httpx.get(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
