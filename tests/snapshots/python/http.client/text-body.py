import http.client

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

conn.request(
    "PUT",
    "/notes/1",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
