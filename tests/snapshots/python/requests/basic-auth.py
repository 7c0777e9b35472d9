import requests

url = "https://{yourDomain}/oauth/token"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
# Encoded here as UTF-8: requests would send str credentials as Latin-1.
auth = ("{clientId}".encode("utf-8"), "{clientSecret}".encode("utf-8"))
data = {
    "grant_type": "client_credentials",
}

response = requests.post(
    url,
    headers=headers,
    auth=auth,
    data=data,
    timeout=30,
)
response.raise_for_status()
print(response.text)
