import httpx

url = "https://{yourDomain}/oauth/token"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
data = {
    "grant_type": "client_credentials",
}

response = httpx.post(
    url,
    headers=headers,
    auth=("{clientId}", "{clientSecret}"),
    data=data,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
