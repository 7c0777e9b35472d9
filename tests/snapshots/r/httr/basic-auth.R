library(httr)

response <- POST(
  "https://{yourDomain}/oauth/token",
  authenticate("{clientId}", "{clientSecret}"),
  body = list(
    grant_type = "client_credentials"
  ),
  encode = "form"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
