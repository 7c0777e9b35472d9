import requests

url = "https://api.example.com/api"
headers = {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
}

response = requests.get(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
