import urllib.request
from urllib.parse import urlencode

url = "https://{yourDomain}/oauth/token"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
data = urlencode({
    "grant_type": "client_credentials",
}).encode("ascii")

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="POST",
)
# Basic credentials sent with the first request (prior auth), not only after a 401 challenge; as UTF-8.
passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
passwords.add_password(None, url, "{clientId}", "{clientSecret}", is_authenticated=True)
opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords))
# Raises HTTPError for a 4xx or 5xx status.
with opener.open(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
