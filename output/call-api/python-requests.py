import requests

url = "https://myapi.com/api"
headers = {
    "authorization": "Bearer {accessToken}",
}

response = requests.get(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
