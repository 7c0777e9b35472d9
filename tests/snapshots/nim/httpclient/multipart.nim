# Build with -d:ssl (nim c -d:ssl): without it std/httpclient cannot open an https URL.
import std/[httpclient, os]

let headers = newHttpHeaders({
  "accept": "application/json",
})
let multipart = newMultipartData()
# A file part is (filename, content type, content). Read into memory, its bytes are
# checked against the boundary (a part streamed from disk with addFiles is not).
multipart["description"] = "Q3 report; it's \"final\", 100% & done\nsecond line é"
multipart["report"] = ("report.pdf", "application/pdf", readFile("{reportPath}"))
multipart["logo"] = (extractFilename("{logoPath}"), "application/octet-stream", readFile("{logoPath}"))
multipart["note"] = ""

let client = newHttpClient()
let response = client.request("https://api.example.com/v1/upload?dryRun", httpMethod = HttpPost, headers = headers, multipart = multipart)
echo response.status
echo response.body
