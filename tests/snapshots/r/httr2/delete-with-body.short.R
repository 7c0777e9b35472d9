payload <- r"({
  "ids": [
    1,
    2,
    3
  ]
})"

req <- request("https://api.example.com/items") |>
  req_method("DELETE") |>
  req_body_raw(payload, type = "application/json")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
