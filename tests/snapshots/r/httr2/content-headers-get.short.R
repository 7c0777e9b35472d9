req <- request("https://api.example.com/api") |>
  req_headers(
    authorization = "Bearer ACCESS_TOKEN",
    "content-type" = "application/json",
    "content-language" = "en"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
