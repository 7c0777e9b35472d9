import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/form", encoded=True)
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
# Pairs keep their order and repeated names in the URL-encoded body.
data = [
    ("scope", "read"),
    ("scope", "write & delete"),
    ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
]


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
