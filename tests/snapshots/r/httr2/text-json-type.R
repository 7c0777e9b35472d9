library(httr2)

payload <- " foo/bar \n"

req <- request("https://api.example.com/raw") |>
  req_body_raw(payload, type = "application/json")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
