import urllib3

url = "https://api.example.com/v1/widgets"
headers = {
    "x-api-key": "{apiKey}",
    "Content-Type": "application/json",
}
payload = {
    "name": "Widget \"Deluxe\" it's 'quoted'",
    "path": "C:\\temp\\new",
    "shell": "$HOME #{x} ${y} `z`",
    "note": "line one\nline two\ttabbed",
    "unicode": "café 中文 😀 \u202e\u200b",
    "counts": [
        1,
        -2,
        1.5,
        1.0,
        12345678901234567890,
        0,
    ],
    "flags": [
        True,
        False,
        None,
    ],
    "empty": {
        "object": {},
        "list": [],
    },
}

response = urllib3.request(
    "POST",
    url,
    headers=headers,
    json=payload,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
