import http.client
import os
from pathlib import Path

conn = http.client.HTTPSConnection("api.example.com", timeout=30)
headers = {
    "accept": "application/json",
}

# http.client has no multipart API: the body is built here, parts in order, with a
# fixed boundary (it must not occur in any part; the check below makes sure).
boundary = "snippetgen-form-boundary-7MA4YWxkTrZu0gW"
payload = bytearray()


def add_part(name, data, filename=None, content_type=None):
    if boundary.encode("ascii") in data:
        raise ValueError(f"the multipart boundary occurs in part {name!r}")
    disposition = f'form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    payload.extend(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode("utf-8"))
    if content_type is not None:
        payload.extend(f"Content-Type: {content_type}\r\n".encode("utf-8"))
    payload.extend(b"\r\n" + data + b"\r\n")


add_part("description", "Q3 report; it's \"final\", 100% & done\nsecond line é".encode("utf-8"))
add_part("report", Path("{reportPath}").read_bytes(), "report.pdf", "application/pdf")
add_part("logo", Path("{logoPath}").read_bytes(), os.path.basename("{logoPath}"), "application/octet-stream")
add_part("note", "".encode("utf-8"))
payload.extend(f"--{boundary}--\r\n".encode("utf-8"))
headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"

conn.request(
    "POST",
    "/v1/upload?dryRun",
    body=payload,
    headers=headers,
)
response = conn.getresponse()
print(response.status, response.reason)
print(response.read().decode("utf-8"))
conn.close()
