import json
import urllib.request

url = "https://api.example.com/v1/widgets"
headers = {
    "x-api-key": "{apiKey}",
    "Content-Type": "application/json",
}
data = json.dumps({
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
}).encode("utf-8")

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="POST",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
