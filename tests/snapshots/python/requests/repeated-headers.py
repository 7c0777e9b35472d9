import requests

url = "https://api.example.com/trace"
headers = {
    "accept": "application/json",
    "x-trace": "one, two, three",
    "Cookie": "session={sessionId}; theme=dark",
}

response = requests.get(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
