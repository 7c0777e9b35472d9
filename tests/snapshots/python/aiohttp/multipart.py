import asyncio
import os

import aiohttp
from yarl import URL

# encoded=True: the URL is sent as written, not normalized or re-encoded.
url = URL("https://api.example.com/v1/upload?dryRun", encoded=True)
headers = {
    "accept": "application/json",
}


async def main():
    # Parts in order. MultipartWriter, not FormData: FormData gives a text part a content
    # type. quote_fields=False sends names and filenames as they are (UTF-8).
    data = aiohttp.MultipartWriter("form-data")
    part = data.append("Q3 report; it's \"final\", 100% & done\nsecond line é")
    del part.headers[aiohttp.hdrs.CONTENT_TYPE]  # a text part has no content type
    part.set_content_disposition("form-data", quote_fields=False, name="description")
    part = data.append(open("{reportPath}", "rb"), {"Content-Type": "application/pdf"})
    part.set_content_disposition(
        "form-data",
        quote_fields=False,
        name="report",
        filename="report.pdf",
    )
    part = data.append(open("{logoPath}", "rb"), {"Content-Type": "application/octet-stream"})
    part.set_content_disposition(
        "form-data",
        quote_fields=False,
        name="logo",
        filename=os.path.basename("{logoPath}"),
    )
    part = data.append("")
    del part.headers[aiohttp.hdrs.CONTENT_TYPE]  # a text part has no content type
    part.set_content_disposition("form-data", quote_fields=False, name="note")
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
