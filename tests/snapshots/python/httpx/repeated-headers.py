import httpx

url = "https://api.example.com/trace"
# Pairs, so that repeated names are sent as separate headers.
headers = {
    "accept": "application/json",
    "x-trace": "one",
    "X-Trace": "two, three",
    "Cookie": "session={sessionId}; theme=dark",
}

response = httpx.get(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
