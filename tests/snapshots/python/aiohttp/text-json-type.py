import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/raw", encoded=True)
headers = {
    "content-type": "application/json",
}
data = " foo/bar \n"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            data=data,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
