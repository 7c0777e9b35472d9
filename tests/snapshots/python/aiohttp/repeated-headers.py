import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/trace", encoded=True)
# Pairs, so that repeated names are sent as separate headers; each spelled as it first
# comes (aiohttp would keep only the last of names that differ in case alone).
headers = [
    ("accept", "application/json"),
    ("x-trace", "one"),
    ("x-trace", "two, three"),
    ("Cookie", "session={sessionId}; theme=dark"),
]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            headers=headers,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
