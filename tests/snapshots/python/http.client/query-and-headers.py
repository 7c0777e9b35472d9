import http.client

conn = http.client.HTTPSConnection("{yourDomain}", timeout=30)
headers = {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
}

conn.request(
    "GET",
    "/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
