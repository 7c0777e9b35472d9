import requests

url = "https://{yourDomain}/search/my%20files"
params = [
    ("sort", "asc"),
    ("tag", "a&b=c+d"),
    ("tag", "100% sure"),
    ("q", "{token}"),
    ("empty", ""),
]
headers = {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
}

response = requests.get(
    url,
    params=params,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
