import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/v1/blobs/42", encoded=True)
headers = {
    "Content-Type": "application/octet-stream",
}


async def main():
    async with aiohttp.ClientSession() as session:
        with open("{payloadPath}", "rb") as payload:
            async with session.request(
                "PUT",
                url,
                headers=headers,
                data=payload,
                timeout=aiohttp.ClientTimeout(total=30),
            ) as response:
                print(response.status)
                print(await response.text())
                response.raise_for_status()


asyncio.run(main())
