library(httr2)

payload <- "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

req <- request("https://api.example.com/notes/1") |>
  req_method("PUT") |>
  req_body_raw(payload, type = "text/plain; charset=utf-8")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
