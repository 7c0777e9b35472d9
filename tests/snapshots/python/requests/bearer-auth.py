import requests

url = "https://{apiHost}/v1/me"
headers = {
    "Authorization": "Bearer {token}",
}

response = requests.get(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
