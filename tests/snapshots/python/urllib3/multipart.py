import os
from pathlib import Path

import urllib3

url = "https://api.example.com/v1/upload?dryRun"
headers = {
    "accept": "application/json",
}
# Parts in order: a text part is a plain value (no filename, no content type), a file part
# is (filename, bytes, content type).
fields = [
    ("description", "Q3 report; it's \"final\", 100% & done\nsecond line é"),
    ("report", ("report.pdf", Path("{reportPath}").read_bytes(), "application/pdf")),
    ("logo", (os.path.basename("{logoPath}"), Path("{logoPath}").read_bytes(), "application/octet-stream")),
    ("note", ""),
]

response = urllib3.request(
    "POST",
    url,
    headers=headers,
    fields=fields,
    # One request only: by default urllib3 retries after a connection error and follows redirects.
    retries=False,
    timeout=30,
)
# urllib3 raises on a transport error; a 4xx or 5xx status is returned like any other.
print(response.status)
print(response.data.decode("utf-8"))
