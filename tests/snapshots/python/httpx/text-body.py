import httpx

url = "https://api.example.com/notes/1"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
content = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

response = httpx.put(
    url,
    headers=headers,
    content=content,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
