req <- request("https://{yourDomain}/oauth/token") |>
  req_auth_basic("{clientId}", "{clientSecret}") |>
  req_body_form(
    grant_type = "client_credentials"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
