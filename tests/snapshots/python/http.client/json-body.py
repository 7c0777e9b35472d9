import http.client
import json

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "x-api-key": "{apiKey}",
    "Content-Type": "application/json",
}
payload = json.dumps({
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
})

conn.request(
    "POST",
    "/v1/widgets",
    body=payload.encode("utf-8"),
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
