http --ignore-stdin --print=hb --form POST 'https://{yourDomain}/oauth/token' \
  content-type:application/x-www-form-urlencoded \
  grant_type=client_credentials \
  'client_id={yourClientId}' \
  'client_secret={yourClientSecret}' \
  audience=YOUR_API_IDENTIFIER
