import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/items", encoded=True)
headers = {
    "Content-Type": "application/json",
}
payload = {
    "ids": [
        1,
        2,
        3,
    ],
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "DELETE",
            url,
            headers=headers,
            json=payload,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
