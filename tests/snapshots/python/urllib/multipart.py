import os
import urllib.request
from pathlib import Path

url = "https://api.example.com/v1/upload?dryRun"
headers = {
    "accept": "application/json",
}

# urllib has no multipart API: the body is built here, parts in order, with a
# fixed boundary (it must not occur in any part; the check below makes sure).
boundary = "snippetgen-form-boundary-7MA4YWxkTrZu0gW"
data = bytearray()


def add_part(name, content, filename=None, content_type=None):
    if boundary.encode("ascii") in content:
        raise ValueError(f"the multipart boundary occurs in part {name!r}")
    disposition = f'form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    data.extend(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode("utf-8"))
    if content_type is not None:
        data.extend(f"Content-Type: {content_type}\r\n".encode("utf-8"))
    data.extend(b"\r\n" + content + b"\r\n")


add_part("description", "Q3 report; it's \"final\", 100% & done\nsecond line é".encode("utf-8"))
add_part("report", Path("{reportPath}").read_bytes(), "report.pdf", "application/pdf")
add_part("logo", Path("{logoPath}").read_bytes(), os.path.basename("{logoPath}"), "application/octet-stream")
add_part("note", "".encode("utf-8"))
data.extend(f"--{boundary}--\r\n".encode("utf-8"))
headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"

request = urllib.request.Request(
    url,
    data=data,
    headers=headers,
    method="POST",
)
# Raises HTTPError for a 4xx or 5xx status.
with urllib.request.urlopen(request, timeout=30) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
