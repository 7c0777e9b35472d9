library(httr2)

req <- request("https://{apiHost}/v1/me") |>
  req_headers(
    Authorization = "Bearer {token}"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
