import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=", encoded=True)
headers = {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
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
