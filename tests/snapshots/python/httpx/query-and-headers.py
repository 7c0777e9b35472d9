import httpx

url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="
headers = {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
}

response = httpx.get(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
