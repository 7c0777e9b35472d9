import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/notes/1", encoded=True)
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
data = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PUT",
            url,
            headers=headers,
            data=data,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
