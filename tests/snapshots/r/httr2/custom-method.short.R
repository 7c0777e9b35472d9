req <- request("http://cache.example.com:8080/page") |>
  req_method("PURGE")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
