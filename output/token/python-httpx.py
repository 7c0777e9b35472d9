import httpx

url = "https://{yourDomain}/oauth/token"
headers = {
    "content-type": "application/x-www-form-urlencoded",
}
data = {
    "grant_type": "client_credentials",
    "client_id": "{yourClientId}",
    "client_secret": "{yourClientSecret}",
    "audience": "YOUR_API_IDENTIFIER",
}

response = httpx.post(
    url,
    headers=headers,
    data=data,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
