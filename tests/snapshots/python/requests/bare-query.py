import requests

url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
headers = {}

response = requests.delete(
    url,
    headers=headers,
    timeout=30,
)
response.raise_for_status()
print(response.text)
