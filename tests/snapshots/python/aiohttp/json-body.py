import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/v1/widgets", encoded=True)
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


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            json=payload,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
