import httpx

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

response = httpx.post(
    url,
    headers=headers,
    json=payload,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
