from urllib.parse import urlencode

import urllib3

url = "https://{yourDomain}/oauth/token"
headers = {
    "content-type": "application/x-www-form-urlencoded",
}
# fields= would not send a URL-encoded body: the form is encoded here, in order.
payload = urlencode({
    "grant_type": "client_credentials",
    "client_id": "{yourClientId}",
    "client_secret": "{yourClientSecret}",
    "audience": "YOUR_API_IDENTIFIER",
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
