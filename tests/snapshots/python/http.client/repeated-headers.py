import http.client

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
# A headers dict keeps one value per name: repeated names are joined (", ").
headers = {
    "accept": "application/json",
    "x-trace": "one, two, three",
    "Cookie": "session={sessionId}; theme=dark",
}

conn.request(
    "GET",
    "/trace",
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
