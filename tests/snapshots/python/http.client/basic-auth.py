import base64
import http.client
from urllib.parse import urlencode

conn = http.client.HTTPSConnection("{yourDomain}", timeout=30)
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
username = "{clientId}"
password = "{clientSecret}"
credentials = base64.b64encode(f"{username}:{password}".encode("utf-8")).decode("ascii")
headers["Authorization"] = f"Basic {credentials}"
payload = urlencode({
    "grant_type": "client_credentials",
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
