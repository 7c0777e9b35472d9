library(httr2)

req <- request("https://myapi.com/api") |>
  req_headers(
    authorization = "Bearer {accessToken}",
    "content-type" = "application/json"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
