library(httr)

response <- POST(
  "https://{yourDomain}/oauth/token",
  body = list(
    grant_type = "client_credentials",
    client_id = "{yourClientId}",
    client_secret = "{yourClientSecret}",
    audience = "YOUR_API_IDENTIFIER"
  ),
  encode = "form"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
