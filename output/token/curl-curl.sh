curl --request POST \
  --url 'https://{yourDomain}/oauth/token' \
  --header 'content-type: application/x-www-form-urlencoded' \
  --data-urlencode grant_type=client_credentials \
  --data-urlencode 'client_id={yourClientId}' \
  --data-urlencode 'client_secret={yourClientSecret}' \
  --data-urlencode audience=YOUR_API_IDENTIFIER
