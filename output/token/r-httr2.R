library(httr2)

req <- request("https://{yourDomain}/oauth/token") |>
  req_body_form(
    grant_type = "client_credentials",
    client_id = "{yourClientId}",
    client_secret = "{yourClientSecret}",
    audience = "YOUR_API_IDENTIFIER"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
