http --ignore-stdin --print=hb --form --auth='{clientId}:{clientSecret}' POST 'https://{yourDomain}/oauth/token' \
  Content-Type:application/x-www-form-urlencoded \
  grant_type=client_credentials
