import requests

url = "https://myapi.com/api"
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
}

response = requests.get(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
