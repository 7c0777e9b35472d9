import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://myapi.com/api", encoded=True)
headers = {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
}


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
