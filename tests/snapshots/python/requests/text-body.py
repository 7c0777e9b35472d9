import requests

url = "https://api.example.com/notes/1"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
data = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n".encode("utf-8")

response = requests.put(
    url,
    headers=headers,
    data=data,
    timeout=30,
)
response.raise_for_status()
print(response.text)
