import http.client

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "content-type": "application/json",
}
payload = " foo/bar \n"

conn.request(
    "POST",
    "/raw",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
