response <- DELETE(
  "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
