library(httr2)

payload <- r"({
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
})"

req <- request("https://api.example.com/ids") |>
  req_body_raw(payload, type = "application/json")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
