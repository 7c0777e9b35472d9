import base64
from urllib.parse import urlencode

import urllib3

url = "https://{yourDomain}/oauth/token"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
# Encoded here as UTF-8: urllib3.make_headers(basic_auth=...) encodes as Latin-1 by default.
username = "{clientId}"
password = "{clientSecret}"
credentials = base64.b64encode(f"{username}:{password}".encode("utf-8")).decode("ascii")
headers["Authorization"] = f"Basic {credentials}"
# fields= would not send a URL-encoded body: the form is encoded here, in order.
payload = urlencode({
    "grant_type": "client_credentials",
})

response = urllib3.request(
    "POST",
    url,
    headers=headers,
    body=payload,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
