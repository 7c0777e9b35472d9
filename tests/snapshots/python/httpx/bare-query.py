import httpx

url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
headers = {}

response = httpx.delete(
    url,
    headers=headers,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
