import http.client
from urllib.parse import urlencode

conn = http.client.HTTPSConnection("{yourDomain}", timeout=30)
headers = {
    "content-type": "application/x-www-form-urlencoded",
}
payload = urlencode({
    "grant_type": "client_credentials",
    "client_id": "{yourClientId}",
    "client_secret": "{yourClientSecret}",
    "audience": "YOUR_API_IDENTIFIER",
})

conn.request(
    "POST",
    "/oauth/token",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
