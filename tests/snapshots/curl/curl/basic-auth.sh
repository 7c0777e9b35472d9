curl --request POST \
  --url 'https://{yourDomain}/oauth/token' \
  --user '{clientId}:{clientSecret}' \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode grant_type=client_credentials
