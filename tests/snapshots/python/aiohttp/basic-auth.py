import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://{yourDomain}/oauth/token", encoded=True)
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
auth = aiohttp.BasicAuth("{clientId}", "{clientSecret}", encoding="utf-8")
data = {
    "grant_type": "client_credentials",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            auth=auth,
            data=data,
            timeout=aiohttp.ClientTimeout(total=30),
        ) as response:
            print(response.status)
            print(await response.text())
            response.raise_for_status()


asyncio.run(main())
