import httpx

url = "https://api.example.com/raw"
headers = {
    "content-type": "application/json",
}
content = " foo/bar \n"

response = httpx.post(
    url,
    headers=headers,
    content=content,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
