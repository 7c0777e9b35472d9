import httpx

url = "https://api.example.com/api"
headers = {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
}

response = httpx.get(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
