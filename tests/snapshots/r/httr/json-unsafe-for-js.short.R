payload <- r"({
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
})"

response <- POST(
  "https://api.example.com/ids",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = payload
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
