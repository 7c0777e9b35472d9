import urllib.request
from urllib.parse import urlencode

url = "https://{yourDomain}/oauth/token"
headers = {
    "content-type": "application/x-www-form-urlencoded",
}
data = urlencode({
    "grant_type": "client_credentials",
    "client_id": "{yourClientId}",
    "client_secret": "{yourClientSecret}",
    "audience": "YOUR_API_IDENTIFIER",
}).encode("ascii")

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="POST",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
