payload <- r"({
  "name": "Widget \"Deluxe\" it's 'quoted'",
  "path": "C:\\temp\\new",
  "shell": "$HOME #{x} ${y} `z`",
  "note": "line one\nline two\ttabbed",
  "unicode": "café 中文 😀 \u202e\u200b",
  "counts": [
    1,
    -2,
    1.5,
    1.0,
    12345678901234567890,
    0
  ],
  "flags": [
    true,
    false,
    null
  ],
  "empty": {
    "object": {},
    "list": []
  }
})"

req <- request("https://api.example.com/v1/widgets") |>
  req_headers(
    "x-api-key" = "{apiKey}"
  ) |>
  req_body_raw(payload, type = "application/json")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
