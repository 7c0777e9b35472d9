import os

import httpx

url = "https://api.example.com/v1/upload?dryRun"
headers = {
    "accept": "application/json",
}
# Every part goes in files=, in order (data= fields would all go first).
# A text part is (None, value): no filename and no content type.
files = [
    ("description", (None, "Q3 report; it's \"final\", 100% & done\nsecond line é")),
    ("report", ("report.pdf", open("{reportPath}", "rb"), "application/pdf")),
    ("logo", (os.path.basename("{logoPath}"), open("{logoPath}", "rb"), "application/octet-stream")),
    ("note", (None, "")),
]

response = httpx.post(
    url,
    headers=headers,
    files=files,
    timeout=30,
)
print(response.status_code)
print(response.text)
response.raise_for_status()
