import asyncio

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://{yourDomain}/oauth/token", encoded=True)
headers = {
    "content-type": "application/x-www-form-urlencoded",
}
data = {
    "grant_type": "client_credentials",
    "client_id": "{yourClientId}",
    "client_secret": "{yourClientSecret}",
    "audience": "YOUR_API_IDENTIFIER",
}


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
