import requests

url = "https://api.example.com/raw"
headers = {
    "content-type": "application/json",
}
data = " foo/bar \n".encode("utf-8")

response = requests.post(
    url,
    headers=headers,
    data=data,
    timeout=30,
)
response.raise_for_status()
print(response.text)
