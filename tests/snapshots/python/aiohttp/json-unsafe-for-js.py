import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/ids", encoded=True)
headers = {
    "Content-Type": "application/json",
}
payload = {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept",
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
